import { describe, expect, it } from "vitest";
import { dayLabel, groupByDay, relativeTime } from "./format";

const now = new Date(2026, 10, 26, 14, 30); // Thursday 26 November 2026, 14:30 local
const at = (days: number, hours = 0, minutes = 0) => new Date(2026, 10, 26 + days, 14 - hours, 30 - minutes).toISOString();

describe("relative dates", () => {
  it("says how long ago, in words", () => {
    expect(relativeTime(at(0, 0, 0), now)).toBe("just now");
    expect(relativeTime(at(0, 0, 5), now)).toBe("5 minutes ago");
    expect(relativeTime(at(0, 3), now)).toBe("3 hours ago");
    expect(relativeTime(at(-1), now)).toBe("yesterday");
    expect(relativeTime(at(-3), now)).toBe("3 days ago");
    expect(relativeTime(at(-14), now)).toBe("2 weeks ago");
  });

  it("counts calendar days: late last night is yesterday", () => {
    expect(relativeTime(new Date(2026, 10, 25, 23, 0).toISOString(), new Date(2026, 10, 26, 1, 0))).toBe("2 hours ago");
    expect(relativeTime(new Date(2026, 10, 25, 8, 0).toISOString(), new Date(2026, 10, 26, 9, 0))).toBe("yesterday");
  });

  it("heads each day: today, yesterday, then the date", () => {
    expect(dayLabel(at(0, 2), now)).toBe("Today");
    expect(dayLabel(at(-1), now)).toBe("Yesterday");
    expect(dayLabel(at(-2), now)).toBe("Tuesday, 24 November 2026");
  });

  it("groups newest-first items by day, keeping their order", () => {
    const items = [at(0, 1), at(0, 3), at(-1), at(-5), at(-5, 2)];
    const groups = groupByDay(items, (x) => x, now);
    expect(groups.map((g) => [g.day, g.items.length])).toEqual([
      ["Today", 2],
      ["Yesterday", 1],
      ["Saturday, 21 November 2026", 2],
    ]);
  });
});
