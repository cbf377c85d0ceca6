from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.legal_status import LegalStatus
from ..models.programme_status import ProgrammeStatus
from ..models.security_level import SecurityLevel
from ..models.skill_level import SkillLevel
from ..models.trade import Trade
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeCreate")


@_attrs_define
class ProgrammeCreate:
    """
    Attributes:
        title (str):
        trade (Trade):
        provider_organisation_id (UUID): The organisation that runs it.
        facility_id (UUID):
        capacity (int):
        start_date (datetime.date):
        end_date (datetime.date):
        sessions_per_week (int):
        hours_per_session (float):
        allowed_security_levels (list[SecurityLevel] | Unset): Security levels admitted (e.g. no high or maximum for
            carpentry); empty: every level, and unclassified inmates too.
        allowed_legal_statuses (list[LegalStatus] | Unset): Legal statuses admitted; empty: every status.
        minimum_literacy (None | SkillLevel | Unset): The lowest literacy admitted (from the skills profile).
        max_per_cell_block (int | None | Unset): At most this many participants from one housing unit, where the
            facility needs it.
        id (None | Unset | UUID): Client-chosen id for records created offline.
        external_id (None | str | Unset):
        status (ProgrammeStatus | Unset):
    """

    title: str
    trade: Trade
    provider_organisation_id: UUID
    facility_id: UUID
    capacity: int
    start_date: datetime.date
    end_date: datetime.date
    sessions_per_week: int
    hours_per_session: float
    allowed_security_levels: list[SecurityLevel] | Unset = UNSET
    allowed_legal_statuses: list[LegalStatus] | Unset = UNSET
    minimum_literacy: None | SkillLevel | Unset = UNSET
    max_per_cell_block: int | None | Unset = UNSET
    id: None | Unset | UUID = UNSET
    external_id: None | str | Unset = UNSET
    status: ProgrammeStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        trade = self.trade.value

        provider_organisation_id = str(self.provider_organisation_id)

        facility_id = str(self.facility_id)

        capacity = self.capacity

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        sessions_per_week = self.sessions_per_week

        hours_per_session = self.hours_per_session

        allowed_security_levels: list[str] | Unset = UNSET
        if not isinstance(self.allowed_security_levels, Unset):
            allowed_security_levels = []
            for allowed_security_levels_item_data in self.allowed_security_levels:
                allowed_security_levels_item = allowed_security_levels_item_data.value
                allowed_security_levels.append(allowed_security_levels_item)

        allowed_legal_statuses: list[str] | Unset = UNSET
        if not isinstance(self.allowed_legal_statuses, Unset):
            allowed_legal_statuses = []
            for allowed_legal_statuses_item_data in self.allowed_legal_statuses:
                allowed_legal_statuses_item = allowed_legal_statuses_item_data.value
                allowed_legal_statuses.append(allowed_legal_statuses_item)

        minimum_literacy: None | str | Unset
        if isinstance(self.minimum_literacy, Unset):
            minimum_literacy = UNSET
        elif isinstance(self.minimum_literacy, SkillLevel):
            minimum_literacy = self.minimum_literacy.value
        else:
            minimum_literacy = self.minimum_literacy

        max_per_cell_block: int | None | Unset
        if isinstance(self.max_per_cell_block, Unset):
            max_per_cell_block = UNSET
        else:
            max_per_cell_block = self.max_per_cell_block

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "trade": trade,
                "provider_organisation_id": provider_organisation_id,
                "facility_id": facility_id,
                "capacity": capacity,
                "start_date": start_date,
                "end_date": end_date,
                "sessions_per_week": sessions_per_week,
                "hours_per_session": hours_per_session,
            }
        )
        if allowed_security_levels is not UNSET:
            field_dict["allowed_security_levels"] = allowed_security_levels
        if allowed_legal_statuses is not UNSET:
            field_dict["allowed_legal_statuses"] = allowed_legal_statuses
        if minimum_literacy is not UNSET:
            field_dict["minimum_literacy"] = minimum_literacy
        if max_per_cell_block is not UNSET:
            field_dict["max_per_cell_block"] = max_per_cell_block
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        trade = Trade(d.pop("trade"))

        provider_organisation_id = UUID(d.pop("provider_organisation_id"))

        facility_id = UUID(d.pop("facility_id"))

        capacity = d.pop("capacity")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        sessions_per_week = d.pop("sessions_per_week")

        hours_per_session = d.pop("hours_per_session")

        _allowed_security_levels = d.pop("allowed_security_levels", UNSET)
        allowed_security_levels: list[SecurityLevel] | Unset = UNSET
        if _allowed_security_levels is not UNSET:
            allowed_security_levels = []
            for allowed_security_levels_item_data in _allowed_security_levels:
                allowed_security_levels_item = SecurityLevel(allowed_security_levels_item_data)

                allowed_security_levels.append(allowed_security_levels_item)

        _allowed_legal_statuses = d.pop("allowed_legal_statuses", UNSET)
        allowed_legal_statuses: list[LegalStatus] | Unset = UNSET
        if _allowed_legal_statuses is not UNSET:
            allowed_legal_statuses = []
            for allowed_legal_statuses_item_data in _allowed_legal_statuses:
                allowed_legal_statuses_item = LegalStatus(allowed_legal_statuses_item_data)

                allowed_legal_statuses.append(allowed_legal_statuses_item)

        def _parse_minimum_literacy(data: object) -> None | SkillLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minimum_literacy_type_0 = SkillLevel(data)

                return minimum_literacy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillLevel | Unset, data)

        minimum_literacy = _parse_minimum_literacy(d.pop("minimum_literacy", UNSET))

        def _parse_max_per_cell_block(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_per_cell_block = _parse_max_per_cell_block(d.pop("max_per_cell_block", UNSET))

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

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        _status = d.pop("status", UNSET)
        status: ProgrammeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProgrammeStatus(_status)

        programme_create = cls(
            title=title,
            trade=trade,
            provider_organisation_id=provider_organisation_id,
            facility_id=facility_id,
            capacity=capacity,
            start_date=start_date,
            end_date=end_date,
            sessions_per_week=sessions_per_week,
            hours_per_session=hours_per_session,
            allowed_security_levels=allowed_security_levels,
            allowed_legal_statuses=allowed_legal_statuses,
            minimum_literacy=minimum_literacy,
            max_per_cell_block=max_per_cell_block,
            id=id,
            external_id=external_id,
            status=status,
        )

        return programme_create
