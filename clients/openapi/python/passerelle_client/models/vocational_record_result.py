from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rejection_reason import RejectionReason
from ..models.sync_outcome import SyncOutcome

T = TypeVar("T", bound="VocationalRecordResult")


@_attrs_define
class VocationalRecordResult:
    """The outcome of one record.

    Attributes:
        index (int): Position of the record in the batch, from 0.
        outcome (SyncOutcome):
        reason (None | RejectionReason):
        message (None | str):
        enrolment_id (None | UUID):
        attendance_id (None | UUID):
    """

    index: int
    outcome: SyncOutcome
    reason: None | RejectionReason
    message: None | str
    enrolment_id: None | UUID
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

        enrolment_id: None | str
        if isinstance(self.enrolment_id, UUID):
            enrolment_id = str(self.enrolment_id)
        else:
            enrolment_id = self.enrolment_id

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
                "enrolment_id": enrolment_id,
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

        def _parse_enrolment_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrolment_id_type_0 = UUID(data)

                return enrolment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        enrolment_id = _parse_enrolment_id(d.pop("enrolment_id"))

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

        vocational_record_result = cls(
            index=index,
            outcome=outcome,
            reason=reason,
            message=message,
            enrolment_id=enrolment_id,
            attendance_id=attendance_id,
        )

        vocational_record_result.additional_properties = d
        return vocational_record_result

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
