"""Token signing keys: created on first start, rotated by command, cached per worker."""

from __future__ import annotations

import asyncio
import time

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.models.base import utcnow
from app.models.token import SigningKey
from app.security import Keyring, KeyRow, can_decrypt, generate_signing_key

# Keys are re-read this often, so that a rotation reaches every worker without a restart.
KEYRING_MAX_AGE_SECONDS = 60.0
# A token with an unknown kid triggers at most one re-read per this many seconds.
UNKNOWN_KID_RELOAD_SECONDS = 5.0


async def rotate_signing_key(session: AsyncSession, settings: Settings) -> str:
    """Make a new key the signing one; older keys keep verifying tokens already issued."""
    generated = await asyncio.to_thread(generate_signing_key, settings)
    await session.exec(update(SigningKey).values(signing=False))
    session.add(
        SigningKey(
            kid=generated.kid,
            algorithm=generated.algorithm,
            public_pem=generated.public_pem,
            private_pem_encrypted=generated.private_pem_encrypted,
            signing=True,
        )
    )
    await session.commit()
    return generated.kid


async def retire_old_keys(session: AsyncSession, keep: int = 2) -> int:
    """Stop verifying with all but the ``keep`` newest keys (run after tokens have expired)."""
    keys = (
        await session.exec(
            select(SigningKey)
            .where(col(SigningKey.retired_at).is_(None))
            .order_by(col(SigningKey.created_at).desc())
        )
    ).all()
    retired = 0
    for key in keys[keep:]:
        if not key.signing:
            key.retired_at = utcnow()
            retired += 1
    await session.commit()
    return retired


async def ensure_signing_key(session: AsyncSession, settings: Settings) -> None:
    """A fresh installation gets its first key; an existing one keeps its own, unless the
    secret key changed and it can no longer be opened: then a new key signs from now on."""
    signing = (await session.exec(select(SigningKey).where(col(SigningKey.signing)))).first()
    if signing is None or not can_decrypt(signing.private_pem_encrypted, settings):
        await rotate_signing_key(session, settings)
    else:
        await session.commit()


async def load_keyring(session: AsyncSession, settings: Settings) -> Keyring:
    rows = (
        await session.exec(select(SigningKey).where(col(SigningKey.retired_at).is_(None)))
    ).all()
    await session.commit()
    return Keyring(
        (
            KeyRow(row.kid, row.algorithm, row.public_pem, row.private_pem_encrypted, row.signing)
            for row in rows
        ),
        settings,
    )


class KeyringCache:
    """The worker's keyring, parsed once and refreshed now and then, not on every request."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._keyring: Keyring | None = None
        self._loaded_at = 0.0
        self._lock = asyncio.Lock()

    async def get(self, session: AsyncSession, *, kid: str | None = None) -> Keyring:
        """The keyring; re-read when old, or when a token names a kid it does not know."""
        if self._keyring is not None and self._fresh(kid):
            return self._keyring
        async with self._lock:
            if self._keyring is None or not self._fresh(kid):
                self._keyring = await load_keyring(session, self._settings)
                self._loaded_at = time.monotonic()
            return self._keyring

    def _fresh(self, kid: str | None) -> bool:
        if self._keyring is None:
            return False
        age = time.monotonic() - self._loaded_at
        if age > KEYRING_MAX_AGE_SECONDS:
            return False
        unknown = kid is not None and not self._keyring.knows(kid)
        return not (unknown and age > UNKNOWN_KID_RELOAD_SECONDS)

    def invalidate(self) -> None:
        self._keyring = None
