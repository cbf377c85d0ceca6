from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_status import VersionStatus

if TYPE_CHECKING:
    from ..models.domain import Domain
    from ..models.item import Item


T = TypeVar("T", bound="VersionPublic")


@_attrs_define
class VersionPublic:
    """
    Attributes:
        id (UUID):
        instrument_id (UUID):
        number (int):
        status (VersionStatus):
        domains (list[Domain]):
        items (list[Item]):
        published_at (datetime.datetime | None):
        version (int):
    """

    id: UUID
    instrument_id: UUID
    number: int
    status: VersionStatus
    domains: list[Domain]
    items: list[Item]
    published_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        instrument_id = str(self.instrument_id)

        number = self.number

        status = self.status.value

        domains = []
        for domains_item_data in self.domains:
            domains_item = domains_item_data.to_dict()
            domains.append(domains_item)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "instrument_id": instrument_id,
                "number": number,
                "status": status,
                "domains": domains,
                "items": items,
                "published_at": published_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain import Domain  # noqa: PLC0415
        from ..models.item import Item  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        instrument_id = UUID(d.pop("instrument_id"))

        number = d.pop("number")

        status = VersionStatus(d.pop("status"))

        domains = []
        _domains = d.pop("domains")
        for domains_item_data in _domains:
            domains_item = Domain.from_dict(domains_item_data)

            domains.append(domains_item)

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = Item.from_dict(items_item_data)

            items.append(items_item)

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        version = d.pop("version")

        version_public = cls(
            id=id,
            instrument_id=instrument_id,
            number=number,
            status=status,
            domains=domains,
            items=items,
            published_at=published_at,
            version=version,
        )

        version_public.additional_properties = d
        return version_public

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
