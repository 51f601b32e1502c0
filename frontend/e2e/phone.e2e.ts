// The shell on a phone (390x844): a top bar with the menu behind a button, pages without
// sideways scrolling.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { cspViolations, launch, shot, signIn } from "./support";

const ctx = inject("e2e");
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
    // The page itself never scrolls sideways (wide tables scroll inside their own box).
    for (const path of ["/dashboard", "/pairings", "/grievances", "/people"]) {
      await page.goto(path);
      await page.getByTestId("loading").first().waitFor({ state: "detached", timeout: 10_000 }).catch(() => undefined);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
  });

  it("on a desktop the menu is the sidebar, with no menu button", async () => {
    const { page } = await signIn(browser, ctx.baseUrl, ctx.hr.email, ctx.hr.password);
    await page.goto("/dashboard");
    await page.getByTestId("nav-grievances").waitFor();
    expect(await page.getByTestId("menu-toggle").isVisible()).toBe(false);
  });
});
