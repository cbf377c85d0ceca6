from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlacementCreate")


@_attrs_define
class PlacementCreate:
    """
    Attributes:
        unit (str):
        cell (str):
        start_date (datetime.date):
        note (None | str | Unset):
    """

    unit: str
    cell: str
    start_date: datetime.date
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit

        cell = self.cell

        start_date = self.start_date.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "unit": unit,
                "cell": cell,
                "start_date": start_date,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit = d.pop("unit")

        cell = d.pop("cell")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        placement_create = cls(
            unit=unit,
            cell=cell,
            start_date=start_date,
            note=note,
        )

        return placement_create
