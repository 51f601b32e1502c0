// Logins (user accounts): the query keys (defined once) and the hooks that read them.
import { useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";
import type { UserAccount } from "../api/types";

/** The logins list's filters: a role ("" for every one), active ("true", "false", "" for both). */
export interface LoginFilters {
  role: UserAccount["role"] | "";
  active: "true" | "false" | "";
}

export const accountKeys = {
  root: ["users"] as const,
  /** Every login at once (the audit log's "Who" filter). */
  all: ["users", "all"] as const,
  page: ({ role, active }: LoginFilters, cursor: string | undefined) => ["users", role, active, cursor] as const,
};

/** Every login, up to 500: they are a few hundred at most, unlike the employees. */
export function useAllLogins() {
  return useQuery({
    queryKey: accountKeys.all,
    queryFn: () => call(api.GET("/api/v1/users", { params: { query: { limit: 500 } } })),
    staleTime: 5 * 60_000,
  });
}

/** One page (50) of the logins, filtered by role and by whether they are active. */
export function useLoginPage(filters: LoginFilters, cursor: string | undefined) {
  const { role, active } = filters;
  return useQuery({
    queryKey: accountKeys.page(filters, cursor),
    queryFn: () =>
      call(
        api.GET("/api/v1/users", {
          params: { query: { limit: 50, cursor, role: role || undefined, is_active: active === "" ? undefined : active === "true" } },
        }),
      ),
  });
}
