from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendance_batch_attendance_record import AttendanceBatchAttendanceRecord


T = TypeVar("T", bound="AttendanceBatch")


@_attrs_define
class AttendanceBatch:
    """
    Attributes:
        records (list[AttendanceBatchAttendanceRecord]):
        create_participants (bool | Unset): Register participants unknown by `participant_external_id` from the record's
            `participant` details. Default: False.
    """

    records: list[AttendanceBatchAttendanceRecord]
    create_participants: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        create_participants = self.create_participants

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "records": records,
            }
        )
        if create_participants is not UNSET:
            field_dict["create_participants"] = create_participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attendance_batch_attendance_record import AttendanceBatchAttendanceRecord  # noqa: PLC0415

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = AttendanceBatchAttendanceRecord.from_dict(records_item_data)

            records.append(records_item)

        create_participants = d.pop("create_participants", UNSET)

        attendance_batch = cls(
            records=records,
            create_participants=create_participants,
        )

        return attendance_batch
