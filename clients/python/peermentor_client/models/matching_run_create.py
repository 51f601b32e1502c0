from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.matching_run_create_objective import MatchingRunCreateObjective
from ..types import UNSET, Unset

T = TypeVar("T", bound="MatchingRunCreate")


@_attrs_define
class MatchingRunCreate:
    """
    Attributes:
        objective (MatchingRunCreateObjective): `best_coverage`: the largest sum of scores (then the most matched);
            `most_matched`: the most matched requests (then the largest sum of scores).
        department_id (int | None | Unset): Only this department's mentees.
        request_ids (list[int] | None | Unset): Only these open requests (each must be in the caller's scope).
    """

    objective: MatchingRunCreateObjective
    department_id: int | None | Unset = UNSET
    request_ids: list[int] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        objective = self.objective.value

        department_id: int | None | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        else:
            department_id = self.department_id

        request_ids: list[int] | None | Unset
        if isinstance(self.request_ids, Unset):
            request_ids = UNSET
        elif isinstance(self.request_ids, list):
            request_ids = self.request_ids

        else:
            request_ids = self.request_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "objective": objective,
            }
        )
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if request_ids is not UNSET:
            field_dict["request_ids"] = request_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        objective = MatchingRunCreateObjective(d.pop("objective"))

        def _parse_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_request_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_ids_type_0 = cast(list[int], data)

                return request_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        request_ids = _parse_request_ids(d.pop("request_ids", UNSET))

        matching_run_create = cls(
            objective=objective,
            department_id=department_id,
            request_ids=request_ids,
        )

        return matching_run_create
