from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.security_level import SecurityLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keep_apart_request import KeepApartRequest


T = TypeVar("T", bound="ClassificationCreate")


@_attrs_define
class ClassificationCreate:
    """
    Attributes:
        inmate_id (UUID):
        assessment_id (UUID): A verified assessment of this inmate.
        security_level (SecurityLevel):
        effective_date (datetime.date):
        justification (None | str | Unset): Required when the level departs from the suggestion.
        review_by (datetime.date | None | Unset): Required for an override; at most six months ahead.
        single_cell (bool | Unset):  Default: False.
        separate_from_group (None | str | Unset):
        keep_apart (list[KeepApartRequest] | Unset):
    """

    inmate_id: UUID
    assessment_id: UUID
    security_level: SecurityLevel
    effective_date: datetime.date
    justification: None | str | Unset = UNSET
    review_by: datetime.date | None | Unset = UNSET
    single_cell: bool | Unset = False
    separate_from_group: None | str | Unset = UNSET
    keep_apart: list[KeepApartRequest] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        inmate_id = str(self.inmate_id)

        assessment_id = str(self.assessment_id)

        security_level = self.security_level.value

        effective_date = self.effective_date.isoformat()

        justification: None | str | Unset
        if isinstance(self.justification, Unset):
            justification = UNSET
        else:
            justification = self.justification

        review_by: None | str | Unset
        if isinstance(self.review_by, Unset):
            review_by = UNSET
        elif isinstance(self.review_by, datetime.date):
            review_by = self.review_by.isoformat()
        else:
            review_by = self.review_by

        single_cell = self.single_cell

        separate_from_group: None | str | Unset
        if isinstance(self.separate_from_group, Unset):
            separate_from_group = UNSET
        else:
            separate_from_group = self.separate_from_group

        keep_apart: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keep_apart, Unset):
            keep_apart = []
            for keep_apart_item_data in self.keep_apart:
                keep_apart_item = keep_apart_item_data.to_dict()
                keep_apart.append(keep_apart_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inmate_id": inmate_id,
                "assessment_id": assessment_id,
                "security_level": security_level,
                "effective_date": effective_date,
            }
        )
        if justification is not UNSET:
            field_dict["justification"] = justification
        if review_by is not UNSET:
            field_dict["review_by"] = review_by
        if single_cell is not UNSET:
            field_dict["single_cell"] = single_cell
        if separate_from_group is not UNSET:
            field_dict["separate_from_group"] = separate_from_group
        if keep_apart is not UNSET:
            field_dict["keep_apart"] = keep_apart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keep_apart_request import KeepApartRequest  # noqa: PLC0415

        d = dict(src_dict)
        inmate_id = UUID(d.pop("inmate_id"))

        assessment_id = UUID(d.pop("assessment_id"))

        security_level = SecurityLevel(d.pop("security_level"))

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        def _parse_justification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        justification = _parse_justification(d.pop("justification", UNSET))

        def _parse_review_by(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_by_type_0 = datetime.date.fromisoformat(data)

                return review_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        review_by = _parse_review_by(d.pop("review_by", UNSET))

        single_cell = d.pop("single_cell", UNSET)

        def _parse_separate_from_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        separate_from_group = _parse_separate_from_group(d.pop("separate_from_group", UNSET))

        _keep_apart = d.pop("keep_apart", UNSET)
        keep_apart: list[KeepApartRequest] | Unset = UNSET
        if _keep_apart is not UNSET:
            keep_apart = []
            for keep_apart_item_data in _keep_apart:
                keep_apart_item = KeepApartRequest.from_dict(keep_apart_item_data)

                keep_apart.append(keep_apart_item)

        classification_create = cls(
            inmate_id=inmate_id,
            assessment_id=assessment_id,
            security_level=security_level,
            effective_date=effective_date,
            justification=justification,
            review_by=review_by,
            single_cell=single_cell,
            separate_from_group=separate_from_group,
            keep_apart=keep_apart,
        )

        return classification_create
