from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.enrolment_status import EnrolmentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrolmentUpdate")


@_attrs_define
class EnrolmentUpdate:
    """Test scores, or withdrawal (`status: withdrawn`); absent fields stay as they are.

    Attributes:
        status (EnrolmentStatus | Unset):
        pre_test_score (int | None | Unset):
        post_test_score (int | None | Unset):
    """

    status: EnrolmentStatus | Unset = UNSET
    pre_test_score: int | None | Unset = UNSET
    post_test_score: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        pre_test_score: int | None | Unset
        if isinstance(self.pre_test_score, Unset):
            pre_test_score = UNSET
        else:
            pre_test_score = self.pre_test_score

        post_test_score: int | None | Unset
        if isinstance(self.post_test_score, Unset):
            post_test_score = UNSET
        else:
            post_test_score = self.post_test_score

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if pre_test_score is not UNSET:
            field_dict["pre_test_score"] = pre_test_score
        if post_test_score is not UNSET:
            field_dict["post_test_score"] = post_test_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: EnrolmentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EnrolmentStatus(_status)

        def _parse_pre_test_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pre_test_score = _parse_pre_test_score(d.pop("pre_test_score", UNSET))

        def _parse_post_test_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        post_test_score = _parse_post_test_score(d.pop("post_test_score", UNSET))

        enrolment_update = cls(
            status=status,
            pre_test_score=pre_test_score,
            post_test_score=post_test_score,
        )

        return enrolment_update
