import { Link } from "react-router";
import type { Employee } from "../api/types";
import { isLeader, useMe } from "../auth/useMe";
import { formatDate } from "../lib/format";
import { StatusBadge } from "../ui/Badge";
import { DataTable, type Column } from "../ui/DataTable";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { useDepartments, useDirectory, useEmployees } from "./directory";

export function PeopleListPage({ mine = false }: { mine?: boolean }) {
  const me = useMe();
  const employees = useEmployees();
  useDepartments();
  const dir = useDirectory();
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
    { key: "dept", header: "Department", sortValue: (e) => dir.department(e.department_id), render: (e) => dir.department(e.department_id) },
    { key: "level", header: "Level", sortValue: (e) => e.level, render: (e) => e.level },
    { key: "managerial", header: "Managerial", sortValue: (e) => e.is_managerial, filterText: () => "", render: (e) => (e.is_managerial ? "Yes" : "No") },
    { key: "leader", header: "Team leader", sortValue: (e) => dir.name(e.team_leader_id, ""), render: (e) => (e.team_leader_id ? dir.name(e.team_leader_id) : "—") },
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
      <QueryState query={employees} loadingLabel="Loading people…">
        {(all) => {
          const rows = mine ? all.filter((e) => e.team_leader_id === me.employee_id) : all;
          return (
            <DataTable
              rows={rows}
              columns={columns}
              rowKey={(e) => e.id}
              caption={mine ? "The people you lead" : "People"}
              initialSort={{ key: "name", direction: "asc" }}
              testId="people-table"
              rowTestId={(e) => `person-row-${e.id}`}
              emptyTitle={mine ? "Nobody reports to you in PeerMentor yet" : "No people yet"}
              emptyBody={mine ? "People appear here once the HRIS names you as their team leader." : "The HRIS sync creates people."}
            />
          );
        }}
      </QueryState>
    </>
  );
}
