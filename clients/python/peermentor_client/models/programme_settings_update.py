from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeSettingsUpdate")


@_attrs_define
class ProgrammeSettingsUpdate:
    """Fields left out keep their value.

    Attributes:
        managerial_cadre_only (bool | None | Unset):
        require_same_department (bool | None | Unset):
        require_same_level (bool | None | Unset):
        mentor_min_rating (int | None | Unset):
        mentor_min_tenure_months (int | None | Unset):
        max_mentees_per_mentor (int | None | Unset):
        mentor_min_skill_level (int | None | Unset):
        review_interval_months (int | None | Unset):
        evaluation_after_months (int | None | Unset):
        grievance_sla_working_days (int | None | Unset):
        holiday_country (None | str | Unset):
        timezone (None | str | Unset):
        programme_purpose (None | str | Unset):
        data_retention_months (int | None | Unset):
        impact_min_sample (int | None | Unset):
    """

    managerial_cadre_only: bool | None | Unset = UNSET
    require_same_department: bool | None | Unset = UNSET
    require_same_level: bool | None | Unset = UNSET
    mentor_min_rating: int | None | Unset = UNSET
    mentor_min_tenure_months: int | None | Unset = UNSET
    max_mentees_per_mentor: int | None | Unset = UNSET
    mentor_min_skill_level: int | None | Unset = UNSET
    review_interval_months: int | None | Unset = UNSET
    evaluation_after_months: int | None | Unset = UNSET
    grievance_sla_working_days: int | None | Unset = UNSET
    holiday_country: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    programme_purpose: None | str | Unset = UNSET
    data_retention_months: int | None | Unset = UNSET
    impact_min_sample: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        managerial_cadre_only: bool | None | Unset
        if isinstance(self.managerial_cadre_only, Unset):
            managerial_cadre_only = UNSET
        else:
            managerial_cadre_only = self.managerial_cadre_only

        require_same_department: bool | None | Unset
        if isinstance(self.require_same_department, Unset):
            require_same_department = UNSET
        else:
            require_same_department = self.require_same_department

        require_same_level: bool | None | Unset
        if isinstance(self.require_same_level, Unset):
            require_same_level = UNSET
        else:
            require_same_level = self.require_same_level

        mentor_min_rating: int | None | Unset
        if isinstance(self.mentor_min_rating, Unset):
            mentor_min_rating = UNSET
        else:
            mentor_min_rating = self.mentor_min_rating

        mentor_min_tenure_months: int | None | Unset
        if isinstance(self.mentor_min_tenure_months, Unset):
            mentor_min_tenure_months = UNSET
        else:
            mentor_min_tenure_months = self.mentor_min_tenure_months

        max_mentees_per_mentor: int | None | Unset
        if isinstance(self.max_mentees_per_mentor, Unset):
            max_mentees_per_mentor = UNSET
        else:
            max_mentees_per_mentor = self.max_mentees_per_mentor

        mentor_min_skill_level: int | None | Unset
        if isinstance(self.mentor_min_skill_level, Unset):
            mentor_min_skill_level = UNSET
        else:
            mentor_min_skill_level = self.mentor_min_skill_level

        review_interval_months: int | None | Unset
        if isinstance(self.review_interval_months, Unset):
            review_interval_months = UNSET
        else:
            review_interval_months = self.review_interval_months

        evaluation_after_months: int | None | Unset
        if isinstance(self.evaluation_after_months, Unset):
            evaluation_after_months = UNSET
        else:
            evaluation_after_months = self.evaluation_after_months

        grievance_sla_working_days: int | None | Unset
        if isinstance(self.grievance_sla_working_days, Unset):
            grievance_sla_working_days = UNSET
        else:
            grievance_sla_working_days = self.grievance_sla_working_days

        holiday_country: None | str | Unset
        if isinstance(self.holiday_country, Unset):
            holiday_country = UNSET
        else:
            holiday_country = self.holiday_country

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        programme_purpose: None | str | Unset
        if isinstance(self.programme_purpose, Unset):
            programme_purpose = UNSET
        else:
            programme_purpose = self.programme_purpose

        data_retention_months: int | None | Unset
        if isinstance(self.data_retention_months, Unset):
            data_retention_months = UNSET
        else:
            data_retention_months = self.data_retention_months

        impact_min_sample: int | None | Unset
        if isinstance(self.impact_min_sample, Unset):
            impact_min_sample = UNSET
        else:
            impact_min_sample = self.impact_min_sample

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if managerial_cadre_only is not UNSET:
            field_dict["managerial_cadre_only"] = managerial_cadre_only
        if require_same_department is not UNSET:
            field_dict["require_same_department"] = require_same_department
        if require_same_level is not UNSET:
            field_dict["require_same_level"] = require_same_level
        if mentor_min_rating is not UNSET:
            field_dict["mentor_min_rating"] = mentor_min_rating
        if mentor_min_tenure_months is not UNSET:
            field_dict["mentor_min_tenure_months"] = mentor_min_tenure_months
        if max_mentees_per_mentor is not UNSET:
            field_dict["max_mentees_per_mentor"] = max_mentees_per_mentor
        if mentor_min_skill_level is not UNSET:
            field_dict["mentor_min_skill_level"] = mentor_min_skill_level
        if review_interval_months is not UNSET:
            field_dict["review_interval_months"] = review_interval_months
        if evaluation_after_months is not UNSET:
            field_dict["evaluation_after_months"] = evaluation_after_months
        if grievance_sla_working_days is not UNSET:
            field_dict["grievance_sla_working_days"] = grievance_sla_working_days
        if holiday_country is not UNSET:
            field_dict["holiday_country"] = holiday_country
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if programme_purpose is not UNSET:
            field_dict["programme_purpose"] = programme_purpose
        if data_retention_months is not UNSET:
            field_dict["data_retention_months"] = data_retention_months
        if impact_min_sample is not UNSET:
            field_dict["impact_min_sample"] = impact_min_sample

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_managerial_cadre_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managerial_cadre_only = _parse_managerial_cadre_only(d.pop("managerial_cadre_only", UNSET))

        def _parse_require_same_department(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_same_department = _parse_require_same_department(d.pop("require_same_department", UNSET))

        def _parse_require_same_level(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        require_same_level = _parse_require_same_level(d.pop("require_same_level", UNSET))

        def _parse_mentor_min_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mentor_min_rating = _parse_mentor_min_rating(d.pop("mentor_min_rating", UNSET))

        def _parse_mentor_min_tenure_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mentor_min_tenure_months = _parse_mentor_min_tenure_months(d.pop("mentor_min_tenure_months", UNSET))

        def _parse_max_mentees_per_mentor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_mentees_per_mentor = _parse_max_mentees_per_mentor(d.pop("max_mentees_per_mentor", UNSET))

        def _parse_mentor_min_skill_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mentor_min_skill_level = _parse_mentor_min_skill_level(d.pop("mentor_min_skill_level", UNSET))

        def _parse_review_interval_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        review_interval_months = _parse_review_interval_months(d.pop("review_interval_months", UNSET))

        def _parse_evaluation_after_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        evaluation_after_months = _parse_evaluation_after_months(d.pop("evaluation_after_months", UNSET))

        def _parse_grievance_sla_working_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grievance_sla_working_days = _parse_grievance_sla_working_days(d.pop("grievance_sla_working_days", UNSET))

        def _parse_holiday_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holiday_country = _parse_holiday_country(d.pop("holiday_country", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_programme_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        programme_purpose = _parse_programme_purpose(d.pop("programme_purpose", UNSET))

        def _parse_data_retention_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        data_retention_months = _parse_data_retention_months(d.pop("data_retention_months", UNSET))

        def _parse_impact_min_sample(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        impact_min_sample = _parse_impact_min_sample(d.pop("impact_min_sample", UNSET))

        programme_settings_update = cls(
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

        return programme_settings_update
