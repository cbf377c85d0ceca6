"""Concurrent writers on a database of their own: no lost update, no duplicate create."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from datetime import date, timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlmodel import select

from app.main import create_app
from app.models.audit import AuditEvent
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


async def _partner_systems(
    live_client: httpx.AsyncClient, code: str, systems: int
) -> list[dict[str, str]]:
    """An organisation under an agreement with ``systems`` API clients; their headers."""
    organisation = (
        await live_client.post(
            "/api/v1/organisations", json={"code": code, "name": "Demo NGO", "kind": "ngo"}
        )
    ).json()
    scopes = ["training:read", "training:write", "attendance:sync"]
    today = date.today()
    agreement = await live_client.post(
        "/api/v1/data-sharing-agreements",
        json={
            "reference": f"DSA-{code}",
            "organisation_id": organisation["id"],
            "purpose": "Demo training attendance",
            "legal_basis": "Demo",
            "scopes": scopes,
            "valid_from": (today - timedelta(days=1)).isoformat(),
            "valid_until": (today + timedelta(days=30)).isoformat(),
            "signatory": "Demo signatory",
        },
    )
    assert agreement.status_code == 201, agreement.text
    headers = []
    for n in range(systems):
        created = await live_client.post(
            "/api/v1/clients",
            json={
                "name": f"Demo system {n}",
                "kind": "partner",
                "organisation_id": organisation["id"],
                "allowed_scopes": scopes,
            },
        )
        assert created.status_code == 201, created.text
        token = await live_client.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": created.json()["client_id"],
                "client_secret": created.json()["client_secret"],
            },
            headers={"Authorization": ""},
        )
        assert token.status_code == 200, token.text
        headers.append({"Authorization": f"Bearer {token.json()['access_token']}"})
    return headers


def _records(people: range, days: list[str], status: str) -> list[dict[str, object]]:
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


async def _all_attendance(
    client: httpx.AsyncClient, url: str, headers: dict[str, str]
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    cursor = None
    while True:
        params: dict[str, object] = {"limit": 100}
        if cursor:
            params["since"] = cursor
        page = (await client.get(url, params=params, headers=headers)).json()
        rows += page["items"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return rows


async def test_two_systems_syncing_overlapping_batches_lose_nothing(
    live_client: httpx.AsyncClient,
) -> None:
    """Two systems of one partner push overlapping batches of one session at once, and of
    another session naming the same new people: the rows they share are neither duplicated
    nor lost, each person is registered once, and each shared row ends as one batch left it."""
    first_system, second_system = await _partner_systems(live_client, "CONC", 2)
    days = ["2017-04-10", "2017-04-11", "2017-04-12", "2017-04-13", "2017-04-14"]
    sessions = []
    for title in ("Demo concurrent session", "Demo parallel session"):
        created = await live_client.post(
            "/api/v1/training-sessions",
            json={
                "title": title,
                "topic": "other",
                "venue": "Demo venue",
                "start_date": days[0],
                "end_date": days[-1],
                "daily_start": "09:00",
                "daily_end": "15:00",
                "language": "fra",
            },
            headers=first_system,
        )
        assert created.status_code == 201, created.text
        sessions.append(f"/api/v1/training-sessions/{created.json()['id']}/attendance")
    await _warm(live_client)
    # 0-29 and 20-49 on the first session: 10 people (50 rows) overlap; the same 20-49 on
    # the second session, so that three batches may register each of them.
    first, second, third = await asyncio.gather(
        live_client.put(
            sessions[0],
            json={"create_participants": True, "records": _records(range(30), days, "present")},
            headers=first_system,
        ),
        live_client.put(
            sessions[0],
            json={
                "create_participants": True,
                "records": _records(range(20, 50), days, "excused"),
            },
            headers=second_system,
        ),
        live_client.put(
            sessions[1],
            json={
                "create_participants": True,
                "records": _records(range(20, 50), days, "present"),
            },
            headers=second_system,
        ),
    )
    for response in (first, second, third):
        assert response.status_code == 200, response.text
    rows = await _all_attendance(live_client, sessions[0], first_system)
    keys = [(row["participant_external_id"], row["day"]) for row in rows]
    assert len(keys) == len(set(keys)) == 250
    # Whichever batch came second updated the shared rows, all of them: the batches queue.
    shared = {
        row["status"] for row in rows if 20 <= int(str(row["participant_external_id"])[2:]) < 30
    }
    assert len(shared) == 1
    people: list[dict[str, object]] = []
    cursor = None
    while True:
        params: dict[str, object] = {"limit": 200}
        if cursor:
            params["cursor"] = cursor
        page = (
            await live_client.get("/api/v1/participants", params=params, headers=first_system)
        ).json()
        people += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    external_ids = [person["external_id"] for person in people]
    assert len(external_ids) == len(set(external_ids)) == 50
    counts = [r.json()["counts"] for r in (first, second, third)]
    assert sum(c["participants_created"] for c in counts) == 50
    assert sum(c["created"] for c in counts) == 250 + 150
    assert sum(c["updated"] for c in counts) == 50


async def test_two_requests_for_the_last_seat_one_wins_one_waits(
    live_app: FastAPI, live_client: httpx.AsyncClient
) -> None:
    facility = (await live_client.post(FACILITIES.path, json=FACILITIES.new())).json()
    provider = (
        await live_client.post(
            "/api/v1/organisations", json={"code": "SEAT-NGO", "name": "Demo NGO", "kind": "ngo"}
        )
    ).json()
    staff = await live_admin_headers(
        live_app, live_client, roles=("registrar", "programme_officer")
    )
    inmates = []
    for n in range(2):
        created = await live_client.post(
            "/api/v1/inmates",
            json={
                "facility_id": facility["id"],
                "prison_number": f"SEAT-{n}",
                "family_name": "Exemple",
                "given_names": "Fictif",
                "sex": "male",
                "birth_year": 1990,
                "admission_date": date.today().isoformat(),
            },
            headers=staff,
        )
        assert created.status_code == 201, created.text
        inmates.append(created.json()["id"])
    programme = await live_client.post(
        "/api/v1/vocational-programmes",
        json={
            "title": "Demo tailoring",
            "trade": "tailoring",
            "provider_organisation_id": provider["id"],
            "facility_id": facility["id"],
            "capacity": 1,
            "start_date": "2027-01-11",
            "end_date": "2027-03-26",
            "sessions_per_week": 2,
            "hours_per_session": 3,
        },
        headers=staff,
    )
    assert programme.status_code == 201, programme.text
    await _warm(live_client)
    responses = await asyncio.gather(
        *(
            live_client.post(
                "/api/v1/vocational-enrolments",
                json={"programme_id": programme.json()["id"], "inmate_id": inmate},
                headers=staff,
            )
            for inmate in inmates
        )
    )
    assert [response.status_code for response in responses] == [201, 201]
    assert sorted(response.json()["status"] for response in responses) == [
        "enrolled",
        "waitlisted",
    ]


async def test_overlapping_visit_requests_at_once_one_wins(
    live_app: FastAPI, live_client: httpx.AsyncClient
) -> None:
    facility = (await live_client.post(FACILITIES.path, json=FACILITIES.new())).json()
    staff = await live_admin_headers(
        live_app, live_client, roles=("registrar", "programme_officer")
    )
    inmate = await live_client.post(
        "/api/v1/inmates",
        json={
            "facility_id": facility["id"],
            "prison_number": "VISIT-1",
            "family_name": "Exemple",
            "given_names": "Fictif",
            "sex": "male",
            "birth_year": 1990,
            "admission_date": date.today().isoformat(),
        },
        headers=staff,
    )
    assert inmate.status_code == 201, inmate.text
    lawyers = []
    for n in range(4):
        lawyer = await live_client.post(
            "/api/v1/visitors",
            json={"family_name": "Exemple", "given_names": f"Avocat {n}", "kind": "lawyer"},
            headers=staff,
        )
        assert lawyer.status_code == 201, lawyer.text
        lawyers.append(lawyer.json()["id"])
    day = (date.today() + timedelta(days=3)).isoformat()
    await _warm(live_client)
    responses = await asyncio.gather(
        *(
            live_client.post(
                "/api/v1/visits",
                json={
                    "inmate_id": inmate.json()["id"],
                    "type": "legal",
                    "visitor_ids": [lawyer],
                    "starts_at": f"{day}T09:{10 * n:02d}:00Z",
                    "ends_at": f"{day}T10:{10 * n:02d}:00Z",
                },
                headers=staff,
            )
            for n, lawyer in enumerate(lawyers)
        )
    )
    statuses = Counter(response.status_code for response in responses)
    assert statuses == {201: 1, 409: 3}, [r.text for r in responses]
    assert {r.json()["code"] for r in responses if r.status_code == 409} == {"visit_overlap"}
    listed = await live_client.get(
        "/api/v1/visits", params={"inmate_id": inmate.json()["id"]}, headers=staff
    )
    assert len(listed.json()["items"]) == 1


async def test_one_identity_document_registered_at_once_makes_one_visitor(
    live_app: FastAPI, live_client: httpx.AsyncClient
) -> None:
    staff = await live_admin_headers(live_app, live_client, roles=("programme_officer",))
    await _warm(live_client)
    responses = await asyncio.gather(
        *(
            live_client.post(
                "/api/v1/visitors",
                json={
                    "family_name": "Exemple",
                    "given_names": f"Double {n}",
                    "kind": "ngo",
                    "id_document_type": "passport",
                    "id_document_number": "DEMO-RACE-1",
                },
                headers=staff,
            )
            for n in range(4)
        )
    )
    assert sorted(r.status_code for r in responses) == [201, 409, 409, 409], [
        r.text for r in responses
    ]
    assert {r.json()["code"] for r in responses if r.status_code == 409} == {"duplicate_value"}


async def test_reading_an_inmate_opens_no_transaction_on_postgresql(
    live_app: FastAPI, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The inmate read is an autocommit route: its two statements (the caller's check, the
    read with its audit event) need no BEGIN and no COMMIT. Other routes keep theirs."""
    if backend != "postgres":
        pytest.skip("SQLite's sessions always run in a transaction")
    from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection

    began: list[object] = []
    start = AsyncAdapt_asyncpg_connection._start_transaction

    async def counting_start(self: AsyncAdapt_asyncpg_connection) -> None:
        if self.isolation_level != "autocommit":
            began.append(self)
        await start(self)

    transport = httpx.ASGITransport(app=live_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        roles = ("admin", "registrar")
        client.headers.update(await live_admin_headers(live_app, client, roles))
        facility = await client.post(FACILITIES.path, json=FACILITIES.new())
        created = await client.post(
            "/api/v1/inmates",
            json={
                "facility_id": facility.json()["id"],
                "prison_number": "T-AUTO-1",
                "family_name": "Exemple",
                "given_names": "Fictif",
                "sex": "male",
                "birth_year": 1990,
                "admission_date": "2026-11-01",
            },
        )
        assert created.status_code == 201, created.text
        monkeypatch.setattr(AsyncAdapt_asyncpg_connection, "_start_transaction", counting_start)
        read = await client.get(created.headers["location"])
        assert read.status_code == 200
        assert began == []
        listed = await client.get("/api/v1/inmates")
        assert listed.status_code == 200
        assert began, "an ordinary route runs in a transaction"
    async with live_app.state.session_factory() as session:
        events = await session.exec(
            select(AuditEvent).where(
                AuditEvent.action == "inmate.read", AuditEvent.record_id == created.json()["id"]
            )
        )
        assert len(events.all()) == 1
