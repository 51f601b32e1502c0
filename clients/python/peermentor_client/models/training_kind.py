from enum import StrEnum


class TrainingKind(StrEnum):
    PEER_SESSION = "peer_session"
    ROLE_TRAINING = "role_training"

    def __str__(self) -> str:
        return str(self.value)
