from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.intake_step_write_answers import IntakeStepWriteAnswers


T = TypeVar("T", bound="IntakeStepWrite")


@_attrs_define
class IntakeStepWrite:
    """
    Attributes:
        completed_at (datetime.datetime):
        id (None | Unset | UUID): Client-chosen id (offline tablets).
        notes (None | str | Unset):
        answers (IntakeStepWriteAnswers | Unset): Structured answers of the step, e.g. `interpreter_required`,
            `languages_needed`, `family_informed`.
    """

    completed_at: datetime.datetime
    id: None | Unset | UUID = UNSET
    notes: None | str | Unset = UNSET
    answers: IntakeStepWriteAnswers | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        completed_at = self.completed_at.isoformat()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.answers, Unset):
            answers = self.answers.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completed_at": completed_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if notes is not UNSET:
            field_dict["notes"] = notes
        if answers is not UNSET:
            field_dict["answers"] = answers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.intake_step_write_answers import IntakeStepWriteAnswers  # noqa: PLC0415

        d = dict(src_dict)
        completed_at = datetime.datetime.fromisoformat(d.pop("completed_at"))

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        _answers = d.pop("answers", UNSET)
        answers: IntakeStepWriteAnswers | Unset
        if isinstance(_answers, Unset):
            answers = UNSET
        else:
            answers = IntakeStepWriteAnswers.from_dict(_answers)

        intake_step_write = cls(
            completed_at=completed_at,
            id=id,
            notes=notes,
            answers=answers,
        )

        return intake_step_write
