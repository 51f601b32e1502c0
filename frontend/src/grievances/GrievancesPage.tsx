// HR's queue: open grievances and withdrawals by due date, with the SLA countdown in working days.
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { allPages, api } from "../api/client";
import type { Grievance } from "../api/types";
import { FilterBar, filterParams, useListFilters } from "../oversight/FilterBar";
import { useMe } from "../auth/useMe";
import { useDirectory } from "../people/directory";
import { formatDate, label } from "../lib/format";
import { queueOrder, slaCountdown } from "../lib/sla";
import { Badge, StatusBadge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";

export function useGrievances() {
  return useQuery({
    queryKey: ["grievances"],
    queryFn: () => allPages((cursor) => api.GET("/api/v1/grievances", { params: { query: { limit: 200, cursor } } })),
  });
}

export function SlaBadge({ grievance }: { grievance: Grievance }) {
  const sla = slaCountdown(grievance);
  return (
    <Badge tone={sla.tone} testId={`sla-${grievance.id}`}>
      {sla.text}
    </Badge>
  );
}

const STATUSES = ["open", "under_review", "resolved", "dismissed"];

export function GrievancesPage() {
  const me = useMe();
  const filters = useListFilters(STATUSES);
  const grievances = useQuery({
    queryKey: ["grievances", "filtered", filters],
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/grievances", {
          params: { query: { limit: 200, cursor, ...filterParams(filters), status: filters.status as Grievance["status"] | undefined } },
        }),
      ),
  });
  const dir = useDirectory();
  return (
    <>
      <PageHeader title="Grievances and withdrawals" subtitle="Confidential. Each must be addressed within the programme's working-day deadline." />
      <FilterBar statuses={STATUSES} dateLabel="Raised" testId="grievances-filters" />
      <QueryState query={grievances} loadingLabel="Loading the queue…">
        {(rows) => (
          <DataTable<Grievance>
            rows={[...rows].sort(queueOrder)}
            rowKey={(g) => g.id}
            caption="Grievance queue"
            testId="grievances-table"
            rowTestId={(g) => `grievance-row-${g.id}`}
            initialSort={null}
            emptyTitle="No grievances"
            emptyBody="Mentors and mentees raise them from their pairing."
            columns={[
              {
                key: "raised_by",
                header: "Raised by",
                sortValue: (g) => dir.name(g.raised_by),
                render: (g) => (
                  <Link to={`/grievances/${g.id}`} data-testid={`grievance-link-${g.id}`}>
                    {me.employee_id === g.raised_by ? "You" : dir.name(g.raised_by)}
                  </Link>
                ),
              },
              { key: "kind", header: "Kind", sortValue: (g) => g.kind, render: (g) => label(g.kind) },
              { key: "raised", header: "Raised", sortValue: (g) => g.raised_on, render: (g) => formatDate(g.raised_on) },
              { key: "due", header: "Due", sortValue: (g) => g.due_date, render: (g) => formatDate(g.due_date) },
              { key: "sla", header: "Deadline", sortValue: (g) => (g.status === "resolved" || g.status === "dismissed" ? 999 : g.breached ? -1 : g.working_days_left), filterText: (g) => slaCountdown(g).text, render: (g) => <SlaBadge grievance={g} /> },
              { key: "status", header: "Status", sortValue: (g) => g.status, render: (g) => <StatusBadge status={g.status} /> },
              { key: "actions", header: "Actions logged", sortValue: (g) => g.actions.length, align: "end", render: (g) => g.actions.length },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
