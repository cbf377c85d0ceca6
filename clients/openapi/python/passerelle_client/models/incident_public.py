from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_kind import IncidentKind

T = TypeVar("T", bound="IncidentPublic")


@_attrs_define
class IncidentPublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        occurred_on (datetime.date):
        kind (IncidentKind):
        description (str):
        reported_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    inmate_id: UUID
    occurred_on: datetime.date
    kind: IncidentKind
    description: str
    reported_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        occurred_on = self.occurred_on.isoformat()

        kind = self.kind.value

        description = self.description

        reported_by = self.reported_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "occurred_on": occurred_on,
                "kind": kind,
                "description": description,
                "reported_by": reported_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        kind = IncidentKind(d.pop("kind"))

        description = d.pop("description")

        reported_by = d.pop("reported_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        incident_public = cls(
            id=id,
            inmate_id=inmate_id,
            occurred_on=occurred_on,
            kind=kind,
            description=description,
            reported_by=reported_by,
            created_at=created_at,
        )

        incident_public.additional_properties = d
        return incident_public

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
