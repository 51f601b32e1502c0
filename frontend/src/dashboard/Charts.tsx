// The dashboard's charts (recharts, loaded with this chunk only when the dashboard is opened).
// Every bar, point and slice opens the list it counts, filtered; the links under each chart do
// the same for keyboards and screen readers.
import { Link, useNavigate } from "react-router";
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ProgrammeSummary } from "../api/types";
import { formatPct, label } from "../lib/format";
import { filteredPath, monthLabel, monthRange } from "../oversight/filters";
import "../oversight/oversight.css";
import { useMonthlyReport } from "../reports/hooks";
import { Card } from "../ui/Page";
import { QueryState } from "../ui/States";

// The design tokens' colours (SVG attributes take no CSS variables).
const COLOURS = { ok: "#146c43", warning: "#8a4b00", danger: "#b42318", info: "#0b57a4", neutral: "#47525e", teal: "#2d9c86" };
const STATUS_COLOUR: Record<string, string> = {
  proposed: COLOURS.warning,
  approved: COLOURS.info,
  active: COLOURS.ok,
  completed: COLOURS.neutral,
  withdrawn: COLOURS.neutral,
  terminated: COLOURS.danger,
  rejected: COLOURS.danger,
};
const STATUS_ORDER = ["proposed", "approved", "active", "completed", "withdrawn", "terminated", "rejected"];

interface Datum {
  key: string;
  name: string;
  value: number;
  to: string;
}

