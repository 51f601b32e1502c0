// Periodic reviews: the query keys (defined once) and the hooks that read them.
import { useQuery } from "@tanstack/react-query";
import { allPages, api, call } from "../api/client";
import type { Review } from "../api/types";
import { filterParams } from "../oversight/FilterBar";
import type { ListFilters } from "../oversight/filters";

export const reviewKeys = {
  root: ["reviews"] as const,
  all: (filters: ListFilters = {}) => ["reviews", "all", filters] as const,
  ofPairing: (pairingId: number) => ["reviews", "pairing", pairingId] as const,
};

/** The reviews the caller sees, narrowed by the list filters (status, department, due dates). */
export function useReviews(filters: ListFilters = {}) {
  return useQuery({
    queryKey: reviewKeys.all(filters),
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/reviews", {
          params: { query: { limit: 500, cursor, ...filterParams(filters), status: filters.status as Review["status"] | undefined } },
        }),
      ),
  });
}

export function usePairingReviews(pairingId: number) {
  return useQuery({
    queryKey: reviewKeys.ofPairing(pairingId),
    queryFn: () => call(api.GET("/api/v1/reviews", { params: { query: { pairing_id: pairingId, limit: 100 } } })),
  });
}
