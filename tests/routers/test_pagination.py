"""Cursor pagination: complete, no repeats, stable under inserts, bad cursors refused."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from tests.resources import IDS, RESOURCES, Resource, assert_problem, create

pytestmark = pytest.mark.parametrize("resource", RESOURCES, ids=IDS)


async def _walk(client: httpx.AsyncClient, resource: Resource, limit: int) -> list[str]:
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, object] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(resource.path, params=params)
        assert response.status_code == 200
        page = response.json()
        assert len(page["items"]) <= limit
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            return seen


async def test_pages_cover_every_record_once(client: httpx.AsyncClient, resource: Resource) -> None:
    created = [(await create(client, resource))["id"] for _ in range(7)]
    seen = await _walk(client, resource, limit=3)
    assert len(seen) == len(set(seen))
    assert [record for record in seen if record in created] == created


async def test_default_limit_is_50(client: httpx.AsyncClient, resource: Resource) -> None:
    for _ in range(51):
        await create(client, resource)
    page = (await client.get(resource.path)).json()
    assert len(page["items"]) == 50
    assert page["next_cursor"] is not None


async def test_cursor_is_stable_under_inserts(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    for _ in range(4):
        await create(client, resource)
    first = (await client.get(resource.path, params={"limit": 2})).json()
    late = await create(client, resource)
    rest: list[str] = []
    cursor = first["next_cursor"]
    while cursor:
        page = (await client.get(resource.path, params={"limit": 2, "cursor": cursor})).json()
        rest += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
    first_ids = [item["id"] for item in first["items"]]
    assert not set(first_ids) & set(rest)
    assert rest[-1] == late["id"]


@pytest.mark.parametrize(
    "cursor",
    [
        "not-base64!!",
        "e30",  # {}
        base64.urlsafe_b64encode(json.dumps(["x", "y"]).encode()).decode(),
        base64.urlsafe_b64encode(json.dumps(["facility", "yesterday", "z"]).encode()).decode(),
        base64.urlsafe_b64encode(
            json.dumps(
                ["facility", "2026-01-01T00:00:00", "00000000-0000-0000-0000-000000000000"]
            ).encode()
        ).decode(),
    ],
)
async def test_malformed_cursor_is_400(
    client: httpx.AsyncClient, resource: Resource, cursor: str
) -> None:
    assert_problem(
        await client.get(resource.path, params={"cursor": cursor}), 400, "invalid_cursor"
    )


async def test_cursor_of_another_list_is_400(client: httpx.AsyncClient, resource: Resource) -> None:
    other = RESOURCES[1] if resource is RESOURCES[0] else RESOURCES[0]
    for _ in range(2):
        await create(client, other)
    cursor = (await client.get(other.path, params={"limit": 1})).json()["next_cursor"]
    assert cursor
    assert_problem(
        await client.get(resource.path, params={"cursor": cursor}), 400, "invalid_cursor"
    )


@pytest.mark.parametrize("limit", ["0", "201", "-1", "ten"])
async def test_limit_out_of_range_is_422(
    client: httpx.AsyncClient, resource: Resource, limit: str
) -> None:
    problem = assert_problem(
        await client.get(resource.path, params={"limit": limit}), 422, "validation_failed"
    )
    assert problem["errors"][0]["field"] == "query.limit"
