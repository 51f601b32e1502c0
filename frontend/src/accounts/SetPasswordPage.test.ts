import { describe, expect, it } from "vitest";
import { tokenFromHash } from "./SetPasswordPage";

describe("the set-password link's token", () => {
  it("is read from the fragment", () => {
    expect(tokenFromHash("#token=pminv_abc-_XYZ")).toBe("pminv_abc-_XYZ");
  });

  it("is missing when the fragment has none or an empty one", () => {
    expect(tokenFromHash("")).toBeNull();
    expect(tokenFromHash("#token=")).toBeNull();
    expect(tokenFromHash("#other=1")).toBeNull();
  });
});
