// The API's 409 reason codes in words a coordinator understands.
const FIXED: Record<string, string> = {
  // activation
  not_approved: "The agreement is not approved yet.",
  missing_team_leader_approval: "The mentee's team leader has not approved it.",
  missing_hr_admin_approval: "HR has not approved it.",
  mentor_not_acknowledged: "The mentor has not acknowledged the agreement.",
  mentee_not_acknowledged: "The mentee has not acknowledged the agreement.",
  mentor_not_trained: "The mentor has no mentor-training record.",
  mentee_not_trained: "The mentee has no mentee-orientation record.",
  // eligibility and peers
  low_rating: "The mentor's latest performance rating is below the programme's minimum.",
  no_rating: "The mentor has no performance rating yet.",
  short_tenure: "The mentor has not been with the organisation long enough.",
  not_available: "The mentor has not opted in to mentoring.",
  at_capacity: "The mentor already has as many mentees as allowed.",
  not_managerial: "The person is not in the managerial cadre.",
  inactive: "The person is no longer active.",
  not_same_department: "Mentor and mentee are not in the same department.",
  not_same_level: "Mentor and mentee are not at the same level.",
  mentor_is_mentee: "A person cannot mentor themself.",
  mentor_is_team_leader: "The mentee's own team leader cannot be the mentor.",
  mentor_reports_to_mentee: "The mentor reports to the mentee.",
  mentee_has_open_pairing: "The mentee already has an open pairing.",
  pending_request: "The mentee already has a pending mentoring request.",
  // matching runs
  no_eligible_mentor: "No eligible mentor among the mentee's peers.",
  mentors_taken: "The eligible mentors' places went to other requests.",
  no_proposals: "This run has nothing to propose.",
  request_has_open_pairing: "The request already has an open pairing.",
  mentor_capacity_changed: "The mentor has fewer free places than when the matching ran.",
  mentor_not_available: "The mentor has opted out of mentoring since the matching ran.",
  // mentor invitations
  already_available: "They already offer to mentor.",
  already_invited: "They have an invitation to mentor that they have not read yet.",
  self_invitation: "You cannot invite yourself: open your own mentor profile instead.",
  // logins
  account_deactivated: "The login is deactivated: reactivate it first.",
  employee_has_account: "This person already has a login.",
  already_has_account: "This person already has a login.",
  email_taken: "Another login already uses this e-mail address.",
  employee_terminated: "The person has left the organisation.",
  unknown_employee: "No such employee.",
  listed_twice: "Listed twice: handled once.",
  invitation_invalid: "This link is not valid: check that it was copied whole, or ask HR for a new one.",
  invitation_used: "This link was already used: sign in, or ask HR for a new link.",
  invitation_expired: "This link has expired: ask HR for a new one.",
  invitation_superseded: "A newer link was sent for this login: use that one, or ask HR.",
  // records
  already_acknowledged: "You have already acknowledged this agreement.",
  already_confirmed: "This session is already confirmed.",
  evaluation_too_early:
    "The evaluation is not due yet. Tick “early evaluation” and give a reason to evaluate now.",
  withdrawal_open: "A withdrawal from this pairing is open: resolve it first.",
  review_cancelled: "This review was cancelled.",
  delivered: "The delivery already succeeded.",
  pending: "The delivery is still queued.",
};

const STATUS_WORDS: Record<string, string> = {
  proposed: "proposed",
  approved: "approved",
  active: "active",
  completed: "completed",
  rejected: "rejected",
  withdrawn: "withdrawn",
  terminated: "terminated",
  open: "open",
  matched: "already matched",
  cancelled: "cancelled",
  awaiting_supervisor: "waiting for the supervisor",
  under_review: "under review",
  resolved: "resolved",
  dismissed: "dismissed",
};

function humanise(code: string): string {
  const text = code.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

export function reasonText(code: string): string {
  const fixed = FIXED[code];
  if (fixed) return fixed;
  const prefixed = /^(status|request|pairing)_(.+)$/.exec(code);
  if (prefixed) {
    const [, subject, state = ""] = prefixed;
    const word = STATUS_WORDS[state] ?? state.replace(/_/g, " ");
    const noun = subject === "status" ? "The record" : subject === "request" ? "The request" : "The pairing";
    return `${noun} is ${word}.`;
  }
  const approved = /^already_approved_(.+)$/.exec(code);
  if (approved) {
    return approved[1] === "hr_admin" ? "HR has already approved it." : "A team leader has already approved it.";
  }
  return humanise(code);
}

export function reasonsText(codes: readonly string[]): string[] {
  return codes.map(reasonText);
}
