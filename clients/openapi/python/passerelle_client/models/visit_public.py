from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visit_status import VisitStatus
from ..models.visit_type import VisitType

if TYPE_CHECKING:
    from ..models.visitor_summary import VisitorSummary


T = TypeVar("T", bound="VisitPublic")


@_attrs_define
class VisitPublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        facility_id (UUID):
        type_ (VisitType):
        status (VisitStatus):
        visitors (list[VisitorSummary]):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        purpose (None | str):
        requested_by (str):
        decided_by (None | str):
        decided_at (datetime.datetime | None):
        reason (None | str): Of a denial, an approval or a cancellation.
        started_at (datetime.datetime | None):
        ended_at (datetime.datetime | None):
        log_notes (None | str):
        logged_by (None | str):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    inmate_id: UUID
    facility_id: UUID
    type_: VisitType
    status: VisitStatus
    visitors: list[VisitorSummary]
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    purpose: None | str
    requested_by: str
    decided_by: None | str
    decided_at: datetime.datetime | None
    reason: None | str
    started_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    log_notes: None | str
    logged_by: None | str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        facility_id = str(self.facility_id)

        type_ = self.type_.value

        status = self.status.value

        visitors = []
        for visitors_item_data in self.visitors:
            visitors_item = visitors_item_data.to_dict()
            visitors.append(visitors_item)

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        purpose: None | str
        purpose = self.purpose

        requested_by = self.requested_by

        decided_by: None | str
        decided_by = self.decided_by

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        reason: None | str
        reason = self.reason

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        log_notes: None | str
        log_notes = self.log_notes

        logged_by: None | str
        logged_by = self.logged_by

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "facility_id": facility_id,
                "type": type_,
                "status": status,
                "visitors": visitors,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "purpose": purpose,
                "requested_by": requested_by,
                "decided_by": decided_by,
                "decided_at": decided_at,
                "reason": reason,
                "started_at": started_at,
                "ended_at": ended_at,
                "log_notes": log_notes,
                "logged_by": logged_by,
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

        inmate_id = UUID(d.pop("inmate_id"))

        facility_id = UUID(d.pop("facility_id"))

        type_ = VisitType(d.pop("type"))

        status = VisitStatus(d.pop("status"))

        visitors = []
        _visitors = d.pop("visitors")
        for visitors_item_data in _visitors:
            visitors_item = VisitorSummary.from_dict(visitors_item_data)

            visitors.append(visitors_item)

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_purpose(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        requested_by = d.pop("requested_by")

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("ended_at"))

        def _parse_log_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        log_notes = _parse_log_notes(d.pop("log_notes"))

        def _parse_logged_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logged_by = _parse_logged_by(d.pop("logged_by"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        visit_public = cls(
            id=id,
            inmate_id=inmate_id,
            facility_id=facility_id,
            type_=type_,
            status=status,
            visitors=visitors,
            starts_at=starts_at,
            ends_at=ends_at,
            purpose=purpose,
            requested_by=requested_by,
            decided_by=decided_by,
            decided_at=decided_at,
            reason=reason,
            started_at=started_at,
            ended_at=ended_at,
            log_notes=log_notes,
            logged_by=logged_by,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        visit_public.additional_properties = d
        return visit_public

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
