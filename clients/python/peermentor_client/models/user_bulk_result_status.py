from enum import StrEnum


class UserBulkResultStatus(StrEnum):
    CREATED = "created"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return str(self.value)
