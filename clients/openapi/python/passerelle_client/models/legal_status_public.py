from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_status import LegalStatus

T = TypeVar("T", bound="LegalStatusPublic")


@_attrs_define
class LegalStatusPublic:
    """
    Attributes:
        id (UUID):
        status (LegalStatus):
        effective_date (datetime.date):
        decision_reference (None | str):
        note (None | str):
        recorded_by (str):
        created_at (datetime.datetime):
    """

    id: UUID
    status: LegalStatus
    effective_date: datetime.date
    decision_reference: None | str
    note: None | str
    recorded_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status.value

        effective_date = self.effective_date.isoformat()

        decision_reference: None | str
        decision_reference = self.decision_reference

        note: None | str
        note = self.note

        recorded_by = self.recorded_by

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "effective_date": effective_date,
                "decision_reference": decision_reference,
                "note": note,
                "recorded_by": recorded_by,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = LegalStatus(d.pop("status"))

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        def _parse_decision_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reference = _parse_decision_reference(d.pop("decision_reference"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        recorded_by = d.pop("recorded_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        legal_status_public = cls(
            id=id,
            status=status,
            effective_date=effective_date,
            decision_reference=decision_reference,
            note=note,
            recorded_by=recorded_by,
            created_at=created_at,
        )

        legal_status_public.additional_properties = d
        return legal_status_public

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
