from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EpisodePublic")


@_attrs_define
class EpisodePublic:
    """
    Attributes:
        id (UUID):
        number (int):
        facility_id (UUID): The facility of admission.
        admission_date (datetime.date):
        release_date (datetime.date | None):
        release_facility_id (None | UUID): Where the person was held when the episode ended, after any transfer.
    """

    id: UUID
    number: int
    facility_id: UUID
    admission_date: datetime.date
    release_date: datetime.date | None
    release_facility_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        facility_id = str(self.facility_id)

        admission_date = self.admission_date.isoformat()

        release_date: None | str
        if isinstance(self.release_date, datetime.date):
            release_date = self.release_date.isoformat()
        else:
            release_date = self.release_date

        release_facility_id: None | str
        if isinstance(self.release_facility_id, UUID):
            release_facility_id = str(self.release_facility_id)
        else:
            release_facility_id = self.release_facility_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "facility_id": facility_id,
                "admission_date": admission_date,
                "release_date": release_date,
                "release_facility_id": release_facility_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        number = d.pop("number")

        facility_id = UUID(d.pop("facility_id"))

        admission_date = datetime.date.fromisoformat(d.pop("admission_date"))

        def _parse_release_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_date_type_0 = datetime.date.fromisoformat(data)

                return release_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        release_date = _parse_release_date(d.pop("release_date"))

        def _parse_release_facility_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                release_facility_id_type_0 = UUID(data)

                return release_facility_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        release_facility_id = _parse_release_facility_id(d.pop("release_facility_id"))

        episode_public = cls(
            id=id,
            number=number,
            facility_id=facility_id,
            admission_date=admission_date,
            release_date=release_date,
            release_facility_id=release_facility_id,
        )

        episode_public.additional_properties = d
        return episode_public

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
