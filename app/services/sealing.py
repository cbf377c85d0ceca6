"""The background task that keeps the audit chain sealed while the service runs."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from app.services.audit import seal_pending

logger = logging.getLogger("passerelle.audit")


async def seal_periodically(factory: async_sessionmaker[AsyncSession], interval: float) -> None:
    """Seal every ``interval`` seconds until cancelled; a failed pass is retried next time."""
    while True:
        try:
            async with factory() as session:
                sealed = await seal_pending(session)
            if sealed:
                logger.debug("sealed audit events", extra={"count": sealed})
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.warning("audit sealing pass failed; retrying", exc_info=True)
        await asyncio.sleep(interval)
