import { describe, expect, it } from "vitest";
import { allows, allowsAny, formAction } from "./actions";

describe("allowed actions", () => {
  const request = { allowed_actions: ["reject", "cancel"] };
  it("allows exactly the listed actions", () => {
    expect(allows(request, "reject")).toBe(true);
    expect(allows(request, "cancel")).toBe(true);
    expect(allows(request, "confirm")).toBe(false);
    expect(allows({ allowed_actions: [] }, "confirm")).toBe(false);
  });
  it("allowsAny is true when one of them is listed", () => {
    expect(allowsAny(request, "confirm", "reject")).toBe(true);
    expect(allowsAny(request, "confirm", "propose_pairing")).toBe(false);
    expect(allowsAny(request)).toBe(false);
  });
  it("names the form action of each side", () => {
    expect(formAction("mentor")).toBe("submit_mentor_form");
    expect(formAction("mentee")).toBe("submit_mentee_form");
  });
});
