from enum import StrEnum


class UnmatchedRequestReasonsItem(StrEnum):
    MENTORS_TAKEN = "mentors_taken"
    NO_ELIGIBLE_MENTOR = "no_eligible_mentor"

    def __str__(self) -> str:
        return str(self.value)
