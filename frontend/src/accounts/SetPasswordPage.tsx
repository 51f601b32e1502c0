// The public page of an invitation's one-time link: choose a password, then sign in.
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { api, call } from "../api/client";
import { ApiError } from "../api/problem";
import { reasonText } from "../api/reasons";
import { LoginShell } from "../auth/LoginPage";
import { TextField } from "../ui/Field";
import "./accounts.css";

const MIN_LENGTH = 12;

/** The token from `#token=...` (a fragment: browsers never send it to a server). */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return token && token.trim() ? token.trim() : null;
}

function failureText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) return "Too many attempts from here. Wait a few minutes and try again.";
    if (error.status === 0) return "The PeerMentor server could not be reached.";
    if (error.reasons.length) return error.reasons.map(reasonText).join(" ");
    return error.detail ?? error.title;
  }
  return "Setting the password failed. Please try again.";
}

export function SetPasswordPage() {
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const whyId = useId();

  if (!token) {
    return (
      <LoginShell>
        <h1>Set your password</h1>
        <p className="alert alert-danger" role="alert" data-testid="set-password-no-token">
          This page opens from the link HR sent you, and that link is missing or cut short. Copy the whole link into the address bar, or ask HR for a new one.
        </p>
        <p>
          <Link to="/login">Go to sign-in</Link>
        </p>
      </LoginShell>
    );
  }

  if (done) {
    return (
      <LoginShell>
        <h1>Your password is set</h1>
        <p className="alert alert-success" role="status" data-testid="set-password-done">
          Sign in with your e-mail <strong>{done}</strong> and the password you just chose.
        </p>
        <Link className="btn btn-primary btn-block" to={`/login?email=${encodeURIComponent(done)}`} data-testid="set-password-sign-in">
          Sign in
        </Link>
      </LoginShell>
    );
  }

  const why =
    password.length < MIN_LENGTH
      ? `Choose a password of at least ${MIN_LENGTH} characters.`
      : password !== repeat
        ? "Type the same password twice."
        : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (why || !token) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await call(api.POST("/api/v1/account-invitations/redeem", { body: { token, password } }));
      // The link is used up: keep it out of the address bar and the history.
      window.history.replaceState(null, "", window.location.pathname);
      setDone(answer.email);
    } catch (e) {
      setError(failureText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <LoginShell>
      <h1>Set your password</h1>
      <p className="muted">Choose the password for your PeerMentor login. This link works once.</p>
      <form onSubmit={submit}>
        <TextField label="New password" type="password" value={password} onChange={setPassword} required autoComplete="new-password" hint={`At least ${MIN_LENGTH} characters. A few unrelated words make a good one.`} testId="set-password" />
        <TextField label="The same password again" type="password" value={repeat} onChange={setRepeat} required autoComplete="new-password" testId="set-password-repeat" />
        <div aria-live="assertive">
          {error ? (
            <p className="alert alert-danger" data-testid="set-password-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="btn btn-primary btn-block" disabled={why !== null || busy} aria-describedby={why ? whyId : undefined} data-testid="set-password-submit">
          {busy ? "Saving…" : "Set password"}
        </button>
        {why ? (
          <p className="hint" id={whyId} data-testid="set-password-why">
            {why}
          </p>
        ) : null}
      </form>
    </LoginShell>
  );
}
