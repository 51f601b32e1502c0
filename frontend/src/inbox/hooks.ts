// The inbox (the caller's tasks): the query keys (defined once) and the hooks that read them.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";

const PAGE = 100;

/** The inbox's pages, and the menu badge's total (which the inbox page refreshes). */
export const taskKeys = {
  root: ["tasks"] as const,
  list: ["tasks", "list"] as const,
  badge: ["tasks", "badge"] as const,
};

/** The caller's tasks, soonest due first, 100 a page; always refetched when the inbox opens. */
export function useTaskPages() {
  return useInfiniteQuery({
    queryKey: taskKeys.list,
    queryFn: ({ pageParam }) =>
      call(api.GET("/api/v1/me/tasks", { params: { query: { limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    initialPageParam: "",
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    staleTime: 0,
  });
}

/** The menu's badge: one small page of the tasks (the total and counts are complete whatever
 * the page size). */
export function useTaskBadge() {
  return useQuery({
    queryKey: taskKeys.badge,
    queryFn: () => call(api.GET("/api/v1/me/tasks", { params: { query: { limit: 1 } } })),
    refetchInterval: 60_000,
  });
}
