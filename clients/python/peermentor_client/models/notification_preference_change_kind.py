from enum import StrEnum


class NotificationPreferenceChangeKind(StrEnum):
    DOCUMENT_FILED = "document_filed"
    EVALUATION_DUE = "evaluation_due"
    GRIEVANCE_BREACHED = "grievance_breached"
    GRIEVANCE_DEADLINE = "grievance_deadline"
    GRIEVANCE_RAISED = "grievance_raised"
    MENTOR_INVITATION = "mentor_invitation"
    PAIRING_ACTIVATED = "pairing_activated"
    PARTICIPANT_LEFT = "participant_left"
    REVIEW_CONCERN = "review_concern"
    REVIEW_DUE = "review_due"
    REVIEW_OVERDUE = "review_overdue"

    def __str__(self) -> str:
        return str(self.value)
