// Filter controls bound to the URL's query string: a status, a department and a date range.
// Changing a control replaces the query string, so the list's query (keyed on the filters)
// reloads and the address can be shared or opened from a dashboard chart.
import type { ReactNode } from "react";
import { useSearchParams } from "react-router";
import { useDepartments } from "../people/directory";
import { label as words } from "../lib/format";
import { SelectField, TextField } from "../ui/Field";
import { activeCount, readFilters, withFilter, type ListFilters } from "./filters";
import "./oversight.css";

export function useListFilters(statuses?: readonly string[]): ListFilters {
  const [search] = useSearchParams();
  return readFilters(search, statuses);
}

/** The filters as API query parameters (only those set). */
export function filterParams(filters: ListFilters): ListFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== "")) as ListFilters;
}

export function FilterBar({
  statuses,
  dateLabel,
  testId,
  department = true,
  children,
}: {
  statuses?: readonly string[];
  dateLabel: string;
  testId: string;
  department?: boolean;
  children?: ReactNode;
}) {
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search, statuses);
  const departments = useDepartments();
  const set = (key: keyof ListFilters) => (value: string) => setSearch(withFilter(search, key, value), { replace: true });
  const count = activeCount(filters);
  return (
    <form className="form form-row filter-bar" role="search" aria-label="Filters" data-testid={testId} onSubmit={(e) => e.preventDefault()}>
      {children}
      {statuses ? (
        <SelectField
          label="Status"
          value={filters.status ?? ""}
          onChange={set("status")}
          options={[{ value: "", label: "Any status" }, ...statuses.map((s) => ({ value: s, label: words(s) }))]}
          testId={`${testId}-status`}
        />
      ) : null}
      {department ? (
        <SelectField
          label="Department"
          value={filters.department_id ? String(filters.department_id) : ""}
          onChange={set("department_id")}
          options={[{ value: "", label: "All departments" }, ...(departments.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))]}
          testId={`${testId}-department`}
        />
      ) : null}
      <TextField label={`${dateLabel} from`} type="date" value={filters.date_from ?? ""} onChange={set("date_from")} testId={`${testId}-from`} />
      <TextField label={`${dateLabel} to`} type="date" value={filters.date_to ?? ""} onChange={set("date_to")} min={filters.date_from} testId={`${testId}-to`} />
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" disabled={count === 0} onClick={() => setSearch(new URLSearchParams(), { replace: true })} data-testid={`${testId}-clear`}>
          Clear filters{count ? ` (${count})` : ""}
        </button>
      </div>
    </form>
  );
}
