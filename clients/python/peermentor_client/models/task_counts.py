from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCounts")


@_attrs_define
class TaskCounts:
    """Every task of the caller, by kind: complete whatever page or `kind` was asked for.

    Attributes:
        confirm_request (int | Unset):  Default: 0.
        match_request (int | Unset):  Default: 0.
        approve_pairing (int | Unset):  Default: 0.
        record_role_training (int | Unset):  Default: 0.
        acknowledge_agreement (int | Unset):  Default: 0.
        activate_pairing (int | Unset):  Default: 0.
        confirm_session (int | Unset):  Default: 0.
        fill_review_form (int | Unset):  Default: 0.
        follow_up_concern (int | Unset):  Default: 0.
        handle_grievance (int | Unset):  Default: 0.
        run_evaluation (int | Unset):  Default: 0.
        terminated_participant (int | Unset):  Default: 0.
    """

    confirm_request: int | Unset = 0
    match_request: int | Unset = 0
    approve_pairing: int | Unset = 0
    record_role_training: int | Unset = 0
    acknowledge_agreement: int | Unset = 0
    activate_pairing: int | Unset = 0
    confirm_session: int | Unset = 0
    fill_review_form: int | Unset = 0
    follow_up_concern: int | Unset = 0
    handle_grievance: int | Unset = 0
    run_evaluation: int | Unset = 0
    terminated_participant: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirm_request = self.confirm_request

        match_request = self.match_request

        approve_pairing = self.approve_pairing

        record_role_training = self.record_role_training

        acknowledge_agreement = self.acknowledge_agreement

        activate_pairing = self.activate_pairing

        confirm_session = self.confirm_session

        fill_review_form = self.fill_review_form

        follow_up_concern = self.follow_up_concern

        handle_grievance = self.handle_grievance

        run_evaluation = self.run_evaluation

        terminated_participant = self.terminated_participant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confirm_request is not UNSET:
            field_dict["confirm_request"] = confirm_request
        if match_request is not UNSET:
            field_dict["match_request"] = match_request
        if approve_pairing is not UNSET:
            field_dict["approve_pairing"] = approve_pairing
        if record_role_training is not UNSET:
            field_dict["record_role_training"] = record_role_training
        if acknowledge_agreement is not UNSET:
            field_dict["acknowledge_agreement"] = acknowledge_agreement
        if activate_pairing is not UNSET:
            field_dict["activate_pairing"] = activate_pairing
        if confirm_session is not UNSET:
            field_dict["confirm_session"] = confirm_session
        if fill_review_form is not UNSET:
            field_dict["fill_review_form"] = fill_review_form
        if follow_up_concern is not UNSET:
            field_dict["follow_up_concern"] = follow_up_concern
        if handle_grievance is not UNSET:
            field_dict["handle_grievance"] = handle_grievance
        if run_evaluation is not UNSET:
            field_dict["run_evaluation"] = run_evaluation
        if terminated_participant is not UNSET:
            field_dict["terminated_participant"] = terminated_participant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirm_request = d.pop("confirm_request", UNSET)

        match_request = d.pop("match_request", UNSET)

        approve_pairing = d.pop("approve_pairing", UNSET)

        record_role_training = d.pop("record_role_training", UNSET)

        acknowledge_agreement = d.pop("acknowledge_agreement", UNSET)

        activate_pairing = d.pop("activate_pairing", UNSET)

        confirm_session = d.pop("confirm_session", UNSET)

        fill_review_form = d.pop("fill_review_form", UNSET)

        follow_up_concern = d.pop("follow_up_concern", UNSET)

        handle_grievance = d.pop("handle_grievance", UNSET)

        run_evaluation = d.pop("run_evaluation", UNSET)

        terminated_participant = d.pop("terminated_participant", UNSET)

        task_counts = cls(
            confirm_request=confirm_request,
            match_request=match_request,
            approve_pairing=approve_pairing,
            record_role_training=record_role_training,
            acknowledge_agreement=acknowledge_agreement,
            activate_pairing=activate_pairing,
            confirm_session=confirm_session,
            fill_review_form=fill_review_form,
            follow_up_concern=follow_up_concern,
            handle_grievance=handle_grievance,
            run_evaluation=run_evaluation,
            terminated_participant=terminated_participant,
        )

        task_counts.additional_properties = d
        return task_counts

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
