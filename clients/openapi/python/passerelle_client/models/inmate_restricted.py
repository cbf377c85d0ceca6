from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.education_level import EducationLevel
from ..models.legal_status import LegalStatus
from ..models.sex import Sex

T = TypeVar("T", bound="InmateRestricted")


@_attrs_define
class InmateRestricted:
    """What programme staff see: identity, languages, legal status — no charges, no case
    reference, no family contact.

        Attributes:
            id (UUID):
            facility_id (UUID):
            prison_number (str):
            family_name (str):
            given_names (str):
            aliases (list[str]):
            sex (Sex):
            date_of_birth (datetime.date | None):
            birth_year (int | None):
            nationality (None | str):
            region_of_origin (None | str):
            place_of_origin (None | str):
            languages (list[str]):
            education_level (EducationLevel | None):
            prior_occupation (None | str):
            admission_date (datetime.date):
            legal_status (LegalStatus):
            housing_unit (None | str): Current placement: unit.
            housing_cell (None | str): Current placement: cell.
            current_episode_id (None | UUID):
            security_level (None | str): Level of the classification in force; eligibility needs it.
            last_visit_on (datetime.date | None): The last day of a visit or a dialogue session; null if none.
            version (int):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
    """

    id: UUID
    facility_id: UUID
    prison_number: str
    family_name: str
    given_names: str
    aliases: list[str]
    sex: Sex
    date_of_birth: datetime.date | None
    birth_year: int | None
    nationality: None | str
    region_of_origin: None | str
    place_of_origin: None | str
    languages: list[str]
    education_level: EducationLevel | None
    prior_occupation: None | str
    admission_date: datetime.date
    legal_status: LegalStatus
    housing_unit: None | str
    housing_cell: None | str
    current_episode_id: None | UUID
    security_level: None | str
    last_visit_on: datetime.date | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        facility_id = str(self.facility_id)

        prison_number = self.prison_number

        family_name = self.family_name

        given_names = self.given_names

        aliases = self.aliases

        sex = self.sex.value

        date_of_birth: None | str
        if isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        birth_year: int | None
        birth_year = self.birth_year

        nationality: None | str
        nationality = self.nationality

        region_of_origin: None | str
        region_of_origin = self.region_of_origin

        place_of_origin: None | str
        place_of_origin = self.place_of_origin

        languages = self.languages

        education_level: None | str
        if isinstance(self.education_level, EducationLevel):
            education_level = self.education_level.value
        else:
            education_level = self.education_level

        prior_occupation: None | str
        prior_occupation = self.prior_occupation

        admission_date = self.admission_date.isoformat()

        legal_status = self.legal_status.value

        housing_unit: None | str
        housing_unit = self.housing_unit

        housing_cell: None | str
        housing_cell = self.housing_cell

        current_episode_id: None | str
        if isinstance(self.current_episode_id, UUID):
            current_episode_id = str(self.current_episode_id)
        else:
            current_episode_id = self.current_episode_id

        security_level: None | str
        security_level = self.security_level

        last_visit_on: None | str
        if isinstance(self.last_visit_on, datetime.date):
            last_visit_on = self.last_visit_on.isoformat()
        else:
            last_visit_on = self.last_visit_on

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "facility_id": facility_id,
                "prison_number": prison_number,
                "family_name": family_name,
                "given_names": given_names,
                "aliases": aliases,
                "sex": sex,
                "date_of_birth": date_of_birth,
                "birth_year": birth_year,
                "nationality": nationality,
                "region_of_origin": region_of_origin,
                "place_of_origin": place_of_origin,
                "languages": languages,
                "education_level": education_level,
                "prior_occupation": prior_occupation,
                "admission_date": admission_date,
                "legal_status": legal_status,
                "housing_unit": housing_unit,
                "housing_cell": housing_cell,
                "current_episode_id": current_episode_id,
                "security_level": security_level,
                "last_visit_on": last_visit_on,
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

        facility_id = UUID(d.pop("facility_id"))

        prison_number = d.pop("prison_number")

        family_name = d.pop("family_name")

        given_names = d.pop("given_names")

        aliases = cast(list[str], d.pop("aliases"))

        sex = Sex(d.pop("sex"))

        def _parse_date_of_birth(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth"))

        def _parse_birth_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        birth_year = _parse_birth_year(d.pop("birth_year"))

        def _parse_nationality(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nationality = _parse_nationality(d.pop("nationality"))

        def _parse_region_of_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region_of_origin = _parse_region_of_origin(d.pop("region_of_origin"))

        def _parse_place_of_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place_of_origin = _parse_place_of_origin(d.pop("place_of_origin"))

        languages = cast(list[str], d.pop("languages"))

        def _parse_education_level(data: object) -> EducationLevel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                education_level_type_0 = EducationLevel(data)

                return education_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EducationLevel | None, data)

        education_level = _parse_education_level(d.pop("education_level"))

        def _parse_prior_occupation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prior_occupation = _parse_prior_occupation(d.pop("prior_occupation"))

        admission_date = datetime.date.fromisoformat(d.pop("admission_date"))

        legal_status = LegalStatus(d.pop("legal_status"))

        def _parse_housing_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        housing_unit = _parse_housing_unit(d.pop("housing_unit"))

        def _parse_housing_cell(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        housing_cell = _parse_housing_cell(d.pop("housing_cell"))

        def _parse_current_episode_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_episode_id_type_0 = UUID(data)

                return current_episode_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        current_episode_id = _parse_current_episode_id(d.pop("current_episode_id"))

        def _parse_security_level(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        security_level = _parse_security_level(d.pop("security_level"))

        def _parse_last_visit_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_visit_on_type_0 = datetime.date.fromisoformat(data)

                return last_visit_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_visit_on = _parse_last_visit_on(d.pop("last_visit_on"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        inmate_restricted = cls(
            id=id,
            facility_id=facility_id,
            prison_number=prison_number,
            family_name=family_name,
            given_names=given_names,
            aliases=aliases,
            sex=sex,
            date_of_birth=date_of_birth,
            birth_year=birth_year,
            nationality=nationality,
            region_of_origin=region_of_origin,
            place_of_origin=place_of_origin,
            languages=languages,
            education_level=education_level,
            prior_occupation=prior_occupation,
            admission_date=admission_date,
            legal_status=legal_status,
            housing_unit=housing_unit,
            housing_cell=housing_cell,
            current_episode_id=current_episode_id,
            security_level=security_level,
            last_visit_on=last_visit_on,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        inmate_restricted.additional_properties = d
        return inmate_restricted

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
