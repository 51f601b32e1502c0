import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { allPages, api } from "../api/client";
import { FilterBar, filterParams, useListFilters } from "../oversight/FilterBar";
import { useDirectory } from "../people/directory";
import { formatDate, label } from "../lib/format";
import { Badge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { Card, PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";

export function EvaluationsPage() {
  const dir = useDirectory();
  const due = useQuery({
    queryKey: ["evaluations", "due"],
    queryFn: () => allPages((cursor) => api.GET("/api/v1/evaluations/due", { params: { query: { limit: 200, cursor } } })),
  });
  const filters = useListFilters([]);
  const { date_from, date_to } = filterParams(filters);
  const done = useQuery({
    queryKey: ["evaluations", "all", date_from, date_to],
    queryFn: () => allPages((cursor) => api.GET("/api/v1/evaluations", { params: { query: { limit: 200, cursor, date_from, date_to } } })),
  });
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
                { key: "mentee", header: "Mentee", sortValue: (r) => dir.name(r.mentee_id), render: (r) => <Link to={`/pairings/${r.pairing_id}`}>{dir.name(r.mentee_id)}</Link> },
                { key: "mentor", header: "Mentor", sortValue: (r) => dir.name(r.mentor_id), render: (r) => dir.name(r.mentor_id) },
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
                { key: "pairing", header: "Pairing", sortValue: (r) => r.pairing_id, render: (r) => <Link to={`/pairings/${r.pairing_id}`}>{`Pairing #${r.pairing_id}`}</Link> },
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
