from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.matching_run_read_objective import MatchingRunReadObjective
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.matching_proposal import MatchingProposal
    from ..models.person_summary import PersonSummary
    from ..models.proposed_pairing import ProposedPairing
    from ..models.unmatched_request import UnmatchedRequest


T = TypeVar("T", bound="MatchingRunRead")


@_attrs_define
class MatchingRunRead:
    """
    Attributes:
        id (int):
        objective (MatchingRunReadObjective):
        created_at (datetime.datetime):
        created_by (int): The user who ran it.
        department_id (int | None):
        request_ids (list[int] | None):
        total_score (float):
        proposals (list[MatchingProposal]):
        unmatched (list[UnmatchedRequest]):
        proposed (list[ProposedPairing]): Proposals made pairings since.
        people (list[PersonSummary] | Unset): The mentees and mentors its proposals and unmatched requests name, by id
            and name (the proposals keep their `mentee_id` and `mentor_id`).
    """

    id: int
    objective: MatchingRunReadObjective
    created_at: datetime.datetime
    created_by: int
    department_id: int | None
    request_ids: list[int] | None
    total_score: float
    proposals: list[MatchingProposal]
    unmatched: list[UnmatchedRequest]
    proposed: list[ProposedPairing]
    people: list[PersonSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        objective = self.objective.value

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        department_id: int | None
        department_id = self.department_id

        request_ids: list[int] | None
        if isinstance(self.request_ids, list):
            request_ids = self.request_ids

        else:
            request_ids = self.request_ids

        total_score = self.total_score

        proposals = []
        for proposals_item_data in self.proposals:
            proposals_item = proposals_item_data.to_dict()
            proposals.append(proposals_item)

        unmatched = []
        for unmatched_item_data in self.unmatched:
            unmatched_item = unmatched_item_data.to_dict()
            unmatched.append(unmatched_item)

        proposed = []
        for proposed_item_data in self.proposed:
            proposed_item = proposed_item_data.to_dict()
            proposed.append(proposed_item)

        people: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.people, Unset):
            people = []
            for people_item_data in self.people:
                people_item = people_item_data.to_dict()
                people.append(people_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "objective": objective,
                "created_at": created_at,
                "created_by": created_by,
                "department_id": department_id,
                "request_ids": request_ids,
                "total_score": total_score,
                "proposals": proposals,
                "unmatched": unmatched,
                "proposed": proposed,
            }
        )
        if people is not UNSET:
            field_dict["people"] = people

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matching_proposal import MatchingProposal  # noqa: PLC0415
        from ..models.person_summary import PersonSummary  # noqa: PLC0415
        from ..models.proposed_pairing import ProposedPairing  # noqa: PLC0415
        from ..models.unmatched_request import UnmatchedRequest  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        objective = MatchingRunReadObjective(d.pop("objective"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        def _parse_department_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        department_id = _parse_department_id(d.pop("department_id"))

        def _parse_request_ids(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_ids_type_0 = cast(list[int], data)

                return request_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        request_ids = _parse_request_ids(d.pop("request_ids"))

        total_score = d.pop("total_score")

        proposals = []
        _proposals = d.pop("proposals")
        for proposals_item_data in _proposals:
            proposals_item = MatchingProposal.from_dict(proposals_item_data)

            proposals.append(proposals_item)

        unmatched = []
        _unmatched = d.pop("unmatched")
        for unmatched_item_data in _unmatched:
            unmatched_item = UnmatchedRequest.from_dict(unmatched_item_data)

            unmatched.append(unmatched_item)

        proposed = []
        _proposed = d.pop("proposed")
        for proposed_item_data in _proposed:
            proposed_item = ProposedPairing.from_dict(proposed_item_data)

            proposed.append(proposed_item)

        _people = d.pop("people", UNSET)
        people: list[PersonSummary] | Unset = UNSET
        if _people is not UNSET:
            people = []
            for people_item_data in _people:
                people_item = PersonSummary.from_dict(people_item_data)

                people.append(people_item)

        matching_run_read = cls(
            id=id,
            objective=objective,
            created_at=created_at,
            created_by=created_by,
            department_id=department_id,
            request_ids=request_ids,
            total_score=total_score,
            proposals=proposals,
            unmatched=unmatched,
            proposed=proposed,
            people=people,
        )

        matching_run_read.additional_properties = d
        return matching_run_read

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
