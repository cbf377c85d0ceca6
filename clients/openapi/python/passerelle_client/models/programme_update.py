from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.legal_status import LegalStatus
from ..models.programme_status import ProgrammeStatus
from ..models.security_level import SecurityLevel
from ..models.skill_level import SkillLevel
from ..models.trade import Trade
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgrammeUpdate")


@_attrs_define
class ProgrammeUpdate:
    """Fields to change; absent fields stay as they are.

    Attributes:
        title (str | Unset):
        trade (Trade | Unset):
        external_id (None | str | Unset):
        capacity (int | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        sessions_per_week (int | Unset):
        hours_per_session (float | Unset):
        status (ProgrammeStatus | Unset):
        allowed_security_levels (list[SecurityLevel] | Unset):
        allowed_legal_statuses (list[LegalStatus] | Unset):
        minimum_literacy (None | SkillLevel | Unset):
        max_per_cell_block (int | None | Unset):
    """

    title: str | Unset = UNSET
    trade: Trade | Unset = UNSET
    external_id: None | str | Unset = UNSET
    capacity: int | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    sessions_per_week: int | Unset = UNSET
    hours_per_session: float | Unset = UNSET
    status: ProgrammeStatus | Unset = UNSET
    allowed_security_levels: list[SecurityLevel] | Unset = UNSET
    allowed_legal_statuses: list[LegalStatus] | Unset = UNSET
    minimum_literacy: None | SkillLevel | Unset = UNSET
    max_per_cell_block: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        trade: str | Unset = UNSET
        if not isinstance(self.trade, Unset):
            trade = self.trade.value

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        capacity = self.capacity

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        sessions_per_week = self.sessions_per_week

        hours_per_session = self.hours_per_session

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if trade is not UNSET:
            field_dict["trade"] = trade
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if sessions_per_week is not UNSET:
            field_dict["sessions_per_week"] = sessions_per_week
        if hours_per_session is not UNSET:
            field_dict["hours_per_session"] = hours_per_session
        if status is not UNSET:
            field_dict["status"] = status
        if allowed_security_levels is not UNSET:
            field_dict["allowed_security_levels"] = allowed_security_levels
        if allowed_legal_statuses is not UNSET:
            field_dict["allowed_legal_statuses"] = allowed_legal_statuses
        if minimum_literacy is not UNSET:
            field_dict["minimum_literacy"] = minimum_literacy
        if max_per_cell_block is not UNSET:
            field_dict["max_per_cell_block"] = max_per_cell_block

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _trade = d.pop("trade", UNSET)
        trade: Trade | Unset
        if isinstance(_trade, Unset):
            trade = UNSET
        else:
            trade = Trade(_trade)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        capacity = d.pop("capacity", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        sessions_per_week = d.pop("sessions_per_week", UNSET)

        hours_per_session = d.pop("hours_per_session", UNSET)

        _status = d.pop("status", UNSET)
        status: ProgrammeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProgrammeStatus(_status)

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

        programme_update = cls(
            title=title,
            trade=trade,
            external_id=external_id,
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
        )

        return programme_update
