from enum import StrEnum


class GrievancesListKindType0(StrEnum):
    GRIEVANCE = "grievance"
    WITHDRAWAL = "withdrawal"

    def __str__(self) -> str:
        return str(self.value)
