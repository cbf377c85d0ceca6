"""Every error is a problem+json document: statuses, languages, request ids, no leaks."""

from __future__ import annotations

import uuid

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException

from tests.resources import FACILITIES, assert_problem, create


@pytest.fixture
def failing_app(app: FastAPI) -> FastAPI:
    """The app with two routes that fail the way a bug or a throttle would."""

    async def crash() -> None:
        raise RuntimeError("SELECT secret FROM inmate WHERE name = 'Touré'")

    async def throttled() -> None:
        raise HTTPException(429, "Too many attempts", headers={"Retry-After": "60"})

    async def lost_race() -> None:
        raise StaleDataError("UPDATE statement on table 'inmate' expected to update 1 row(s)")

    app.router.add_api_route("/api/v1/test-crash", crash)
    app.router.add_api_route("/api/v1/test-throttle", throttled)
    app.router.add_api_route("/api/v1/test-lost-race", lost_race)
    return app


async def test_unhandled_error_is_a_bare_500(failing_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=failing_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/api/v1/test-crash")
    problem = assert_problem(response, 500, "internal_error")
    assert "SELECT" not in response.text
    assert "Touré" not in response.text
    assert "RuntimeError" not in response.text
    assert problem["request_id"] == response.headers["x-request-id"]


async def test_a_write_that_lost_a_race_is_503_to_retry(failing_app: FastAPI) -> None:
    """Another request changed the record between this one's read and write (the version
    counter refused the write): nothing was written, and sending it again is safe."""
    transport = httpx.ASGITransport(app=failing_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/api/v1/test-lost-race")
    assert_problem(response, 503, "service_unavailable")
    assert response.headers["retry-after"] == "5"
    assert "inmate" not in response.text


async def test_429_keeps_retry_after(failing_app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=failing_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        response = await client.get("/api/v1/test-throttle")
    assert_problem(response, 429, "too_many_requests")
    assert response.headers["retry-after"] == "60"


async def test_unknown_route_is_404_problem(client: httpx.AsyncClient) -> None:
    assert_problem(await client.get("/api/v1/nothing-here"), 404, "not_found")


async def test_method_not_allowed_is_405_problem(client: httpx.AsyncClient) -> None:
    response = await client.put(FACILITIES.path, json={})
    assert_problem(response, 405, "method_not_allowed")
    # Every method the path has, not only those of the first route the router met.
    assert response.headers["allow"] == "GET, POST"
    item = await client.delete("/api/v1/assessments/00000000-0000-0000-0000-000000000000")
    assert_problem(item, 405, "method_not_allowed")
    assert item.headers["allow"] == "GET, PATCH"
    due = await client.delete("/api/v1/assessments/due")
    assert due.headers["allow"] == "GET"  # the literal path, not /assessments/{id}


@pytest.mark.parametrize(
    ("accept_language", "title", "language"),
    [
        (None, "Not found", "en"),
        ("fr", "Introuvable", "fr"),
        ("fr-ML,fr;q=0.9,en;q=0.8", "Introuvable", "fr"),
        ("en-GB,fr;q=0.5", "Not found", "en"),
        ("bm,fr;q=0.7", "Introuvable", "fr"),
        ("de", "Not found", "en"),
        ("fr;q=0,en", "Not found", "en"),
    ],
)
async def test_titles_follow_accept_language(
    client: httpx.AsyncClient, accept_language: str | None, title: str, language: str
) -> None:
    headers = {"Accept-Language": accept_language} if accept_language else {}
    response = await client.get(f"{FACILITIES.path}/{uuid.uuid4()}", headers=headers)
    problem = assert_problem(response, 404, "not_found")
    assert problem["title"] == title
    assert response.headers["content-language"] == language


async def test_validation_titles_in_french(client: httpx.AsyncClient) -> None:
    response = await client.post(
        FACILITIES.path, json={"code": "X"}, headers={"Accept-Language": "fr"}
    )
    problem = assert_problem(response, 422, "validation_failed")
    assert problem["title"] == "Requête invalide"
    assert {error["field"] for error in problem["errors"]} >= {"body.code", "body.name"}


async def test_request_id_is_generated_or_kept(client: httpx.AsyncClient) -> None:
    generated = await client.get(FACILITIES.path)
    assert len(generated.headers["x-request-id"]) == 32
    mine = uuid.uuid4().hex
    kept = await client.get(FACILITIES.path, headers={"X-Request-ID": mine})
    assert kept.headers["x-request-id"] == mine
    # A value that is not a UUID (log injection, say) is replaced, never echoed.
    forged = await client.get(FACILITIES.path, headers={"X-Request-ID": "evil\nline"})
    assert forged.headers["x-request-id"] != "evil\nline"


async def test_problem_carries_request_id(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{FACILITIES.path}/{uuid.uuid4()}")
    assert response.json()["request_id"] == response.headers["x-request-id"]


async def test_large_responses_are_gzipped(client: httpx.AsyncClient) -> None:
    for _ in range(12):
        await create(client, FACILITIES)
    response = await client.get(FACILITIES.path, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert len(response.json()["items"]) >= 12
