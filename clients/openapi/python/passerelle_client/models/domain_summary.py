from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.domain_summary_counts import DomainSummaryCounts


T = TypeVar("T", bound="DomainSummary")


@_attrs_define
class DomainSummary:
    """
    Attributes:
        domain (str):
        counts (DomainSummaryCounts): How many items of the domain got each rating.
        rated (int):
        items (int):
    """

    domain: str
    counts: DomainSummaryCounts
    rated: int
    items: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        counts = self.counts.to_dict()

        rated = self.rated

        items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "counts": counts,
                "rated": rated,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_summary_counts import DomainSummaryCounts  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain")

        counts = DomainSummaryCounts.from_dict(d.pop("counts"))

        rated = d.pop("rated")

        items = d.pop("items")

        domain_summary = cls(
            domain=domain,
            counts=counts,
            rated=rated,
            items=items,
        )

        domain_summary.additional_properties = d
        return domain_summary

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
