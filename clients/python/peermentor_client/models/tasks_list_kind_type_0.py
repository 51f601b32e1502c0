from enum import StrEnum


class TasksListKindType0(StrEnum):
    ACKNOWLEDGE_AGREEMENT = "acknowledge_agreement"
    ACTIVATE_PAIRING = "activate_pairing"
    APPROVE_PAIRING = "approve_pairing"
    CONFIRM_REQUEST = "confirm_request"
    CONFIRM_SESSION = "confirm_session"
    FILL_REVIEW_FORM = "fill_review_form"
    FOLLOW_UP_CONCERN = "follow_up_concern"
    HANDLE_GRIEVANCE = "handle_grievance"
    MATCH_REQUEST = "match_request"
    RECORD_ROLE_TRAINING = "record_role_training"
    RUN_EVALUATION = "run_evaluation"
    TERMINATED_PARTICIPANT = "terminated_participant"

    def __str__(self) -> str:
        return str(self.value)
