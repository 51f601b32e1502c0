// HR creates a login for an employee found by search; the one-time link sets the password; the
// person signs in and offers to mentor. HR also creates several logins at once, and a team leader
// invites a peer to be a mentor.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { apiAs, axeViolations, cspViolations, launch, shot, signIn, today, type Session } from "./support";

const ctx = inject("e2e");
const NEW_PASSWORD = "sara-chooses-her-own-1";
let browser: Browser;
let hr: Session;
let link = "";

/** No WCAG A/AA violation (axe-core) on the screen as it is. */
async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

describe("a login from HR to the person's first sign-in", () => {
  it("HR finds Sara by name, creates her login and gets a one-time link", async () => {
    hr = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    const { page } = hr;
    await page.getByTestId("nav-logins").click();
    await page.getByTestId("logins-list").waitFor();
    // Nobody picked yet: the button says why it is disabled.
    expect(await page.getByTestId("create-logins-submit").isDisabled()).toBe(true);
    expect(await page.getByTestId("create-logins-why").textContent()).toContain("tick at least one person");
    await page.getByTestId("login-search").fill("Lindq");
    await page.getByTestId("login-search-results").waitFor();
    await page.locator("[data-testid^=pick-]").first().check();
    await page.getByTestId("login-role").selectOption("employee");
    await expectNoAxeViolations(page);
    await shot(page, "40-hr-logins-create");
    await page.getByTestId("create-logins-submit").click();
    await page.getByTestId("invitation-links").waitFor();
    link = await page.getByTestId("invitation-url").inputValue();
    expect(link).toMatch(/\/set-password#token=pminv_[A-Za-z0-9_-]{43}$/);
    expect(await page.getByTestId("invitation-links").textContent()).toContain("sara.lindqvist@example.com");
    expect(await page.getByTestId("invitation-links").textContent()).toContain("not e-mailed");
    await shot(page, "41-hr-login-link");
  });

  it("the link sets Sara's password, once", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(link);
    await page.getByTestId("set-password").fill("too short");
    expect(await page.getByTestId("set-password-submit").isDisabled()).toBe(true);
    expect(await page.getByTestId("set-password-why").textContent()).toContain("at least 12 characters");
    await page.getByTestId("set-password").fill(NEW_PASSWORD);
    await page.getByTestId("set-password-repeat").fill(NEW_PASSWORD);
    await expectNoAxeViolations(page);
    await shot(page, "42-set-password");
    await page.getByTestId("set-password-submit").click();
    await page.getByTestId("set-password-done").waitFor();
    expect(new URL(page.url()).hash).toBe("");
    await shot(page, "43-password-set");
    // The same link again (a fresh tab): used up, and the page says what to do.
    await page.close();
    const again = await context.newPage();
    await again.goto(link);
    await again.getByTestId("set-password").fill(NEW_PASSWORD);
    await again.getByTestId("set-password-repeat").fill(NEW_PASSWORD);
    await again.getByTestId("set-password-submit").click();
    expect(await again.getByTestId("set-password-error").textContent()).toContain("already used");
    await context.close();
  });
  it("Sara signs in and offers to mentor on her own profile", async () => {
    const sara = await signIn(browser, ctx.baseUrl, "sara.lindqvist@example.com", NEW_PASSWORD);
    const { page } = sara;
    expect(await page.getByTestId("current-role").textContent()).toBe("Employee");
    await page.getByTestId("nav-mentor-profile").click();
    await page.getByTestId("mentor-profile-form").waitFor();
    await page.getByTestId("own-eligibility-reasons").waitFor();
    expect(await page.getByTestId("own-eligibility-reasons").textContent()).toContain("not said that you are available");
    await page.getByTestId("profile-available").check();
    await page.getByTestId("profile-capacity").fill("1");
    await page.getByTestId("profile-bio").fill("Happy to share what I learn about coaching.");
    await page.getByTestId("offer-Coaching").check();
    await page.getByTestId("profile-save").click();
    await page.getByTestId("profile-saved").waitFor();
    await expectNoAxeViolations(page);
    await shot(page, "44-my-mentor-profile");
    await sara.context.close();
  });

  it("HR creates logins for several people at once and deactivates one with confirmation", async () => {
    const { page } = hr;
    const pick = async (search: string, name: string) => {
      await page.getByTestId("login-search").fill(search);
      const result = page.getByTestId("login-search-results").locator("li", { hasText: name });
      await result.waitFor();
      await result.locator("input[type=checkbox]").check();
    };
    await pick("Omar", "Omar Haddad");
    await pick("Mia", "Mia Novak");
    expect(await page.getByTestId("create-logins-submit").textContent()).toBe("Create 2 logins");
    await page.getByTestId("create-logins-submit").click();
    await page.getByTestId("logins-skipped").waitFor();
    // Omar gets one; Mia already had a login and is reported, not duplicated.
    expect(await page.getByTestId("invitation-links").textContent()).toContain("omar.haddad@example.com");
    expect(await page.getByTestId("logins-skipped").textContent()).toContain("Mia Novak: This person already has a login.");
    await shot(page, "45-hr-bulk-logins");
    const omar = page.locator("[data-testid^=login-]", { hasText: "omar.haddad@example.com" });
    await omar.locator("[data-testid^=deactivate-]").click();
    await omar.locator("[data-testid^=confirm-yes-]").click();
    await page.locator("[data-testid^=login-]", { hasText: "omar.haddad@example.com" }).waitFor({ state: "detached" });
    await page.getByTestId("logins-active").selectOption("false");
    await page.locator("[data-testid^=login-]", { hasText: "omar.haddad@example.com" }).waitFor();
    const row = page.locator("[data-testid^=login-]", { hasText: "omar.haddad@example.com" });
    expect(await row.locator("[data-testid^=reset-]").isDisabled()).toBe(true);
    expect(await row.textContent()).toContain("reactivate it first");
    await shot(page, "46-hr-deactivated-login");
  });
});

