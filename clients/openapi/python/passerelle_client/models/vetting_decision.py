from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.vetting_decision_status import VettingDecisionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VettingDecision")


@_attrs_define
class VettingDecision:
    """The answer of the vetting body (e.g. the Ministry of Religious Affairs for religious
    leaders), as recorded by a supervisor.

        Attributes:
            status (VettingDecisionStatus): What a vetting decision records: `pending` (asked, no answer yet), `approved`,
                `refused`, or `not_required` (never for a religious leader). `expired` is never
                recorded: an approval reads so once past its `expires_on`.
            vetting_body (None | str | Unset):
            vetted_on (datetime.date | None | Unset):
            expires_on (datetime.date | None | Unset): An approval lapses after it.
            reference (None | str | Unset):
    """

    status: VettingDecisionStatus
    vetting_body: None | str | Unset = UNSET
    vetted_on: datetime.date | None | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    reference: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        vetting_body: None | str | Unset
        if isinstance(self.vetting_body, Unset):
            vetting_body = UNSET
        else:
            vetting_body = self.vetting_body

        vetted_on: None | str | Unset
        if isinstance(self.vetted_on, Unset):
            vetted_on = UNSET
        elif isinstance(self.vetted_on, datetime.date):
            vetted_on = self.vetted_on.isoformat()
        else:
            vetted_on = self.vetted_on

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if vetting_body is not UNSET:
            field_dict["vetting_body"] = vetting_body
        if vetted_on is not UNSET:
            field_dict["vetted_on"] = vetted_on
        if expires_on is not UNSET:
            field_dict["expires_on"] = expires_on
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = VettingDecisionStatus(d.pop("status"))

        def _parse_vetting_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vetting_body = _parse_vetting_body(d.pop("vetting_body", UNSET))

        def _parse_vetted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vetted_on_type_0 = datetime.date.fromisoformat(data)

                return vetted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        vetted_on = _parse_vetted_on(d.pop("vetted_on", UNSET))

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expires_on", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        vetting_decision = cls(
            status=status,
            vetting_body=vetting_body,
            vetted_on=vetted_on,
            expires_on=expires_on,
            reference=reference,
        )

        return vetting_decision
