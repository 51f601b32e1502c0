// The whole path, each step as the person who does it in real life, nothing through the API:
// the mentor's new login -> request -> suggestion -> approvals -> acknowledgements -> training -> activation
// -> sessions -> review forms -> HR follow-up -> evaluation.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { confirmDialog, cspViolations, launch, shot, signIn, title, type Session } from "./support";

const ctx = inject("e2e");
let browser: Browser;
let leader: Session;
let hr: Session;
let mentor: Session;
let mentee: Session;
let pairingPath = "";

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

// The screens work under the SPA's Content-Security-Policy: nothing is blocked.
afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

describe("from the performance discussion to the evaluation", () => {
  it("HR creates a login for Paul, the future mentor, and he sets his password from the link", async () => {
    const { page, context } = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    await page.getByTestId("nav-logins").click();
    await page.getByTestId("logins-list").waitFor();
    await page.getByTestId("login-search").fill("Paul Ber");
    await page.getByTestId("login-search-results").waitFor();
    await page.getByTestId(`pick-${ctx.mentor.employeeId}`).check();
    await page.getByTestId("login-role").selectOption("employee");
    await page.getByTestId("create-logins-submit").click();
    await page.getByTestId("invitation-links").waitFor();
    expect(await page.getByTestId("invitation-links").textContent()).toContain(ctx.mentor.email);
    const link = await page.getByTestId("invitation-url").inputValue();
    await context.close();

    // Paul opens the link (he is not signed in) and chooses his password.
    const paul = await browser.newContext({ baseURL: ctx.baseUrl, viewport: { width: 390, height: 844 } });
    const tab = await paul.newPage();
    await tab.goto(link);
    await tab.getByTestId("set-password").fill(ctx.mentor.password);
    await tab.getByTestId("set-password-repeat").fill(ctx.mentor.password);
    await tab.getByTestId("set-password-submit").click();
    await tab.getByTestId("set-password-done").waitFor();
    await paul.close();
  });

  it("the team leader raises a request for Mia after the performance discussion", async () => {
    leader = await signIn(browser, ctx.baseUrl, ctx.leader.email, ctx.leader.password);
    const { page } = leader;
    expect(await title(page)).toBe("Inbox"); // every role's home page
    await page.getByTestId("nav-team").click();
    await expect.poll(() => title(page)).toBe("My people");
    await expect.poll(() => page.getByTestId(`person-row-${ctx.mentee.employeeId}`).count()).toBe(1);
    await shot(page, "01-team-leader-my-people");
    await page.getByTestId(`raise-request-${ctx.mentee.employeeId}`).click();
    await expect.poll(() => page.getByTestId("request-areas").textContent()).toContain("Delegation, Coaching");
    await page.getByTestId("request-notes").fill("Agreed in the H1 discussion: delegate planning, coach new hires.");
    await shot(page, "02-team-leader-new-request");
    await page.getByTestId("request-submit").click();
    await page.getByTestId("suggestions").waitFor();
    expect(await page.getByTestId("request-status").textContent()).toBe("Open");
  });

  it("picks the best-matching mentor from the explained suggestions and proposes the pairing", async () => {
    const { page } = leader;
    const best = page.getByTestId(`suggestion-${ctx.mentor.employeeId}`);
    await best.waitFor();
    // Paul covers both improvement areas and ranks first.
    expect(await page.locator("[data-testid^=suggestion-]").first().getAttribute("data-testid")).toBe(`suggestion-${ctx.mentor.employeeId}`);
    expect(await best.getByTestId("suggestion-explanation").textContent()).toContain("Delegation");
    await shot(page, "03-team-leader-suggestions");
    await page.getByTestId(`pick-mentor-${ctx.mentor.employeeId}`).click();
    await page.getByTestId("propose-goals").fill("Delegate the weekly planning\nCoach one new hire through onboarding");
    await page.getByTestId("propose-submit").click();
    await page.getByTestId("pairing-status").waitFor();
    expect(await page.getByTestId("pairing-status").textContent()).toBe("Proposed");
    pairingPath = new URL(page.url()).pathname;
    expect(pairingPath).toMatch(/^\/pairings\/\d+$/);
  });

  it("HR's approval on a stale page is refused with a reload offer, then goes through", async () => {
    hr = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    expect(await title(hr.page)).toBe("Inbox");
    // HR's approval is among HR's tasks, linked to the agreement.
    await hr.page.locator(`[data-testid=task-approve_pairing-${pairingPath.split("/").pop()}]`).click();
    await hr.page.waitForURL(new RegExp(`${pairingPath}$`));
    await hr.page.getByTestId("approve").waitFor();
    // Meanwhile the team leader approves: HR's copy is now stale.
    await leader.page.getByTestId("approve").click();
    await confirmDialog(leader.page, "03b-leader-confirm-approve");
    await expect.poll(() => leader.page.getByTestId("check-tl-approval").getAttribute("data-done")).toBe("true");
    await hr.page.getByTestId("approve").click();
    await confirmDialog(hr.page);
    await hr.page.getByTestId("reload").waitFor();
    expect(await hr.page.getByTestId("pairing-problem").textContent()).toContain("changed this record");
    await hr.page.getByTestId("reload").click();
    // The reloaded copy (with the team leader's approval and a fresh ETag) before approving again.
    await expect.poll(() => hr.page.getByTestId("check-tl-approval").getAttribute("data-done")).toBe("true");
    await hr.page.getByTestId("approve").click();
    await confirmDialog(hr.page);
    expect(await hr.page.getByTestId("toast").textContent()).toContain("approval is recorded");
    await expect.poll(() => hr.page.getByTestId("pairing-status").textContent()).toBe("Approved");
  });

  it("activation lists what is missing, and HR records the role training", async () => {
    const { page } = hr;
    await page.getByTestId("activate").click();
    await confirmDialog(page);
    const reasons = page.getByTestId("pairing-problem-reasons");
    await reasons.waitFor();
    const codes = await reasons.locator("li").evaluateAll((items) => items.map((li) => li.getAttribute("data-reason")));
    expect(codes).toEqual(["mentor_not_acknowledged", "mentee_not_acknowledged", "mentor_not_trained", "mentee_not_trained"]);
    expect(await reasons.textContent()).toContain("The mentor has no mentor-training record.");
    await shot(page, "04-hr-activation-blocked");
    await page.getByTestId("training-submit").click();
    await expect.poll(() => page.getByTestId("check-mentor-training").getAttribute("data-done")).toBe("true");
    expect(await page.getByTestId("training-title").inputValue()).toBe("Mentee orientation");
    await page.getByTestId("training-submit").click();
    await expect.poll(() => page.getByTestId("check-mentee-training").getAttribute("data-done")).toBe("true");
  });

  it("mentor and mentee each acknowledge the agreement and its purpose", async () => {
    mentor = await signIn(browser, ctx.baseUrl, ctx.mentor.email, ctx.mentor.password);
    mentee = await signIn(browser, ctx.baseUrl, ctx.mentee.email, ctx.mentee.password);
    for (const [who, session] of [["mentor", mentor], ["mentee", mentee]] as const) {
      const { page } = session;
      // Home is the inbox: the agreement to acknowledge, linked to it.
      expect(await title(page)).toBe("Inbox");
      if (who === "mentee") await shot(page, "05-mentee-home");
      await page.locator("[data-testid^=task-acknowledge_agreement-]").first().click();
      await page.getByTestId("acknowledge-panel").waitFor();
      await expect.poll(() => page.getByTestId("programme-purpose").textContent()).toMatch(/not a promotion/i);
      if (who === "mentor") await shot(page, "06-mentor-acknowledge");
      await page.getByTestId("acknowledge-check").check();
      await page.getByTestId("acknowledge").click();
      await expect.poll(() => page.getByTestId(`check-${who}-ack`).getAttribute("data-done")).toBe("true");
    }
  });

  it("HR activates the pairing", async () => {
    const { page } = hr;
    await page.reload();
    await page.getByTestId("activate").click();
    // Cancelling the confirmation changes nothing.
    await page.getByTestId("confirm-dialog").waitFor();
    await page.getByTestId("confirm-cancel").click();
    await page.getByTestId("confirm-dialog").waitFor({ state: "detached" });
    expect(await page.getByTestId("pairing-status").textContent()).toBe("Approved");
    await page.getByTestId("activate").click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId("pairing-status").textContent()).toBe("Active");
    await page.getByTestId("reviews").waitFor();
    await expect.poll(() => page.locator("[data-testid^=review-row-]").count()).toBe(5);
    await shot(page, "07-hr-pairing-active");
  });

  it("the mentor logs a session and fills the first review form", async () => {
    const { page } = mentor;
    await page.goto(pairingPath);
    await page.getByTestId("session-topics").fill("Weekly planning, handing over the rota");
    await page.getByTestId("session-skills").fill("Delegation");
    await page.getByTestId("session-notes").fill("Mia drafted next week's plan herself.");
    await page.getByTestId("session-submit").click();
    await expect.poll(() => page.locator("[data-testid^=session-row-]").count()).toBe(1);
    await page.getByTestId("fill-review-1").click();
    // No rating is chosen for her: the browser refuses the form until both are.
    expect(await page.locator("[data-testid^=review-progress-]:checked").count()).toBe(0);
    await page.getByTestId("review-submit").click();
    expect(await page.getByTestId("review-form").isVisible()).toBe(true);
    expect(await page.getByTestId("review-progress-1").evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true);
    await page.getByTestId("review-progress-4").check();
    await page.getByTestId("review-health-5").check();
    await page.getByTestId("review-comments").fill("Good first month; planning is handed over.");
    await shot(page, "08-mentor-review-form");
    await page.getByTestId("review-submit").click();
    await expect.poll(() => page.getByTestId("review-row-1").textContent()).toContain("Progress 4/5");
    expect(await page.getByTestId("toast").textContent()).toContain("review form is sent");
  });

  it("the mentee confirms the session and fills her review form", async () => {
    const { page } = mentee;
    await page.goto(pairingPath);
    await page.locator("[data-testid^=confirm-session-]").first().click();
    await expect.poll(() => page.locator("[data-testid^=session-row-]").first().textContent()).toContain("Confirmed");
    await page.getByTestId("fill-review-1").click();
    await page.getByTestId("review-progress-4").check();
    await page.getByTestId("review-health-4").check();
    await page.getByTestId("review-comments").fill("Helpful and practical.");
    await page.getByTestId("review-submit").click();
    await expect.poll(() => page.getByTestId("review-row-1").textContent()).toContain("Submitted");
    await shot(page, "09-mentee-pairing");
  });

  it("HR follows the reviews up", async () => {
    const { page } = hr;
    await page.getByTestId("nav-reviews").click();
    await page.getByTestId("reviews-table").waitFor();
    await shot(page, "10-hr-reviews");
    const submitted = page.locator("tr", { hasText: "Submitted" }).first();
    await submitted.locator("[data-testid^=follow-up-]").click();
    await page.getByTestId("follow-up-notes").fill("Both positive; no action.");
    await page.getByTestId("follow-up-submit").click();
    await expect.poll(() => page.getByTestId("reviews-table").textContent()).toContain("Both positive; no action.");
  });

  it("HR evaluates early: refused without the flag, recorded with a reason", async () => {
    const { page } = hr;
    await page.goto(pairingPath);
    await page.getByTestId("evaluation-form").waitFor();
    await page.getByTestId("eval-goal-0").check();
    // Every rating starts unchosen and must be chosen.
    expect(await page.getByTestId("eval-before-0").inputValue()).toBe("");
    expect(await page.locator("[data-testid^=eval-effectiveness-]:checked").count()).toBe(0);
    const skills = await page.locator("[data-testid^=eval-before-]").count();
    for (let i = 0; i < skills; i += 1) {
      await page.getByTestId(`eval-before-${i}`).selectOption("2");
      await page.getByTestId(`eval-after-${i}`).selectOption(i === 0 ? "4" : "3");
    }
    await page.getByTestId("eval-effectiveness-4").check();
    await page.getByTestId("eval-kra-5").check();
    await page.getByTestId("eval-summary").fill("Delegation clearly improved; coaching on track.");
    await page.getByTestId("eval-submit").click();
    await confirmDialog(page, "11a-hr-confirm-evaluation");
    const problem = page.getByTestId("evaluation-problem-reasons");
    await problem.waitFor();
    expect(await problem.locator("li").getAttribute("data-reason")).toBe("evaluation_too_early");
    await shot(page, "11-hr-evaluation-too-early");
    await page.getByTestId("eval-early").check();
    await page.getByTestId("eval-early-reason").fill("The mentee moves to a new role next month.");
    await page.getByTestId("eval-submit").click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId("pairing-status").textContent()).toBe("Completed");
    await page.getByTestId("evaluation-result").waitFor();
    expect(await page.getByTestId("evaluation-result").textContent()).toContain("Delegation: 2 → 4");
    await shot(page, "12-hr-evaluation-done");
  });

  it("the team leader received every form of his people", async () => {
    const { page } = leader;
    await page.getByTestId("nav-notifications").click();
    await page.getByTestId("notifications").waitFor();
    expect(await page.locator("[data-testid^=notification-]").count()).toBeGreaterThan(3);
    await shot(page, "13-team-leader-notifications");
    const first = page.locator("[data-testid^=mark-read-]").first();
    const before = await page.locator("[data-testid^=mark-read-]").count();
    await first.click();
    await expect.poll(() => page.locator("[data-testid^=mark-read-]").count()).toBe(before - 1);
    // Each opens its record; "mark all read" clears the rest at once.
    const link = page.locator("[data-testid^=notification-link-]").first();
    const target = await link.getAttribute("href");
    expect(target).toMatch(/^\/(pairings|requests|people)\/\d+$/);
    await page.getByTestId("mark-all-read").click();
    await expect.poll(() => page.locator("[data-testid^=mark-read-]").count()).toBe(0);
    expect(await page.getByTestId("toast").textContent()).toMatch(/notifications? marked read/);
    await link.click();
    await page.waitForURL(`**${target}`);
  });

  it("HR's screens show the programme", async () => {
    const { page } = hr;
    await page.getByTestId("nav-dashboard").click();
    await page.getByTestId("summary-stats").waitFor();
    expect(await page.getByTestId("chart-status").textContent()).toContain("Completed");
    await shot(page, "14-hr-dashboard");
    await page.getByTestId("nav-people").click();
    await page.getByTestId("people-table").waitFor();
    // The API searches (the SPA never downloads everyone).
    await page.getByTestId("people-search").fill("berger");
    await expect.poll(() => page.locator("[data-testid^=person-row-]").count()).toBe(1);
    await page.getByTestId(`person-link-${ctx.mentor.employeeId}`).click();
    await page.getByTestId("eligibility").waitFor();
    await expect.poll(() => page.getByTestId("personnel-file").textContent()).toContain("Evaluation");
    await shot(page, "15-hr-person-profile");
    await page.getByTestId("nav-pairings").click();
    await page.getByTestId("pairings-table").waitFor();
    await shot(page, "16-hr-pairings");
    await page.getByTestId("nav-audit").click();
    await page.getByTestId("audit-table").waitFor();
    expect(await page.getByTestId("audit-table").textContent()).toContain("pairing.activate");
    await shot(page, "17-hr-audit-log");
    await page.getByTestId("nav-settings").click();
    await page.getByTestId("settings-form").waitFor();
    await page.getByTestId("holiday-date").fill(`${new Date().getFullYear() + 1}-01-02`);
    await page.getByTestId("holiday-name").fill("Company day");
    await page.getByTestId("holiday-add").click();
    await expect.poll(() => page.getByTestId("holidays").textContent()).toContain("Company day");
    // Saved: the form is empty again and the success is announced.
    expect(await page.getByTestId("holiday-name").inputValue()).toBe("");
    expect(await page.getByTestId("toast").textContent()).toContain("holiday is added");
    // Removing one asks first.
    await page.getByTestId("holiday-date").fill(`${new Date().getFullYear() + 1}-01-03`);
    await page.getByTestId("holiday-name").fill("Closing day");
    await page.getByTestId("holiday-add").click();
    await expect.poll(() => page.getByTestId("holidays").textContent()).toContain("Closing day");
    await page.getByRole("button", { name: /Remove Closing day/ }).click();
    await confirmDialog(page, "18a-hr-confirm-remove-holiday");
    await expect.poll(() => page.getByTestId("holidays").textContent()).not.toContain("Closing day");
    await shot(page, "18-hr-settings");
    await page.getByTestId("nav-reports").click();
    const download = page.waitForEvent("download");
    await page.getByTestId("download-training").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^peermentor-training-.*\.csv$/);
    await shot(page, "19-hr-reports");
    await page.getByTestId("nav-evaluations").click();
    await page.getByTestId("evaluations-done").waitFor();
    await shot(page, "20-hr-evaluations");
  });

  it("a 401 anywhere returns to the sign-in screen", async () => {
    const { page } = mentee;
    await page.evaluate(() => sessionStorage.setItem("peermentor.token", "not-a-valid-token"));
    await page.goto("/me");
    await page.getByTestId("login-email").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  it("an unknown API path still answers problem+json beside the SPA", async () => {
    const api = await fetch(`${ctx.baseUrl}/api/v1/nothing`);
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toContain("application/problem+json");
    const route = await fetch(`${ctx.baseUrl}/pairings/1`);
    expect(await route.text()).toContain('<div id="root">');
  });
});
