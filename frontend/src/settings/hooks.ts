// Programme settings and organisation holidays: the query keys (defined once) and the hooks.
import { useQuery } from "@tanstack/react-query";
import { allPages, api, call } from "../api/client";

export const settingsKeys = {
  programme: ["programme-settings"] as const,
  holidays: ["holidays"] as const,
};

/** The programme settings. Elsewhere a copy up to 5 minutes old will do (the agreement's
 * purpose); the settings page asks for `staleTime: 0`, to edit the current values. */
export function useProgrammeSettings(options: { staleTime?: number } = {}) {
  return useQuery({
    queryKey: settingsKeys.programme,
    queryFn: () => call(api.GET("/api/v1/programme-settings")),
    staleTime: 5 * 60_000,
    ...options,
  });
}

export function useHolidays() {
  return useQuery({
    queryKey: settingsKeys.holidays,
    queryFn: () => allPages((cursor) => api.GET("/api/v1/holidays", { params: { query: { limit: 500, cursor } } })),
  });
}
