from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DueReview")


@_attrs_define
class DueReview:
    """
    Attributes:
        inmate_id (UUID):
        prison_number (str):
        facility_id (UUID):
        next_review_date (datetime.date | None): None: never assessed and verified.
        reason (str):
    """

    inmate_id: UUID
    prison_number: str
    facility_id: UUID
    next_review_date: datetime.date | None
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inmate_id = str(self.inmate_id)

        prison_number = self.prison_number

        facility_id = str(self.facility_id)

        next_review_date: None | str
        if isinstance(self.next_review_date, datetime.date):
            next_review_date = self.next_review_date.isoformat()
        else:
            next_review_date = self.next_review_date

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inmate_id": inmate_id,
                "prison_number": prison_number,
                "facility_id": facility_id,
                "next_review_date": next_review_date,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inmate_id = UUID(d.pop("inmate_id"))

        prison_number = d.pop("prison_number")

        facility_id = UUID(d.pop("facility_id"))

        def _parse_next_review_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_review_date_type_0 = datetime.date.fromisoformat(data)

                return next_review_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_review_date = _parse_next_review_date(d.pop("next_review_date"))

        reason = d.pop("reason")

        due_review = cls(
            inmate_id=inmate_id,
            prison_number=prison_number,
            facility_id=facility_id,
            next_review_date=next_review_date,
            reason=reason,
        )

        due_review.additional_properties = d
        return due_review

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
