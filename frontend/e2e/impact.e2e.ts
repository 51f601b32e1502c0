// The Impact screen on the demo organisation (its Customer Care cohort shows the programme's
// effect): the figures, their intervals as a chart, the method; a filter that leaves too few
// people withholds the figures; the screen at desktop and phone sizes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { cspViolations, launch, shot, signIn, title, type Session } from "./support";
import { startApi, type ApiServer } from "./server";

const DEMO_PASSWORD = "mentor-demo-2026";
let browser: Browser;
let demo: ApiServer;
let hr: Session;

beforeAll(async () => {
  browser = await launch();
  demo = await startApi();
  demo.run(["seed-demo"]);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

describe("the programme's impact", () => {
  it("HR opens Impact from the menu and sees the effect with its interval and method", async () => {
    hr = await signIn(browser, demo.baseUrl, "hr@example.com", DEMO_PASSWORD);
    const { page } = hr;
    await page.getByTestId("nav-impact").click();
    await page.getByTestId("impact-report").waitFor();
    expect(await title(page)).toBe("Impact");
    const mentees = page.getByTestId("impact-mentees-rating_change");
    const row = (await mentees.textContent()) ?? "";
    // Mentees gained about a point against the matched comparison group.
    expect(row).toMatch(/\+(0\.[89]|1\.[0-4])\d* rating points \(\+/);
    expect(row).toContain("unmatched");
    const chart = page.getByTestId("forest-performance");
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.getAttribute("aria-label")).toMatch(/Mentees: difference \+[\d.]+ rating points, 95% interval \+[\d.]+/);
    expect(await page.getByTestId("forest-skills").locator("[data-testid=forest-row]").count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId("impact-method").textContent()).toContain("same department and level");
    await shot(page, "50-hr-impact");
  });

  it("a department with too few participants shows the figures withheld, with the reason", async () => {
    const { page } = hr;
    await page.getByTestId("impact-department").selectOption({ label: "Operations" });
    await expect.poll(() => page.getByTestId("withheld").count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId("withheld").first().textContent()).toContain("at least 10");
    expect(await page.getByTestId("forest-performance").getAttribute("aria-label")).toContain("withheld");
    await shot(page, "51-hr-impact-withheld");
    await page.getByTestId("impact-department").selectOption({ value: "" });
    await page.getByTestId("impact-mentees-rating_change").waitFor();
  });

  it("reads on a phone", async () => {
    const { page } = hr;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("forest-performance").waitFor();
    await expect.poll(() => page.getByTestId("impact-mentees-rating_change").textContent()).toContain("rating points");
    await shot(page, "52-hr-impact-on-a-phone");
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > 392 && !e.closest(".table-scroll"))
        .map((e) => `${e.tagName}.${e.className}`)
        .slice(0, 8),
    );
    expect(wide).toEqual([]); // nothing but the tables' own scrolling boxes overflows sideways
  });

  it("is not in a team leader's menu", async () => {
    const leader = await signIn(browser, demo.baseUrl, "lena.fischer@example.com", DEMO_PASSWORD);
    expect(await leader.page.getByTestId("nav-impact").count()).toBe(0);
    await leader.context.close();
  });
});
