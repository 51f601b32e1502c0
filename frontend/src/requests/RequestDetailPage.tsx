import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { api, call } from "../api/client";
import { reasonText } from "../api/reasons";
import type { MentorSuggestion, MentoringRequest } from "../api/types";
import { pairingKeys } from "../pairings/hooks";
import { personName } from "../people/names";
import { allows, allowsAny } from "../lib/actions";
import { formatDate, today } from "../lib/format";
import { useAction } from "../lib/useAction";
import { Badge, StatusBadge } from "../ui/Badge";
import { Checkbox, SelectField, TextArea, TextField } from "../ui/Field";
import { Card, DefinitionList, PageHeader } from "../ui/Page";
import { useConfirm } from "../ui/Feedback";
import { ProblemAlert } from "../ui/ProblemAlert";
import { EmptyState, QueryState } from "../ui/States";
import { requestKeys, useRequest, useSuggestions } from "./hooks";

/** What a mentor covers of the mentee's improvement areas, and what is left uncovered. */
export function SkillCoverage({ covered, missing }: { covered: string[]; missing: string[] }) {
  return (
    <>
      <span>
        Covers:{" "}
        {covered.length ? covered.map((k) => <Badge key={k} tone="ok">{k}</Badge>) : <span className="muted">none</span>}
      </span>
      <span>
        Missing:{" "}
        {missing.length ? missing.map((k) => <Badge key={k} tone="warning">{k}</Badge>) : <span className="muted">nothing</span>}
      </span>
    </>
  );
}

export function ScoreBar({ score }: { score: number }) {
  // The API's score is the share of improvement areas covered, 0-100.
  const pct = Math.round(Math.max(0, Math.min(100, score)));
  return (
    <span className="score" aria-label={`match ${pct}%`}>
      <span className="score-track" aria-hidden="true">
        <span className="score-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="score-value">{pct}%</span>
    </span>
  );
}

