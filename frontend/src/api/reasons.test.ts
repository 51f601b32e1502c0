import { describe, expect, it } from "vitest";
import { reasonText, reasonsText } from "./reasons";

describe("409 reasons in words", () => {
  it("explains every activation condition", () => {
    expect(
      reasonsText(["not_approved", "missing_team_leader_approval", "missing_hr_admin_approval", "mentor_not_acknowledged", "mentee_not_acknowledged", "mentor_not_trained", "mentee_not_trained"]),
    ).toEqual([
      "The agreement is not approved yet.",
      "The mentee's team leader has not approved it.",
      "HR has not approved it.",
      "The mentor has not acknowledged the agreement.",
      "The mentee has not acknowledged the agreement.",
      "The mentor has no mentor-training record.",
      "The mentee has no mentee-orientation record.",
    ]);
  });

  it("tells HR how to evaluate early", () => {
    expect(reasonText("evaluation_too_early")).toMatch(/early evaluation.*reason/i);
  });

  it("reads state codes", () => {
    expect(reasonText("status_active")).toBe("The record is active.");
    expect(reasonText("request_matched")).toBe("The request is already matched.");
    expect(reasonText("pairing_completed")).toBe("The pairing is completed.");
    expect(reasonText("already_approved_hr_admin")).toBe("HR has already approved it.");
    expect(reasonText("already_approved_team_leader")).toBe("A team leader has already approved it.");
  });

  it("falls back to the code in plain words", () => {
    expect(reasonText("some_new_rule")).toBe("Some new rule.");
  });
});
