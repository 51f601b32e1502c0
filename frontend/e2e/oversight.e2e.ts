// Oversight on the demo organisation: a dashboard chart's bar opens the pairings it counts,
// filtered; a report's preview follows the department filter beside its CSV download; the audit
// log filters by actor, entity and dates. Each screen at 1440x900 and at 390x844, with axe-core
// (0 violations) and, on the phone, nothing wider than the screen.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { apiAs, axeViolations, cspViolations, launch, shot, signIn, title, today, type Session } from "./support";
import { startApi, type ApiServer } from "./server";

const DEMO_PASSWORD = "mentor-demo-2026";
let browser: Browser;
let demo: ApiServer;
let hr: Session;

beforeAll(async () => {
  browser = await launch();
  demo = await startApi();
  demo.run(["seed-demo"]);
  hr = await signIn(browser, demo.baseUrl, "hr@example.com", DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

async function loaded(page: Page): Promise<void> {
  await page.getByTestId("loading").first().waitFor({ state: "detached", timeout: 15_000 }).catch(() => undefined);
}

/** axe-core finds nothing at desktop size; then at 390x844 nothing is wider than the screen
 * and axe still finds nothing; back to the desktop. */
async function checkBothSizes(page: Page, name: string): Promise<void> {
  await loaded(page);
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, name);
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await loaded(page);
    // Charts redraw at the new width once their container's resize is observed.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll("body *")]
            .filter((e) => e.getBoundingClientRect().right > 392 && !e.closest(".table-scroll, .preview-table"))
            .map((e) => `${e.tagName}.${String(e.getAttribute("class"))}`)
            .slice(0, 8),
        ),
      )
      .toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  } finally {
    await page.setViewportSize({ width: 1440, height: 900 });
  }
}

describe("oversight at a glance", () => {
  it("a bar of the status chart opens the pairings of that status", async () => {
    const { page } = hr;
    await page.getByTestId("nav-dashboard").click();
    const chart = page.getByTestId("status-chart");
    await chart.locator(".recharts-bar-rectangle path").first().waitFor();
    await checkBothSizes(page, "60-hr-dashboard-charts");
    // The bars follow the status order: proposed, approved, active, ...
    const bars = chart.locator(".recharts-bar-rectangle");
    expect(await bars.count()).toBe(7);
    await bars.nth(2).locator("path").click();
    await page.waitForURL(/\/pairings\?status=active$/);
    await page.getByTestId("pairings-table").waitFor();
    expect(await title(page)).toBe("Pairings");
    expect(await page.getByTestId("pairings-filters-status").inputValue()).toBe("active");
    const statuses = await page.getByTestId("pairings-table").locator("tbody tr").allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const row of statuses) expect(row).toContain("Active");
    await checkBothSizes(page, "61-hr-pairings-active");
  });

  it("a department bar and a department filter narrow the pairings", async () => {
    const { page } = hr;
    await page.getByTestId("nav-dashboard").click();
    const link = page.getByTestId("department-link").locator("a").first();
    await link.waitFor();
    const name = ((await link.textContent()) ?? "").split(":")[0];
    await page.getByTestId("department-chart").locator(".recharts-bar-rectangle path").first().click();
    await page.waitForURL(/\/pairings\?department_id=\d+$/);
    await page.getByTestId("pairings-table").waitFor();
    const selected = await page.getByTestId("pairings-filters-department").evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent);
    expect(selected).toBe(name);
    const rows = await page.getByTestId("pairings-table").locator("tbody tr").allTextContents();
    for (const row of rows) expect(row).toContain(name);
    // The status filter is added to the address beside the department.
    await page.getByTestId("pairings-filters-status").selectOption("completed");
    await page.waitForURL(/department_id=\d+&status=completed/);
  });

  it("a report's preview follows the department filter beside its CSV download", async () => {
    const { page } = hr;
    await page.getByTestId("nav-reports").click();
    await page.getByTestId("preview-training").click();
    const table = page.getByTestId("report-preview-table");
    await table.waitFor();
    const all = await page.getByTestId("preview-count").textContent();
    const department = page.getByTestId("report-filters-department");
    const options = await department.locator("option").allTextContents();
    const name = options[1] ?? "";
    await department.selectOption({ label: name });
    await page.waitForURL(/report=training&department_id=\d+/);
    await expect.poll(() => page.getByTestId("preview-count").textContent()).not.toBe(all);
    const rows = await table.locator("tbody tr").allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(name);
    await checkBothSizes(page, "62-hr-report-preview");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-preview").click()]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync(path, "utf8").trim().split("\n");
    expect(lines[0]).toContain("department");
    expect(lines.length - 1).toBeGreaterThanOrEqual(rows.length); // the preview: the first 10 at most
    for (const line of lines.slice(1)) expect(line).toContain(name);
  });

  it("the audit log filters by actor, entity and dates", async () => {
    const { page } = hr;
    const client = await apiAs(demo.baseUrl, "hr@example.com", DEMO_PASSWORD);
    // Two writes of HR's today (the demo's own seeding is the system's).
    for (const [date, name] of [["2031-12-24", "Christmas Eve"], ["2031-12-31", "New Year's Eve"]] as const) {
      const created = await client.POST("/api/v1/holidays", { body: { date, name } });
      expect(created.response.status).toBe(201);
    }
    const me = await client.GET("/api/v1/auth/me");
    const actor = `user:${me.data?.id ?? 0}`;
    await page.getByTestId("nav-audit").click();
    await page.getByTestId("audit-table").waitFor();
    await page.getByTestId("audit-actor").selectOption(actor);
    await page.getByTestId("audit-entity").fill("holiday");
    await page.getByTestId("audit-from").fill(today());
    await page.getByTestId("audit-apply").click();
    await page.waitForURL(/entity=holiday/);
    const query = new URL(page.url()).searchParams;
    expect([query.get("actor"), query.get("entity"), query.get("date_from")]).toEqual([actor, "holiday", today()]);
    await loaded(page);
    // The filtered page replaces the unfiltered one once its request answers: wait for it.
    const body = page.getByTestId("audit-table").locator("tbody tr");
    await expect.poll(() => body.count()).toBe(2);
    const rows = await body.allTextContents();
    for (const row of rows) expect(row).toMatch(/hr@example\.com.*holiday #\d+/);
    await checkBothSizes(page, "63-hr-audit-filtered");
    // A range that ended yesterday has none of today's writes.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId("audit-from").fill("");
    await page.getByTestId("audit-to").fill(yesterday);
    await page.getByTestId("audit-apply").click();
    await page.waitForURL(/date_to=/);
    await page.getByText("No audit events match").waitFor();
  });
});
