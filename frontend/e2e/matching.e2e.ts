// HR runs the programme-wide matching for one department, reads the explained proposals beside
// the unmatched request and its reason, and proposes a chosen subset, then the rest.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { apiAs, cspViolations, launch, shot, signIn, today, type Session } from "./support";

const ctx = inject("e2e");
let browser: Browser;
let hr: Session;
const ids: Record<string, number> = {};
const requests: Record<string, number> = {};

function id(external: string): number {
  const found = ids[external];
  if (found === undefined) throw new Error(`no employee ${external}`);
  return found;
}

function yearsAgo(years: number): string {
  return new Date(Date.now() - years * 365 * 86_400_000).toISOString().slice(0, 10);
}

/** A Marketing department of its own (the other files' people stay out of scope): Ivan wants
 * Budgeting and Hiring, Julia Budgeting, Kofi (the only M1) Forecasting; Lars covers Budgeting
 * and Hiring, Maya Budgeting, one place each. */
async function marketing(): Promise<void> {
  const asHr = await apiAs(ctx.baseUrl, ctx.hr.email, ctx.hr.password);
  const person = (id: string, name: string, level: string, years: number, skills: [string, number][]) => ({
    external_id: id,
    employee_number: id.slice(2),
    full_name: name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
    department_external_id: "D-MKT",
    function: "Marketing",
    level,
    job_title: "Marketing Manager",
    is_managerial: true,
    hire_date: yearsAgo(years),
    team_leader_external_id: id === "E-300" ? null : "E-300",
    status: "active" as const,
    skills: skills.map(([skill, level]) => ({ skill, level })),
  });
  const review = (id: string, employee: string, rating: number, areas: string[]) => ({
    external_id: id,
    employee_external_id: employee,
    period_start: yearsAgo(0.5),
    period_end: yearsAgo(0.05),
    rating,
    summary: "Half-year review",
    improvement_areas: areas,
  });
  const sync = await asHr.POST("/api/v1/integrations/hris/sync", {
    body: {
      departments: [{ external_id: "D-MKT", name: "Marketing" }],
      employees: [
        person("E-300", "Greta Holm", "M3", 10, []),
        person("E-301", "Ivan Petrov", "M2", 3, [["Budgeting", 2]]),
        person("E-302", "Julia Costa", "M2", 3, [["Budgeting", 1]]),
        person("E-303", "Kofi Mensah", "M1", 2, []),
        person("E-310", "Lars Berg", "M2", 6, [["Budgeting", 5], ["Hiring", 5]]),
        person("E-311", "Maya Singh", "M2", 5, [["Budgeting", 5]]),
      ],
      performance_reviews: [
        review("PR-301", "E-301", 3, ["Budgeting", "Hiring"]),
        review("PR-302", "E-302", 3, ["Budgeting"]),
        review("PR-303", "E-303", 3, ["Forecasting"]),
        review("PR-310", "E-310", 5, []),
        review("PR-311", "E-311", 5, []),
      ],
    },
  });
  if (!sync.data) throw new Error(JSON.stringify(sync.error));
  const employees = await asHr.GET("/api/v1/employees", { params: { query: { limit: 500 } } });
  for (const e of employees.data?.items ?? []) if (e.external_id) ids[e.external_id] = e.id;
  for (const mentor of ["E-310", "E-311"]) {
    const profile = await asHr.PUT("/api/v1/employees/{employee_id}/mentor-profile", {
      params: { path: { employee_id: id(mentor) } },
      body: { available: true, capacity: 1, bio: "Glad to help.", skills_offered: [] },
    });
    if (!profile.data) throw new Error(JSON.stringify(profile.error));
  }
  for (const mentee of ["E-301", "E-302", "E-303"]) {
    const reviews = await asHr.GET("/api/v1/employees/{employee_id}/performance-reviews", { params: { path: { employee_id: id(mentee) } } });
    const created = await asHr.POST("/api/v1/mentoring-requests", {
      body: { mentee_id: id(mentee), performance_review_id: reviews.data?.items[0]?.id ?? 0, discussion_date: today() },
    });
    if (!created.data) throw new Error(JSON.stringify(created.error));
    requests[mentee] = created.data.id;
  }
}

