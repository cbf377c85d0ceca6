from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.vocational_attendance_batch_vocational_attendance_record import (
        VocationalAttendanceBatchVocationalAttendanceRecord,
    )


T = TypeVar("T", bound="VocationalAttendanceBatch")


@_attrs_define
class VocationalAttendanceBatch:
    """
    Attributes:
        records (list[VocationalAttendanceBatchVocationalAttendanceRecord]):
    """

    records: list[VocationalAttendanceBatchVocationalAttendanceRecord]

    def to_dict(self) -> dict[str, Any]:
        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vocational_attendance_batch_vocational_attendance_record import (
            VocationalAttendanceBatchVocationalAttendanceRecord,  # noqa: PLC0415
        )

        d = dict(src_dict)
        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = VocationalAttendanceBatchVocationalAttendanceRecord.from_dict(records_item_data)

            records.append(records_item)

        vocational_attendance_batch = cls(
            records=records,
        )

        return vocational_attendance_batch
