from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interval import Interval

if TYPE_CHECKING:
    from ..models.stats_table_cells_item import StatsTableCellsItem


T = TypeVar("T", bound="StatsTable")


@_attrs_define
class StatsTable:
    """One figure as a tidy table: one object per cell, with its dimensions, `n` (the
    people or records it rests on), the figure's statistics and `suppressed`. A withheld
    cell has every number null.

        Attributes:
            endpoint (str):
            measure (str):
            kind (str): count, share, mean, total, rate or distribution.
            unit (str):
            description (str):
            group_by (list[str]): The dimensions of each cell, `month` last.
            columns (list[str]): The keys of each cell, in CSV order.
            interval (Interval | None):
            date_from (datetime.date | None):
            date_to (datetime.date | None):
            k (int): Counts from 1 to k-1 are withheld.
            generated_at (datetime.datetime):
            cells (list[StatsTableCellsItem]):
    """

    endpoint: str
    measure: str
    kind: str
    unit: str
    description: str
    group_by: list[str]
    columns: list[str]
    interval: Interval | None
    date_from: datetime.date | None
    date_to: datetime.date | None
    k: int
    generated_at: datetime.datetime
    cells: list[StatsTableCellsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        measure = self.measure

        kind = self.kind

        unit = self.unit

        description = self.description

        group_by = self.group_by

        columns = self.columns

        interval: None | str
        if isinstance(self.interval, Interval):
            interval = self.interval.value
        else:
            interval = self.interval

        date_from: None | str
        if isinstance(self.date_from, datetime.date):
            date_from = self.date_from.isoformat()
        else:
            date_from = self.date_from

        date_to: None | str
        if isinstance(self.date_to, datetime.date):
            date_to = self.date_to.isoformat()
        else:
            date_to = self.date_to

        k = self.k

        generated_at = self.generated_at.isoformat()

        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "measure": measure,
                "kind": kind,
                "unit": unit,
                "description": description,
                "group_by": group_by,
                "columns": columns,
                "interval": interval,
                "date_from": date_from,
                "date_to": date_to,
                "k": k,
                "generated_at": generated_at,
                "cells": cells,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stats_table_cells_item import StatsTableCellsItem  # noqa: PLC0415

        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        measure = d.pop("measure")

        kind = d.pop("kind")

        unit = d.pop("unit")

        description = d.pop("description")

        group_by = cast(list[str], d.pop("group_by"))

        columns = cast(list[str], d.pop("columns"))

        def _parse_interval(data: object) -> Interval | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interval_type_0 = Interval(data)

                return interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Interval | None, data)

        interval = _parse_interval(d.pop("interval"))

        def _parse_date_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_from_type_0 = datetime.date.fromisoformat(data)

                return date_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_from = _parse_date_from(d.pop("date_from"))

        def _parse_date_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_to_type_0 = datetime.date.fromisoformat(data)

                return date_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_to = _parse_date_to(d.pop("date_to"))

        k = d.pop("k")

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = StatsTableCellsItem.from_dict(cells_item_data)

            cells.append(cells_item)

        stats_table = cls(
            endpoint=endpoint,
            measure=measure,
            kind=kind,
            unit=unit,
            description=description,
            group_by=group_by,
            columns=columns,
            interval=interval,
            date_from=date_from,
            date_to=date_to,
            k=k,
            generated_at=generated_at,
            cells=cells,
        )

        stats_table.additional_properties = d
        return stats_table

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
