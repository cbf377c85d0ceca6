from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.agreement_status import AgreementStatus
from ..models.scope import Scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgreementUpdate")


@_attrs_define
class AgreementUpdate:
    """Suspend with `status: suspended`: the partner's tokens stop at their next request.

    Attributes:
        purpose (str | Unset):
        legal_basis (str | Unset):
        scopes (list[Scope] | Unset):
        facility_ids (list[UUID] | Unset):
        valid_until (datetime.date | Unset):
        signatory (str | Unset):
        status (AgreementStatus | Unset):
    """

    purpose: str | Unset = UNSET
    legal_basis: str | Unset = UNSET
    scopes: list[Scope] | Unset = UNSET
    facility_ids: list[UUID] | Unset = UNSET
    valid_until: datetime.date | Unset = UNSET
    signatory: str | Unset = UNSET
    status: AgreementStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        purpose = self.purpose

        legal_basis = self.legal_basis

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = scopes_item_data.value
                scopes.append(scopes_item)

        facility_ids: list[str] | Unset = UNSET
        if not isinstance(self.facility_ids, Unset):
            facility_ids = []
            for facility_ids_item_data in self.facility_ids:
                facility_ids_item = str(facility_ids_item_data)
                facility_ids.append(facility_ids_item)

        valid_until: str | Unset = UNSET
        if not isinstance(self.valid_until, Unset):
            valid_until = self.valid_until.isoformat()

        signatory = self.signatory

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if legal_basis is not UNSET:
            field_dict["legal_basis"] = legal_basis
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if facility_ids is not UNSET:
            field_dict["facility_ids"] = facility_ids
        if valid_until is not UNSET:
            field_dict["valid_until"] = valid_until
        if signatory is not UNSET:
            field_dict["signatory"] = signatory
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        purpose = d.pop("purpose", UNSET)

        legal_basis = d.pop("legal_basis", UNSET)

        _scopes = d.pop("scopes", UNSET)
        scopes: list[Scope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = Scope(scopes_item_data)

                scopes.append(scopes_item)

        _facility_ids = d.pop("facility_ids", UNSET)
        facility_ids: list[UUID] | Unset = UNSET
        if _facility_ids is not UNSET:
            facility_ids = []
            for facility_ids_item_data in _facility_ids:
                facility_ids_item = UUID(facility_ids_item_data)

                facility_ids.append(facility_ids_item)

        _valid_until = d.pop("valid_until", UNSET)
        valid_until: datetime.date | Unset
        if isinstance(_valid_until, Unset):
            valid_until = UNSET
        else:
            valid_until = datetime.date.fromisoformat(_valid_until)

        signatory = d.pop("signatory", UNSET)

        _status = d.pop("status", UNSET)
        status: AgreementStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AgreementStatus(_status)

        agreement_update = cls(
            purpose=purpose,
            legal_basis=legal_basis,
            scopes=scopes,
            facility_ids=facility_ids,
            valid_until=valid_until,
            signatory=signatory,
            status=status,
        )

        return agreement_update
