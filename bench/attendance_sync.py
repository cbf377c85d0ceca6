"""Bulk attendance sync: one 5,000-record batch of a session, new and then replayed.

Each round creates a fresh training session (D days, default 5) and PUTs one batch of
P participants x D days (default 1,000 x 5 = 5,000 records) with `create_participants`
and new external ids, so that the new batch registers the participants, enrols them and
creates their attendance; then it PUTs the identical batch again (the replay: every
record `unchanged`). Runs the real app in-process on a fresh PostgreSQL database as a
programme officer, and prints the median, p95 and min of both, the SQL statements one
batch runs, and how much the process's peak resident memory (VmHWM) grew over all rounds.
Targets: new batch under 1 s median, replay under 0.5 s median, memory growth under 50 MB.

Run: .venv/bin/python bench/attendance_sync.py [--admin-url URL] [--participants N]
     [--days N] [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event

from bench.common import signed_in_app

NEW_TARGET_MS = 1000.0
REPLAY_TARGET_MS = 500.0
MEMORY_TARGET_MB = 50.0
START = date(2026, 3, 2)


def memory_kib() -> dict[str, int]:
    """VmRSS and VmHWM (peak) of this process, in KiB, from /proc/self/status."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            found[name] = int(value.split()[0])
    return found


def batch_of(round_no: int, participants: int, days: int) -> dict[str, Any]:
    """Participants x days records, with new external ids for each round: mostly present
    (the day's hours by default), some absent, some late with the hours they attended."""
    records = []
    for day in (START + timedelta(days=offset) for offset in range(days)):
        for n in range(participants):
            record: dict[str, Any] = {
                "participant_external_id": f"BENCH-{round_no}-P{n:05d}",
                "participant": {"full_name": f"Participant {n:05d}", "category": "prison_staff"},
                "day": day.isoformat(),
                "status": "present",
            }
            kind = (n + day.day) % 10
            if kind == 0:
                record["status"] = "absent"
            elif kind == 1:
                record["status"] = "late"
                record["hours"] = 3.5
            records.append(record)
    return {"create_participants": True, "records": records}


def summary(samples: list[float]) -> tuple[float, float, float]:
    """Median, 95th percentile (as bench.common.timed) and min, in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return statistics.median(ordered), p95, ordered[0]


@dataclass
class Figures:
    """Wall ms, CPU ms and SQL statements (all, and executemany) of each batch sent."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    statements: list[tuple[int, int]] = field(default_factory=list)


class StatementCounter:
    """Counts the statements the app's engine sends (``before_cursor_execute``)."""

    def __init__(self) -> None:
        self.count = self.executemany = 0

    def __call__(self, *args: Any) -> None:  # (conn, cursor, statement, params, ctx, many)
        self.count += 1
        self.executemany += bool(args[-1])

    def reset(self) -> tuple[int, int]:
        counted = (self.count, self.executemany)
        self.count = self.executemany = 0
        return counted


async def no_data(dsn: str) -> None:
    """Nothing to load: every round makes its own session and participants over HTTP."""


async def new_session(http: httpx.AsyncClient, number: int, days: int) -> str:
    facilities = (await http.get("/api/v1/facilities")).json()["items"]
    organisations = (await http.get("/api/v1/organisations", params={"limit": 100})).json()
    created = await http.post(
        "/api/v1/training-sessions",
        json={
            "title": f"Attendance benchmark {number}",
            "topic": "risk_assessment",
            "organiser_organisation_id": next(
                item["id"] for item in organisations["items"] if item["code"] == "ICCT"
            ),
            "facility_id": next(item["id"] for item in facilities if item["code"] == "MCA-BKO"),
            "start_date": START.isoformat(),
            "end_date": (START + timedelta(days=days - 1)).isoformat(),
            "daily_start": "09:00",
            "daily_end": "16:00",
            "hours_per_day": 6,
            "language": "fra",
        },
    )
    if created.status_code != 201:
        raise SystemExit(f"{created.status_code}: {created.text}")
    return f"/api/v1/training-sessions/{created.json()['id']}/attendance"


