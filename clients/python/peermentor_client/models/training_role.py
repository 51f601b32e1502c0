from enum import StrEnum


class TrainingRole(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"

    def __str__(self) -> str:
        return str(self.value)
