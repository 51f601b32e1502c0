from enum import StrEnum


class DevelopmentRecordReadKind(StrEnum):
    CAREER_DEVELOPMENT = "career_development"
    KRA = "kra"

    def __str__(self) -> str:
        return str(self.value)
