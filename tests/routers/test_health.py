"""Liveness and readiness, including a database that does not answer."""

from __future__ import annotations

import httpx

from app.main import create_app
from tests.conftest import make_settings
from tests.resources import assert_problem


async def test_live_and_ready(client: httpx.AsyncClient) -> None:
    live = await client.get("/health/live")
    assert live.status_code == 200
    assert live.json() == {"status": "ok", "checks": {}}
    ready = await client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "checks": {"database": "ok"}}


async def test_ready_is_503_when_the_database_is_down() -> None:
    # Nothing listens on port 9: the connection is refused at once.
    app = create_app(make_settings("postgresql+asyncpg://postgres@127.0.0.1:9/none"))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            ready = await client.get("/health/ready")
            assert_problem(ready, 503, "service_unavailable")
            assert ready.headers["retry-after"] == "5"
            assert (await client.get("/health/live")).status_code == 200
            # A request that needs the database is a 503 problem too, never a hang or a trace.
            listing = await client.get(
                "/api/v1/facilities", headers={"Authorization": "Bearer some.token.here"}
            )
            assert_problem(listing, 503, "service_unavailable")
