import { describe, expect, it, vi } from "vitest";
import { base64url, codeChallenge, codeVerifier, finishSignIn, providerLabel, SignInError, ssoFromConfig, startSignIn, type SsoConfig } from "./oidc";

const sso: SsoConfig = {
  issuer: "https://login.acme.example/realms/staff",
  authorizeUrl: "https://login.acme.example/realms/staff/auth?prompt=select_account",
  tokenUrl: "https://login.acme.example/realms/staff/token",
  clientId: "peermentor-spa",
  scopes: "openid email profile",
  providerName: "Acme SSO",
};
const ORIGIN = "https://mentoring.acme.example";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)));
  return `${part({ alg: "RS256", kid: "k1" })}.${part(claims)}.c2ln`;
}

function tokenAnswer(body: unknown, status = 200) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));
}

/** Starts a sign-in and answers the authorize URL's query plus the storage holding its secrets. */
async function started(next = "/reviews") {
  const storage = memoryStorage();
  const url = new URL(await startSignIn(sso, { next, origin: ORIGIN, storage }));
  return { storage, url, query: url.searchParams };
}

describe("PKCE (RFC 7636)", () => {
  it("derives the S256 challenge of the RFC's Appendix B example", async () => {
    const octets = new Uint8Array([
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ]);
    const verifier = codeVerifier(octets);
    expect(verifier).toBe("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    expect(await codeChallenge(verifier)).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  });

  it("makes fresh 43-character verifiers of unreserved characters", () => {
    const a = codeVerifier();
    const b = codeVerifier();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });

  it("refuses a verifier outside the RFC's alphabet or length", async () => {
    await expect(codeChallenge("short")).rejects.toThrow();
    await expect(codeChallenge("a".repeat(42) + "+")).rejects.toThrow();
  });
});

describe("the configuration", () => {
  const config = {
    password_login: true,
    oidc_enabled: true,
    oidc: { issuer: sso.issuer, authorize_url: sso.authorizeUrl, token_url: sso.tokenUrl, client_id: "peermentor-spa", provider_name: null, audience: "peermentor-api", scopes: "openid email" },
  };

  it("offers company sign-on only when the API says it is on and names both endpoints and the client", () => {
    expect(ssoFromConfig(config)).toMatchObject({ clientId: "peermentor-spa", tokenUrl: sso.tokenUrl, providerName: null });
    expect(ssoFromConfig({ password_login: true, oidc_enabled: false, oidc: null })).toBeNull();
    expect(ssoFromConfig({ ...config, oidc: { ...config.oidc, token_url: null } })).toBeNull();
    expect(ssoFromConfig({ ...config, oidc: { ...config.oidc, client_id: null } })).toBeNull();
    expect(ssoFromConfig(undefined)).toBeNull();
  });

  it("names the provider, or the company account when it has no name", () => {
    expect(providerLabel(sso)).toBe("Acme SSO");
    expect(providerLabel({ providerName: null })).toBe("your company account");
  });
});

describe("starting a sign-in", () => {
  it("sends the browser to the authorize URL with a code request, a fresh state and nonce, and the S256 challenge", async () => {
    const { url, query, storage } = await started();
    expect(url.origin + url.pathname).toBe("https://login.acme.example/realms/staff/auth");
    expect(query.get("prompt")).toBe("select_account"); // the configured URL's own parameters are kept
    expect(query.get("response_type")).toBe("code");
    expect(query.get("client_id")).toBe("peermentor-spa");
    expect(query.get("redirect_uri")).toBe("https://mentoring.acme.example/auth/callback");
    expect(query.get("scope")).toBe("openid email profile");
    expect(query.get("code_challenge_method")).toBe("S256");
    const pending = JSON.parse([...storage.items.values()][0] ?? "{}") as { state: string; nonce: string; verifier: string; next: string };
    expect(query.get("state")).toBe(pending.state);
    expect(query.get("nonce")).toBe(pending.nonce);
    expect(pending.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pending.nonce).not.toBe(pending.state);
    expect(query.get("code_challenge")).toBe(await codeChallenge(pending.verifier));
    expect(url.toString()).not.toContain(pending.verifier); // the verifier never leaves the browser before the exchange
    expect(pending.next).toBe("/reviews");
  });

  it("never sends the person elsewhere than an in-app path afterwards", async () => {
    const { storage } = await started("//evil.example/x");
    expect(JSON.parse([...storage.items.values()][0] ?? "{}")).toMatchObject({ next: "/" });
  });
});

describe("finishing a sign-in", () => {
  it("exchanges the code with the verifier and answers the access token", async () => {
    const { query, storage } = await started();
    const pending = JSON.parse([...storage.items.values()][0] ?? "{}") as { verifier: string };
    const fetch = tokenAnswer({ access_token: "at-1", token_type: "Bearer", id_token: jwt({ nonce: query.get("nonce") }) });
    const signed = await finishSignIn(new URLSearchParams({ code: "c-1", state: query.get("state") ?? "", iss: sso.issuer }), { storage, fetch });
    expect(signed).toEqual({ accessToken: "at-1", next: "/reviews", provider: "Acme SSO" });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe(sso.tokenUrl);
    const form = new URLSearchParams(String(init?.body));
    expect(Object.fromEntries(form)).toEqual({
      grant_type: "authorization_code",
      code: "c-1",
      redirect_uri: "https://mentoring.acme.example/auth/callback",
      client_id: "peermentor-spa",
      code_verifier: pending.verifier,
    });
    expect(storage.items.size).toBe(0); // the secrets are used once
  });

  it("refuses an answer whose state does not match, without exchanging the code", async () => {
    const { storage } = await started();
    const fetch = tokenAnswer({ access_token: "at-1" });
    const attempt = finishSignIn(new URLSearchParams({ code: "c-1", state: "someone-elses-state" }), { storage, fetch });
    await expect(attempt).rejects.toThrow(SignInError);
    await expect(attempt).rejects.toThrow(/did not match/);
    expect(fetch).not.toHaveBeenCalled();
    expect(storage.items.size).toBe(0);
  });

  it("refuses an answer with no state, or when this browser started no sign-in (or already used it)", async () => {
    const { storage, query } = await started();
    const fetch = tokenAnswer({ access_token: "at-1" });
    await expect(finishSignIn(new URLSearchParams({ code: "c-1" }), { storage, fetch })).rejects.toThrow(/did not match/);
    await expect(finishSignIn(new URLSearchParams({ code: "c-1", state: query.get("state") ?? "" }), { storage, fetch })).rejects.toThrow(/expired or was already used/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("refuses an answer from another issuer, and an ID token with another nonce", async () => {
    let { query, storage } = await started();
    const fetch = tokenAnswer({ access_token: "at-1", id_token: jwt({ nonce: "replayed" }) });
    await expect(finishSignIn(new URLSearchParams({ code: "c", state: query.get("state") ?? "", iss: "https://evil.example" }), { storage, fetch })).rejects.toThrow(/different sign-in service/);
    ({ query, storage } = await started());
    await expect(finishSignIn(new URLSearchParams({ code: "c", state: query.get("state") ?? "" }), { storage, fetch })).rejects.toThrow(/nonce mismatch/);
  });

  it("refuses a sign-in left at the provider too long", async () => {
    const { query, storage } = await started();
    const later = () => Date.now() + 16 * 60_000;
    await expect(finishSignIn(new URLSearchParams({ code: "c", state: query.get("state") ?? "" }), { storage, fetch: tokenAnswer({}), now: later })).rejects.toThrow(/expired/);
  });

  it("tells the provider's errors in words, adding its description only to an answer to our own request", async () => {
    let { query, storage } = await started();
    const denied = { error: "access_denied", error_description: "User is not assigned to the application", state: query.get("state") ?? "" };
    await expect(finishSignIn(new URLSearchParams(denied), { storage })).rejects.toThrow(
      "Sign-in with Acme SSO was cancelled or refused. If you did not cancel it, your company account may not be allowed to use PeerMentor: ask HR. (Acme SSO said: “User is not assigned to the application”)",
    );
    ({ storage } = await started());
    const crafted = finishSignIn(new URLSearchParams({ ...denied, state: "x", error_description: "Call +1 555 to unlock" }), { storage });
    await expect(crafted).rejects.toThrow(/cancelled or refused/);
    await expect(crafted).rejects.not.toThrow(/555/);
    ({ query, storage } = await started());
    await expect(finishSignIn(new URLSearchParams({ error: "temporarily_unavailable", state: query.get("state") ?? "" }), { storage })).rejects.toThrow(/temporarily unavailable/);
  });

  it("tells a refused code exchange and an unreachable token endpoint in words", async () => {
    let { query, storage } = await started();
    await expect(finishSignIn(new URLSearchParams({ code: "c", state: query.get("state") ?? "" }), { storage, fetch: tokenAnswer({ error: "invalid_grant" }, 400) })).rejects.toThrow(/refused the sign-in code/);
    ({ query, storage } = await started());
    const offline = vi.fn(async () => Promise.reject(new TypeError("Failed to fetch")));
    await expect(finishSignIn(new URLSearchParams({ code: "c", state: query.get("state") ?? "" }), { storage, fetch: offline })).rejects.toThrow(/could not be reached/);
    ({ query, storage } = await started());
    await expect(finishSignIn(new URLSearchParams({ code: "c", state: query.get("state") ?? "" }), { storage, fetch: tokenAnswer({ token_type: "Bearer" }) })).rejects.toThrow(/usable access token/);
  });
});
