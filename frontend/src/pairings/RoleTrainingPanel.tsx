// Role training (mentor training, mentee orientation): HR records it; activation needs both.
import { useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import type { Pairing, TrainingRecord } from "../api/types";
import { personName } from "../people/names";
import { allows } from "../lib/actions";
import { formatDate, today } from "../lib/format";
import { useAction } from "../lib/useAction";
import { trainingKeys } from "../training/hooks";
import { Badge } from "../ui/Badge";
import { SelectField, TextField } from "../ui/Field";
import { ProblemAlert } from "../ui/ProblemAlert";

export function TrainingStatus({ records }: { records: TrainingRecord[] | undefined }) {
  // The trainee may confirm a record they have not confirmed yet: the API lists it.
  const confirm = useAction(
    (recordId: number) => call(api.POST("/api/v1/training-records/{training_record_id}/confirm", { params: { path: { training_record_id: recordId } } })),
    { invalidate: [trainingKeys.root], success: "The training is confirmed." },
  );
  if (!records) return <span className="muted">…</span>;
  const latest = records[records.length - 1];
  if (!latest) return <Badge tone="warning">Not trained</Badge>;
  return (
    <>
      <Badge tone="ok">{`Trained ${formatDate(latest.date)}`}</Badge>
      {allows(latest, "confirm") ? (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => confirm.mutate(latest.id)} disabled={confirm.isPending} data-testid={`confirm-training-${latest.id}`}>
          Confirm I attended
        </button>
      ) : null}
      <ProblemAlert error={confirm.error} />
    </>
  );
}

export function RecordRoleTraining({ pairing }: { pairing: Pairing }) {
  const [role, setRole] = useState<"mentor" | "mentee">("mentor");
  const [title, setTitle] = useState("Mentor training");
  const [date, setDate] = useState(today());
  const [minutes, setMinutes] = useState("90");
  const [topics, setTopics] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const record = useAction(
    () =>
      call(
        api.POST("/api/v1/training-records", {
          body: {
            kind: "role_training",
            employee_id: role === "mentor" ? pairing.mentor_id : pairing.mentee_id,
            // The training prepares this pairing: it is filed with it.
            pairing_id: pairing.id,
            role,
            title,
            date,
            duration_minutes: Number(minutes),
            topics: splitTopics(topics),
          },
        }),
      ),
    {
      invalidate: [trainingKeys.ofPairing(pairing.id)],
      onSuccess: (t) => {
        setSaved(`Recorded “${t.title}” for ${personName(t.employee_id === pairing.mentor_id ? pairing.mentor : pairing.mentee)}.`);
        const next = role === "mentor" ? "mentee" : "mentor";
        setRole(next);
        setTitle(next === "mentor" ? "Mentor training" : "Mentee orientation");
        setDate(today());
        setMinutes("90");
        setTopics("");
      },
      success: "The training is recorded.",
    },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    record.mutate(undefined);
  }
  return (
    <form className="form form-row" onSubmit={submit} data-testid="role-training-form">
      <SelectField
        label="Who"
        value={role}
        onChange={(v) => {
          const r = v === "mentee" ? "mentee" : "mentor";
          setRole(r);
          setTitle(r === "mentor" ? "Mentor training" : "Mentee orientation");
        }}
        options={[
          { value: "mentor", label: `Mentor: ${personName(pairing.mentor)}` },
          { value: "mentee", label: `Mentee: ${personName(pairing.mentee)}` },
        ]}
        testId="training-role"
      />
      <TextField label="Training" value={title} onChange={setTitle} required testId="training-title" />
      <TextField label="Date" type="date" value={date} onChange={setDate} required max={today()} testId="training-date" />
      <TextField label="Minutes" type="number" min={1} value={minutes} onChange={setMinutes} required testId="training-minutes" />
      <TextField label="Topics (comma-separated)" value={topics} onChange={setTopics} testId="training-topics" />
      <div className="form-actions">
        <button type="submit" className="btn btn-secondary" disabled={record.isPending} data-testid="training-submit">
          Record training
        </button>
      </div>
      <div className="form-status" aria-live="polite">
        {saved ? <span className="ok-note" data-testid="training-saved">{saved}</span> : null}
      </div>
      <ProblemAlert error={record.error} />
    </form>
  );
}

/** "Listening, feedback ," -> ["Listening", "feedback"] */
export function splitTopics(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
