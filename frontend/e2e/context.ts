// What the global set-up hands to the end-to-end tests.
export interface Account {
  email: string;
  password: string;
  employeeId: number;
}

export interface E2EContext {
  baseUrl: string;
  hr: { email: string; password: string };
  leader: Account;
  mentee: Account;
  /** No login until HR creates one in the SPA (mentoring-path.e2e.ts); then this password. */
  mentor: Account;
  /** A second pair for the grievance path. */
  mentee2: Account;
  mentor2: Account;
  menteeReviewId: number;
  mentee2ReviewId: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    e2e: E2EContext;
  }
}
