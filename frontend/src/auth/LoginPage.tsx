import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { signInWithPassword } from "../api/client";
import { ApiError } from "../api/problem";
import { session } from "../api/session";
import { TextField } from "../ui/Field";
import { providerLabel, SignInError, startSignIn } from "./oidc";
import { useToken } from "./useMe";
import { useSso } from "./useSso";

/** The sign-in screen's frame: the brand on a card (also the SSO callback's). */
export function LoginShell({ children }: { children: ReactNode }) {
  return (
    <main className="login">
      <div className="login-panel">
        <div className="login-brand">
          <img src="/favicon.svg" alt="" width="40" height="40" />
          <div>
            <p className="brand-name">PeerMentor</p>
            <p className="brand-tag">Peer coaching and mentoring programme</p>
          </div>
        </div>
        {children}
      </div>
    </main>
  );
}

function CompanyIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" strokeLinecap="round">
      <path d="M4 21V5.5a1.5 1.5 0 0 1 1.5-1.5h7A1.5 1.5 0 0 1 14 5.5V21" />
      <path d="M14 10h4.5a1.5 1.5 0 0 1 1.5 1.5V21" />
      <path d="M2.5 21h19M7.5 8h3M7.5 12h3M7.5 16h3M17 14.5h.01M17 18h.01" />
    </svg>
  );
}

export function LoginPage() {
  const token = useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  // From the set-password page: the e-mail the person signs in with.
  const [email, setEmail] = useState(() => new URLSearchParams(location.search).get("email") ?? "");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [expired] = useState(() => session.takeExpired());
  const { sso } = useSso();
  // A failed company sign-in comes back here with its reason (once: the state is then dropped).
  const [ssoError, setSsoError] = useState<string | null>(() => (location.state as { ssoError?: string } | null)?.ssoError ?? null);
  const [redirecting, setRedirecting] = useState(false);
  const next = new URLSearchParams(location.search).get("next") ?? "/";

  useEffect(() => {
    if ((location.state as { ssoError?: string } | null)?.ssoError) {
      navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
    }
  }, [location, navigate]);

  useEffect(() => {
    // Back from the provider's page (the browser's back/forward cache): the button works again.
    const reset = (event: PageTransitionEvent) => event.persisted && setRedirecting(false);
    window.addEventListener("pageshow", reset);
    return () => window.removeEventListener("pageshow", reset);
  }, []);

  if (token) return <Navigate to={next} replace />;

  async function signInWithProvider() {
    if (!sso) return;
    setRedirecting(true);
    setSsoError(null);
    try {
      const url = await startSignIn(sso, { next, origin: window.location.origin, storage: sessionStorage });
      window.location.assign(url);
    } catch (e) {
      setSsoError(e instanceof SignInError ? e.message : "Company sign-in could not be started. Please try again.");
      setRedirecting(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const accessToken = await signInWithPassword(email.trim(), password);
      queryClient.clear();
      session.signIn(accessToken);
      navigate(next.startsWith("/") ? next : "/", { replace: true });
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 401
          ? "That email and password do not match an account."
          : e instanceof ApiError && e.status === 429
            ? "Too many failed attempts. Wait a few minutes and try again."
            : e instanceof ApiError && e.status === 0
              ? "The PeerMentor server could not be reached."
              : "Signing in failed. Please try again.",
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <LoginShell>
      <h1>Sign in</h1>
      {expired ? (
        <p className="alert alert-info" role="status">
          Your session ended. Please sign in again.
        </p>
      ) : null}
      {ssoError ? (
        <p className="alert alert-danger" role="alert" data-testid="login-sso-error">
          {ssoError}
        </p>
      ) : null}
      {sso ? (
        <div className="login-sso">
          <button type="button" className="btn btn-sso btn-block" onClick={() => void signInWithProvider()} disabled={redirecting} data-testid="login-sso">
            <CompanyIcon />
            {redirecting ? "Redirecting to sign-in…" : `Sign in with ${providerLabel(sso)}`}
          </button>
          <p className="login-divider" role="separator">
            <span>or with your PeerMentor password</span>
          </p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate={false} aria-describedby={error ? "login-error" : undefined}>
        <TextField label="Email" type="email" value={email} onChange={setEmail} required autoComplete="username" testId="login-email" />
        <TextField label="Password" type="password" value={password} onChange={setPassword} required autoComplete="current-password" testId="login-password" />
        <div aria-live="assertive">
          {error ? (
            <p className="alert alert-danger" id="login-error" data-testid="login-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn-primary btn-block" disabled={busy} data-testid="login-submit">
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </LoginShell>
  );
}
