// List filters kept in the URL's query string (?status=active&department_id=3&date_from=…), so a
// dashboard chart or a shared link opens a list already filtered. Pure functions: tested.

export interface ListFilters {
  status?: string;
  department_id?: number;
  date_from?: string;
  date_to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The filters a query string names; values the API would refuse are left out. A status is
 * kept only when it is one of `statuses` (when given). */
export function readFilters(search: URLSearchParams, statuses?: readonly string[]): ListFilters {
  const filters: ListFilters = {};
  const status = search.get("status");
  if (status && (!statuses || statuses.includes(status))) filters.status = status;
  const department = search.get("department_id");
  if (department && /^[1-9]\d{0,9}$/.test(department) && Number(department) <= 2 ** 31 - 1) filters.department_id = Number(department);
  const from = search.get("date_from");
  if (from && isDay(from)) filters.date_from = from;
  const to = search.get("date_to");
  if (to && isDay(to)) filters.date_to = to;
  if (filters.date_from && filters.date_to && filters.date_to < filters.date_from) delete filters.date_to;
  return filters;
}

/** The query string with one filter set (or removed when empty), other parameters kept. */
export function withFilter(search: URLSearchParams, key: keyof ListFilters, value: string): URLSearchParams {
  const next = new URLSearchParams(search);
  if (value === "") next.delete(key);
  else next.set(key, value);
  return next;
}

/** "/pairings?status=active" style links for charts and tiles. */
export function filteredPath(path: string, filters: ListFilters): string {
  const search = new URLSearchParams();
  for (const key of ["status", "department_id", "date_from", "date_to"] as const) {
    const value = filters[key];
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The first and last day of a `YYYY-MM` month, as a date range. */
export function monthRange(month: string): { date_from: string; date_to: string } {
  const [year = 1970, mon = 1] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { date_from: `${month}-01`, date_to: `${month}-${String(last).padStart(2, "0")}` };
}

/** How many filters are set (for "3 filters" and a clear button). */
export function activeCount(filters: ListFilters): number {
  return Object.values(filters).filter((v) => v !== undefined && v !== "").length;
}

/** "Jan 2026" for a `YYYY-MM` month. */
export function monthLabel(month: string): string {
  const [year = 1970, mon = 1] = month.split("-").map(Number);
  return new Date(Date.UTC(year, mon - 1, 1)).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}

export interface AuditFilters {
  entity?: string;
  action?: string;
  actor?: string;
  since?: string;
  until?: string;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The audit log's query from the page's query string: entity, action, actor (`user:3`) and a
 * day range (`date_from`, `date_to`, inclusive, in UTC) as the API's `since` and `until`. */
export function auditQuery(search: URLSearchParams): AuditFilters {
  const query: AuditFilters = {};
  for (const key of ["entity", "action"] as const) {
    const value = search.get(key)?.trim();
    if (value) query[key] = value.slice(0, 100);
  }
  const actor = search.get("actor")?.trim();
  if (actor && /^[a-z_]+:[\w.@-]{1,60}$/i.test(actor)) query.actor = actor;
  const { date_from, date_to } = readFilters(search);
  if (date_from) query.since = `${date_from}T00:00:00Z`;
  if (date_to) query.until = `${nextDay(date_to)}T00:00:00Z`;
  return query;
}

export type PreviewRow = Record<string, string | number | boolean | null> & { __row: number };

/** A report's first rows as a table: its `items` (flat rows), or for a summary its scalar
 * figures as one row. Columns in the report's own order; nested values are left out. */
export function previewOf(body: unknown, limit: number): { columns: string[]; rows: PreviewRow[]; total: number } {
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const items = Array.isArray(record.items) ? (record.items as unknown[]) : [record];
  const flat = (value: unknown, index: number): PreviewRow => {
    const row: PreviewRow = { __row: index };
    if (typeof value === "object" && value !== null) {
      for (const [key, cell] of Object.entries(value)) {
        if (cell === null || ["string", "number", "boolean"].includes(typeof cell)) row[key] = cell as string | number | boolean | null;
      }
    }
    return row;
  };
  const rows = items.slice(0, limit).map(flat);
  const columns = rows[0] ? Object.keys(rows[0]).filter((k) => k !== "__row") : [];
  return { columns, rows, total: items.length };
}
