from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DialogueSessionCreate")


@_attrs_define
class DialogueSessionCreate:
    """A community dialogue session in a facility.

    Attributes:
        facility_id (UUID):
        facilitator_organisation_id (UUID):
        topic (str):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        inmate_ids (list[UUID]):
        leader_ids (list[UUID]): Visitors of kind community_leader or religious_leader.
        id (None | Unset | UUID): Client-chosen id for records created offline.
        notes (None | str | Unset):
    """

    facility_id: UUID
    facilitator_organisation_id: UUID
    topic: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    inmate_ids: list[UUID]
    leader_ids: list[UUID]
    id: None | Unset | UUID = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        facility_id = str(self.facility_id)

        facilitator_organisation_id = str(self.facilitator_organisation_id)

        topic = self.topic

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        inmate_ids = []
        for inmate_ids_item_data in self.inmate_ids:
            inmate_ids_item = str(inmate_ids_item_data)
            inmate_ids.append(inmate_ids_item)

        leader_ids = []
        for leader_ids_item_data in self.leader_ids:
            leader_ids_item = str(leader_ids_item_data)
            leader_ids.append(leader_ids_item)

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "facility_id": facility_id,
                "facilitator_organisation_id": facilitator_organisation_id,
                "topic": topic,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "inmate_ids": inmate_ids,
                "leader_ids": leader_ids,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        facility_id = UUID(d.pop("facility_id"))

        facilitator_organisation_id = UUID(d.pop("facilitator_organisation_id"))

        topic = d.pop("topic")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        inmate_ids = []
        _inmate_ids = d.pop("inmate_ids")
        for inmate_ids_item_data in _inmate_ids:
            inmate_ids_item = UUID(inmate_ids_item_data)

            inmate_ids.append(inmate_ids_item)

        leader_ids = []
        _leader_ids = d.pop("leader_ids")
        for leader_ids_item_data in _leader_ids:
            leader_ids_item = UUID(leader_ids_item_data)

            leader_ids.append(leader_ids_item)

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

        dialogue_session_create = cls(
            facility_id=facility_id,
            facilitator_organisation_id=facilitator_organisation_id,
            topic=topic,
            starts_at=starts_at,
            ends_at=ends_at,
            inmate_ids=inmate_ids,
            leader_ids=leader_ids,
            id=id,
            notes=notes,
        )

        return dialogue_session_create
