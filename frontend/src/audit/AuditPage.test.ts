import { describe, expect, it } from "vitest";
import { changedFields } from "./AuditPage";

describe("audit changes", () => {
  it("lists what a write changed", () => {
    expect(changedFields({ before: { status: "proposed", version: 1 }, after: { status: "approved", version: 2 } })).toEqual([
      "status: proposed → approved",
      "version: 1 → 2",
    ]);
  });
  it("shows created values and tolerates other shapes", () => {
    expect(changedFields({ before: null, after: { name: "Operations" } })).toEqual(["name: Operations"]);
    expect(changedFields({ before: {}, after: {} })).toEqual([]);
    expect(changedFields({ note: "x" })).toEqual(["note"]);
  });
});
