// Programme-wide matching: HR (the programme or a department) and team leaders (their people)
// run the optimal matching, read each proposal's explanation beside the unmatched requests'
// reasons, and propose some or all of them as pairings.
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { api, call } from "../api/client";
import { reasonText } from "../api/reasons";
import type { MatchingObjective, MatchingRun, Pairing } from "../api/types";
import { useMe } from "../auth/useMe";
import { pairingKeys } from "../pairings/hooks";
import { useDepartmentNames } from "../people/directory";
import { personName } from "../people/names";
import { today } from "../lib/format";
import { useAction } from "../lib/useAction";
import { requestKeys } from "../requests/hooks";
import { ScoreBar, SkillCoverage } from "../requests/RequestDetailPage";
import { Checkbox, SelectField, TextArea, TextField } from "../ui/Field";
import { Card, PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { EmptyState } from "../ui/States";

const OBJECTIVES: { value: MatchingObjective; label: string; hint: string }[] = [
  { value: "best_coverage", label: "Best skill coverage", hint: "The largest total score, then as many matched as possible." },
  { value: "most_matched", label: "Most people matched", hint: "As many matched as possible, then the largest total score." },
];

function RunForm({ onRun }: { onRun: (run: MatchingRun) => void }) {
  const me = useMe();
  const departments = useDepartmentNames();
  const isHr = me.role === "hr_admin";
  const [objective, setObjective] = useState<MatchingObjective>("best_coverage");
  const [department, setDepartment] = useState("");
  const run = useAction(
    () =>
      call(
        api.POST("/api/v1/matching-runs", {
          body: { objective, ...(isHr && department ? { department_id: Number(department) } : {}) },
        }),
      ),
    { invalidate: [["matching-runs"]], onSuccess: onRun },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    run.mutate(undefined);
  }
  return (
    <Card title="Scope and objective" testId="matching-form">
      <form className="form" onSubmit={submit}>
        <div className="form-grid">
          {isHr ? (
            <SelectField
              label="Scope"
              value={department}
              onChange={setDepartment}
              options={[
                { value: "", label: "The whole programme" },
                ...departments.all.map((d) => ({ value: String(d.id), label: d.name })),
              ]}
              testId="matching-scope"
            />
          ) : (
            <p className="muted">The open requests of the people you lead.</p>
          )}
          <SelectField
            label="Objective"
            value={objective}
            onChange={(v) => setObjective(v as MatchingObjective)}
            options={OBJECTIVES.map((o) => ({ value: o.value, label: o.label }))}
            hint={OBJECTIVES.find((o) => o.value === objective)?.hint}
            testId="matching-objective"
          />
        </div>
        <p className="muted small">
          Every open request without a pairing is matched with the eligible mentors' free places, under the programme's rules. The
          result is the best possible for the objective, not first come, first served.
        </p>
        <ProblemAlert error={run.error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={run.isPending} data-testid="run-matching">
            {run.isPending ? "Matching…" : "Run matching"}
          </button>
        </div>
      </form>
    </Card>
  );
}

function Result({ run: initial }: { run: MatchingRun }) {
  const [run, setRun] = useState(initial);
  // The run names everyone its proposals and unmatched requests involve.
  const named = new Map((run.people ?? []).map((p) => [p.id, p]));
  const nameOf = (id: number) => personName(named.get(id), "someone");
  const [selected, setSelected] = useState<Set<number>>(() => new Set(initial.proposals.map((p) => p.request_id)));
  const [start, setStart] = useState(today());
  const [cadence, setCadence] = useState("fortnightly");
  const [goals, setGoals] = useState("");
  const [created, setCreated] = useState<Pairing[]>([]);
  const proposedAlready = new Set(run.proposed.map((p) => p.request_id));
  const propose = useAction(
    () => {
      const goalList = goals
        .split("\n")
        .map((g) => g.trim())
        .filter(Boolean);
      return call(
        api.POST("/api/v1/matching-runs/{run_id}/propose", {
          params: { path: { run_id: run.id } },
          body: {
            request_ids: [...selected].sort((a, b) => a - b),
            start_date: start,
            meeting_cadence: cadence,
            ...(goalList.length ? { goals: goalList } : {}),
          },
        }),
      );
    },
    {
      invalidate: [["matching-runs"], pairingKeys.all, requestKeys.all],
      success: (result) => `${result.pairings.length} ${result.pairings.length === 1 ? "pairing" : "pairings"} proposed.`,
      onSuccess: (result) => {
        setCreated(result.pairings);
        setRun(result.run);
        setSelected(new Set());
      },
    },
  );
  function toggle(id: number, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    propose.mutate(undefined);
  }
  const open = run.proposals.filter((p) => !proposedAlready.has(p.request_id));
  const allOn = open.length > 0 && selected.size === open.length;
  return (
    <>
      <p className="matching-summary" data-testid="matching-summary">
        <strong>{run.proposals.length}</strong> proposed · <strong>{run.unmatched.length}</strong> unmatched · total score{" "}
        <strong>{run.total_score}</strong>
      </p>
      <div className="grid grid-2-1">
        <Card
          title={`Proposals (${run.proposals.length})`}
          testId="matching-proposals"
          actions={
            run.proposals.length ? (
              <Checkbox
                label="Select all"
                checked={allOn}
                onChange={(on) => setSelected(on ? new Set(open.map((p) => p.request_id)) : new Set())}
                testId="select-all"
              />
            ) : null
          }
        >
          {run.proposals.length === 0 ? (
            <EmptyState title="Nothing to propose">No open request in scope has an eligible mentor with a free place.</EmptyState>
          ) : (
            <ol className="suggestions">
              {run.proposals.map((p) => (
                <li key={p.request_id} className={`suggestion ${selected.has(p.request_id) ? "picked" : ""}`} data-testid={`proposal-${p.request_id}`}>
                  <div className="suggestion-head">
                    <Checkbox
                      label={<span className="sr-only">Propose {nameOf(p.mentor_id)} for {nameOf(p.mentee_id)}</span>}
                      checked={selected.has(p.request_id) && !proposedAlready.has(p.request_id)}
                      onChange={(on) => toggle(p.request_id, on)}
                      testId={`select-${p.request_id}`}
                      disabled={proposedAlready.has(p.request_id)}
                    />
                    <div className="suggestion-who">
                      <span>
                        <Link to={`/people/${p.mentee_id}`}>{nameOf(p.mentee_id)}</Link> with{" "}
                        <Link to={`/people/${p.mentor_id}`}>{nameOf(p.mentor_id)}</Link>
                      </span>
                      <span className="muted small">
                        <Link to={`/requests/${p.request_id}`}>{`${nameOf(p.mentee_id)}'s request`}</Link>
                        {proposedAlready.has(p.request_id) ? " · already proposed" : ""}
                      </span>
                    </div>
                    <ScoreBar score={p.score} />
                  </div>
                  <div className="suggestion-why" data-testid="proposal-explanation">
                    <SkillCoverage covered={p.covered_skills} missing={p.missing_skills} />
                  </div>
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card title={`Unmatched (${run.unmatched.length})`} testId="matching-unmatched">
          {run.unmatched.length === 0 ? (
            <p className="muted">Every request in scope has a proposal.</p>
          ) : (
            <ul className="suggestions">
              {run.unmatched.map((u) => (
                <li key={u.request_id} className="suggestion" data-testid={`unmatched-${u.request_id}`}>
                  <div className="suggestion-who">
                    <Link to={`/people/${u.mentee_id}`}>{nameOf(u.mentee_id)}</Link>
                    <Link className="muted small" to={`/requests/${u.request_id}`}>
                      {`${nameOf(u.mentee_id)}'s request`}
                    </Link>
                  </div>
                  <ul className="reasons">
                    {u.reasons.map((r) => (
                      <li key={r}>{reasonText(r)}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {run.proposals.length ? (
        <Card title="Propose the selected matches" testId="matching-propose">
          {created.length ? (
            <div className="alert alert-success" role="status" data-testid="matching-proposed">
              <p>
                {created.length} pairing{created.length === 1 ? "" : "s"} proposed. Each still needs the team leader's and HR's approval:{" "}
                {created.map((p, i) => (
                  <span key={p.id}>
                    {i ? ", " : ""}
                    <Link to={`/pairings/${p.id}`}>#{p.id}</Link>
                  </span>
                ))}
              </p>
            </div>
          ) : null}
          <form className="form" onSubmit={submit}>
            <div className="form-grid">
              <TextField label="Start date" type="date" required min={today()} value={start} onChange={setStart} testId="matching-start" />
              <SelectField
                label="Meeting cadence"
                value={cadence}
                onChange={setCadence}
                options={[
                  { value: "weekly", label: "Weekly" },
                  { value: "fortnightly", label: "Fortnightly" },
                  { value: "monthly", label: "Monthly" },
                ]}
                testId="matching-cadence"
              />
            </div>
            <TextArea
              label="Goals (one per line)"
              hint="Left empty, each agreement gets one goal per improvement area of its request."
              rows={3}
              value={goals}
              onChange={setGoals}
              testId="matching-goals"
            />
            <ProblemAlert error={propose.error} testId="propose-problem" />
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={propose.isPending || selected.size === 0} data-testid="propose-selected">
                {propose.isPending ? "Proposing…" : `Propose ${selected.size} pairing${selected.size === 1 ? "" : "s"}`}
              </button>
            </div>
          </form>
        </Card>
      ) : null}
    </>
  );
}

export function MatchingPage() {
  const [run, setRun] = useState<MatchingRun | null>(null);
  return (
    <div className="matching">
      <PageHeader title="Run matching" subtitle="Match every open request with the best mentors at once, within the programme's rules." />
      <RunForm onRun={setRun} />
      {run ? <Result key={run.id} run={run} /> : null}
    </div>
  );
}
