import { Link } from "react-router";
import { FilterBar, filterParams, useListFilters } from "../oversight/FilterBar";
import { pairingName, personName } from "../people/names";
import { formatDate, label } from "../lib/format";
import { Badge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { Card, PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { useAllEvaluations, useEvaluationsDue } from "./hooks";

export function EvaluationsPage() {
  const due = useEvaluationsDue();
  const filters = useListFilters([]);
  const { date_from, date_to } = filterParams(filters);
  const done = useAllEvaluations({ date_from, date_to });
  return (
    <>
      <PageHeader title="Evaluations" subtitle="The evaluation of effectiveness at the end of each pairing's period." />
      <Card title="Due now" testId="evaluations-due">
        <QueryState query={due}>
          {(rows) => (
            <DataTable
              rows={rows}
              rowKey={(r) => r.pairing_id}
              caption="Evaluations due"
              initialSort={{ key: "due", direction: "asc" }}
              emptyTitle="No evaluation is due"
              columns={[
                { key: "mentee", header: "Mentee", sortValue: (r) => personName(r.mentee), render: (r) => <Link to={`/pairings/${r.pairing_id}`}>{personName(r.mentee)}</Link> },
                { key: "mentor", header: "Mentor", sortValue: (r) => personName(r.mentor), render: (r) => personName(r.mentor) },
                { key: "due", header: "Due", sortValue: (r) => r.evaluation_due_date, render: (r) => formatDate(r.evaluation_due_date) },
                {
                  key: "late",
                  header: "Overdue by",
                  sortValue: (r) => r.days_overdue,
                  align: "end",
                  render: (r) => (r.days_overdue > 0 ? <Badge tone="danger">{`${r.days_overdue} days`}</Badge> : <Badge tone="info">Due today</Badge>),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <Card title="Completed evaluations" testId="evaluations-done">
        <FilterBar dateLabel="Evaluated" department={false} testId="evaluations-filters" />
        <QueryState query={done}>
          {(rows) => (
            <DataTable
              rows={rows}
              rowKey={(r) => r.id}
              caption="Completed evaluations"
              initialSort={{ key: "on", direction: "desc" }}
              emptyTitle="No evaluations yet"
              columns={[
                { key: "pairing", header: "Pairing", sortValue: (r) => pairingName(r), render: (r) => <Link to={`/pairings/${r.pairing_id}`}>{pairingName(r)}</Link> },
                { key: "on", header: "Evaluated", sortValue: (r) => r.evaluated_on, render: (r) => formatDate(r.evaluated_on) },
                { key: "eff", header: "Effectiveness", sortValue: (r) => r.effectiveness, align: "end", render: (r) => `${r.effectiveness} / 5` },
                { key: "goals", header: "Goals met", sortValue: (r) => r.goals.filter((g) => g.met).length, render: (r) => `${r.goals.filter((g) => g.met).length} of ${r.goals.length}` },
                { key: "outcome", header: "Outcome", sortValue: (r) => r.outcome, render: (r) => <Badge tone={r.outcome === "complete" ? "ok" : "info"}>{label(r.outcome)}</Badge> },
              ]}
            />
          )}
        </QueryState>
      </Card>
    </>
  );
}
