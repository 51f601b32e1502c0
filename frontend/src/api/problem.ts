// RFC 9457 problem+json answers turned into one error type the screens understand.
import type { Problem } from "./types";

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly reasons: string[];
  readonly fieldErrors: { loc: (string | number)[]; msg: string }[];

  constructor(status: number, problem: Partial<Problem> | null) {
    const title = problem?.title ?? defaultTitle(status);
    super(problem?.detail ?? title);
    this.name = "ApiError";
    this.status = status;
    this.title = title;
    this.detail = problem?.detail ?? null;
    this.reasons = Array.isArray(problem?.reasons) ? problem.reasons : [];
    this.fieldErrors = Array.isArray(problem?.errors) ? problem.errors : [];
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  get isStale(): boolean {
    return this.status === 412;
  }
}

function defaultTitle(status: number): string {
  if (status === 0) return "The server could not be reached";
  if (status === 401) return "Please sign in again";
  if (status === 403) return "Your role may not do this";
  if (status === 404) return "Not found";
  if (status === 409) return "This cannot be done in the record's current state";
  if (status === 412) return "Someone changed this record since you loaded it";
  if (status === 422) return "Some fields need attention";
  if (status === 429) return "Too many attempts";
  if (status >= 500) return "The server had a problem";
  return `Request failed (${status})`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Build an ApiError from whatever body came back (problem+json, plain JSON, text or nothing). */
export function toApiError(status: number, body: unknown): ApiError {
  if (!isRecord(body)) {
    return new ApiError(status, typeof body === "string" && body ? { detail: body } : null);
  }
  const problem: Partial<Problem> = {};
  if (typeof body.title === "string") problem.title = body.title;
  if (typeof body.detail === "string") problem.detail = body.detail;
  if (Array.isArray(body.reasons)) {
    problem.reasons = body.reasons.filter((r): r is string => typeof r === "string");
  }
  if (Array.isArray(body.errors)) {
    problem.errors = body.errors.filter(isRecord).map((e) => ({
      loc: Array.isArray(e.loc) ? e.loc.filter((l) => typeof l === "string" || typeof l === "number") : [],
      msg: typeof e.msg === "string" ? e.msg : String(e.msg),
    }));
  }
  return new ApiError(status, problem);
}

/** "body.goals.0" -> "goals 1": where a 422 field error points, for people. */
export function fieldLabel(loc: (string | number)[]): string {
  return loc
    .filter((part, i) => !(i === 0 && (part === "body" || part === "query" || part === "path")))
    .map((part) => (typeof part === "number" ? String(part + 1) : part.replace(/_/g, " ")))
    .join(" ");
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail ?? error.title;
  if (error instanceof Error) return error.message;
  return "Something went wrong";
}
