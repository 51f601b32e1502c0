import { lazy, Suspense } from "react";
import { Link } from "react-router";
import type { ProgrammeSummary } from "../api/types";
import { formatDate, formatNumber, formatPct } from "../lib/format";
import type { Tone } from "../lib/sla";
import { useProgrammeSummary } from "../reports/hooks";
import { Gauge } from "../ui/Bars";
import { Card, PageHeader } from "../ui/Page";
import { QueryState } from "../ui/States";

// The charts and their library come with their own chunk, after the figures are shown.
const charts = () => import("./Charts");
const PairingCharts = lazy(() => charts().then((m) => ({ default: m.PairingCharts })));
const TrainingChart = lazy(() => charts().then((m) => ({ default: m.TrainingChart })));
const TrendCharts = lazy(() => charts().then((m) => ({ default: m.TrendCharts })));

function ChartsLoading() {
  return (
    <p className="muted" role="status">
      Loading the charts…
    </p>
  );
}

function Stat({ label: text, value, tone = "neutral", to, testId, note }: { label: string; value: string | number; tone?: Tone; to?: string; testId: string; note?: string }) {
  const body = (
    <>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{text}</span>
      {note ? <span className="stat-note">{note}</span> : null}
    </>
  );
  return (
    <div className={`stat stat-${tone}`} data-testid={testId}>
      {to ? <Link to={to}>{body}</Link> : body}
    </div>
  );
}

function Summary({ s }: { s: ProgrammeSummary }) {
  const byStatus = s.pairings_by_status as Record<string, number>;
  const totalPairings = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const sla = s.grievance_sla_compliance_pct;
  return (
    <>
      <div className="stats" data-testid="summary-stats">
        <Stat label="Active pairings" value={byStatus.active ?? 0} tone="ok" to="/pairings?status=active" testId="stat-active" note={`${totalPairings} in total`} />
        <Stat label="Open requests" value={s.open_requests} tone={s.open_requests ? "info" : "neutral"} to="/requests" testId="stat-requests" />
        <Stat label="Overdue reviews" value={s.reviews_overdue} tone={s.reviews_overdue ? "danger" : "ok"} to="/reviews?status=overdue" testId="stat-overdue" note={`${s.reviews_due} due`} />
        <Stat label="Open grievances" value={s.grievances_open} tone={s.grievances_breached ? "danger" : s.grievances_open ? "warning" : "ok"} to="/grievances" testId="stat-grievances" note={`${s.grievances_breached} past SLA`} />
        <Stat label="Evaluations due" value={s.evaluations_due} tone={s.evaluations_due ? "warning" : "neutral"} to="/evaluations" testId="stat-evaluations" />
      </div>
      <div className="grid grid-2">
        <Suspense fallback={<ChartsLoading />}>
          <PairingCharts s={s} />
        </Suspense>
        <Card title="Grievances and the SLA" testId="chart-sla">
          <div className="gauges">
            <Gauge pct={sla} label="Resolved within SLA" tone={sla === null || sla >= 90 ? "ok" : sla >= 70 ? "warning" : "danger"} />
            <div className="mini-stats">
              <p>
                <strong>{s.grievances_open}</strong> open
              </p>
              <p>
                <strong className={s.grievances_breached ? "text-danger" : undefined}>{s.grievances_breached}</strong> past the deadline
              </p>
            </div>
          </div>
        </Card>
        <Card title="Effectiveness and training" testId="chart-effectiveness">
          <div className="gauges">
            <Gauge pct={s.mean_effectiveness === null ? null : (s.mean_effectiveness / 5) * 100} label={`Mean effectiveness ${formatNumber(s.mean_effectiveness)} / 5`} tone="info" />
            <Gauge pct={s.training_completion_pct} label="Role training complete" tone="ok" />
            <div className="mini-stats">
              <p>
                <strong>{s.sessions_recorded}</strong> sessions, <strong>{formatNumber(s.session_hours)}</strong> hours
              </p>
              <p>
                <strong>{formatNumber(s.avg_days_request_to_activation, 0)}</strong> days from request to start (mean)
              </p>
              <p>
                Training completion <strong>{formatPct(s.training_completion_pct)}</strong>
              </p>
            </div>
          </div>
        </Card>
        <Suspense fallback={<ChartsLoading />}>
          <TrainingChart s={s} />
          <TrendCharts />
        </Suspense>
      </div>
    </>
  );
}

export function DashboardPage() {
  const summary = useProgrammeSummary();
  return (
    <>
      <PageHeader
        title="Programme dashboard"
        subtitle={summary.data ? `Figures as of ${formatDate(summary.data.generated_on)}` : "Programme health at a glance"}
      />
      <QueryState query={summary} loadingLabel="Loading the programme summary…">
        {(s) => <Summary s={s} />}
      </QueryState>
    </>
  );
}
