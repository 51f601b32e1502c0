// Playwright-core driving Debian's Chromium: sign in as a role, find things by data-testid,
// save screenshots of the main screens.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import axe from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import createClient from "openapi-fetch";
import type { paths } from "../src/client/schema";

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "screenshots");
mkdirSync(SCREENSHOTS, { recursive: true });

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
}

/** Every Content-Security-Policy violation seen in a watched context, for the test to assert
 * there are none: the page's `securitypolicyviolation` events and Chromium's console reports. */
export const cspViolations: string[] = [];

/** Start recording CSP violations in every page of this context (before any page loads). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  // A binding and an init script are installed by the browser, outside the page's CSP.
  await context.exposeBinding("__reportCspViolation", (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(`console ${message.type()}: ${message.text()}`);
  });
}

/** A fresh browser context signed in through the login form. */
export async function signIn(browser: Browser, baseUrl: string, email: string, password: string): Promise<Session> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  await watchCsp(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`[page error as ${email}]`, error.message));
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("nav").waitFor();
  return { context, page };
}

/** A full-page screenshot into e2e/screenshots/ (waits for loading indicators to go). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.getByTestId("loading").first().waitFor({ state: "detached", timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  // The same screen on a phone (390x844), then back to the desktop size the test runs at.
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}

const PHONE = { width: 390, height: 844 };

export async function title(page: Page): Promise<string> {
  return (await page.getByTestId("page-title").textContent()) ?? "";
}

/** A typed API client signed in as someone (for set-up the UI is not under test for). */
export async function apiAs(baseUrl: string, email: string, password: string) {
  const form = new URLSearchParams({ grant_type: "password", username: email, password });
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, { method: "POST", body: form });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  const { access_token } = (await response.json()) as { access_token: string };
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${access_token}` } });
}

export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first screen at the size the page has now (the phone tests, already at 390x844): what
 * the person sees on opening it. */
export async function phoneShot(page: Page, name: string): Promise<void> {
  await page.getByTestId("loading").first().waitFor({ state: "detached", timeout: 10_000 }).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Answers the confirmation dialog an irreversible action opens (ui/Feedback.tsx). */
export async function confirmDialog(page: Page, screenshot?: string): Promise<void> {
  const dialog = page.getByTestId("confirm-dialog");
  await dialog.waitFor();
  if (screenshot) await shot(page, screenshot);
  await dialog.getByTestId("confirm-ok").click();
  await dialog.waitFor({ state: "detached" });
}

/** WCAG 2.1 A and AA violations on the page as it is (axe-core, evaluated through the
 * browser's debugging protocol, so the page's Content-Security-Policy does not apply to it). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  if (results.passes.length === 0) throw new Error("axe checked nothing");
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
