"""Idempotency-Key replays and client-chosen ids: a retried create never makes a second row."""

from __future__ import annotations

import uuid
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.base import utcnow
from app.models.idempotency import IdempotencyRecord
from tests.resources import IDS, RESOURCES, Resource, assert_problem, count

pytestmark = pytest.mark.parametrize("resource", RESOURCES, ids=IDS)


async def test_same_key_same_body_replays_first_response(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    payload = resource.new()
    headers = {"Idempotency-Key": "tablet-7-000123"}
    first = await client.post(resource.path, json=payload, headers=headers)
    assert first.status_code == 201
    before = await count(client, resource)
    # Same content, other key order and spacing: still the same request.
    reordered = dict(reversed(list(payload.items())))
    replay = await client.post(resource.path, json=reordered, headers=headers)
    assert replay.status_code == 201
    assert replay.content == first.content
    assert replay.headers["location"] == first.headers["location"]
    assert replay.headers["etag"] == first.headers["etag"]
    assert replay.headers["idempotent-replayed"] == "true"
    assert await count(client, resource) == before


async def test_replay_shows_the_first_response_even_after_a_change(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    payload = resource.new()
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    first = await client.post(resource.path, json=payload, headers=headers)
    await client.patch(
        first.headers["location"], json=resource.valid_change, headers={"If-Match": '"1"'}
    )
    replay = await client.post(resource.path, json=payload, headers=headers)
    assert replay.json() == first.json()


async def test_same_key_other_body_is_422_and_writes_nothing(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    assert (
        await client.post(resource.path, json=resource.new(), headers=headers)
    ).status_code == 201
    before = await count(client, resource)
    response = await client.post(resource.path, json=resource.new(), headers=headers)
    assert_problem(response, 422, "idempotency_key_reused")
    assert await count(client, resource) == before


async def test_keys_belong_to_one_path(client: httpx.AsyncClient, resource: Resource) -> None:
    key = {"Idempotency-Key": str(uuid.uuid4())}
    assert (await client.post(resource.path, json=resource.new(), headers=key)).status_code == 201
    other = RESOURCES[1] if resource is RESOURCES[0] else RESOURCES[0]
    assert_problem(
        await client.post(other.path, json=other.new(), headers=key), 422, "idempotency_key_reused"
    )


async def test_expired_key_does_not_create_twice(
    client: httpx.AsyncClient, session: AsyncSession, resource: Resource
) -> None:
    payload = resource.new()
    key = str(uuid.uuid4())
    first = await client.post(resource.path, json=payload, headers={"Idempotency-Key": key})
    await session.exec(
        update(IdempotencyRecord)
        .where(IdempotencyRecord.key == key)  # type: ignore[arg-type]
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    await session.commit()
    before = await count(client, resource)
    again = await client.post(resource.path, json=payload, headers={"Idempotency-Key": key})
    # The stored response is gone, but the id derived from the key finds the same record.
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert await count(client, resource) == before


async def test_a_key_whose_answer_was_never_stored_is_finished_by_the_retry(
    client: httpx.AsyncClient, session: AsyncSession, resource: Resource
) -> None:
    """The create committed with its key, then the database went away before the answer was
    stored: the retry lands on the same record and stores its answer (it waited 5 s and
    answered 503 to every retry before, for the key's whole life)."""
    payload = resource.new()
    key = str(uuid.uuid4())
    first = await client.post(resource.path, json=payload, headers={"Idempotency-Key": key})
    await session.exec(
        update(IdempotencyRecord)
        .where(IdempotencyRecord.key == key)  # type: ignore[arg-type]
        .values(status_code=0, body="", headers={}, created_at=utcnow() - timedelta(minutes=1))
    )
    await session.commit()
    before = await count(client, resource)
    again = await client.post(resource.path, json=payload, headers={"Idempotency-Key": key})
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert await count(client, resource) == before
    replay = await client.post(resource.path, json=payload, headers={"Idempotency-Key": key})
    assert (replay.status_code, replay.headers["idempotent-replayed"]) == (200, "true")
    assert replay.content == again.content


async def test_empty_or_oversized_key_is_422(client: httpx.AsyncClient, resource: Resource) -> None:
    for key in ("", "k" * 256):
        response = await client.post(
            resource.path, json=resource.new(), headers={"Idempotency-Key": key}
        )
        assert_problem(response, 422, "validation_failed")


async def test_client_chosen_id_is_kept(client: httpx.AsyncClient, resource: Resource) -> None:
    chosen = str(uuid.uuid4())
    response = await client.post(resource.path, json=resource.new(id=chosen))
    assert response.status_code == 201
    assert response.json()["id"] == chosen
    assert (await client.get(f"{resource.path}/{chosen}")).status_code == 200


async def test_existing_id_same_content_is_not_a_duplicate(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    payload = resource.new(id=str(uuid.uuid4()))
    first = await client.post(resource.path, json=payload)
    before = await count(client, resource)
    again = await client.post(resource.path, json=payload)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert await count(client, resource) == before


async def test_existing_id_other_content_is_409(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    chosen = str(uuid.uuid4())
    await client.post(resource.path, json=resource.new(id=chosen))
    before = await count(client, resource)
    response = await client.post(resource.path, json=resource.new(id=chosen))
    assert_problem(response, 409, "id_conflict")
    assert await count(client, resource) == before
