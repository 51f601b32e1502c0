import { useQuery } from "@tanstack/react-query";
import { allPages, api, call, callVersioned } from "../api/client";
import type { Pairing } from "../api/types";
import { SETTINGS_KEY } from "../settings/keys";

export const pairingKeys = {
  all: ["pairings"] as const,
  one: (id: number) => ["pairing", id] as const,
  settings: SETTINGS_KEY,
};

export function usePairings() {
  return useQuery({
    queryKey: pairingKeys.all,
    queryFn: () => allPages((cursor) => api.GET("/api/v1/pairings", { params: { query: { limit: 200, cursor } } })),
  });
}

export function usePairing(id: number) {
  return useQuery({
    queryKey: pairingKeys.one(id),
    queryFn: () => callVersioned(api.GET("/api/v1/pairings/{pairing_id}", { params: { path: { pairing_id: id } } })),
  });
}

export function useProgrammeSettings() {
  return useQuery({
    queryKey: SETTINGS_KEY,
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

export const OPEN_STATUSES: readonly Pairing["status"][] = ["proposed", "approved", "active"];
