import { useQuery } from "@tanstack/react-query";
import { allPages, api, callVersioned } from "../api/client";
import type { Pairing, PairingStatus } from "../api/types";
import { filterParams } from "../oversight/FilterBar";
import type { ListFilters } from "../oversight/filters";

export const pairingKeys = {
  all: ["pairings"] as const,
  /** The prefix of every `one`: each pairing read singly. */
  anyOne: ["pairing"] as const,
  one: (id: number) => ["pairing", id] as const,
};

/** The pairings the caller sees, narrowed by the list filters (status, department, dates). */
export function usePairings(filters: ListFilters = {}) {
  return useQuery({
    queryKey: [...pairingKeys.all, "filtered", filters],
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/pairings", { params: { query: { limit: 200, cursor, ...filterParams(filters), status: filters.status as PairingStatus | undefined } } }),
      ),
  });
}

export function usePairing(id: number) {
  return useQuery({
    queryKey: pairingKeys.one(id),
    queryFn: () => callVersioned(api.GET("/api/v1/pairings/{pairing_id}", { params: { path: { pairing_id: id } } })),
  });
}

export type Side = "mentor" | "mentee" | null;

export function sideOf(pairing: Pairing, employeeId: number | null): Side {
  if (employeeId === null) return null;
  if (pairing.mentor_id === employeeId) return "mentor";
  if (pairing.mentee_id === employeeId) return "mentee";
  return null;
}
