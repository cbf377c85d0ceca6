"""API shape of audit events, for oversight."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from app.schemas.common import EXAMPLE_CURSOR, example_of


class AuditEventPublic(BaseModel):
    model_config = ConfigDict(
        from_attributes=True,
        json_schema_extra={
            "examples": [
                {
                    "id": 1042,
                    "occurred_at": "2026-11-20T09:31:02Z",
                    "actor": "user:5e2a9c1d-3b4f-4a6e-8d7c-1f2e3a4b5c6d",
                    "client": None,
                    "client_address": "192.0.2.10",
                    "action": "inmate.update",
                    "record_type": "inmate",
                    "record_id": "0b0c4f4e-6a55-4c5e-9d59-1c6f7f0e0a11",
                    "request_id": "5d1c0f5e8c0e4a6f9e0b9a1d2c3b4a5f",
                    "detail": {"fields": ["languages", "prior_occupation"]},
                    "chain_position": 1042,
                    "hash": "3f1a9c0e5b7d2e4f6a8c0b1d3e5f7a9c1b3d5e7f9a1c3e5b7d9f1a3c5e7b9d1f",
                }
            ]
        },
    )

    id: int
    occurred_at: datetime
    actor: str
    client: str | None
    client_address: str | None
    action: str
    record_type: str
    record_id: str | None
    request_id: str | None
    detail: dict[str, Any]
    chain_position: int | None
    hash: str | None


class AuditPage(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"items": [example_of(AuditEventPublic)], "next_cursor": EXAMPLE_CURSOR}]
        }
    )

    items: list[AuditEventPublic]
    next_cursor: str | None