function Suggestions({ request, onPick, picked }: { request: MentoringRequest; onPick: (s: MentorSuggestion) => void; picked: number | null }) {
  const [includeIneligible, setIncludeIneligible] = useState(false);
  const suggestions = useSuggestions(request.id, includeIneligible);
  return (
    <Card
      title="Suggested mentors"
      testId="suggestions"
      actions={<Checkbox label="Show ineligible people too" checked={includeIneligible} onChange={setIncludeIneligible} testId="include-ineligible" />}
    >
      <p className="muted">
        Ranked by how well their skills cover <strong>{request.improvement_areas.join(", ") || "the improvement areas"}</strong> (not by
        personality). Each suggestion explains itself.
      </p>
      <QueryState query={suggestions} loadingLabel="Finding mentors…">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title="No eligible mentor in the department">
              Mentors must be rated highly, have the tenure, have opted in and have capacity. Tick “Show ineligible people too” to see why
              others do not qualify.
            </EmptyState>
          ) : (
            <ol className="suggestions">
              {page.items.map((s, index) => (
                <li key={s.mentor_id} className={`suggestion ${picked === s.mentor_id ? "picked" : ""}`} data-testid={`suggestion-${s.mentor_id}`}>
                  <div className="suggestion-head">
                    <span className="rank" aria-label={`rank ${index + 1}`}>
                      {index + 1}
                    </span>
                    <div className="suggestion-who">
                      <Link to={`/people/${s.mentor_id}`}>{s.full_name}</Link>
                      <span className="muted">{s.job_title ?? ""}</span>
                    </div>
                    <ScoreBar score={s.score} />
                    {s.eligible ? (
                      <button type="button" className="btn btn-primary btn-sm" onClick={() => onPick(s)} data-testid={`pick-mentor-${s.mentor_id}`} aria-pressed={picked === s.mentor_id}>
                        {picked === s.mentor_id ? "Chosen" : "Choose"}
                      </button>
                    ) : (
                      <Badge tone="warning">Not eligible</Badge>
                    )}
                  </div>
                  <div className="suggestion-why" data-testid="suggestion-explanation">
                    <SkillCoverage covered={s.covered_skills} missing={s.missing_skills} />
                    <span>Latest rating: {s.latest_rating ?? "—"} / 5</span>
                    <span>Free places: {s.spare_capacity}</span>
                  </div>
                  {s.reasons.length ? (
                    <ul className="reasons">
                      {s.reasons.map((r) => (
                        <li key={r}>{reasonText(r)}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
    </Card>
  );
}

function ProposeForm({ request, mentor }: { request: MentoringRequest; mentor: MentorSuggestion }) {
  const navigate = useNavigate();
  const [goals, setGoals] = useState(request.improvement_areas.map((a) => `Improve ${a.toLowerCase()}`).join("\n"));
  const [cadence, setCadence] = useState("fortnightly");
  const [start, setStart] = useState(today());
  const propose = useAction(
    () =>
      call(
        api.POST("/api/v1/pairings", {
          body: {
            request_id: request.id,
            mentor_id: mentor.mentor_id,
            goals: goals
              .split("\n")
              .map((g) => g.trim())
              .filter(Boolean),
            meeting_cadence: cadence,
            start_date: start,
          },
        }),
      ),
    { invalidate: [requestKeys.all, requestKeys.one(request.id), pairingKeys.all], onSuccess: (p) => navigate(`/pairings/${p.id}`), success: "The pairing is proposed." },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    propose.mutate(undefined);
  }
  return (
    <Card title={`Propose the agreement with ${mentor.full_name}`} testId="propose-card">
      <form className="form" onSubmit={submit} data-testid="propose-form">
        <TextArea label="Goals (one per line)" required rows={4} value={goals} onChange={setGoals} testId="propose-goals" />
        <SelectField
          label="Meeting cadence"
          value={cadence}
          onChange={setCadence}
          options={[
            { value: "weekly", label: "Weekly" },
            { value: "fortnightly", label: "Fortnightly" },
            { value: "monthly", label: "Monthly" },
          ]}
          testId="propose-cadence"
        />
        <TextField label="Start date" type="date" required min={today()} value={start} onChange={setStart} testId="propose-start" />
        <ProblemAlert error={propose.error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={propose.isPending} data-testid="propose-submit">
            {propose.isPending ? "Proposing…" : "Propose pairing"}
          </button>
        </div>
      </form>
    </Card>
  );
}

export function RequestDetailPage() {
  const id = Number(useParams().id);
  const [picked, setPicked] = useState<MentorSuggestion | null>(null);
  const [rejectReason, setRejectReason] = useState("");
  const request = useRequest(id);
  const invalidate = [requestKeys.one(id), requestKeys.all];
  const confirm = useAction(() => call(api.POST("/api/v1/mentoring-requests/{request_id}/confirm", { params: { path: { request_id: id } } })), {
    invalidate,
    success: "The request is confirmed.",
  });
  const cancel = useAction(() => call(api.POST("/api/v1/mentoring-requests/{request_id}/cancel", { params: { path: { request_id: id } } })), {
    invalidate,
    success: "The request is cancelled.",
  });
  const reject = useAction(
    () => call(api.POST("/api/v1/mentoring-requests/{request_id}/reject", { params: { path: { request_id: id } }, body: { reason: rejectReason } })),
    { invalidate, success: "The request is rejected.", onSuccess: () => setRejectReason("") },
  );
  const ask = useConfirm();
  return (
    <QueryState query={request} loadingLabel="Loading the request…">
      {(r) => (
        <>
          <PageHeader title={`Request for ${personName(r.mentee, "a mentee")}`} subtitle={<StatusBadge status={r.status} testId="request-status" />} />
          <div className="grid grid-2">
            <Card title="The request" testId="request-card">
              <DefinitionList
                items={[
                  ["Mentee", <Link key="m" to={`/people/${r.mentee_id}`}>{personName(r.mentee)}</Link>],
                  ["Improvement areas", r.improvement_areas.join(", ") || "—"],
                  ["Discussion", formatDate(r.discussion_date)],
                  ["Notes", r.notes ?? "—"],
                  ["Raised", formatDate(r.created_at)],
                  ...(r.status_reason ? ([["Reason", r.status_reason]] as [string, string][]) : []),
                ]}
              />
            </Card>
            {allowsAny(r, "confirm", "reject", "cancel") ? (
              <Card title={allowsAny(r, "confirm", "reject") ? "Decide" : "Your request"} testId="request-actions">
                {allows(r, "confirm") ? (
                  <p>
                    <button type="button" className="btn btn-primary" onClick={() => confirm.mutate(undefined)} data-testid="confirm-request">
                      Confirm the request
                    </button>
                  </p>
                ) : null}
                {allows(r, "reject") ? <TextField label="Reason for rejecting" value={rejectReason} onChange={setRejectReason} /> : null}
                <div className="form-actions">
                  {allows(r, "reject") ? (
                    <button
                      type="button"
                      className="btn btn-danger"
                      disabled={!rejectReason.trim()}
                      aria-describedby={rejectReason.trim() ? undefined : "reject-why"}
                      onClick={() =>
                        void ask({ title: "Reject this request?", body: "The request ends for good.", confirmLabel: "Reject", tone: "danger" }).then((ok) => ok && reject.mutate(undefined))
                      }
                      data-testid="reject-request"
                    >
                      Reject
                    </button>
                  ) : null}
                  {allows(r, "cancel") ? (
                    <button type="button" className="btn btn-ghost" onClick={() =>
                        void ask({ title: "Cancel this request?", body: "The request ends for good.", confirmLabel: "Cancel the request", tone: "danger" }).then((ok) => ok && cancel.mutate(undefined))
                      }
                      data-testid="cancel-request"
                    >
                      Cancel request
                    </button>
                  ) : null}
                </div>
                {!allows(r, "reject") || rejectReason.trim() ? null : (
                  <p className="hint" id="reject-why">
                    To reject, write the reason first: the requester is told why.
                  </p>
                )}
                <ProblemAlert error={confirm.error ?? reject.error ?? cancel.error} />
              </Card>
            ) : null}
          </div>
          {allows(r, "propose_pairing") ? (
            <>
              <Suggestions request={r} picked={picked?.mentor_id ?? null} onPick={setPicked} />
              {picked ? <ProposeForm key={picked.mentor_id} request={r} mentor={picked} /> : null}
            </>
          ) : null}
        </>
      )}
    </QueryState>
  );
}
