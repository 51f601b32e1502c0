import { describe, expect, it } from "vitest";
import { compareValues, filterRows, nextDirection, sortRows } from "./sort";

describe("sortRows", () => {
  const rows = [
    { name: "Émile", rating: 3, due: "2026-02-01" },
    { name: "anna", rating: null, due: null },
    { name: "Zoe", rating: 10, due: "2026-01-15" },
    { name: "bob", rating: 2, due: "2026-01-15" },
  ];

  it("sorts numbers as numbers and keeps empty values last both ways", () => {
    expect(sortRows(rows, (r) => r.rating, "asc").map((r) => r.rating)).toEqual([2, 3, 10, null]);
    expect(sortRows(rows, (r) => r.rating, "desc").map((r) => r.rating)).toEqual([10, 3, 2, null]);
  });

  it("sorts text in the reader's collation, case and accent blind", () => {
    expect(sortRows(rows, (r) => r.name, "asc").map((r) => r.name)).toEqual(["anna", "bob", "Émile", "Zoe"]);
  });

  it("is stable for equal keys and does not touch the input", () => {
    const copy = [...rows];
    expect(sortRows(rows, (r) => r.due, "asc").map((r) => r.name)).toEqual(["Zoe", "bob", "Émile", "anna"]);
    expect(sortRows(rows, (r) => r.due, "desc").map((r) => r.name)).toEqual(["Émile", "Zoe", "bob", "anna"]);
    expect(rows).toEqual(copy);
  });

  it("compares booleans and mixed values", () => {
    expect(compareValues(false, true)).toBeLessThan(0);
    expect(compareValues("item 9", "item 10")).toBeLessThan(0);
    expect(compareValues(null, undefined)).toBe(0);
  });

  it("toggles the direction", () => {
    expect(nextDirection(null)).toBe("asc");
    expect(nextDirection("asc")).toBe("desc");
    expect(nextDirection("desc")).toBe("asc");
  });
});

describe("filterRows", () => {
  const people = ["Mia Novak", "Paul Berger", "Émile Zola"];
  it("needs every word, in any order, ignoring case and accents", () => {
    expect(filterRows(people, (p) => p, "berger PAUL")).toEqual(["Paul Berger"]);
    expect(filterRows(people, (p) => p, "emile")).toEqual(["Émile Zola"]);
    expect(filterRows(people, (p) => p, "  ")).toEqual(people);
    expect(filterRows(people, (p) => p, "nobody")).toEqual([]);
  });
});
