// A grievance from the mentee through HR's due diligence to its resolution.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { apiAs, confirmDialog, cspViolations, launch, shot, signIn, today, type Session } from "./support";

const ctx = inject("e2e");
let browser: Browser;
let mentee: Session;
let hr: Session;
let pairingId = 0;
let grievancePath = "";

/** Noah and Olivia's pairing, made active through the API (the UI path is the other file's). */
async function activePairing(): Promise<number> {
  const asHr = await apiAs(ctx.baseUrl, ctx.hr.email, ctx.hr.password);
  const asLeader = await apiAs(ctx.baseUrl, ctx.leader.email, ctx.leader.password);
  const request = await asLeader.POST("/api/v1/mentoring-requests", {
    body: { mentee_id: ctx.mentee2.employeeId, performance_review_id: ctx.mentee2ReviewId, discussion_date: today() },
  });
  if (!request.data) throw new Error(JSON.stringify(request.error));
  const pairing = await asLeader.POST("/api/v1/pairings", {
    body: { request_id: request.data.id, mentor_id: ctx.mentor2.employeeId, goals: ["Lead one supplier negotiation"], meeting_cadence: "weekly", start_date: today() },
  });
  if (!pairing.data) throw new Error(JSON.stringify(pairing.error));
  const path = { params: { path: { pairing_id: pairing.data.id } } };
  await asLeader.POST("/api/v1/pairings/{pairing_id}/approve", path);
  await asHr.POST("/api/v1/pairings/{pairing_id}/approve", path);
  for (const who of [ctx.mentor2, ctx.mentee2]) {
    const client = await apiAs(ctx.baseUrl, who.email, who.password);
    await client.POST("/api/v1/pairings/{pairing_id}/acknowledge", path);
  }
  for (const [who, role] of [[ctx.mentor2, "mentor"], [ctx.mentee2, "mentee"]] as const) {
    await asHr.POST("/api/v1/training-records", {
      body: { kind: "role_training", employee_id: who.employeeId, role, title: `${role} training`, date: today(), duration_minutes: 60 },
    });
  }
  const activated = await asHr.POST("/api/v1/pairings/{pairing_id}/activate", path);
  if (activated.data?.status !== "active") throw new Error(JSON.stringify(activated.error));
  return activated.data.id;
}

beforeAll(async () => {
  browser = await launch();
  pairingId = await activePairing();
});

afterAll(async () => {
  await browser?.close();
});

// The screens work under the SPA's Content-Security-Policy: nothing is blocked.
afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

describe("a grievance through resolution", () => {
  it("the mentee raises a confidential grievance with HR", async () => {
    mentee = await signIn(browser, ctx.baseUrl, ctx.mentee2.email, ctx.mentee2.password);
    const { page } = mentee;
    await page.goto(`/pairings/${pairingId}`);
    await page.getByTestId("open-grievance-form").click();
    await page.getByTestId("grievance-description").fill("Our sessions are cancelled at short notice, three times this month.");
    await shot(page, "21-mentee-raise-grievance");
    await page.getByTestId("grievance-submit").click();
    await page.getByTestId("grievance-sent").waitFor();
    expect(await page.getByTestId("grievance-sent").textContent()).toContain("HR has your grievance");
  });

  it("HR sees it in the queue with its working-day countdown", async () => {
    hr = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    const { page } = hr;
    await page.getByTestId("nav-grievances").click();
    await page.getByTestId("grievances-table").waitFor();
    const row = page.locator("[data-testid^=grievance-row-]").first();
    expect(await row.textContent()).toMatch(/\d working days? left|Due today/);
    await shot(page, "22-hr-grievance-queue");
    await row.locator("[data-testid^=grievance-link-]").click();
    await page.getByTestId("grievance-description").waitFor();
    grievancePath = new URL(page.url()).pathname;
    expect(await page.getByTestId("grievance-status").textContent()).toBe("Open");
  });

  it("HR logs due diligence and resolves it", async () => {
    const { page } = hr;
    await page.getByTestId("action-note").fill("Called the mentor: agreed a fixed weekly slot.");
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("grievance-status").textContent()).toBe("Under review");
    await page.getByTestId("action-note").fill("Checked with the mentee a week later: sessions held.");
    await page.getByTestId("action-submit").click();
    await expect.poll(() => page.getByTestId("action-log").locator("li").count()).toBe(2);
    await shot(page, "23-hr-grievance-detail");
    await page.getByTestId("resolve-text").fill("Fixed weekly slot agreed; both confirmed it works.");
    await page.getByTestId("resolve-submit").click();
    await confirmDialog(page, "23a-hr-confirm-close-grievance");
    await expect.poll(() => page.getByTestId("grievance-status").textContent()).toBe("Resolved");
    expect(await page.getByTestId("resolve-card").count()).toBe(0);
    await shot(page, "24-hr-grievance-resolved");
  });

  it("the mentee sees the outcome; the pairing goes on", async () => {
    const { page } = mentee;
    await page.goto("/me");
    await page.getByTestId("my-grievances").waitFor();
    expect(await page.getByTestId("my-grievances").textContent()).toContain("Resolved");
    await shot(page, "25-mentee-grievance-outcome");
    await page.goto(grievancePath);
    expect(await page.getByTestId("grievance-status").textContent()).toBe("Resolved");
    await page.goto(`/pairings/${pairingId}`);
    expect(await page.getByTestId("pairing-status").textContent()).toBe("Active");
  });
});

describe("e-mail choices", () => {
  it("the mentee turns off review reminders by e-mail; documents for team leaders stay on", async () => {
    const { page } = mentee;
    await page.goto("/notifications");
    await page.getByTestId("email-preferences").waitFor();
    const reminders = page.getByTestId("email-review_due");
    await expect.poll(() => reminders.isChecked()).toBe(true);
    expect(await page.getByTestId("email-document_filed").isDisabled()).toBe(true);
    expect(await page.getByTestId("email-grievance_raised").isChecked()).toBe(true);
    await reminders.click();
    await expect.poll(() => reminders.isChecked()).toBe(false);
    await shot(page, "26-mentee-email-preferences");
    // Kept by the API: still off after a reload.
    await page.reload();
    await page.getByTestId("email-preferences").waitFor();
    await expect.poll(() => page.getByTestId("email-review_due").isChecked()).toBe(false);
  });
});
