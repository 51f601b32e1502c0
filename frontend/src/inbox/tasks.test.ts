import { describe, expect, it } from "vitest";
import { countsByKind, groupTasks, taskLink, type Task } from "./tasks";

const task = (over: Partial<Task>): Task => ({
  kind: "approve_pairing",
  title: "Approve",
  due_date: null,
  overdue: false,
  entity: "pairing",
  entity_id: 7,
  pairing_id: 7,
  ...over,
});

describe("the inbox", () => {
  it("links each task to its record's page", () => {
    expect(taskLink(task({}))).toBe("/pairings/7");
    expect(taskLink(task({ kind: "confirm_request", entity: "mentoring_request", entity_id: 3, pairing_id: null }))).toBe("/requests/3");
    expect(taskLink(task({ kind: "handle_grievance", entity: "grievance", entity_id: 5 }))).toBe("/grievances/5");
    // Reviews and sessions are shown on their pairing's page.
    expect(taskLink(task({ kind: "fill_review_form", entity: "review", entity_id: 11, pairing_id: 9 }))).toBe("/pairings/9");
    expect(taskLink(task({ kind: "confirm_session", entity: "training_record", entity_id: 12, pairing_id: 9 }))).toBe("/pairings/9");
  });

  it("groups tasks by urgency, keeping the API's order within a group", () => {
    const tasks = [
      task({ entity_id: 1, due_date: "2026-11-20", overdue: true }),
      task({ entity_id: 2, due_date: "2026-11-26" }),
      task({ entity_id: 3, due_date: "2026-12-01" }),
      task({ entity_id: 4, due_date: "2026-12-02" }),
      task({ entity_id: 5 }),
    ];
    const groups = groupTasks(tasks, "2026-11-26");
    expect(groups.map((g) => [g.group, g.tasks.map((t) => t.entity_id)])).toEqual([
      ["overdue", [1]],
      ["today", [2]],
      ["upcoming", [3, 4]],
      ["undated", [5]],
    ]);
    expect(groupTasks([], "2026-11-26")).toEqual([]);
  });

  it("summarises the kinds that have tasks, most first", () => {
    const counts = {
      confirm_request: 0,
      match_request: 2,
      approve_pairing: 5,
      record_role_training: 0,
      acknowledge_agreement: 0,
      activate_pairing: 1,
      confirm_session: 0,
      fill_review_form: 0,
      follow_up_concern: 0,
      handle_grievance: 0,
      run_evaluation: 0,
      terminated_participant: 0,
    };
    expect(countsByKind(counts)).toEqual([
      ["approve_pairing", 5],
      ["match_request", 2],
      ["activate_pairing", 1],
    ]);
  });
});