function ChartLinks({ items, testId }: { items: Datum[]; testId: string }) {
  return (
    <ul className="chart-links" data-testid={testId}>
      {items.map((d) => (
        <li key={d.key}>
          <Link to={d.to} data-testid={`${testId}-${d.key}`}>
            {d.name}: {d.value}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function ClickableBars({ data, testId, colour }: { data: Datum[]; testId: string; colour: (d: Datum) => string }) {
  const navigate = useNavigate();
  return (
    <div className="chart-box" data-testid={`${testId}-chart`} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Every bar keeps its label; slanted, seven of them fit a phone's width. */}
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 11 }} angle={-35} textAnchor="end" height={64} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip cursor={{ fill: "rgba(11, 87, 164, 0.06)" }} />
          <Bar dataKey="value" name="Pairings" onClick={(_entry, index) => { const d = data[index]; if (d) void navigate(d.to); }}>
            {data.map((d) => (
              <Cell key={d.key} fill={colour(d)} data-testid={`${testId}-bar-${d.key}`} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function PairingCharts({ s }: { s: ProgrammeSummary }) {
  const byStatus = s.pairings_by_status as Record<string, number>;
  const statuses = [...STATUS_ORDER.filter((k) => k in byStatus), ...Object.keys(byStatus).filter((k) => !STATUS_ORDER.includes(k))];
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const statusData: Datum[] = statuses.map((k) => ({ key: k, name: label(k), value: byStatus[k] ?? 0, to: filteredPath("/pairings", { status: k }) }));
  const departmentData: Datum[] = s.pairings_by_department.map((d) => ({
    key: String(d.department_id),
    name: d.department,
    value: d.total,
    to: filteredPath("/pairings", { department_id: d.department_id }),
  }));
  return (
    <>
      <Card title="Pairings by status" testId="chart-status">
        {total === 0 ? (
          <p className="muted">No pairings yet.</p>
        ) : (
          <>
            <ClickableBars data={statusData} testId="status" colour={(d) => STATUS_COLOUR[d.key] ?? COLOURS.info} />
            <ChartLinks items={statusData} testId="status-link" />
          </>
        )}
      </Card>
      <Card title="Pairings by department" testId="chart-department">
        {departmentData.length === 0 ? (
          <p className="muted">No pairings yet.</p>
        ) : (
          <>
            <ClickableBars data={departmentData} testId="department" colour={() => COLOURS.info} />
            <ChartLinks items={departmentData} testId="department-link" />
          </>
        )}
      </Card>
    </>
  );
}

export function TrainingChart({ s }: { s: ProgrammeSummary }) {
  const navigate = useNavigate();
  const pct = s.training_completion_pct;
  if (pct === null) {
    return (
      <Card title="Role training" testId="chart-training">
        <p className="muted">No approved pairings yet.</p>
      </Card>
    );
  }
  const data: Datum[] = [
    { key: "trained", name: "Trained", value: pct, to: "/training?kind=role_training" },
    { key: "pending", name: "Awaiting training", value: Math.round((100 - pct) * 10) / 10, to: filteredPath("/pairings", { status: "approved" }) },
  ];
  return (
    <Card title="Role training" testId="chart-training">
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart accessibilityLayer={false}>
            <Pie rootTabIndex={-1} data={data} dataKey="value" nameKey="name" innerRadius="55%" outerRadius="85%" onClick={(_entry, index) => { const d = data[index]; if (d) void navigate(d.to); }}>
              <Cell fill={COLOURS.ok} data-testid="training-slice-trained" />
              <Cell fill={COLOURS.warning} data-testid="training-slice-pending" />
            </Pie>
            <Tooltip formatter={(v) => `${String(v)}%`} />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <p>
        Participants with their role training recorded: <strong>{formatPct(pct)}</strong>
      </p>
      <ul className="chart-links">
        <li>
          <Link to="/training?kind=role_training">Role training recorded</Link>
        </li>
        <li>
          <Link to={filteredPath("/pairings", { status: "approved" })} data-testid="training-link-pending">
            Approved pairings awaiting activation
          </Link>
        </li>
      </ul>
    </Card>
  );
}

export function TrendCharts() {
  const navigate = useNavigate();
  const monthly = useMonthlyReport();
  return (
    <QueryState query={monthly} loadingLabel="Loading the monthly figures…">
      {(report) => {
        const rows = report.items.map((m) => ({ ...m, label: monthLabel(m.month) }));
        const open = (path: string) => (month: string) => void navigate(filteredPath(path, monthRange(month)));
        const pointClick = (path: string) => (_: unknown, index: number) => {
          const row = rows[index];
          if (row) open(path)(row.month);
        };
        const last = rows[rows.length - 1];
        return (
          <>
            <Card title="Grievance SLA compliance by month" testId="chart-sla-trend">
              <div className="chart-box" aria-hidden="true">
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} accessibilityLayer={false}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="label" tick={{ fontSize: 11 }} />
                    <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
                    <Tooltip />
                    <Bar dataKey="grievance_sla_compliance_pct" name="Closed on time (%)" fill={COLOURS.ok} onClick={pointClick("/grievances")} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <p className="muted">
                {last ? `${monthLabel(last.month)}: ${last.grievances_closed} closed, ${last.grievances_closed_on_time} on time.` : null} Months without a closed grievance show no bar.
              </p>
              <ul className="chart-links" data-testid="sla-links">
                {rows
                  .filter((m) => m.grievances_closed > 0)
                  .map((m) => (
                    <li key={m.month}>
                      <Link to={filteredPath("/grievances", monthRange(m.month))}>
                        {m.label}: {formatPct(m.grievance_sla_compliance_pct)}
                      </Link>
                    </li>
                  ))}
              </ul>
            </Card>
            <Card title="Effectiveness and starts by month" testId="chart-effectiveness-trend">
              <div className="chart-box" aria-hidden="true">
                <ResponsiveContainer width="100%" height="100%">
                  <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: -16 }} accessibilityLayer={false}>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="label" tick={{ fontSize: 11 }} />
                    <YAxis yAxisId="rating" domain={[0, 5]} tick={{ fontSize: 11 }} />
                    <YAxis yAxisId="count" orientation="right" allowDecimals={false} tick={{ fontSize: 11 }} />
                    <Tooltip />
                    <Legend wrapperStyle={{ fontSize: 12 }} />
                    <Line
                      yAxisId="rating"
                      type="monotone"
                      dataKey="mean_effectiveness"
                      name="Mean effectiveness (1-5)"
                      stroke={COLOURS.info}
                      connectNulls
                      activeDot={{ onClick: (_e: unknown, p: unknown) => open("/evaluations")((p as { payload: { month: string } }).payload.month) }}
                    />
                    <Line
                      yAxisId="count"
                      type="monotone"
                      dataKey="pairings_started"
                      name="Pairings started"
                      stroke={COLOURS.teal}
                      activeDot={{ onClick: (_e: unknown, p: unknown) => open("/pairings")((p as { payload: { month: string } }).payload.month) }}
                    />
                  </LineChart>
                </ResponsiveContainer>
              </div>
              <ul className="chart-links" data-testid="start-links">
                {rows
                  .filter((m) => m.pairings_started > 0)
                  .map((m) => (
                    <li key={m.month}>
                      <Link to={filteredPath("/pairings", monthRange(m.month))}>
                        {m.label}: {m.pairings_started} started
                      </Link>
                    </li>
                  ))}
              </ul>
            </Card>
          </>
        );
      }}
    </QueryState>
  );
}
