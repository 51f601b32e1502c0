import { describe, expect, it } from "vitest";
import { formatDate, queueOrder, slaCountdown } from "./sla";

const open = { status: "open" as const, breached: false, working_days_left: 3, due_date: "2026-11-26" };

describe("the SLA countdown", () => {
  it("counts working days", () => {
    expect(slaCountdown(open)).toEqual({ text: "3 working days left", tone: "ok" });
    expect(slaCountdown({ ...open, working_days_left: 1 })).toEqual({ text: "1 working day left", tone: "warning" });
    expect(slaCountdown({ ...open, working_days_left: 0 })).toEqual({ text: "Due today", tone: "danger" });
  });

  it("shows a breach with its due date", () => {
    expect(slaCountdown({ ...open, status: "under_review", breached: true, working_days_left: null })).toEqual({
      text: "Breached: was due 26\u00a0Nov\u00a02026",
      tone: "danger",
    });
  });

  it("says whether a closed one was on time", () => {
    expect(slaCountdown({ ...open, status: "resolved" }).text).toBe("Closed within the deadline");
    expect(slaCountdown({ ...open, status: "dismissed", breached: true })).toEqual({ text: "Closed after the deadline", tone: "warning" });
  });

  it("orders the queue: open by due date, closed last", () => {
    const rows = [
      { ...open, id: 1, status: "resolved" as const, due_date: "2026-11-01" },
      { ...open, id: 2, due_date: "2026-11-30" },
      { ...open, id: 3, due_date: "2026-11-20", breached: true },
      { ...open, id: 4, due_date: "2026-11-30" },
    ];
    expect([...rows].sort(queueOrder).map((r) => r.id)).toEqual([3, 2, 4, 1]);
  });
});

describe("formatDate", () => {
  it("formats calendar dates without a time-zone shift", () => {
    expect(formatDate("2026-01-01")).toBe("1\u00a0Jan\u00a02026");
    expect(formatDate("2026-12-31T23:30:00+00:00")).toBe("31\u00a0Dec\u00a02026");
    expect(formatDate(null)).toBe("—");
    expect(formatDate("soon")).toBe("soon");
  });
});
