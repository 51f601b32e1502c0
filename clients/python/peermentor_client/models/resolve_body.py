from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.resolve_body_outcome import ResolveBodyOutcome

T = TypeVar("T", bound="ResolveBody")


@_attrs_define
class ResolveBody:
    """
    Attributes:
        outcome (ResolveBodyOutcome):
        resolution (str):
    """

    outcome: ResolveBodyOutcome
    resolution: str

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        resolution = self.resolution

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "resolution": resolution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = ResolveBodyOutcome(d.pop("outcome"))

        resolution = d.pop("resolution")

        resolve_body = cls(
            outcome=outcome,
            resolution=resolution,
        )

        return resolve_body
