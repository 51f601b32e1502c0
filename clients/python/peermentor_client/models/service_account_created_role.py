from enum import StrEnum


class ServiceAccountCreatedRole(StrEnum):
    HRIS = "hris"
    REPORTING = "reporting"

    def __str__(self) -> str:
        return str(self.value)
