// /auth/callback: where the organisation's identity provider sends the browser back.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useLocation, useNavigate } from "react-router";
import { meWithToken } from "../api/client";
import { ApiError } from "../api/problem";
import { session } from "../api/session";
import type { Me } from "../api/types";
import { finishSignIn, SignInError } from "./oidc";
import { LoginShell } from "./LoginPage";
import { authKeys } from "./useMe";

type Outcome = { ok: true; token: string; me: Me; next: string } | { ok: false; message: string };

/** Why the API refused the provider's token, for the person signing in. */
export function refusalMessage(error: unknown, provider: string): string {
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    const detail = error.detail ?? "";
    if (/deactivated/i.test(detail)) return "Your PeerMentor account is deactivated. Ask HR if you need access again.";
    if (/^Invalid or expired token/i.test(detail)) {
      return `PeerMentor did not accept the sign-in from ${provider}. Please try again; if it keeps failing, tell your IT department.`;
    }
    return "Your company account is not registered in PeerMentor. Ask HR to give you access.";
  }
  if (error instanceof ApiError && error.status === 0) return "The PeerMentor server could not be reached.";
  if (error instanceof ApiError && error.status === 503) {
    return "PeerMentor cannot check company sign-ins right now. Please try again in a few minutes.";
  }
  return "Signing in failed. Please try again.";
}

async function complete(search: string): Promise<Outcome> {
  let signed;
  try {
    signed = await finishSignIn(new URLSearchParams(search), { storage: sessionStorage });
  } catch (e) {
    return { ok: false, message: e instanceof SignInError ? e.message : "Signing in failed. Please try again." };
  }
  try {
    const me = await meWithToken(signed.accessToken);
    return { ok: true, token: signed.accessToken, me, next: signed.next };
  } catch (e) {
    return { ok: false, message: refusalMessage(e, signed.provider) };
  }
}

// One completion per answer, even when React runs the effect twice (StrictMode in development).
const attempts = new Map<string, Promise<Outcome>>();

export function CallbackPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(() => {
    let active = true;
    const key = location.search;
    let attempt = attempts.get(key);
    if (!attempt) {
      attempt = complete(key);
      attempts.set(key, attempt);
    }
    void attempt.then((outcome) => {
      if (!active) return;
      attempts.delete(key);
      if (outcome.ok) {
        queryClient.clear();
        session.signIn(outcome.token);
        queryClient.setQueryData(authKeys.me(outcome.token), outcome.me);
        navigate(outcome.next, { replace: true });
      } else {
        navigate("/login", { replace: true, state: { ssoError: outcome.message } });
      }
    });
    return () => {
      active = false;
    };
  }, [location.search, navigate, queryClient]);

  return (
    <LoginShell>
      <div className="login-callback" role="status" aria-live="polite" data-testid="sso-callback">
        <span className="spinner" aria-hidden="true" />
        <span>Signing you in…</span>
      </div>
    </LoginShell>
  );
}
