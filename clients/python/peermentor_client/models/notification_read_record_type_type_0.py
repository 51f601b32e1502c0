from enum import StrEnum


class NotificationReadRecordTypeType0(StrEnum):
    EMPLOYEE = "employee"
    GRIEVANCE = "grievance"
    MENTORING_REQUEST = "mentoring_request"
    PAIRING = "pairing"

    def __str__(self) -> str:
        return str(self.value)
