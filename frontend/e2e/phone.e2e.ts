// The shell on a phone (390x844): a top bar with the menu behind a button, pages without
// sideways scrolling.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { apiAs, axeViolations, cspViolations, launch, phoneShot, shot, signIn } from "./support";

const ctx = inject("e2e");
const PHONE = { width: 390, height: 844 };

/** The first pairing, request and grievance the account can see (for their detail screens). */
async function recordIds(email: string, password: string) {
  const api = await apiAs(ctx.baseUrl, email, password);
  const pairings = await api.GET("/api/v1/pairings", { params: { query: { limit: 1 } } });
  const requests = await api.GET("/api/v1/mentoring-requests", { params: { query: { limit: 1 } } });
  const grievances = await api.GET("/api/v1/grievances", { params: { query: { limit: 1 } } });
  return { pairing: pairings.data?.items[0]?.id, request: requests.data?.items[0]?.id, grievance: grievances.data?.items[0]?.id };
}

/** Opens a screen at 390px, waits for it to load, saves a phone screenshot and checks that
 * nothing makes the page wider than the phone and that axe finds no WCAG A/AA violation. */
async function fitsPhone(page: Page, role: string, path: string): Promise<void> {
  await page.goto(path);
  await page.getByTestId("page-title").first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await page.getByTestId("loading").first().waitFor({ state: "detached", timeout: 10_000 }).catch(() => undefined);
  await phoneShot(page, `40-phone-${role}${path.replace(/\//g, "-")}`);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>("main *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== "fixed")
      .filter((el) => !el.closest(".sr-only") && el.getBoundingClientRect().width > 1)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });
  expect(overflow.scrollWidth, `${role} ${path}: ${overflow.wide.join(", ")}`).toBeLessThanOrEqual(PHONE.width);
  expect(await axeViolations(page), `${role} ${path}`).toEqual([]);
}
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

describe("on a phone", () => {
  it("HR opens the menu, goes to a page, and the menu closes", async () => {
    const { page } = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/dashboard");
    const toggle = page.getByTestId("menu-toggle");
    await toggle.waitFor();
    // The menu is closed: its links are not shown until asked for.
    expect(await page.getByTestId("nav-grievances").isVisible()).toBe(false);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await page.getByTestId("nav-grievances").click();
    await page.waitForURL("**/grievances");
    expect(await page.getByTestId("nav-grievances").isVisible()).toBe(false);
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await shot(page, "30-hr-phone-grievances");
  });

  // Every main screen of each role at 390px: no sideways scrolling, lists shown as cards.
  it("HR's screens fit a phone", async () => {
    const ids = await recordIds(ctx.hr.email, ctx.hr.password);
    const { page } = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    await page.setViewportSize(PHONE);
    const screens = [
      "/dashboard", "/reports", "/impact", "/people", `/people/${ctx.mentee.employeeId}`, "/requests", "/requests/new",
      "/matching", "/pairings", "/reviews", "/training", "/evaluations", "/grievances", "/settings", "/audit", "/notifications",
      ...(ids.request ? [`/requests/${ids.request}`] : []),
      ...(ids.pairing ? [`/pairings/${ids.pairing}`] : []),
      ...(ids.grievance ? [`/grievances/${ids.grievance}`] : []),
    ];
    for (const path of screens) await fitsPhone(page, "hr", path);
    // A list is cards: its header row is not shown, each value carries its column's name.
    await page.goto("/people");
    const cell = page.locator(".table-cards td[data-label]").first();
    await cell.waitFor();
    // The header row is there for screen readers only (a 1px clipped box).
    const header = await page.locator(".table-cards thead").first().boundingBox();
    expect(header?.height ?? 0).toBeLessThanOrEqual(1);
    expect(await cell.evaluate((td) => getComputedStyle(td, "::before").content)).not.toBe("none");
  });

  it("the team leader's screens fit a phone", async () => {
    const ids = await recordIds(ctx.leader.email, ctx.leader.password);
    const { page } = await signIn(browser, ctx.baseUrl, ctx.leader.email, ctx.leader.password);
    await page.setViewportSize(PHONE);
    const screens = [
      "/team", `/people/${ctx.mentee.employeeId}`, "/requests", "/requests/new", "/matching", "/pairings", "/notifications",
      ...(ids.request ? [`/requests/${ids.request}`] : []),
      ...(ids.pairing ? [`/pairings/${ids.pairing}`] : []),
    ];
    for (const path of screens) await fitsPhone(page, "leader", path);
  });

  it("the mentor's and mentee's screens fit a phone", async () => {
    for (const [role, account] of [["mentor", ctx.mentor2], ["mentee", ctx.mentee]] as const) {
      const ids = await recordIds(account.email, account.password);
      const { page, context } = await signIn(browser, ctx.baseUrl, account.email, account.password);
      await page.setViewportSize(PHONE);
      const screens = ["/me", "/notifications", ...(ids.pairing ? [`/pairings/${ids.pairing}`] : [])];
      for (const path of screens) await fitsPhone(page, role, path);
      await context.close();
    }
  });

  it("on a desktop the menu is the sidebar, with no menu button", async () => {
    const { page } = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    await page.goto("/dashboard");
    await page.getByTestId("nav-grievances").waitFor();
    expect(await page.getByTestId("menu-toggle").isVisible()).toBe(false);
  });
});
