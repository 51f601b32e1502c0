// A tiny OpenID Connect provider for the sign-on test: an authorize endpoint that "signs in"
// whoever the test says and redirects back with a code, a token endpoint that checks the PKCE
// verifier and answers an RS256 access token (signed with a key made for this run), and the JWKS
// the API verifies it with.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { freePort } from "./server";

export interface Identity {
  sub: string;
  email: string;
}

interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string | null;
  scope: string;
  identity: Identity;
}

export interface FakeIdpOptions {
  clientId: string;
  /** The `aud` of the access tokens (the API's PEERMENTOR_OIDC_AUDIENCE). */
  audience: string;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString("base64url");

export class FakeIdp {
  readonly issuer: string;
  readonly kid = `e2e-${randomBytes(4).toString("hex")}`;
  /** Who is signed in at the provider: the next authorize request is answered for them. */
  signedInAs: Identity | null = null;
  /** When set, the next authorize request is answered with this `error` (e.g. access_denied). */
  refuseWith: { error: string; description: string } | null = null;
  /** What the token endpoint did, for the test to look at. */
  readonly exchanges: { ok: boolean; reason?: string }[] = [];
  private readonly grants = new Map<string, Grant>();
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly options: FakeIdpOptions,
  ) {
    this.issuer = `${baseUrl}/realms/acme`;
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = { ...publicKey.export({ format: "jwk" }), kid: this.kid, alg: "RS256", use: "sig" };
    server.on("request", (req, res) => void this.handle(req, res));
  }

  static async start(options: FakeIdpOptions): Promise<FakeIdp> {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
    return new FakeIdp(server, `http://127.0.0.1:${port}`, options);
  }

  get authorizeUrl() {
    return `${this.issuer}/protocol/openid-connect/auth`;
  }
  get tokenUrl() {
    return `${this.issuer}/protocol/openid-connect/token`;
  }
  get jwksUrl() {
    return `${this.issuer}/protocol/openid-connect/certs`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((ok) => this.server.close(() => ok()));
  }

  private jwt(claims: Record<string, unknown>): string {
    const input = `${b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: this.kid }))}.${b64url(JSON.stringify(claims))}`;
    return `${input}.${b64url(sign("sha256", Buffer.from(input), this.privateKey))}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    // A public client's token request comes from the SPA's origin (CORS, as real providers allow).
    const cors = { "Access-Control-Allow-Origin": req.headers.origin ?? "*", "Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Allow-Methods": "POST, GET" };
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...cors });
      res.end(JSON.stringify(body));
    };
    if (req.method === "OPTIONS") {
      res.writeHead(204, cors);
      res.end();
    } else if (req.method === "GET" && url.pathname === new URL(this.jwksUrl).pathname) {
      json(200, { keys: [this.publicJwk] });
    } else if (req.method === "GET" && url.pathname === new URL(this.authorizeUrl).pathname) {
      this.authorize(url.searchParams, res);
    } else if (req.method === "POST" && url.pathname === new URL(this.tokenUrl).pathname) {
      let body = "";
      for await (const chunk of req) body += String(chunk);
      this.token(new URLSearchParams(body), json);
    } else {
      json(404, { error: "not_found" });
    }
  }

  private authorize(query: URLSearchParams, res: ServerResponse): void {
    const redirectUri = query.get("redirect_uri") ?? "";
    const page = (status: number, text: string) => {
      res.writeHead(status, { "Content-Type": "text/plain" });
      res.end(text);
    };
    // Errors about the client or the redirect URI are never redirected (RFC 6749 4.1.2.1).
    if (query.get("client_id") !== this.options.clientId) return page(400, "unknown client_id");
    if (!redirectUri.endsWith("/auth/callback")) return page(400, "redirect_uri is not registered");
    const back = new URL(redirectUri);
    back.searchParams.set("state", query.get("state") ?? "");
    back.searchParams.set("iss", this.issuer);
    const fail = (error: string, description: string) => {
      back.searchParams.set("error", error);
      back.searchParams.set("error_description", description);
      res.writeHead(302, { Location: back.toString() });
      res.end();
    };
    if (query.get("response_type") !== "code") return fail("unsupported_response_type", "only the code flow");
    if (query.get("code_challenge_method") !== "S256" || !query.get("code_challenge")) return fail("invalid_request", "PKCE with S256 is required");
    if (this.refuseWith) return fail(this.refuseWith.error, this.refuseWith.description);
    if (!this.signedInAs) return fail("login_required", "nobody is signed in");
    const code = randomBytes(24).toString("base64url");
    this.grants.set(code, {
      clientId: this.options.clientId,
      redirectUri,
      challenge: query.get("code_challenge") ?? "",
      nonce: query.get("nonce"),
      scope: query.get("scope") ?? "",
      identity: this.signedInAs,
    });
    back.searchParams.set("code", code);
    res.writeHead(302, { Location: back.toString() });
    res.end();
  }

  private token(form: URLSearchParams, json: (status: number, body: unknown) => void): void {
    const refuse = (reason: string, error = "invalid_grant") => {
      this.exchanges.push({ ok: false, reason });
      json(400, { error, error_description: reason });
    };
    if (form.get("grant_type") !== "authorization_code") return refuse("grant_type", "unsupported_grant_type");
    const code = form.get("code") ?? "";
    const grant = this.grants.get(code);
    this.grants.delete(code); // a code is used once
    if (!grant) return refuse("unknown or used code");
    if (form.get("client_id") !== grant.clientId) return refuse("client_id", "invalid_client");
    if (form.get("redirect_uri") !== grant.redirectUri) return refuse("redirect_uri");
    const verifier = form.get("code_verifier") ?? "";
    if (createHash("sha256").update(verifier, "ascii").digest("base64url") !== grant.challenge) return refuse("PKCE verifier does not match the challenge");
    const now = Math.floor(Date.now() / 1000);
    const { sub, email } = grant.identity;
    const accessToken = this.jwt({ iss: this.issuer, aud: this.options.audience, sub, email, email_verified: true, scope: grant.scope, iat: now, exp: now + 300 });
    const idToken = this.jwt({ iss: this.issuer, aud: grant.clientId, sub, email, nonce: grant.nonce, iat: now, exp: now + 300 });
    this.exchanges.push({ ok: true });
    json(200, { access_token: accessToken, id_token: idToken, token_type: "Bearer", expires_in: 300, scope: grant.scope });
  }
}
