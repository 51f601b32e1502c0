import { useState } from "react";
import { Link, useParams } from "react-router";
import { api, call } from "../api/client";
import { reasonText } from "../api/reasons";
import { isHr, useMe } from "../auth/useMe";
import { formatDate, formatDateTime, label } from "../lib/format";
import { useAction } from "../lib/useAction";
import { notificationKeys } from "../notifications/hooks";
import { Badge, StatusBadge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { Card, DefinitionList, PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { QueryState, Spinner } from "../ui/States";
import { useDepartmentNames } from "./directory";
import { peopleKeys, useDevelopmentRecords, useEmployee, useEmployeeName, useMentorEligibility, useMentorProfile, usePerformanceReviews, usePersonnelFile } from "./hooks";

/** A team leader or HR asks someone to opt in as a mentor (a notification to that person). */
function InviteToMentor({ employeeId, available, active }: { employeeId: number; available: boolean; active: boolean }) {
  const [sent, setSent] = useState(false);
  const invite = useAction(
    () => call(api.POST("/api/v1/employees/{employee_id}/mentor-invitation", { params: { path: { employee_id: employeeId } }, body: {} })),
    { invalidate: [notificationKeys.root], onSuccess: () => setSent(true) },
  );
  const why = !active ? "They have left the organisation." : available ? "They already offer to mentor." : sent ? "Invitation sent: they are notified." : null;
  return (
    <div className="subsection">
      <button type="button" className="btn btn-secondary btn-sm" disabled={why !== null || invite.isPending} aria-describedby={why ? `invite-why-${employeeId}` : undefined} onClick={() => invite.mutate(undefined)} data-testid="invite-mentor">
        Invite to be a mentor
      </button>
      {why ? (
        <p className="hint" id={`invite-why-${employeeId}`} data-testid="invite-mentor-why">
          {why}
        </p>
      ) : (
        <p className="hint">Sends them a notification asking them to opt in on their mentor profile.</p>
      )}
      <ProblemAlert error={invite.error} />
    </div>
  );
}

function MentorCard({ employeeId, canEdit, canInvite, active }: { employeeId: number; canEdit: boolean; canInvite: boolean; active: boolean }) {
  const profile = useMentorProfile(employeeId);
  const eligibility = useMentorEligibility(employeeId);
  const toggle = useAction(
    (available: boolean) =>
      call(
        api.PUT("/api/v1/employees/{employee_id}/mentor-profile", {
          params: { path: { employee_id: employeeId } },
          body: { available, capacity: profile.data?.capacity ?? null, bio: profile.data?.bio ?? null, skills_offered: profile.data?.skills_offered ?? [] },
        }),
      ),
    {
      invalidate: [peopleKeys.mentorProfile(employeeId), peopleKeys.eligibility(employeeId)],
      success: (_, available) => (available ? "Available as a mentor." : "No longer available as a mentor."),
    },
  );
  return (
    <Card title="As a mentor" testId="mentor-card">
      {profile.isPending || eligibility.isPending ? (
        <Spinner />
      ) : (
        <>
          <DefinitionList
            items={[
              ["Opted in", profile.data?.available ? <Badge tone="ok">Available</Badge> : <Badge>Not available</Badge>],
              ["Capacity", profile.data?.capacity ?? "programme default"],
              ["Skills offered", profile.data?.skills_offered.length ? profile.data.skills_offered.join(", ") : "—"],
              ["Bio", profile.data?.bio ?? "—"],
            ]}
          />
          {eligibility.data ? (
            <div className="eligibility" data-testid="eligibility">
              {eligibility.data.eligible ? (
                <p>
                  <Badge tone="ok">Eligible to mentor</Badge> {eligibility.data.active_mentees} of {eligibility.data.capacity} places taken
                </p>
              ) : (
                <>
                  <p>
                    <Badge tone="warning">Not eligible to mentor</Badge>
                  </p>
                  <ul className="reasons" data-testid="eligibility-reasons">
                    {eligibility.data.reasons.map((r) => (
                      <li key={r}>{reasonText(r)}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ) : null}
          {canEdit ? (
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => toggle.mutate(!profile.data?.available)} disabled={toggle.isPending} data-testid="toggle-available">
              {profile.data?.available ? "Mark as not available" : "Mark as available to mentor"}
            </button>
          ) : null}
          <ProblemAlert error={toggle.error} />
          {canInvite ? <InviteToMentor employeeId={employeeId} available={profile.data?.available ?? false} active={active} /> : null}
        </>
      )}
    </Card>
  );
}

function TeamLeaderName({ id }: { id: number }) {
  return <>{useEmployeeName(id)}</>;
}

export function PersonPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const departments = useDepartmentNames();
  const person = useEmployee(id);
  const reviews = usePerformanceReviews(id, { retry: false });
  const file = usePersonnelFile(id);
  const development = useDevelopmentRecords(id);
  return (
    <QueryState query={person} loadingLabel="Loading the profile…">
      {(e) => (
        <>
          <PageHeader
            title={e.full_name}
            subtitle={`${e.job_title ?? "—"} · ${departments.name(e.department_id)} · level ${e.level}`}
            actions={
              me.role === "team_leader" && e.team_leader_id === me.employee_id ? (
                <Link className="btn btn-primary" to={`/requests/new?mentee=${e.id}`} data-testid="raise-request">
                  Raise a mentoring request
                </Link>
              ) : null
            }
          />
          <div className="grid grid-2">
            <Card title="Profile" testId="profile-card">
              <DefinitionList
                items={[
                  ["Email", e.email],
                  ["Employee number", e.employee_number ?? "—"],
                  ["Team leader", e.team_leader_id ? <Link to={`/people/${e.team_leader_id}`}><TeamLeaderName id={e.team_leader_id} /></Link> : "—"],
                  ["Managerial cadre", e.is_managerial ? "Yes" : "No"],
                  ["Hired", formatDate(e.hire_date)],
                  ["Status", <StatusBadge key="s" status={e.status} />],
                ]}
              />
              <h3>Skills</h3>
              {e.skills.length === 0 ? (
                <p className="muted">No skills recorded.</p>
              ) : (
                <ul className="skills" data-testid="skills">
                  {e.skills.map((s) => (
                    <li key={s.skill}>
                      <span>{s.skill}</span>
                      <span className="skill-level" aria-label={`level ${s.level} of 5`}>
                        {"●".repeat(s.level)}
                        <span className="dim">{"●".repeat(5 - s.level)}</span>
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <MentorCard
              employeeId={e.id}
              canEdit={isHr(me) || me.employee_id === e.id}
              canInvite={(isHr(me) || me.role === "team_leader") && me.employee_id !== e.id}
              active={e.status === "active"}
            />
          </div>
          <Card title="Performance reviews" testId="performance-reviews">
            {reviews.error ? (
              <p className="muted">You may not see this person's performance reviews.</p>
            ) : (
              <QueryState query={reviews}>
                {(page) => (
                  <DataTable
                    rows={page.items}
                    rowKey={(r) => r.id}
                    caption="Performance reviews"
                    filterable={false}
                    initialSort={{ key: "period", direction: "desc" }}
                    emptyTitle="No performance reviews"
                    columns={[
                      { key: "period", header: "Period", sortValue: (r) => r.period_end, render: (r) => `${formatDate(r.period_start)} – ${formatDate(r.period_end)}` },
                      { key: "rating", header: "Rating", sortValue: (r) => r.rating, align: "end", render: (r) => `${r.rating} / 5` },
                      { key: "areas", header: "Improvement areas", render: (r) => (r.improvement_areas.length ? r.improvement_areas.join(", ") : "—") },
                      { key: "summary", header: "Summary", render: (r) => r.summary ?? "—" },
                    ]}
                  />
                )}
              </QueryState>
            )}
          </Card>
          <div className="grid grid-2">
            <Card title="Personnel file" testId="personnel-file">
              {file.error ? (
                <p className="muted">You may not see this personnel file.</p>
              ) : (
                <QueryState query={file}>
                  {(page) => (
                    <DataTable
                      rows={page.items}
                      rowKey={(f) => f.id}
                      caption="Personnel file"
                      filterable={page.items.length > 8}
                      initialSort={{ key: "filed", direction: "desc" }}
                      emptyTitle="Nothing filed yet"
                      columns={[
                        { key: "filed", header: "Filed", sortValue: (f) => f.filed_at, render: (f) => formatDateTime(f.filed_at) },
                        { key: "type", header: "Document", sortValue: (f) => f.document_type, render: (f) => label(f.document_type) },
                        { key: "title", header: "Title", sortValue: (f) => f.title, render: (f) => f.title },
                      ]}
                    />
                  )}
                </QueryState>
              )}
            </Card>
            <Card title="KRA and career development" testId="development">
              {development.error ? (
                <p className="muted">You may not see these records.</p>
              ) : (
                <QueryState query={development}>
                  {(page) => (
                    <DataTable
                      rows={page.items}
                      rowKey={(d) => d.id}
                      caption="Development records"
                      filterable={false}
                      emptyTitle="No development records"
                      columns={[
                        { key: "kind", header: "Kind", render: (d) => (d.kind === "kra" ? "KRA: peer mentoring" : "Career development") },
                        { key: "title", header: "Title", render: (d) => d.title },
                        { key: "period", header: "Period", render: (d) => `${formatDate(d.period_start)} – ${formatDate(d.period_end)}` },
                        { key: "rating", header: "Rating", render: (d) => (d.rating ? `${d.rating} / 5` : "—") },
                      ]}
                    />
                  )}
                </QueryState>
              )}
            </Card>
          </div>
        </>
      )}
    </QueryState>
  );
}
