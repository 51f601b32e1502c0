from enum import StrEnum


class EmployeeStatus(StrEnum):
    ACTIVE = "active"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
