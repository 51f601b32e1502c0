from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.grievance_kind import GrievanceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="GrievanceCreate")


@_attrs_define
class GrievanceCreate:
    """
    Attributes:
        pairing_id (int):
        kind (GrievanceKind):
        description (str):
        raised_on (datetime.date | None | Unset): HR only: when it was received (today or earlier).
        raised_by (int | None | Unset): HR only: the mentor or mentee it was received from.
    """

    pairing_id: int
    kind: GrievanceKind
    description: str
    raised_on: datetime.date | None | Unset = UNSET
    raised_by: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        pairing_id = self.pairing_id

        kind = self.kind.value

        description = self.description

        raised_on: None | str | Unset
        if isinstance(self.raised_on, Unset):
            raised_on = UNSET
        elif isinstance(self.raised_on, datetime.date):
            raised_on = self.raised_on.isoformat()
        else:
            raised_on = self.raised_on

        raised_by: int | None | Unset
        if isinstance(self.raised_by, Unset):
            raised_by = UNSET
        else:
            raised_by = self.raised_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pairing_id": pairing_id,
                "kind": kind,
                "description": description,
            }
        )
        if raised_on is not UNSET:
            field_dict["raised_on"] = raised_on
        if raised_by is not UNSET:
            field_dict["raised_by"] = raised_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pairing_id = d.pop("pairing_id")

        kind = GrievanceKind(d.pop("kind"))

        description = d.pop("description")

        def _parse_raised_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                raised_on_type_0 = datetime.date.fromisoformat(data)

                return raised_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        raised_on = _parse_raised_on(d.pop("raised_on", UNSET))

        def _parse_raised_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        raised_by = _parse_raised_by(d.pop("raised_by", UNSET))

        grievance_create = cls(
            pairing_id=pairing_id,
            kind=kind,
            description=description,
            raised_on=raised_on,
            raised_by=raised_by,
        )

        return grievance_create
