// The inbox, every role's home page: what the signed-in person must do now, linked to the
// record, overdue first, with the count on the menu. Its own people (Legal, and Tilda in
// Operations) so that the other files' records stay as they expect them.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { apiAs, axeViolations, cspViolations, launch, shot, signIn, today } from "./support";

const ctx = inject("e2e");
const PASSWORD = "e2e-Inbox-2026!";
let browser: Browser;
let tildaRequestId = 0;
let legalPairingId = 0;
let tilda = { email: "", password: PASSWORD };

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  browser = await launch();
  const asHr = await apiAs(ctx.baseUrl, ctx.hr.email, ctx.hr.password);
  // Legal: Ivy (the mentee) and Ben (an eligible mentor), led by Rosa, who has no account.
  const person = (id: string, name: string, extra: { leader?: string | null; rating?: number; dept?: string }) => ({
    external_id: id,
    employee_number: id.slice(2),
    full_name: name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`,
    department_external_id: extra.dept ?? "D-LEG",
    function: "Legal",
    level: extra.leader === null ? "M3" : "M2",
    job_title: "Counsel",
    is_managerial: true,
    hire_date: daysAgo(365 * 4),
    team_leader_external_id: extra.leader === undefined ? "E-400" : extra.leader,
    status: "active" as const,
    skills: [{ skill: "Negotiation", level: extra.rating === 5 ? 5 : 2 }],
  });
  const sync = await asHr.POST("/api/v1/integrations/hris/sync", {
    body: {
      departments: [{ external_id: "D-LEG", name: "Legal" }],
      employees: [person("E-400", "Rosa Marin", { leader: null }), person("E-401", "Ivy Lang", {}), person("E-402", "Ben Ortiz", { rating: 5 }), person("E-403", "Tilda Moss", { leader: "E-100", dept: "D-OPS" })],
      performance_reviews: [
        { external_id: "PR-401", employee_external_id: "E-401", period_start: daysAgo(200), period_end: daysAgo(20), rating: 3, summary: "Needs to negotiate", improvement_areas: ["Negotiation"] },
        { external_id: "PR-402", employee_external_id: "E-402", period_start: daysAgo(200), period_end: daysAgo(20), rating: 5, summary: "Excellent", improvement_areas: [] },
        { external_id: "PR-403", employee_external_id: "E-403", period_start: daysAgo(200), period_end: daysAgo(20), rating: 3, summary: "Good start", improvement_areas: ["Coaching"] },
      ],
    },
  });
  if (!sync.data) throw new Error(JSON.stringify(sync.error));
  const legal = await asHr.GET("/api/v1/employees", { params: { query: { q: "@example.com", limit: 500 } } });
  const idOf = (name: string) => legal.data?.items.find((e) => e.full_name === name)?.id ?? 0;
  const [ivy, ben, tildaId] = [idOf("Ivy Lang"), idOf("Ben Ortiz"), idOf("Tilda Moss")];
  await asHr.PUT("/api/v1/employees/{employee_id}/mentor-profile", {
    params: { path: { employee_id: ben } },
    body: { available: true, bio: "Happy to help.", skills_offered: ["Negotiation"] },
  });
  // HR raised Ivy's request after a discussion a week ago and proposed Ben, to start yesterday:
  // the approval and both role trainings are overdue.
  const reviews = await asHr.GET("/api/v1/employees/{employee_id}/performance-reviews", { params: { path: { employee_id: ivy } } });
  const request = await asHr.POST("/api/v1/mentoring-requests", {
    body: { mentee_id: ivy, performance_review_id: reviews.data?.items[0]?.id ?? 0, discussion_date: daysAgo(7) },
  });
  if (!request.data) throw new Error(JSON.stringify(request.error));
  const pairing = await asHr.POST("/api/v1/pairings", {
    body: { request_id: request.data.id, mentor_id: ben, goals: ["Lead one contract negotiation"], meeting_cadence: "weekly", start_date: daysAgo(1) },
  });
  if (!pairing.data) throw new Error(JSON.stringify(pairing.error));
  legalPairingId = pairing.data.id;
  // Tilda (Operations, led by Lena) asks for a mentor herself: Lena must confirm it.
  const email = legal.data?.items.find((e) => e.id === tildaId)?.email ?? "";
  const user = await asHr.POST("/api/v1/users", { body: { email, password: PASSWORD, role: "employee", employee_id: tildaId } });
  if (!user.data) throw new Error(JSON.stringify(user.error));
  tilda = { email, password: PASSWORD };
  const asTilda = await apiAs(ctx.baseUrl, email, PASSWORD);
  const tildaReviews = await asTilda.GET("/api/v1/employees/{employee_id}/performance-reviews", { params: { path: { employee_id: tildaId } } });
  const own = await asTilda.POST("/api/v1/mentoring-requests", {
    body: { mentee_id: tildaId, performance_review_id: tildaReviews.data?.items[0]?.id ?? 0, discussion_date: today() },
  });
  if (!own.data) throw new Error(JSON.stringify(own.error));
  tildaRequestId = own.data.id;
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

describe("the inbox", () => {
  it("is where a team leader lands: the request to confirm, linked to it", async () => {
    const { context, page } = await signIn(browser, ctx.baseUrl, ctx.leader.email, ctx.leader.password);
    await page.waitForURL(/\/inbox$/);
    expect(await page.getByTestId("page-title").textContent()).toBe("Inbox");
    const task = page.getByTestId(`task-confirm_request-${tildaRequestId}`);
    await task.waitFor();
    expect(await task.textContent()).toBe("Confirm Tilda Moss's request for a mentor");
    expect(await page.getByTestId("inbox-count-confirm_request").textContent()).toContain("Confirm request");
    // The menu counts every task of the inbox.
    const tasks = await page.getByTestId("inbox-task").count();
    await expect.poll(() => page.getByTestId("nav-inbox-count").textContent()).toBe(String(tasks));
    await shot(page, "inbox-01-team-leader");
    expect(await axeViolations(page)).toEqual([]);
    await task.click();
    await page.waitForURL(new RegExp(`/requests/${tildaRequestId}$`));
    await context.close();
  });

  it("shows HR the overdue tasks first, highlighted", async () => {
    const { context, page } = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    await page.waitForURL(/\/inbox$/);
    const overdue = page.getByTestId("inbox-group-overdue");
    await overdue.waitFor();
    // Before anything else on the page.
    const firstGroup = page.locator("[data-testid^='inbox-group-']").first();
    expect(await firstGroup.getAttribute("data-testid")).toBe("inbox-group-overdue");
    const approve = overdue.getByTestId(`task-approve_pairing-${legalPairingId}`);
    expect(await approve.textContent()).toBe("Approve the mentoring agreement of Ben Ortiz & Ivy Lang");
    expect(await overdue.textContent()).toContain("Record Ben Ortiz's mentor training (mentor of Ivy Lang)");
    expect(await overdue.textContent()).toContain("Record Ivy Lang's mentee orientation (mentored by Ben Ortiz)");
    expect(await overdue.textContent()).toContain("Overdue: was due");
    // HR does not confirm Tilda's request: Lena, her team leader, does.
    expect(await page.getByTestId(`task-confirm_request-${tildaRequestId}`).count()).toBe(0);
    expect(await page.getByTestId("nav-inbox-count").getAttribute("class")).toContain("nav-count-overdue");
    await shot(page, "inbox-02-hr-overdue-first");
    expect(await axeViolations(page)).toEqual([]);
    await approve.click();
    await page.waitForURL(new RegExp(`/pairings/${legalPairingId}$`));
    await context.close();
  });

  it("tells an employee with nothing to do that they are all caught up", async () => {
    const { context, page } = await signIn(browser, ctx.baseUrl, tilda.email, tilda.password);
    await page.waitForURL(/\/inbox$/);
    await page.getByText("You are all caught up").waitFor();
    expect(await page.getByTestId("nav-inbox-count").count()).toBe(0);
    await shot(page, "inbox-03-employee-caught-up");
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
