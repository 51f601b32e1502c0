import { describe, expect, it } from "vitest";
import { ApiError, errorMessage, fieldLabel, toApiError } from "./problem";

describe("toApiError", () => {
  it("keeps a 409's detail and reasons", () => {
    const error = toApiError(409, {
      type: "https://peermentor.dev/problems/conflict",
      title: "Conflict",
      status: 409,
      detail: "The pairing cannot start yet: mentor_not_trained",
      reasons: ["mentor_not_trained", 7, "mentee_not_trained"],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.isConflict).toBe(true);
    expect(error.title).toBe("Conflict");
    expect(error.detail).toBe("The pairing cannot start yet: mentor_not_trained");
    expect(error.reasons).toEqual(["mentor_not_trained", "mentee_not_trained"]);
    expect(error.message).toBe(error.detail);
  });

  it("reads a 422's field errors", () => {
    const error = toApiError(422, {
      title: "Invalid input",
      errors: [{ loc: ["body", "goals", 0], msg: "too short" }, "junk", { loc: "x", msg: 5 }],
    });
    expect(error.fieldErrors).toEqual([
      { loc: ["body", "goals", 0], msg: "too short" },
      { loc: [], msg: "5" },
    ]);
  });

  it("copes with bodies that are not problems", () => {
    expect(toApiError(502, null).title).toBe("The server had a problem");
    expect(toApiError(500, "Internal Server Error").detail).toBe("Internal Server Error");
    expect(toApiError(412, [1, 2]).isStale).toBe(true);
    expect(toApiError(404, { detail: 42 }).detail).toBeNull();
  });
});

describe("messages", () => {
  it("labels a field error's location for people", () => {
    expect(fieldLabel(["body", "skill_ratings", 1, "after"])).toBe("skill ratings 2 after");
    expect(fieldLabel(["query", "limit"])).toBe("limit");
  });

  it("prefers the problem's detail", () => {
    expect(errorMessage(toApiError(403, { title: "Forbidden", detail: "HR only" }))).toBe("HR only");
    expect(errorMessage(toApiError(403, { title: "Forbidden" }))).toBe("Forbidden");
    expect(errorMessage(new Error("boom"))).toBe("boom");
    expect(errorMessage("??")).toBe("Something went wrong");
  });
});
