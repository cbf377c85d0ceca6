"""API shape of audit events, for oversight."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class AuditEventPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

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
    items: list[AuditEventPublic]
    next_cursor: str | None
