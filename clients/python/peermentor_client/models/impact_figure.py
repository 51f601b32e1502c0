from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImpactFigure")


@_attrs_define
class ImpactFigure:
    """One figure of the programme-impact report: a group's measure against its comparison
    group, or (for skills) the mean before and after. Withheld figures carry no numbers.

        Attributes:
            group (str): `mentees` or `mentors`.
            measure (str): `rating_change` (performance rating points), `retention_12_months` (percent still employed 12
                months after the start) or `skill_rating` (an evaluation's before/after rating of one improvement area).
            skill (None | str): The improvement area, for `skill_rating`.
            status (str): `reported`, or `withheld` (see `withheld_reason`).
            withheld_reason (None | str):
            unit (str): `rating points` or `percent` (differences: `points`).
            participants (int): People of the group with the data the figure needs (performance: a rating on both sides of
                the pairing; retention: 12 months since the start).
            without_data (int): People of the group left out for lack of that data.
            unmatched (int): Participants for whom no comparison person was found.
            sample_size (int): Participants in the figure (matched ones; for skills: evaluations).
            comparison_size (int): People in the comparison group (0 for skills).
            participant_mean (float | None): Mean change (rating points), share retained (percent), or for skills the mean
                after.
            comparison_mean (float | None): The same for the comparison group.
            before_mean (float | None): Skills: the mean rating before.
            difference (float | None): participant_mean - comparison_mean (skills: mean after - before).
            ci_low (float | None): Lower end of the 95% interval of `difference`.
            ci_high (float | None): Upper end of the 95% interval of `difference`.
            method (str): How the figure is computed, in plain words.
    """

    group: str
    measure: str
    skill: None | str
    status: str
    withheld_reason: None | str
    unit: str
    participants: int
    without_data: int
    unmatched: int
    sample_size: int
    comparison_size: int
    participant_mean: float | None
    comparison_mean: float | None
    before_mean: float | None
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    method: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        measure = self.measure

        skill: None | str
        skill = self.skill

        status = self.status

        withheld_reason: None | str
        withheld_reason = self.withheld_reason

        unit = self.unit

        participants = self.participants

        without_data = self.without_data

        unmatched = self.unmatched

        sample_size = self.sample_size

        comparison_size = self.comparison_size

        participant_mean: float | None
        participant_mean = self.participant_mean

        comparison_mean: float | None
        comparison_mean = self.comparison_mean

        before_mean: float | None
        before_mean = self.before_mean

        difference: float | None
        difference = self.difference

        ci_low: float | None
        ci_low = self.ci_low

        ci_high: float | None
        ci_high = self.ci_high

        method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "measure": measure,
                "skill": skill,
                "status": status,
                "withheld_reason": withheld_reason,
                "unit": unit,
                "participants": participants,
                "without_data": without_data,
                "unmatched": unmatched,
                "sample_size": sample_size,
                "comparison_size": comparison_size,
                "participant_mean": participant_mean,
                "comparison_mean": comparison_mean,
                "before_mean": before_mean,
                "difference": difference,
                "ci_low": ci_low,
                "ci_high": ci_high,
                "method": method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")

        measure = d.pop("measure")

        def _parse_skill(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        skill = _parse_skill(d.pop("skill"))

        status = d.pop("status")

        def _parse_withheld_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        withheld_reason = _parse_withheld_reason(d.pop("withheld_reason"))

        unit = d.pop("unit")

        participants = d.pop("participants")

        without_data = d.pop("without_data")

        unmatched = d.pop("unmatched")

        sample_size = d.pop("sample_size")

        comparison_size = d.pop("comparison_size")

        def _parse_participant_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        participant_mean = _parse_participant_mean(d.pop("participant_mean"))

        def _parse_comparison_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        comparison_mean = _parse_comparison_mean(d.pop("comparison_mean"))

        def _parse_before_mean(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        before_mean = _parse_before_mean(d.pop("before_mean"))

        def _parse_difference(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        difference = _parse_difference(d.pop("difference"))

        def _parse_ci_low(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ci_low = _parse_ci_low(d.pop("ci_low"))

        def _parse_ci_high(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ci_high = _parse_ci_high(d.pop("ci_high"))

        method = d.pop("method")

        impact_figure = cls(
            group=group,
            measure=measure,
            skill=skill,
            status=status,
            withheld_reason=withheld_reason,
            unit=unit,
            participants=participants,
            without_data=without_data,
            unmatched=unmatched,
            sample_size=sample_size,
            comparison_size=comparison_size,
            participant_mean=participant_mean,
            comparison_mean=comparison_mean,
            before_mean=before_mean,
            difference=difference,
            ci_low=ci_low,
            ci_high=ci_high,
            method=method,
        )

        impact_figure.additional_properties = d
        return impact_figure

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
