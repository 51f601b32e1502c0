import { describe, expect, it } from "vitest";
import { ApiError } from "../api/problem";
import { refusalMessage } from "./CallbackPage";

describe("why the API refused a company sign-in", () => {
  const problem = (status: number, detail: string) => new ApiError(status, { detail });

  it("says the account is not registered when no PeerMentor user matches (401 or 403)", () => {
    const unknown = "Signed in with the identity provider, but no active PeerMentor account matches this identity (by subject or e-mail); ask HR to create one";
    expect(refusalMessage(problem(401, unknown), "Acme SSO")).toBe("Your company account is not registered in PeerMentor. Ask HR to give you access.");
    expect(refusalMessage(problem(403, "Forbidden"), "Acme SSO")).toMatch(/not registered in PeerMentor/);
  });

  it("tells a deactivated account, a token the API does not accept, and an outage apart", () => {
    expect(refusalMessage(problem(401, "The account is deactivated"), "Acme SSO")).toMatch(/deactivated/);
    expect(refusalMessage(problem(401, "Invalid or expired token: unknown signing key"), "Acme SSO")).toMatch(/did not accept the sign-in from Acme SSO/);
    expect(refusalMessage(problem(503, "The identity provider's keys cannot be loaded"), "Acme SSO")).toMatch(/try again in a few minutes/);
    expect(refusalMessage(new ApiError(0, null), "Acme SSO")).toMatch(/could not be reached/);
  });
});
