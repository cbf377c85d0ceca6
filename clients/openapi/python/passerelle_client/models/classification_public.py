from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_level import SecurityLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keep_apart_public import KeepApartPublic


T = TypeVar("T", bound="ClassificationPublic")


@_attrs_define
class ClassificationPublic:
    """
    Attributes:
        id (UUID):
        inmate_id (UUID):
        assessment_id (UUID):
        security_level (SecurityLevel):
        suggested_level (SecurityLevel):
        override (bool):
        justification (None | str):
        review_by (datetime.date | None):
        single_cell (bool):
        separate_from_group (None | str):
        effective_date (datetime.date):
        decided_by (str):
        created_at (datetime.datetime):
        keep_apart (list[KeepApartPublic] | Unset):
    """

    id: UUID
    inmate_id: UUID
    assessment_id: UUID
    security_level: SecurityLevel
    suggested_level: SecurityLevel
    override: bool
    justification: None | str
    review_by: datetime.date | None
    single_cell: bool
    separate_from_group: None | str
    effective_date: datetime.date
    decided_by: str
    created_at: datetime.datetime
    keep_apart: list[KeepApartPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        inmate_id = str(self.inmate_id)

        assessment_id = str(self.assessment_id)

        security_level = self.security_level.value

        suggested_level = self.suggested_level.value

        override = self.override

        justification: None | str
        justification = self.justification

        review_by: None | str
        if isinstance(self.review_by, datetime.date):
            review_by = self.review_by.isoformat()
        else:
            review_by = self.review_by

        single_cell = self.single_cell

        separate_from_group: None | str
        separate_from_group = self.separate_from_group

        effective_date = self.effective_date.isoformat()

        decided_by = self.decided_by

        created_at = self.created_at.isoformat()

        keep_apart: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keep_apart, Unset):
            keep_apart = []
            for keep_apart_item_data in self.keep_apart:
                keep_apart_item = keep_apart_item_data.to_dict()
                keep_apart.append(keep_apart_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inmate_id": inmate_id,
                "assessment_id": assessment_id,
                "security_level": security_level,
                "suggested_level": suggested_level,
                "override": override,
                "justification": justification,
                "review_by": review_by,
                "single_cell": single_cell,
                "separate_from_group": separate_from_group,
                "effective_date": effective_date,
                "decided_by": decided_by,
                "created_at": created_at,
            }
        )
        if keep_apart is not UNSET:
            field_dict["keep_apart"] = keep_apart

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keep_apart_public import KeepApartPublic  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        inmate_id = UUID(d.pop("inmate_id"))

        assessment_id = UUID(d.pop("assessment_id"))

        security_level = SecurityLevel(d.pop("security_level"))

        suggested_level = SecurityLevel(d.pop("suggested_level"))

        override = d.pop("override")

        def _parse_justification(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        justification = _parse_justification(d.pop("justification"))

        def _parse_review_by(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_by_type_0 = datetime.date.fromisoformat(data)

                return review_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        review_by = _parse_review_by(d.pop("review_by"))

        single_cell = d.pop("single_cell")

        def _parse_separate_from_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        separate_from_group = _parse_separate_from_group(d.pop("separate_from_group"))

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        decided_by = d.pop("decided_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _keep_apart = d.pop("keep_apart", UNSET)
        keep_apart: list[KeepApartPublic] | Unset = UNSET
        if _keep_apart is not UNSET:
            keep_apart = []
            for keep_apart_item_data in _keep_apart:
                keep_apart_item = KeepApartPublic.from_dict(keep_apart_item_data)

                keep_apart.append(keep_apart_item)

        classification_public = cls(
            id=id,
            inmate_id=inmate_id,
            assessment_id=assessment_id,
            security_level=security_level,
            suggested_level=suggested_level,
            override=override,
            justification=justification,
            review_by=review_by,
            single_cell=single_cell,
            separate_from_group=separate_from_group,
            effective_date=effective_date,
            decided_by=decided_by,
            created_at=created_at,
            keep_apart=keep_apart,
        )

        classification_public.additional_properties = d
        return classification_public

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