async def put(
    http: httpx.AsyncClient, url: str, body: dict[str, Any], figures: Figures, sql: StatementCounter
) -> dict[str, Any]:
    """PUT the batch; its wall and CPU time of this process (app and client) go to figures."""
    sql.reset()
    started, cpu = time.perf_counter(), time.process_time()
    response = await http.put(url, json=body)
    figures.wall.append((time.perf_counter() - started) * 1000)
    figures.cpu.append((time.process_time() - cpu) * 1000)
    figures.statements.append(sql.reset())
    if response.status_code != 200:
        raise SystemExit(f"{response.status_code}: {response.text[:2000]}")
    answer: dict[str, Any] = response.json()
    return answer


async def main(admin_url: str, participants: int, days: int, rounds: int) -> None:
    size = participants * days
    new, replay = Figures(), Figures()
    sql = StatementCounter()
    async with signed_in_app(admin_url, no_data, "programme_officer") as http:
        transport = http._transport
        assert isinstance(transport, httpx.ASGITransport)
        engine = transport.app.state.engine.sync_engine  # type: ignore[attr-defined]
        event.listen(engine, "before_cursor_execute", sql)
        before = memory_kib()
        for number in range(rounds):
            url = await new_session(http, number, days)
            body = batch_of(number, participants, days)
            body_kib = len(json.dumps(body, separators=(",", ":"))) / 1024

            counts = (await put(http, url, body, new, sql))["counts"]
            assert counts["created"] == size, counts
            assert counts["rejected"] == 0, counts
            assert counts["participants_created"] == participants, counts
            assert counts["enrolments_created"] == participants, counts

            answer = await put(http, url, body, replay, sql)
            counts = answer["counts"]
            assert counts["unchanged"] == size, counts
            assert counts["created"] == counts["updated"] == counts["rejected"] == 0, counts
            assert all(result["outcome"] == "unchanged" for result in answer["results"])
            del body, answer
        after = memory_kib()
        event.remove(engine, "before_cursor_execute", sql)
    report(size, participants, days, rounds, body_kib, new, replay, before, after)


def report(
    size: int,
    participants: int,
    days: int,
    rounds: int,
    body_kib: float,
    new: Figures,
    replay: Figures,
    before: dict[str, int],
    after: dict[str, int],
) -> None:
    def met(ok: bool) -> str:
        return "met" if ok else "MISSED"

    print(
        f"attendance sync benchmark: {size} records a batch ({participants} participants x "
        f"{days} days, {body_kib:.0f} KiB) on PostgreSQL, {rounds} rounds"
    )
    print(
        f"{'operation':26} {'median ms':>10} {'p95 ms':>10} {'min ms':>10} {'cpu ms':>10} "
        f"{'target':>10}"
    )
    for label, figures, target in (
        ("new batch (creates all)", new, NEW_TARGET_MS),
        ("replay (all unchanged)", replay, REPLAY_TARGET_MS),
    ):
        median, p95, least = summary(figures.wall)
        print(
            f"{label:26} {median:10.1f} {p95:10.1f} {least:10.1f} "
            f"{statistics.median(figures.cpu):10.1f} {'< ' + format(target, '.0f'):>10}  "
            f"{met(median < target)}"
        )
    print(
        f"SQL statements per batch: new {max(n for n, _ in new.statements)} "
        f"({max(m for _, m in new.statements)} executemany), "
        f"replay {max(n for n, _ in replay.statements)} "
        f"({max(m for _, m in replay.statements)} executemany), for {size} records"
    )
    growth = (after["VmHWM"] - before["VmHWM"]) / 1024
    print(
        f"worker memory: peak (VmHWM) {before['VmHWM'] / 1024:.1f} -> "
        f"{after['VmHWM'] / 1024:.1f} MB, growth {growth:.1f} MB "
        f"(target < {MEMORY_TARGET_MB:.0f}) {met(growth < MEMORY_TARGET_MB)}; "
        f"resident (VmRSS) growth {(after['VmRSS'] - before['VmRSS']) / 1024:.1f} MB"
    )
    load = " ".join(f"{figure:.2f}" for figure in os.getloadavg())
    print(
        "cpu ms: median CPU time of this process (the app and the client) per batch; "
        f"load average {load} on {os.cpu_count()} CPUs"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--admin-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    )
    parser.add_argument("--participants", type=int, default=1000)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.admin_url, args.participants, args.days, args.rounds))
