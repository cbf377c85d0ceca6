from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vocational_enrolment_status import VocationalEnrolmentStatus

T = TypeVar("T", bound="VocationalEnrolmentPublic")


@_attrs_define
class VocationalEnrolmentPublic:
    """
    Attributes:
        id (UUID):
        programme_id (UUID):
        inmate_id (UUID):
        status (VocationalEnrolmentStatus):
        reason (None | str): Why it was dropped or suspended (`classification_changed` when a new classification made
            the inmate ineligible).
        waitlisted_at (datetime.datetime | None): Its place in the waiting list.
        enrolled_on (datetime.date | None):
        ended_on (datetime.date | None):
        certificate_number (None | str):
        final_assessment (None | str):
        version (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    programme_id: UUID
    inmate_id: UUID
    status: VocationalEnrolmentStatus
    reason: None | str
    waitlisted_at: datetime.datetime | None
    enrolled_on: datetime.date | None
    ended_on: datetime.date | None
    certificate_number: None | str
    final_assessment: None | str
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        programme_id = str(self.programme_id)

        inmate_id = str(self.inmate_id)

        status = self.status.value

        reason: None | str
        reason = self.reason

        waitlisted_at: None | str
        if isinstance(self.waitlisted_at, datetime.datetime):
            waitlisted_at = self.waitlisted_at.isoformat()
        else:
            waitlisted_at = self.waitlisted_at

        enrolled_on: None | str
        if isinstance(self.enrolled_on, datetime.date):
            enrolled_on = self.enrolled_on.isoformat()
        else:
            enrolled_on = self.enrolled_on

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        certificate_number: None | str
        certificate_number = self.certificate_number

        final_assessment: None | str
        final_assessment = self.final_assessment

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "programme_id": programme_id,
                "inmate_id": inmate_id,
                "status": status,
                "reason": reason,
                "waitlisted_at": waitlisted_at,
                "enrolled_on": enrolled_on,
                "ended_on": ended_on,
                "certificate_number": certificate_number,
                "final_assessment": final_assessment,
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

        programme_id = UUID(d.pop("programme_id"))

        inmate_id = UUID(d.pop("inmate_id"))

        status = VocationalEnrolmentStatus(d.pop("status"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_waitlisted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                waitlisted_at_type_0 = datetime.datetime.fromisoformat(data)

                return waitlisted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        waitlisted_at = _parse_waitlisted_at(d.pop("waitlisted_at"))

        def _parse_enrolled_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                enrolled_on_type_0 = datetime.date.fromisoformat(data)

                return enrolled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        enrolled_on = _parse_enrolled_on(d.pop("enrolled_on"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        def _parse_certificate_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_number = _parse_certificate_number(d.pop("certificate_number"))

        def _parse_final_assessment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        final_assessment = _parse_final_assessment(d.pop("final_assessment"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        vocational_enrolment_public = cls(
            id=id,
            programme_id=programme_id,
            inmate_id=inmate_id,
            status=status,
            reason=reason,
            waitlisted_at=waitlisted_at,
            enrolled_on=enrolled_on,
            ended_on=ended_on,
            certificate_number=certificate_number,
            final_assessment=final_assessment,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        vocational_enrolment_public.additional_properties = d
        return vocational_enrolment_public

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
