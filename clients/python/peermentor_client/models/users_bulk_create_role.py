from enum import StrEnum


class UsersBulkCreateRole(StrEnum):
    EMPLOYEE = "employee"
    TEAM_LEADER = "team_leader"

    def __str__(self) -> str:
        return str(self.value)
