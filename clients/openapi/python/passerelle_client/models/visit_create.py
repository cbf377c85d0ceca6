from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.visit_type import VisitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitCreate")


@_attrs_define
class VisitCreate:
    """A request for a visit to an inmate, with its visitors and the slot asked for.

    Attributes:
        inmate_id (UUID):
        type_ (VisitType):
        visitor_ids (list[UUID]):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        id (None | Unset | UUID): Client-chosen id for records created offline.
        purpose (None | str | Unset):
    """

    inmate_id: UUID
    type_: VisitType
    visitor_ids: list[UUID]
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    id: None | Unset | UUID = UNSET
    purpose: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        inmate_id = str(self.inmate_id)

        type_ = self.type_.value

        visitor_ids = []
        for visitor_ids_item_data in self.visitor_ids:
            visitor_ids_item = str(visitor_ids_item_data)
            visitor_ids.append(visitor_ids_item)

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        purpose: None | str | Unset
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inmate_id": inmate_id,
                "type": type_,
                "visitor_ids": visitor_ids,
                "starts_at": starts_at,
                "ends_at": ends_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inmate_id = UUID(d.pop("inmate_id"))

        type_ = VisitType(d.pop("type"))

        visitor_ids = []
        _visitor_ids = d.pop("visitor_ids")
        for visitor_ids_item_data in _visitor_ids:
            visitor_ids_item = UUID(visitor_ids_item_data)

            visitor_ids.append(visitor_ids_item)

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

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

        def _parse_purpose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purpose = _parse_purpose(d.pop("purpose", UNSET))

        visit_create = cls(
            inmate_id=inmate_id,
            type_=type_,
            visitor_ids=visitor_ids,
            starts_at=starts_at,
            ends_at=ends_at,
            id=id,
            purpose=purpose,
        )

        return visit_create
