// Names for ids: the employees and departments the caller may see, loaded once.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { allPages, api } from "../api/client";
import type { Department, Employee } from "../api/types";

export function useEmployees() {
  return useQuery({
    queryKey: ["employees", "all"],
    queryFn: () => allPages((cursor) => api.GET("/api/v1/employees", { params: { query: { limit: 500, cursor } } })),
    staleTime: 5 * 60_000,
  });
}

export function useDepartments() {
  return useQuery({
    queryKey: ["departments", "all"],
    queryFn: () => allPages((cursor) => api.GET("/api/v1/departments", { params: { query: { limit: 500, cursor } } })),
    staleTime: 10 * 60_000,
  });
}

export interface Directory {
  employee: (id: number | null | undefined) => Employee | undefined;
  name: (id: number | null | undefined, fallback?: string) => string;
  department: (id: number | null | undefined) => string;
  employees: Employee[];
  departments: Department[];
}

export function useDirectory(): Directory {
  const employees = useEmployees();
  const departments = useDepartments();
  return useMemo(() => {
    const people = new Map((employees.data ?? []).map((e) => [e.id, e]));
    const depts = new Map((departments.data ?? []).map((d) => [d.id, d]));
    return {
      employee: (id) => (id === null || id === undefined ? undefined : people.get(id)),
      name: (id, fallback) => {
        if (id === null || id === undefined) return "—";
        return people.get(id)?.full_name ?? fallback ?? `Employee #${id}`;
      },
      department: (id) => (id === null || id === undefined ? "—" : depts.get(id)?.name ?? `#${id}`),
      employees: employees.data ?? [],
      departments: departments.data ?? [],
    };
  }, [employees.data, departments.data]);
}
