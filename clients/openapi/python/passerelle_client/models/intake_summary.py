from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intake_step_code import IntakeStepCode

T = TypeVar("T", bound="IntakeSummary")


@_attrs_define
class IntakeSummary:
    """
    Attributes:
        inmate_id (UUID):
        facility_id (UUID):
        prison_number (str):
        admission_date (datetime.date):
        done (int):
        missing (list[IntakeStepCode]):
    """

    inmate_id: UUID
    facility_id: UUID
    prison_number: str
    admission_date: datetime.date
    done: int
    missing: list[IntakeStepCode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inmate_id = str(self.inmate_id)

        facility_id = str(self.facility_id)

        prison_number = self.prison_number

        admission_date = self.admission_date.isoformat()

        done = self.done

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.value
            missing.append(missing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inmate_id": inmate_id,
                "facility_id": facility_id,
                "prison_number": prison_number,
                "admission_date": admission_date,
                "done": done,
                "missing": missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inmate_id = UUID(d.pop("inmate_id"))

        facility_id = UUID(d.pop("facility_id"))

        prison_number = d.pop("prison_number")

        admission_date = datetime.date.fromisoformat(d.pop("admission_date"))

        done = d.pop("done")

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = IntakeStepCode(missing_item_data)

            missing.append(missing_item)

        intake_summary = cls(
            inmate_id=inmate_id,
            facility_id=facility_id,
            prison_number=prison_number,
            admission_date=admission_date,
            done=done,
            missing=missing,
        )

        intake_summary.additional_properties = d
        return intake_summary

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
