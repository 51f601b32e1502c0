// Sign-on with the organisation's OpenID Connect provider, as a public client: the OAuth 2.0
// authorization code flow with PKCE (RFC 7636, S256). The browser goes to the provider's
// authorize URL and comes back to /auth/callback with a code; the SPA checks `state`, trades the
// code (plus the PKCE verifier, no client secret) for tokens at the provider's token endpoint,
// checks the ID token's `nonce`, and uses the access token as its bearer for the API, like the
// token of a password sign-in. The API verifies that token against the provider's keys.
import type { components } from "../client/schema";

type AuthConfig = components["schemas"]["AuthConfig"];

/** What the SPA needs to offer company sign-on (null: not offered). */
export interface SsoConfig {
  issuer: string;
  authorizeUrl: string;
  tokenUrl: string;
  clientId: string;
  scopes: string;
  providerName: string | null;
}

export const CALLBACK_PATH = "/auth/callback";
const PENDING_KEY = "peermentor.oidc.pending";
/** A sign-in left at the provider longer than this is not completed. */
const MAX_PENDING_MS = 15 * 60_000;

/** Company sign-on is offered only when the API accepts the tokens and the SPA knows the endpoints. */
export function ssoFromConfig(config: AuthConfig | null | undefined): SsoConfig | null {
  const oidc = config?.oidc_enabled ? config.oidc : null;
  if (!oidc?.authorize_url || !oidc.token_url || !oidc.client_id) return null;
  return {
    issuer: oidc.issuer,
    authorizeUrl: oidc.authorize_url,
    tokenUrl: oidc.token_url,
    clientId: oidc.client_id,
    scopes: oidc.scopes || "openid",
    providerName: oidc.provider_name?.trim() || null,
  };
}

export function providerLabel(sso: Pick<SsoConfig, "providerName">): string {
  return sso.providerName ?? "your company account";
}

/** A sign-in that failed; `message` is for the person signing in. */
export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SignInError";
  }
}

// ---- PKCE (RFC 7636) ----

export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function base64urlDecode(text: string): string {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "=");
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (!crypto?.subtle) {
    // Browsers only offer WebCrypto on secure pages (https://, or localhost).
    throw new SignInError("Company sign-in needs PeerMentor to be opened over HTTPS.");
  }
  return crypto.subtle;
}

