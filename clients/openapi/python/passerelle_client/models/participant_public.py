from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.participant_category import ParticipantCategory
from ..models.sex import Sex

T = TypeVar("T", bound="ParticipantPublic")


@_attrs_define
class ParticipantPublic:
    """A participant as those who manage the record see it.

    Attributes:
        id (UUID):
        full_name (str):
        category (ParticipantCategory):
        institution (None | str):
        organisation_id (None | UUID): The partner that registered the person; null for the administration.
        external_id (None | str):
        facility_id (None | UUID):
        sex (None | Sex):
        languages (list[str]):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        user_id (None | UUID):
        contact (None | str):
    """

    id: UUID
    full_name: str
    category: ParticipantCategory
    institution: None | str
    organisation_id: None | UUID
    external_id: None | str
    facility_id: None | UUID
    sex: None | Sex
    languages: list[str]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user_id: None | UUID
    contact: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        full_name = self.full_name

        category = self.category.value

        institution: None | str
        institution = self.institution

        organisation_id: None | str
        if isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        external_id: None | str
        external_id = self.external_id

        facility_id: None | str
        if isinstance(self.facility_id, UUID):
            facility_id = str(self.facility_id)
        else:
            facility_id = self.facility_id

        sex: None | str
        if isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex

        languages = self.languages

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        contact: None | str
        contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "full_name": full_name,
                "category": category,
                "institution": institution,
                "organisation_id": organisation_id,
                "external_id": external_id,
                "facility_id": facility_id,
                "sex": sex,
                "languages": languages,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
                "user_id": user_id,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        full_name = d.pop("full_name")

        category = ParticipantCategory(d.pop("category"))

        def _parse_institution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        institution = _parse_institution(d.pop("institution"))

        def _parse_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

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

        def _parse_sex(data: object) -> None | Sex:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = Sex(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex, data)

        sex = _parse_sex(d.pop("sex"))

        languages = cast(list[str], d.pop("languages"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact = _parse_contact(d.pop("contact"))

        participant_public = cls(
            id=id,
            full_name=full_name,
            category=category,
            institution=institution,
            organisation_id=organisation_id,
            external_id=external_id,
            facility_id=facility_id,
            sex=sex,
            languages=languages,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            user_id=user_id,
            contact=contact,
        )

        participant_public.additional_properties = d
        return participant_public

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
