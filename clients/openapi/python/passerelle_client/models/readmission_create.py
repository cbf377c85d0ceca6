from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReadmissionCreate")


@_attrs_define
class ReadmissionCreate:
    """A released person who comes back: the same inmate, a new custody episode.

    Attributes:
        facility_id (UUID):
        prison_number (str): Numéro d'écrou, unique within the facility.
        admission_date (datetime.date):
    """

    facility_id: UUID
    prison_number: str
    admission_date: datetime.date

    def to_dict(self) -> dict[str, Any]:
        facility_id = str(self.facility_id)

        prison_number = self.prison_number

        admission_date = self.admission_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facility_id": facility_id,
                "prison_number": prison_number,
                "admission_date": admission_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        facility_id = UUID(d.pop("facility_id"))

        prison_number = d.pop("prison_number")

        admission_date = datetime.date.fromisoformat(d.pop("admission_date"))

        readmission_create = cls(
            facility_id=facility_id,
            prison_number=prison_number,
            admission_date=admission_date,
        )

        return readmission_create
