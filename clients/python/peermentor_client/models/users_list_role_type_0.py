from enum import StrEnum


class UsersListRoleType0(StrEnum):
    EMPLOYEE = "employee"
    HRIS = "hris"
    HR_ADMIN = "hr_admin"
    REPORTING = "reporting"
    TEAM_LEADER = "team_leader"

    def __str__(self) -> str:
        return str(self.value)
