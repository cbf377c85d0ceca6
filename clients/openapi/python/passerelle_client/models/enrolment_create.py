from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrolmentCreate")


@_attrs_define
class EnrolmentCreate:
    """Enrol a participant, by id or by the caller's own external id.

    Attributes:
        participant_id (None | Unset | UUID):
        participant_external_id (None | str | Unset):
    """

    participant_id: None | Unset | UUID = UNSET
    participant_external_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        participant_id: None | str | Unset
        if isinstance(self.participant_id, Unset):
            participant_id = UNSET
        elif isinstance(self.participant_id, UUID):
            participant_id = str(self.participant_id)
        else:
            participant_id = self.participant_id

        participant_external_id: None | str | Unset
        if isinstance(self.participant_external_id, Unset):
            participant_external_id = UNSET
        else:
            participant_external_id = self.participant_external_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if participant_external_id is not UNSET:
            field_dict["participant_external_id"] = participant_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_participant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                participant_id_type_0 = UUID(data)

                return participant_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        participant_id = _parse_participant_id(d.pop("participant_id", UNSET))

        def _parse_participant_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        participant_external_id = _parse_participant_external_id(d.pop("participant_external_id", UNSET))

        enrolment_create = cls(
            participant_id=participant_id,
            participant_external_id=participant_external_id,
        )

        return enrolment_create
