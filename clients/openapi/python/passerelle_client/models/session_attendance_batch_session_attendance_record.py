from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.attendance_status import AttendanceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_participant import NewParticipant


T = TypeVar("T", bound="SessionAttendanceBatchSessionAttendanceRecord")


@_attrs_define
class SessionAttendanceBatchSessionAttendanceRecord:
    """An attendance record that names its session, by id or by your own external id.

    Attributes:
        day (datetime.date):
        status (AttendanceStatus):
        participant_id (None | Unset | UUID):
        participant_external_id (None | str | Unset):
        participant (NewParticipant | None | Unset):
        hours (float | None | Unset):
        pre_test_score (int | None | Unset):
        post_test_score (int | None | Unset):
        session_id (None | Unset | UUID):
        session_external_id (None | str | Unset):
    """

    day: datetime.date
    status: AttendanceStatus
    participant_id: None | Unset | UUID = UNSET
    participant_external_id: None | str | Unset = UNSET
    participant: NewParticipant | None | Unset = UNSET
    hours: float | None | Unset = UNSET
    pre_test_score: int | None | Unset = UNSET
    post_test_score: int | None | Unset = UNSET
    session_id: None | Unset | UUID = UNSET
    session_external_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_participant import NewParticipant  # noqa: PLC0415

        day = self.day.isoformat()

        status = self.status.value

        participant_id: None | str | Unset
        if isinstance(self.participant_id, Unset):
            participant_id = UNSET
        elif isinstance(self.participant_id, UUID):
            participant_id = str(self.participant_id)
        else:
            participant_id = self.participant_id

        participant_external_id: None | str | Unset
        if isinstance(self.participant_external_id, Unset):
            participant_external_id = UNSET
        else:
            participant_external_id = self.participant_external_id

        participant: dict[str, Any] | None | Unset
        if isinstance(self.participant, Unset):
            participant = UNSET
        elif isinstance(self.participant, NewParticipant):
            participant = self.participant.to_dict()
        else:
            participant = self.participant

        hours: float | None | Unset
        if isinstance(self.hours, Unset):
            hours = UNSET
        else:
            hours = self.hours

        pre_test_score: int | None | Unset
        if isinstance(self.pre_test_score, Unset):
            pre_test_score = UNSET
        else:
            pre_test_score = self.pre_test_score

        post_test_score: int | None | Unset
        if isinstance(self.post_test_score, Unset):
            post_test_score = UNSET
        else:
            post_test_score = self.post_test_score

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        elif isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        session_external_id: None | str | Unset
        if isinstance(self.session_external_id, Unset):
            session_external_id = UNSET
        else:
            session_external_id = self.session_external_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day": day,
                "status": status,
            }
        )
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if participant_external_id is not UNSET:
            field_dict["participant_external_id"] = participant_external_id
        if participant is not UNSET:
            field_dict["participant"] = participant
        if hours is not UNSET:
            field_dict["hours"] = hours
        if pre_test_score is not UNSET:
            field_dict["pre_test_score"] = pre_test_score
        if post_test_score is not UNSET:
            field_dict["post_test_score"] = post_test_score
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if session_external_id is not UNSET:
            field_dict["session_external_id"] = session_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_participant import NewParticipant  # noqa: PLC0415

        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))

        status = AttendanceStatus(d.pop("status"))

        def _parse_participant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                participant_id_type_0 = UUID(data)

                return participant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        participant_id = _parse_participant_id(d.pop("participant_id", UNSET))

        def _parse_participant_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        participant_external_id = _parse_participant_external_id(d.pop("participant_external_id", UNSET))

        def _parse_participant(data: object) -> NewParticipant | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                participant_type_0 = NewParticipant.from_dict(data)

                return participant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewParticipant | None | Unset, data)

        participant = _parse_participant(d.pop("participant", UNSET))

        def _parse_hours(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hours = _parse_hours(d.pop("hours", UNSET))

        def _parse_pre_test_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pre_test_score = _parse_pre_test_score(d.pop("pre_test_score", UNSET))

        def _parse_post_test_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        post_test_score = _parse_post_test_score(d.pop("post_test_score", UNSET))

        def _parse_session_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_session_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_external_id = _parse_session_external_id(d.pop("session_external_id", UNSET))

        session_attendance_batch_session_attendance_record = cls(
            day=day,
            status=status,
            participant_id=participant_id,
            participant_external_id=participant_external_id,
            participant=participant,
            hours=hours,
            pre_test_score=pre_test_score,
            post_test_score=post_test_score,
            session_id=session_id,
            session_external_id=session_external_id,
        )

        return session_attendance_batch_session_attendance_record
