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
