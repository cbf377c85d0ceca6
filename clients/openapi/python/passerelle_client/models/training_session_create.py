from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.training_status import TrainingStatus
from ..models.training_topic import TrainingTopic
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingSessionCreate")


@_attrs_define
class TrainingSessionCreate:
    """
    Attributes:
        start_date (datetime.date):
        end_date (datetime.date):
        daily_start (str): Local time of day, HH:MM or HH:MM:SS, without an offset.
        daily_end (str): Local time of day, HH:MM or HH:MM:SS, without an offset.
        title (str):
        topic (TrainingTopic):
        language (str):
        hours_per_day (float | None | Unset): Teaching hours a day (breaks excluded); defaults to end minus start.
        excluded_days (list[datetime.date] | Unset): Days the session does not meet.
        id (None | Unset | UUID): Client-chosen id for records created offline.
        description (None | str | Unset):
        organiser_organisation_id (None | Unset | UUID): Required of staff; a partner always organises as itself.
        co_organiser_ids (list[UUID] | Unset):
        external_id (None | str | Unset):
        facility_id (None | Unset | UUID): The prison it takes place in; or give a `venue`.
        venue (None | str | Unset):
        capacity (int | None | Unset):
        status (TrainingStatus | Unset):
        completion_percent (int | Unset): Share of the scheduled hours to attend to complete. Default: 80.
    """

    start_date: datetime.date
    end_date: datetime.date
    daily_start: str
    daily_end: str
    title: str
    topic: TrainingTopic
    language: str
    hours_per_day: float | None | Unset = UNSET
    excluded_days: list[datetime.date] | Unset = UNSET
    id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    organiser_organisation_id: None | Unset | UUID = UNSET
    co_organiser_ids: list[UUID] | Unset = UNSET
    external_id: None | str | Unset = UNSET
    facility_id: None | Unset | UUID = UNSET
    venue: None | str | Unset = UNSET
    capacity: int | None | Unset = UNSET
    status: TrainingStatus | Unset = UNSET
    completion_percent: int | Unset = 80

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        daily_start = self.daily_start

        daily_end = self.daily_end

        title = self.title

        topic = self.topic.value

        language = self.language

        hours_per_day: float | None | Unset
        if isinstance(self.hours_per_day, Unset):
            hours_per_day = UNSET
        else:
            hours_per_day = self.hours_per_day

        excluded_days: list[str] | Unset = UNSET
        if not isinstance(self.excluded_days, Unset):
            excluded_days = []
            for excluded_days_item_data in self.excluded_days:
                excluded_days_item = excluded_days_item_data.isoformat()
                excluded_days.append(excluded_days_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        organiser_organisation_id: None | str | Unset
        if isinstance(self.organiser_organisation_id, Unset):
            organiser_organisation_id = UNSET
        elif isinstance(self.organiser_organisation_id, UUID):
            organiser_organisation_id = str(self.organiser_organisation_id)
        else:
            organiser_organisation_id = self.organiser_organisation_id

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

        field_dict.update(
            {
                "start_date": start_date,
                "end_date": end_date,
                "daily_start": daily_start,
                "daily_end": daily_end,
                "title": title,
                "topic": topic,
                "language": language,
            }
        )
        if hours_per_day is not UNSET:
            field_dict["hours_per_day"] = hours_per_day
        if excluded_days is not UNSET:
            field_dict["excluded_days"] = excluded_days
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if organiser_organisation_id is not UNSET:
            field_dict["organiser_organisation_id"] = organiser_organisation_id
        if co_organiser_ids is not UNSET:
            field_dict["co_organiser_ids"] = co_organiser_ids
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if facility_id is not UNSET:
            field_dict["facility_id"] = facility_id
        if venue is not UNSET:
            field_dict["venue"] = venue
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
        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        daily_start = d.pop("daily_start")

        daily_end = d.pop("daily_end")

        title = d.pop("title")

        topic = TrainingTopic(d.pop("topic"))

        language = d.pop("language")

        def _parse_hours_per_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hours_per_day = _parse_hours_per_day(d.pop("hours_per_day", UNSET))

        _excluded_days = d.pop("excluded_days", UNSET)
        excluded_days: list[datetime.date] | Unset = UNSET
        if _excluded_days is not UNSET:
            excluded_days = []
            for excluded_days_item_data in _excluded_days:
                excluded_days_item = datetime.date.fromisoformat(excluded_days_item_data)

                excluded_days.append(excluded_days_item)

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_organiser_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organiser_organisation_id_type_0 = UUID(data)

                return organiser_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organiser_organisation_id = _parse_organiser_organisation_id(d.pop("organiser_organisation_id", UNSET))

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

        training_session_create = cls(
            start_date=start_date,
            end_date=end_date,
            daily_start=daily_start,
            daily_end=daily_end,
            title=title,
            topic=topic,
            language=language,
            hours_per_day=hours_per_day,
            excluded_days=excluded_days,
            id=id,
            description=description,
            organiser_organisation_id=organiser_organisation_id,
            co_organiser_ids=co_organiser_ids,
            external_id=external_id,
            facility_id=facility_id,
            venue=venue,
            capacity=capacity,
            status=status,
            completion_percent=completion_percent,
        )

        return training_session_create
