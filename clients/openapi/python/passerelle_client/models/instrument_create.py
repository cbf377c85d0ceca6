from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstrumentCreate")


@_attrs_define
class InstrumentCreate:
    """
    Attributes:
        code (str): Short stable code, upper case, e.g. `MCA-BKO`.
        name (str):
        id (None | Unset | UUID):
        description (str | Unset):  Default: ''.
    """

    code: str
    name: str
    id: None | Unset | UUID = UNSET
    description: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        description = d.pop("description", UNSET)

        instrument_create = cls(
            code=code,
            name=name,
            id=id,
            description=description,
        )

        return instrument_create
