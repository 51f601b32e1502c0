import { Link } from "react-router";
import type { MentoringRequest } from "../api/types";
import { FilterBar, useListFilters } from "../oversight/FilterBar";
import { isLeader, useMe } from "../auth/useMe";
import { personName } from "../people/names";
import { formatDate } from "../lib/format";
import { StatusBadge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { useRequests } from "./hooks";

const PENDING_FIRST: Record<string, number> = { awaiting_supervisor: 0, open: 1, matched: 2, rejected: 3, cancelled: 4 };
const STATUSES = Object.keys(PENDING_FIRST);

export function RequestsListPage() {
  const me = useMe();
  const filters = useListFilters(STATUSES);
  const requests = useRequests(filters);
  return (
    <>
      <PageHeader
        title="Mentoring requests"
        subtitle="Raised after a performance discussion; open ones wait for a mentor."
        actions={
          isLeader(me) || me.role === "hr_admin" ? (
            <Link className="btn btn-primary" to="/requests/new" data-testid="new-request">
              New request
            </Link>
          ) : null
        }
      />
      <FilterBar statuses={STATUSES} dateLabel="Discussion" testId="requests-filters" />
      <QueryState query={requests} loadingLabel="Loading requests…">
        {(rows) => (
          <DataTable<MentoringRequest>
            rows={rows}
            rowKey={(r) => r.id}
            caption="Mentoring requests"
            testId="requests-table"
            rowTestId={(r) => `request-row-${r.id}`}
            initialSort={{ key: "status", direction: "asc" }}
            emptyTitle="No mentoring requests yet"
            emptyBody="A team leader raises one after the performance discussion."
            columns={[
              {
                key: "mentee",
                header: "Mentee",
                sortValue: (r) => personName(r.mentee),
                render: (r) => (
                  <Link to={`/requests/${r.id}`} data-testid={`request-link-${r.id}`}>
                    {personName(r.mentee)}
                  </Link>
                ),
              },
              { key: "areas", header: "Improvement areas", filterText: (r) => r.improvement_areas.join(" "), render: (r) => r.improvement_areas.join(", ") || "—" },
              { key: "discussed", header: "Discussed", sortValue: (r) => r.discussion_date, render: (r) => formatDate(r.discussion_date) },
              { key: "status", header: "Status", sortValue: (r) => PENDING_FIRST[r.status] ?? 9, filterText: (r) => r.status, render: (r) => <StatusBadge status={r.status} /> },
              { key: "raised", header: "Raised", sortValue: (r) => r.created_at, render: (r) => formatDate(r.created_at) },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
