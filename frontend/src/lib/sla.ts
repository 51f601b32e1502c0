// The grievance SLA countdown, in working days, as the queue shows it.
import type { Grievance } from "../api/types";

export type Tone = "ok" | "warning" | "danger" | "neutral" | "info";

export interface SlaState {
  text: string;
  tone: Tone;
}

type SlaFields = Pick<Grievance, "status" | "breached" | "working_days_left" | "due_date">;

const CLOSED = new Set(["resolved", "dismissed"]);

export function slaCountdown(g: SlaFields): SlaState {
  if (CLOSED.has(g.status)) {
    return g.breached
      ? { text: "Closed after the deadline", tone: "warning" }
      : { text: "Closed within the deadline", tone: "neutral" };
  }
  if (g.breached) return { text: `Breached: was due ${formatDate(g.due_date)}`, tone: "danger" };
  const left = g.working_days_left;
  if (left === null || left === undefined) return { text: `Due ${formatDate(g.due_date)}`, tone: "info" };
  if (left <= 0) return { text: "Due today", tone: "danger" };
  if (left === 1) return { text: "1 working day left", tone: "warning" };
  return { text: `${left} working days left`, tone: "ok" };
}

/** Open grievances by due date (breached first), closed ones after them. */
export function queueOrder(a: SlaFields & { id: number }, b: SlaFields & { id: number }): number {
  const aClosed = CLOSED.has(a.status);
  const bClosed = CLOSED.has(b.status);
  if (aClosed !== bClosed) return aClosed ? 1 : -1;
  if (a.due_date !== b.due_date) return a.due_date < b.due_date ? -1 : 1;
  return a.id - b.id;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2026-11-26" -> "26 Nov 2026" (calendar dates carry no time zone). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return value;
  // Non-breaking spaces: a date never wraps inside a table cell.
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d))).replace(/ /g, "\u00a0");
}
