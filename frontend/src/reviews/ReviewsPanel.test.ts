import { describe, expect, it } from "vitest";
import type { Review } from "../api/types";
import { nextOpenSequence } from "./ReviewsPanel";

const form = { progress: 4, relationship_health: 4, comments: null, concern: false, submitted_at: "2026-11-01T00:00:00Z", submitted_by: "user:1" };

function review(sequence: number, allowed: string[], filled: { mentor?: boolean; mentee?: boolean } = {}): Review {
  return {
    id: sequence,
    pairing_id: 1,
    sequence,
    due_date: "2026-12-01",
    status: "scheduled",
    mentor_form: filled.mentor ? form : null,
    mentee_form: filled.mentee ? form : null,
    hr_follow_up: null,
    submitted_at: null,
    version: 1,
    allowed_actions: allowed,
  };
}

describe("nextOpenSequence", () => {
  it("is the earliest review the side may still file", () => {
    const reviews = [review(3, ["submit_mentor_form"]), review(1, ["submit_mentor_form"], { mentor: true }), review(2, ["submit_mentor_form"])];
    expect(nextOpenSequence(reviews, "mentor")).toBe(2);
  });
  it("skips reviews the API does not offer (cancelled, ended pairing, the other side)", () => {
    const reviews = [review(1, []), review(2, ["submit_mentee_form"]), review(3, ["submit_mentor_form"])];
    expect(nextOpenSequence(reviews, "mentor")).toBe(3);
    expect(nextOpenSequence(reviews, "mentee")).toBe(2);
  });
  it("is null when nothing is left to file", () => {
    expect(nextOpenSequence([review(1, [])], "mentee")).toBeNull();
  });
});
