from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificationCreate")


@_attrs_define
class CertificationCreate:
    """
    Attributes:
        instrument_code (str): Short stable code, upper case, e.g. `MCA-BKO`.
        issued_on (datetime.date):
        expires_on (datetime.date):
        issuing_organisation_id (None | Unset | UUID):
    """

    instrument_code: str
    issued_on: datetime.date
    expires_on: datetime.date
    issuing_organisation_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        instrument_code = self.instrument_code

        issued_on = self.issued_on.isoformat()

        expires_on = self.expires_on.isoformat()

        issuing_organisation_id: None | str | Unset
        if isinstance(self.issuing_organisation_id, Unset):
            issuing_organisation_id = UNSET
        elif isinstance(self.issuing_organisation_id, UUID):
            issuing_organisation_id = str(self.issuing_organisation_id)
        else:
            issuing_organisation_id = self.issuing_organisation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instrument_code": instrument_code,
                "issued_on": issued_on,
                "expires_on": expires_on,
            }
        )
        if issuing_organisation_id is not UNSET:
            field_dict["issuing_organisation_id"] = issuing_organisation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instrument_code = d.pop("instrument_code")

        issued_on = datetime.date.fromisoformat(d.pop("issued_on"))

        expires_on = datetime.date.fromisoformat(d.pop("expires_on"))

        def _parse_issuing_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                issuing_organisation_id_type_0 = UUID(data)

                return issuing_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        issuing_organisation_id = _parse_issuing_organisation_id(d.pop("issuing_organisation_id", UNSET))

        certification_create = cls(
            instrument_code=instrument_code,
            issued_on=issued_on,
            expires_on=expires_on,
            issuing_organisation_id=issuing_organisation_id,
        )

        return certification_create
