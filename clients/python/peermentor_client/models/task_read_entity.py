from enum import StrEnum


class TaskReadEntity(StrEnum):
    GRIEVANCE = "grievance"
    MENTORING_REQUEST = "mentoring_request"
    PAIRING = "pairing"
    REVIEW = "review"
    TRAINING_RECORD = "training_record"

    def __str__(self) -> str:
        return str(self.value)
