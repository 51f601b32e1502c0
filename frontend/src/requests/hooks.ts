// Mentoring requests: the query keys (defined once) and the hooks that read them.
import { useQuery } from "@tanstack/react-query";
import { allPages, api, call } from "../api/client";
import type { MentoringRequest } from "../api/types";
import { filterParams } from "../oversight/FilterBar";
import type { ListFilters } from "../oversight/filters";

export const requestKeys = {
  all: ["requests"] as const,
  one: (id: number | undefined) => ["request", id] as const,
  suggestions: (id: number, includeIneligible: boolean) => ["suggestions", id, includeIneligible] as const,
};

/** The requests the caller sees, narrowed by the list filters (status, department, dates). */
export function useRequests(filters: ListFilters = {}) {
  return useQuery({
    queryKey: [...requestKeys.all, "filtered", filters],
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/mentoring-requests", {
          params: { query: { limit: 200, cursor, ...filterParams(filters), status: filters.status as MentoringRequest["status"] | undefined } },
        }),
      ),
  });
}

export function useRequest(id: number | undefined, options: { enabled?: boolean; retry?: boolean } = {}) {
  return useQuery({
    queryKey: requestKeys.one(id),
    queryFn: () => call(api.GET("/api/v1/mentoring-requests/{request_id}", { params: { path: { request_id: id ?? 0 } } })),
    ...options,
  });
}

export function useSuggestions(requestId: number, includeIneligible: boolean) {
  return useQuery({
    queryKey: requestKeys.suggestions(requestId, includeIneligible),
    queryFn: () =>
      call(
        api.GET("/api/v1/mentoring-requests/{request_id}/mentor-suggestions", {
          params: { path: { request_id: requestId }, query: { limit: 20, include_ineligible: includeIneligible } },
        }),
      ),
  });
}
