"""The two foundation resources, described once so that every convention test runs on both;
and the client generator, for the tests that check and run the generated clients."""

from __future__ import annotations

import importlib.util
import itertools
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

_counter = itertools.count(1)


@dataclass(frozen=True)
class Resource:
    path: str
    valid_change: dict[str, Any]
    wrong_type: dict[str, Any]

    def new(self, **overrides: Any) -> dict[str, Any]:
        n = next(_counter)
        base: dict[str, Any]
        if self.path.endswith("facilities"):
            base = {"code": f"FAC-{n}", "name": f"Test facility {n}", "region": "Kayes"}
        else:
            base = {"code": f"ORG-{n}", "name": f"Test organisation {n}", "kind": "ngo"}
        return {**base, **overrides}


FACILITIES = Resource(
    "/api/v1/facilities", valid_change={"capacity": 321}, wrong_type={"capacity": "many"}
)
ORGANISATIONS = Resource(
    "/api/v1/organisations", valid_change={"country": "SN"}, wrong_type={"kind": "spy_agency"}
)
RESOURCES = [FACILITIES, ORGANISATIONS]
IDS = ["facilities", "organisations"]


async def create(client: httpx.AsyncClient, resource: Resource, **fields: Any) -> dict[str, Any]:
    response = await client.post(resource.path, json=resource.new(**fields))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def count(client: httpx.AsyncClient, resource: Resource) -> int:
    total, cursor = 0, None
    while True:
        params: dict[str, Any] = {"limit": 200}
        if cursor:
            params["cursor"] = cursor
        page = (await client.get(resource.path, params=params)).json()
        total += len(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return total


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem: dict[str, Any] = response.json()
    assert problem["status"] == status
    assert problem["code"] == code
    assert problem["type"] == f"urn:passerelle:problem:{code}"
    assert problem["title"]
    assert "Traceback" not in response.text
    return problem


GENERATE = Path(__file__).resolve().parent.parent / "clients" / "openapi" / "generate.py"


def client_generator() -> ModuleType:
    """clients/openapi/generate.py as a module: what writes and checks the clients."""
    spec = importlib.util.spec_from_file_location("client_generator", GENERATE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
