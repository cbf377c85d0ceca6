"""Concurrent writers on a database of their own: no lost update, no duplicate create."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from app.main import create_app
from tests.conftest import make_settings
from tests.factories import live_admin_headers
from tests.resources import FACILITIES, count


@pytest.fixture
async def live_app(fresh_url: str) -> AsyncIterator[FastAPI]:
    """The app with its own engine and pool, as in production: every request commits."""
    app = create_app(make_settings(fresh_url))
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def live_client(live_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=live_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        client.headers.update(await live_admin_headers(live_app, client))
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


async def test_concurrent_overlapping_attendance_batches_lose_nothing(
    live_app: FastAPI, live_client: httpx.AsyncClient
) -> None:
    """Two partner systems push overlapping batches of one session at once: the rows they
    share are neither duplicated nor lost, and each ends as the last writer left it."""
    organisation = (
        await live_client.post(
            "/api/v1/organisations", json={"code": "CONC", "name": "Demo NGO", "kind": "ngo"}
        )
    ).json()
    live_client.headers.update(
        await live_admin_headers(live_app, live_client, roles=("programme_officer",))
    )
    session = await live_client.post(
        "/api/v1/training-sessions",
        json={
            "title": "Demo concurrent session",
            "topic": "other",
            "organiser_organisation_id": organisation["id"],
            "venue": "Demo venue",
            "start_date": "2017-04-10",
            "end_date": "2017-04-14",
            "daily_start": "09:00",
            "daily_end": "15:00",
            "language": "fra",
        },
    )
    assert session.status_code == 201, session.text
    url = f"/api/v1/training-sessions/{session.json()['id']}/attendance"
    days = ["2017-04-10", "2017-04-11", "2017-04-12", "2017-04-13", "2017-04-14"]

    def records(people: range, status: str) -> list[dict[str, object]]:
        return [
            {
                "participant_external_id": f"P-{n}",
                "participant": {"full_name": f"Demo {n}", "category": "police_military"},
                "day": day,
                "status": status,
            }
            for n in people
            for day in days
        ]

    await _warm(live_client)
    # 0-29 from one system, 20-49 from the other: 10 people (50 rows) overlap.
    first, second = await asyncio.gather(
        live_client.put(
            url, json={"create_participants": True, "records": records(range(30), "present")}
        ),
        live_client.put(
            url, json={"create_participants": True, "records": records(range(20, 50), "excused")}
        ),
    )
    assert first.status_code == second.status_code == 200, (first.text, second.text)
    rows: list[dict[str, object]] = []
    cursor = None
    while True:
        params: dict[str, object] = {"limit": 100}
        if cursor:
            params["since"] = cursor
        page = (await live_client.get(url, params=params)).json()
        rows += page["items"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    keys = [(row["participant_external_id"], row["day"]) for row in rows]
    assert len(keys) == len(set(keys)) == 250
    # Whichever batch came second updated the shared rows, all of them: the batches queue.
    shared = {
        row["status"] for row in rows if 20 <= int(str(row["participant_external_id"])[2:]) < 30
    }
    assert len(shared) == 1
    people = (await live_client.get("/api/v1/participants", params={"limit": 200})).json()
    names = [item["external_id"] for item in people["items"]]
    assert len(names) == len(set(names)) == 50
    counts = [first.json()["counts"], second.json()["counts"]]
    assert sum(c["participants_created"] for c in counts) == 50
    assert sum(c["created"] for c in counts) == 250
    assert sum(c["updated"] for c in counts) == 50
