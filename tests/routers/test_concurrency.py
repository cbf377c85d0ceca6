"""Concurrent writers on a database of their own: no lost update, no duplicate create."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator

import httpx
import pytest

from app.main import create_app
from tests.conftest import make_settings
from tests.factories import live_admin_headers
from tests.resources import FACILITIES, count


@pytest.fixture
async def live_client(fresh_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its own engine and pool, as in production: every request commits."""
    app = create_app(make_settings(fresh_url))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            client.headers.update(await live_admin_headers(app, client))
            yield client


async def test_concurrent_patches_with_one_version_lose_no_update(
    live_client: httpx.AsyncClient,
) -> None:
    created = await live_client.post(FACILITIES.path, json=FACILITIES.new())
    url = created.headers["location"]
    responses = await asyncio.gather(
        *(
            live_client.patch(url, json={"capacity": 100 + i}, headers={"If-Match": '"1"'})
            for i in range(6)
        )
    )
    statuses = Counter(response.status_code for response in responses)
    assert statuses == {200: 1, 412: 5}
    winner = next(response.json() for response in responses if response.status_code == 200)
    final = (await live_client.get(url)).json()
    assert final["version"] == 2
    assert final["capacity"] == winner["capacity"]


async def _warm(client: httpx.AsyncClient) -> None:
    """Open several pooled connections first, so that the burst really runs in parallel."""
    await asyncio.gather(*(client.get(FACILITIES.path) for _ in range(8)))


@pytest.mark.parametrize("burst", range(3))
async def test_concurrent_retries_of_one_create_make_one_record(
    live_client: httpx.AsyncClient, burst: int
) -> None:
    await _warm(live_client)
    payload = FACILITIES.new()
    key = {"Idempotency-Key": f"burst-{burst}"}
    responses = await asyncio.gather(
        *(live_client.post(FACILITIES.path, json=payload, headers=key) for _ in range(8))
    )
    # One request creates; every other one waits for it and replays its answer exactly.
    assert [response.status_code for response in responses] == [201] * 8
    first = next(r for r in responses if "idempotent-replayed" not in r.headers)
    replays = [r for r in responses if r.headers.get("idempotent-replayed") == "true"]
    assert len(replays) == 7
    assert all(r.content == first.content for r in replays)
    assert await count(live_client, FACILITIES) == 1


async def test_concurrent_reuse_of_a_key_with_other_bodies_is_refused(
    live_client: httpx.AsyncClient,
) -> None:
    await _warm(live_client)
    key = {"Idempotency-Key": "contested"}
    responses = await asyncio.gather(
        *(live_client.post(FACILITIES.path, json=FACILITIES.new(), headers=key) for _ in range(6))
    )
    assert Counter(r.status_code for r in responses) == {201: 1, 422: 5}
    assert {r.json()["code"] for r in responses if r.status_code == 422} == {
        "idempotency_key_reused"
    }
    assert await count(live_client, FACILITIES) == 1


async def test_concurrent_creates_of_one_code_make_one_record(
    live_client: httpx.AsyncClient,
) -> None:
    await _warm(live_client)
    responses = await asyncio.gather(
        *(
            live_client.post(FACILITIES.path, json=FACILITIES.new(code="SAME-CODE"))
            for _ in range(6)
        )
    )
    statuses = Counter(response.status_code for response in responses)
    assert statuses == {201: 1, 409: 5}
    assert await count(live_client, FACILITIES) == 1
