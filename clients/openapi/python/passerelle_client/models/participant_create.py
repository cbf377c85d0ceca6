from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.participant_category import ParticipantCategory
from ..models.sex import Sex
from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantCreate")


@_attrs_define
class ParticipantCreate:
    """
    Attributes:
        full_name (str):
        category (ParticipantCategory):
        id (None | Unset | UUID): Client-chosen id for records created offline.
        institution (None | str | Unset): Organisation or institution.
        external_id (None | str | Unset):
        facility_id (None | Unset | UUID): The prison the person works in, for prison staff.
        user_id (None | Unset | UUID): The staff user this person is (staff only); an accrediting training they complete
            certifies that user.
        sex (None | Sex | Unset):
        languages (list[str] | Unset):
        contact (None | str | Unset):
    """

    full_name: str
    category: ParticipantCategory
    id: None | Unset | UUID = UNSET
    institution: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    facility_id: None | Unset | UUID = UNSET
    user_id: None | Unset | UUID = UNSET
    sex: None | Sex | Unset = UNSET
    languages: list[str] | Unset = UNSET
    contact: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        category = self.category.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        institution: None | str | Unset
        if isinstance(self.institution, Unset):
            institution = UNSET
        else:
            institution = self.institution

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        facility_id: None | str | Unset
        if isinstance(self.facility_id, Unset):
            facility_id = UNSET
        elif isinstance(self.facility_id, UUID):
            facility_id = str(self.facility_id)
        else:
            facility_id = self.facility_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "category": category,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if institution is not UNSET:
            field_dict["institution"] = institution
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if sex is not UNSET:
            field_dict["sex"] = sex
        if languages is not UNSET:
            field_dict["languages"] = languages
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        category = ParticipantCategory(d.pop("category"))

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

        def _parse_institution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        institution = _parse_institution(d.pop("institution", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

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

        def _parse_user_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_sex(data: object) -> None | Sex | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = Sex(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        participant_create = cls(
            full_name=full_name,
            category=category,
            id=id,
            institution=institution,
            external_id=external_id,
            facility_id=facility_id,
            user_id=user_id,
            sex=sex,
            languages=languages,
            contact=contact,
        )

        return participant_create
