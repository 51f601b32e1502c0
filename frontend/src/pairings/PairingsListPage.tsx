import { Link } from "react-router";
import type { Pairing } from "../api/types";
import { useDirectory } from "../people/directory";
import { formatDate } from "../lib/format";
import { StatusBadge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { usePairings } from "./hooks";

const ORDER: Record<string, number> = { proposed: 0, approved: 1, active: 2, completed: 3, withdrawn: 4, terminated: 5, rejected: 6 };

export function PairingsListPage() {
  const pairings = usePairings();
  const dir = useDirectory();
  return (
    <>
      <PageHeader title="Pairings" subtitle="Every mentoring agreement, from proposal to evaluation." />
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
