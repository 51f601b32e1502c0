from enum import StrEnum


class EvaluationsListOutcomeType0(StrEnum):
    COMPLETE = "complete"
    EXTEND = "extend"

    def __str__(self) -> str:
        return str(self.value)
