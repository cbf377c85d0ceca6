"""What the HTTP benchmarks share: a throwaway PostgreSQL database, migrated and seeded, the
real app in-process, a signed-in client, and timing."""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence

import asyncpg
import httpx
from sqlalchemy.engine import make_url

from app import migrations
from app.config import Settings
from app.main import create_app
from app.services.bootstrap import create_user
from app.services.demo import seed_demo
from app.services.keys import ensure_signing_key

PASSWORD = "a benchmark passphrase"

Loader = Callable[[str], Awaitable[None]]


@contextlib.asynccontextmanager
async def signed_in_app(
    admin_url: str, loader: Loader, role: str, facilities: Sequence[str] = ("MCA-BKO",)
) -> AsyncIterator[httpx.AsyncClient]:
    """A fresh database with the demo reference data, ``loader(dsn)`` run on it, and an HTTP
    client signed in as a user with ``role``. The database is dropped afterwards."""
    name = f"passerelle_bench_{uuid.uuid4().hex[:8]}"
    admin_dsn = make_url(admin_url).set(drivername="postgresql").render_as_string(False)
    admin = await asyncpg.connect(admin_dsn)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name).render_as_string(False)
    dsn = make_url(url).set(drivername="postgresql").render_as_string(False)
    try:
        settings = Settings(
            database_url=url,
            audit_seal_interval_seconds=0,
            password_hash_time_cost=1,
            password_hash_memory_kib=64,
            log_level="WARNING",
        )
        await asyncio.to_thread(migrations.upgrade, settings)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            async with app.state.session_factory() as session:
                await ensure_signing_key(session, settings)
                await seed_demo(session, settings)
            await loader(dsn)
            username = f"bench.{role}"
            async with app.state.session_factory() as session:
                await create_user(
                    session,
                    settings,
                    username=username,
                    password=PASSWORD,
                    roles=[role],
                    facility_codes=list(facilities),
                    organisation_code=None,
                    display_name=None,
                )
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
                grant = await http.post(
                    "/api/v1/auth/token",
                    data={"grant_type": "password", "username": username, "password": PASSWORD},
                )
                http.headers["Authorization"] = f"Bearer {grant.json()['access_token']}"
                yield http
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def timed(runs: int, call: Callable[[], Awaitable[httpx.Response]]) -> tuple[float, float]:
    """Median and 95th percentile, in milliseconds, of ``runs`` calls."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = await call()
        samples.append((time.perf_counter() - started) * 1000)
        if response.status_code not in (200, 201):
            raise SystemExit(f"{response.status_code}: {response.text}")
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]
