import { useQuery } from "@tanstack/react-query";
import { allPages, api, call, callVersioned } from "../api/client";
import type { Pairing } from "../api/types";

export function usePairings() {
  return useQuery({
    queryKey: ["pairings"],
    queryFn: () => allPages((cursor) => api.GET("/api/v1/pairings", { params: { query: { limit: 200, cursor } } })),
  });
}

export function usePairing(id: number) {
  return useQuery({
    queryKey: ["pairing", id],
    queryFn: () => callVersioned(api.GET("/api/v1/pairings/{pairing_id}", { params: { path: { pairing_id: id } } })),
  });
}

export function useProgrammeSettings() {
  return useQuery({
    queryKey: ["programme-settings"],
    queryFn: () => call(api.GET("/api/v1/programme-settings")),
    staleTime: 5 * 60_000,
  });
}

export type Side = "mentor" | "mentee" | null;

export function sideOf(pairing: Pairing, employeeId: number | null): Side {
  if (employeeId === null) return null;
  if (pairing.mentor_id === employeeId) return "mentor";
  if (pairing.mentee_id === employeeId) return "mentee";
  return null;
}
