from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intake_step_code import IntakeStepCode

if TYPE_CHECKING:
    from ..models.intake_step_public import IntakeStepPublic


T = TypeVar("T", bound="IntakePublic")


@_attrs_define
class IntakePublic:
    """
    Attributes:
        inmate_id (UUID):
        episode_id (UUID):
        admission_date (datetime.date):
        steps (list[IntakeStepPublic]):
        missing (list[IntakeStepCode]):
        complete (bool):
    """

    inmate_id: UUID
    episode_id: UUID
    admission_date: datetime.date
    steps: list[IntakeStepPublic]
    missing: list[IntakeStepCode]
    complete: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inmate_id = str(self.inmate_id)

        episode_id = str(self.episode_id)

        admission_date = self.admission_date.isoformat()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.value
            missing.append(missing_item)

        complete = self.complete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inmate_id": inmate_id,
                "episode_id": episode_id,
                "admission_date": admission_date,
                "steps": steps,
                "missing": missing,
                "complete": complete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intake_step_public import IntakeStepPublic  # noqa: PLC0415

        d = dict(src_dict)
        inmate_id = UUID(d.pop("inmate_id"))

        episode_id = UUID(d.pop("episode_id"))

        admission_date = datetime.date.fromisoformat(d.pop("admission_date"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = IntakeStepPublic.from_dict(steps_item_data)

            steps.append(steps_item)

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in _missing:
            missing_item = IntakeStepCode(missing_item_data)

            missing.append(missing_item)

        complete = d.pop("complete")

        intake_public = cls(
            inmate_id=inmate_id,
            episode_id=episode_id,
            admission_date=admission_date,
            steps=steps,
            missing=missing,
            complete=complete,
        )

        intake_public.additional_properties = d
        return intake_public

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
