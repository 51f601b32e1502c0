import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { signInWithPassword } from "../api/client";
import { ApiError } from "../api/problem";
import { session } from "../api/session";
import { TextField } from "../ui/Field";
import { useToken } from "./useMe";

export function LoginPage() {
  const token = useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [expired] = useState(() => session.takeExpired());
  const next = new URLSearchParams(location.search).get("next") ?? "/";

  if (token) return <Navigate to={next} replace />;

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
    <main className="login">
      <div className="login-panel">
        <div className="login-brand">
          <img src="/favicon.svg" alt="" width="40" height="40" />
          <div>
            <p className="brand-name">PeerMentor</p>
            <p className="brand-tag">Peer coaching and mentoring programme</p>
          </div>
        </div>
        <h1>Sign in</h1>
        {expired ? (
          <p className="alert alert-info" role="status">
            Your session ended. Please sign in again.
          </p>
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
      </div>
    </main>
  );
}
