from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.legal_status import LegalStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LegalStatusCreate")


@_attrs_define
class LegalStatusCreate:
    """
    Attributes:
        status (LegalStatus):
        effective_date (datetime.date):
        decision_reference (None | str | Unset):
        note (None | str | Unset):
    """

    status: LegalStatus
    effective_date: datetime.date
    decision_reference: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        effective_date = self.effective_date.isoformat()

        decision_reference: None | str | Unset
        if isinstance(self.decision_reference, Unset):
            decision_reference = UNSET
        else:
            decision_reference = self.decision_reference

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
                "effective_date": effective_date,
            }
        )
        if decision_reference is not UNSET:
            field_dict["decision_reference"] = decision_reference
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = LegalStatus(d.pop("status"))

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        def _parse_decision_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_reference = _parse_decision_reference(d.pop("decision_reference", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        legal_status_create = cls(
            status=status,
            effective_date=effective_date,
            decision_reference=decision_reference,
            note=note,
        )

        return legal_status_create
