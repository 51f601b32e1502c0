from enum import StrEnum


class EmployeeCreateStatus(StrEnum):
    ACTIVE = "active"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
