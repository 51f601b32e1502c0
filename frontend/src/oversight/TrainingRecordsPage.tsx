// Every training record HR (or a team leader) may see: role training and peer sessions,
// filtered by kind, the trainee's department and the date, all in the address.
import { Link, useSearchParams } from "react-router";
import type { TrainingRecord } from "../api/types";
import { formatDate, label } from "../lib/format";
import { personName } from "../people/names";
import { useTrainingRecords } from "../training/hooks";
import { Badge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { SelectField } from "../ui/Field";
import { PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { FilterBar, filterParams, useListFilters } from "./FilterBar";

const KINDS = ["role_training", "peer_session"] as const;
type Kind = (typeof KINDS)[number];

export function TrainingRecordsPage() {
  const [search, setSearch] = useSearchParams();
  const { department_id, date_from, date_to } = filterParams(useListFilters());
  const raw = search.get("kind");
  const kind = KINDS.find((k) => k === raw) as Kind | undefined;
  const records = useTrainingRecords({ kind, department_id, date_from, date_to });
  return (
    <>
      <PageHeader title="Training records" subtitle="Role training of mentors and mentees, and the peer sessions of active pairings." />
      <FilterBar dateLabel="Date" testId="training-filters">
        <SelectField
          label="Kind"
          value={kind ?? ""}
          onChange={(v) => {
            const next = new URLSearchParams(search);
            if (v) next.set("kind", v);
            else next.delete("kind");
            setSearch(next, { replace: true });
          }}
          options={[{ value: "", label: "Any kind" }, ...KINDS.map((k) => ({ value: k, label: label(k) }))]}
          testId="training-kind"
        />
      </FilterBar>
      <QueryState query={records} loadingLabel="Loading training records…">
        {(rows) => (
          <DataTable<TrainingRecord>
            rows={rows}
            rowKey={(r) => r.id}
            caption="Training records"
            testId="training-table"
            initialSort={{ key: "date", direction: "desc" }}
            emptyTitle="No training records match"
            columns={[
              { key: "date", header: "Date", sortValue: (r) => r.date, render: (r) => formatDate(r.date) },
              { key: "who", header: "Trainee", sortValue: (r) => personName(r.employee), render: (r) => personName(r.employee) },
              { key: "trainer", header: "Trainer", sortValue: (r) => personName(r.trainer), render: (r) => personName(r.trainer) },
              { key: "kind", header: "Kind", sortValue: (r) => r.kind, render: (r) => (r.kind === "role_training" ? `Role training (${r.role ?? "—"})` : "Peer session") },
              { key: "title", header: "Title", sortValue: (r) => r.title, render: (r) => (r.pairing_id ? <Link to={`/pairings/${r.pairing_id}`}>{r.title}</Link> : r.title) },
              { key: "minutes", header: "Minutes", align: "end", sortValue: (r) => r.duration_minutes, render: (r) => r.duration_minutes },
              {
                key: "confirmed",
                header: "Confirmed",
                sortValue: (r) => (r.confirmed_at ? 1 : 0),
                render: (r) => (r.kind === "peer_session" ? r.confirmed_at ? <Badge tone="ok">Confirmed</Badge> : <Badge tone="neutral">Awaiting the mentee</Badge> : "—"),
              },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}
