// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { call, callVersioned, createApi } from "./client";
import { ApiError } from "./problem";
import { session } from "./session";

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

const api = createApi("http://api.test");

afterEach(() => {
  vi.unstubAllGlobals();
  session.signOut();
  session.takeExpired();
});

describe("the API wrapper", () => {
  it("sends the bearer token and keeps the ETag", async () => {
    session.signIn("tok-123");
    const fetchMock = vi.fn(async (request: Request) => {
      expect(request.headers.get("Authorization")).toBe("Bearer tok-123");
      return answer(200, { id: 1 }, { ETag: '"3"' });
    });
    vi.stubGlobal("fetch", fetchMock);
    const result = await callVersioned(api.GET("/api/v1/pairings/{pairing_id}", { params: { path: { pairing_id: 1 } }, fetch: fetchMock }));
    expect(result.etag).toBe('"3"');
  });

  it("signs out on a 401: the one global handler", async () => {
    session.signIn("expired");
    const listener = vi.fn();
    const unsubscribe = session.subscribe(listener);
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ title: "Unauthorized", status: 401 }), { status: 401, headers: { "Content-Type": "application/problem+json" } }));
    await expect(call(api.GET("/api/v1/auth/me", { fetch: fetchMock }))).rejects.toBeInstanceOf(ApiError);
    expect(session.token()).toBeNull();
    expect(session.takeExpired()).toBe(true);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
  });

  it("turns a problem+json 409 into an ApiError with reasons", async () => {
    session.signIn("tok");
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ title: "Conflict", status: 409, detail: "no", reasons: ["at_capacity"] }), { status: 409, headers: { "Content-Type": "application/problem+json" } }),
    );
    const error = await call(api.POST("/api/v1/pairings/{pairing_id}/approve", { params: { path: { pairing_id: 4 } }, fetch: fetchMock })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).reasons).toEqual(["at_capacity"]);
    expect(session.token()).toBe("tok");
  });

  it("reports an unreachable server as status 0", async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await call(api.GET("/api/v1/auth/me", { fetch: fetchMock })).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(0);
  });
});

describe("the raw-fetch helpers go through the same wrapper", () => {
  it("answers a refused token check as an ApiError with the problem's status and detail", async () => {
    const { meWithToken } = await import("./client");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify({ title: "Forbidden", status: 403, detail: "inactive" }), { status: 403, headers: { "Content-Type": "application/problem+json" } })),
    );
    const error = await meWithToken("t").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(403);
  });

  it("reports an unreachable server on sign-in as status 0", async () => {
    const { signInWithPassword } = await import("./client");
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const error = await signInWithPassword("a@b.c", "x").catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(0);
  });
});
