from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProgrammeSettingsRead")


@_attrs_define
class ProgrammeSettingsRead:
    """
    Attributes:
        managerial_cadre_only (bool):
        require_same_department (bool):
        require_same_level (bool):
        mentor_min_rating (int):
        mentor_min_tenure_months (int):
        max_mentees_per_mentor (int):
        mentor_min_skill_level (int):
        review_interval_months (int):
        evaluation_after_months (int):
        grievance_sla_working_days (int):
        holiday_country (None | str):
        timezone (str):
        programme_purpose (str):
        data_retention_months (int):
        impact_min_sample (int): The programme-impact report withholds a figure when either of the groups it compares
            has fewer people than this.
    """

    managerial_cadre_only: bool
    require_same_department: bool
    require_same_level: bool
    mentor_min_rating: int
    mentor_min_tenure_months: int
    max_mentees_per_mentor: int
    mentor_min_skill_level: int
    review_interval_months: int
    evaluation_after_months: int
    grievance_sla_working_days: int
    holiday_country: None | str
    timezone: str
    programme_purpose: str
    data_retention_months: int
    impact_min_sample: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        managerial_cadre_only = self.managerial_cadre_only

        require_same_department = self.require_same_department

        require_same_level = self.require_same_level

        mentor_min_rating = self.mentor_min_rating

        mentor_min_tenure_months = self.mentor_min_tenure_months

        max_mentees_per_mentor = self.max_mentees_per_mentor

        mentor_min_skill_level = self.mentor_min_skill_level

        review_interval_months = self.review_interval_months

        evaluation_after_months = self.evaluation_after_months

        grievance_sla_working_days = self.grievance_sla_working_days

        holiday_country: None | str
        holiday_country = self.holiday_country

        timezone = self.timezone

        programme_purpose = self.programme_purpose

        data_retention_months = self.data_retention_months

        impact_min_sample = self.impact_min_sample

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "managerial_cadre_only": managerial_cadre_only,
                "require_same_department": require_same_department,
                "require_same_level": require_same_level,
                "mentor_min_rating": mentor_min_rating,
                "mentor_min_tenure_months": mentor_min_tenure_months,
                "max_mentees_per_mentor": max_mentees_per_mentor,
                "mentor_min_skill_level": mentor_min_skill_level,
                "review_interval_months": review_interval_months,
                "evaluation_after_months": evaluation_after_months,
                "grievance_sla_working_days": grievance_sla_working_days,
                "holiday_country": holiday_country,
                "timezone": timezone,
                "programme_purpose": programme_purpose,
                "data_retention_months": data_retention_months,
                "impact_min_sample": impact_min_sample,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        managerial_cadre_only = d.pop("managerial_cadre_only")

        require_same_department = d.pop("require_same_department")

        require_same_level = d.pop("require_same_level")

        mentor_min_rating = d.pop("mentor_min_rating")

        mentor_min_tenure_months = d.pop("mentor_min_tenure_months")

        max_mentees_per_mentor = d.pop("max_mentees_per_mentor")

        mentor_min_skill_level = d.pop("mentor_min_skill_level")

        review_interval_months = d.pop("review_interval_months")

        evaluation_after_months = d.pop("evaluation_after_months")

        grievance_sla_working_days = d.pop("grievance_sla_working_days")

        def _parse_holiday_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        holiday_country = _parse_holiday_country(d.pop("holiday_country"))

        timezone = d.pop("timezone")

        programme_purpose = d.pop("programme_purpose")

        data_retention_months = d.pop("data_retention_months")

        impact_min_sample = d.pop("impact_min_sample")

        programme_settings_read = cls(
            managerial_cadre_only=managerial_cadre_only,
            require_same_department=require_same_department,
            require_same_level=require_same_level,
            mentor_min_rating=mentor_min_rating,
            mentor_min_tenure_months=mentor_min_tenure_months,
            max_mentees_per_mentor=max_mentees_per_mentor,
            mentor_min_skill_level=mentor_min_skill_level,
            review_interval_months=review_interval_months,
            evaluation_after_months=evaluation_after_months,
            grievance_sla_working_days=grievance_sla_working_days,
            holiday_country=holiday_country,
            timezone=timezone,
            programme_purpose=programme_purpose,
            data_retention_months=data_retention_months,
            impact_min_sample=impact_min_sample,
        )

        programme_settings_read.additional_properties = d
        return programme_settings_read

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
