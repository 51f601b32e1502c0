import { lazy, Suspense, useState } from "react";
import { useSearchParams } from "react-router";
import { downloadCsv } from "../api/client";
import { today } from "../lib/format";
import { FilterBar, filterParams, useListFilters } from "../oversight/FilterBar";
import { filteredPath } from "../oversight/filters";
import { Card, PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";

const REPORTS = [
  { name: "programme-summary", title: "Programme summary", about: "Pairings by status and department, requests, training, reviews, grievances, evaluations." },
  { name: "overdue-reviews", title: "Overdue reviews", about: "Each periodic review past its due date without both forms, with the people involved." },
  { name: "grievance-sla", title: "Grievance SLA", about: "Every grievance and withdrawal with its due date, working days and whether it was on time." },
  { name: "evaluations", title: "Evaluations", about: "The 6-month evaluations: goals met, effectiveness, KRA rating and outcome." },
  { name: "training", title: "Training", about: "Sessions and hours per pairing, role training of mentors and mentees." },
  { name: "monthly", title: "Month by month", about: "Grievance SLA compliance, evaluations and effectiveness, pairings started and role training, per month." },
] as const;
// The preview table loads with its own chunk, after the screen and its filters are shown.
const ReportPreview = lazy(() => import("./ReportPreview").then((m) => ({ default: m.ReportPreview })));

export function ReportsPage() {
  const [search, setSearch] = useSearchParams();
  const filters = filterParams(useListFilters());
  const chosen = REPORTS.find((r) => r.name === search.get("report")) ?? REPORTS[1];
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function download(name: string) {
    setBusy(name);
    setError(null);
    setDone(null);
    try {
      await downloadCsv(filteredPath(`/api/v1/reports/${name}`, filters), `peermentor-${name}-${today()}.csv`);
      setDone(name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  function preview(name: string) {
    const next = new URLSearchParams(search);
    next.set("report", name);
    setSearch(next, { replace: true });
  }

  return (
    <>
      <PageHeader title="Reports" subtitle="Preview a report with the filters below, then download it as CSV for a spreadsheet." />
      <FilterBar dateLabel="Dates" testId="report-filters" />
      <ProblemAlert error={error} />
      <p className="sr-only" aria-live="polite">
        {done ? `Downloaded the ${done} report` : ""}
      </p>
      <Card
        title={`Preview: ${chosen.title}`}
        testId="report-preview"
        actions={
          <button type="button" className="btn btn-primary" onClick={() => void download(chosen.name)} disabled={busy !== null} data-testid="download-preview">
            {busy === chosen.name ? "Preparing…" : "Download CSV"}
          </button>
        }
      >
        <Suspense fallback={<p className="muted">Loading the preview…</p>}>
          <ReportPreview name={chosen.name} />
        </Suspense>
      </Card>
      <div className="grid grid-2">
        {REPORTS.map((r) => (
          <Card key={r.name} title={r.title} testId={`report-${r.name}`}>
            <p className="muted">{r.about}</p>
            <div className="form-actions">
              <button type="button" className="btn btn-secondary" onClick={() => preview(r.name)} aria-pressed={r.name === chosen.name} data-testid={`preview-${r.name}`}>
                Preview
              </button>
              <button type="button" className="btn btn-secondary" onClick={() => void download(r.name)} disabled={busy !== null} data-testid={`download-${r.name}`}>
                {busy === r.name ? "Preparing…" : "Download CSV"}
              </button>
              {done === r.name ? <span className="ok-note"> Saved.</span> : null}
            </div>
          </Card>
        ))}
      </div>
    </>
  );
}
