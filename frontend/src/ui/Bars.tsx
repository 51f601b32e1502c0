// Simple horizontal bars in CSS: accessible as a list, no chart library.
import type { Tone } from "../lib/sla";

export interface Bar {
  label: string;
  value: number;
  tone?: Tone;
  detail?: string;
}

export function Bars({ bars, testId, unit = "" }: { bars: Bar[]; testId?: string; unit?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="bars" data-testid={testId}>
      {bars.map((b) => (
        <li key={b.label} className="bar-row">
          <span className="bar-label">{b.label}</span>
          <span className="bar-track" aria-hidden="true">
            <span className={`bar-fill tone-${b.tone ?? "info"}`} style={{ width: `${(b.value / max) * 100}%` }} />
          </span>
          <span className="bar-value">
            {b.value}
            {unit}
            {b.detail ? <span className="bar-detail"> {b.detail}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A ring showing a percentage (e.g. SLA compliance). */
export function Gauge({ pct, label, tone = "ok" }: { pct: number | null; label: string; tone?: Tone }) {
  const value = pct === null ? 0 : Math.max(0, Math.min(100, pct));
  const r = 28;
  const c = 2 * Math.PI * r;
  return (
    <figure className="gauge">
      <svg viewBox="0 0 72 72" width="72" height="72" role="img" aria-label={`${label}: ${pct === null ? "no data" : `${Math.round(value)}%`}`}>
        <circle cx="36" cy="36" r={r} className="gauge-track" />
        {value > 0 ? (
        <circle
          cx="36"
          cy="36"
          r={r}
          className={`gauge-fill tone-${tone}`}
          strokeDasharray={`${(value / 100) * c} ${c}`}
          transform="rotate(-90 36 36)"
        />
        ) : null}
        <text x="36" y="41" textAnchor="middle" className="gauge-text">
          {pct === null ? "—" : `${Math.round(value)}%`}
        </text>
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
