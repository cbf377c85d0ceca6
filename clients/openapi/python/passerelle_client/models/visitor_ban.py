from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitorBan")


@_attrs_define
class VisitorBan:
    """A ban from visiting any facility, from a day, until a day or open-ended.

    Attributes:
        reason (str):
        banned_from (datetime.date):
        banned_until (datetime.date | None | Unset): Omit for an open-ended ban.
    """

    reason: str
    banned_from: datetime.date
    banned_until: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        banned_from = self.banned_from.isoformat()

        banned_until: None | str | Unset
        if isinstance(self.banned_until, Unset):
            banned_until = UNSET
        elif isinstance(self.banned_until, datetime.date):
            banned_until = self.banned_until.isoformat()
        else:
            banned_until = self.banned_until

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "banned_from": banned_from,
            }
        )
        if banned_until is not UNSET:
            field_dict["banned_until"] = banned_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        banned_from = datetime.date.fromisoformat(d.pop("banned_from"))

        def _parse_banned_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                banned_until_type_0 = datetime.date.fromisoformat(data)

                return banned_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        banned_until = _parse_banned_until(d.pop("banned_until", UNSET))

        visitor_ban = cls(
            reason=reason,
            banned_from=banned_from,
            banned_until=banned_until,
        )

        return visitor_ban
