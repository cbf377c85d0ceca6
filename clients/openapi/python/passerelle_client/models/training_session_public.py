from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_status import TrainingStatus
from ..models.training_topic import TrainingTopic

T = TypeVar("T", bound="TrainingSessionPublic")


@_attrs_define
class TrainingSessionPublic:
    """
    Attributes:
        id (UUID):
        title (str):
        topic (TrainingTopic):
        description (None | str):
        organiser_organisation_id (UUID):
        co_organiser_ids (list[UUID]):
        external_id (None | str):
        facility_id (None | UUID):
        venue (None | str):
        start_date (datetime.date):
        end_date (datetime.date):
        daily_start (str): Local time of day, HH:MM or HH:MM:SS, without an offset.
        daily_end (str): Local time of day, HH:MM or HH:MM:SS, without an offset.
        hours_per_day (float):
        excluded_days (list[datetime.date]):
        days (list[datetime.date]): The days the session meets.
        scheduled_hours (float):
        language (str):
        capacity (int | None):
        status (TrainingStatus):
        completion_percent (int):
        accredits_instrument_code (None | str):
        accreditation_months (int):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    title: str
    topic: TrainingTopic
    description: None | str
    organiser_organisation_id: UUID
    co_organiser_ids: list[UUID]
    external_id: None | str
    facility_id: None | UUID
    venue: None | str
    start_date: datetime.date
    end_date: datetime.date
    daily_start: str
    daily_end: str
    hours_per_day: float
    excluded_days: list[datetime.date]
    days: list[datetime.date]
    scheduled_hours: float
    language: str
    capacity: int | None
    status: TrainingStatus
    completion_percent: int
    accredits_instrument_code: None | str
    accreditation_months: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        topic = self.topic.value

        description: None | str
        description = self.description

        organiser_organisation_id = str(self.organiser_organisation_id)

        co_organiser_ids = []
        for co_organiser_ids_item_data in self.co_organiser_ids:
            co_organiser_ids_item = str(co_organiser_ids_item_data)
            co_organiser_ids.append(co_organiser_ids_item)

        external_id: None | str
        external_id = self.external_id

        facility_id: None | str
        if isinstance(self.facility_id, UUID):
            facility_id = str(self.facility_id)
        else:
            facility_id = self.facility_id

        venue: None | str
        venue = self.venue

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        daily_start = self.daily_start

        daily_end = self.daily_end

        hours_per_day = self.hours_per_day

        excluded_days = []
        for excluded_days_item_data in self.excluded_days:
            excluded_days_item = excluded_days_item_data.isoformat()
            excluded_days.append(excluded_days_item)

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.isoformat()
            days.append(days_item)

        scheduled_hours = self.scheduled_hours

        language = self.language

        capacity: int | None
        capacity = self.capacity

        status = self.status.value

        completion_percent = self.completion_percent

        accredits_instrument_code: None | str
        accredits_instrument_code = self.accredits_instrument_code

        accreditation_months = self.accreditation_months

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "topic": topic,
                "description": description,
                "organiser_organisation_id": organiser_organisation_id,
                "co_organiser_ids": co_organiser_ids,
                "external_id": external_id,
                "facility_id": facility_id,
                "venue": venue,
                "start_date": start_date,
                "end_date": end_date,
                "daily_start": daily_start,
                "daily_end": daily_end,
                "hours_per_day": hours_per_day,
                "excluded_days": excluded_days,
                "days": days,
                "scheduled_hours": scheduled_hours,
                "language": language,
                "capacity": capacity,
                "status": status,
                "completion_percent": completion_percent,
                "accredits_instrument_code": accredits_instrument_code,
                "accreditation_months": accreditation_months,
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

        topic = TrainingTopic(d.pop("topic"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        organiser_organisation_id = UUID(d.pop("organiser_organisation_id"))

        co_organiser_ids = []
        _co_organiser_ids = d.pop("co_organiser_ids")
        for co_organiser_ids_item_data in _co_organiser_ids:
            co_organiser_ids_item = UUID(co_organiser_ids_item_data)

            co_organiser_ids.append(co_organiser_ids_item)

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        def _parse_facility_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                facility_id_type_0 = UUID(data)

                return facility_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        facility_id = _parse_facility_id(d.pop("facility_id"))

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        daily_start = d.pop("daily_start")

        daily_end = d.pop("daily_end")

        hours_per_day = d.pop("hours_per_day")

        excluded_days = []
        _excluded_days = d.pop("excluded_days")
        for excluded_days_item_data in _excluded_days:
            excluded_days_item = datetime.date.fromisoformat(excluded_days_item_data)

            excluded_days.append(excluded_days_item)

        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = datetime.date.fromisoformat(days_item_data)

            days.append(days_item)

        scheduled_hours = d.pop("scheduled_hours")

        language = d.pop("language")

        def _parse_capacity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        status = TrainingStatus(d.pop("status"))

        completion_percent = d.pop("completion_percent")

        def _parse_accredits_instrument_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        accredits_instrument_code = _parse_accredits_instrument_code(d.pop("accredits_instrument_code"))

        accreditation_months = d.pop("accreditation_months")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        training_session_public = cls(
            id=id,
            title=title,
            topic=topic,
            description=description,
            organiser_organisation_id=organiser_organisation_id,
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
            days=days,
            scheduled_hours=scheduled_hours,
            language=language,
            capacity=capacity,
            status=status,
            completion_percent=completion_percent,
            accredits_instrument_code=accredits_instrument_code,
            accreditation_months=accreditation_months,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        training_session_public.additional_properties = d
        return training_session_public

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
