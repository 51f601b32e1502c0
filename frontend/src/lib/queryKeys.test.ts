// The domains' query keys as the writes use them: invalidating a domain's root (or a pairing's
// training) refreshes exactly the reads it should, in a real QueryClient.
import { QueryClient, type QueryKey } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { accountKeys } from "../accounts/hooks";
import { auditKeys } from "../audit/hooks";
import { taskKeys } from "../inbox/hooks";
import { pairingKeys } from "../pairings/hooks";
import { reportKeys } from "../reports/hooks";
import { settingsKeys } from "../settings/hooks";
import { trainingKeys } from "../training/hooks";

/** Which of `cached` a write invalidating `target` marks stale. */
async function invalidated(target: QueryKey, cached: Record<string, QueryKey>): Promise<string[]> {
  const client = new QueryClient();
  for (const key of Object.values(cached)) client.setQueryData(key, { seeded: true });
  await client.invalidateQueries({ queryKey: target, refetchType: "none" });
  return Object.entries(cached)
    .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
    .map(([name]) => name);
}

describe("query keys", () => {
  it("a login write refreshes every logins read (the audit log's filter too), not the audit events", async () => {
    const cached = {
      all: accountKeys.all,
      page: accountKeys.page({ role: "", active: "true" }, undefined),
      nextPage: accountKeys.page({ role: "team_leader", active: "" }, "c2"),
      audit: auditKeys.events({ entity: "user" }),
    };
    expect(await invalidated(accountKeys.root, cached)).toEqual(["all", "page", "nextPage"]);
  });

  it("keeps the logins' filters and pages apart", () => {
    const keys = [
      accountKeys.all,
      accountKeys.page({ role: "", active: "true" }, undefined),
      accountKeys.page({ role: "", active: "" }, undefined),
      accountKeys.page({ role: "", active: "true" }, "c2"),
    ].map((k) => JSON.stringify(k));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("a pairing's training write refreshes that pairing's training only; the root every list", async () => {
    const cached = {
      role3: trainingKeys.role(3),
      sessions3: trainingKeys.sessions(3),
      role4: trainingKeys.role(4),
      list: trainingKeys.filtered({ kind: "role_training", department_id: 2 }),
    };
    expect(await invalidated(trainingKeys.ofPairing(3), cached)).toEqual(["role3", "sessions3"]);
    expect(await invalidated(trainingKeys.root, cached)).toEqual(["role3", "sessions3", "role4", "list"]);
  });

  it("anyOne reaches each pairing read singly, not the lists", async () => {
    const cached = { one: pairingKeys.one(1), other: pairingKeys.one(2), list: [...pairingKeys.all, "filtered", {}] };
    expect(await invalidated(pairingKeys.anyOne, cached)).toEqual(["one", "other"]);
    expect(await invalidated(pairingKeys.all, cached)).toEqual(["list"]);
  });

  it("settings and holidays, the inbox and its badge, the reports", async () => {
    const settings = { programme: settingsKeys.programme, holidays: settingsKeys.holidays };
    expect(await invalidated(settingsKeys.holidays, settings)).toEqual(["holidays"]);
    expect(await invalidated(taskKeys.root, { list: taskKeys.list, badge: taskKeys.badge })).toEqual(["list", "badge"]);
    const reports = {
      summary: reportKeys.summary,
      monthly: reportKeys.monthly,
      impact: reportKeys.impact({ department_id: 2 }),
      preview: reportKeys.preview("training", { date_from: "2026-01-01" }),
    };
    expect(await invalidated(reportKeys.root, reports)).toEqual(["summary", "monthly", "impact", "preview"]);
    expect(await invalidated(reportKeys.impact({ department_id: 3 }), reports)).toEqual([]);
  });
});
