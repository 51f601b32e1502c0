// The audit log: the query keys (defined once) and the hook that reads it.
import { useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";
import type { AuditFilters } from "../oversight/filters";

export const auditKeys = {
  root: ["audit"] as const,
  events: (filters: AuditFilters) => ["audit", filters] as const,
};

/** Up to 500 audit events matching the filters (entity, action, actor, time range). */
export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: auditKeys.events(filters),
    queryFn: () => call(api.GET("/api/v1/audit-events", { params: { query: { limit: 500, ...filters } } })),
  });
}
