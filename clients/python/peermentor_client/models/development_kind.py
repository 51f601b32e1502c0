from enum import StrEnum


class DevelopmentKind(StrEnum):
    CAREER_DEVELOPMENT = "career_development"
    KRA = "kra"

    def __str__(self) -> str:
        return str(self.value)
