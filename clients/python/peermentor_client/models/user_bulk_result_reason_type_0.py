from enum import StrEnum


class UserBulkResultReasonType0(StrEnum):
    ALREADY_HAS_ACCOUNT = "already_has_account"
    EMAIL_TAKEN = "email_taken"
    EMPLOYEE_TERMINATED = "employee_terminated"
    LISTED_TWICE = "listed_twice"
    UNKNOWN_EMPLOYEE = "unknown_employee"

    def __str__(self) -> str:
        return str(self.value)
