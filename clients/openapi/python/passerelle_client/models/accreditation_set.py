from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccreditationSet")


@_attrs_define
class AccreditationSet:
    """Whether completing the session certifies its participants who are staff users.

    Attributes:
        instrument_code (None | str): The assessment instrument completion certifies for; null for none.
        months (int | Unset): How long the certification is valid from completion. Default: 24.
    """

    instrument_code: None | str
    months: int | Unset = 24

    def to_dict(self) -> dict[str, Any]:
        instrument_code: None | str
        instrument_code = self.instrument_code

        months = self.months

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instrument_code": instrument_code,
            }
        )
        if months is not UNSET:
            field_dict["months"] = months

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_instrument_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instrument_code = _parse_instrument_code(d.pop("instrument_code"))

        months = d.pop("months", UNSET)

        accreditation_set = cls(
            instrument_code=instrument_code,
            months=months,
        )

        return accreditation_set
