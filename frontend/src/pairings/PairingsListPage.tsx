import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { allPages, api } from "../api/client";
import type { Pairing, PairingStatus } from "../api/types";
import { FilterBar, filterParams, useListFilters } from "../oversight/FilterBar";
import { useDirectory } from "../people/directory";
import { formatDate } from "../lib/format";
import { StatusBadge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";

const ORDER: Record<string, number> = { proposed: 0, approved: 1, active: 2, completed: 3, withdrawn: 4, terminated: 5, rejected: 6 };
const STATUSES = Object.keys(ORDER);

export function PairingsListPage() {
  const filters = useListFilters(STATUSES);
  const pairings = useQuery({
    queryKey: ["pairings", "filtered", filters],
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/pairings", { params: { query: { limit: 200, cursor, ...filterParams(filters), status: filters.status as PairingStatus | undefined } } }),
      ),
  });
  const dir = useDirectory();
  return (
    <>
      <PageHeader title="Pairings" subtitle="Every mentoring agreement, from proposal to evaluation." />
      <FilterBar statuses={STATUSES} dateLabel="Start" testId="pairings-filters" />
      <QueryState query={pairings} loadingLabel="Loading pairings…">
        {(rows) => (
          <DataTable<Pairing>
            rows={rows}
            rowKey={(p) => p.id}
            caption="Pairings"
            testId="pairings-table"
            rowTestId={(p) => `pairing-row-${p.id}`}
            initialSort={{ key: "status", direction: "asc" }}
            emptyTitle="No pairings yet"
            emptyBody="Pick a mentor from a request's suggestions to propose one."
            columns={[
              {
                key: "mentee",
                header: "Mentee",
                sortValue: (p) => dir.name(p.mentee_id),
                render: (p) => (
                  <Link to={`/pairings/${p.id}`} data-testid={`pairing-link-${p.id}`}>
                    {dir.name(p.mentee_id)}
                  </Link>
                ),
              },
              { key: "mentor", header: "Mentor", sortValue: (p) => dir.name(p.mentor_id), render: (p) => dir.name(p.mentor_id) },
              { key: "dept", header: "Department", sortValue: (p) => dir.department(dir.employee(p.mentee_id)?.department_id), render: (p) => dir.department(dir.employee(p.mentee_id)?.department_id) },
              { key: "status", header: "Status", sortValue: (p) => ORDER[p.status] ?? 9, filterText: (p) => p.status, render: (p) => <StatusBadge status={p.status} /> },
              { key: "start", header: "Start", sortValue: (p) => p.start_date, render: (p) => formatDate(p.start_date) },
              { key: "eval", header: "Evaluation due", sortValue: (p) => p.evaluation_due_date, render: (p) => formatDate(p.evaluation_due_date) },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
