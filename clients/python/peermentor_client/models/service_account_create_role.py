from enum import StrEnum


class ServiceAccountCreateRole(StrEnum):
    HRIS = "hris"
    REPORTING = "reporting"

    def __str__(self) -> str:
        return str(self.value)
