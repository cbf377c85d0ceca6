from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.agreement_status import AgreementStatus
from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreementCreate")


@_attrs_define
class AgreementCreate:
    """
    Attributes:
        reference (str):
        organisation_id (UUID):
        purpose (str):
        legal_basis (str):
        scopes (list[Scope]):
        valid_from (datetime.date):
        valid_until (datetime.date):
        signatory (str):
        id (None | Unset | UUID):
        facility_ids (list[UUID] | Unset):
        status (AgreementStatus | Unset):
    """

    reference: str
    organisation_id: UUID
    purpose: str
    legal_basis: str
    scopes: list[Scope]
    valid_from: datetime.date
    valid_until: datetime.date
    signatory: str
    id: None | Unset | UUID = UNSET
    facility_ids: list[UUID] | Unset = UNSET
    status: AgreementStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        organisation_id = str(self.organisation_id)

        purpose = self.purpose

        legal_basis = self.legal_basis

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()

        signatory = self.signatory

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        facility_ids: list[str] | Unset = UNSET
        if not isinstance(self.facility_ids, Unset):
            facility_ids = []
            for facility_ids_item_data in self.facility_ids:
                facility_ids_item = str(facility_ids_item_data)
                facility_ids.append(facility_ids_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reference": reference,
                "organisation_id": organisation_id,
                "purpose": purpose,
                "legal_basis": legal_basis,
                "scopes": scopes,
                "valid_from": valid_from,
                "valid_until": valid_until,
                "signatory": signatory,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if facility_ids is not UNSET:
            field_dict["facility_ids"] = facility_ids
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        organisation_id = UUID(d.pop("organisation_id"))

        purpose = d.pop("purpose")

        legal_basis = d.pop("legal_basis")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = Scope(scopes_item_data)

            scopes.append(scopes_item)

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        signatory = d.pop("signatory")

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

        _facility_ids = d.pop("facility_ids", UNSET)
        facility_ids: list[UUID] | Unset = UNSET
        if _facility_ids is not UNSET:
            facility_ids = []
            for facility_ids_item_data in _facility_ids:
                facility_ids_item = UUID(facility_ids_item_data)

                facility_ids.append(facility_ids_item)

        _status = d.pop("status", UNSET)
        status: AgreementStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AgreementStatus(_status)

        agreement_create = cls(
            reference=reference,
            organisation_id=organisation_id,
            purpose=purpose,
            legal_basis=legal_basis,
            scopes=scopes,
            valid_from=valid_from,
            valid_until=valid_until,
            signatory=signatory,
            id=id,
            facility_ids=facility_ids,
            status=status,
        )

        return agreement_create
