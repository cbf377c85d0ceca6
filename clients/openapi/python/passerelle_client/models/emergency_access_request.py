from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EmergencyAccessRequest")


@_attrs_define
class EmergencyAccessRequest:
    """
    Attributes:
        reason (str): Why the record is needed now (an emergency, a court request); at least 20 characters. Reviewed by
            the facility's supervisor and the auditor.
    """

    reason: str

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        emergency_access_request = cls(
            reason=reason,
        )

        return emergency_access_request
