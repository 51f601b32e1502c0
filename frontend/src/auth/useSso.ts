import { useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";
import { ssoFromConfig, type SsoConfig } from "./oidc";
import { authKeys } from "./useMe";

/** Whether the login page offers company sign-on (the public `GET /auth/config`). */
export function useSso(): { sso: SsoConfig | null; pending: boolean } {
  const config = useQuery({
    queryKey: authKeys.config,
    queryFn: () => call(api.GET("/api/v1/auth/config")),
    staleTime: Infinity,
    retry: 1,
  });
  // Without an answer the password form alone is shown, as before sign-on existed.
  return { sso: ssoFromConfig(config.data), pending: config.isPending };
}
