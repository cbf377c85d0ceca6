"""PostgreSQL stops (a crash: immediate shutdown) while registrars' tablets create inmates,
then starts again.

- During the outage every request is answered, within a bounded time, with a 503 problem;
  `/health/ready` says 503.
- The service recovers by itself: ready again within 5 s of the database accepting
  connections.
- Every create acknowledged with a 2xx is in the database, and the tablets' retries (same
  Idempotency-Key, same body) created no duplicate: each key is one row.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.chaos.cluster import Cluster
from tests.chaos.conftest import FAST_HASHES, LOAD_SECONDS, registrar_headers
from tests.live import live_server

pytestmark = pytest.mark.chaos

INMATES = "/api/v1/inmates"
WRITERS = 8
# Longer than the pool's and the connection's timeouts (2 s each, below), with margin.
ANSWER_BOUND_SECONDS = 10.0
RECOVERY_BOUND_SECONDS = 5.0
SERVER_ENV = {
    **FAST_HASHES,
    "PASSERELLE_DB_POOL_TIMEOUT_SECONDS": "2",
    "PASSERELLE_DB_CONNECT_TIMEOUT_SECONDS": "2",
}


@dataclass
class Tally:
    acknowledged: dict[str, str] = field(default_factory=dict)  # key -> inmate id
    attempts: int = 0
    retries: int = 0
    refused: int = 0  # 503 problems
    unreachable: int = 0  # no answer at all (connection reset)
    slowest: float = 0.0
    unexpected: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)


async def _facility(http: httpx.AsyncClient, headers: dict[str, str]) -> str:
    listed = await http.get("/api/v1/facilities", headers=headers)
    assert listed.status_code == 200, listed.text
    (bamako,) = [f["id"] for f in listed.json()["items"] if f["code"] == "MCA-BKO"]
    return str(bamako)


async def _create_until_acknowledged(
    http: httpx.AsyncClient, headers: dict[str, str], body: dict[str, Any], tally: Tally
) -> None:
    """One tablet's create: sent again with the same key and body until a 2xx."""
    key = str(uuid.uuid4())
    give_up = time.monotonic() + 60
    while True:
        tally.attempts += 1
        began = time.monotonic()
        try:
            answer = await http.post(
                INMATES, json=body, headers={**headers, "Idempotency-Key": key}
            )
        except httpx.TransportError:
            answer = None
            tally.unreachable += 1
        tally.slowest = max(tally.slowest, time.monotonic() - began)
        if answer is not None and answer.status_code in (200, 201):
            tally.acknowledged[key] = answer.json()["id"]
            return
        if answer is not None and answer.status_code != 503:
            tally.unexpected.append(f"{answer.status_code} {answer.text[:300]}")
            return
        if answer is not None:
            assert answer.headers["content-type"] == "application/problem+json"
            assert answer.json()["code"] == "service_unavailable"
            tally.refused += 1
        if time.monotonic() > give_up:
            tally.unfinished.append(key)
            return
        tally.retries += 1
        await asyncio.sleep(0.25)


async def _tablet(
    http: httpx.AsyncClient,
    headers: dict[str, str],
    facility: str,
    number: int,
    stop: asyncio.Event,
    tally: Tally,
) -> None:
    sent = 0
    while not stop.is_set():
        sent += 1
        body = {
            "facility_id": facility,
            "prison_number": f"CHAOS-{number}-{sent}",
            "family_name": "Panne",
            "given_names": "Exemple Fictif",
            "sex": "male",
            "birth_year": 1990,
            "admission_date": (date.today() - timedelta(days=1)).isoformat(),
        }
        await _create_until_acknowledged(http, headers, body, tally)


async def _until_ready(http: httpx.AsyncClient, deadline: float) -> float:
    while time.monotonic() < deadline:
        try:
            if (await http.get("/health/ready", timeout=2)).status_code == 200:
                return time.monotonic()
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.05)
    raise AssertionError("the service did not become ready again")


async def _outage(base_url: str, cluster: Cluster, tally: Tally) -> dict[str, float]:
    limits = httpx.Limits(max_connections=WRITERS + 4)
    async with httpx.AsyncClient(
        base_url=base_url, timeout=ANSWER_BOUND_SECONDS * 3, limits=limits
    ) as http:
        headers = await registrar_headers(http)
        facility = await _facility(http, headers)
        stop = asyncio.Event()
        tablets = [
            asyncio.create_task(_tablet(http, headers, facility, n, stop, tally))
            for n in range(WRITERS)
        ]
        await asyncio.sleep(LOAD_SECONDS)
        await asyncio.to_thread(cluster.stop, "immediate")
        stopped = time.monotonic()
        await asyncio.sleep(1.0)
        ready = await http.get("/health/ready", timeout=ANSWER_BOUND_SECONDS)
        assert ready.status_code == 503, ready.text
        await asyncio.sleep(max(LOAD_SECONDS - 1.0, 1.0))
        await asyncio.to_thread(cluster.start)
        back = time.monotonic()
        recovered = await _until_ready(http, back + 30) - back
        await asyncio.sleep(LOAD_SECONDS)
        stop.set()
        await asyncio.gather(*tablets)
        return {"outage_s": back - stopped, "recovery_s": recovered}


def test_acknowledged_writes_survive_a_database_crash(
    cluster: Cluster, chaos_url: str, server_log: Path
) -> None:
    tally = Tally()
    with live_server(chaos_url, server_log, SERVER_ENV) as base_url:
        timing = asyncio.run(_outage(base_url, cluster, tally))
    database = chaos_url.rsplit("/", 1)[1]
    rows = cluster.psql(
        database,
        "SELECT prison_number, count(*) FROM inmate WHERE prison_number LIKE 'CHAOS-%' "
        "GROUP BY prison_number ORDER BY prison_number",
    )
    per_number = dict(line.split("|") for line in rows.splitlines())
    ids = set(cluster.psql(database, "SELECT id FROM inmate").split())
    found = sum(1 for inmate_id in tally.acknowledged.values() if inmate_id in ids)
    duplicates = sum(int(count) - 1 for count in per_number.values())
    print(
        f"\nchaos/outage: {len(tally.acknowledged)} writes acknowledged, {found} found, "
        f"{duplicates} duplicates, {len(per_number)} rows; {tally.attempts} requests, "
        f"{tally.retries} retries, {tally.refused} answered 503, {tally.unreachable} "
        f"unanswered; slowest answer {tally.slowest:.2f} s; outage {timing['outage_s']:.1f} s, "
        f"ready again {timing['recovery_s']:.2f} s after the database"
    )
    assert tally.unexpected == []
    assert tally.unfinished == []
    assert tally.refused > 0, "the outage was not seen"
    assert found == len(tally.acknowledged)
    assert duplicates == 0
    assert len(per_number) == len(tally.acknowledged)
    assert tally.slowest < ANSWER_BOUND_SECONDS
    assert timing["recovery_s"] < RECOVERY_BOUND_SECONDS
