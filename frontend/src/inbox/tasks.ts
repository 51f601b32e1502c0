// The inbox's pure logic: where a task links to, what its kind is called, how tasks group.
import type { components } from "../client/schema";

export type Task = components["schemas"]["TaskRead"];
export type TaskKind = Task["kind"];
export type TaskCounts = components["schemas"]["TaskCounts"];

/** The page of the record a task is about (reviews and sessions live on their pairing's). */
export function taskLink(task: Task): string {
  switch (task.entity) {
    case "mentoring_request":
      return `/requests/${task.entity_id}`;
    case "grievance":
      return `/grievances/${task.entity_id}`;
    case "pairing":
      return `/pairings/${task.entity_id}`;
    default:
      return task.pairing_id ? `/pairings/${task.pairing_id}` : "/";
  }
}

export const KIND_LABELS: Record<TaskKind, string> = {
  confirm_request: "Confirm request",
  match_request: "Find a mentor",
  approve_pairing: "Approve agreement",
  record_role_training: "Record role training",
  acknowledge_agreement: "Acknowledge agreement",
  activate_pairing: "Start pairing",
  confirm_session: "Confirm session",
  fill_review_form: "Review form",
  follow_up_concern: "Follow up concern",
  handle_grievance: "Grievance",
  run_evaluation: "Evaluation",
  terminated_participant: "Participant left",
};

export type Group = "overdue" | "today" | "upcoming" | "undated";

export const GROUP_TITLES: Record<Group, string> = {
  overdue: "Overdue",
  today: "Due today",
  upcoming: "Coming up",
  undated: "No deadline",
};

/** Tasks in the API's order (soonest due first), split into the inbox's sections. */
export function groupTasks(tasks: Task[], today: string): { group: Group; tasks: Task[] }[] {
  const groups: Record<Group, Task[]> = { overdue: [], today: [], upcoming: [], undated: [] };
  for (const task of tasks) {
    const group: Group = task.overdue ? "overdue" : !task.due_date ? "undated" : task.due_date === today ? "today" : "upcoming";
    groups[group].push(task);
  }
  return (Object.keys(groups) as Group[]).filter((g) => groups[g].length > 0).map((group) => ({ group, tasks: groups[group] }));
}

/** The kinds that have tasks, most first (for the summary above the list). */
export function countsByKind(counts: TaskCounts): [TaskKind, number][] {
  return (Object.entries(counts) as [TaskKind, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
}
