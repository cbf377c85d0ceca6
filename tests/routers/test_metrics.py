"""GET /metrics: requests by route template and status, latency, the pool, audit events
not yet sealed and sync batch sizes, to the configured networks only; the access log names
the caller by principal id, never by token."""

from __future__ import annotations

import asyncio
import logging
import time

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.ext.asyncio import AsyncEngine

from app.main import create_app
from tests.conftest import make_settings
from tests.factories import Identities
from tests.resources import assert_problem


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of the exposition, by name and labels."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def test_metrics_count_requests_by_route_and_show_the_pool_and_the_audit_backlog(
    app: FastAPI, anonymous: httpx.AsyncClient, identities: Identities, engine: AsyncEngine
) -> None:
    app.state.metrics.engines["main"] = engine  # what start-up does
    registrar = await identities.headers_for("registrar", facilities=("MCA-BKO",))
    for _ in range(3):
        assert (await anonymous.get("/api/v1/facilities", headers=registrar)).status_code == 200
    assert (await anonymous.get("/api/v1/inmates/not-there", headers=registrar)).status_code in (
        404,
        422,
    )
    pulled = await anonymous.get("/api/v1/sync/changes", headers=registrar)
    assert pulled.status_code == 200

    answer = await anonymous.get("/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    found = samples(answer.text)
    listed = frozenset({("method", "GET"), ("route", "/api/v1/facilities"), ("status", "200")})
    assert found["passerelle_http_requests_total", listed] == 3
    timed = frozenset({("method", "GET"), ("route", "/api/v1/facilities")})
    assert found["passerelle_http_request_duration_seconds_count", timed] == 3
    # By template, never by the raw path (no personal data, bounded series).
    assert not [key for key in found if ("route", "/api/v1/inmates/not-there") in key[1]]
    assert ("route", "/api/v1/inmates/{inmate_id}") in {
        label
        for name, labels in found
        if name == "passerelle_http_requests_total"
        for label in labels
    }
    changes = frozenset({("kind", "changes")})
    assert found["passerelle_sync_batch_records_count", changes] == 1
    if engine.dialect.name == "postgresql":
        pool = frozenset({("pool", "main")})
        assert found["passerelle_db_pool_connections_in_use", pool] >= 1
        assert found["passerelle_db_pool_waiting", pool] == 0


async def test_metrics_are_refused_outside_the_configured_networks(shared_url: str) -> None:
    for networks in ([], ["10.0.0.0/8"]):
        app = create_app(make_settings(shared_url, metrics_allowed_networks=networks))
        transport = httpx.ASGITransport(app=app)  # the caller is 127.0.0.1
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            assert_problem(await http.get("/metrics"), 403, "forbidden")
    app = create_app(make_settings(shared_url, metrics_allowed_networks=["10.0.0.0/8"]))
    transport = httpx.ASGITransport(app=app, client=("10.1.2.3", 4000))
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as http,
    ):
        assert (await http.get("/metrics")).status_code == 200


async def test_the_access_log_names_the_principal_never_the_token(
    anonymous: httpx.AsyncClient, identities: Identities, caplog: pytest.LogCaptureFixture
) -> None:
    registrar = await identities.headers_for("registrar", facilities=("MCA-BKO",))
    token = registrar["Authorization"].removeprefix("Bearer ")
    with caplog.at_level(logging.INFO, logger="passerelle.access"):
        assert (await anonymous.get("/api/v1/facilities", headers=registrar)).status_code == 200
        assert (await anonymous.get("/health/live")).status_code == 200
    lines = [r for r in caplog.records if r.name == "passerelle.access"]
    signed_in, anonymous_line = lines[-2], lines[-1]
    assert (signed_in.route, signed_in.status) == ("/api/v1/facilities", 200)  # type: ignore[attr-defined]
    assert str(signed_in.principal).startswith("user:")  # type: ignore[attr-defined]
    assert anonymous_line.principal == "-"  # type: ignore[attr-defined]
    assert signed_in.duration_ms >= 0  # type: ignore[attr-defined]
    assert all(token not in str(record.__dict__) for record in caplog.records)


async def test_metrics_answer_while_the_database_is_down() -> None:
    # Nothing listens on port 9: the connection is refused at once.
    app = create_app(make_settings("postgresql+asyncpg://postgres@127.0.0.1:9/none"))
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as http,
    ):
        answer = await http.get("/metrics")
    assert answer.status_code == 200
    names = {name for name, _ in samples(answer.text)}
    assert "passerelle_db_pool_connections_in_use" in names
    assert "passerelle_audit_last_seal_timestamp_seconds" not in names  # never sealed


async def test_the_sealer_reports_its_backlog_and_when_it_last_sealed(fresh_url: str) -> None:
    app = create_app(make_settings(fresh_url, audit_seal_interval_seconds=0.05))
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://t") as http,
    ):
        began = time.time()
        for _ in range(100):
            found = samples((await http.get("/metrics")).text)
            if ("passerelle_audit_last_seal_timestamp_seconds", frozenset()) in found:
                break
            await asyncio.sleep(0.05)
    assert found["passerelle_audit_last_seal_timestamp_seconds", frozenset()] >= began
    assert found["passerelle_audit_events_unsealed", frozenset()] >= 0


async def test_made_up_methods_share_one_series(app: FastAPI, anonymous: httpx.AsyncClient) -> None:
    for method in ("PROPFIND", "FOO", "BAR"):
        assert (await anonymous.request(method, "/api/v1/facilities")).status_code == 405
    found = samples((await anonymous.get("/metrics")).text)
    methods = {
        dict(labels)["method"] for name, labels in found if name == "passerelle_http_requests_total"
    }
    assert methods == {"other"}  # (this GET is counted once answered)
