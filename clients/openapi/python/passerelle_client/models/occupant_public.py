from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OccupantPublic")


@_attrs_define
class OccupantPublic:
    """
    Attributes:
        inmate_id (UUID):
        prison_number (str):
        family_name (str):
        given_names (str):
        unit (str):
        cell (str):
        since (datetime.date):
    """

    inmate_id: UUID
    prison_number: str
    family_name: str
    given_names: str
    unit: str
    cell: str
    since: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inmate_id = str(self.inmate_id)

        prison_number = self.prison_number

        family_name = self.family_name

        given_names = self.given_names

        unit = self.unit

        cell = self.cell

        since = self.since.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inmate_id": inmate_id,
                "prison_number": prison_number,
                "family_name": family_name,
                "given_names": given_names,
                "unit": unit,
                "cell": cell,
                "since": since,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inmate_id = UUID(d.pop("inmate_id"))

        prison_number = d.pop("prison_number")

        family_name = d.pop("family_name")

        given_names = d.pop("given_names")

        unit = d.pop("unit")

        cell = d.pop("cell")

        since = datetime.date.fromisoformat(d.pop("since"))

        occupant_public = cls(
            inmate_id=inmate_id,
            prison_number=prison_number,
            family_name=family_name,
            given_names=given_names,
            unit=unit,
            cell=cell,
            since=since,
        )

        occupant_public.additional_properties = d
        return occupant_public

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
