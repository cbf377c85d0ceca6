from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.incident_kind import IncidentKind

T = TypeVar("T", bound="IncidentCreate")


@_attrs_define
class IncidentCreate:
    """
    Attributes:
        occurred_on (datetime.date):
        kind (IncidentKind):
        description (str):
    """

    occurred_on: datetime.date
    kind: IncidentKind
    description: str

    def to_dict(self) -> dict[str, Any]:
        occurred_on = self.occurred_on.isoformat()

        kind = self.kind.value

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "occurred_on": occurred_on,
                "kind": kind,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occurred_on = datetime.date.fromisoformat(d.pop("occurred_on"))

        kind = IncidentKind(d.pop("kind"))

        description = d.pop("description")

        incident_create = cls(
            occurred_on=occurred_on,
            kind=kind,
            description=description,
        )

        return incident_create
