import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { api, call } from "../api/client";
import { session } from "../api/session";
import type { Me } from "../api/types";

/** The auth domain's query keys (defined once): who a token stands for, and the sign-in options. */
export const authKeys = {
  me: (token: string | null) => ["me", token] as const,
  config: ["auth-config"] as const,
};

export function useToken(): string | null {
  return useSyncExternalStore(session.subscribe, session.token, () => null);
}

export function useMeQuery() {
  const token = useToken();
  return useQuery({
    queryKey: authKeys.me(token),
    queryFn: () => call(api.GET("/api/v1/auth/me")),
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });
}

/** The signed-in caller (only inside the authenticated layout). */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error("useMe outside the signed-in layout");
  return data;
}

export const isHr = (me: Me) => me.role === "hr_admin";
export const isLeader = (me: Me) => me.role === "team_leader";
export const isEmployee = (me: Me) => me.role === "employee";
