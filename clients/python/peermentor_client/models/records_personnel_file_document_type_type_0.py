from enum import StrEnum


class RecordsPersonnelFileDocumentTypeType0(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    AGREEMENT = "agreement"
    EVALUATION = "evaluation"
    GRIEVANCE_OUTCOME = "grievance_outcome"
    MENTORING_REQUEST = "mentoring_request"
    PEER_SESSION = "peer_session"
    REVIEW_FORM = "review_form"
    ROLE_TRAINING = "role_training"

    def __str__(self) -> str:
        return str(self.value)
