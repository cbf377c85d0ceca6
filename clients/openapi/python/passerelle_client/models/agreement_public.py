from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agreement_status import AgreementStatus

T = TypeVar("T", bound="AgreementPublic")


@_attrs_define
class AgreementPublic:
    """
    Attributes:
        id (UUID):
        reference (str):
        organisation_id (UUID):
        purpose (str):
        legal_basis (str):
        scopes (list[str]):
        facility_ids (list[UUID]):
        valid_from (datetime.date):
        valid_until (datetime.date):
        signatory (str):
        status (AgreementStatus):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    reference: str
    organisation_id: UUID
    purpose: str
    legal_basis: str
    scopes: list[str]
    facility_ids: list[UUID]
    valid_from: datetime.date
    valid_until: datetime.date
    signatory: str
    status: AgreementStatus
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        reference = self.reference

        organisation_id = str(self.organisation_id)

        purpose = self.purpose

        legal_basis = self.legal_basis

        scopes = self.scopes

        facility_ids = []
        for facility_ids_item_data in self.facility_ids:
            facility_ids_item = str(facility_ids_item_data)
            facility_ids.append(facility_ids_item)

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()

        signatory = self.signatory

        status = self.status.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reference": reference,
                "organisation_id": organisation_id,
                "purpose": purpose,
                "legal_basis": legal_basis,
                "scopes": scopes,
                "facility_ids": facility_ids,
                "valid_from": valid_from,
                "valid_until": valid_until,
                "signatory": signatory,
                "status": status,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        reference = d.pop("reference")

        organisation_id = UUID(d.pop("organisation_id"))

        purpose = d.pop("purpose")

        legal_basis = d.pop("legal_basis")

        scopes = cast(list[str], d.pop("scopes"))

        facility_ids = []
        _facility_ids = d.pop("facility_ids")
        for facility_ids_item_data in _facility_ids:
            facility_ids_item = UUID(facility_ids_item_data)

            facility_ids.append(facility_ids_item)

        valid_from = datetime.date.fromisoformat(d.pop("valid_from"))

        valid_until = datetime.date.fromisoformat(d.pop("valid_until"))

        signatory = d.pop("signatory")

        status = AgreementStatus(d.pop("status"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        agreement_public = cls(
            id=id,
            reference=reference,
            organisation_id=organisation_id,
            purpose=purpose,
            legal_basis=legal_basis,
            scopes=scopes,
            facility_ids=facility_ids,
            valid_from=valid_from,
            valid_until=valid_until,
            signatory=signatory,
            status=status,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        agreement_public.additional_properties = d
        return agreement_public

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
