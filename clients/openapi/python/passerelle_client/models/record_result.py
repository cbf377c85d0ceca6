from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rejection_reason import RejectionReason
from ..models.sync_outcome import SyncOutcome

T = TypeVar("T", bound="RecordResult")


@_attrs_define
class RecordResult:
    """The outcome of one record (a plain mapping: a batch answers thousands of them).

    Attributes:
        index (int): Position of the record in the batch, from 0.
        outcome (SyncOutcome):
        reason (None | RejectionReason): Why it was rejected.
        message (None | str):
        session_id (None | UUID):
        participant_id (None | UUID):
        attendance_id (None | UUID):
    """

    index: int
    outcome: SyncOutcome
    reason: None | RejectionReason
    message: None | str
    session_id: None | UUID
    participant_id: None | UUID
    attendance_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        outcome = self.outcome.value

        reason: None | str
        if isinstance(self.reason, RejectionReason):
            reason = self.reason.value
        else:
            reason = self.reason

        message: None | str
        message = self.message

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        participant_id: None | str
        if isinstance(self.participant_id, UUID):
            participant_id = str(self.participant_id)
        else:
            participant_id = self.participant_id

        attendance_id: None | str
        if isinstance(self.attendance_id, UUID):
            attendance_id = str(self.attendance_id)
        else:
            attendance_id = self.attendance_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "outcome": outcome,
                "reason": reason,
                "message": message,
                "session_id": session_id,
                "participant_id": participant_id,
                "attendance_id": attendance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        outcome = SyncOutcome(d.pop("outcome"))

        def _parse_reason(data: object) -> None | RejectionReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = RejectionReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RejectionReason, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_participant_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                participant_id_type_0 = UUID(data)

                return participant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        participant_id = _parse_participant_id(d.pop("participant_id"))

        def _parse_attendance_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attendance_id_type_0 = UUID(data)

                return attendance_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        attendance_id = _parse_attendance_id(d.pop("attendance_id"))

        record_result = cls(
            index=index,
            outcome=outcome,
            reason=reason,
            message=message,
            session_id=session_id,
            participant_id=participant_id,
            attendance_id=attendance_id,
        )

        record_result.additional_properties = d
        return record_result

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
