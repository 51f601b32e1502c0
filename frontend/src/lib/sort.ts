// Sorting and filtering for tables: nulls last whatever the direction, numbers as numbers,
// text in the reader's collation (so "Émile" sorts with "E").
export type SortValue = string | number | boolean | null | undefined;
export type SortDirection = "asc" | "desc";

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

export function compareValues(a: SortValue, b: SortValue): number {
  const aEmpty = a === null || a === undefined || a === "";
  const bEmpty = b === null || b === undefined || b === "";
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/** A stable sort of a copy; empty values stay at the end in both directions. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection): T[] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: value(row) }))
    .sort((x, y) => {
      const xEmpty = x.key === null || x.key === undefined || x.key === "";
      const yEmpty = y.key === null || y.key === undefined || y.key === "";
      if (xEmpty !== yEmpty) return xEmpty ? 1 : -1;
      return sign * compareValues(x.key, y.key) || x.index - y.index;
    })
    .map((entry) => entry.row);
}

/** Rows where every word of the query appears in the row's text (case and accent blind). */
export function filterRows<T>(rows: readonly T[], text: (row: T) => string, query: string): T[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = normalise(text(row));
    return words.every((word) => haystack.includes(word));
  });
}

function normalise(value: string): string {
  return value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

export function nextDirection(current: SortDirection | null): SortDirection {
  return current === "asc" ? "desc" : "asc";
}
