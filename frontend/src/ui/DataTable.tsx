// A table that sorts (click or Enter on a header) and filters (free text), with an empty state.
// On a phone (below 760px, components.css) each row is a card: every cell shows its column's
// header beside it (data-label), the header row is only read out, and a "Sort by" select
// stands in for the header buttons (from PHONE_SORT_MIN_ROWS rows on: sorting a handful of cards
// is clutter on a small screen). Every list of the app is this one component.
import { useId, useMemo, useState, type ReactNode } from "react";
import { filterRows, nextDirection, sortRows, type SortDirection, type SortValue } from "../lib/sort";
import { EmptyState } from "./States";

/** Fewer cards than this are shown without the phone's "Sort by" select. */
export const PHONE_SORT_MIN_ROWS = 6;

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Makes the column sortable. */
  sortValue?: (row: T) => SortValue;
  /** Text the filter box searches; defaults to the sort value. */
  filterText?: (row: T) => string;
  align?: "start" | "end";
}

export function DataTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  initialSort,
  filterable = true,
  emptyTitle = "Nothing here yet",
  emptyBody,
  testId,
  rowTestId,
  toolbar,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  caption: string;
  initialSort?: { key: string; direction: SortDirection } | null;
  filterable?: boolean;
  emptyTitle?: string;
  emptyBody?: ReactNode;
  testId?: string;
  rowTestId?: (row: T) => string;
  toolbar?: ReactNode;
}) {
  const [sort, setSort] = useState(initialSort ?? null);
  const [query, setQuery] = useState("");
  const filterId = useId();
  const sortId = useId();
  const sortable = columns.filter((c) => c.sortValue);
  const phoneSort =
    sortable.length > 0 && rows.length >= PHONE_SORT_MIN_ROWS ? (
      <div className="filter table-sort-phone">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={sort ? `${sort.key}:${sort.direction}` : ""}
          onChange={(e) => {
            const [key, direction] = e.target.value.split(":");
            setSort(key && (direction === "asc" || direction === "desc") ? { key, direction } : null);
          }}
          data-testid={testId ? `${testId}-sort` : undefined}
        >
          <option value="">As listed</option>
          {sortable.flatMap((c) => [
            <option key={`${c.key}:asc`} value={`${c.key}:asc`}>{`${c.header}, ascending`}</option>,
            <option key={`${c.key}:desc`} value={`${c.key}:desc`}>{`${c.header}, descending`}</option>,
          ])}
        </select>
      </div>
    ) : null;

  const visible = useMemo(() => {
    const searchable = (row: T) =>
      columns
        .map((c) => (c.filterText ? c.filterText(row) : c.sortValue ? String(c.sortValue(row) ?? "") : ""))
        .join(" ");
    const filtered = filterRows(rows, searchable, query);
    const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
    return column?.sortValue && sort ? sortRows(filtered, column.sortValue, sort.direction) : filtered;
  }, [rows, columns, query, sort]);

  return (
    <div className="table-block" data-testid={testId}>
      {filterable || toolbar ? (
        <div className="table-toolbar">
          {filterable ? (
            <div className="filter">
              <label htmlFor={filterId}>Filter</label>
              <input
                id={filterId}
                type="search"
                placeholder="Type to filter…"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                data-testid={testId ? `${testId}-filter` : undefined}
              />
            </div>
          ) : null}
          {toolbar}
          {phoneSort}
          <span className="table-count" aria-live="polite">
            {visible.length === rows.length ? `${rows.length} ${rows.length === 1 ? "row" : "rows"}` : `${visible.length} of ${rows.length} ${rows.length === 1 ? "row" : "rows"}`}
          </span>
        </div>
      ) : phoneSort ? (
        <div className="table-toolbar table-toolbar-phone">{phoneSort}</div>
      ) : null}
      {visible.length === 0 ? (
        <EmptyState title={rows.length === 0 ? emptyTitle : "No rows match the filter"}>
          {rows.length === 0 ? emptyBody : null}
        </EmptyState>
      ) : (
        <div className="table-scroll table-cards">
          <table className="table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => {
                  const active = sort?.key === c.key;
                  const ariaSort = active ? (sort.direction === "asc" ? "ascending" : "descending") : c.sortValue ? "none" : undefined;
                  return (
                    <th key={c.key} scope="col" aria-sort={ariaSort} className={c.align === "end" ? "num" : undefined}>
                      {c.sortValue ? (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() => setSort({ key: c.key, direction: active ? nextDirection(sort.direction) : "asc" })}
                        >
                          {c.header}
                          <span className="sort-icon" aria-hidden="true">
                            {active ? (sort.direction === "asc" ? "▲" : "▼") : "↕"}
                          </span>
                        </button>
                      ) : (
                        c.header
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {visible.map((row) => (
                <tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
                  {columns.map((c) => (
                    <td key={c.key} className={c.align === "end" ? "num" : undefined} data-label={c.header}>
                      {c.render(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
