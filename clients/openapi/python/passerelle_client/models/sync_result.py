from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.record_result import RecordResult
    from ..models.sync_counts import SyncCounts


T = TypeVar("T", bound="SyncResult")


@_attrs_define
class SyncResult:
    """
    Attributes:
        dry_run (bool):
        atomic (bool):
        written (bool): Whether a record, participant or enrolment was written (the batch's audit event is written in
            any case, except for a dry run or a refused atomic batch).
        counts (SyncCounts):
        results (list[RecordResult]):
    """

    dry_run: bool
    atomic: bool
    written: bool
    counts: SyncCounts
    results: list[RecordResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        atomic = self.atomic

        written = self.written

        counts = self.counts.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dry_run": dry_run,
                "atomic": atomic,
                "written": written,
                "counts": counts,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_result import RecordResult  # noqa: PLC0415
        from ..models.sync_counts import SyncCounts  # noqa: PLC0415

        d = dict(src_dict)
        dry_run = d.pop("dry_run")

        atomic = d.pop("atomic")

        written = d.pop("written")

        counts = SyncCounts.from_dict(d.pop("counts"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = RecordResult.from_dict(results_item_data)

            results.append(results_item)

        sync_result = cls(
            dry_run=dry_run,
            atomic=atomic,
            written=written,
            counts=counts,
            results=results,
        )

        sync_result.additional_properties = d
        return sync_result

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
