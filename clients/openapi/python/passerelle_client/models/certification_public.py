from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CertificationPublic")


@_attrs_define
class CertificationPublic:
    """
    Attributes:
        id (UUID):
        user_id (UUID):
        instrument_code (str):
        issued_on (datetime.date):
        expires_on (datetime.date):
        issuing_organisation_id (None | UUID):
        source (str):
        source_id (None | UUID):
        created_at (datetime.datetime):
    """

    id: UUID
    user_id: UUID
    instrument_code: str
    issued_on: datetime.date
    expires_on: datetime.date
    issuing_organisation_id: None | UUID
    source: str
    source_id: None | UUID
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        user_id = str(self.user_id)

        instrument_code = self.instrument_code

        issued_on = self.issued_on.isoformat()

        expires_on = self.expires_on.isoformat()

        issuing_organisation_id: None | str
        if isinstance(self.issuing_organisation_id, UUID):
            issuing_organisation_id = str(self.issuing_organisation_id)
        else:
            issuing_organisation_id = self.issuing_organisation_id

        source = self.source

        source_id: None | str
        if isinstance(self.source_id, UUID):
            source_id = str(self.source_id)
        else:
            source_id = self.source_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "instrument_code": instrument_code,
                "issued_on": issued_on,
                "expires_on": expires_on,
                "issuing_organisation_id": issuing_organisation_id,
                "source": source,
                "source_id": source_id,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        user_id = UUID(d.pop("user_id"))

        instrument_code = d.pop("instrument_code")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))

        def _parse_issuing_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issuing_organisation_id_type_0 = UUID(data)

                return issuing_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        issuing_organisation_id = _parse_issuing_organisation_id(d.pop("issuing_organisation_id"))

        source = d.pop("source")

        def _parse_source_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_id_type_0 = UUID(data)

                return source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        source_id = _parse_source_id(d.pop("source_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        certification_public = cls(
            id=id,
            user_id=user_id,
            instrument_code=instrument_code,
            issued_on=issued_on,
            expires_on=expires_on,
            issuing_organisation_id=issuing_organisation_id,
            source=source,
            source_id=source_id,
            created_at=created_at,
        )

        certification_public.additional_properties = d
        return certification_public

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
