import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { allPages, api } from "../api/client";
import type { MentoringRequest } from "../api/types";
import { FilterBar, filterParams, useListFilters } from "../oversight/FilterBar";
import { isLeader, useMe } from "../auth/useMe";
import { useDirectory } from "../people/directory";
import { formatDate } from "../lib/format";
import { StatusBadge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";

const PENDING_FIRST: Record<string, number> = { awaiting_supervisor: 0, open: 1, matched: 2, rejected: 3, cancelled: 4 };
const STATUSES = Object.keys(PENDING_FIRST);

export function useRequests() {
  return useQuery({
    queryKey: ["requests"],
    queryFn: () => allPages((cursor) => api.GET("/api/v1/mentoring-requests", { params: { query: { limit: 200, cursor } } })),
  });
}

export function RequestsListPage() {
  const me = useMe();
  const filters = useListFilters(STATUSES);
  const requests = useQuery({
    queryKey: ["requests", "filtered", filters],
    queryFn: () =>
      allPages((cursor) =>
        api.GET("/api/v1/mentoring-requests", {
          params: { query: { limit: 200, cursor, ...filterParams(filters), status: filters.status as MentoringRequest["status"] | undefined } },
        }),
      ),
  });
  const dir = useDirectory();
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
                sortValue: (r) => dir.name(r.mentee_id),
                render: (r) => (
                  <Link to={`/requests/${r.id}`} data-testid={`request-link-${r.id}`}>
                    {dir.name(r.mentee_id)}
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
