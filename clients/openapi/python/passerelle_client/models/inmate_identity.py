from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InmateIdentity")


@_attrs_define
class InmateIdentity:
    """The fields that identify a person, as the duplicate check compares them.

    Attributes:
        family_name (str):
        given_names (str):
        aliases (list[str] | Unset):
        date_of_birth (datetime.date | None | Unset):
        birth_year (int | None | Unset):
    """

    family_name: str
    given_names: str
    aliases: list[str] | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    birth_year: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        family_name = self.family_name

        given_names = self.given_names

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        birth_year: int | None | Unset
        if isinstance(self.birth_year, Unset):
            birth_year = UNSET
        else:
            birth_year = self.birth_year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "family_name": family_name,
                "given_names": given_names,
            }
        )
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if birth_year is not UNSET:
            field_dict["birth_year"] = birth_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        family_name = d.pop("family_name")

        given_names = d.pop("given_names")

        aliases = cast(list[str], d.pop("aliases", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        def _parse_birth_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birth_year = _parse_birth_year(d.pop("birth_year", UNSET))

        inmate_identity = cls(
            family_name=family_name,
            given_names=given_names,
            aliases=aliases,
            date_of_birth=date_of_birth,
            birth_year=birth_year,
        )

        return inmate_identity
