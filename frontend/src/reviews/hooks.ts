// Periodic reviews: the query keys (defined once) and the hooks that read them.
import { useQuery } from "@tanstack/react-query";
import { allPages, api, call } from "../api/client";
import type { Review } from "../api/types";

export const reviewKeys = {
  root: ["reviews"] as const,
  all: (status: string) => ["reviews", "all", status] as const,
  ofPairing: (pairingId: number) => ["reviews", "pairing", pairingId] as const,
};

export function useReviews(status: string) {
  return useQuery({
    queryKey: reviewKeys.all(status),
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/reviews", {
          params: { query: { limit: 500, cursor, ...(status ? { status: status as Review["status"] } : {}) } },
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
