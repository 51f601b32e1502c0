// Starts the real API on a fresh SQLite database, serving the built SPA from the same origin,
// creates the first HR account with the CLI, and sets up the organisation through the API as HR.
import createClient from "openapi-fetch";
import type { TestProject } from "vitest/node";
import type { paths } from "../src/client/schema";
import type { Account, E2EContext } from "./context";
import { startApi } from "./server";

const PASSWORD = "e2e-Pass-2026!";

function isoDaysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startApi();
  const { baseUrl } = server;
  server.run(["users", "create", "--email", "hr@example.com", "--password", PASSWORD, "--role", "hr_admin"]);

  // --- the organisation, set up through the API as HR ---
  const form = new URLSearchParams({ grant_type: "password", username: "hr@example.com", password: PASSWORD });
  const tokenResponse = await fetch(`${baseUrl}/api/v1/auth/token`, { method: "POST", body: form });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

  const person = (id: string, name: string, extra: { level?: string; leader?: string | null; years?: number; skills?: [string, number][]; title?: string; dept?: string }) => ({
    external_id: id,
    employee_number: id.slice(2),
    full_name: name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
    department_external_id: extra.dept ?? "D-OPS",
    function: "Operations",
    level: extra.level ?? "M2",
    job_title: extra.title ?? "Shift Manager",
    is_managerial: true,
    hire_date: isoDaysAgo(365 * (extra.years ?? 4)),
    team_leader_external_id: extra.leader === undefined ? "E-100" : extra.leader,
    status: "active" as const,
    skills: (extra.skills ?? []).map(([skill, level]) => ({ skill, level })),
  });
  const review = (id: string, employee: string, rating: number, areas: string[], summary: string) => ({
    external_id: id,
    employee_external_id: employee,
    period_start: isoDaysAgo(200),
    period_end: isoDaysAgo(20),
    rating,
    summary,
    improvement_areas: areas,
  });
  const sync = await api.POST("/api/v1/integrations/hris/sync", {
    body: {
      departments: [
        { external_id: "D-OPS", name: "Operations" },
        { external_id: "D-FIN", name: "Finance" },
      ],
      employees: [
        person("E-100", "Lena Fischer", { level: "M3", leader: null, years: 9, title: "Head of Operations", skills: [["Coaching", 5]] }),
        person("E-101", "Mia Novak", { skills: [["Delegation", 2], ["Coaching", 2], ["Planning", 3]] }),
        person("E-102", "Paul Berger", { years: 6, title: "Senior Shift Manager", skills: [["Delegation", 5], ["Coaching", 4], ["Planning", 4]] }),
        person("E-103", "Omar Haddad", { years: 3, skills: [["Delegation", 4], ["Planning", 5]] }),
        person("E-104", "Sara Lindqvist", { years: 1, skills: [["Coaching", 3]] }),
        person("E-105", "Noah Keller", { level: "M1", skills: [["Negotiation", 2]], title: "Team Coordinator" }),
        person("E-106", "Olivia Brandt", { level: "M1", years: 5, skills: [["Negotiation", 5]], title: "Team Coordinator" }),
        person("E-200", "Fatima Rahman", { dept: "D-FIN", level: "M3", leader: null, years: 7, title: "Finance Lead", skills: [["Budgeting", 5]] }),
      ],
      performance_reviews: [
        review("PR-101", "E-101", 3, ["Delegation", "Coaching"], "Reliable; needs to delegate more."),
        review("PR-102", "E-102", 5, [], "Outstanding half-year."),
        review("PR-103", "E-103", 4, [], "Strong planner."),
        review("PR-104", "E-104", 3, ["Coaching"], "Good start."),
        review("PR-105", "E-105", 3, ["Negotiation"], "Needs confidence with suppliers."),
        review("PR-106", "E-106", 5, [], "Excellent negotiator."),
      ],
    },
  });
  if (!sync.data) throw new Error(`HRIS sync failed: ${JSON.stringify(sync.error)}`);
  const employees = await api.GET("/api/v1/employees", { params: { query: { limit: 500 } } });
  const idOf = (external: string) => {
    const found = employees.data?.items.find((e) => e.external_id === external);
    if (!found) throw new Error(`no employee ${external}`);
    return found.id;
  };
  const account = async (external: string, role: "team_leader" | "employee"): Promise<Account> => {
    const employeeId = idOf(external);
    const email = employees.data?.items.find((e) => e.id === employeeId)?.email ?? "";
    const created = await api.POST("/api/v1/users", { body: { email, password: PASSWORD, role, employee_id: employeeId } });
    if (!created.data) throw new Error(`user ${email}: ${JSON.stringify(created.error)}`);
    return { email, password: PASSWORD, employeeId };
  };
  const leader = await account("E-100", "team_leader");
  const mentee = await account("E-101", "employee");
  // Paul, the mentor of the whole path, has no login yet: HR creates it in the SPA and he sets
  // his own password from the one-time link (e2e/mentoring-path.e2e.ts), with this password.
  const mentorId = idOf("E-102");
  const mentor: Account = {
    email: employees.data?.items.find((e) => e.id === mentorId)?.email ?? "",
    password: PASSWORD,
    employeeId: mentorId,
  };
  const mentee2 = await account("E-105", "employee");
  const mentor2 = await account("E-106", "employee");
  for (const external of ["E-102", "E-103", "E-106"]) {
    const profile = await api.PUT("/api/v1/employees/{employee_id}/mentor-profile", {
      params: { path: { employee_id: idOf(external) } },
      body: { available: true, bio: "Happy to help a peer grow.", skills_offered: [] },
    });
    if (!profile.data) throw new Error(`mentor profile ${external}: ${JSON.stringify(profile.error)}`);
  }
  const reviewId = async (employeeId: number) => {
    const page = await api.GET("/api/v1/employees/{employee_id}/performance-reviews", { params: { path: { employee_id: employeeId } } });
    const first = page.data?.items[0];
    if (!first) throw new Error("no performance review");
    return first.id;
  };

  const context: E2EContext = {
    baseUrl,
    hr: { email: "hr@example.com", password: PASSWORD },
    leader,
    mentee,
    mentor,
    mentee2,
    mentor2,
    menteeReviewId: await reviewId(mentee.employeeId),
    mentee2ReviewId: await reviewId(mentee2.employeeId),
  };
  project.provide("e2e", context);

  return () => server.stop();
}
