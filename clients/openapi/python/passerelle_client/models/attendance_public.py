from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attendance_status import AttendanceStatus

T = TypeVar("T", bound="AttendancePublic")


@_attrs_define
class AttendancePublic:
    """
    Attributes:
        id (UUID):
        session_id (UUID):
        participant_id (UUID):
        participant_external_id (None | str):
        day (datetime.date):
        status (AttendanceStatus):
        hours (float):
        version (int):
        updated_at (datetime.datetime):
    """

    id: UUID
    session_id: UUID
    participant_id: UUID
    participant_external_id: None | str
    day: datetime.date
    status: AttendanceStatus
    hours: float
    version: int
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        session_id = str(self.session_id)

        participant_id = str(self.participant_id)

        participant_external_id: None | str
        participant_external_id = self.participant_external_id

        day = self.day.isoformat()

        status = self.status.value

        hours = self.hours

        version = self.version

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "session_id": session_id,
                "participant_id": participant_id,
                "participant_external_id": participant_external_id,
                "day": day,
                "status": status,
                "hours": hours,
                "version": version,
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

        def _parse_participant_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        participant_external_id = _parse_participant_external_id(d.pop("participant_external_id"))

        day = datetime.date.fromisoformat(d.pop("day"))

        status = AttendanceStatus(d.pop("status"))

        hours = d.pop("hours")

        version = d.pop("version")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        attendance_public = cls(
            id=id,
            session_id=session_id,
            participant_id=participant_id,
            participant_external_id=participant_external_id,
            day=day,
            status=status,
            hours=hours,
            version=version,
            updated_at=updated_at,
        )

        attendance_public.additional_properties = d
        return attendance_public

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
