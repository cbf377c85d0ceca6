from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.enrolment_request_status import EnrolmentRequestStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrolmentRequest")


@_attrs_define
class EnrolmentRequest:
    """Register an inmate's interest, or ask for a place (`enrolled`): a full programme
    puts them on its waiting list.

        Attributes:
            programme_id (UUID):
            inmate_id (UUID):
            status (EnrolmentRequestStatus | Unset): What an enrolment request asks for: to register an interest, or a
                place.
    """

    programme_id: UUID
    inmate_id: UUID
    status: EnrolmentRequestStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        programme_id = str(self.programme_id)

        inmate_id = str(self.inmate_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "programme_id": programme_id,
                "inmate_id": inmate_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        programme_id = UUID(d.pop("programme_id"))

        inmate_id = UUID(d.pop("inmate_id"))

        _status = d.pop("status", UNSET)
        status: EnrolmentRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EnrolmentRequestStatus(_status)

        enrolment_request = cls(
            programme_id=programme_id,
            inmate_id=inmate_id,
            status=status,
        )

        return enrolment_request
