from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.id_document_type import IdDocumentType
from ..models.visitor_kind import VisitorKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitorCreate")


@_attrs_define
class VisitorCreate:
    """A person registered to visit. A family member names the inmate they are related to.
    A religious leader starts with vetting `pending`; other kinds `not_required`.

        Attributes:
            family_name (str):
            given_names (str):
            kind (VisitorKind):
            id (None | Unset | UUID): Client-chosen id for records created offline.
            inmate_id (None | Unset | UUID): Family only: the inmate the visitor is related to.
            relationship (None | str | Unset): Family only: e.g. mother, brother, spouse.
            organisation_name (None | str | Unset): For lawyers, NGO and consular staff, leaders' institution.
            facility_id (None | Unset | UUID): The prison registering the visitor: one of yours (by default the one you work
                in, if only one).
            id_document_type (IdDocumentType | None | Unset):
            id_document_number (None | str | Unset):
            phone (None | str | Unset):
            address (None | str | Unset):
    """

    family_name: str
    given_names: str
    kind: VisitorKind
    id: None | Unset | UUID = UNSET
    inmate_id: None | Unset | UUID = UNSET
    relationship: None | str | Unset = UNSET
    organisation_name: None | str | Unset = UNSET
    facility_id: None | Unset | UUID = UNSET
    id_document_type: IdDocumentType | None | Unset = UNSET
    id_document_number: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    address: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        family_name = self.family_name

        given_names = self.given_names

        kind = self.kind.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        inmate_id: None | str | Unset
        if isinstance(self.inmate_id, Unset):
            inmate_id = UNSET
        elif isinstance(self.inmate_id, UUID):
            inmate_id = str(self.inmate_id)
        else:
            inmate_id = self.inmate_id

        relationship: None | str | Unset
        if isinstance(self.relationship, Unset):
            relationship = UNSET
        else:
            relationship = self.relationship

        organisation_name: None | str | Unset
        if isinstance(self.organisation_name, Unset):
            organisation_name = UNSET
        else:
            organisation_name = self.organisation_name

        facility_id: None | str | Unset
        if isinstance(self.facility_id, Unset):
            facility_id = UNSET
        elif isinstance(self.facility_id, UUID):
            facility_id = str(self.facility_id)
        else:
            facility_id = self.facility_id

        id_document_type: None | str | Unset
        if isinstance(self.id_document_type, Unset):
            id_document_type = UNSET
        elif isinstance(self.id_document_type, IdDocumentType):
            id_document_type = self.id_document_type.value
        else:
            id_document_type = self.id_document_type

        id_document_number: None | str | Unset
        if isinstance(self.id_document_number, Unset):
            id_document_number = UNSET
        else:
            id_document_number = self.id_document_number

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "family_name": family_name,
                "given_names": given_names,
                "kind": kind,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if inmate_id is not UNSET:
            field_dict["inmate_id"] = inmate_id
        if relationship is not UNSET:
            field_dict["relationship"] = relationship
        if organisation_name is not UNSET:
            field_dict["organisation_name"] = organisation_name
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if id_document_type is not UNSET:
            field_dict["id_document_type"] = id_document_type
        if id_document_number is not UNSET:
            field_dict["id_document_number"] = id_document_number
        if phone is not UNSET:
            field_dict["phone"] = phone
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        family_name = d.pop("family_name")

        given_names = d.pop("given_names")

        kind = VisitorKind(d.pop("kind"))

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

        def _parse_inmate_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inmate_id_type_0 = UUID(data)

                return inmate_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        inmate_id = _parse_inmate_id(d.pop("inmate_id", UNSET))

        def _parse_relationship(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relationship = _parse_relationship(d.pop("relationship", UNSET))

        def _parse_organisation_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation_name = _parse_organisation_name(d.pop("organisation_name", UNSET))

        def _parse_facility_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                facility_id_type_0 = UUID(data)

                return facility_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        facility_id = _parse_facility_id(d.pop("facility_id", UNSET))

        def _parse_id_document_type(data: object) -> IdDocumentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_document_type_type_0 = IdDocumentType(data)

                return id_document_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdDocumentType | None | Unset, data)

        id_document_type = _parse_id_document_type(d.pop("id_document_type", UNSET))

        def _parse_id_document_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_document_number = _parse_id_document_number(d.pop("id_document_number", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        visitor_create = cls(
            family_name=family_name,
            given_names=given_names,
            kind=kind,
            id=id,
            inmate_id=inmate_id,
            relationship=relationship,
            organisation_name=organisation_name,
            facility_id=facility_id,
            id_document_type=id_document_type,
            id_document_number=id_document_number,
            phone=phone,
            address=address,
        )

        return visitor_create
