// "Does the programme work?": the programme-impact report as forest plots (accessible SVG:
// each plot is an image with a full text alternative, and the figures are in a table too).
import { useState } from "react";
import { downloadCsv } from "../api/client";
import type { ImpactFigure } from "../api/types";
import { today } from "../lib/format";
import { SelectField, TextField } from "../ui/Field";
import { Card, PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { ErrorState, Spinner } from "../ui/States";
import { useDepartments } from "../people/directory";
import { useProgrammeImpact, type ImpactFilters } from "./hooks";

const GROUP = { mentees: "Mentees", mentors: "Mentors" } as Record<string, string>;

function figureLabel(f: ImpactFigure): string {
  if (f.measure === "skill_rating") return f.skill ?? "Skill";
  return GROUP[f.group] ?? f.group;
}

function signed(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return "—";
  const text = `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value)}`;
  return unit ? `${text} ${unit}` : text;
}

function describe(f: ImpactFigure, unit: string): string {
  if (f.status !== "reported") return `${figureLabel(f)}: withheld. ${f.withheld_reason ?? ""}`;
  return `${figureLabel(f)}: difference ${signed(f.difference, unit)}, 95% interval ${signed(f.ci_low, unit)} to ${signed(f.ci_high, unit)}, ${f.sample_size} people${f.comparison_size ? ` against ${f.comparison_size}` : ""}.`;
}

/** One row per figure: the point estimate and its 95% interval on a common axis, 0 marked. */
export function ForestPlot({ figures, unit, title, testId }: { figures: ImpactFigure[]; unit: string; title: string; testId?: string }) {
  const reported = figures.filter((f) => f.status === "reported" && f.ci_low != null && f.ci_high != null);
  const ends = reported.flatMap((f) => [f.ci_low as number, f.ci_high as number]);
  const span = Math.max(0.5, ...ends.map((v) => Math.abs(v))) * 1.15;
  // Room for the longest label ("Strategic planning") at the labels' 14px: ~7.6px a character.
  const labelWidth = Math.max(100, Math.ceil(Math.max(0, ...figures.map((f) => figureLabel(f).length)) * 7.6) + 16);
  const plot = 310;
  const width = labelWidth + plot + 20;
  const rowHeight = 36;
  const height = figures.length * rowHeight + 36;
  const x = (v: number) => labelWidth + ((v + span) / (2 * span)) * plot;
  const ticks = [-span, -span / 2, 0, span / 2, span].map((t) => Math.round(t * 10) / 10);
  const alt = `${title}. ${figures.map((f) => describe(f, unit)).join(" ")}`;
  return (
    <svg className="forest" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={alt} data-testid={testId} preserveAspectRatio="xMinYMin meet">
      <line x1={x(0)} x2={x(0)} y1={4} y2={height - 28} className="forest-zero" />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={height - 28} y2={height - 22} className="forest-axis" />
          <text x={x(t)} y={height - 8} textAnchor="middle" className="forest-tick">
            {t > 0 ? `+${t}` : t}
          </text>
        </g>
      ))}
      <line x1={labelWidth} x2={labelWidth + plot} y1={height - 28} y2={height - 28} className="forest-axis" />
      {figures.map((f, i) => {
        const y = i * rowHeight + 22;
        const shown = f.status === "reported" && f.ci_low != null && f.ci_high != null && f.difference != null;
        return (
          <g key={`${f.group}-${f.measure}-${f.skill ?? ""}`} data-testid="forest-row">
            <text x={labelWidth - 10} y={y + 4} textAnchor="end" className="forest-label">
              {figureLabel(f)}
            </text>
            {shown ? (
              <>
                <line x1={x(f.ci_low as number)} x2={x(f.ci_high as number)} y1={y} y2={y} className="forest-ci" />
                <line x1={x(f.ci_low as number)} x2={x(f.ci_low as number)} y1={y - 6} y2={y + 6} className="forest-ci" />
                <line x1={x(f.ci_high as number)} x2={x(f.ci_high as number)} y1={y - 6} y2={y + 6} className="forest-ci" />
                <circle cx={x(f.difference as number)} cy={y} r={6} className={(f.ci_low as number) > 0 ? "forest-point forest-up" : (f.ci_high as number) < 0 ? "forest-point forest-down" : "forest-point"} />
              </>
            ) : (
              <text x={x(0) + 8} y={y + 4} className="forest-withheld">
                withheld: too few people
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function FigureTable({ figures, unit, label, skills = false }: { figures: ImpactFigure[]; unit: string; label: string; skills?: boolean }) {
  // Wider than a phone: the region scrolls sideways, so it must be reachable by keyboard.
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="impact-table">
        <thead>
          <tr>
            <th scope="col">{skills ? "Improvement area" : "Group"}</th>
            <th scope="col">{skills ? "Before → after" : "Participants"}</th>
            <th scope="col">{skills ? "Evaluations" : "Comparison"}</th>
            <th scope="col">Difference (95% interval)</th>
            <th scope="col">People</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={`${f.group}-${f.measure}-${f.skill ?? ""}`} data-testid={`impact-${f.group}-${f.measure}${f.skill ? `-${f.skill}` : ""}`}>
              <th scope="row">{figureLabel(f)}</th>
              {f.status === "reported" ? (
                <>
                  <td>{skills ? `${f.before_mean} → ${f.participant_mean}` : `${f.participant_mean}${unit === "points" ? "%" : ""}`}</td>
                  <td>{skills ? f.sample_size : `${f.comparison_mean}${unit === "points" ? "%" : ""}`}</td>
                  <td>
                    <strong>{signed(f.difference, unit)}</strong>{" "}
                    <span className="muted">
                      ({signed(f.ci_low, "")} to {signed(f.ci_high, "")})
                    </span>
                  </td>
                </>
              ) : (
                <td colSpan={3} className="muted" data-testid="withheld">
                  Withheld: {f.withheld_reason}
                </td>
              )}
              <td className="muted">
                {skills
                  ? `${f.sample_size} rated`
                  : `${f.sample_size} matched of ${f.participants}; ${f.unmatched} unmatched, ${f.without_data} without data`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImpactPage() {
  const [department, setDepartment] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [error, setError] = useState<unknown>(null);
  const params: ImpactFilters = {
    ...(department ? { department_id: Number(department) } : {}),
    ...(from ? { date_from: from } : {}),
    ...(to ? { date_to: to } : {}),
  };
  // The shared departments query (the same key held a page here and an array elsewhere).
  const departments = useDepartments();
  const report = useProgrammeImpact(params);

  async function download() {
    setError(null);
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
    try {
      await downloadCsv(`/api/v1/reports/programme-impact${query ? `?${query}` : ""}`, `peermentor-programme-impact-${today()}.csv`);
    } catch (e) {
      setError(e);
    }
  }

  const items = report.data?.items ?? [];
  const performance = items.filter((f) => f.measure === "rating_change");
  const retention = items.filter((f) => f.measure === "retention_12_months");
  const skills = items.filter((f) => f.measure === "skill_rating");
  return (
    <>
      <PageHeader
        title="Impact"
        subtitle="Does the programme work? Participants against matched colleagues who never took part."
        actions={
          <button type="button" className="btn btn-secondary" onClick={() => void download()} data-testid="impact-csv">
            Download CSV
          </button>
        }
      />
      <ProblemAlert error={error} />
      <form className="form form-row filters" data-testid="impact-filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Department"
          value={department}
          onChange={setDepartment}
          testId="impact-department"
          options={[{ value: "", label: "All departments" }, ...(departments.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))]}
        />
        <TextField label="Pairings started from" type="date" value={from} onChange={setFrom} testId="impact-from" />
        <TextField label="to" type="date" value={to} onChange={setTo} testId="impact-to" />
      </form>
      {report.isPending ? <Spinner label="Matching comparison groups…" /> : null}
      {report.isError ? <ErrorState error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data ? (
        <div className="stack" data-testid="impact-report">
          <Card title="Performance rating change" testId="impact-performance">
            <p className="muted">Change in the 1–5 performance rating from before the pairing to after it, minus the same change of matched colleagues. A bar that stays right of 0 means the programme likely helped.</p>
            <ForestPlot figures={performance} unit="rating points" title="Difference in rating change against the comparison group" testId="forest-performance" />
            <FigureTable figures={performance} unit="rating points" label="Rating change against the comparison group, as a table" />
          </Card>
          <Card title="Still employed 12 months after the start" testId="impact-retention">
            <p className="muted">Share still with the organisation a year after their pairing started, against matched colleagues; the difference is in percentage points.</p>
            <ForestPlot figures={retention} unit="points" title="Difference in 12-month retention, percentage points" testId="forest-retention" />
            <FigureTable figures={retention} unit="points" label="12-month retention against the comparison group, as a table" />
          </Card>
          <Card title="Improvement areas, evaluated" testId="impact-skills">
            <p className="muted">Mean rating of each improvement area before and after, from the 6-month evaluations (no comparison group: only participants are evaluated).</p>
            {skills.length ? (
              <>
                <ForestPlot figures={skills} unit="rating points" title="Mean gain per improvement area" testId="forest-skills" />
                <FigureTable figures={skills} unit="rating points" label="Rating change per improvement area, as a table" skills />
              </>
            ) : (
              <p>No completed evaluations in this selection.</p>
            )}
          </Card>
          <Card title="How this is worked out" testId="impact-method">
            <p>{report.data.method}</p>
            <p className="muted">
              Figures with fewer than {report.data.min_sample} people in either group are withheld rather than guessed (Settings: minimum sample). Intervals are {Math.round(report.data.confidence_level * 100)}% intervals. Generated on {report.data.generated_on}.
            </p>
          </Card>
        </div>
      ) : null}
    </>
  );
}
