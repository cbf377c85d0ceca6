from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.attendance_status import AttendanceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VocationalAttendanceRecord")


@_attrs_define
class VocationalAttendanceRecord:
    """One enrolled inmate on one day of the programme, named by `enrolment_id` or, for a
    provider, by the inmate's `subject_ref`. Hours as in the training attendance sync.

        Attributes:
            day (datetime.date):
            status (AttendanceStatus):
            enrolment_id (None | Unset | UUID):
            subject_ref (None | str | Unset):
            hours (float | None | Unset):
    """

    day: datetime.date
    status: AttendanceStatus
    enrolment_id: None | Unset | UUID = UNSET
    subject_ref: None | str | Unset = UNSET
    hours: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        status = self.status.value

        enrolment_id: None | str | Unset
        if isinstance(self.enrolment_id, Unset):
            enrolment_id = UNSET
        elif isinstance(self.enrolment_id, UUID):
            enrolment_id = str(self.enrolment_id)
        else:
            enrolment_id = self.enrolment_id

        subject_ref: None | str | Unset
        if isinstance(self.subject_ref, Unset):
            subject_ref = UNSET
        else:
            subject_ref = self.subject_ref

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "status": status,
            }
        )
        if enrolment_id is not UNSET:
            field_dict["enrolment_id"] = enrolment_id
        if subject_ref is not UNSET:
            field_dict["subject_ref"] = subject_ref
        if hours is not UNSET:
            field_dict["hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        status = AttendanceStatus(d.pop("status"))

        def _parse_enrolment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrolment_id_type_0 = UUID(data)

                return enrolment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        enrolment_id = _parse_enrolment_id(d.pop("enrolment_id", UNSET))

        def _parse_subject_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_ref = _parse_subject_ref(d.pop("subject_ref", UNSET))

        def _parse_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hours = _parse_hours(d.pop("hours", UNSET))

        vocational_attendance_record = cls(
            day=day,
            status=status,
            enrolment_id=enrolment_id,
            subject_ref=subject_ref,
            hours=hours,
        )

        return vocational_attendance_record
