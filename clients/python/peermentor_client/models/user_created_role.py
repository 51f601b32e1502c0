from enum import StrEnum


class UserCreatedRole(StrEnum):
    EMPLOYEE = "employee"
    HR_ADMIN = "hr_admin"
    TEAM_LEADER = "team_leader"

    def __str__(self) -> str:
        return str(self.value)
