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


async def test_concurrent_retries_of_one_create_make_one_record(
    live_client: httpx.AsyncClient,
) -> None:
    payload = FACILITIES.new()
    responses = await asyncio.gather(
        *(
            live_client.post(FACILITIES.path, json=payload, headers={"Idempotency-Key": "burst"})
            for _ in range(8)
        )
    )
    assert {response.status_code for response in responses} <= {200, 201}
    assert len({response.json()["id"] for response in responses}) == 1
    assert await count(live_client, FACILITIES) == 1


async def test_concurrent_creates_of_one_code_make_one_record(
    live_client: httpx.AsyncClient,
) -> None:
    responses = await asyncio.gather(
        *(
            live_client.post(FACILITIES.path, json=FACILITIES.new(code="SAME-CODE"))
            for _ in range(6)
        )
    )
    statuses = Counter(response.status_code for response in responses)
    assert statuses == {201: 1, 409: 5}
    assert await count(live_client, FACILITIES) == 1
