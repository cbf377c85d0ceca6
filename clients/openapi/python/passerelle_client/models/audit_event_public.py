from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_event_public_detail import AuditEventPublicDetail


T = TypeVar("T", bound="AuditEventPublic")


@_attrs_define
class AuditEventPublic:
    """
    Attributes:
        id (int):
        occurred_at (datetime.datetime):
        actor (str):
        client (None | str):
        client_address (None | str):
        action (str):
        record_type (str):
        record_id (None | str):
        request_id (None | str):
        detail (AuditEventPublicDetail):
        chain_position (int | None):
        hash_ (None | str):
    """

    id: int
    occurred_at: datetime.datetime
    actor: str
    client: None | str
    client_address: None | str
    action: str
    record_type: str
    record_id: None | str
    request_id: None | str
    detail: AuditEventPublicDetail
    chain_position: int | None
    hash_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        occurred_at = self.occurred_at.isoformat()

        actor = self.actor

        client: None | str
        client = self.client

        client_address: None | str
        client_address = self.client_address

        action = self.action

        record_type = self.record_type

        record_id: None | str
        record_id = self.record_id

        request_id: None | str
        request_id = self.request_id

        detail = self.detail.to_dict()

        chain_position: int | None
        chain_position = self.chain_position

        hash_: None | str
        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "actor": actor,
                "client": client,
                "client_address": client_address,
                "action": action,
                "record_type": record_type,
                "record_id": record_id,
                "request_id": request_id,
                "detail": detail,
                "chain_position": chain_position,
                "hash": hash_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_public_detail import AuditEventPublicDetail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        actor = d.pop("actor")

        def _parse_client(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client = _parse_client(d.pop("client"))

        def _parse_client_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_address = _parse_client_address(d.pop("client_address"))

        action = d.pop("action")

        record_type = d.pop("record_type")

        def _parse_record_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        record_id = _parse_record_id(d.pop("record_id"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("request_id"))

        detail = AuditEventPublicDetail.from_dict(d.pop("detail"))

        def _parse_chain_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        chain_position = _parse_chain_position(d.pop("chain_position"))

        def _parse_hash_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hash_ = _parse_hash_(d.pop("hash"))

        audit_event_public = cls(
            id=id,
            occurred_at=occurred_at,
            actor=actor,
            client=client,
            client_address=client_address,
            action=action,
            record_type=record_type,
            record_id=record_id,
            request_id=request_id,
            detail=detail,
            chain_position=chain_position,
            hash_=hash_,
        )

        audit_event_public.additional_properties = d
        return audit_event_public

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
