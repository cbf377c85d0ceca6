from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WithoutContact")


@_attrs_define
class WithoutContact:
    """An inmate held without a visit or a dialogue session for longer than asked.

    Attributes:
        inmate_id (UUID):
        facility_id (UUID):
        prison_number (str):
        family_name (str):
        given_names (str):
        admission_date (datetime.date):
        last_visit_on (datetime.date | None): The last visit or dialogue session recorded (it may predate this custody);
            null if none.
        days_without_contact (int): Days since the last visit or dialogue session, or since admission.
    """

    inmate_id: UUID
    facility_id: UUID
    prison_number: str
    family_name: str
    given_names: str
    admission_date: datetime.date
    last_visit_on: datetime.date | None
    days_without_contact: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inmate_id = str(self.inmate_id)

        facility_id = str(self.facility_id)

        prison_number = self.prison_number

        family_name = self.family_name

        given_names = self.given_names

        admission_date = self.admission_date.isoformat()

        last_visit_on: None | str
        if isinstance(self.last_visit_on, datetime.date):
            last_visit_on = self.last_visit_on.isoformat()
        else:
            last_visit_on = self.last_visit_on

        days_without_contact = self.days_without_contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inmate_id": inmate_id,
                "facility_id": facility_id,
                "prison_number": prison_number,
                "family_name": family_name,
                "given_names": given_names,
                "admission_date": admission_date,
                "last_visit_on": last_visit_on,
                "days_without_contact": days_without_contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inmate_id = UUID(d.pop("inmate_id"))

        facility_id = UUID(d.pop("facility_id"))

        prison_number = d.pop("prison_number")

        family_name = d.pop("family_name")

        given_names = d.pop("given_names")

        admission_date = datetime.date.fromisoformat(d.pop("admission_date"))

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

        days_without_contact = d.pop("days_without_contact")

        without_contact = cls(
            inmate_id=inmate_id,
            facility_id=facility_id,
            prison_number=prison_number,
            family_name=family_name,
            given_names=given_names,
            admission_date=admission_date,
            last_visit_on=last_visit_on,
            days_without_contact=days_without_contact,
        )

        without_contact.additional_properties = d
        return without_contact

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
