from enum import StrEnum


class PairingStatus(StrEnum):
    ACTIVE = "active"
    APPROVED = "approved"
    COMPLETED = "completed"
    PROPOSED = "proposed"
    REJECTED = "rejected"
    TERMINATED = "terminated"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