beforeAll(async () => {
  browser = await launch();
  await marketing();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

describe("programme-wide matching", () => {
  it("HR runs matching for Marketing: explained proposals beside the unmatched with its reason", async () => {
    hr = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    const { page } = hr;
    await page.getByTestId("nav-matching").click();
    await page.getByTestId("matching-form").waitFor();
    await expect.poll(() => page.getByTestId("matching-scope").locator("option", { hasText: "Marketing" }).count()).toBe(1);
    await page.getByTestId("matching-scope").selectOption({ label: "Marketing" });
    await page.getByTestId("matching-objective").selectOption("best_coverage");
    await page.getByTestId("run-matching").click();
    await page.getByTestId("matching-proposals").waitFor();
    // The optimum: Ivan with Lars (both areas), Julia with Maya; Kofi has no M1 peer to mentor him.
    const ivan = page.getByTestId(`proposal-${requests["E-301"]}`);
    const julia = page.getByTestId(`proposal-${requests["E-302"]}`);
    expect(await ivan.textContent()).toContain("Ivan Petrov with Lars Berg");
    expect(await ivan.getByTestId("proposal-explanation").textContent()).toContain("Budgeting");
    expect(await ivan.getByTestId("proposal-explanation").textContent()).toContain("Hiring");
    expect(await julia.textContent()).toContain("Julia Costa with Maya Singh");
    expect(await page.getByTestId("matching-summary").textContent()).toContain("total score 200");
    expect(await page.getByTestId(`unmatched-${requests["E-303"]}`).textContent()).toContain("No eligible mentor among the mentee's peers.");
    await shot(page, "40-hr-run-matching"); // and its phone copy (shot takes both)
  });

  it("proposes the chosen match only", async () => {
    const { page } = hr;
    await page.getByTestId(`select-${requests["E-302"]}`).uncheck();
    expect(await page.getByTestId("propose-selected").textContent()).toBe("Propose 1 pairing");
    await page.getByTestId("matching-goals").fill("Own the quarterly budget");
    await page.getByTestId("propose-selected").click();
    await page.getByTestId("matching-proposed").waitFor();
    expect(await page.getByTestId("matching-proposed").textContent()).toContain("1 pairing proposed");
    await shot(page, "41-hr-matching-proposed");
    const asHr = await apiAs(ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    const ivans = await asHr.GET("/api/v1/pairings", { params: { query: { mentee_id: id("E-301") } } });
    expect(ivans.data?.items.map((p) => [p.status, p.mentor_id, p.goals])).toEqual([["proposed", id("E-310"), ["Own the quarterly budget"]]]);
    const julias = await asHr.GET("/api/v1/pairings", { params: { query: { mentee_id: id("E-302") } } });
    expect(julias.data?.items).toEqual([]);
    // Proposed once: Ivan's match can no longer be chosen on this screen.
    expect(await page.getByTestId(`select-${requests["E-301"]}`).isDisabled()).toBe(true);
    expect(await page.getByTestId(`proposal-${requests["E-301"]}`).textContent()).toContain("already proposed");
  });

  it("a run gone stale is refused with the reasons, and nothing is created", async () => {
    const { page } = hr;
    // Since the run, Julia's request was cancelled.
    const asHr = await apiAs(ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    const cancelled = await asHr.POST("/api/v1/mentoring-requests/{request_id}/cancel", { params: { path: { request_id: requests["E-302"] ?? 0 } } });
    expect(cancelled.data?.status).toBe("cancelled");
    await page.getByTestId(`select-${requests["E-302"]}`).check();
    await page.getByTestId("propose-selected").click();
    const problem = page.getByTestId("propose-problem");
    await problem.waitFor();
    expect(await problem.textContent()).toContain("The request is cancelled.");
    await shot(page, "42-hr-matching-stale");
    const julias = await asHr.GET("/api/v1/pairings", { params: { query: { mentee_id: id("E-302") } } });
    expect(julias.data?.items).toEqual([]);
  });
});
