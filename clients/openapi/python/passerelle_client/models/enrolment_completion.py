from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrolmentCompletion")


@_attrs_define
class EnrolmentCompletion:
    """The trainer's assessment of the skills learnt, recorded at completion.

    Attributes:
        final_assessment (None | str | Unset):
    """

    final_assessment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        final_assessment: None | str | Unset
        if isinstance(self.final_assessment, Unset):
            final_assessment = UNSET
        else:
            final_assessment = self.final_assessment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if final_assessment is not UNSET:
            field_dict["final_assessment"] = final_assessment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_final_assessment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_assessment = _parse_final_assessment(d.pop("final_assessment", UNSET))

        enrolment_completion = cls(
            final_assessment=final_assessment,
        )

        return enrolment_completion
