from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employee_status import EmployeeStatus

if TYPE_CHECKING:
    from ..models.skill_level_read import SkillLevelRead


T = TypeVar("T", bound="EmployeeRead")


@_attrs_define
class EmployeeRead:
    """
    Attributes:
        id (int):
        external_id (None | str):
        employee_number (None | str):
        full_name (str):
        email (str):
        department_id (int):
        function (None | str):
        level (str):
        job_title (None | str):
        is_managerial (bool):
        hire_date (datetime.date):
        team_leader_id (int | None):
        status (EmployeeStatus): Whether the person still works here (the HRIS says who left).
        skills (list[SkillLevelRead]):
    """

    id: int
    external_id: None | str
    employee_number: None | str
    full_name: str
    email: str
    department_id: int
    function: None | str
    level: str
    job_title: None | str
    is_managerial: bool
    hire_date: datetime.date
    team_leader_id: int | None
    status: EmployeeStatus
    skills: list[SkillLevelRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id: None | str
        external_id = self.external_id

        employee_number: None | str
        employee_number = self.employee_number

        full_name = self.full_name

        email = self.email

        department_id = self.department_id

        function: None | str
        function = self.function

        level = self.level

        job_title: None | str
        job_title = self.job_title

        is_managerial = self.is_managerial

        hire_date = self.hire_date.isoformat()

        team_leader_id: int | None
        team_leader_id = self.team_leader_id

        status = self.status.value

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "external_id": external_id,
                "employee_number": employee_number,
                "full_name": full_name,
                "email": email,
                "department_id": department_id,
                "function": function,
                "level": level,
                "job_title": job_title,
                "is_managerial": is_managerial,
                "hire_date": hire_date,
                "team_leader_id": team_leader_id,
                "status": status,
                "skills": skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_level_read import SkillLevelRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        def _parse_employee_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_number = _parse_employee_number(d.pop("employee_number"))

        full_name = d.pop("full_name")

        email = d.pop("email")

        department_id = d.pop("department_id")

        def _parse_function(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        function = _parse_function(d.pop("function"))

        level = d.pop("level")

        def _parse_job_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_title = _parse_job_title(d.pop("job_title"))

        is_managerial = d.pop("is_managerial")

        hire_date = datetime.date.fromisoformat(d.pop("hire_date"))

        def _parse_team_leader_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        team_leader_id = _parse_team_leader_id(d.pop("team_leader_id"))

        status = EmployeeStatus(d.pop("status"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SkillLevelRead.from_dict(skills_item_data)

            skills.append(skills_item)

        employee_read = cls(
            id=id,
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

        employee_read.additional_properties = d
        return employee_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
