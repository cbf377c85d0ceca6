"""End to end: a real uvicorn process on a free local port, a real database behind it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from tests.live import live_server

pytestmark = pytest.mark.e2e


@pytest.fixture
def server(fresh_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with live_server(fresh_url, tmp_path_factory.mktemp("server") / "server.log") as base_url:
        yield base_url


def _cli(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PASSERELLE_DATABASE_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_facility_lives_through_a_real_server(server: str, fresh_url: str) -> None:
    password = "an administrator passphrase"
    created_user = _cli(
        fresh_url,
        "users",
        "create",
        "--username",
        "e2e.admin",
        "--role",
        "admin",
        "--all-facilities",
        stdin=password + "\n",
    )
    assert created_user.returncode == 0, created_user.stderr
    with httpx.Client(base_url=server, timeout=10) as client:
        assert client.get("/docs").status_code == 200
        assert client.get("/api/v1/facilities").status_code == 401
        token = client.post(
            "/api/v1/auth/token",
            data={"grant_type": "password", "username": "e2e.admin", "password": password},
        )
        assert token.status_code == 200, token.text
        client.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
        payload = {"code": "E2E-1", "name": "End-to-end prison", "region": "Ségou"}
        key = {"Idempotency-Key": "e2e-create-1"}
        created = client.post("/api/v1/facilities", json=payload, headers=key)
        assert created.status_code == 201
        replayed = client.post("/api/v1/facilities", json=payload, headers=key)
        assert replayed.content == created.content
        url = created.headers["location"]
        changed = client.patch(url, json={"capacity": 90}, headers={"If-Match": '"1"'})
        assert changed.status_code == 200
        stale = client.patch(url, json={"capacity": 91}, headers={"If-Match": '"1"'})
        assert stale.status_code == 412
        assert stale.headers["content-type"] == "application/problem+json"
        listing = client.get("/api/v1/facilities", headers={"Accept-Encoding": "gzip"})
        assert [item["code"] for item in listing.json()["items"]] == ["E2E-1"]
        assert listing.headers["x-request-id"]
