"""Login throttling: failures counted per account and per address in a shared store.

The database is the default store, so that every worker sees the same counts; Redis is
used instead when ``PASSERELLE_REDIS_URL`` is set.
"""

from __future__ import annotations

import math
import time
from datetime import timedelta
from typing import Protocol

from redis.asyncio import Redis
from sqlalchemy import delete, func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.errors import TooManyRequests
from app.models.base import utcnow
from app.models.token import LoginFailure


def account_key(name: str) -> str:
    return f"account:{name.casefold()[:150]}"


def address_key(address: str | None) -> str:
    return f"address:{(address or 'unknown')[:150]}"


class FailureStore(Protocol):
    async def count(self, session: AsyncSession, key: str, window: int) -> tuple[int, int]:
        """Failures of ``key`` within the last ``window`` seconds, and seconds until the
        oldest of them leaves the window."""

    async def add(self, session: AsyncSession, keys: list[str], window: int) -> None:
        """Record one failure under each key (committed with the caller's session)."""

    async def clear(self, session: AsyncSession, key: str) -> None: ...


class DatabaseFailureStore:
    async def count(self, session: AsyncSession, key: str, window: int) -> tuple[int, int]:
        since = utcnow() - timedelta(seconds=window)
        total, oldest = (
            await session.exec(
                select(func.count(), func.min(LoginFailure.occurred_at)).where(
                    LoginFailure.key == key, col(LoginFailure.occurred_at) > since
                )
            )
        ).one()
        if not total or oldest is None:
            return 0, 0
        if oldest.tzinfo is None:  # SQLite's aggregate skips the column type
            from datetime import UTC

            oldest = oldest.replace(tzinfo=UTC)
        remaining = window - (utcnow() - oldest).total_seconds()
        return int(total), max(1, math.ceil(remaining))

    async def add(self, session: AsyncSession, keys: list[str], window: int) -> None:
        # Old rows go as new ones come, so the table holds only the current window.
        await session.exec(
            delete(LoginFailure).where(
                col(LoginFailure.occurred_at) < utcnow() - timedelta(seconds=window)
            )
        )
        for key in keys:
            session.add(LoginFailure(key=key))

    async def clear(self, session: AsyncSession, key: str) -> None:
        await session.exec(delete(LoginFailure).where(col(LoginFailure.key) == key))


class RedisFailureStore:
    """Each key is a sorted set of failure times, expiring with the window."""

    def __init__(self, url: str) -> None:
        self._redis: Redis = Redis.from_url(url)

    async def count(self, session: AsyncSession, key: str, window: int) -> tuple[int, int]:
        now = time.time()
        redis_key = f"passerelle:login:{key}"
        await self._redis.zremrangebyscore(redis_key, 0, now - window)
        oldest = await self._redis.zrange(redis_key, 0, 0, withscores=True)
        total = await self._redis.zcard(redis_key)
        if not total or not oldest:
            return 0, 0
        return int(total), max(1, math.ceil(window - (now - float(oldest[0][1]))))

    async def add(self, session: AsyncSession, keys: list[str], window: int) -> None:
        now = time.time()
        async with self._redis.pipeline(transaction=True) as pipe:
            for key in keys:
                redis_key = f"passerelle:login:{key}"
                pipe.zadd(redis_key, {f"{now}:{id(pipe)}:{key}": now})
                pipe.expire(redis_key, window)
            await pipe.execute()

    async def clear(self, session: AsyncSession, key: str) -> None:
        await self._redis.delete(f"passerelle:login:{key}")

    async def close(self) -> None:
        await self._redis.aclose()


class LoginThrottle:
    """Refuses a login while its account or its address has failed too often."""

    def __init__(self, settings: Settings, store: FailureStore) -> None:
        self.store = store
        self.window = settings.login_window_seconds
        self.limits = {
            "account": settings.login_max_failures,
            "address": settings.login_address_max_failures,
        }

    async def check(self, session: AsyncSession, name: str, address: str | None) -> None:
        for kind, key in (("account", account_key(name)), ("address", address_key(address))):
            failures, retry_after = await self.store.count(session, key, self.window)
            if failures >= self.limits[kind]:
                raise TooManyRequests(
                    f"Too many failed sign-ins for this {kind}; try again later.", retry_after
                )

    async def failed(self, session: AsyncSession, name: str, address: str | None) -> None:
        await self.store.add(session, [account_key(name), address_key(address)], self.window)

    async def succeeded(self, session: AsyncSession, name: str) -> None:
        await self.store.clear(session, account_key(name))


def create_throttle(settings: Settings) -> LoginThrottle:
    store: FailureStore = (
        RedisFailureStore(settings.redis_url) if settings.redis_url else DatabaseFailureStore()
    )
    return LoginThrottle(settings, store)
