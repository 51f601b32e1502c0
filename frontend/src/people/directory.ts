// Department names for ids: the departments are few and loaded once. People are never loaded in
// bulk: records carry their people as summaries (see ./names.ts), forms search (./PersonSearch.tsx).
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { allPages, api } from "../api/client";
import type { Department } from "../api/types";
import { peopleKeys } from "./hooks";

export function useDepartments() {
  return useQuery({
    queryKey: peopleKeys.departments,
    queryFn: () => allPages((cursor) => api.GET("/api/v1/departments", { params: { query: { limit: 500, cursor } } })),
    staleTime: 10 * 60_000,
  });
}

export interface Departments {
  name: (id: number | null | undefined) => string;
  all: Department[];
}

export function useDepartmentNames(): Departments {
  const departments = useDepartments();
  return useMemo(() => {
    const byId = new Map((departments.data ?? []).map((d) => [d.id, d]));
    return {
      name: (id) => (id === null || id === undefined ? "—" : (byId.get(id)?.name ?? "—")),
      all: departments.data ?? [],
    };
  }, [departments.data]);
}
