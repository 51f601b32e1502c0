// The SPA under its Content-Security-Policy: the policy is in force (an injected inline script is
// blocked, and the watch the other files rely on sees it), and no page can frame the SPA.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { cspViolations, launch, watchCsp } from "./support";

const ctx = inject("e2e");
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("the SPA's security headers", () => {
  it("serve the login page with a policy that blocks inline script, and the watch sees it", async () => {
    const context = await browser.newContext({ baseURL: ctx.baseUrl });
    await watchCsp(context);
    const page = await context.newPage();
    const response = await page.goto("/login");
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("script-src 'self'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    await page.getByTestId("login-submit").waitFor();
    expect(cspViolations).toEqual([]); // the built app itself needs nothing inline

    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.injected = 'ran'";
      document.head.appendChild(script);
    });
    await expect.poll(() => cspViolations.some((v) => v.startsWith("script-src-elem blocked inline"))).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.injected ?? "blocked")).toBe("blocked");
    cspViolations.splice(0);
    await context.close();
  });

  it("cannot be framed by another page", async () => {
    const context = await browser.newContext();
    await watchCsp(context);
    const page = await context.newPage();
    await page.setContent(`<iframe id="spa" src="${ctx.baseUrl}/login" width="800" height="600"></iframe>`);
    await expect.poll(() => cspViolations.some((v) => /frame-ancestors/.test(v))).toBe(true);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    expect(await frame?.locator("[data-testid=login-submit]").count()).toBe(0);
    cspViolations.splice(0);
    await context.close();
  });
});
