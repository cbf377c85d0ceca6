from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inmate_restricted import InmateRestricted


T = TypeVar("T", bound="InmateMatch")


@_attrs_define
class InmateMatch:
    """A record that may be the same person, and why.

    Attributes:
        inmate (InmateRestricted): What programme staff see: identity, languages, legal status — no charges, no case
            reference, no family contact.
        reasons (list[str]):
    """

    inmate: InmateRestricted
    reasons: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inmate = self.inmate.to_dict()

        reasons = self.reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inmate": inmate,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inmate_restricted import InmateRestricted  # noqa: PLC0415

        d = dict(src_dict)
        inmate = InmateRestricted.from_dict(d.pop("inmate"))

        reasons = cast(list[str], d.pop("reasons"))

        inmate_match = cls(
            inmate=inmate,
            reasons=reasons,
        )

        inmate_match.additional_properties = d
        return inmate_match

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
