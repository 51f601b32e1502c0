from enum import StrEnum


class GrievanceKind(StrEnum):
    GRIEVANCE = "grievance"
    WITHDRAWAL = "withdrawal"

    def __str__(self) -> str:
        return str(self.value)
