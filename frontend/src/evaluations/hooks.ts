// Evaluations: the query keys (defined once) and the hooks that read them.
import { useQuery } from "@tanstack/react-query";
import { allPages, api, call } from "../api/client";

export const evaluationKeys = {
  root: ["evaluations"] as const,
  due: ["evaluations", "due"] as const,
  all: ["evaluations", "all"] as const,
  ofPairing: (pairingId: number) => ["evaluations", pairingId] as const,
};

export function useEvaluationsDue() {
  return useQuery({
    queryKey: evaluationKeys.due,
    queryFn: () => allPages((cursor) => api.GET("/api/v1/evaluations/due", { params: { query: { limit: 200, cursor } } })),
  });
}

/** Every recorded evaluation, optionally evaluated within a date range. */
export function useAllEvaluations(range: { date_from?: string; date_to?: string } = {}) {
  return useQuery({
    queryKey: [...evaluationKeys.all, range],
    queryFn: () => allPages((cursor) => api.GET("/api/v1/evaluations", { params: { query: { limit: 200, cursor, ...range } } })),
  });
}

export function useEvaluations(pairingId: number) {
  return useQuery({
    queryKey: evaluationKeys.ofPairing(pairingId),
    queryFn: () => call(api.GET("/api/v1/evaluations", { params: { query: { pairing_id: pairingId, limit: 20 } } })),
  });
}