/** A high-entropy random string of unreserved characters (32 bytes: 43 characters). */
export function randomToken(bytes = 32): string {
  return base64url(globalThis.crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The PKCE verifier for 32 random octets (43 characters of [A-Za-z0-9-_]). */
export function codeVerifier(octets: Uint8Array = globalThis.crypto.getRandomValues(new Uint8Array(32))): string {
  return base64url(octets);
}

/** `code_challenge` for the S256 method: BASE64URL(SHA256(ASCII(code_verifier))). */
export async function codeChallenge(verifier: string): Promise<string> {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) throw new Error("not a PKCE code verifier");
  const digest = await subtle().digest("SHA-256", new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

// ---- the round trip ----

interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
  next: string;
  issuer: string;
  tokenUrl: string;
  clientId: string;
  providerName: string | null;
  startedAt: number;
}

export interface StartOptions {
  /** Where to go once signed in (an in-app path). */
  next: string;
  /** The SPA's own origin (the redirect URI is registered at the provider as origin + /auth/callback). */
  origin: string;
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  now?: () => number;
}

const safeNext = (next: string | null | undefined) => (next && next.startsWith("/") && !next.startsWith("//") ? next : "/");

/** Remembers a new state, nonce and verifier and answers the provider's authorize URL to go to. */
export async function startSignIn(sso: SsoConfig, options: StartOptions): Promise<string> {
  const verifier = codeVerifier();
  const pending: Pending = {
    state: randomToken(),
    nonce: randomToken(),
    verifier,
    redirectUri: options.origin.replace(/\/$/, "") + CALLBACK_PATH,
    next: safeNext(options.next),
    issuer: sso.issuer,
    tokenUrl: sso.tokenUrl,
    clientId: sso.clientId,
    providerName: sso.providerName,
    startedAt: (options.now ?? Date.now)(),
  };
  const url = new URL(sso.authorizeUrl);
  const query = url.searchParams;
  query.set("response_type", "code");
  query.set("client_id", sso.clientId);
  query.set("redirect_uri", pending.redirectUri);
  query.set("scope", sso.scopes);
  query.set("state", pending.state);
  query.set("nonce", pending.nonce);
  query.set("code_challenge", await codeChallenge(verifier));
  query.set("code_challenge_method", "S256");
  options.storage.setItem(PENDING_KEY, JSON.stringify(pending));
  return url.toString();
}

/** The provider's `error` codes (RFC 6749 4.1.2.1, OIDC Core 3.1.2.6), in words. */
export function describeProviderError(code: string, provider: string): string {
  switch (code) {
    case "access_denied":
      return `Sign-in with ${provider} was cancelled or refused. If you did not cancel it, your company account may not be allowed to use PeerMentor: ask HR.`;
    case "login_required":
    case "interaction_required":
    case "account_selection_required":
      return `${provider} needs you to sign in again. Please try once more.`;
    case "consent_required":
      return `${provider} needs your consent before PeerMentor can sign you in. Please try again and accept.`;
    case "temporarily_unavailable":
      return `${provider} is temporarily unavailable. Please try again in a few minutes.`;
    case "server_error":
      return `${provider} had a problem signing you in. Please try again in a few minutes.`;
    case "invalid_grant":
      return `${provider} refused the sign-in code (it may have expired). Please try again.`;
    default: // invalid_request, invalid_client, unauthorized_client, invalid_scope, ...
      return `PeerMentor's sign-in with ${provider} is not set up correctly (${code}). Please tell your IT department.`;
  }
}

export interface FinishOptions {
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface SignedIn {
  accessToken: string;
  next: string;
  provider: string;
}

function readPending(storage: FinishOptions["storage"]): Pending | null {
  const raw = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY); // one answer per request, whatever it says
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Pending>;
    return typeof value.state === "string" && typeof value.verifier === "string" ? (value as Pending) : null;
  } catch {
    return null;
  }
}

function idTokenClaims(idToken: string): Record<string, unknown> | null {
  try {
    const payload = idToken.split(".")[1];
    const claims: unknown = payload ? JSON.parse(base64urlDecode(payload)) : null;
    return typeof claims === "object" && claims !== null ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Completes the round trip from the provider's redirect (the callback's query): checks `state`
 * (and `iss` when the provider sends it), exchanges the code with the PKCE verifier, checks the
 * ID token's `nonce`. Answers the access token, or throws a SignInError in words.
 */
export async function finishSignIn(params: URLSearchParams, options: FinishOptions): Promise<SignedIn> {
  const pending = readPending(options.storage);
  const provider = pending ? providerLabel(pending) : "your company account";
  const stateMatches = pending !== null && params.get("state") === pending.state;
  const error = params.get("error");
  if (error) {
    let message = describeProviderError(error, provider);
    const description = params.get("error_description");
    // Only an answer to our own request may add its own words (no text injected by a crafted link).
    if (stateMatches && description) message += ` (${provider} said: “${description.slice(0, 200)}”)`;
    throw new SignInError(message);
  }
  if (!pending) {
    throw new SignInError("This sign-in link has expired or was already used. Please start again from the sign-in page.");
  }
  if (!stateMatches) {
    throw new SignInError("The answer from the sign-in service did not match this browser's request, so it was refused. Please start again.");
  }
  const now = (options.now ?? Date.now)();
  if (now - pending.startedAt > MAX_PENDING_MS) {
    throw new SignInError("The sign-in took too long and has expired. Please start again.");
  }
  const iss = params.get("iss");
  if (iss !== null && iss !== pending.issuer) {
    throw new SignInError("The answer came from a different sign-in service than expected, so it was refused. Please start again.");
  }
  const code = params.get("code");
  if (!code) throw new SignInError(`${provider} did not send a sign-in code. Please start again.`);

  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(pending.tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: pending.redirectUri,
        client_id: pending.clientId,
        code_verifier: pending.verifier,
      }),
    });
  } catch {
    throw new SignInError(`${provider}'s sign-in service could not be reached. Please try again.`);
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const code = typeof body?.error === "string" ? body.error : "invalid_grant";
    throw new SignInError(describeProviderError(code, provider));
  }
  const accessToken = body?.access_token;
  const tokenType = body?.token_type;
  if (typeof accessToken !== "string" || !accessToken || (typeof tokenType === "string" && tokenType.toLowerCase() !== "bearer")) {
    throw new SignInError(`${provider} did not send a usable access token. Please tell your IT department.`);
  }
  if (typeof body?.id_token === "string") {
    const claims = idTokenClaims(body.id_token);
    if (!claims || claims.nonce !== pending.nonce) {
      throw new SignInError("The sign-in answer was not issued for this browser's request (nonce mismatch), so it was refused. Please start again.");
    }
  }
  return { accessToken, next: safeNext(pending.next), provider };
}
