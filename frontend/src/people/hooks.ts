// Employees and what hangs off them: the query keys (defined once) and the hooks that read them.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";
import { ApiError } from "../api/problem";

export const peopleKeys = {
  employee: (id: number) => ["employee", id] as const,
  search: (q: string) => ["employees", "search", q] as const,
  page: (q: string) => ["employees", "page", q] as const,
  departments: ["departments", "all"] as const,
  mentorProfile: (id: number) => ["mentor-profile", id] as const,
  eligibility: (id: number) => ["mentor-eligibility", id] as const,
  performanceReviews: (id: number) => ["performance-reviews", id] as const,
  personnelFile: (id: number) => ["personnel-file", id] as const,
  development: (id: number) => ["development", id] as const,
};

export function useEmployee(id: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.employee(id),
    queryFn: () => call(api.GET("/api/v1/employees/{employee_id}", { params: { path: { employee_id: id } } })),
    ...options,
  });
}

/** The mentor profile, or null when the employee has none yet (404). */
export function useMentorProfile(employeeId: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.mentorProfile(employeeId),
    queryFn: async () => {
      try {
        return await call(api.GET("/api/v1/employees/{employee_id}/mentor-profile", { params: { path: { employee_id: employeeId } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
    ...options,
  });
}

export function useMentorEligibility(employeeId: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.eligibility(employeeId),
    queryFn: () => call(api.GET("/api/v1/employees/{employee_id}/mentor-eligibility", { params: { path: { employee_id: employeeId } } })),
    ...options,
  });
}

export function usePerformanceReviews(employeeId: number, options: { enabled?: boolean; retry?: boolean } = {}) {
  return useQuery({
    queryKey: peopleKeys.performanceReviews(employeeId),
    queryFn: () =>
      call(api.GET("/api/v1/employees/{employee_id}/performance-reviews", { params: { path: { employee_id: employeeId }, query: { limit: 100 } } })),
    ...options,
  });
}

export function usePersonnelFile(employeeId: number) {
  return useQuery({
    queryKey: peopleKeys.personnelFile(employeeId),
    queryFn: () => call(api.GET("/api/v1/employees/{employee_id}/personnel-file", { params: { path: { employee_id: employeeId }, query: { limit: 200 } } })),
    retry: false,
  });
}

export function useDevelopmentRecords(employeeId: number) {
  return useQuery({
    queryKey: peopleKeys.development(employeeId),
    queryFn: () =>
      call(api.GET("/api/v1/employees/{employee_id}/development-records", { params: { path: { employee_id: employeeId }, query: { limit: 100 } } })),
    retry: false,
  });
}

export interface EmployeeSearch {
  q: string;
  teamLeaderId?: number | null;
}

/** Search-as-you-type: at most `limit` (20) active people matching `q` (name or e-mail), asked of the API. */
export function useEmployeeSearch({ q, teamLeaderId, limit = 20 }: EmployeeSearch & { limit?: number }, options: { staleTime?: number } = {}) {
  return useQuery({
    queryKey: [...peopleKeys.search(q), teamLeaderId ?? null, limit] as const,
    queryFn: () =>
      call(
        api.GET("/api/v1/employees", {
          params: { query: { q, status: "active", limit, ...(teamLeaderId ? { team_leader_id: teamLeaderId } : {}) } },
        }),
      ),
    enabled: q.length >= 2,
    staleTime: 30_000,
    ...options,
  });
}

/** One person's name by id, for the rare screen whose record carries only the id (cached per id). */
export function useEmployeeName(id: number | null | undefined): string {
  const person = useEmployee(id ?? 0, { enabled: Boolean(id) });
  if (!id) return "—";
  return person.data?.full_name ?? "…";
}

/** The people list a page at a time (50), searched by the API: never the whole organisation. */
export function useEmployeePages({ q, teamLeaderId }: EmployeeSearch) {
  return useInfiniteQuery({
    queryKey: [...peopleKeys.page(q), teamLeaderId ?? null] as const,
    queryFn: ({ pageParam }) =>
      call(
        api.GET("/api/v1/employees", {
          params: {
            query: { limit: 50, ...(q ? { q } : {}), ...(teamLeaderId ? { team_leader_id: teamLeaderId } : {}), ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}
