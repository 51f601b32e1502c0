import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import type { Pairing } from "../api/types";
import { useMe } from "../auth/useMe";
import { EvaluationForm, EvaluationSummary } from "../evaluations/EvaluationPanel";
import { useEvaluations } from "../evaluations/hooks";
import { RaiseGrievance } from "../grievances/RaiseGrievance";
import { formatDate, formatDateTime } from "../lib/format";
import { personName, type PersonSummary } from "../people/names";
import { ReviewsPanel } from "../reviews/ReviewsPanel";
import { Badge, StatusBadge } from "../ui/Badge";
import { Card, DefinitionList, PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { AgreementActions } from "./AgreementActions";
import { sideOf, usePairing, type Side } from "./hooks";
import { RecordRoleTraining, TrainingStatus } from "./RoleTrainingPanel";
import { useRoleTraining } from "../training/hooks";
import { SessionsPanel } from "./SessionsPanel";
import { useRequest } from "../requests/hooks";
import "../people/people.css";

function Check({ done, children, testId }: { done: boolean; children: ReactNode; testId: string }) {
  return (
    <li className={`check ${done ? "done" : ""}`} data-testid={testId} data-done={done}>
      <span className="check-mark" aria-hidden="true">
        {done ? "✓" : "○"}
      </span>
      <span>{children}</span>
      <span className="sr-only">{done ? "(done)" : "(not yet)"}</span>
    </li>
  );
}

function Checklist({ pairing, canRecordTraining, side }: { pairing: Pairing; canRecordTraining: boolean; side: Side }) {
  const training = useRoleTraining(pairing);
  const approvedBy = (role: string) => pairing.approvals.find((a) => a.role === role);
  const ackBy = (id: number) => pairing.acknowledgements.find((a) => a.employee_id === id);
  const tl = approvedBy("team_leader");
  const hr = approvedBy("hr_admin");
  const mentorAck = ackBy(pairing.mentor_id);
  const menteeAck = ackBy(pairing.mentee_id);
  const before = pairing.status === "proposed" || pairing.status === "approved";
  return (
    <Card title={before ? "Before it starts" : "Set-up"} testId="checklist">
      <ul className="checklist">
        <Check done={Boolean(tl)} testId="check-tl-approval">
          Team leader approval {tl ? <span className="muted">· {formatDateTime(tl.at)}</span> : null}
        </Check>
        <Check done={Boolean(hr)} testId="check-hr-approval">
          HR approval {hr ? <span className="muted">· {formatDateTime(hr.at)}</span> : null}
        </Check>
        <Check done={Boolean(mentorAck)} testId="check-mentor-ack">
          Mentor acknowledged the agreement {mentorAck ? <span className="muted">· {formatDateTime(mentorAck.at)}</span> : null}
        </Check>
        <Check done={Boolean(menteeAck)} testId="check-mentee-ack">
          Mentee acknowledged the agreement {menteeAck ? <span className="muted">· {formatDateTime(menteeAck.at)}</span> : null}
        </Check>
        {/* A participant may only read their own training records. */}
        {side !== "mentee" ? (
          <Check done={(training.data?.mentor.length ?? 0) > 0} testId="check-mentor-training">
            {side === "mentor" ? "Your mentor training" : "Mentor training"} <TrainingStatus records={training.data?.mentor} />
          </Check>
        ) : null}
        {side !== "mentor" ? (
          <Check done={(training.data?.mentee.length ?? 0) > 0} testId="check-mentee-training">
            {side === "mentee" ? "Your mentee orientation" : "Mentee orientation"} <TrainingStatus records={training.data?.mentee} />
          </Check>
        ) : null}
      </ul>
      {canRecordTraining && before ? (
        <details className="subsection" open={(training.data?.mentor.length ?? 0) === 0 || (training.data?.mentee.length ?? 0) === 0}>
          <summary>Record role training</summary>
          <RecordRoleTraining pairing={pairing} />
        </details>
      ) : null}
    </Card>
  );
}

export function PairingDetailPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const pairing = usePairing(id);
  const evaluations = useEvaluations(id);
  const requestId = pairing.data?.data.request_id;
  const request = useRequest(requestId, { enabled: requestId !== undefined && me.role !== "employee", retry: false });
  return (
    <QueryState query={pairing} loadingLabel="Loading the pairing…">
      {(versioned) => {
        const p = versioned.data;
        const side = sideOf(p, me.employee_id);
        const isHr = me.role === "hr_admin";
        const mentorName = side === "mentor" ? "You" : personName(p.mentor, "Your mentor");
        const menteeName = side === "mentee" ? "You" : personName(p.mentee, "Your mentee");
        const evaluation = evaluations.data?.items[0];
        // The mentor and mentee see each other's name, job title and work e-mail.
        const person = (pid: number, name: string, summary: PersonSummary | null | undefined) => (
          <span className="person-contact" data-testid={`person-${pid}`}>
            {me.role === "employee" ? name : <Link to={`/people/${pid}`}>{name}</Link>}
            {summary && pid !== me.employee_id ? (
              <span className="muted">
                {summary.job_title ? ` · ${summary.job_title}` : ""} · <a href={`mailto:${summary.email}`}>{summary.email}</a>
              </span>
            ) : null}
          </span>
        );
        return (
          <>
            <PageHeader
              title={side ? "My mentoring agreement" : `${menteeName} with ${mentorName}`}
              subtitle={
                <>
                  <StatusBadge status={p.status} testId="pairing-status" />{" "}
                  <span className="muted">{side ? `You are the ${side}` : "Mentoring agreement"}</span>
                </>
              }
            />
            <div className="grid grid-2">
              <Card title="The agreement" testId="agreement">
                <DefinitionList
                  items={[
                    ["Mentee", person(p.mentee_id, menteeName, p.mentee)],
                    ["Mentor", person(p.mentor_id, mentorName, p.mentor)],
                    ["Meets", p.meeting_cadence],
                    ["Starts", formatDate(p.start_date)],
                    ["Evaluation due", formatDate(p.evaluation_due_date)],
                    ...(p.end_date ? ([["Ended", formatDate(p.end_date)]] as [string, string][]) : []),
                    ...(p.status_reason ? ([["Reason", p.status_reason]] as [string, string][]) : []),
                    ...(request.data ? ([["Improvement areas", request.data.improvement_areas.join(", ")]] as [string, string][]) : []),
                  ]}
                />
                <h3>Goals</h3>
                <ol className="goals" data-testid="goals">
                  {p.goals.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ol>
              </Card>
              <div className="stack">
                <AgreementActions me={me} versioned={versioned} />
                {p.status === "proposed" || p.status === "approved" || me.role !== "employee" ? <Checklist pairing={p} canRecordTraining={isHr} side={side} /> : null}
              </div>
            </div>
            {p.status === "active" || p.status === "completed" || p.status === "withdrawn" || p.status === "terminated" ? (
              <>
                <SessionsPanel pairing={p} side={side} canLog={p.status === "active" && (side === "mentor" || isHr)} />
                <ReviewsPanel pairing={p} side={side} />
              </>
            ) : null}
            {evaluation ? <EvaluationSummary evaluation={evaluation} /> : null}
            {p.allowed_actions.includes("evaluate") && !evaluations.isPending ? (
              <EvaluationForm versioned={versioned} skills={request.data?.improvement_areas ?? []} key={`${versioned.etag}-${request.data?.id ?? 0}`} />
            ) : null}
            {side && (p.status === "approved" || p.status === "active") ? <RaiseGrievance pairing={p} /> : null}
            {p.status === "completed" && !evaluation ? (
              <p className="muted">
                <Badge>Completed</Badge> without an evaluation on record.
              </p>
            ) : null}
          </>
        );
      }}
    </QueryState>
  );
}
