from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrolment_status import EnrolmentStatus

T = TypeVar("T", bound="EnrolmentPublic")


@_attrs_define
class EnrolmentPublic:
    """
    Attributes:
        id (UUID):
        session_id (UUID):
        participant_id (UUID):
        participant_name (str):
        participant_external_id (None | str):
        status (EnrolmentStatus):
        pre_test_score (int | None):
        post_test_score (int | None):
        attended_hours (float):
        completed (bool):
        completed_on (datetime.date | None):
        certificate_number (None | str):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    session_id: UUID
    participant_id: UUID
    participant_name: str
    participant_external_id: None | str
    status: EnrolmentStatus
    pre_test_score: int | None
    post_test_score: int | None
    attended_hours: float
    completed: bool
    completed_on: datetime.date | None
    certificate_number: None | str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        session_id = str(self.session_id)

        participant_id = str(self.participant_id)

        participant_name = self.participant_name

        participant_external_id: None | str
        participant_external_id = self.participant_external_id

        status = self.status.value

        pre_test_score: int | None
        pre_test_score = self.pre_test_score

        post_test_score: int | None
        post_test_score = self.post_test_score

        attended_hours = self.attended_hours

        completed = self.completed

        completed_on: None | str
        if isinstance(self.completed_on, datetime.date):
            completed_on = self.completed_on.isoformat()
        else:
            completed_on = self.completed_on

        certificate_number: None | str
        certificate_number = self.certificate_number

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "session_id": session_id,
                "participant_id": participant_id,
                "participant_name": participant_name,
                "participant_external_id": participant_external_id,
                "status": status,
                "pre_test_score": pre_test_score,
                "post_test_score": post_test_score,
                "attended_hours": attended_hours,
                "completed": completed,
                "completed_on": completed_on,
                "certificate_number": certificate_number,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        session_id = UUID(d.pop("session_id"))

        participant_id = UUID(d.pop("participant_id"))

        participant_name = d.pop("participant_name")

        def _parse_participant_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        participant_external_id = _parse_participant_external_id(d.pop("participant_external_id"))

        status = EnrolmentStatus(d.pop("status"))

        def _parse_pre_test_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pre_test_score = _parse_pre_test_score(d.pop("pre_test_score"))

        def _parse_post_test_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        post_test_score = _parse_post_test_score(d.pop("post_test_score"))

        attended_hours = d.pop("attended_hours")

        completed = d.pop("completed")

        def _parse_completed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_on_type_0 = datetime.date.fromisoformat(data)

                return completed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completed_on = _parse_completed_on(d.pop("completed_on"))

        def _parse_certificate_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_number = _parse_certificate_number(d.pop("certificate_number"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        enrolment_public = cls(
            id=id,
            session_id=session_id,
            participant_id=participant_id,
            participant_name=participant_name,
            participant_external_id=participant_external_id,
            status=status,
            pre_test_score=pre_test_score,
            post_test_score=post_test_score,
            attended_hours=attended_hours,
            completed=completed,
            completed_on=completed_on,
            certificate_number=certificate_number,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        enrolment_public.additional_properties = d
        return enrolment_public

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
