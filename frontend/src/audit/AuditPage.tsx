import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { useAllLogins } from "../accounts/hooks";
import { auditQuery } from "../oversight/filters";
import "../oversight/oversight.css";
import type { AuditEvent } from "../api/types";
import { formatDateTime, roleName } from "../lib/format";
import { DataTable } from "../ui/DataTable";
import { SelectField, TextField } from "../ui/Field";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { useAuditEvents } from "./hooks";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "∅";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** "status: proposed → approved", for the fields a write changed. */
export function changedFields(changes: AuditEvent["changes"]): string[] {
  const before = isObject(changes?.before) ? changes.before : {};
  const after = isObject(changes?.after) ? changes.after : {};
  if (!isObject(changes?.before) && !isObject(changes?.after)) return Object.keys(changes ?? {});
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => (k in before && k in after ? `${k}: ${show(before[k])} → ${show(after[k])}` : `${k}: ${show(k in after ? after[k] : before[k])}`));
}

function Changes({ changes }: { changes: AuditEvent["changes"] }) {
  const fields = changedFields(changes);
  if (fields.length === 0) return <span className="muted">—</span>;
  return (
    <details>
      <summary>{fields.length <= 2 ? fields.join("; ") : `${fields.slice(0, 2).join("; ")} and ${fields.length - 2} more`}</summary>
      <pre className="changes">{JSON.stringify(changes, null, 2)}</pre>
    </details>
  );
}

export function AuditPage() {
  const [search, setSearch] = useSearchParams();
  const applied = auditQuery(search);
  const [entity, setEntity] = useState(search.get("entity") ?? "");
  const [action, setAction] = useState(search.get("action") ?? "");
  const [actor, setActor] = useState(applied.actor ?? "");
  const [from, setFrom] = useState(search.get("date_from") ?? "");
  const [to, setTo] = useState(search.get("date_to") ?? "");
  // The logins, for the "Who" filter (a few hundred at most, unlike the employees).
  const users = useAllLogins();
  // The API names each event's actor (their employee's name, else the login's e-mail).
  const who = (event: { actor: string; actor_name?: string | null }) =>
    event.actor_name ?? (event.actor.startsWith("service:") ? "service account" : event.actor);
  const events = useAuditEvents(applied);
  function submit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of [
      ["entity", entity.trim()],
      ["action", action.trim()],
      ["actor", actor],
      ["date_from", from],
      ["date_to", to],
    ] as const) {
      if (value) next.set(key, value);
    }
    setSearch(next, { replace: true });
  }
  function clear() {
    setEntity("");
    setAction("");
    setActor("");
    setFrom("");
    setTo("");
    setSearch(new URLSearchParams(), { replace: true });
  }
  const actors = [
    { value: "", label: "Anyone" },
    ...(users.data?.items ?? []).map((u) => ({ value: `user:${u.id}`, label: u.email })),
    ...(applied.actor && !applied.actor.startsWith("user:") ? [{ value: applied.actor, label: applied.actor }] : []),
  ];
  return (
    <>
      <PageHeader title="Audit log" subtitle="Every write: who, what, when, and the values before and after." />
      <form className="form form-row filter-bar" role="search" aria-label="Audit filters" onSubmit={submit} data-testid="audit-filters">
        <SelectField label="Who" value={actor} onChange={setActor} options={actors} testId="audit-actor" />
        <TextField label="Entity" hint="e.g. pairing, grievance" value={entity} onChange={setEntity} testId="audit-entity" />
        <TextField label="Action" hint="e.g. pairing.activate" value={action} onChange={setAction} testId="audit-action" />
        <TextField label="From" type="date" value={from} onChange={setFrom} testId="audit-from" />
        <TextField label="To" type="date" value={to} min={from || undefined} onChange={setTo} testId="audit-to" />
        <div className="form-actions">
          <button type="submit" className="btn btn-secondary" data-testid="audit-apply">
            Apply
          </button>
          <button type="button" className="btn btn-secondary" onClick={clear} data-testid="audit-clear">
            Clear
          </button>
        </div>
      </form>
      <QueryState query={events} loadingLabel="Loading the audit log…">
        {(page) => (
          <DataTable<AuditEvent>
            rows={page.items}
            rowKey={(e) => e.id}
            caption="Audit events"
            testId="audit-table"
            initialSort={{ key: "at", direction: "desc" }}
            emptyTitle="No audit events match"
            columns={[
              { key: "at", header: "When", sortValue: (e) => e.at, render: (e) => formatDateTime(e.at) },
              { key: "actor", header: "Who", sortValue: (e) => who(e), render: (e) => `${who(e)} (${roleName(e.actor_role)})` },
              { key: "action", header: "Action", sortValue: (e) => e.action, render: (e) => <code>{e.action}</code> },
              { key: "entity", header: "Record", sortValue: (e) => `${e.entity} ${e.entity_id ?? ""}`, render: (e) => `${e.entity}${e.entity_id ? ` #${e.entity_id}` : ""}` },
              { key: "changes", header: "Changes", filterText: (e) => changedFields(e.changes).join(" "), render: (e) => <Changes changes={e.changes} /> },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
