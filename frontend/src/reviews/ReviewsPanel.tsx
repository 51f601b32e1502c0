import { useState } from "react";
import type { Pairing, Review } from "../api/types";
import type { Side } from "../pairings/hooks";
import { formatDate } from "../lib/format";
import { Badge, StatusBadge } from "../ui/Badge";
import { DataTable } from "../ui/DataTable";
import { Card } from "../ui/Page";
import { QueryState } from "../ui/States";
import { FollowUpEditor, ReviewFormEditor } from "./ReviewForms";
import { usePairingReviews } from "./hooks";

function FormCell({ form }: { form: Review["mentor_form"] }) {
  if (!form) return <span className="muted">—</span>;
  return (
    <span className="form-cell">
      <span>Progress {form.progress}/5 · relationship {form.relationship_health}/5</span>
      {form.concern ? <Badge tone="danger">Concern</Badge> : null}
      {form.comments ? <span className="muted small">“{form.comments}”</span> : null}
    </span>
  );
}

export function ReviewsPanel({ pairing, side, isHr }: { pairing: Pairing; side: Side; isHr: boolean }) {
  const [editing, setEditing] = useState<{ review: Review; kind: "form" | "follow-up" } | null>(null);
  const reviews = usePairingReviews(pairing.id);
  return (
    <Card title="Periodic reviews" testId="reviews">
      <QueryState query={reviews} loadingLabel="Loading reviews…">
        {(page) => (
          <DataTable<Review>
            rows={page.items}
            rowKey={(r) => r.id}
            caption="Periodic reviews"
            filterable={false}
            initialSort={{ key: "seq", direction: "asc" }}
            emptyTitle="No reviews scheduled"
            emptyBody="Reviews are scheduled when the pairing becomes active."
            rowTestId={(r) => `review-row-${r.sequence}`}
            columns={[
              { key: "seq", header: "#", sortValue: (r) => r.sequence, render: (r) => r.sequence },
              { key: "due", header: "Due", sortValue: (r) => r.due_date, render: (r) => formatDate(r.due_date) },
              { key: "status", header: "Status", sortValue: (r) => r.status, render: (r) => <StatusBadge status={r.status} /> },
              { key: "mentor", header: "Mentor's form", render: (r) => <FormCell form={r.mentor_form} /> },
              { key: "mentee", header: "Mentee's form", render: (r) => <FormCell form={r.mentee_form} /> },
              {
                key: "follow",
                header: "HR follow-up",
                render: (r) => (r.hr_follow_up ? <span className="small">{r.hr_follow_up.notes}</span> : <span className="muted">—</span>),
              },
              {
                key: "act",
                header: "",
                render: (r) => {
                  if (r.status === "cancelled") return null;
                  const mine = side === "mentor" ? r.mentor_form : side === "mentee" ? r.mentee_form : null;
                  const nextOpen = page.items
                    .filter((x) => x.status !== "cancelled" && !(side === "mentor" ? x.mentor_form : x.mentee_form))
                    .reduce<number | null>((min, x) => (min === null || x.sequence < min ? x.sequence : min), null);
                  if (side && pairing.status === "active" && (mine || r.sequence === nextOpen)) {
                    return (
                      <button type="button" className="btn btn-secondary btn-sm" onClick={() => setEditing({ review: r, kind: "form" })} data-testid={`fill-review-${r.sequence}`}>
                        {mine ? "Edit my form" : "Fill my form"}
                      </button>
                    );
                  }
                  if (isHr && (r.status !== "scheduled" || r.mentor_form || r.mentee_form || r.hr_follow_up)) {
                    return (
                      <button type="button" className="btn btn-secondary btn-sm" onClick={() => setEditing({ review: r, kind: "follow-up" })} data-testid={`follow-up-${r.sequence}`}>
                        Follow up
                      </button>
                    );
                  }
                  return null;
                },
              },
            ]}
          />
        )}
      </QueryState>
      {editing && editing.kind === "form" && side ? (
        <ReviewFormEditor key={editing.review.id} review={editing.review} side={side} onDone={() => setEditing(null)} />
      ) : null}
      {editing && editing.kind === "follow-up" ? <FollowUpEditor key={editing.review.id} review={editing.review} onDone={() => setEditing(null)} /> : null}
    </Card>
  );
}
