// The one-time set-password links HR just made: shown once, with a copy button and the expiry.
import { useState } from "react";
import type { InvitationCreated } from "../api/types";
import { formatDateTime } from "../lib/format";

export function invitationUrl(invitation: InvitationCreated): string {
  return invitation.set_password_url ?? `${window.location.origin}${invitation.set_password_path}`;
}

function CopyButton({ text, testId }: { text: string; testId: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <>
      <button type="button" className="btn btn-secondary btn-sm" onClick={() => void copy()} data-testid={testId}>
        Copy link
      </button>
      <span className="hint" role="status">
        {copied === "yes" ? "Copied." : copied === "failed" ? "Copying is blocked here: select the link and copy it." : ""}
      </span>
    </>
  );
}

export function InvitationLinks({ invitations }: { invitations: InvitationCreated[] }) {
  if (invitations.length === 0) return null;
  return (
    <div className="alert alert-success invitation-links" role="status" data-testid="invitation-links">
      <p>
        <strong>{invitations.length === 1 ? "Login ready: send this one-time link to the person." : `${invitations.length} logins ready: send each person their one-time link.`}</strong>{" "}
        It is shown only now. The person opens it to choose a password, then signs in with their e-mail. A lost or expired link is replaced with “New link”.
      </p>
      <ul className="stack">
        {invitations.map((invitation) => {
          const url = invitationUrl(invitation);
          return (
            <li key={invitation.id} data-testid={`invitation-${invitation.user_id}`}>
              <p>
                <strong>{invitation.email}</strong> · works once, until {formatDateTime(invitation.expires_at)} ·{" "}
                {invitation.email_queued ? "also e-mailed to them" : "not e-mailed (e-mail is off): hand it over yourself"}
              </p>
              <div className="button-row">
                <input className="link-field" readOnly value={url} aria-label={`Set-password link for ${invitation.email}`} onFocus={(e) => e.target.select()} data-testid="invitation-url" />
                <CopyButton text={url} testId="copy-link" />
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
