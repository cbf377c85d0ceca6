from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.training_status import TrainingStatus
from ..models.training_topic import TrainingTopic
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingSessionUpdate")


@_attrs_define
class TrainingSessionUpdate:
    """Fields to change; absent fields stay as they are. The schedule and the completion
    rule are fixed once attendance is recorded.

        Attributes:
            title (str | Unset):
            topic (TrainingTopic | Unset):
            description (None | str | Unset):
            co_organiser_ids (list[UUID] | Unset):
            external_id (None | str | Unset):
            facility_id (None | Unset | UUID):
            venue (None | str | Unset):
            start_date (datetime.date | Unset):
            end_date (datetime.date | Unset):
            daily_start (str | Unset): Local time of day, HH:MM or HH:MM:SS, without an offset.
            daily_end (str | Unset): Local time of day, HH:MM or HH:MM:SS, without an offset.
            hours_per_day (float | Unset):
            excluded_days (list[datetime.date] | Unset):
            language (str | Unset):
            capacity (int | None | Unset):
            status (TrainingStatus | Unset):
            completion_percent (int | Unset):
    """

    title: str | Unset = UNSET
    topic: TrainingTopic | Unset = UNSET
    description: None | str | Unset = UNSET
    co_organiser_ids: list[UUID] | Unset = UNSET
    external_id: None | str | Unset = UNSET
    facility_id: None | Unset | UUID = UNSET
    venue: None | str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    daily_start: str | Unset = UNSET
    daily_end: str | Unset = UNSET
    hours_per_day: float | Unset = UNSET
    excluded_days: list[datetime.date] | Unset = UNSET
    language: str | Unset = UNSET
    capacity: int | None | Unset = UNSET
    status: TrainingStatus | Unset = UNSET
    completion_percent: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        topic: str | Unset = UNSET
        if not isinstance(self.topic, Unset):
            topic = self.topic.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        co_organiser_ids: list[str] | Unset = UNSET
        if not isinstance(self.co_organiser_ids, Unset):
            co_organiser_ids = []
            for co_organiser_ids_item_data in self.co_organiser_ids:
                co_organiser_ids_item = str(co_organiser_ids_item_data)
                co_organiser_ids.append(co_organiser_ids_item)

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        facility_id: None | str | Unset
        if isinstance(self.facility_id, Unset):
            facility_id = UNSET
        elif isinstance(self.facility_id, UUID):
            facility_id = str(self.facility_id)
        else:
            facility_id = self.facility_id

        venue: None | str | Unset
        if isinstance(self.venue, Unset):
            venue = UNSET
        else:
            venue = self.venue

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        daily_start = self.daily_start

        daily_end = self.daily_end

        hours_per_day = self.hours_per_day

        excluded_days: list[str] | Unset = UNSET
        if not isinstance(self.excluded_days, Unset):
            excluded_days = []
            for excluded_days_item_data in self.excluded_days:
                excluded_days_item = excluded_days_item_data.isoformat()
                excluded_days.append(excluded_days_item)

        language = self.language

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        completion_percent = self.completion_percent

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if topic is not UNSET:
            field_dict["topic"] = topic
        if description is not UNSET:
            field_dict["description"] = description
        if co_organiser_ids is not UNSET:
            field_dict["co_organiser_ids"] = co_organiser_ids
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if venue is not UNSET:
            field_dict["venue"] = venue
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if daily_start is not UNSET:
            field_dict["daily_start"] = daily_start
        if daily_end is not UNSET:
            field_dict["daily_end"] = daily_end
        if hours_per_day is not UNSET:
            field_dict["hours_per_day"] = hours_per_day
        if excluded_days is not UNSET:
            field_dict["excluded_days"] = excluded_days
        if language is not UNSET:
            field_dict["language"] = language
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if status is not UNSET:
            field_dict["status"] = status
        if completion_percent is not UNSET:
            field_dict["completion_percent"] = completion_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _topic = d.pop("topic", UNSET)
        topic: TrainingTopic | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = TrainingTopic(_topic)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _co_organiser_ids = d.pop("co_organiser_ids", UNSET)
        co_organiser_ids: list[UUID] | Unset = UNSET
        if _co_organiser_ids is not UNSET:
            co_organiser_ids = []
            for co_organiser_ids_item_data in _co_organiser_ids:
                co_organiser_ids_item = UUID(co_organiser_ids_item_data)

                co_organiser_ids.append(co_organiser_ids_item)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_facility_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                facility_id_type_0 = UUID(data)

                return facility_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        facility_id = _parse_facility_id(d.pop("facility_id", UNSET))

        def _parse_venue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        venue = _parse_venue(d.pop("venue", UNSET))

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

        daily_start = d.pop("daily_start", UNSET)

        daily_end = d.pop("daily_end", UNSET)

        hours_per_day = d.pop("hours_per_day", UNSET)

        _excluded_days = d.pop("excluded_days", UNSET)
        excluded_days: list[datetime.date] | Unset = UNSET
        if _excluded_days is not UNSET:
            excluded_days = []
            for excluded_days_item_data in _excluded_days:
                excluded_days_item = datetime.date.fromisoformat(excluded_days_item_data)

                excluded_days.append(excluded_days_item)

        language = d.pop("language", UNSET)

        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        _status = d.pop("status", UNSET)
        status: TrainingStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TrainingStatus(_status)

        completion_percent = d.pop("completion_percent", UNSET)

        training_session_update = cls(
            title=title,
            topic=topic,
            description=description,
            co_organiser_ids=co_organiser_ids,
            external_id=external_id,
            facility_id=facility_id,
            venue=venue,
            start_date=start_date,
            end_date=end_date,
            daily_start=daily_start,
            daily_end=daily_end,
            hours_per_day=hours_per_day,
            excluded_days=excluded_days,
            language=language,
            capacity=capacity,
            status=status,
            completion_percent=completion_percent,
        )

        return training_session_update
