from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.failed_rule import FailedRule


T = TypeVar("T", bound="Eligibility")


@_attrs_define
class Eligibility:
    """Whether an inmate may join a programme today, and every rule they fail.

    Attributes:
        programme_id (UUID):
        inmate_id (UUID):
        eligible (bool):
        failed (list[FailedRule]):
    """

    programme_id: UUID
    inmate_id: UUID
    eligible: bool
    failed: list[FailedRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        programme_id = str(self.programme_id)

        inmate_id = str(self.inmate_id)

        eligible = self.eligible

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "programme_id": programme_id,
                "inmate_id": inmate_id,
                "eligible": eligible,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.failed_rule import FailedRule  # noqa: PLC0415

        d = dict(src_dict)
        programme_id = UUID(d.pop("programme_id"))

        inmate_id = UUID(d.pop("inmate_id"))

        eligible = d.pop("eligible")

        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = FailedRule.from_dict(failed_item_data)

            failed.append(failed_item)

        eligibility = cls(
            programme_id=programme_id,
            inmate_id=inmate_id,
            eligible=eligible,
            failed=failed,
        )

        eligibility.additional_properties = d
        return eligibility

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
