// The one API wrapper: the typed openapi-fetch client, the bearer token, and the global 401.
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "../client/schema";
import { ApiError, toApiError } from "./problem";
import type { Me } from "./types";
import { session } from "./session";

export const API_URL: string = (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/$/, "") ?? "";

const auth: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set("Authorization", `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    // One global handler: any 401 outside sign-in means the session is over.
    if (response.status === 401 && !request.url.endsWith("/auth/token") && session.token()) {
      session.signOut(true);
    }
    return response;
  },
};

export function createApi(baseUrl: string) {
  const client = createClient<paths>({ baseUrl });
  client.use(auth);
  return client;
}

export const api = createApi(API_URL);

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** A request that never reached the server (network down, CORS) as an ApiError with status 0. */
function unreachable(cause: unknown): ApiError {
  return new ApiError(0, { detail: cause instanceof Error ? cause.message : null });
}

/**
 * The one fetch-and-error wrapper: the answer, or an ApiError built from its problem+json.
 * Every other helper here (call, callVersioned, the raw-fetch ones) goes through it.
 */
async function settle<T>(pending: Promise<Answer<T>>): Promise<{ data: T; response: Response }> {
  let answer: Answer<T>;
  try {
    answer = await pending;
  } catch (cause) {
    throw unreachable(cause);
  }
  if (!answer.response.ok || answer.error !== undefined) {
    throw toApiError(answer.response.status, answer.error);
  }
  return { data: answer.data as T, response: answer.response };
}

/** A plain fetch answered as an openapi-fetch-like Answer (JSON body; `error` set when not ok). */
async function raw(pending: Promise<Response>): Promise<Answer<unknown>> {
  const response = await pending;
  const body: unknown = await response.json().catch(() => null);
  return response.ok ? { data: body, response } : { error: body ?? null, response };
}

/** The answer's body, or an ApiError built from its problem+json. */
export async function call<T>(pending: Promise<Answer<T>>): Promise<T> {
  return (await settle(pending)).data;
}

export interface Versioned<T> {
  data: T;
  etag: string | null;
}

/** Like `call`, keeping the ETag for a later If-Match. */
export async function callVersioned<T>(pending: Promise<Answer<T>>): Promise<Versioned<T>> {
  const { data, response } = await settle(pending);
  return { data, etag: response.headers.get("ETag") };
}

/** Every page of a cursor-paginated list (bounded, for name look-ups and small lists). */
export async function allPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Answer<{ items: T[]; next_cursor?: string | null }>>,
  maxPages = 10,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const body = await call(fetchPage(cursor));
    items.push(...body.items);
    if (!body.next_cursor) break;
    cursor = body.next_cursor;
  }
  return items;
}

/** Password grant, form-encoded. Answers the access token. */
export async function signInWithPassword(email: string, password: string): Promise<string> {
  const form = new URLSearchParams({ grant_type: "password", username: email, password });
  const body = await call(
    raw(
      fetch(`${API_URL}/api/v1/auth/token`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: form,
      }),
    ),
  );
  const token = (body as { access_token?: unknown } | null)?.access_token;
  if (typeof token !== "string") throw new ApiError(200, { detail: "No token in the answer" });
  return token;
}

/** Download a report as CSV with the bearer token, and save it. */
export async function downloadCsv(path: string, filename: string): Promise<void> {
  const token = session.token();
  const response = await fetch(`${API_URL}${path}${path.includes("?") ? "&" : "?"}format=csv`, {
    headers: { Accept: "text/csv", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (response.status === 401) session.signOut(true);
  if (!response.ok) await call(raw(Promise.resolve(response)));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Who a bearer token stands for, asked before the token becomes the session's (no global 401 sign-out). */
export async function meWithToken(token: string): Promise<Me> {
  const body = await call(
    raw(fetch(`${API_URL}/api/v1/auth/me`, { headers: { Accept: "application/json", Authorization: `Bearer ${token}` } })),
  );
  return body as Me;
}
