// Reports (the dashboard's figures, the impact report, the previews): the query keys (defined
// once) and the hooks that read them. Each report answers JSON unless CSV is asked for.
import { useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";
import type { ProgrammeImpact } from "../api/types";
import { previewOf, type ListFilters } from "../oversight/filters";

/** The impact report's filters: the mentee's department and the pairings' start dates. */
export type ImpactFilters = Pick<ListFilters, "department_id" | "date_from" | "date_to">;

export const reportKeys = {
  root: ["reports"] as const,
  summary: ["reports", "programme-summary"] as const,
  monthly: ["reports", "monthly"] as const,
  impact: (filters: ImpactFilters) => ["reports", "programme-impact", filters] as const,
  preview: (name: string, filters: ListFilters) => ["reports", name, "preview", filters] as const,
};

export function useProgrammeSummary() {
  return useQuery({
    queryKey: reportKeys.summary,
    queryFn: async () => {
      // The report answers JSON or CSV; without ?format=csv it is JSON.
      const body = await call(api.GET("/api/v1/reports/programme-summary"));
      if (typeof body === "string") throw new Error("Expected the JSON summary");
      return body;
    },
  });
}

export function useMonthlyReport() {
  return useQuery({
    queryKey: reportKeys.monthly,
    queryFn: async () => {
      const body = await call(api.GET("/api/v1/reports/monthly"));
      if (typeof body === "string") throw new Error("Expected the JSON report");
      return body;
    },
  });
}

export function useProgrammeImpact(filters: ImpactFilters) {
  return useQuery({
    queryKey: reportKeys.impact(filters),
    queryFn: async (): Promise<ProgrammeImpact> => {
      const body = await call(api.GET("/api/v1/reports/programme-impact", { params: { query: filters } }));
      if (typeof body === "string") throw new Error("Expected the JSON report");
      return body;
    },
  });
}

/** A report's first `rows` rows with the list filters (every report takes the same ones). */
export function useReportPreview(name: string, filters: ListFilters, rows: number) {
  return useQuery({
    queryKey: reportKeys.preview(name, filters),
    queryFn: async () => {
      // The path is one of the report routes; the preview reads any report's shape.
      const body: unknown = await call(api.GET(`/api/v1/reports/${name}` as "/api/v1/reports/training", { params: { query: filters } }));
      return previewOf(body, rows);
    },
  });
}
