// What the caller may do to a record now, as the API says it (`allowed_actions`): screens show
// exactly these actions and never re-derive them from role strings or states.

export type RequestAction = "confirm" | "reject" | "cancel" | "propose_pairing";
export type ReviewAction = "submit_mentor_form" | "submit_mentee_form" | "follow_up";
export type GrievanceAction = "add_action" | "resolve";
export type TrainingAction = "confirm";

/** The record lists `action` among what its reader may do now. */
export function allows<A extends string>(record: { allowed_actions: readonly string[] }, action: A): boolean {
  return record.allowed_actions.includes(action);
}

/** The record lists any of `actions`. */
export function allowsAny<A extends string>(record: { allowed_actions: readonly string[] }, ...actions: A[]): boolean {
  return actions.some((action) => allows(record, action));
}

/** The review form action of a side: the mentor's or the mentee's. */
export function formAction(side: "mentor" | "mentee"): ReviewAction {
  return side === "mentor" ? "submit_mentor_form" : "submit_mentee_form";
}
