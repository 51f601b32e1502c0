from enum import StrEnum


class TrainingRecordReadRoleType0(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"

    def __str__(self) -> str:
        return str(self.value)
