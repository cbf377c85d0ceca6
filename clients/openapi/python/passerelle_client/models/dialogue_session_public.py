from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialogue_status import DialogueStatus

if TYPE_CHECKING:
    from ..models.visitor_summary import VisitorSummary


T = TypeVar("T", bound="DialogueSessionPublic")


@_attrs_define
class DialogueSessionPublic:
    """
    Attributes:
        id (UUID):
        facility_id (UUID):
        facilitator_organisation_id (UUID):
        topic (str):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        status (DialogueStatus):
        inmate_ids (list[UUID]):
        leaders (list[VisitorSummary]):
        notes (None | str):
        outcome_notes (None | str):
        reason (None | str): Of a cancellation.
        organised_by (str):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    facility_id: UUID
    facilitator_organisation_id: UUID
    topic: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    status: DialogueStatus
    inmate_ids: list[UUID]
    leaders: list[VisitorSummary]
    notes: None | str
    outcome_notes: None | str
    reason: None | str
    organised_by: str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        facility_id = str(self.facility_id)

        facilitator_organisation_id = str(self.facilitator_organisation_id)

        topic = self.topic

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        status = self.status.value

        inmate_ids = []
        for inmate_ids_item_data in self.inmate_ids:
            inmate_ids_item = str(inmate_ids_item_data)
            inmate_ids.append(inmate_ids_item)

        leaders = []
        for leaders_item_data in self.leaders:
            leaders_item = leaders_item_data.to_dict()
            leaders.append(leaders_item)

        notes: None | str
        notes = self.notes

        outcome_notes: None | str
        outcome_notes = self.outcome_notes

        reason: None | str
        reason = self.reason

        organised_by = self.organised_by

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "facility_id": facility_id,
                "facilitator_organisation_id": facilitator_organisation_id,
                "topic": topic,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "status": status,
                "inmate_ids": inmate_ids,
                "leaders": leaders,
                "notes": notes,
                "outcome_notes": outcome_notes,
                "reason": reason,
                "organised_by": organised_by,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.visitor_summary import VisitorSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        facility_id = UUID(d.pop("facility_id"))

        facilitator_organisation_id = UUID(d.pop("facilitator_organisation_id"))

        topic = d.pop("topic")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        status = DialogueStatus(d.pop("status"))

        inmate_ids = []
        _inmate_ids = d.pop("inmate_ids")
        for inmate_ids_item_data in _inmate_ids:
            inmate_ids_item = UUID(inmate_ids_item_data)

            inmate_ids.append(inmate_ids_item)

        leaders = []
        _leaders = d.pop("leaders")
        for leaders_item_data in _leaders:
            leaders_item = VisitorSummary.from_dict(leaders_item_data)

            leaders.append(leaders_item)

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_outcome_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome_notes = _parse_outcome_notes(d.pop("outcome_notes"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        organised_by = d.pop("organised_by")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        dialogue_session_public = cls(
            id=id,
            facility_id=facility_id,
            facilitator_organisation_id=facilitator_organisation_id,
            topic=topic,
            starts_at=starts_at,
            ends_at=ends_at,
            status=status,
            inmate_ids=inmate_ids,
            leaders=leaders,
            notes=notes,
            outcome_notes=outcome_notes,
            reason=reason,
            organised_by=organised_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        dialogue_session_public.additional_properties = d
        return dialogue_session_public

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
