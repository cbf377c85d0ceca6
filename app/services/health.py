"""Readiness checks of what the service depends on."""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

READY_TIMEOUT_SECONDS = 2.0


async def database_ready(engine: AsyncEngine) -> bool:
    """Whether one trivial query answers within a bounded time."""
    try:
        async with asyncio.timeout(READY_TIMEOUT_SECONDS), engine.connect() as connection:
            # Outside a transaction: a probe must not queue behind SQLite's writer lock.
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("SELECT 1"))
    except (TimeoutError, OSError, SQLAlchemyError):
        return False
    return True
