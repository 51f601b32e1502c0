// A report's first rows with the page's filters (department, dates) from the address.
import { label } from "../lib/format";
import { filterParams, useListFilters } from "../oversight/FilterBar";
import type { PreviewRow } from "../oversight/filters";
import { DataTable } from "../ui/DataTable";
import { QueryState } from "../ui/States";
import { useReportPreview } from "./hooks";

const PREVIEW_ROWS = 10;

export function ReportPreview({ name }: { name: string }) {
  const filters = filterParams(useListFilters());
  const report = useReportPreview(name, filters, PREVIEW_ROWS);
  return (
    <QueryState query={report} loadingLabel="Loading the preview…">
      {(preview) => (
        <>
          <p className="muted" data-testid="preview-count">
            {preview.total === preview.rows.length ? `${preview.total} ${preview.total === 1 ? "row" : "rows"}.` : `The first ${preview.rows.length} of ${preview.total} rows; the CSV has them all.`}
          </p>
          <div className="preview-table">
            <DataTable<PreviewRow>
              rows={preview.rows}
              rowKey={(r) => r.__row}
              caption={`Preview of the ${name} report`}
              testId="report-preview-table"
              filterable={false}
              emptyTitle="No rows match these filters"
              columns={preview.columns.map((c) => ({ key: c, header: label(c), sortValue: (r: PreviewRow) => r[c] ?? "", render: (r: PreviewRow) => String(r[c] ?? "—") }))}
            />
          </div>
        </>
      )}
    </QueryState>
  );
}

