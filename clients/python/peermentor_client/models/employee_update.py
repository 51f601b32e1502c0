from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.employee_status import EmployeeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_level import SkillLevel


T = TypeVar("T", bound="EmployeeUpdate")


@_attrs_define
class EmployeeUpdate:
    """
    Attributes:
        external_id (None | str | Unset):
        employee_number (None | str | Unset):
        full_name (None | str | Unset):
        email (None | str | Unset):
        department_id (int | None | Unset):
        function (None | str | Unset):
        level (None | str | Unset):
        job_title (None | str | Unset):
        is_managerial (bool | None | Unset):
        hire_date (datetime.date | None | Unset):
        team_leader_id (int | None | Unset):
        status (EmployeeStatus | None | Unset):
        skills (list[SkillLevel] | None | Unset):
    """

    external_id: None | str | Unset = UNSET
    employee_number: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    department_id: int | None | Unset = UNSET
    function: None | str | Unset = UNSET
    level: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    is_managerial: bool | None | Unset = UNSET
    hire_date: datetime.date | None | Unset = UNSET
    team_leader_id: int | None | Unset = UNSET
    status: EmployeeStatus | None | Unset = UNSET
    skills: list[SkillLevel] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        department_id: int | None | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        function: None | str | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        else:
            function = self.function

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        is_managerial: bool | None | Unset
        if isinstance(self.is_managerial, Unset):
            is_managerial = UNSET
        else:
            is_managerial = self.is_managerial

        hire_date: None | str | Unset
        if isinstance(self.hire_date, Unset):
            hire_date = UNSET
        elif isinstance(self.hire_date, datetime.date):
            hire_date = self.hire_date.isoformat()
        else:
            hire_date = self.hire_date

        team_leader_id: int | None | Unset
        if isinstance(self.team_leader_id, Unset):
            team_leader_id = UNSET
        else:
            team_leader_id = self.team_leader_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EmployeeStatus):
            status = self.status.value
        else:
            status = self.status

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)

        else:
            skills = self.skills

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if employee_number is not UNSET:
            field_dict["employee_number"] = employee_number
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if email is not UNSET:
            field_dict["email"] = email
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if function is not UNSET:
            field_dict["function"] = function
        if level is not UNSET:
            field_dict["level"] = level
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if is_managerial is not UNSET:
            field_dict["is_managerial"] = is_managerial
        if hire_date is not UNSET:
            field_dict["hire_date"] = hire_date
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

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_function(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        function = _parse_function(d.pop("function", UNSET))

        def _parse_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("job_title", UNSET))

        def _parse_is_managerial(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_managerial = _parse_is_managerial(d.pop("is_managerial", UNSET))

        def _parse_hire_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hire_date_type_0 = datetime.date.fromisoformat(data)

                return hire_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        hire_date = _parse_hire_date(d.pop("hire_date", UNSET))

        def _parse_team_leader_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_leader_id = _parse_team_leader_id(d.pop("team_leader_id", UNSET))

        def _parse_status(data: object) -> EmployeeStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EmployeeStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeeStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_skills(data: object) -> list[SkillLevel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = []
                _skills_type_0 = data
                for skills_type_0_item_data in _skills_type_0:
                    skills_type_0_item = SkillLevel.from_dict(skills_type_0_item_data)

                    skills_type_0.append(skills_type_0_item)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SkillLevel] | None | Unset, data)

        skills = _parse_skills(d.pop("skills", UNSET))

        employee_update = cls(
            external_id=external_id,
            employee_number=employee_number,
            full_name=full_name,
            email=email,
            department_id=department_id,
            function=function,
            level=level,
            job_title=job_title,
            is_managerial=is_managerial,
            hire_date=hire_date,
            team_leader_id=team_leader_id,
            status=status,
            skills=skills,
        )

        return employee_update
