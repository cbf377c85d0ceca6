from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.id_document_type import IdDocumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisitorUpdate")


@_attrs_define
class VisitorUpdate:
    """Fields to change; absent fields stay as they are. Vetting and bans have their own
    routes.

        Attributes:
            family_name (str | Unset):
            given_names (str | Unset):
            relationship (str | Unset):
            organisation_name (None | str | Unset):
            id_document_type (IdDocumentType | None | Unset):
            id_document_number (None | str | Unset):
            phone (None | str | Unset):
            address (None | str | Unset):
    """

    family_name: str | Unset = UNSET
    given_names: str | Unset = UNSET
    relationship: str | Unset = UNSET
    organisation_name: None | str | Unset = UNSET
    id_document_type: IdDocumentType | None | Unset = UNSET
    id_document_number: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    address: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        family_name = self.family_name

        given_names = self.given_names

        relationship = self.relationship

        organisation_name: None | str | Unset
        if isinstance(self.organisation_name, Unset):
            organisation_name = UNSET
        else:
            organisation_name = self.organisation_name

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

        field_dict.update({})
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if given_names is not UNSET:
            field_dict["given_names"] = given_names
        if relationship is not UNSET:
            field_dict["relationship"] = relationship
        if organisation_name is not UNSET:
            field_dict["organisation_name"] = organisation_name
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
        family_name = d.pop("family_name", UNSET)

        given_names = d.pop("given_names", UNSET)

        relationship = d.pop("relationship", UNSET)

        def _parse_organisation_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation_name = _parse_organisation_name(d.pop("organisation_name", UNSET))

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

        visitor_update = cls(
            family_name=family_name,
            given_names=given_names,
            relationship=relationship,
            organisation_name=organisation_name,
            id_document_type=id_document_type,
            id_document_number=id_document_number,
            phone=phone,
            address=address,
        )

        return visitor_update
