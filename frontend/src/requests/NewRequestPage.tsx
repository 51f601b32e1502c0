import { useState, type FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { api, call } from "../api/client";
import { useMe } from "../auth/useMe";
import type { Employee } from "../api/types";
import { PersonSearch } from "../people/PersonSearch";
import { formatDate, today } from "../lib/format";
import { useAction } from "../lib/useAction";
import { SelectField, TextArea, TextField } from "../ui/Field";
import { Card, PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { useEmployee, usePerformanceReviews } from "../people/hooks";
import { requestKeys } from "./hooks";

export function NewRequestPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [menteeId, setMenteeId] = useState(params.get("mentee") ?? "");
  const [picked, setPicked] = useState<Employee | null>(null);
  // Arriving with ?mentee=: that person's record names them.
  const preset = useEmployee(Number(menteeId), { enabled: menteeId !== "" && picked === null });
  const mentee = picked ?? (menteeId !== "" ? (preset.data ?? null) : null);
  const [reviewId, setReviewId] = useState("");
  const [discussionDate, setDiscussionDate] = useState(today());
  const [notes, setNotes] = useState("");

  const reviews = usePerformanceReviews(Number(menteeId), { enabled: menteeId !== "" });
  const sortedReviews = [...(reviews.data?.items ?? [])].sort((a, b) => b.period_end.localeCompare(a.period_end));
  const chosenReview = sortedReviews.find((r) => String(r.id) === reviewId) ?? (reviewId === "" ? sortedReviews[0] : undefined);

  const create = useAction(
    () =>
      call(
        api.POST("/api/v1/mentoring-requests", {
          body: {
            mentee_id: Number(menteeId),
            performance_review_id: chosenReview?.id ?? 0,
            discussion_date: discussionDate,
            notes: notes.trim() || null,
          },
        }),
      ),
    { invalidate: [requestKeys.all], onSuccess: (r) => navigate(`/requests/${r.id}`), success: "The request is raised." },
  );

  // A disabled button says why, and what to do.
  const menteeName = mentee?.full_name ?? "this person";
  const why = !menteeId
    ? "Choose the mentee first."
    : reviews.isPending
      ? "Loading the performance reviews…"
      : !chosenReview
        ? `A request is based on a performance review, and ${menteeName} has none yet. Hold the performance discussion and record its review (from the HRIS, or HR adds it), then raise the request.`
        : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(undefined);
  }

  return (
    <>
      <PageHeader title="New mentoring request" subtitle="After the performance discussion: who, based on which review, and when you talked." />
      <Card className="narrow">
        <form onSubmit={submit} className="form" data-testid="request-form">
          <PersonSearch
            label="Mentee"
            chosen={mentee}
            onChoose={(person) => {
              setPicked(person);
              setMenteeId(person ? String(person.id) : "");
              setReviewId("");
            }}
            // A team leader raises requests for the people they lead; HR for anyone.
            teamLeaderId={me.role === "hr_admin" ? null : me.employee_id}
            hint={me.role === "hr_admin" ? "Type part of a name or e-mail." : "The people you lead: type part of a name or e-mail."}
            testId="request-mentee"
          />
          {menteeId !== "" ? (
            <SelectField
              label="Performance review"
              required
              hint="The improvement areas of this review become the skills to work on."
              value={chosenReview ? String(chosenReview.id) : ""}
              onChange={setReviewId}
              options={
                sortedReviews.length
                  ? sortedReviews.map((r) => ({ value: String(r.id), label: `${formatDate(r.period_start)} – ${formatDate(r.period_end)} · rating ${r.rating}` }))
                  : [{ value: "", label: reviews.isPending ? "Loading…" : "No performance reviews" }]
              }
              testId="request-review"
            />
          ) : null}
          {chosenReview ? (
            <p className="muted" data-testid="request-areas">
              Improvement areas: <strong>{chosenReview.improvement_areas.join(", ") || "none recorded"}</strong>
            </p>
          ) : null}
          <TextField label="Date of the discussion" type="date" required value={discussionDate} max={today()} onChange={setDiscussionDate} testId="request-date" />
          <TextArea label="Notes" value={notes} onChange={setNotes} hint="Optional: what you agreed in the discussion." testId="request-notes" />
          <ProblemAlert error={create.error} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={why !== null || create.isPending} aria-describedby={why ? "request-submit-why" : undefined} data-testid="request-submit">
              {create.isPending ? "Raising…" : "Raise request"}
            </button>
            {why ? (
              <p className="hint" id="request-submit-why" data-testid="request-submit-why">
                {why}
              </p>
            ) : null}
          </div>
        </form>
      </Card>
    </>
  );
}
