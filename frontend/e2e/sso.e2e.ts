// Company sign-on: an API configured for an OpenID Connect provider (a fake one served by this
// test, with a key pair made for the run), and the SPA's authorization code + PKCE round trip.
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { FakeIdp } from "./fake-idp";
import { startApi, type ApiServer } from "./server";
import { cspViolations, launch, shot, title, watchCsp } from "./support";

const ctx = inject("e2e");
const HR_EMAIL = "helena.hr@acme.example";
let browser: Browser;
let idp: FakeIdp;
let api: ApiServer;

beforeAll(async () => {
  idp = await FakeIdp.start({ clientId: "peermentor-spa", audience: "peermentor-api" });
  api = await startApi({
    PEERMENTOR_OIDC_ISSUER: idp.issuer,
    PEERMENTOR_OIDC_AUDIENCE: "peermentor-api",
    PEERMENTOR_OIDC_JWKS_URL: idp.jwksUrl,
    PEERMENTOR_OIDC_AUTHORIZE_URL: idp.authorizeUrl,
    PEERMENTOR_OIDC_TOKEN_URL: idp.tokenUrl,
    PEERMENTOR_OIDC_CLIENT_ID: "peermentor-spa",
    PEERMENTOR_OIDC_PROVIDER_NAME: "Acme SSO",
  });
  // HR's account exists in PeerMentor (any password: they sign in with the company account).
  api.run(["users", "create", "--email", HR_EMAIL, `--password=${randomBytes(18).toString("base64url")}`, "--role", "hr_admin"]);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await idp?.stop();
});

// Sign-on works under the SPA's Content-Security-Policy (connect-src allows the token endpoint).
afterEach(() => {
  expect(cspViolations.splice(0)).toEqual([]);
});

async function loginPage(baseUrl: string, path = "/"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(15_000);
  await watchCsp(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("[page error, sso]", error.message));
  const config = page.waitForResponse((r) => r.url().endsWith("/api/v1/auth/config"));
  await page.goto(path);
  await page.waitForURL(/\/login/);
  expect((await config).status()).toBe(200);
  await page.getByTestId("login-submit").waitFor();
  return { context, page };
}

describe("signing in with the company's identity provider", () => {
  it("is not offered when sign-on is not configured", async () => {
    const { context, page } = await loginPage(ctx.baseUrl);
    await page.waitForTimeout(200); // the configuration's answer has been rendered
    expect(await page.getByTestId("login-sso").count()).toBe(0);
    await context.close();
  });

  it("offers the provider beside the password form, and signs HR in to their inbox", async () => {
    idp.signedInAs = { sub: "acme-7f3a9c", email: HR_EMAIL };
    const { context, page } = await loginPage(api.baseUrl);
    const button = page.getByTestId("login-sso");
    await button.waitFor();
    expect(await button.textContent()).toBe("Sign in with Acme SSO");
    expect(await page.getByTestId("login-email").isVisible()).toBe(true); // the password form stays
    await shot(page, "sso-01-login-with-company-sign-on");

    await button.click();
    await page.waitForURL(/\/inbox$/);
    expect(await title(page)).toBe("Inbox");
    expect(await page.getByTestId("current-user").textContent()).toContain(HR_EMAIL);
    expect(await page.getByTestId("current-role").textContent()).toBe("HR");
    expect(idp.exchanges.at(-1)).toEqual({ ok: true }); // the code was traded with a matching PKCE verifier
    // The bearer is the provider's token, and the one-time secrets of the round trip are gone.
    const stored = await page.evaluate(() => ({ ...sessionStorage }));
    expect(Object.keys(stored)).toEqual(["peermentor.token"]);
    expect(JSON.parse(Buffer.from((stored["peermentor.token"] ?? "").split(".")[0] ?? "", "base64url").toString())).toMatchObject({ alg: "RS256", kid: idp.kid });
    await shot(page, "sso-02-signed-in-inbox");
    await context.close();
  });

  it("keeps the page the person asked for", async () => {
    idp.signedInAs = { sub: "acme-7f3a9c", email: HR_EMAIL };
    const { context, page } = await loginPage(api.baseUrl, "/reviews");
    await page.getByTestId("login-sso").click();
    await page.waitForURL(/\/reviews$/);
    expect(await title(page)).toBe("Periodic reviews");
    await context.close();
  });

  it("says so when the company account has no PeerMentor account", async () => {
    idp.signedInAs = { sub: "acme-00042", email: "new.starter@acme.example" };
    const { context, page } = await loginPage(api.baseUrl);
    await page.getByTestId("login-sso").click();
    const error = page.getByTestId("login-sso-error");
    await error.waitFor();
    expect(await error.textContent()).toBe("Your company account is not registered in PeerMentor. Ask HR to give you access.");
    expect(page.url()).toMatch(/\/login$/);
    expect(await page.evaluate(() => sessionStorage.getItem("peermentor.token"))).toBeNull();
    await shot(page, "sso-03-not-registered");
    await context.close();
  });

  it("tells the provider's refusal in words", async () => {
    idp.refuseWith = { error: "access_denied", description: "The user cancelled the sign-in" };
    try {
      const { context, page } = await loginPage(api.baseUrl);
      await page.getByTestId("login-sso").click();
      const error = page.getByTestId("login-sso-error");
      await error.waitFor();
      expect(await error.textContent()).toContain("Sign-in with Acme SSO was cancelled or refused.");
      expect(await error.textContent()).toContain("The user cancelled the sign-in");
      await context.close();
    } finally {
      idp.refuseWith = null;
    }
  });

  it("refuses an answer that does not belong to this browser's request (state mismatch)", async () => {
    idp.signedInAs = { sub: "acme-7f3a9c", email: HR_EMAIL };
    const { context, page } = await loginPage(api.baseUrl);
    // Another tab's (or an attacker's) answer: the state this browser keeps is not the one sent back.
    await page.route(/\/protocol\/openid-connect\/auth/, async (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set("state", "forged-state");
      await route.continue({ url: url.toString() });
    });
    const exchangesBefore = idp.exchanges.length;
    await page.getByTestId("login-sso").click();
    const error = page.getByTestId("login-sso-error");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/did not match this browser's request/);
    expect(idp.exchanges.length).toBe(exchangesBefore); // the code was never traded
    // A callback link this browser never asked for (or a used one) is refused as well.
    await page.unrouteAll();
    await page.goto("/auth/callback?code=stolen&state=whatever");
    await page.getByTestId("login-sso-error").waitFor();
    expect(await page.getByTestId("login-sso-error").textContent()).toMatch(/expired or was already used/);
    expect(idp.exchanges.length).toBe(exchangesBefore);
    await context.close();
  });
});
