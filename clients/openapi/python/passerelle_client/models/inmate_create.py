from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.education_level import EducationLevel
from ..models.sex import Sex
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge import Charge
    from ..models.family_contact import FamilyContact


T = TypeVar("T", bound="InmateCreate")


@_attrs_define
class InmateCreate:
    """
    Attributes:
        family_name (str):
        given_names (str):
        facility_id (UUID):
        prison_number (str): Numéro d'écrou, unique within the facility.
        sex (Sex):
        admission_date (datetime.date):
        aliases (list[str] | Unset):
        date_of_birth (datetime.date | None | Unset):
        birth_year (int | None | Unset):
        id (None | Unset | UUID): Client-chosen id for offline creation.
        nationality (None | str | Unset):
        region_of_origin (None | str | Unset):
        place_of_origin (None | str | Unset):
        languages (list[str] | Unset):
        education_level (EducationLevel | None | Unset):
        prior_occupation (None | str | Unset):
        family_contact (FamilyContact | None | Unset):
        charges (list[Charge] | Unset):
        case_reference (None | str | Unset):
    """

    family_name: str
    given_names: str
    facility_id: UUID
    prison_number: str
    sex: Sex
    admission_date: datetime.date
    aliases: list[str] | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    birth_year: int | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    nationality: None | str | Unset = UNSET
    region_of_origin: None | str | Unset = UNSET
    place_of_origin: None | str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    education_level: EducationLevel | None | Unset = UNSET
    prior_occupation: None | str | Unset = UNSET
    family_contact: FamilyContact | None | Unset = UNSET
    charges: list[Charge] | Unset = UNSET
    case_reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.family_contact import FamilyContact  # noqa: PLC0415

        family_name = self.family_name

        given_names = self.given_names

        facility_id = str(self.facility_id)

        prison_number = self.prison_number

        sex = self.sex.value

        admission_date = self.admission_date.isoformat()

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        birth_year: int | None | Unset
        if isinstance(self.birth_year, Unset):
            birth_year = UNSET
        else:
            birth_year = self.birth_year

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        region_of_origin: None | str | Unset
        if isinstance(self.region_of_origin, Unset):
            region_of_origin = UNSET
        else:
            region_of_origin = self.region_of_origin

        place_of_origin: None | str | Unset
        if isinstance(self.place_of_origin, Unset):
            place_of_origin = UNSET
        else:
            place_of_origin = self.place_of_origin

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        education_level: None | str | Unset
        if isinstance(self.education_level, Unset):
            education_level = UNSET
        elif isinstance(self.education_level, EducationLevel):
            education_level = self.education_level.value
        else:
            education_level = self.education_level

        prior_occupation: None | str | Unset
        if isinstance(self.prior_occupation, Unset):
            prior_occupation = UNSET
        else:
            prior_occupation = self.prior_occupation

        family_contact: dict[str, Any] | None | Unset
        if isinstance(self.family_contact, Unset):
            family_contact = UNSET
        elif isinstance(self.family_contact, FamilyContact):
            family_contact = self.family_contact.to_dict()
        else:
            family_contact = self.family_contact

        charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charges, Unset):
            charges = []
            for charges_item_data in self.charges:
                charges_item = charges_item_data.to_dict()
                charges.append(charges_item)

        case_reference: None | str | Unset
        if isinstance(self.case_reference, Unset):
            case_reference = UNSET
        else:
            case_reference = self.case_reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "family_name": family_name,
                "given_names": given_names,
                "facility_id": facility_id,
                "prison_number": prison_number,
                "sex": sex,
                "admission_date": admission_date,
            }
        )
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if birth_year is not UNSET:
            field_dict["birth_year"] = birth_year
        if id is not UNSET:
            field_dict["id"] = id
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if region_of_origin is not UNSET:
            field_dict["region_of_origin"] = region_of_origin
        if place_of_origin is not UNSET:
            field_dict["place_of_origin"] = place_of_origin
        if languages is not UNSET:
            field_dict["languages"] = languages
        if education_level is not UNSET:
            field_dict["education_level"] = education_level
        if prior_occupation is not UNSET:
            field_dict["prior_occupation"] = prior_occupation
        if family_contact is not UNSET:
            field_dict["family_contact"] = family_contact
        if charges is not UNSET:
            field_dict["charges"] = charges
        if case_reference is not UNSET:
            field_dict["case_reference"] = case_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge import Charge  # noqa: PLC0415
        from ..models.family_contact import FamilyContact  # noqa: PLC0415

        d = dict(src_dict)
        family_name = d.pop("family_name")

        given_names = d.pop("given_names")

        facility_id = UUID(d.pop("facility_id"))

        prison_number = d.pop("prison_number")

        sex = Sex(d.pop("sex"))

        admission_date = datetime.date.fromisoformat(d.pop("admission_date"))

        aliases = cast(list[str], d.pop("aliases", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("date_of_birth", UNSET))

        def _parse_birth_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birth_year = _parse_birth_year(d.pop("birth_year", UNSET))

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

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_region_of_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_of_origin = _parse_region_of_origin(d.pop("region_of_origin", UNSET))

        def _parse_place_of_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place_of_origin = _parse_place_of_origin(d.pop("place_of_origin", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_education_level(data: object) -> EducationLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                education_level_type_0 = EducationLevel(data)

                return education_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EducationLevel | None | Unset, data)

        education_level = _parse_education_level(d.pop("education_level", UNSET))

        def _parse_prior_occupation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prior_occupation = _parse_prior_occupation(d.pop("prior_occupation", UNSET))

        def _parse_family_contact(data: object) -> FamilyContact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                family_contact_type_0 = FamilyContact.from_dict(data)

                return family_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FamilyContact | None | Unset, data)

        family_contact = _parse_family_contact(d.pop("family_contact", UNSET))

        _charges = d.pop("charges", UNSET)
        charges: list[Charge] | Unset = UNSET
        if _charges is not UNSET:
            charges = []
            for charges_item_data in _charges:
                charges_item = Charge.from_dict(charges_item_data)

                charges.append(charges_item)

        def _parse_case_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        case_reference = _parse_case_reference(d.pop("case_reference", UNSET))

        inmate_create = cls(
            family_name=family_name,
            given_names=given_names,
            facility_id=facility_id,
            prison_number=prison_number,
            sex=sex,
            admission_date=admission_date,
            aliases=aliases,
            date_of_birth=date_of_birth,
            birth_year=birth_year,
            id=id,
            nationality=nationality,
            region_of_origin=region_of_origin,
            place_of_origin=place_of_origin,
            languages=languages,
            education_level=education_level,
            prior_occupation=prior_occupation,
            family_contact=family_contact,
            charges=charges,
            case_reference=case_reference,
        )

        return inmate_create
