"""HTTP route of the audit log, for the oversight body."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated

from fastapi import APIRouter, Query

from app.db import SessionDep
from app.deps import AuditRead
from app.errors import InvalidCursor, problem_responses
from app.pagination import PageDep
from app.schemas.audit import AuditEventPublic, AuditPage
from app.services import audit

router = APIRouter(prefix="/audit-events", tags=["audit"], responses=problem_responses(401, 403))

Filter = Annotated[str | None, Query(max_length=100)]


def _after(cursor: str | None) -> int | None:
    if cursor is None:
        return None
    try:
        decoded = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, value = decoded.partition(":")
        if kind != "audit" or not value.isdigit():
            raise ValueError(cursor)
        return int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidCursor("The cursor is not one this list issued.") from exc


@router.get("", name="list", response_model=AuditPage, responses=problem_responses(400, 422))
async def list_audit_events(
    actor: AuditRead,
    session: SessionDep,
    page: PageDep,
    principal: Filter = None,
    action: Filter = None,
    record_type: Filter = None,
    record_id: Filter = None,
) -> AuditPage:
    """Audit events in the order they were recorded, with filters."""
    rows, last = await audit.list_events(
        session,
        limit=page.limit,
        after_id=_after(page.cursor),
        actor=principal,
        action=action,
        record_type=record_type,
        record_id=record_id,
    )
    cursor = (
        base64.urlsafe_b64encode(f"audit:{last}".encode()).decode().rstrip("=") if last else None
    )
    return AuditPage(
        items=[AuditEventPublic.model_validate(row) for row in rows], next_cursor=cursor
    )
