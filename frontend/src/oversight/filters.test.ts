import { describe, expect, it } from "vitest";
import { activeCount, auditQuery, filteredPath, monthLabel, monthRange, previewOf, readFilters, withFilter } from "./filters";

describe("readFilters", () => {
  it("reads status, department and dates", () => {
    const f = readFilters(new URLSearchParams("status=active&department_id=3&date_from=2026-01-01&date_to=2026-01-31"));
    expect(f).toEqual({ status: "active", department_id: 3, date_from: "2026-01-01", date_to: "2026-01-31" });
  });
  it("drops what the API would refuse", () => {
    const f = readFilters(new URLSearchParams("status=bogus&department_id=0&date_from=2026-02-30&date_to=soon"), ["active"]);
    expect(f).toEqual({});
    expect(readFilters(new URLSearchParams("department_id=99999999999"))).toEqual({});
    expect(readFilters(new URLSearchParams("department_id=-2"))).toEqual({});
  });
  it("drops an end before the start", () => {
    expect(readFilters(new URLSearchParams("date_from=2026-05-02&date_to=2026-05-01"))).toEqual({ date_from: "2026-05-02" });
  });
  it("keeps a known status", () => {
    expect(readFilters(new URLSearchParams("status=active"), ["active", "proposed"])).toEqual({ status: "active" });
  });
});

describe("withFilter and filteredPath", () => {
  it("sets and removes one parameter, keeping the others", () => {
    const next = withFilter(new URLSearchParams("status=active&q=x"), "department_id", "4");
    expect(next.toString()).toBe("status=active&q=x&department_id=4");
    expect(withFilter(next, "status", "").toString()).toBe("q=x&department_id=4");
  });
  it("builds links", () => {
    expect(filteredPath("/pairings", { status: "active" })).toBe("/pairings?status=active");
    expect(filteredPath("/pairings", { department_id: 7 })).toBe("/pairings?department_id=7");
    expect(filteredPath("/pairings", {})).toBe("/pairings");
  });
  it("counts the filters set", () => {
    expect(activeCount({ status: "active", date_from: "2026-01-01" })).toBe(2);
    expect(activeCount({})).toBe(0);
  });
});

describe("months", () => {
  it("gives a month's first and last day", () => {
    expect(monthRange("2026-02")).toEqual({ date_from: "2026-02-01", date_to: "2026-02-28" });
    expect(monthRange("2028-02")).toEqual({ date_from: "2028-02-01", date_to: "2028-02-29" });
    expect(monthRange("2026-12")).toEqual({ date_from: "2026-12-01", date_to: "2026-12-31" });
  });
  it("labels a month", () => {
    expect(monthLabel("2026-01")).toBe("Jan 2026");
  });
});

describe("auditQuery", () => {
  it("turns a day range into since and until (the next midnight)", () => {
    const q = auditQuery(new URLSearchParams("actor=user:3&entity=pairing&date_from=2026-02-01&date_to=2026-02-28"));
    expect(q).toEqual({ actor: "user:3", entity: "pairing", since: "2026-02-01T00:00:00Z", until: "2026-03-01T00:00:00Z" });
  });
  it("drops an odd actor and blank values", () => {
    expect(auditQuery(new URLSearchParams("actor=drop table&entity=%20&action="))).toEqual({});
  });
  it("crosses the year", () => {
    expect(auditQuery(new URLSearchParams("date_to=2026-12-31")).until).toBe("2027-01-01T00:00:00Z");
  });
});

describe("previewOf", () => {
  it("takes the first rows of a report's items", () => {
    const body = { generated_on: "2026-11-26", items: [{ a: 1, b: "x" }, { a: 2, b: null }, { a: 3, b: "z" }] };
    const preview = previewOf(body, 2);
    expect(preview.total).toBe(3);
    expect(preview.columns).toEqual(["a", "b"]);
    expect(preview.rows).toEqual([
      { __row: 0, a: 1, b: "x" },
      { __row: 1, a: 2, b: null },
    ]);
  });
  it("shows a summary's scalar figures as one row", () => {
    const preview = previewOf({ open_requests: 2, pairings_by_status: { active: 1 }, mean_effectiveness: null }, 10);
    expect(preview.columns).toEqual(["open_requests", "mean_effectiveness"]);
    expect(preview.total).toBe(1);
  });
  it("keeps an empty report empty", () => {
    expect(previewOf({ items: [] }, 10)).toEqual({ columns: [], rows: [], total: 0 });
  });
});
