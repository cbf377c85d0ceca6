"""Keyset (cursor) pagination: opaque cursors, stable under inserts, no OFFSET."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel
from sqlalchemy import literal, tuple_
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from app.errors import InvalidCursor

DEFAULT_LIMIT = 50
MAX_LIMIT = 200

RowT = TypeVar("RowT", bound=SQLModel)


class PageRequest(BaseModel):
    limit: int
    cursor: str | None


async def page_request(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None,
        Query(
            max_length=512, description="`next_cursor` of the previous page; omit for the first."
        ),
    ] = None,
) -> PageRequest:
    return PageRequest(limit=limit, cursor=cursor)


PageDep = Annotated[PageRequest, Depends(page_request)]


def encode_cursor(kind: str, created_at: datetime, record_id: uuid.UUID) -> str:
    raw = json.dumps([kind, created_at.isoformat(), str(record_id)], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(kind: str, cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        decoded = json.loads(base64.urlsafe_b64decode(padded))
        if not isinstance(decoded, list) or len(decoded) != 3:
            raise ValueError("not a cursor")
        cursor_kind, created_at, record_id = decoded
        if cursor_kind != kind or not isinstance(created_at, str) or not isinstance(record_id, str):
            raise ValueError("cursor of another list")
        moment = datetime.fromisoformat(created_at)
        if moment.tzinfo is None:
            raise ValueError("cursor time without offset")
        return moment.astimezone(UTC), uuid.UUID(record_id)
    except (ValueError, TypeError, OverflowError, binascii.Error) as exc:
        raise InvalidCursor("The cursor is not one this list issued.") from exc


async def keyset_page(
    session: AsyncSession,
    statement: SelectOfScalar[RowT],
    model: type[RowT],
    page: PageRequest,
    kind: str,
    created_column: str = "created_at",
) -> tuple[Sequence[RowT], str | None]:
    """One page of ``statement`` in (created_at, id) order, and the cursor of the next page.

    Rows inserted after the cursor was issued sort after it, so paging never repeats or
    skips a row; reading one row past the limit tells whether a next page exists.
    """
    created_at: Any = getattr(model, created_column)
    record_id: Any = model.id  # type: ignore[attr-defined]
    if page.cursor is not None:
        after_created, after_id = decode_cursor(kind, page.cursor)
        statement = statement.where(
            tuple_(created_at, record_id)
            > tuple_(literal(after_created, created_at.type), literal(after_id, record_id.type))
        )
    statement = statement.order_by(created_at, record_id).limit(page.limit + 1)
    rows = (await session.exec(statement)).all()
    if len(rows) <= page.limit:
        return rows, None
    rows = rows[: page.limit]
    last = rows[-1]
    return rows, encode_cursor(kind, getattr(last, created_column), last.id)  # type: ignore[attr-defined]


# Change feeds: a record's place is its change number, which grows in commit order within
# the scope (one training session), so that pulling "since" a number misses nothing.

MAX_CHANGES = 1000


class ChangesRequest(BaseModel):
    limit: int
    since: str | None


async def changes_request(
    limit: Annotated[
        int, Query(ge=1, le=MAX_CHANGES, description="Changes per page.")
    ] = DEFAULT_LIMIT,
    since: Annotated[
        str | None,
        Query(
            max_length=512,
            description="`next_cursor` of your previous pull; omit to start from the beginning.",
        ),
    ] = None,
) -> ChangesRequest:
    return ChangesRequest(limit=limit, since=since)


ChangesDep = Annotated[ChangesRequest, Depends(changes_request)]


def encode_change_cursor(kind: str, scope_id: uuid.UUID, seq: int) -> str:
    raw = json.dumps([kind, str(scope_id), seq], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_change_cursor(kind: str, scope_id: uuid.UUID, cursor: str | None) -> int:
    """The change number a cursor stands for (0 for none); another feed's cursor is refused."""
    if cursor is None:
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        decoded = json.loads(base64.urlsafe_b64decode(padded))
        if not isinstance(decoded, list) or len(decoded) != 3:
            raise ValueError("not a cursor")
        cursor_kind, cursor_scope, seq = decoded
        if cursor_kind != kind or cursor_scope != str(scope_id):
            raise ValueError("cursor of another feed")
        if not isinstance(seq, int) or isinstance(seq, bool) or not 0 <= seq < 2**63:
            raise ValueError("not a change number")
        return seq
    except (ValueError, TypeError, binascii.Error) as exc:
        raise InvalidCursor("The cursor is not one this feed issued.") from exc
