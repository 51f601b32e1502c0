from enum import StrEnum


class EvaluationOutcome(StrEnum):
    COMPLETE = "complete"
    EXTEND = "extend"

    def __str__(self) -> str:
        return str(self.value)
