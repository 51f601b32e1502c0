// A mentor or mentee raises a grievance, or withdraws from the agreement, by approaching HR.
import { useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import type { Pairing } from "../api/types";
import { formatDate } from "../lib/format";
import { useAction } from "../lib/useAction";
import { grievanceKeys } from "./hooks";
import { SelectField, TextArea } from "../ui/Field";
import { Card } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";

export function RaiseGrievance({ pairing }: { pairing: Pairing }) {
  const [kind, setKind] = useState<"grievance" | "withdrawal">("grievance");
  const [description, setDescription] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const raise = useAction(() => call(api.POST("/api/v1/grievances", { body: { pairing_id: pairing.id, kind, description } })), {
    invalidate: [grievanceKeys.all],
    onSuccess: (g) => {
      setSent(`HR has your ${g.kind === "withdrawal" ? "withdrawal" : "grievance"}. They will address it by ${formatDate(g.due_date)}.`);
      setDescription("");
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    setSent(null);
    raise.mutate(undefined);
  }
  return (
    <Card title="Raise a concern with HR" testId="raise-grievance">
      <details>
        <summary data-testid="open-grievance-form">Raise a grievance or withdraw from the agreement</summary>
        <form className="form" onSubmit={submit} data-testid="grievance-form">
          <p className="muted">Only HR reads what you write here. Your team leader and the other participant do not see it.</p>
          <SelectField
            label="What is it?"
            value={kind}
            onChange={(v) => setKind(v === "withdrawal" ? "withdrawal" : "grievance")}
            options={[
              { value: "grievance", label: "A grievance" },
              { value: "withdrawal", label: "I want to withdraw from the agreement" },
            ]}
            testId="grievance-kind"
          />
          <TextArea label="Describe it" required rows={4} value={description} onChange={setDescription} testId="grievance-description" />
          <ProblemAlert error={raise.error} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={!description.trim() || raise.isPending} data-testid="grievance-submit">
              Send to HR
            </button>
          </div>
        </form>
      </details>
      <div aria-live="polite">
        {sent ? (
          <p className="alert alert-success" data-testid="grievance-sent">
            {sent}
          </p>
        ) : null}
      </div>
    </Card>
  );
}
