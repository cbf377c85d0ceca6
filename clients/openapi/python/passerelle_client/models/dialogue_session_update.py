from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialogueSessionUpdate")


@_attrs_define
class DialogueSessionUpdate:
    """Changes to a planned session; the rules are checked again on the new line-up.

    Attributes:
        facilitator_organisation_id (UUID | Unset):
        topic (str | Unset):
        starts_at (datetime.datetime | Unset):
        ends_at (datetime.datetime | Unset):
        inmate_ids (list[UUID] | Unset):
        leader_ids (list[UUID] | Unset):
        notes (None | str | Unset):
    """

    facilitator_organisation_id: UUID | Unset = UNSET
    topic: str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    inmate_ids: list[UUID] | Unset = UNSET
    leader_ids: list[UUID] | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        facilitator_organisation_id: str | Unset = UNSET
        if not isinstance(self.facilitator_organisation_id, Unset):
            facilitator_organisation_id = str(self.facilitator_organisation_id)

        topic = self.topic

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        inmate_ids: list[str] | Unset = UNSET
        if not isinstance(self.inmate_ids, Unset):
            inmate_ids = []
            for inmate_ids_item_data in self.inmate_ids:
                inmate_ids_item = str(inmate_ids_item_data)
                inmate_ids.append(inmate_ids_item)

        leader_ids: list[str] | Unset = UNSET
        if not isinstance(self.leader_ids, Unset):
            leader_ids = []
            for leader_ids_item_data in self.leader_ids:
                leader_ids_item = str(leader_ids_item_data)
                leader_ids.append(leader_ids_item)

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if facilitator_organisation_id is not UNSET:
            field_dict["facilitator_organisation_id"] = facilitator_organisation_id
        if topic is not UNSET:
            field_dict["topic"] = topic
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if inmate_ids is not UNSET:
            field_dict["inmate_ids"] = inmate_ids
        if leader_ids is not UNSET:
            field_dict["leader_ids"] = leader_ids
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _facilitator_organisation_id = d.pop("facilitator_organisation_id", UNSET)
        facilitator_organisation_id: UUID | Unset
        if isinstance(_facilitator_organisation_id, Unset):
            facilitator_organisation_id = UNSET
        else:
            facilitator_organisation_id = UUID(_facilitator_organisation_id)

        topic = d.pop("topic", UNSET)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        _inmate_ids = d.pop("inmate_ids", UNSET)
        inmate_ids: list[UUID] | Unset = UNSET
        if _inmate_ids is not UNSET:
            inmate_ids = []
            for inmate_ids_item_data in _inmate_ids:
                inmate_ids_item = UUID(inmate_ids_item_data)

                inmate_ids.append(inmate_ids_item)

        _leader_ids = d.pop("leader_ids", UNSET)
        leader_ids: list[UUID] | Unset = UNSET
        if _leader_ids is not UNSET:
            leader_ids = []
            for leader_ids_item_data in _leader_ids:
                leader_ids_item = UUID(leader_ids_item_data)

                leader_ids.append(leader_ids_item)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        dialogue_session_update = cls(
            facilitator_organisation_id=facilitator_organisation_id,
            topic=topic,
            starts_at=starts_at,
            ends_at=ends_at,
            inmate_ids=inmate_ids,
            leader_ids=leader_ids,
            notes=notes,
        )

        return dialogue_session_update