describe("a team leader invites a peer to be a mentor", () => {
  it("Lena invites Mia from her profile; the button then says why it is off", async () => {
    const lena = await signIn(browser, ctx.baseUrl, ctx.leader.email, ctx.leader.password);
    const { page } = lena;
    await page.goto(`/people/${ctx.mentee.employeeId}`);
    await page.getByTestId("invite-mentor").click();
    await page.getByTestId("invite-mentor-why").waitFor();
    expect(await page.getByTestId("invite-mentor-why").textContent()).toContain("Invitation sent");
    await shot(page, "47-leader-invites-mentor");
    await lena.context.close();
    const mia = await signIn(browser, ctx.baseUrl, ctx.mentee.email, ctx.mentee.password);
    await mia.page.getByTestId("nav-notifications").click();
    await mia.page.getByText("Lena Fischer invites you to be a mentor").first().waitFor();
    await mia.context.close();
  });

  it("a request without a performance review says why it cannot be raised", async () => {
    const lena = await signIn(browser, ctx.baseUrl, ctx.leader.email, ctx.leader.password);
    const { page } = lena;
    await page.goto("/requests/new");
    expect(await page.getByTestId("request-submit-why").textContent()).toContain("Choose the mentee first");
    // A new member of Lena's team has no performance review yet.
    const asHr = await apiAs(ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    const lenaRecord = await asHr.GET("/api/v1/employees/{employee_id}", { params: { path: { employee_id: ctx.leader.employeeId } } });
    const created = await asHr.POST("/api/v1/employees", {
      body: {
        full_name: "Tom Neumann",
        email: "tom.neumann@example.com",
        department_id: lenaRecord.data?.department_id ?? 0,
        level: "M2",
        is_managerial: true,
        hire_date: today(),
        team_leader_id: ctx.leader.employeeId,
        status: "active",
      },
    });
    if (!created.data) throw new Error(JSON.stringify(created.error));
    await page.reload();
    // Search-as-you-type: the team leader's own people, found by the API.
    await page.getByTestId("request-mentee-search").fill("Tom Neu");
    await page.getByTestId("request-mentee-results").getByRole("button", { name: /Tom Neumann/ }).click();
    await page.getByTestId("request-mentee-chosen").getByText("Tom Neumann").waitFor();
    await page.getByText("Tom Neumann has none yet", { exact: false }).waitFor();
    expect(await page.getByTestId("request-submit").isDisabled()).toBe(true);
    expect(await page.getByTestId("request-submit-why").textContent()).toContain("record its review");
    await shot(page, "48-request-needs-review");
    await lena.context.close();
  });
});
