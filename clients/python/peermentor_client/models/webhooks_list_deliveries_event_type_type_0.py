from enum import StrEnum


class WebhooksListDeliveriesEventTypeType0(StrEnum):
    EVALUATION_COMPLETED = "evaluation.completed"
    GRIEVANCE_BREACHED = "grievance.breached"
    GRIEVANCE_RAISED = "grievance.raised"
    GRIEVANCE_RESOLVED = "grievance.resolved"
    PAIRING_ACTIVATED = "pairing.activated"
    PAIRING_COMPLETED = "pairing.completed"
    PAIRING_TERMINATED = "pairing.terminated"
    PAIRING_WITHDRAWN = "pairing.withdrawn"
    REVIEW_OVERDUE = "review.overdue"
    REVIEW_SUBMITTED = "review.submitted"

    def __str__(self) -> str:
        return str(self.value)
