import { useState } from "react";
import type { Pairing, Review } from "../api/types";
import type { Side } from "../pairings/hooks";
import { allows, formAction } from "../lib/actions";
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

type FormSide = "mentor" | "mentee";
type Editing = { review: Review; kind: "form"; side: FormSide; onBehalf: boolean } | { review: Review; kind: "follow-up" };

/** The earliest review whose form `side` may still file now (the one to fill next). */
export function nextOpenSequence(reviews: Review[], side: FormSide): number | null {
  return reviews
    .filter((r) => allows(r, formAction(side)) && !(side === "mentor" ? r.mentor_form : r.mentee_form))
    .reduce<number | null>((min, r) => (min === null || r.sequence < min ? r.sequence : min), null);
}

export function ReviewsPanel({ pairing, side }: { pairing: Pairing; side: Side }) {
  const [editing, setEditing] = useState<Editing | null>(null);
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
                  // Exactly what the API lists for this reader: a participant's own form (the
                  // next one to fill, or one already filled), else HR's forms on someone's
                  // behalf and its follow-up.
                  if (side) {
                    const mine = side === "mentor" ? r.mentor_form : r.mentee_form;
                    if (!allows(r, formAction(side)) || !(mine || r.sequence === nextOpenSequence(page.items, side))) return null;
                    return (
                      <button type="button" className="btn btn-secondary btn-sm" onClick={() => setEditing({ review: r, kind: "form", side, onBehalf: false })} data-testid={`fill-review-${r.sequence}`}>
                        {mine ? "Edit my form" : "Fill my form"}
                      </button>
                    );
                  }
                  const onBehalf = (["mentor", "mentee"] as const).filter((s) => allows(r, formAction(s)) && !(s === "mentor" ? r.mentor_form : r.mentee_form));
                  return (
                    <>
                      {onBehalf.map((s) => (
                        <button
                          key={s}
                          type="button"
                          className="btn btn-ghost btn-sm"
                          onClick={() => setEditing({ review: r, kind: "form", side: s, onBehalf: true })}
                          data-testid={`file-${s}-form-${r.sequence}`}
                        >
                          {s === "mentor" ? "Mentor's form" : "Mentee's form"}
                        </button>
                      ))}
                      {allows(r, "follow_up") ? (
                        <button type="button" className="btn btn-secondary btn-sm" onClick={() => setEditing({ review: r, kind: "follow-up" })} data-testid={`follow-up-${r.sequence}`}>
                          Follow up
                        </button>
                      ) : null}
                    </>
                  );
                },
              },
            ]}
          />
        )}
      </QueryState>
      {editing && editing.kind === "form" ? (
        <ReviewFormEditor key={`${editing.review.id}-${editing.side}`} review={editing.review} side={editing.side} onBehalf={editing.onBehalf} onDone={() => setEditing(null)} />
      ) : null}
      {editing && editing.kind === "follow-up" ? <FollowUpEditor key={editing.review.id} review={editing.review} onDone={() => setEditing(null)} /> : null}
    </Card>
  );
}
