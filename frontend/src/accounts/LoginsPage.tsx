// HR's logins: who can sign in, with which role; new logins for people found by search (one
// or several at once), each with a one-time set-password link; deactivate, reactivate, reset.
import { useEffect, useId, useState } from "react";
import { Link } from "react-router";
import { api, call } from "../api/client";
import type { Employee, InvitationCreated, UserAccount, UserBulkResult } from "../api/types";
import { reasonText } from "../api/reasons";
import { useMe } from "../auth/useMe";
import { formatDate, roleName } from "../lib/format";
import { useAction } from "../lib/useAction";
import { useEmployeeSearch } from "../people/hooks";
import { Badge } from "../ui/Badge";
import { SelectField } from "../ui/Field";
import { Card, PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { EmptyState, Spinner } from "../ui/States";
import { accountKeys, useLoginPage, type LoginFilters } from "./hooks";
import { InvitationLinks } from "./InvitationLinks";
import "./accounts.css";

type PersonRole = "employee" | "team_leader" | "hr_admin";
const ROLE_OPTIONS = [
  { value: "employee", label: "Employee (mentor or mentee)" },
  { value: "team_leader", label: "Team leader" },
  { value: "hr_admin", label: "HR administrator" },
];

function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Search people by name or e-mail (the API searches; a few results at a time) and pick some. */
function PersonPicker({ selected, onToggle }: { selected: Employee[]; onToggle: (e: Employee) => void }) {
  const [text, setText] = useState("");
  const q = useDebounced(text.trim());
  const inputId = useId();
  // A few results at a time, asked afresh as the search changes.
  const results = useEmployeeSearch({ q, limit: 10 }, { staleTime: 0 });
  const chosen = new Set(selected.map((e) => e.id));
  return (
    <div className="field">
      <label htmlFor={inputId}>Find people</label>
      <input id={inputId} type="search" value={text} placeholder="Name or e-mail, at least 2 letters" onChange={(e) => setText(e.target.value)} data-testid="login-search" aria-describedby={`${inputId}-hint`} />
      <p className="hint" id={`${inputId}-hint`}>
        Tick everyone who needs a login; search again to add more.
      </p>
      {q.length >= 2 ? (
        results.isPending ? (
          <Spinner label="Searching…" />
        ) : results.data?.items.length ? (
          <ul className="pick-list" data-testid="login-search-results">
            {results.data.items.map((e) => (
              <li key={e.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(e.id)} onChange={() => onToggle(e)} data-testid={`pick-${e.id}`} />
                  <span>
                    <strong>{e.full_name}</strong> <span className="muted">· {e.job_title ?? "—"} · {e.email}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nobody matches “{q}”.</p>
        )
      ) : null}
    </div>
  );
}

export interface Skipped {
  name: string;
  result: UserBulkResult;
}

function CreateLogins({ onCreated }: { onCreated: (links: InvitationCreated[], skipped: Skipped[]) => void }) {
  const [selected, setSelected] = useState<Employee[]>([]);
  const [role, setRole] = useState<PersonRole>("employee");
  const toggle = (e: Employee) => setSelected((now) => (now.some((s) => s.id === e.id) ? now.filter((s) => s.id !== e.id) : [...now, e]));
  const create = useAction(
    async () => {
      if (selected.length === 1) {
        const [person] = selected as [Employee];
        const user = await call(api.POST("/api/v1/users", { body: { email: person.email, role, employee_id: person.id } }));
        return { links: user.invitation ? [user.invitation] : [], skipped: [] as Skipped[] };
      }
      const bulk = await call(api.POST("/api/v1/users/bulk", { body: { role: role as "employee" | "team_leader", employee_ids: selected.map((e) => e.id) } }));
      return {
        links: bulk.results.flatMap((r) => (r.invitation ? [r.invitation] : [])),
        skipped: bulk.results
          .filter((r) => r.status === "skipped")
          .map((result) => ({ result, name: selected.find((e) => e.id === result.employee_id)?.full_name ?? `Employee #${result.employee_id}` })),
      };
    },
    {
      invalidate: [accountKeys.root],
      onSuccess: ({ links, skipped }) => {
        setSelected([]);
        onCreated(links, skipped);
      },
    },
  );
  const why =
    selected.length === 0
      ? "Find and tick at least one person first."
      : selected.length > 1 && role === "hr_admin"
        ? "HR logins are created one at a time: tick one person, or choose another role."
        : null;
  const reasonId = useId();
  return (
    <Card title="Create logins" testId="create-logins">
      <div className="form">
        <PersonPicker selected={selected} onToggle={toggle} />
        {selected.length ? (
          <div>
            <p className="muted">Selected:</p>
            <ul className="chips" data-testid="login-selected">
              {selected.map((e) => (
                <li key={e.id}>
                  {e.full_name}{" "}
                  <button type="button" className="btn btn-ghost btn-sm" onClick={() => toggle(e)} aria-label={`Remove ${e.full_name}`}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <SelectField label="Role" value={role} onChange={(v) => setRole(v as PersonRole)} options={ROLE_OPTIONS} hint="Team leaders and employees sign in linked to their employee record." testId="login-role" />
        <ProblemAlert error={create.error} />
        <div className="form-actions">
          <button type="button" className="btn btn-primary" disabled={why !== null || create.isPending} aria-describedby={why ? reasonId : undefined} onClick={() => create.mutate(undefined)} data-testid="create-logins-submit">
            {create.isPending ? "Creating…" : selected.length > 1 ? `Create ${selected.length} logins` : "Create login"}
          </button>
          {why ? (
            <p className="hint" id={reasonId} data-testid="create-logins-why">
              {why}
            </p>
          ) : null}
        </div>
      </div>
    </Card>
  );
}

function AccountActions({ user, onLink }: { user: UserAccount; onLink: (link: InvitationCreated) => void }) {
  const me = useMe();
  const [confirming, setConfirming] = useState(false);
  const reasonId = useId();
  const setActive = useAction((is_active: boolean) => call(api.PATCH("/api/v1/users/{user_id}", { params: { path: { user_id: user.id } }, body: { is_active } })), {
    invalidate: [accountKeys.root],
    onSuccess: () => setConfirming(false),
  });
  const reset = useAction(() => call(api.POST("/api/v1/users/{user_id}/invitation", { params: { path: { user_id: user.id } } })), { onSuccess: onLink });
  const own = user.id === me.id;
  return (
    <div className="stack-sm">
      <div className="button-row">
        <button type="button" className="btn btn-secondary btn-sm" disabled={!user.is_active || reset.isPending} aria-describedby={!user.is_active ? reasonId : undefined} onClick={() => reset.mutate(undefined)} data-testid={`reset-${user.id}`}>
          New link
        </button>
        {user.is_active ? (
          <button type="button" className="btn btn-ghost btn-sm" disabled={own} aria-describedby={own ? reasonId : undefined} onClick={() => setConfirming(true)} data-testid={`deactivate-${user.id}`}>
            Deactivate
          </button>
        ) : (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setConfirming(true)} data-testid={`reactivate-${user.id}`}>
            Reactivate
          </button>
        )}
      </div>
      {!user.is_active ? (
        <p className="hint" id={reasonId}>
          A new link needs an active login: reactivate it first.
        </p>
      ) : own ? (
        <p className="hint" id={reasonId}>
          You cannot deactivate your own login.
        </p>
      ) : null}
      {confirming ? (
        <div className="alert alert-info" role="alertdialog" aria-label={user.is_active ? "Confirm deactivation" : "Confirm reactivation"} data-testid={`confirm-${user.id}`}>
          <p>
            {user.is_active
              ? `Deactivate ${user.email}? They lose access at once, on every device, and their set-password links stop working.`
              : `Reactivate ${user.email}? They can sign in again with their password.`}
          </p>
          <div className="button-row">
            <button type="button" className={user.is_active ? "btn btn-danger btn-sm" : "btn btn-primary btn-sm"} onClick={() => setActive.mutate(!user.is_active)} disabled={setActive.isPending} data-testid={`confirm-yes-${user.id}`}>
              {user.is_active ? "Deactivate" : "Reactivate"}
            </button>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <ProblemAlert error={setActive.error ?? reset.error} />
    </div>
  );
}

function AccountList({ onLink }: { onLink: (link: InvitationCreated) => void }) {
  const [role, setRole] = useState<LoginFilters["role"]>("");
  const [active, setActive] = useState<LoginFilters["active"]>("true");
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  useEffect(() => setCursors([undefined]), [role, active]);
  const users = useLoginPage({ role, active }, cursor);
  return (
    <Card title="Logins" testId="logins">
      <div className="form-row">
        <SelectField label="Role" value={role} onChange={(v) => setRole(v as LoginFilters["role"])} options={[{ value: "", label: "Every role" }, ...ROLE_OPTIONS]} testId="logins-role" />
        <SelectField
          label="Status"
          value={active}
          onChange={(v) => setActive(v as LoginFilters["active"])}
          options={[
            { value: "true", label: "Active" },
            { value: "false", label: "Deactivated" },
            { value: "", label: "Active and deactivated" },
          ]}
          testId="logins-active"
        />
      </div>
      {users.isPending ? (
        <Spinner label="Loading logins…" />
      ) : users.error ? (
        <ProblemAlert error={users.error} />
      ) : users.data.items.length === 0 ? (
        <EmptyState title="No logins match">Change the filters, or create logins above.</EmptyState>
      ) : (
        <>
          <ul className="account-list" data-testid="logins-list">
            {users.data.items.map((u) => (
              <li key={u.id} className="account-row" data-testid={`login-${u.id}`}>
                <div>
                  <p>
                    <strong>{u.email}</strong>
                  </p>
                  <p className="muted">
                    {roleName(u.role)} · since {formatDate(u.created_at.slice(0, 10))}
                    {u.employee_id ? (
                      <>
                        {" · "}
                        <Link to={`/people/${u.employee_id}`}>employee record</Link>
                      </>
                    ) : null}
                  </p>
                  <p>{u.is_active ? <Badge tone="ok">Active</Badge> : <Badge tone="danger">Deactivated</Badge>}</p>
                </div>
                <AccountActions user={u} onLink={onLink} />
              </li>
            ))}
          </ul>
          <div className="button-row">
            {cursors.length > 1 ? (
              <button type="button" className="btn btn-ghost btn-sm" onClick={() => setCursors((c) => c.slice(0, -1))}>
                Previous page
              </button>
            ) : null}
            {users.data.next_cursor ? (
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => setCursors((c) => [...c, users.data.next_cursor ?? undefined])}>
                Next page
              </button>
            ) : null}
          </div>
        </>
      )}
    </Card>
  );
}

export function LoginsPage() {
  const [links, setLinks] = useState<InvitationCreated[]>([]);
  const [skipped, setSkipped] = useState<Skipped[]>([]);
  return (
    <>
      <PageHeader title="Logins" subtitle="Who can sign in, and with which role. New logins get a one-time link to choose a password." />
      <InvitationLinks invitations={links} />
      {skipped.length ? (
        <div className="alert alert-info" role="status" data-testid="logins-skipped">
          <p>
            <strong>Not created for {skipped.length === 1 ? "one person" : `${skipped.length} people`}:</strong>
          </p>
          <ul>
            {skipped.map(({ name, result }) => (
              <li key={`${result.employee_id}-${result.reason}`}>
                <Link to={`/people/${result.employee_id}`}>{name}</Link>: {result.reason ? reasonText(result.reason) : result.detail}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="grid grid-2">
        <CreateLogins
          onCreated={(made, notMade) => {
            setLinks(made);
            setSkipped(notMade);
          }}
        />
        <AccountList
          onLink={(link) => {
            setLinks([link]);
            setSkipped([]);
          }}
        />
      </div>
    </>
  );
}
