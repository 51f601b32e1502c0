from enum import StrEnum


class HrisSyncRequestEmployeeSyncRowStatus(StrEnum):
    ACTIVE = "active"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
