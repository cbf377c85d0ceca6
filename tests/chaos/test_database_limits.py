"""Statements past the statement timeout, and more requests than the pool has connections.

Another session holds a lock on the inmate table (as a long migration or a stuck
transaction would), so every read of it waits:

- one request: its statement is cancelled at the statement timeout and answered with a
  503 problem; once the lock is gone, the same connections serve again (the pool is not
  poisoned);
- 200 requests at once against a pool of 10: each either gets a connection within the
  pool timeout or is answered 503, within a bounded time; none is left without an answer,
  the worker survives, and the service is healthy afterwards.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.chaos.cluster import Cluster
from tests.chaos.conftest import FAST_HASHES, registrar_headers
from tests.live import live_server

pytestmark = pytest.mark.chaos

STATEMENT_TIMEOUT_MS = 1000
POOL_TIMEOUT_S = 1.0
SERVER_ENV = {
    **FAST_HASHES,
    "PASSERELLE_DB_STATEMENT_TIMEOUT_MS": str(STATEMENT_TIMEOUT_MS),
    "PASSERELLE_DB_POOL_SIZE": "10",
    "PASSERELLE_DB_MAX_OVERFLOW": "0",
    "PASSERELLE_DB_POOL_TIMEOUT_SECONDS": str(POOL_TIMEOUT_S),
}
CROWD = 200
# Waiting for the pool, then a statement cut at the timeout, with room for a busy machine.
ANSWER_BOUND_S = 10.0


def _hold_lock(cluster: Cluster, database: str, seconds: float) -> subprocess.Popen[str]:
    """A session of its own that locks the inmate table for ``seconds``; returns once the
    lock is held."""
    holder = cluster.psql_session(
        database,
        f"BEGIN; LOCK TABLE inmate IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep({seconds}); COMMIT;",
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        held = cluster.psql(
            database,
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = 'inmate' AND l.mode = 'AccessExclusiveLock' AND l.granted",
        )
        if held == "1":
            return holder
        time.sleep(0.05)
    holder.kill()
    raise AssertionError("the lock was not taken")


async def _timed_get(http: httpx.AsyncClient, headers: dict[str, str]) -> tuple[int, float, str]:
    began = time.monotonic()
    answer = await http.get("/api/v1/inmates", headers=headers)
    code = answer.json().get("code", "") if answer.status_code >= 400 else ""
    return answer.status_code, time.monotonic() - began, code


async def _healthy(http: httpx.AsyncClient, headers: dict[str, str]) -> None:
    assert (await http.get("/health/ready")).status_code == 200
    for _ in range(20):
        status, _, _ = await _timed_get(http, headers)
        assert status == 200


async def _scenarios(base_url: str, cluster: Cluster, database: str) -> dict[str, float]:
    limits = httpx.Limits(max_connections=CROWD + 10, max_keepalive_connections=CROWD + 10)
    async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits) as http:
        headers = await registrar_headers(http)
        await _healthy(http, headers)

        holder = _hold_lock(cluster, database, 3)
        status, seconds, code = await _timed_get(http, headers)
        holder.wait(timeout=30)
        assert (status, code) == (503, "service_unavailable")
        assert seconds < ANSWER_BOUND_S
        await _healthy(http, headers)  # the same pool, connections not poisoned

        holder = _hold_lock(cluster, database, 4)
        began = time.monotonic()
        crowd = await asyncio.gather(*(_timed_get(http, headers) for _ in range(CROWD)))
        elapsed = time.monotonic() - began
        holder.wait(timeout=30)
        statuses = [status for status, _, _ in crowd]
        assert set(statuses) <= {200, 503}, statuses
        assert {code for status, _, code in crowd if status == 503} == {"service_unavailable"}
        assert statuses.count(503) > 0
        slowest = max(seconds for _, seconds, _ in crowd)
        assert slowest < ANSWER_BOUND_S
        await _healthy(http, headers)
        return {
            "cut_after_s": seconds,
            "crowd_503": statuses.count(503),
            "crowd_200": statuses.count(200),
            "crowd_slowest_s": slowest,
            "crowd_elapsed_s": elapsed,
        }


def test_slow_statements_and_a_full_pool_are_503_and_leave_the_service_healthy(
    cluster: Cluster, chaos_url: str, server_log: Path
) -> None:
    database = chaos_url.rsplit("/", 1)[1]
    with live_server(chaos_url, server_log, SERVER_ENV) as base_url:
        figures = asyncio.run(_scenarios(base_url, cluster, database))
    print(
        f"\nchaos/limits: a statement past {STATEMENT_TIMEOUT_MS} ms answered 503 after "
        f"{figures['cut_after_s']:.2f} s; {CROWD} requests on a pool of 10: "
        f"{figures['crowd_200']:.0f} served, {figures['crowd_503']:.0f} answered 503, "
        f"slowest {figures['crowd_slowest_s']:.2f} s, all answered in "
        f"{figures['crowd_elapsed_s']:.2f} s"
    )
