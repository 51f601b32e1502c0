from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MonthFigures")


@_attrs_define
class MonthFigures:
    """
    Attributes:
        month (str): `YYYY-MM`.
        grievances_closed (int): Grievances resolved or dismissed in the month.
        grievances_closed_on_time (int): Of those, closed by their due date.
        grievance_sla_compliance_pct (float | None): grievances_closed_on_time / grievances_closed in percent (none
            closed: null).
        evaluations (int): Evaluations recorded in the month.
        mean_effectiveness (float | None): Their mean effectiveness (1-5).
        pairings_started (int): Pairings that started in the month (active or ended since).
        role_trainings (int): Role training recorded for people in scope.
    """

    month: str
    grievances_closed: int
    grievances_closed_on_time: int
    grievance_sla_compliance_pct: float | None
    evaluations: int
    mean_effectiveness: float | None
    pairings_started: int
    role_trainings: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        grievances_closed = self.grievances_closed

        grievances_closed_on_time = self.grievances_closed_on_time

        grievance_sla_compliance_pct: float | None
        grievance_sla_compliance_pct = self.grievance_sla_compliance_pct

        evaluations = self.evaluations

        mean_effectiveness: float | None
        mean_effectiveness = self.mean_effectiveness

        pairings_started = self.pairings_started

        role_trainings = self.role_trainings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "month": month,
                "grievances_closed": grievances_closed,
                "grievances_closed_on_time": grievances_closed_on_time,
                "grievance_sla_compliance_pct": grievance_sla_compliance_pct,
                "evaluations": evaluations,
                "mean_effectiveness": mean_effectiveness,
                "pairings_started": pairings_started,
                "role_trainings": role_trainings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month")

        grievances_closed = d.pop("grievances_closed")

        grievances_closed_on_time = d.pop("grievances_closed_on_time")

        def _parse_grievance_sla_compliance_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        grievance_sla_compliance_pct = _parse_grievance_sla_compliance_pct(d.pop("grievance_sla_compliance_pct"))

        evaluations = d.pop("evaluations")

        def _parse_mean_effectiveness(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_effectiveness = _parse_mean_effectiveness(d.pop("mean_effectiveness"))

        pairings_started = d.pop("pairings_started")

        role_trainings = d.pop("role_trainings")

        month_figures = cls(
            month=month,
            grievances_closed=grievances_closed,
            grievances_closed_on_time=grievances_closed_on_time,
            grievance_sla_compliance_pct=grievance_sla_compliance_pct,
            evaluations=evaluations,
            mean_effectiveness=mean_effectiveness,
            pairings_started=pairings_started,
            role_trainings=role_trainings,
        )

        month_figures.additional_properties = d
        return month_figures

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
