// The periodic review form (mentor or mentee) and HR's follow-up note.
import { useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import type { Review } from "../api/types";
import { useAction } from "../lib/useAction";
import { reviewKeys } from "./hooks";
import { Checkbox, RatingField, TextArea } from "../ui/Field";
import { ProblemAlert } from "../ui/ProblemAlert";

/** A participant's own form, or HR's filing of it on their behalf (`onBehalf`: with how it was
 * received, which the API requires then). */
export function ReviewFormEditor({ review, side, onBehalf = false, onDone }: { review: Review; side: "mentor" | "mentee"; onBehalf?: boolean; onDone: () => void }) {
  const existing = side === "mentor" ? review.mentor_form : review.mentee_form;
  // A new form starts with no rating chosen: a pre-selected value would be sent unread.
  const [progress, setProgress] = useState<number | null>(existing?.progress ?? null);
  const [health, setHealth] = useState<number | null>(existing?.relationship_health ?? null);
  const [comments, setComments] = useState(existing?.comments ?? "");
  const [concern, setConcern] = useState(existing?.concern ?? false);
  const [received, setReceived] = useState("");
  const save = useAction(
    () => {
      if (progress === null || health === null) throw new Error("Choose both ratings.");
      const body = { progress, relationship_health: health, comments: comments.trim() || null, concern, ...(onBehalf ? { on_behalf_note: received.trim() } : {}) };
      const params = { path: { review_id: review.id } };
      return side === "mentor"
        ? call(api.PUT("/api/v1/reviews/{review_id}/forms/mentor", { params, body }))
        : call(api.PUT("/api/v1/reviews/{review_id}/forms/mentee", { params, body }));
    },
    { invalidate: [reviewKeys.root], onSuccess: onDone, success: onBehalf ? `The ${side}'s form is filed.` : "Your review form is sent." },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(undefined);
  }
  return (
    <form className="form review-form" onSubmit={submit} data-testid="review-form">
      <h3>
        {onBehalf ? `Review ${review.sequence}: the ${side}'s form, on their behalf` : `Review ${review.sequence}: your form as ${side}`}
      </h3>
      <RatingField label="Progress towards the goals" value={progress} onChange={setProgress} testId="review-progress" low="none" high="great" />
      <RatingField label="How the mentoring relationship works" value={health} onChange={setHealth} testId="review-health" low="poorly" high="very well" />
      <TextArea label="Comments" value={comments} onChange={setComments} testId="review-comments" />
      <Checkbox label={onBehalf ? `The ${side} has a concern HR should follow up` : "I have a concern HR should follow up"} checked={concern} onChange={setConcern} testId="review-concern" />
      {onBehalf ? <TextArea label="How it was received (e.g. on paper, by phone)" required value={received} onChange={setReceived} testId="review-on-behalf" /> : null}
      <ProblemAlert error={save.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending || (onBehalf && !received.trim())} data-testid="review-submit">
          {save.isPending ? "Sending…" : "Submit form"}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function FollowUpEditor({ review, onDone }: { review: Review; onDone: () => void }) {
  const [notes, setNotes] = useState(review.hr_follow_up?.notes ?? "");
  const [actionRequired, setActionRequired] = useState(review.hr_follow_up?.action_required ?? false);
  const save = useAction(
    () => call(api.PUT("/api/v1/reviews/{review_id}/follow-up", { params: { path: { review_id: review.id } }, body: { notes, action_required: actionRequired } })),
    { invalidate: [reviewKeys.root], onSuccess: onDone, success: "The follow-up is saved." },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(undefined);
  }
  return (
    <form className="form review-form" onSubmit={submit} data-testid="follow-up-form">
      <h3>HR follow-up on review {review.sequence}</h3>
      <TextArea label="Follow-up notes" required value={notes} onChange={setNotes} testId="follow-up-notes" />
      <Checkbox label="Action required" checked={actionRequired} onChange={setActionRequired} testId="follow-up-action" />
      <ProblemAlert error={save.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={!notes.trim() || save.isPending} data-testid="follow-up-submit">
          Save follow-up
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
