// The self-service home of a mentor or mentee: their pairings and what is waiting for them.
import { Link } from "react-router";
import type { Pairing } from "../api/types";
import { useMe } from "../auth/useMe";
import { SlaBadge } from "../grievances/GrievancesPage";
import { useGrievances } from "../grievances/hooks";
import { sideOf, usePairings } from "../pairings/hooks";
import { formatDate, label } from "../lib/format";
import { Badge, StatusBadge } from "../ui/Badge";
import { Card, PageHeader } from "../ui/Page";
import { EmptyState, QueryState } from "../ui/States";

function todo(p: Pairing, employeeId: number | null): string | null {
  const acknowledged = p.acknowledgements.some((a) => a.employee_id === employeeId);
  if ((p.status === "proposed" || p.status === "approved") && !acknowledged) return "Please read and acknowledge the agreement";
  if (p.status === "proposed" || p.status === "approved") return "Waiting for approvals and training before the start";
  if (p.status === "active") return sideOf(p, employeeId) === "mentor" ? "Log your sessions and fill your review forms" : "Confirm sessions and fill your review forms";
  return null;
}

export function MyPairingPage() {
  const me = useMe();
  const pairings = usePairings();
  const grievances = useGrievances();
  return (
    <>
      <PageHeader title="My mentoring" subtitle="Your agreements, sessions and review forms." />
      <QueryState query={pairings} loadingLabel="Loading your pairings…">
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title="You are not in a mentoring pairing yet">Your team leader and HR set one up after your performance discussion.</EmptyState>
          ) : (
            <div className="grid grid-2">
              {rows.map((p) => {
                const side = sideOf(p, me.employee_id);
                const next = todo(p, me.employee_id);
                return (
                  <Card key={p.id} title={side === "mentor" ? "You are the mentor" : "You are the mentee"} testId={`my-pairing-${p.id}`} actions={<StatusBadge status={p.status} />}>
                    <p>
                      Meets {p.meeting_cadence} from {formatDate(p.start_date)}
                      {p.evaluation_due_date ? `, evaluation due ${formatDate(p.evaluation_due_date)}` : ""}.
                    </p>
                    <ul className="goals">
                      {p.goals.map((g) => (
                        <li key={g}>{g}</li>
                      ))}
                    </ul>
                    {next ? <p className="alert alert-info">{next}</p> : null}
                    <Link className="btn btn-primary" to={`/pairings/${p.id}`} data-testid={`open-pairing-${p.id}`}>
                      Open the agreement
                    </Link>
                  </Card>
                );
              })}
            </div>
          )
        }
      </QueryState>
      {grievances.data && grievances.data.length > 0 ? (
        <Card title="What you raised with HR" testId="my-grievances">
          <ul className="plain-list">
            {grievances.data.map((g) => (
              <li key={g.id}>
                <Link to={`/grievances/${g.id}`}>{`${label(g.kind)} of ${formatDate(g.raised_on)}`}</Link> <StatusBadge status={g.status} /> <SlaBadge grievance={g} />
                {g.resolution ? <Badge tone="neutral">{`Outcome: ${g.resolution}`}</Badge> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
