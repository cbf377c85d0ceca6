from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PlacementPublic")


@_attrs_define
class PlacementPublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        facility_id (UUID):
        unit (str):
        cell (str):
        start_date (datetime.date):
        end_date (datetime.date | None):
        note (None | str):
        recorded_by (str):
    """

    id: UUID
    inmate_id: UUID
    facility_id: UUID
    unit: str
    cell: str
    start_date: datetime.date
    end_date: datetime.date | None
    note: None | str
    recorded_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        facility_id = str(self.facility_id)

        unit = self.unit

        cell = self.cell

        start_date = self.start_date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        note: None | str
        note = self.note

        recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "facility_id": facility_id,
                "unit": unit,
                "cell": cell,
                "start_date": start_date,
                "end_date": end_date,
                "note": note,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        facility_id = UUID(d.pop("facility_id"))

        unit = d.pop("unit")

        cell = d.pop("cell")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = d.pop("recorded_by")

        placement_public = cls(
            id=id,
            inmate_id=inmate_id,
            facility_id=facility_id,
            unit=unit,
            cell=cell,
            start_date=start_date,
            end_date=end_date,
            note=note,
            recorded_by=recorded_by,
        )

        placement_public.additional_properties = d
        return placement_public

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
