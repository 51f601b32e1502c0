import type { Tone } from "./sla";
export { formatDate } from "./sla";

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTime.format(date).replace(/ /g, "\u00a0");
}

export function formatPct(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value)}%`;
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? String(value) : value.toFixed(digits);
}

export function label(code: string): string {
  const text = code.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TONES: Record<string, Tone> = {
  active: "ok",
  approved: "info",
  proposed: "warning",
  completed: "neutral",
  rejected: "danger",
  withdrawn: "neutral",
  terminated: "danger",
  open: "warning",
  awaiting_supervisor: "warning",
  matched: "ok",
  cancelled: "neutral",
  scheduled: "info",
  submitted: "ok",
  overdue: "danger",
  under_review: "info",
  resolved: "ok",
  dismissed: "neutral",
};

export function statusTone(status: string): Tone {
  return TONES[status] ?? "neutral";
}

export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function roleName(role: string): string {
  return role === "hr_admin" ? "HR" : role === "team_leader" ? "Team leader" : role === "employee" ? "Employee" : label(role);
}

const relative = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago" (the exact time goes in a title). */
export function relativeTime(value: string, now: Date = new Date()): string {
  const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds)) return value;
  if (Math.abs(seconds) < 60) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) {
      // Calendar days for "yesterday": 23:00 yesterday is yesterday, not "today".
      if (unit === "day") return relative.format(calendarDays(value, now), "day");
      return relative.format(Math.round(seconds / size), unit);
    }
  }
  return relative.format(Math.round(seconds / 60), "minute");
}

function calendarDays(value: string, now: Date): number {
  const start = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((start(new Date(value)) - start(now)) / (24 * 3600 * 1000));
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** The heading a list grouped by day shows: "Today", "Yesterday" or the date. */
export function dayLabel(value: string, now: Date = new Date()): string {
  const days = calendarDays(value, now);
  if (days === 0) return "Today";
  if (days === -1) return "Yesterday";
  return dayFormat.format(new Date(value));
}

/** Items grouped by their local calendar day, in the order given (newest first stays so). */
export function groupByDay<T>(items: readonly T[], at: (item: T) => string, now: Date = new Date()): { day: string; items: T[] }[] {
  const groups: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = dayLabel(at(item), now);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}
