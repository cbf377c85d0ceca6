from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.employment_status import EmploymentStatus
from ..models.months_after_release import MonthsAfterRelease
from ..types import UNSET, Unset

T = TypeVar("T", bound="FollowUpCreate")


@_attrs_define
class FollowUpCreate:
    """Contact with a former participant 3, 6 or 12 months after release.

    Attributes:
        months_after_release (MonthsAfterRelease): When a follow-up contact is due: 3, 6 or 12 months after release.
        contacted_on (datetime.date):
        employment_status (EmploymentStatus):
        uses_trade (bool | None | Unset):
        notes (None | str | Unset):
    """

    months_after_release: MonthsAfterRelease
    contacted_on: datetime.date
    employment_status: EmploymentStatus
    uses_trade: bool | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        months_after_release = self.months_after_release.value

        contacted_on = self.contacted_on.isoformat()

        employment_status = self.employment_status.value

        uses_trade: bool | None | Unset
        if isinstance(self.uses_trade, Unset):
            uses_trade = UNSET
        else:
            uses_trade = self.uses_trade

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "months_after_release": months_after_release,
                "contacted_on": contacted_on,
                "employment_status": employment_status,
            }
        )
        if uses_trade is not UNSET:
            field_dict["uses_trade"] = uses_trade
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        months_after_release = MonthsAfterRelease(d.pop("months_after_release"))

        contacted_on = datetime.date.fromisoformat(d.pop("contacted_on"))

        employment_status = EmploymentStatus(d.pop("employment_status"))

        def _parse_uses_trade(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uses_trade = _parse_uses_trade(d.pop("uses_trade", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        follow_up_create = cls(
            months_after_release=months_after_release,
            contacted_on=contacted_on,
            employment_status=employment_status,
            uses_trade=uses_trade,
            notes=notes,
        )

        return follow_up_create
