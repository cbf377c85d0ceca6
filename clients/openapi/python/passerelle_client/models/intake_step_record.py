from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.intake_step_code import IntakeStepCode

if TYPE_CHECKING:
    from ..models.intake_step_record_answers import IntakeStepRecordAnswers


T = TypeVar("T", bound="IntakeStepRecord")


@_attrs_define
class IntakeStepRecord:
    """
    Attributes:
        id (UUID):
        step (IntakeStepCode):
        completed_by (str):
        completed_at (datetime.datetime):
        notes (None | str):
        answers (IntakeStepRecordAnswers):
        version (int):
        episode_id (UUID):
    """

    id: UUID
    step: IntakeStepCode
    completed_by: str
    completed_at: datetime.datetime
    notes: None | str
    answers: IntakeStepRecordAnswers
    version: int
    episode_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        step = self.step.value

        completed_by = self.completed_by

        completed_at = self.completed_at.isoformat()

        notes: None | str
        notes = self.notes

        answers = self.answers.to_dict()

        version = self.version

        episode_id = str(self.episode_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "step": step,
                "completed_by": completed_by,
                "completed_at": completed_at,
                "notes": notes,
                "answers": answers,
                "version": version,
                "episode_id": episode_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intake_step_record_answers import IntakeStepRecordAnswers  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        step = IntakeStepCode(d.pop("step"))

        completed_by = d.pop("completed_by")

        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        answers = IntakeStepRecordAnswers.from_dict(d.pop("answers"))

        version = d.pop("version")

        episode_id = UUID(d.pop("episode_id"))

        intake_step_record = cls(
            id=id,
            step=step,
            completed_by=completed_by,
            completed_at=completed_at,
            notes=notes,
            answers=answers,
            version=version,
            episode_id=episode_id,
        )

        intake_step_record.additional_properties = d
        return intake_step_record

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
