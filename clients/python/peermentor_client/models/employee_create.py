from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.employee_status import EmployeeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_level import SkillLevel


T = TypeVar("T", bound="EmployeeCreate")


@_attrs_define
class EmployeeCreate:
    """
    Attributes:
        full_name (str):
        email (str):
        department_id (int):
        level (str): Grade code, e.g. "M2"; peers share it.
        hire_date (datetime.date):
        external_id (None | str | Unset):
        employee_number (None | str | Unset):
        function (None | str | Unset):
        job_title (None | str | Unset):
        is_managerial (bool | Unset):  Default: False.
        team_leader_id (int | None | Unset):
        status (EmployeeStatus | Unset): Whether the person still works here (the HRIS says who left).
        skills (list[SkillLevel] | Unset):
    """

    full_name: str
    email: str
    department_id: int
    level: str
    hire_date: datetime.date
    external_id: None | str | Unset = UNSET
    employee_number: None | str | Unset = UNSET
    function: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    is_managerial: bool | Unset = False
    team_leader_id: int | None | Unset = UNSET
    status: EmployeeStatus | Unset = UNSET
    skills: list[SkillLevel] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        email = self.email

        department_id = self.department_id

        level = self.level

        hire_date = self.hire_date.isoformat()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        employee_number: None | str | Unset
        if isinstance(self.employee_number, Unset):
            employee_number = UNSET
        else:
            employee_number = self.employee_number

        function: None | str | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        else:
            function = self.function

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        is_managerial = self.is_managerial

        team_leader_id: int | None | Unset
        if isinstance(self.team_leader_id, Unset):
            team_leader_id = UNSET
        else:
            team_leader_id = self.team_leader_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "email": email,
                "department_id": department_id,
                "level": level,
                "hire_date": hire_date,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if employee_number is not UNSET:
            field_dict["employee_number"] = employee_number
        if function is not UNSET:
            field_dict["function"] = function
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if is_managerial is not UNSET:
            field_dict["is_managerial"] = is_managerial
        if team_leader_id is not UNSET:
            field_dict["team_leader_id"] = team_leader_id
        if status is not UNSET:
            field_dict["status"] = status
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_level import SkillLevel  # noqa: PLC0415

        d = dict(src_dict)
        full_name = d.pop("full_name")

        email = d.pop("email")

        department_id = d.pop("department_id")

        level = d.pop("level")

        hire_date = datetime.date.fromisoformat(d.pop("hire_date"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_employee_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee_number = _parse_employee_number(d.pop("employee_number", UNSET))

        def _parse_function(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        function = _parse_function(d.pop("function", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("job_title", UNSET))

        is_managerial = d.pop("is_managerial", UNSET)

        def _parse_team_leader_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_leader_id = _parse_team_leader_id(d.pop("team_leader_id", UNSET))

        _status = d.pop("status", UNSET)
        status: EmployeeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EmployeeStatus(_status)

        _skills = d.pop("skills", UNSET)
        skills: list[SkillLevel] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = SkillLevel.from_dict(skills_item_data)

                skills.append(skills_item)

        employee_create = cls(
            full_name=full_name,
            email=email,
            department_id=department_id,
            level=level,
            hire_date=hire_date,
            external_id=external_id,
            employee_number=employee_number,
            function=function,
            job_title=job_title,
            is_managerial=is_managerial,
            team_leader_id=team_leader_id,
            status=status,
            skills=skills,
        )

        return employee_create
