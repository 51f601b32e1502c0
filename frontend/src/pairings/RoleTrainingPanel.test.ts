import { describe, expect, it } from "vitest";
import { splitTopics } from "./RoleTrainingPanel";

describe("splitTopics", () => {
  it("keeps the named topics, trimmed, in order", () => {
    expect(splitTopics(" Listening, Giving feedback ,")).toEqual(["Listening", "Giving feedback"]);
  });
  it("is empty for blank input", () => {
    expect(splitTopics(" , ")).toEqual([]);
  });
});
