// A report's first rows with the page's filters (department, dates) from the address.
import { useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";
import { label } from "../lib/format";
import { filterParams, useListFilters } from "../oversight/FilterBar";
import { previewOf, type PreviewRow } from "../oversight/filters";
import { DataTable } from "../ui/DataTable";
import { QueryState } from "../ui/States";

const PREVIEW_ROWS = 10;

export function ReportPreview({ name }: { name: string }) {
  const filters = filterParams(useListFilters());
  const report = useQuery({
    queryKey: ["reports", name, "preview", filters],
    queryFn: async () => {
      // Every report takes the same filters; the path is one of the report routes.
      const body: unknown = await call(api.GET(`/api/v1/reports/${name}` as "/api/v1/reports/training", { params: { query: filters } }));
      return previewOf(body, PREVIEW_ROWS);
    },
  });
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

