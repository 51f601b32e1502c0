import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import type { AuditEvent } from "../api/types";
import { formatDateTime, roleName } from "../lib/format";
import { DataTable } from "../ui/DataTable";
import { TextField } from "../ui/Field";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";

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
  const [entity, setEntity] = useState("");
  const [action, setAction] = useState("");
  const [applied, setApplied] = useState({ entity: "", action: "" });
  // The API names each event's actor (their employee's name, else the login's e-mail).
  const who = (event: { actor: string; actor_name?: string | null }) =>
    event.actor_name ?? (event.actor.startsWith("service:") ? "service account" : event.actor);
  const events = useQuery({
    queryKey: ["audit", applied],
    queryFn: () =>
      call(
        api.GET("/api/v1/audit-events", {
          params: { query: { limit: 500, ...(applied.entity ? { entity: applied.entity } : {}), ...(applied.action ? { action: applied.action } : {}) } },
        }),
      ),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setApplied({ entity: entity.trim(), action: action.trim() });
  }
  return (
    <>
      <PageHeader title="Audit log" subtitle="Every write: who, what, when, and the values before and after." />
      <form className="form form-row filters" onSubmit={submit} data-testid="audit-filters">
        <TextField label="Entity" hint="e.g. pairing, grievance" value={entity} onChange={setEntity} testId="audit-entity" />
        <TextField label="Action" hint="e.g. pairing.activate" value={action} onChange={setAction} testId="audit-action" />
        <div className="form-actions">
          <button type="submit" className="btn btn-secondary">
            Apply
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
