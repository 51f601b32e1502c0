import { useState } from "react";
import { Link } from "react-router";
import type { Employee } from "../api/types";
import { isLeader, useMe } from "../auth/useMe";
import { formatDate } from "../lib/format";
import { StatusBadge } from "../ui/Badge";
import { DataTable, type Column } from "../ui/DataTable";
import { TextField } from "../ui/Field";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { useDepartmentNames } from "./directory";
import { useEmployeeName, useEmployeePages } from "./hooks";
import { useDebounced } from "./PersonSearch";

function LeaderName({ id }: { id: number | null }) {
  const name = useEmployeeName(id);
  return id ? <Link to={`/people/${id}`}>{name}</Link> : <>—</>;
}

export function PeopleListPage({ mine = false }: { mine?: boolean }) {
  const me = useMe();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim());
  // The API searches and pages: the SPA never downloads the whole organisation.
  const employees = useEmployeePages({ q: q.length >= 2 ? q : "", teamLeaderId: mine ? me.employee_id : null });
  const departments = useDepartmentNames();
  const columns: Column<Employee>[] = [
    {
      key: "name",
      header: "Name",
      sortValue: (e) => e.full_name,
      filterText: (e) => `${e.full_name} ${e.email}`,
      render: (e) => (
        <Link to={`/people/${e.id}`} data-testid={`person-link-${e.id}`}>
          {e.full_name}
        </Link>
      ),
    },
    { key: "title", header: "Job title", sortValue: (e) => e.job_title, render: (e) => e.job_title ?? "—" },
    { key: "dept", header: "Department", sortValue: (e) => departments.name(e.department_id), render: (e) => departments.name(e.department_id) },
    { key: "level", header: "Level", sortValue: (e) => e.level, render: (e) => e.level },
    { key: "managerial", header: "Managerial", sortValue: (e) => e.is_managerial, filterText: () => "", render: (e) => (e.is_managerial ? "Yes" : "No") },
    ...(mine ? [] : [{ key: "leader", header: "Team leader", render: (e: Employee) => <LeaderName id={e.team_leader_id} /> }]),
    { key: "hired", header: "Hired", sortValue: (e) => e.hire_date, render: (e) => formatDate(e.hire_date) },
    { key: "status", header: "Status", sortValue: (e) => e.status, render: (e) => <StatusBadge status={e.status} /> },
  ];
  if (mine && isLeader(me)) {
    columns.push({
      key: "act",
      header: "Action",
      render: (e) => (
        <Link className="btn btn-secondary btn-sm" to={`/requests/new?mentee=${e.id}`} data-testid={`raise-request-${e.id}`}>
          Raise request
        </Link>
      ),
    });
  }
  return (
    <>
      <PageHeader
        title={mine ? "My people" : "People"}
        subtitle={mine ? "The people you lead. Raise a mentoring request after their performance discussion." : "Everyone the HRIS knows, with their skills, reviews and records."}
      />
      <TextField label="Find people" type="search" value={text} onChange={setText} hint="Name or e-mail, at least 2 letters." testId="people-search" />
      <QueryState query={employees} loadingLabel="Loading people…">
        {(pages) => {
          const rows = pages.pages.flatMap((p) => p.items);
          return (
            <>
              <DataTable
                rows={rows}
                columns={columns}
                rowKey={(e) => e.id}
                caption={mine ? "The people you lead" : "People"}
                initialSort={{ key: "name", direction: "asc" }}
                filterable={false}
                testId="people-table"
                rowTestId={(e) => `person-row-${e.id}`}
                emptyTitle={q ? `Nobody matches “${q}”` : mine ? "Nobody reports to you in PeerMentor yet" : "No people yet"}
                emptyBody={q ? "Try part of the name or the e-mail." : mine ? "People appear here once the HRIS names you as their team leader." : "The HRIS sync creates people."}
              />
              {employees.hasNextPage ? (
                <button type="button" className="btn btn-secondary" onClick={() => void employees.fetchNextPage()} disabled={employees.isFetchingNextPage} data-testid="people-more">
                  {employees.isFetchingNextPage ? "Loading…" : "Show more people"}
                </button>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
