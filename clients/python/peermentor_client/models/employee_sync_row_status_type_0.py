from enum import StrEnum


class EmployeeSyncRowStatusType0(StrEnum):
    ACTIVE = "active"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
