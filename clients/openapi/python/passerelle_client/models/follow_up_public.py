from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_status import EmploymentStatus

T = TypeVar("T", bound="FollowUpPublic")


@_attrs_define
class FollowUpPublic:
    """
    Attributes:
        id (UUID):
        enrolment_id (UUID):
        months_after_release (int):
        contacted_on (datetime.date):
        employment_status (EmploymentStatus):
        uses_trade (bool | None):
        notes (None | str):
        recorded_by (str):
        version (int):
        created_at (datetime.datetime):
    """

    id: UUID
    enrolment_id: UUID
    months_after_release: int
    contacted_on: datetime.date
    employment_status: EmploymentStatus
    uses_trade: bool | None
    notes: None | str
    recorded_by: str
    version: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        enrolment_id = str(self.enrolment_id)

        months_after_release = self.months_after_release

        contacted_on = self.contacted_on.isoformat()

        employment_status = self.employment_status.value

        uses_trade: bool | None
        uses_trade = self.uses_trade

        notes: None | str
        notes = self.notes

        recorded_by = self.recorded_by

        version = self.version

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "enrolment_id": enrolment_id,
                "months_after_release": months_after_release,
                "contacted_on": contacted_on,
                "employment_status": employment_status,
                "uses_trade": uses_trade,
                "notes": notes,
                "recorded_by": recorded_by,
                "version": version,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        enrolment_id = UUID(d.pop("enrolment_id"))

        months_after_release = d.pop("months_after_release")

        contacted_on = datetime.date.fromisoformat(d.pop("contacted_on"))

        employment_status = EmploymentStatus(d.pop("employment_status"))

        def _parse_uses_trade(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        uses_trade = _parse_uses_trade(d.pop("uses_trade"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        recorded_by = d.pop("recorded_by")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        follow_up_public = cls(
            id=id,
            enrolment_id=enrolment_id,
            months_after_release=months_after_release,
            contacted_on=contacted_on,
            employment_status=employment_status,
            uses_trade=uses_trade,
            notes=notes,
            recorded_by=recorded_by,
            version=version,
            created_at=created_at,
        )

        follow_up_public.additional_properties = d
        return follow_up_public

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
