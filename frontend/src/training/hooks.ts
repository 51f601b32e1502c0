// Training records (role training, peer sessions): the query keys (defined once) and the hooks.
import { useQuery } from "@tanstack/react-query";
import { allPages, api, call } from "../api/client";
import type { Pairing, TrainingRecord } from "../api/types";
import type { ListFilters } from "../oversight/filters";

/** The training list's filters: the kind, the trainee's department and the date range. */
export interface TrainingFilters extends Pick<ListFilters, "department_id" | "date_from" | "date_to"> {
  kind?: TrainingRecord["kind"];
}

export const trainingKeys = {
  root: ["training"] as const,
  ofPairing: (pairingId: number) => ["training", pairingId] as const,
  role: (pairingId: number) => ["training", pairingId, "role"] as const,
  sessions: (pairingId: number) => ["training", pairingId, "sessions"] as const,
  filtered: ({ kind, department_id, date_from, date_to }: TrainingFilters) => ["training", "filtered", kind, department_id, date_from, date_to] as const,
};

/** Every training record the caller may see, narrowed by kind, department and dates. */
export function useTrainingRecords(filters: TrainingFilters) {
  const { kind, department_id, date_from, date_to } = filters;
  return useQuery({
    queryKey: trainingKeys.filtered(filters),
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/training-records", { params: { query: { limit: 200, cursor, kind, department_id, date_from, date_to } } }),
      ),
  });
}

export function useRoleTraining(pairing: Pairing) {
  return useQuery({
    queryKey: trainingKeys.role(pairing.id),
    queryFn: async () => {
      const of = (employee_id: number) =>
        call(api.GET("/api/v1/training-records", { params: { query: { employee_id, kind: "role_training", limit: 100 } } })).then(
          (p) => p.items,
          // A participant may not read the other one's records.
          (): TrainingRecord[] => [],
        );
      const [mentor, mentee] = await Promise.all([of(pairing.mentor_id), of(pairing.mentee_id)]);
      return {
        mentor: mentor.filter((t) => t.role === "mentor"),
        mentee: mentee.filter((t) => t.role === "mentee"),
      };
    },
  });
}

export function usePeerSessions(pairingId: number) {
  return useQuery({
    queryKey: trainingKeys.sessions(pairingId),
    queryFn: () => call(api.GET("/api/v1/training-records", { params: { query: { pairing_id: pairingId, kind: "peer_session", limit: 200 } } })),
  });
}
