from enum import StrEnum


class TrainingRecordReadKind(StrEnum):
    PEER_SESSION = "peer_session"
    ROLE_TRAINING = "role_training"

    def __str__(self) -> str:
        return str(self.value)
