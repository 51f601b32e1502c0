from enum import StrEnum


class MentorEligibilityReasonsItem(StrEnum):
    AT_CAPACITY = "at_capacity"
    INACTIVE = "inactive"
    LOW_RATING = "low_rating"
    NOT_AVAILABLE = "not_available"
    NOT_MANAGERIAL = "not_managerial"
    NO_RATING = "no_rating"
    SHORT_TENURE = "short_tenure"

    def __str__(self) -> str:
        return str(self.value)
