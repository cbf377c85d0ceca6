"""Assessments at scale: the due list of a facility and an inmate's assessment history.

Loads N inmates (default 50,000) and 3 verified assessments each (150,000) into a fresh
PostgreSQL database with COPY, then calls the real app in-process as a supervisor.
Target: each under 50 ms median.

Run: .venv/bin/python bench/assessments.py [--admin-url URL] [--inmates N] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta

import asyncpg
import httpx
from sqlalchemy.engine import make_url

from app import migrations
from app.config import Settings
from app.main import create_app
from app.services.bootstrap import create_user
from app.services.demo import seed_demo
from app.services.keys import ensure_signing_key
from bench.inmate_registry import PASSWORD, load


async def load_assessments(dsn: str, per_inmate: int) -> None:
    pick = random.Random(11)
    connection = await asyncpg.connect(dsn)
    try:
        version_id = await connection.fetchval("SELECT id FROM instrument_version LIMIT 1")
        assessor = await connection.fetchval("SELECT id FROM app_user LIMIT 1")
        inmates = [row["id"] for row in await connection.fetch("SELECT id FROM inmate")]
        rows = []
        start = datetime(2023, 1, 1, tzinfo=UTC)
        for n, inmate_id in enumerate(inmates):
            for k in range(per_inmate):
                verified = start + timedelta(days=120 * k, minutes=n)
                judgement = pick.choice(["low", "moderate", "high"])
                rows.append(
                    (
                        uuid.uuid4(),
                        1,
                        verified,
                        verified,
                        inmate_id,
                        version_id,
                        "periodic_review",
                        "verified",
                        assessor,
                        "{}",
                        judgement,
                        "Synthetic",
                        "[]",
                        verified,
                        assessor,
                        verified,
                        None,
                        (verified + timedelta(days=pick.randint(60, 700))).date(),
                    )
                )
        await connection.copy_records_to_table(
            "assessment",
            records=rows,
            columns=[
                "id",
                "version",
                "created_at",
                "updated_at",
                "inmate_id",
                "instrument_version_id",
                "kind",
                "status",
                "assessor_id",
                "ratings",
                "overall_judgement",
                "rationale",
                "interventions",
                "submitted_at",
                "verified_by",
                "verified_at",
                "return_comments",
                "next_review_date",
            ],
        )
        await connection.execute(
            """
            UPDATE inmate SET next_review_date = latest.next_review_date,
                review_due_on = latest.next_review_date
            FROM (SELECT DISTINCT ON (inmate_id) inmate_id, next_review_date FROM assessment
                  ORDER BY inmate_id, verified_at DESC) AS latest
            WHERE latest.inmate_id = inmate.id
            """
        )
        await connection.execute("ANALYZE assessment")
        await connection.execute("ANALYZE inmate")
    finally:
        await connection.close()


async def timed(runs: int, call: Callable[[], Awaitable[httpx.Response]]) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = await call()
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.text
    samples.sort()
    return statistics.median(samples), samples[max(0, int(len(samples) * 0.95) - 1)]


async def main(admin_url: str, count: int, runs: int) -> None:
    name = f"passerelle_bench_{uuid.uuid4().hex[:8]}"
    admin_dsn = make_url(admin_url).set(drivername="postgresql").render_as_string(False)
    admin = await asyncpg.connect(admin_dsn)
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name).render_as_string(False)
    dsn = make_url(url).set(drivername="postgresql").render_as_string(False)
    try:
        settings = Settings(
            database_url=url,
            audit_seal_interval_seconds=0,
            password_hash_time_cost=1,
            password_hash_memory_kib=64,
            log_level="WARNING",
        )
        await asyncio.to_thread(migrations.upgrade, settings)
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            async with app.state.session_factory() as session:
                await ensure_signing_key(session, settings)
                await seed_demo(session, settings)
            await load(settings, dsn, count)
            await load_assessments(dsn, 3)
            async with app.state.session_factory() as session:
                await create_user(
                    session,
                    settings,
                    username="bench.supervisor",
                    password=PASSWORD,
                    roles=["supervisor"],
                    facility_codes=["MCA-BKO"],
                    organisation_code=None,
                    display_name=None,
                )
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://b") as http:
                token = (
                    await http.post(
                        "/api/v1/auth/token",
                        data={
                            "grant_type": "password",
                            "username": "bench.supervisor",
                            "password": PASSWORD,
                        },
                    )
                ).json()["access_token"]
                http.headers["Authorization"] = f"Bearer {token}"
                facility = (await http.get("/api/v1/facilities")).json()["items"][0]["id"]
                inmate = (await http.get("/api/v1/inmates", params={"limit": 1})).json()["items"][
                    0
                ]["id"]
                due = await timed(
                    runs,
                    lambda: http.get(
                        "/api/v1/assessments/due",
                        params={"facility_id": facility, "before": date.today().isoformat()},
                    ),
                )
                history = await timed(
                    runs, lambda: http.get("/api/v1/assessments", params={"inmate_id": inmate})
                )
        print(
            f"assessment benchmark: {count} inmates, {count * 3} assessments on PostgreSQL, "
            f"{runs} runs each"
        )
        print(f"{'operation':40} {'median ms':>10} {'p95 ms':>10}")
        print(f"{'due list of a facility (first 100)':40} {due[0]:10.2f} {due[1]:10.2f}")
        print(f"{'assessment history of an inmate':40} {history[0]:10.2f} {history[1]:10.2f}")
        print("target: each under 50 ms median")
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--admin-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    )
    parser.add_argument("--inmates", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    asyncio.run(main(args.admin_url, args.inmates, args.runs))
