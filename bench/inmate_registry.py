"""Inmate registry at scale: get by id, search, filtered lists (first and deep pages), create.

Loads N synthetic inmates (default 50,000) into a fresh PostgreSQL database with COPY, then
calls the real app in-process over HTTP (httpx ASGITransport) as a registrar, and prints the
median and p95 of each operation. Targets: a page 500 pages deep costs at most 1.5 times
the first page (keyset, not OFFSET); search first page under 50 ms median.

Run: .venv/bin/python bench/inmate_registry.py [--admin-url URL] [--inmates N] [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import uuid
from datetime import UTC, date, datetime, timedelta

import asyncpg
import httpx

from app.services.inmates import search_columns
from bench.common import signed_in_app, timed

FAMILY = ["Fictif", "Exemple", "Essai", "Modèle", "Témoin", "Spécimen", "Démo", "Factice"]
GIVEN = ["Alpha", "Bravo", "Charlie", "Delta", "Écho", "Fox", "Golf", "Hôtel", "India", "Kilo"]


async def load(dsn: str, count: int) -> None:
    pick = random.Random(7)
    connection = await asyncpg.connect(dsn)
    try:
        facilities = {
            row["code"]: row["id"]
            for row in await connection.fetch("SELECT code, id FROM facility")
        }
        start = datetime(2020, 1, 1, tzinfo=UTC)
        rows = []
        for n in range(count):
            code = "MCA-BKO" if n % 10 < 8 else "KLK"
            family, given = pick.choice(FAMILY), f"{pick.choice(GIVEN)} {n}"
            number = f"{code}-B-{n:06d}"
            values = {
                "family_name": family,
                "given_names": given,
                "aliases": [],
                "prison_number": number,
            }
            folded = search_columns(values)
            moment = start + timedelta(minutes=n)
            rows.append(
                (
                    uuid.uuid4(),
                    1,
                    moment,
                    moment,
                    facilities[code],
                    number,
                    family,
                    given,
                    "[]",
                    "male",
                    None,
                    1960 + n % 45,
                    "ML",
                    pick.choice(["Gao", "Mopti", "Kidal"]),
                    None,
                    '["bam"]',
                    None,
                    None,
                    None,
                    "[]",
                    None,
                    date(2024, 1, 1),
                    "pre_trial" if n % 5 else "convicted",
                    folded["search_text"],
                    folded["match_key"],
                    None,
                    None,
                    None,
                )
            )
        columns = [
            "id",
            "version",
            "created_at",
            "updated_at",
            "facility_id",
            "prison_number",
            "family_name",
            "given_names",
            "aliases",
            "sex",
            "date_of_birth",
            "birth_year",
            "nationality",
            "region_of_origin",
            "place_of_origin",
            "languages",
            "education_level",
            "prior_occupation",
            "family_contact",
            "charges",
            "case_reference",
            "admission_date",
            "legal_status",
            "search_text",
            "match_key",
            "current_episode_id",
            "housing_unit",
            "housing_cell",
        ]
        await connection.copy_records_to_table("inmate", records=rows, columns=columns)
        await connection.execute("ANALYZE inmate")
    finally:
        await connection.close()


async def main(admin_url: str, count: int, runs: int, deep_page: int = 500) -> None:
    async with signed_in_app(admin_url, lambda dsn: load(dsn, count), "registrar") as http:
        await report(http, count, runs, deep_page)


async def report(http: httpx.AsyncClient, count: int, runs: int, deep_page: int) -> None:
    facility = (await http.get("/api/v1/facilities")).json()["items"][0]["id"]
    first = (await http.get("/api/v1/inmates", params={"limit": 50})).json()["items"]
    some_id = first[7]["id"]
    filters = {"facility_id": facility, "legal_status": "pre_trial", "limit": 50}
    cursor = None
    for _ in range(deep_page):  # walk to the deep page once, to time that page
        page = (
            await http.get(
                "/api/v1/inmates", params={**filters, **({"cursor": cursor} if cursor else {})}
            )
        ).json()
        cursor = page["next_cursor"]
    if cursor is None:
        raise SystemExit(f"not enough rows for a page {deep_page} deep")
    results = {
        "get one inmate by id": await timed(runs, lambda: http.get(f"/api/v1/inmates/{some_id}")),
        "search q (first page)": await timed(
            runs, lambda: http.get("/api/v1/inmates", params={"q": "echo 4711", "limit": 50})
        ),
        "search q, common word (first page)": await timed(
            runs, lambda: http.get("/api/v1/inmates", params={"q": "modele", "limit": 50})
        ),
        "list facility+status (first page)": await timed(
            runs, lambda: http.get("/api/v1/inmates", params=filters)
        ),
        f"list facility+status (page {deep_page})": await timed(
            runs, lambda: http.get("/api/v1/inmates", params={**filters, "cursor": cursor})
        ),
    }
    counter = iter(range(10**6))
    results["create an inmate"] = await timed(
        runs,
        lambda: http.post(
            "/api/v1/inmates",
            json={
                "facility_id": facility,
                "prison_number": f"NEW-{next(counter)}",
                "family_name": "Nouveau",
                "given_names": "Fictif",
                "sex": "male",
                "birth_year": 1990,
                "admission_date": "2026-01-01",
            },
        ),
    )
    print(f"inmate registry benchmark: {count} inmates on PostgreSQL, {runs} runs each")
    print(f"{'operation':40} {'median ms':>10} {'p95 ms':>10}")
    for label, (median, p95) in results.items():
        print(f"{label:40} {median:10.2f} {p95:10.2f}")
    deep = (
        results[f"list facility+status (page {deep_page})"][0]
        / results["list facility+status (first page)"][0]
    )
    print(f"page {deep_page} / first page: {deep:.2f} (target <= 1.5)")
    print(f"search first page median: {results['search q (first page)'][0]:.1f} ms (target < 50)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--admin-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    )
    parser.add_argument("--inmates", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--deep-page", type=int, default=500)
    args = parser.parse_args()
    asyncio.run(main(args.admin_url, args.inmates, args.runs, args.deep_page))
