from enum import StrEnum


class EvaluationReadOutcome(StrEnum):
    COMPLETE = "complete"
    EXTEND = "extend"

    def __str__(self) -> str:
        return str(self.value)
