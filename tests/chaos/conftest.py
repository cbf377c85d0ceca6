"""Chaos checks run against a PostgreSQL cluster of their own (tests/chaos/cluster.py),
one per test process, and a real uvicorn server on it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.services.demo import demo_password
from tests.chaos.cluster import Cluster
from tests.e2e.test_server import _cli

# make chaos runs longer (PASSERELLE_CHAOS_SECONDS); make test keeps each check short.
LOAD_SECONDS = float(os.environ.get("PASSERELLE_CHAOS_SECONDS", "2"))
FAST_HASHES = {
    "PASSERELLE_PASSWORD_HASH_TIME_COST": "1",
    "PASSERELLE_PASSWORD_HASH_MEMORY_KIB": "64",
}


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    own = Cluster()
    try:
        own.start()
        yield own
    finally:
        own.remove()


@pytest.fixture
def chaos_url(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new database in the cluster, migrated and with the demonstration data."""
    url = cluster.create_database(f"chaos_{uuid.uuid4().hex[:8]}")
    for name, value in FAST_HASHES.items():
        monkeypatch.setenv(name, value)
    migrated = _cli(url, "db", "upgrade")
    assert migrated.returncode == 0, migrated.stderr
    seeded = _cli(url, "seed-demo")
    assert seeded.returncode == 0, seeded.stderr
    return url


@pytest.fixture
def server_log(tmp_path: Path) -> Path:
    return tmp_path / "server.log"


async def registrar_headers(http: httpx.AsyncClient) -> dict[str, str]:
    """The demo registrar of MCA-BKO, signed in."""
    grant = await http.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": "demo.registrar",
            "password": demo_password("demo.registrar"),
        },
    )
    assert grant.status_code == 200, grant.text
    return {"Authorization": f"Bearer {grant.json()['access_token']}"}
