"""Create, read, list and change facilities and organisations, and every bad input on the way."""

from __future__ import annotations

import uuid

import httpx
import pytest

from tests.resources import IDS, RESOURCES, Resource, assert_problem, count, create

pytestmark = pytest.mark.parametrize("resource", RESOURCES, ids=IDS)


async def test_create_answers_201_with_location_and_etag(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    payload = resource.new()
    response = await client.post(resource.path, json=payload)
    assert response.status_code == 201
    body = response.json()
    assert body["code"] == payload["code"]
    assert body["version"] == 1
    assert body["active"] is True
    assert response.headers["etag"] == '"1"'
    assert response.headers["location"] == f"{resource.path}/{body['id']}"
    fetched = await client.get(response.headers["location"])
    assert fetched.status_code == 200
    assert fetched.json() == body
    assert fetched.headers["etag"] == '"1"'


async def test_if_none_match_answers_304(client: httpx.AsyncClient, resource: Resource) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    not_modified = await client.get(url, headers={"If-None-Match": '"1"'})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    changed = await client.get(url, headers={"If-None-Match": '"7"'})
    assert changed.status_code == 200


async def test_unknown_id_is_404(client: httpx.AsyncClient, resource: Resource) -> None:
    response = await client.get(f"{resource.path}/{uuid.uuid4()}")
    assert_problem(response, 404, "not_found")


async def test_duplicate_code_is_409_naming_the_field(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    record = await create(client, resource)
    before = await count(client, resource)
    response = await client.post(resource.path, json=resource.new(code=record["code"]))
    problem = assert_problem(response, 409, "duplicate_value")
    assert problem["errors"][0]["field"] == "body.code"
    assert await count(client, resource) == before


async def test_unknown_field_is_rejected(client: httpx.AsyncClient, resource: Resource) -> None:
    before = await count(client, resource)
    response = await client.post(resource.path, json=resource.new(colour="blue"))
    problem = assert_problem(response, 422, "validation_failed")
    assert [error["field"] for error in problem["errors"]] == ["body.colour"]
    assert await count(client, resource) == before


async def test_wrong_types_list_each_field(client: httpx.AsyncClient, resource: Resource) -> None:
    before = await count(client, resource)
    payload = {**resource.new(**resource.wrong_type), "code": "lower case!"}
    if resource is RESOURCES[0]:
        payload["capacity"] = True  # a flag is no number
    problem = assert_problem(
        await client.post(resource.path, json=payload), 422, "validation_failed"
    )
    fields = {error["field"] for error in problem["errors"]}
    assert "body.code" in fields
    assert f"body.{next(iter(resource.wrong_type))}" in fields
    # The offending values are never echoed back.
    assert "lower case!" not in str(problem)
    assert await count(client, resource) == before


async def test_non_json_body_is_415(client: httpx.AsyncClient, resource: Resource) -> None:
    before = await count(client, resource)
    response = await client.post(
        resource.path, content=b"code=X", headers={"Content-Type": "text/plain"}
    )
    assert_problem(response, 415, "unsupported_media_type")
    response = await client.post(
        resource.path,
        content=b"code=X",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_problem(response, 415, "unsupported_media_type")
    assert await count(client, resource) == before


async def test_malformed_json_is_422(client: httpx.AsyncClient, resource: Resource) -> None:
    response = await client.post(
        resource.path, content=b'{"code": ', headers={"Content-Type": "application/json"}
    )
    problem = assert_problem(response, 422, "validation_failed")
    assert problem["errors"][0]["type"] == "json_invalid"


async def test_oversize_body_is_413_and_writes_nothing(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    before = await count(client, resource)
    payload = resource.new(name="x" * (1024 * 1024 + 10))
    response = await client.post(resource.path, json=payload)
    assert_problem(response, 413, "content_too_large")
    assert await count(client, resource) == before


async def test_oversize_chunked_body_is_413(client: httpx.AsyncClient, resource: Resource) -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        yield b'{"code": "BIG", "name": "'
        for _ in range(300):
            yield b"x" * 4096
        yield b'", "region": "r", "kind": "ngo"}'

    response = await client.post(
        resource.path, content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert_problem(response, 413, "content_too_large")


async def test_patch_changes_fields_and_bumps_version(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    response = await client.patch(url, json=resource.valid_change, headers={"If-Match": '"1"'})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["version"] == 2
    assert response.headers["etag"] == '"2"'
    for name, value in resource.valid_change.items():
        assert body[name] == value
    assert body["updated_at"] > record["updated_at"]


async def test_patch_without_if_match_is_428(client: httpx.AsyncClient, resource: Resource) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    assert_problem(
        await client.patch(url, json=resource.valid_change), 428, "precondition_required"
    )
    assert (await client.get(url)).json() == record


async def test_stale_if_match_is_412_and_changes_nothing(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    first = await client.patch(url, json={"name": "Renamed once"}, headers={"If-Match": '"1"'})
    assert first.status_code == 200
    stale = await client.patch(url, json=resource.valid_change, headers={"If-Match": '"1"'})
    problem = assert_problem(stale, 412, "precondition_failed")
    assert problem["current_version"] == 2
    current = (await client.get(url)).json()
    assert current["version"] == 2
    assert current["name"] == "Renamed once"
    garbage = await client.patch(url, json=resource.valid_change, headers={"If-Match": "nonsense"})
    assert_problem(garbage, 412, "precondition_failed")


async def test_patch_with_nothing_new_keeps_version(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    response = await client.patch(url, json={"name": record["name"]}, headers={"If-Match": '"1"'})
    assert response.status_code == 200
    assert response.json()["version"] == 1


async def test_patch_refuses_null_for_required_unknown_fields_and_code(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    for body in ({"name": None}, {"colour": "red"}, {"code": "NEW-CODE"}, resource.wrong_type):
        response = await client.patch(url, json=body, headers={"If-Match": '"1"'})
        assert_problem(response, 422, "validation_failed")
    assert (await client.get(url)).json() == record


async def test_deactivate_instead_of_delete(client: httpx.AsyncClient, resource: Resource) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    assert_problem(await client.delete(url), 405, "method_not_allowed")
    response = await client.patch(url, json={"active": False}, headers={"If-Match": '"1"'})
    assert response.json()["active"] is False
    inactive = (await client.get(resource.path, params={"active": "false"})).json()["items"]
    active = (await client.get(resource.path, params={"active": "true"})).json()["items"]
    assert record["id"] in [item["id"] for item in inactive]
    assert record["id"] not in [item["id"] for item in active]


async def test_patch_unknown_id_is_404(client: httpx.AsyncClient, resource: Resource) -> None:
    response = await client.patch(
        f"{resource.path}/{uuid.uuid4()}", json=resource.valid_change, headers={"If-Match": '"1"'}
    )
    assert_problem(response, 404, "not_found")


async def test_control_characters_are_refused(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    before = await count(client, resource)
    for name in ("a\u0000b", "line\nbreak", "bell\u0007"):
        response = await client.post(resource.path, json=resource.new(name=name))
        assert_problem(response, 422, "validation_failed")
    assert await count(client, resource) == before


async def test_values_are_not_coerced(client: httpx.AsyncClient, resource: Resource) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    for body in ({"active": "false"}, {"active": 0}, {"name": 12}):
        response = await client.patch(url, json=body, headers={"If-Match": '"1"'})
        assert_problem(response, 422, "validation_failed")


async def test_if_match_must_name_one_strong_version(
    client: httpx.AsyncClient, resource: Resource
) -> None:
    record = await create(client, resource)
    url = f"{resource.path}/{record['id']}"
    change = resource.valid_change
    assert_problem(
        await client.patch(url, json=change, headers={"If-Match": "*"}),
        428,
        "precondition_required",
    )
    for tag in ('W/"1"', '"1", "2"'):
        response = await client.patch(url, json=change, headers={"If-Match": tag})
        assert_problem(response, 412, "precondition_failed")
    weak = await client.get(url, headers={"If-None-Match": 'W/"1"'})
    assert weak.status_code == 304
