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
import uuid
from datetime import UTC, date, datetime, timedelta

import asyncpg

from bench.common import signed_in_app, timed
from bench.inmate_registry import load


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


async def main(admin_url: str, count: int, runs: int) -> None:
    async def loader(dsn: str) -> None:
        await load(dsn, count)
        await load_assessments(dsn, 3)

    async with signed_in_app(admin_url, loader, "supervisor") as http:
        facility = (await http.get("/api/v1/facilities")).json()["items"][0]["id"]
        inmate = (await http.get("/api/v1/inmates", params={"limit": 1})).json()["items"][0]["id"]
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


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--admin-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    )
    parser.add_argument("--inmates", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    asyncio.run(main(args.admin_url, args.inmates, args.runs))
