from enum import StrEnum


class PairingAction(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    ACTIVATE = "activate"
    APPROVE = "approve"
    EVALUATE = "evaluate"
    REJECT = "reject"
    TERMINATE = "terminate"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
