from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.id_document_type import IdDocumentType
from ..models.vetting_status import VettingStatus
from ..models.visitor_kind import VisitorKind

T = TypeVar("T", bound="VisitorPublic")


@_attrs_define
class VisitorPublic:
    """The full record: visits staff (scope `visits:write`) of a prison the visitor is
    linked to (registered there, related to someone held there, on a visit or leading a
    dialogue session there), or national staff.

        Attributes:
            id (UUID):
            family_name (str):
            given_names (str):
            kind (VisitorKind):
            inmate_id (None | UUID): Family: the related inmate (null where you may not see that inmate).
            relationship (None | str): Family: shown with `inmate_id`.
            organisation_name (None | str):
            facility_id (None | UUID): The prison that registered the visitor.
            vetting_status (VettingStatus):
            vetting_body (None | str):
            vetted_on (datetime.date | None):
            vetting_expires_on (datetime.date | None):
            vetting_reference (None | str):
            banned (bool): Whether a ban is in force today.
            banned_from (datetime.date | None):
            banned_until (datetime.date | None):
            ban_reason (None | str):
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            id_document_type (IdDocumentType | None):
            id_document_number (None | str):
            phone (None | str):
            address (None | str):
    """

    id: UUID
    family_name: str
    given_names: str
    kind: VisitorKind
    inmate_id: None | UUID
    relationship: None | str
    organisation_name: None | str
    facility_id: None | UUID
    vetting_status: VettingStatus
    vetting_body: None | str
    vetted_on: datetime.date | None
    vetting_expires_on: datetime.date | None
    vetting_reference: None | str
    banned: bool
    banned_from: datetime.date | None
    banned_until: datetime.date | None
    ban_reason: None | str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    id_document_type: IdDocumentType | None
    id_document_number: None | str
    phone: None | str
    address: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        family_name = self.family_name

        given_names = self.given_names

        kind = self.kind.value

        inmate_id: None | str
        if isinstance(self.inmate_id, UUID):
            inmate_id = str(self.inmate_id)
        else:
            inmate_id = self.inmate_id

        relationship: None | str
        relationship = self.relationship

        organisation_name: None | str
        organisation_name = self.organisation_name

        facility_id: None | str
        if isinstance(self.facility_id, UUID):
            facility_id = str(self.facility_id)
        else:
            facility_id = self.facility_id

        vetting_status = self.vetting_status.value

        vetting_body: None | str
        vetting_body = self.vetting_body

        vetted_on: None | str
        if isinstance(self.vetted_on, datetime.date):
            vetted_on = self.vetted_on.isoformat()
        else:
            vetted_on = self.vetted_on

        vetting_expires_on: None | str
        if isinstance(self.vetting_expires_on, datetime.date):
            vetting_expires_on = self.vetting_expires_on.isoformat()
        else:
            vetting_expires_on = self.vetting_expires_on

        vetting_reference: None | str
        vetting_reference = self.vetting_reference

        banned = self.banned

        banned_from: None | str
        if isinstance(self.banned_from, datetime.date):
            banned_from = self.banned_from.isoformat()
        else:
            banned_from = self.banned_from

        banned_until: None | str
        if isinstance(self.banned_until, datetime.date):
            banned_until = self.banned_until.isoformat()
        else:
            banned_until = self.banned_until

        ban_reason: None | str
        ban_reason = self.ban_reason

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        id_document_type: None | str
        if isinstance(self.id_document_type, IdDocumentType):
            id_document_type = self.id_document_type.value
        else:
            id_document_type = self.id_document_type

        id_document_number: None | str
        id_document_number = self.id_document_number

        phone: None | str
        phone = self.phone

        address: None | str
        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "family_name": family_name,
                "given_names": given_names,
                "kind": kind,
                "inmate_id": inmate_id,
                "relationship": relationship,
                "organisation_name": organisation_name,
                "facility_id": facility_id,
                "vetting_status": vetting_status,
                "vetting_body": vetting_body,
                "vetted_on": vetted_on,
                "vetting_expires_on": vetting_expires_on,
                "vetting_reference": vetting_reference,
                "banned": banned,
                "banned_from": banned_from,
                "banned_until": banned_until,
                "ban_reason": ban_reason,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
                "id_document_type": id_document_type,
                "id_document_number": id_document_number,
                "phone": phone,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        family_name = d.pop("family_name")

        given_names = d.pop("given_names")

        kind = VisitorKind(d.pop("kind"))

        def _parse_inmate_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inmate_id_type_0 = UUID(data)

                return inmate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        inmate_id = _parse_inmate_id(d.pop("inmate_id"))

        def _parse_relationship(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        relationship = _parse_relationship(d.pop("relationship"))

        def _parse_organisation_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation_name = _parse_organisation_name(d.pop("organisation_name"))

        def _parse_facility_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                facility_id_type_0 = UUID(data)

                return facility_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        facility_id = _parse_facility_id(d.pop("facility_id"))

        vetting_status = VettingStatus(d.pop("vetting_status"))

        def _parse_vetting_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vetting_body = _parse_vetting_body(d.pop("vetting_body"))

        def _parse_vetted_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vetted_on_type_0 = datetime.date.fromisoformat(data)

                return vetted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        vetted_on = _parse_vetted_on(d.pop("vetted_on"))

        def _parse_vetting_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vetting_expires_on_type_0 = datetime.date.fromisoformat(data)

                return vetting_expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        vetting_expires_on = _parse_vetting_expires_on(d.pop("vetting_expires_on"))

        def _parse_vetting_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vetting_reference = _parse_vetting_reference(d.pop("vetting_reference"))

        banned = d.pop("banned")

        def _parse_banned_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                banned_from_type_0 = datetime.date.fromisoformat(data)

                return banned_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        banned_from = _parse_banned_from(d.pop("banned_from"))

        def _parse_banned_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                banned_until_type_0 = datetime.date.fromisoformat(data)

                return banned_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        banned_until = _parse_banned_until(d.pop("banned_until"))

        def _parse_ban_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ban_reason = _parse_ban_reason(d.pop("ban_reason"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_id_document_type(data: object) -> IdDocumentType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_document_type_type_0 = IdDocumentType(data)

                return id_document_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdDocumentType | None, data)

        id_document_type = _parse_id_document_type(d.pop("id_document_type"))

        def _parse_id_document_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id_document_number = _parse_id_document_number(d.pop("id_document_number"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        visitor_public = cls(
            id=id,
            family_name=family_name,
            given_names=given_names,
            kind=kind,
            inmate_id=inmate_id,
            relationship=relationship,
            organisation_name=organisation_name,
            facility_id=facility_id,
            vetting_status=vetting_status,
            vetting_body=vetting_body,
            vetted_on=vetted_on,
            vetting_expires_on=vetting_expires_on,
            vetting_reference=vetting_reference,
            banned=banned,
            banned_from=banned_from,
            banned_until=banned_until,
            ban_reason=ban_reason,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            id_document_type=id_document_type,
            id_document_number=id_document_number,
            phone=phone,
            address=address,
        )

        visitor_public.additional_properties = d
        return visitor_public

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
