// The evaluation at the end of the period: goals met, skills before/after, effectiveness, KRA.
import { useState, type FormEvent } from "react";
import { api, call, type Versioned } from "../api/client";
import type { Evaluation, EvaluationCreate, Pairing } from "../api/types";
import { formatDate, label, today } from "../lib/format";
import { useAction } from "../lib/useAction";
import { pairingKeys } from "../pairings/hooks";
import { evaluationKeys } from "./hooks";
import { Badge } from "../ui/Badge";
import { Checkbox, RatingField, SelectField, TextArea, TextField } from "../ui/Field";
import { Card, DefinitionList } from "../ui/Page";
import { useConfirm } from "../ui/Feedback";
import { ProblemAlert } from "../ui/ProblemAlert";

const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

interface SkillRating {
  skill: string;
  before: number | null;
  after: number | null;
}

export function EvaluationForm({ versioned, skills }: { versioned: Versioned<Pairing>; skills: string[] }) {
  const { data: pairing, etag } = versioned;
  const early = pairing.evaluation_due_date !== null && today() < pairing.evaluation_due_date;
  const [goals, setGoals] = useState(pairing.goals.map((goal) => ({ goal, met: false })));
  // Nothing is pre-selected: every rating is the evaluator's own choice (and required).
  const [ratings, setRatings] = useState<SkillRating[]>(skills.map((skill) => ({ skill, before: null, after: null })));
  const [effectiveness, setEffectiveness] = useState<number | null>(null);
  const [kra, setKra] = useState<number | null>(null);
  const ask = useConfirm();
  const [outcome, setOutcome] = useState<"complete" | "extend">("complete");
  const [extendMonths, setExtendMonths] = useState("2");
  const [summary, setSummary] = useState("");
  const [isEarly, setIsEarly] = useState(false);
  const [earlyReason, setEarlyReason] = useState("");
  const save = useAction(
    () => {
      if (effectiveness === null || kra === null) throw new Error("Choose every rating.");
      const body: EvaluationCreate = {
        goals,
        skill_ratings: ratings.map((r) => ({ skill: r.skill, before: r.before ?? 0, after: r.after ?? 0 })),
        effectiveness,
        mentor_kra_rating: kra,
        outcome,
        extend_months: outcome === "extend" ? Number(extendMonths) : null,
        summary: summary.trim() || null,
        early: isEarly,
        early_reason: isEarly ? earlyReason.trim() || null : null,
      };
      return call(
        api.POST("/api/v1/pairings/{pairing_id}/evaluation", {
          params: { path: { pairing_id: pairing.id }, header: etag ? { "If-Match": etag } : {} },
          body,
        }),
      );
    },
    { invalidate: [pairingKeys.one(pairing.id), pairingKeys.all, evaluationKeys.root], success: "The evaluation is recorded." },
  );
  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await ask({
      title: "Record this evaluation?",
      body: `It is filed in both personnel files and ${outcome === "extend" ? `extends the pairing by ${extendMonths} months` : "completes the pairing"}. It cannot be changed afterwards.`,
      confirmLabel: "Record the evaluation",
    });
    if (ok) save.mutate(undefined);
  }
  return (
    <Card title="Evaluation" testId="evaluation-card">
      <form className="form" onSubmit={(e) => void submit(e)} data-testid="evaluation-form">
        <p className="muted">
          Due {formatDate(pairing.evaluation_due_date)}.{" "}
          {early
            ? "Before 80% of the evaluation period has passed, an evaluation is early: tick “Early evaluation” and say why (if it is too early, the answer names the first date it no longer is)."
            : "The evaluation is due."}
        </p>
        <fieldset className="field">
          <legend>Goals met</legend>
          {goals.map((g, i) => (
            <Checkbox
              key={g.goal}
              label={g.goal}
              checked={g.met}
              onChange={(met) => setGoals(goals.map((x, j) => (j === i ? { ...x, met } : x)))}
              testId={`eval-goal-${i}`}
            />
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>Skill ratings before and after (1–5)</legend>
          {ratings.length === 0 ? <p className="muted">No improvement areas on the request.</p> : null}
          <table className="table table-compact">
            <caption className="sr-only">Skill ratings</caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {ratings.map((r, i) => (
                <tr key={r.skill}>
                  <th scope="row">{r.skill}</th>
                  <td>
                    <select
                      aria-label={`${r.skill} before`}
                      value={r.before ?? ""}
                      required
                      onChange={(e) => setRatings(ratings.map((x, j) => (j === i ? { ...x, before: Number(e.target.value) } : x)))}
                      data-testid={`eval-before-${i}`}
                    >
                      <option value="" disabled>
                        Choose
                      </option>
                      {LEVELS.map((l) => (
                        <option key={l.value} value={l.value}>
                          {l.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${r.skill} after`}
                      value={r.after ?? ""}
                      required
                      onChange={(e) => setRatings(ratings.map((x, j) => (j === i ? { ...x, after: Number(e.target.value) } : x)))}
                      data-testid={`eval-after-${i}`}
                    >
                      <option value="" disabled>
                        Choose
                      </option>
                      {LEVELS.map((l) => (
                        <option key={l.value} value={l.value}>
                          {l.label}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>
        <div className="form-row">
          <RatingField label="Overall effectiveness" value={effectiveness} onChange={setEffectiveness} testId="eval-effectiveness" low="low" high="high" />
          <RatingField label="Mentor's KRA rating" value={kra} onChange={setKra} testId="eval-kra" low="low" high="high" />
        </div>
        <div className="form-row">
          <SelectField
            label="Outcome"
            value={outcome}
            onChange={(v) => setOutcome(v === "extend" ? "extend" : "complete")}
            options={[
              { value: "complete", label: "Complete the pairing" },
              { value: "extend", label: "Extend the pairing" },
            ]}
            testId="eval-outcome"
          />
          {outcome === "extend" ? <TextField label="Extend by (months)" type="number" min={1} max={12} value={extendMonths} onChange={setExtendMonths} testId="eval-extend" /> : null}
        </div>
        <TextArea label="Summary" value={summary} onChange={setSummary} testId="eval-summary" />
        <Checkbox label="Early evaluation (before the due date)" checked={isEarly} onChange={setIsEarly} testId="eval-early" />
        {isEarly ? <TextArea label="Why evaluate early?" required value={earlyReason} onChange={setEarlyReason} testId="eval-early-reason" /> : null}
        <ProblemAlert error={save.error} testId="evaluation-problem" />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending} data-testid="eval-submit">
            {save.isPending ? "Saving…" : "Record the evaluation"}
          </button>
        </div>
      </form>
    </Card>
  );
}

export function EvaluationSummary({ evaluation }: { evaluation: Evaluation }) {
  return (
    <Card title="Evaluation" testId="evaluation-result">
      <DefinitionList
        items={[
          ["Evaluated", formatDate(evaluation.evaluated_on)],
          ["Outcome", <Badge key="o" tone={evaluation.outcome === "complete" ? "ok" : "info"}>{label(evaluation.outcome)}</Badge>],
          ["Effectiveness", `${evaluation.effectiveness} / 5`],
          ["Mentor's KRA rating", evaluation.mentor_kra_rating ? `${evaluation.mentor_kra_rating} / 5` : "—"],
          ["Goals met", `${evaluation.goals.filter((g) => g.met).length} of ${evaluation.goals.length}`],
          ["Summary", evaluation.summary ?? "—"],
        ]}
      />
      {evaluation.skill_ratings.length ? (
        <ul className="skill-deltas">
          {evaluation.skill_ratings.map((s) => (
            <li key={s.skill}>
              <strong>{s.skill}</strong>: {s.before} → {s.after}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

