// Grievances: the query keys (defined once) and the hooks that read them.
import { useQuery } from "@tanstack/react-query";
import { allPages, api, callVersioned } from "../api/client";
import type { Grievance } from "../api/types";
import { filterParams } from "../oversight/FilterBar";
import type { ListFilters } from "../oversight/filters";

export const grievanceKeys = {
  all: ["grievances"] as const,
  one: (id: number) => ["grievance", id] as const,
};

/** The grievances the caller may read, narrowed by the list filters (status, department, dates). */
export function useGrievances(filters: ListFilters = {}) {
  return useQuery({
    queryKey: [...grievanceKeys.all, "filtered", filters],
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/grievances", {
          params: { query: { limit: 200, cursor, ...filterParams(filters), status: filters.status as Grievance["status"] | undefined } },
        }),
      ),
  });
}

/** One grievance with its ETag: a change made meanwhile is answered 412 instead of being overwritten. */
export function useGrievance(id: number) {
  return useQuery({
    queryKey: grievanceKeys.one(id),
    queryFn: () => callVersioned(api.GET("/api/v1/grievances/{grievance_id}", { params: { path: { grievance_id: id } } })),
  });
}
