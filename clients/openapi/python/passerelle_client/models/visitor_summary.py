from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visitor_kind import VisitorKind

T = TypeVar("T", bound="VisitorSummary")


@_attrs_define
class VisitorSummary:
    """A visitor as a visit or a dialogue session lists them.

    Attributes:
        id (UUID):
        family_name (str):
        given_names (str):
        kind (VisitorKind):
    """

    id: UUID
    family_name: str
    given_names: str
    kind: VisitorKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        family_name = self.family_name

        given_names = self.given_names

        kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "family_name": family_name,
                "given_names": given_names,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        family_name = d.pop("family_name")

        given_names = d.pop("given_names")

        kind = VisitorKind(d.pop("kind"))

        visitor_summary = cls(
            id=id,
            family_name=family_name,
            given_names=given_names,
            kind=kind,
        )

        visitor_summary.additional_properties = d
        return visitor_summary

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
