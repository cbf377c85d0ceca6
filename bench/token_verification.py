"""Cost of authenticating a request: token verification alone, and the whole per-request
check (signature, claims, principal still active, token not revoked) against a database.

Run: .venv/bin/python bench/token_verification.py [--database-url URL] [--requests N]
Prints the median and 95th percentile of CPU time per operation (time.process_time),
which is what the target (under 1 ms of CPU per request) is about.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from pydantic import SecretStr

from app import migrations
from app.config import Settings
from app.db import create_engine, create_session_factory
from app.models.base import utcnow
from app.principal import SYSTEM_ACTOR
from app.schemas.user import UserCreate
from app.security import access_claims
from app.services import users
from app.services.auth import AuthServices, RequestOrigin, authenticate
from app.services.keys import ensure_signing_key, load_keyring


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


async def main(database_url: str, requests: int) -> None:
    settings = Settings(database_url=database_url, audit_seal_interval_seconds=0)
    await asyncio.to_thread(migrations.upgrade, settings)
    engine = create_engine(settings)
    factory = create_session_factory(engine)
    auth = AuthServices.create(settings)
    async with factory() as session:
        await ensure_signing_key(session, settings)
        view, _ = await users.create_user(
            session,
            SYSTEM_ACTOR,
            UserCreate(
                username=f"bench{int(time.time())}",
                display_name="Benchmark user",
                password=SecretStr("a benchmark passphrase"),
                roles=["registrar"],
                all_facilities=True,
            ),
            auth.hasher,
        )
        keyring = await load_keyring(session, settings)

    def new_token() -> str:
        return keyring.sign(
            access_claims(
                settings=settings,
                subject=f"user:{view.id}",
                scopes=["inmates:read"],
                facilities=None,
                organisation=None,
                client=None,
                agreement=None,
                organisation_scoped=False,
                now=utcnow(),
            )
        )

    # A token's first verification checks its signature; the keyring then remembers it
    # until it expires, and each later request with it costs a lookup.
    first_cpu = []
    for fresh in [new_token() for _ in range(requests)]:
        started = time.process_time_ns()
        keyring.verify(fresh, audience=settings.token_audience, issuer=settings.token_issuer)
        first_cpu.append((time.process_time_ns() - started) / 1e6)
    token = new_token()
    verify_cpu = []
    for _ in range(requests):
        started = time.process_time_ns()
        keyring.verify(token, audience=settings.token_audience, issuer=settings.token_issuer)
        verify_cpu.append((time.process_time_ns() - started) / 1e6)

    origin = RequestOrigin(address="127.0.0.1", request_id=None)
    request_cpu, request_wall = [], []
    async with factory() as session:
        for _ in range(requests):
            cpu, wall = time.process_time_ns(), time.perf_counter_ns()
            await authenticate(
                session, auth, token=token, required_scopes=["inmates:read"], origin=origin
            )
            request_cpu.append((time.process_time_ns() - cpu) / 1e6)
            request_wall.append((time.perf_counter_ns() - wall) / 1e6)
            await session.rollback()
    await engine.dispose()

    backend = database_url.split(":", 1)[0]
    print(f"token verification benchmark ({requests} runs, {backend})")
    print(f"{'measure':44} {'median ms':>10} {'p95 ms':>10}")
    for label, samples in (
        ("signature + claims, first use (CPU)", first_cpu),
        ("signature + claims, remembered (CPU)", verify_cpu),
        ("whole per-request check (CPU)", request_cpu),
        ("whole per-request check (wall, incl. DB)", request_wall),
    ):
        median, p95 = _percentiles(samples)
        print(f"{label:44} {median:10.3f} {p95:10.3f}")
    target = _percentiles(request_cpu)[0]
    print(f"target: under 1 ms median CPU per request -> {'met' if target < 1 else 'NOT met'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    default_db = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    parser.add_argument("--database-url", default=default_db)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    asyncio.run(main(args.database_url, args.requests))
