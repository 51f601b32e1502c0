// HR's follow-up list: every periodic review, overdue first.
import { useState } from "react";
import { Link } from "react-router";
import { allows } from "../lib/actions";
import type { Review } from "../api/types";
import { FilterBar, useListFilters } from "../oversight/FilterBar";
import { pairingName } from "../people/names";
import { formatDate } from "../lib/format";
import { Badge, StatusBadge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { Card, PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";
import { FollowUpEditor } from "./ReviewForms";
import { useReviews } from "./hooks";

const URGENCY: Record<string, number> = { overdue: 0, scheduled: 1, submitted: 2, cancelled: 3 };

function FormBadge({ who, done, late }: { who: string; done: boolean; late: boolean }) {
  if (done) return <Badge tone="ok">{`${who} ✓`}</Badge>;
  return late ? <Badge tone="warning">{`${who} missing`}</Badge> : <Badge tone="neutral">{`${who} to come`}</Badge>;
}

const STATUSES = ["overdue", "scheduled", "submitted", "cancelled"];

export function ReviewsPage() {
  const filters = useListFilters(STATUSES);
  const [editing, setEditing] = useState<Review | null>(null);
  const reviews = useReviews(filters);
  return (
    <>
      <PageHeader title="Periodic reviews" subtitle="Overdue reviews first: chase the missing forms and note HR's follow-up." />
      <FilterBar statuses={STATUSES} dateLabel="Due" testId="reviews-filters" />
      <QueryState query={reviews} loadingLabel="Loading reviews…">
        {(rows) => (
          <DataTable<Review>
            rows={rows}
            rowKey={(r) => r.id}
            caption="Periodic reviews"
            testId="reviews-table"
            rowTestId={(r) => `review-${r.id}`}
            initialSort={{ key: "status", direction: "asc" }}
            emptyTitle="No reviews"
            emptyBody="Reviews are scheduled monthly once a pairing is active."
            columns={[
              {
                key: "pairing",
                header: "Pairing",
                sortValue: (r) => pairingName(r),
                render: (r) => <Link to={`/pairings/${r.pairing_id}`}>{pairingName(r)}</Link>,
              },
              { key: "seq", header: "#", sortValue: (r) => r.sequence, align: "end", render: (r) => r.sequence },
              { key: "due", header: "Due", sortValue: (r) => r.due_date, render: (r) => formatDate(r.due_date) },
              {
                key: "status",
                header: "Status",
                sortValue: (r) => `${URGENCY[r.status] ?? 9}-${r.due_date}`,
                filterText: (r) => r.status,
                render: (r) => <StatusBadge status={r.status} />,
              },
              {
                key: "forms",
                header: "Forms",
                render: (r) => (
                  <span className="badges">
                    <FormBadge who="Mentor" done={Boolean(r.mentor_form)} late={r.status === "overdue"} />
                    <FormBadge who="Mentee" done={Boolean(r.mentee_form)} late={r.status === "overdue"} />
                    {r.mentor_form?.concern || r.mentee_form?.concern ? <Badge tone="danger">Concern</Badge> : null}
                  </span>
                ),
              },
              { key: "follow", header: "Follow-up", render: (r) => (r.hr_follow_up ? r.hr_follow_up.notes : <span className="muted">—</span>) },
              {
                key: "act",
                header: "",
                render: (r) =>
                  !allows(r, "follow_up") ? null : (
                    <button type="button" className="btn btn-secondary btn-sm" onClick={() => setEditing(r)} data-testid={`follow-up-${r.id}`}>
                      Follow up
                    </button>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
      {editing ? (
        <Card>
          <FollowUpEditor key={editing.id} review={editing} onDone={() => setEditing(null)} />
        </Card>
      ) : null}
    </>
  );
}
