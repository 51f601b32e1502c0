import { describe, expect, it } from "vitest";
import { pairingName, personName } from "./names";

const ana = { id: 1, full_name: "Ana Silva", job_title: "Accountant", email: "ana@example.com" };
const ben = { id: 2, full_name: "Ben Ito", job_title: null, email: "ben@example.com" };

describe("names from summaries", () => {
  it("names a pairing by its two people, mentee first", () => {
    expect(pairingName({ mentee: ana, mentor: ben })).toBe("Ana Silva & Ben Ito");
  });
  it("never falls back to a record number", () => {
    expect(pairingName({})).toBe("A pairing");
    expect(personName(null)).toBe("—");
    expect(personName(undefined, "Your mentor")).toBe("Your mentor");
    expect(personName(ben)).toBe("Ben Ito");
  });
});
