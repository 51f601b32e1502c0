import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { api, call } from "../api/client";
import { useMe } from "../auth/useMe";
import { pairingKeys } from "../pairings/hooks";
import { pairingName, personName } from "../people/names";
import { allows } from "../lib/actions";
import { formatDate, formatDateTime, label } from "../lib/format";
import { useAction } from "../lib/useAction";
import { StatusBadge } from "../ui/Badge";
import { SelectField, TextArea } from "../ui/Field";
import { Card, DefinitionList, PageHeader } from "../ui/Page";
import { useConfirm } from "../ui/Feedback";
import { ProblemAlert } from "../ui/ProblemAlert";
import { EmptyState, QueryState } from "../ui/States";
import { SlaBadge } from "./GrievancesPage";
import { grievanceKeys, useGrievance } from "./hooks";

export function GrievanceDetailPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const [note, setNote] = useState("");
  const [resolution, setResolution] = useState("");
  const [outcome, setOutcome] = useState<"resolved" | "dismissed">("resolved");
  const queryClient = useQueryClient();
  // Kept with its ETag: HR's actions send it as If-Match, so a grievance another HR member
  // changed meanwhile is answered 412 instead of being overwritten.
  const grievance = useGrievance(id);
  const etag = grievance.data?.etag;
  const params = { path: { grievance_id: id }, header: etag ? { "If-Match": etag } : {} };
  const invalidate = [grievanceKeys.one(id), grievanceKeys.all, pairingKeys.anyOne, pairingKeys.all];
  const addAction = useAction(() => call(api.POST("/api/v1/grievances/{grievance_id}/actions", { params, body: { note } })), {
    invalidate,
    onSuccess: () => setNote(""),
    success: "The action is logged.",
  });
  const resolve = useAction(() => call(api.POST("/api/v1/grievances/{grievance_id}/resolve", { params, body: { outcome, resolution } })), {
    invalidate,
    success: "Closed. The outcome is filed in the personnel files.",
    onSuccess: () => {
      setResolution("");
      setOutcome("resolved");
    },
  });
  const ask = useConfirm();
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: grievanceKeys.one(id) });
    addAction.reset();
    resolve.reset();
  };
  const isHr = me.role === "hr_admin";
  return (
    <QueryState query={grievance} loadingLabel="Loading the grievance…">
      {({ data: g }) => {
        return (
          <>
            <PageHeader
              title={`${label(g.kind)}: ${pairingName(g)}`}
              subtitle={
                <>
                  <StatusBadge status={g.status} testId="grievance-status" /> <SlaBadge grievance={g} />
                </>
              }
            />
            <div className="grid grid-2">
              <Card title="What was raised" testId="grievance-card">
                <DefinitionList
                  items={[
                    ["Raised by", me.employee_id === g.raised_by ? "You" : personName(g.raised_by_person)],
                    ["Raised on", formatDate(g.raised_on)],
                    ["Due", formatDate(g.due_date)],
                    ["Pairing", isHr ? <Link key="p" to={`/pairings/${g.pairing_id}`}>{pairingName(g)}</Link> : pairingName(g)],
                    ...(g.resolution ? ([["Resolution", g.resolution]] as [string, string][]) : []),
                    ...(g.resolved_on ? ([["Closed on", formatDate(g.resolved_on)]] as [string, string][]) : []),
                  ]}
                />
                <h3>Description (confidential)</h3>
                <p className="quote" data-testid="grievance-description">
                  {g.description}
                </p>
              </Card>
              <Card title="Due diligence" testId="grievance-actions">
                {g.actions.length === 0 ? (
                  <EmptyState title="No action logged yet" />
                ) : (
                  <ol className="timeline" data-testid="action-log">
                    {g.actions.map((a, i) => (
                      <li key={i}>
                        <span className="timeline-at">{formatDateTime(a.at)}</span>
                        <span>{a.note}</span>
                      </li>
                    ))}
                  </ol>
                )}
                {allows(g, "add_action") ? (
                  <form
                    className="form"
                    onSubmit={(e: FormEvent) => {
                      e.preventDefault();
                      addAction.mutate(undefined);
                    }}
                  >
                    <TextArea label="Log an action" required value={note} onChange={setNote} rows={2} testId="action-note" />
                    <ProblemAlert error={addAction.error} onReload={reload} />
                    <div className="form-actions">
                      <button type="submit" className="btn btn-secondary" disabled={!note.trim() || addAction.isPending} data-testid="action-submit">
                        Add to the log
                      </button>
                    </div>
                  </form>
                ) : null}
              </Card>
            </div>
            {allows(g, "resolve") ? (
              <Card title="Close it" testId="resolve-card">
                <form
                  className="form"
                  onSubmit={(e: FormEvent) => {
                    e.preventDefault();
                    void ask({
                      title: `Close this ${g.kind} as ${outcome}?`,
                      body: g.kind === "withdrawal" ? "Closing a withdrawal ends the pairing as withdrawn. This cannot be undone." : "The outcome is filed in the personnel files. This cannot be undone.",
                      confirmLabel: `Close the ${g.kind}`,
                    }).then((ok) => ok && resolve.mutate(undefined));
                  }}
                >
                  <SelectField
                    label="Outcome"
                    value={outcome}
                    onChange={(v) => setOutcome(v === "dismissed" ? "dismissed" : "resolved")}
                    options={[
                      { value: "resolved", label: "Resolved" },
                      { value: "dismissed", label: "Dismissed" },
                    ]}
                    testId="resolve-outcome"
                  />
                  <TextArea
                    label="Resolution (filed in the personnel files)"
                    required
                    value={resolution}
                    onChange={setResolution}
                    testId="resolve-text"
                    hint={g.kind === "withdrawal" ? "Closing a withdrawal ends the pairing as withdrawn." : undefined}
                  />
                  <ProblemAlert error={resolve.error} onReload={reload} />
                  <div className="form-actions">
                    <button type="submit" className="btn btn-primary" disabled={!resolution.trim() || resolve.isPending} data-testid="resolve-submit">
                      Close the {g.kind}
                    </button>
                  </div>
                </form>
              </Card>
            ) : null}
          </>
        );
      }}
    </QueryState>
  );
}
