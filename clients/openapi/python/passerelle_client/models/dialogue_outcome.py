from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DialogueOutcome")


@_attrs_define
class DialogueOutcome:
    """The session took place: what came of it.

    Attributes:
        outcome_notes (str):
    """

    outcome_notes: str

    def to_dict(self) -> dict[str, Any]:
        outcome_notes = self.outcome_notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome_notes": outcome_notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome_notes = d.pop("outcome_notes")

        dialogue_outcome = cls(
            outcome_notes=outcome_notes,
        )

        return dialogue_outcome
