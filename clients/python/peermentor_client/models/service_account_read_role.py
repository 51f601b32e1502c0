from enum import StrEnum


class ServiceAccountReadRole(StrEnum):
    HRIS = "hris"
    REPORTING = "reporting"

    def __str__(self) -> str:
        return str(self.value)
