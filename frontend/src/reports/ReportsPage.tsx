import { useState } from "react";
import { downloadCsv } from "../api/client";
import { today } from "../lib/format";
import { Card, PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";

const REPORTS = [
  { name: "programme-summary", title: "Programme summary", about: "Pairings by status and department, requests, training, reviews, grievances, evaluations." },
  { name: "overdue-reviews", title: "Overdue reviews", about: "Each periodic review past its due date without both forms, with the people involved." },
  { name: "grievance-sla", title: "Grievance SLA", about: "Every grievance and withdrawal with its due date, working days and whether it was on time." },
  { name: "evaluations", title: "Evaluations", about: "The 6-month evaluations: goals met, effectiveness, KRA rating and outcome." },
  { name: "training", title: "Training", about: "Sessions and hours per pairing, role training of mentors and mentees." },
] as const;

export function ReportsPage() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function download(name: string) {
    setBusy(name);
    setError(null);
    setDone(null);
    try {
      await downloadCsv(`/api/v1/reports/${name}`, `peermentor-${name}-${today()}.csv`);
      setDone(name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <PageHeader title="Reports" subtitle="Download any report as CSV for a spreadsheet." />
      <ProblemAlert error={error} />
      <p className="sr-only" aria-live="polite">
        {done ? `Downloaded the ${done} report` : ""}
      </p>
      <div className="grid grid-2">
        {REPORTS.map((r) => (
          <Card key={r.name} title={r.title} testId={`report-${r.name}`}>
            <p className="muted">{r.about}</p>
            <button type="button" className="btn btn-secondary" onClick={() => void download(r.name)} disabled={busy !== null} data-testid={`download-${r.name}`}>
              {busy === r.name ? "Preparing…" : "Download CSV"}
            </button>
            {done === r.name ? <span className="ok-note"> Saved.</span> : null}
          </Card>
        ))}
      </div>
    </>
  );
}
