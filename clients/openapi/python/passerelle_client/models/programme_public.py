from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_status import LegalStatus
from ..models.programme_status import ProgrammeStatus
from ..models.security_level import SecurityLevel
from ..models.skill_level import SkillLevel
from ..models.trade import Trade

T = TypeVar("T", bound="ProgrammePublic")


@_attrs_define
class ProgrammePublic:
    """
    Attributes:
        id (UUID):
        title (str):
        trade (Trade):
        provider_organisation_id (UUID):
        external_id (None | str):
        facility_id (UUID):
        capacity (int):
        start_date (datetime.date):
        end_date (datetime.date):
        sessions_per_week (int):
        hours_per_session (float):
        status (ProgrammeStatus):
        allowed_security_levels (list[SecurityLevel]):
        allowed_legal_statuses (list[LegalStatus]):
        minimum_literacy (None | SkillLevel):
        max_per_cell_block (int | None):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    trade: Trade
    provider_organisation_id: UUID
    external_id: None | str
    facility_id: UUID
    capacity: int
    start_date: datetime.date
    end_date: datetime.date
    sessions_per_week: int
    hours_per_session: float
    status: ProgrammeStatus
    allowed_security_levels: list[SecurityLevel]
    allowed_legal_statuses: list[LegalStatus]
    minimum_literacy: None | SkillLevel
    max_per_cell_block: int | None
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        trade = self.trade.value

        provider_organisation_id = str(self.provider_organisation_id)

        external_id: None | str
        external_id = self.external_id

        facility_id = str(self.facility_id)

        capacity = self.capacity

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        sessions_per_week = self.sessions_per_week

        hours_per_session = self.hours_per_session

        status = self.status.value

        allowed_security_levels = []
        for allowed_security_levels_item_data in self.allowed_security_levels:
            allowed_security_levels_item = allowed_security_levels_item_data.value
            allowed_security_levels.append(allowed_security_levels_item)

        allowed_legal_statuses = []
        for allowed_legal_statuses_item_data in self.allowed_legal_statuses:
            allowed_legal_statuses_item = allowed_legal_statuses_item_data.value
            allowed_legal_statuses.append(allowed_legal_statuses_item)

        minimum_literacy: None | str
        if isinstance(self.minimum_literacy, SkillLevel):
            minimum_literacy = self.minimum_literacy.value
        else:
            minimum_literacy = self.minimum_literacy

        max_per_cell_block: int | None
        max_per_cell_block = self.max_per_cell_block

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "trade": trade,
                "provider_organisation_id": provider_organisation_id,
                "external_id": external_id,
                "facility_id": facility_id,
                "capacity": capacity,
                "start_date": start_date,
                "end_date": end_date,
                "sessions_per_week": sessions_per_week,
                "hours_per_session": hours_per_session,
                "status": status,
                "allowed_security_levels": allowed_security_levels,
                "allowed_legal_statuses": allowed_legal_statuses,
                "minimum_literacy": minimum_literacy,
                "max_per_cell_block": max_per_cell_block,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        trade = Trade(d.pop("trade"))

        provider_organisation_id = UUID(d.pop("provider_organisation_id"))

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        facility_id = UUID(d.pop("facility_id"))

        capacity = d.pop("capacity")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        sessions_per_week = d.pop("sessions_per_week")

        hours_per_session = d.pop("hours_per_session")

        status = ProgrammeStatus(d.pop("status"))

        allowed_security_levels = []
        _allowed_security_levels = d.pop("allowed_security_levels")
        for allowed_security_levels_item_data in _allowed_security_levels:
            allowed_security_levels_item = SecurityLevel(allowed_security_levels_item_data)

            allowed_security_levels.append(allowed_security_levels_item)

        allowed_legal_statuses = []
        _allowed_legal_statuses = d.pop("allowed_legal_statuses")
        for allowed_legal_statuses_item_data in _allowed_legal_statuses:
            allowed_legal_statuses_item = LegalStatus(allowed_legal_statuses_item_data)

            allowed_legal_statuses.append(allowed_legal_statuses_item)

        def _parse_minimum_literacy(data: object) -> None | SkillLevel:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minimum_literacy_type_0 = SkillLevel(data)

                return minimum_literacy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillLevel, data)

        minimum_literacy = _parse_minimum_literacy(d.pop("minimum_literacy"))

        def _parse_max_per_cell_block(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_per_cell_block = _parse_max_per_cell_block(d.pop("max_per_cell_block"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        programme_public = cls(
            id=id,
            title=title,
            trade=trade,
            provider_organisation_id=provider_organisation_id,
            external_id=external_id,
            facility_id=facility_id,
            capacity=capacity,
            start_date=start_date,
            end_date=end_date,
            sessions_per_week=sessions_per_week,
            hours_per_session=hours_per_session,
            status=status,
            allowed_security_levels=allowed_security_levels,
            allowed_legal_statuses=allowed_legal_statuses,
            minimum_literacy=minimum_literacy,
            max_per_cell_block=max_per_cell_block,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        programme_public.additional_properties = d
        return programme_public

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
