"""Background upkeep while the service runs: seal the audit chain, drop expired keys."""

from __future__ import annotations

import asyncio
import logging
import time

from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.errors import is_database_unavailable
from app.metrics import Metrics
from app.services.audit import seal_pending
from app.services.auth import purge_expired_tokens
from app.services.idempotency import purge_expired
from app.services.keys import ensure_signing_key

logger = logging.getLogger("passerelle.upkeep")

PURGE_EVERY_SECONDS = 300.0


async def run_upkeep(
    factory: async_sessionmaker[AsyncSession], settings: Settings, metrics: Metrics | None = None
) -> None:
    """Seal the audit chain every few seconds, purge expired idempotency keys every few
    minutes, and make sure a signing key exists; until cancelled. A failed pass is logged
    and tried again next time."""
    interval = settings.audit_seal_interval_seconds
    last_purge = 0.0
    key_ready = False
    while True:
        try:
            async with factory() as session:
                if not key_ready:
                    await ensure_signing_key(session, settings)
                    key_ready = True
                sealed = await seal_pending(session)
                if metrics is not None:
                    metrics.note_sealing_pass(sealed)
                if sealed:
                    logger.debug("sealed audit events", extra={"count": sealed})
                if time.monotonic() - last_purge >= PURGE_EVERY_SECONDS:
                    purged = await purge_expired(session) + await purge_expired_tokens(session)
                    last_purge = time.monotonic()
                    if purged:
                        logger.info("purged expired keys and tokens", extra={"count": purged})
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if is_database_unavailable(exc):
                # The database busy or out of reach: expected now and then, retried next pass.
                logger.warning("upkeep pass failed; retrying", extra={"error": type(exc).__name__})
            else:
                logger.warning("upkeep pass failed; retrying", exc_info=True)
        await asyncio.sleep(interval)
