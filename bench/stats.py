"""Aggregate statistics at scale: every measure of /api/v1/stats, grouped by two dimensions.

Loads bench/datagen.py's synthetic records at ``--scale`` (1: 50,000 inmates, 150,000
assessments, 1,000,000 training attendance records, 300,000 visits...) into a fresh,
migrated PostgreSQL database, then calls each measure through the real app in-process
(httpx ASGITransport) as an analyst (stats:read): one warm-up call each, then ``--rounds``
rounds of every measure in turn. With ``--growth`` it does the same again in another
database at ``--factor`` times the data (default 4) and compares.

Two dimensions: the two most natural of each measure, or one and ``interval=month`` where
the measure is a time series (admissions, completions...); no period, so every row counts.
Targets: each under 300 ms median at the base scale, and growing at most linearly with the
data (4x/1x median <= 4.4, i.e. 10% slack). Prints a table and writes it, with the machine's
facts, as JSON under bench/results/.

Run: .venv/bin/python bench/stats.py [--admin-url URL] [--scale 1] [--growth] [--factor 4]
     [--rounds 7] [--seed 1] [--explain] [--results DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from sqlalchemy import event

from app.services.stats import ENDPOINTS
from app.services.stats.tables import Context, check_grouping
from bench import datagen
from bench.common import signed_in_app

TARGET_MS = 300.0
SLACK = 1.10
RESULTS = Path(__file__).resolve().parent / "results"


@dataclass(frozen=True)
class Case:
    endpoint: str
    measure: str
    group_by: tuple[str, ...]
    monthly: bool = False

    @property
    def dimensions(self) -> str:
        return "+".join((*self.group_by, *(("month",) if self.monthly else ())))

    @property
    def key(self) -> str:
        return f"{self.endpoint}/{self.measure}"

    @property
    def params(self) -> list[tuple[str, str]]:
        query = [("measure", self.measure), *(("group_by", name) for name in self.group_by)]
        return [*query, ("interval", "month")] if self.monthly else query


CASES = [
    Case("population", "held", ("facility", "legal_status")),
    Case("population", "admissions", ("facility",), monthly=True),
    Case("population", "releases", ("facility",), monthly=True),
    Case("population", "pretrial_days", ("facility", "age_band")),
    Case("assessments", "completed", ("facility",), monthly=True),
    Case("assessments", "verified", ("facility", "judgement")),
    Case("assessments", "returned", ("facility",), monthly=True),
    Case("assessments", "overdue", ("facility", "risk")),
    Case("assessments", "verified_within_14_days", ("facility",), monthly=True),
    Case("assessments", "overrides", ("facility", "security_level")),
    Case("training", "sessions", ("topic", "organiser")),
    Case("training", "participants", ("topic", "category")),
    Case("training", "participant_hours", ("topic", "organiser")),
    Case("training", "attendance_rate", ("organiser", "facility")),
    Case("training", "score_change", ("topic", "category")),
    Case("vocational", "enrolments", ("trade", "status")),
    Case("vocational", "completion_rate", ("trade", "facility")),
    Case("vocational", "waitlist", ("trade", "facility")),
    Case("vocational", "employment", ("trade", "months_after_release")),
    Case("visits", "visits", ("facility", "type")),
    Case("visits", "visits_per_inmate", ("facility", "legal_status")),
    Case("visits", "without_contact", ("facility", "legal_status")),
    Case("visits", "dialogue_sessions", ("facility",), monthly=True),
]


@dataclass
class Timing:
    """One measure at one scale: wall and SQL milliseconds of each round, the table's size."""

    wall: list[float] = field(default_factory=list)
    sql: list[float] = field(default_factory=list)
    cells: int = 0
    suppressed: int = 0

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def p95(self) -> float:
        ordered = sorted(self.wall)  # as bench.common.timed
        return ordered[max(0, int(len(ordered) * 0.95) - 1)]

    @property
    def sql_median(self) -> float:
        return statistics.median(self.sql)


@dataclass
class Run:
    """One scale: the rows loaded, how long that took, and each measure's timing."""

    scale: float
    rows: dict[str, int] = field(default_factory=dict)
    load_seconds: float = 0.0
    timings: dict[str, Timing] = field(default_factory=dict)
    plans: dict[str, str] = field(default_factory=dict)
    server: dict[str, str] = field(default_factory=dict)


class SqlClock:
    """Time the app's engine spends in the database (every statement of a request)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def before(self, conn: Any, *args: Any) -> None:
        conn.info.setdefault("bench_started", []).append(time.perf_counter())

    def after(self, conn: Any, *args: Any) -> None:
        self.seconds += time.perf_counter() - conn.info["bench_started"].pop()

    def lap(self) -> float:
        elapsed, self.seconds = self.seconds * 1000, 0.0
        return elapsed


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def uncovered() -> list[str]:
    """Measures of the API that no case times (a new measure should get one)."""
    timed = {(case.endpoint, case.measure) for case in CASES}
    return [
        f"{endpoint}/{measure}"
        for endpoint, measures in ENDPOINTS.items()
        for measure in measures
        if (endpoint, measure) not in timed
    ]


async def server_facts(dsn: str) -> dict[str, str]:
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch(
            """
            SELECT name, setting || coalesce(' ' || unit, '') AS value FROM pg_settings
            WHERE name IN ('server_version', 'shared_buffers', 'work_mem', 'jit',
                           'max_parallel_workers_per_gather', 'effective_cache_size',
                           'random_page_cost')
            """
        )
        return {row["name"]: row["value"] for row in rows}
    finally:
        await connection.close()


async def explain(http: httpx.AsyncClient, case: Case, today: date) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of the measure's query as the app builds it today, with
    its parameters bound as the app binds them."""
    transport = http._transport
    assert isinstance(transport, httpx.ASGITransport)
    engine: Any = transport.app.state.engine  # type: ignore[attr-defined]
    measure = ENDPOINTS[case.endpoint][case.measure]
    context = Context("postgresql", today, None, None, case.monthly)
    statement = measure.build(context, check_grouping(measure, case.group_by, context))
    compiled = statement.compile(
        dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    values = compiled.construct_params()
    arguments = [values[name] for name in compiled.positiontup or ()]
    async with engine.connect() as connection:
        raw = await connection.get_raw_connection()
        rows = await raw.driver_connection.fetch(
            f"EXPLAIN (ANALYZE, BUFFERS) {compiled.string}", *arguments
        )
        return "\n".join(row[0] for row in rows)


async def measure_scale(
    admin_url: str, scale: float, seed: int, rounds: int, as_of: date, plans: bool
) -> Run:
    run = Run(scale)

    async def loader(dsn: str) -> None:
        say(f"loading scale {scale:g}...")
        started = time.perf_counter()
        run.rows = await datagen.load(dsn, None, scale, seed, as_of=as_of, progress=say)
        run.load_seconds = time.perf_counter() - started
        run.server = await server_facts(dsn)
        say(f"scale {scale:g}: {sum(run.rows.values()):,} rows in {run.load_seconds:.1f} s")

    async with signed_in_app(admin_url, loader, "analyst", facilities=()) as http:
        transport = http._transport
        assert isinstance(transport, httpx.ASGITransport)
        engine = transport.app.state.engine.sync_engine  # type: ignore[attr-defined]
        clock = SqlClock()
        event.listen(engine, "before_cursor_execute", clock.before)
        event.listen(engine, "after_cursor_execute", clock.after)
        try:
            run.timings = {case.key: Timing() for case in CASES}
            for round_no in range(rounds + 1):  # the first is the warm-up
                for case in CASES:
                    clock.lap()
                    started = time.perf_counter()
                    response = await http.get(f"/api/v1/stats/{case.endpoint}", params=case.params)
                    wall = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        raise SystemExit(f"{case.endpoint}/{case.measure}: {response.text}")
                    sql = clock.lap()
                    if round_no == 0:
                        continue
                    timing = run.timings[case.key]
                    timing.wall.append(wall)
                    timing.sql.append(sql)
                    cells = response.json()["cells"]
                    timing.cells = len(cells)
                    timing.suppressed = sum(1 for cell in cells if cell["suppressed"])
            if plans:
                for case in CASES:
                    run.plans[case.key] = await explain(http, case, as_of)
        finally:
            event.remove(engine, "before_cursor_execute", clock.before)
            event.remove(engine, "after_cursor_execute", clock.after)
    return run


def machine() -> dict[str, Any]:
    memory = None
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 1024 / 1024, 1)
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
            cwd=Path(__file__).resolve().parent,
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "cpus": os.cpu_count(),
        "memory_gib": memory,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "commit": commit or None,
        "load_average": [round(value, 2) for value in os.getloadavg()],
    }


def write(document: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2) + "\n")
    return path


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(base: Run, grown: Run | None, factor: float, rounds: int) -> list[dict[str, Any]]:
    """Print the table; answer its rows for the JSON."""
    limit = factor * SLACK
    version = base.server.get("server_version", "?")
    print(
        f"statistics benchmark: PostgreSQL {version}, {os.cpu_count()} CPUs, "
        f"{rounds} rounds after a warm-up, each measure grouped by two dimensions"
    )
    for run in (base, grown):
        if run is not None:
            print(
                f"scale {run.scale:g}: {run.rows.get('inmate', 0):,} inmates, "
                f"{run.rows.get('assessment', 0):,} assessments, "
                f"{run.rows.get('training_attendance', 0):,} attendance records, "
                f"{run.rows.get('visit', 0):,} visits; "
                f"{sum(run.rows.values()):,} rows loaded in {run.load_seconds:.1f} s"
            )
    head = (
        f"{'endpoint':11} {'measure':23} {'dimensions':26} {'cells':>5} {'hidden':>6} "
        f"{'median ms':>9} {'p95 ms':>8} {'sql ms':>7}"
    )
    if grown is not None:
        head += f" {f'{factor:g}x median':>10} {f'{factor:g}x cells':>8} {'growth':>7}"
    head += f" {'<300 ms':>7}"
    if grown is not None:
        head += f" {f'<={limit:.1f}x':>7}"
    print(head)
    rows, met, grew = [], 0, 0
    for case in CASES:
        timing = base.timings[case.key]
        fast = timing.median < TARGET_MS
        met += fast
        line = (
            f"{case.endpoint:11} {case.measure:23} {case.dimensions:26} {timing.cells:5d} "
            f"{timing.suppressed:6d} {timing.median:9.1f} {timing.p95:8.1f} "
            f"{timing.sql_median:7.1f}"
        )
        row: dict[str, Any] = {
            "endpoint": case.endpoint,
            "measure": case.measure,
            "dimensions": case.dimensions,
            "base": {**asdict(timing), "median": timing.median, "p95": timing.p95},
            "under_target": fast,
        }
        if grown is not None:
            other = grown.timings[case.key]
            growth = other.median / timing.median
            linear = growth <= limit
            grew += linear
            line += f" {other.median:10.1f} {other.cells:8d} {growth:6.2f}x"
            row["grown"] = {**asdict(other), "median": other.median, "p95": other.p95}
            row["growth"] = round(growth, 3)
            row["linear"] = linear
        line += f" {verdict(fast):>7}"
        if grown is not None:
            line += f" {verdict(linear):>7}"
        print(line)
        rows.append(row)
    print(
        f"target: under {TARGET_MS:.0f} ms median at scale {base.scale:g}: "
        f"{met}/{len(CASES)} met"
        + (
            f"; growth {factor:g}x/1x at most {limit:.2f}: {grew}/{len(CASES)} met"
            if grown is not None
            else ""
        )
    )
    missing = uncovered()
    if missing:
        print(f"measures not benchmarked: {', '.join(missing)}")
    print(
        "median/p95: wall time of the whole request (app and client, in-process); sql ms: "
        "median time in the database (every statement of the request); hidden: cells withheld"
    )
    return rows


async def main(
    admin_url: str,
    scale: float = 1.0,
    rounds: int = 7,
    growth: bool = False,
    factor: float = 4.0,
    seed: int = 1,
    plans: bool = False,
    results: Path | None = RESULTS,
) -> dict[str, Any]:
    as_of = datetime.now(UTC).date()
    facts = machine()
    base = await measure_scale(admin_url, scale, seed, rounds, as_of, plans)
    grown = None
    if growth:
        grown = await measure_scale(admin_url, scale * factor, seed, rounds, as_of, plans)
    rows = report(base, grown, factor, rounds)
    for run in (base, *((grown,) if grown else ())):
        for key, plan in run.plans.items():
            print(f"\n-- {key} at scale {run.scale:g}\n{plan}")
    document = {
        "benchmark": "stats",
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "as_of": as_of.isoformat(),
        "seed": seed,
        "rounds": rounds,
        "target_ms": TARGET_MS,
        "growth_limit": factor * SLACK if growth else None,
        "machine": {**facts, "load_average_after": [round(v, 2) for v in os.getloadavg()]},
        "postgresql": base.server,
        "scales": [
            {"scale": run.scale, "rows": run.rows, "load_seconds": round(run.load_seconds, 1)}
            for run in (base, grown)
            if run is not None
        ],
        "results": rows,
    }
    if results is not None:
        name = f"stats-{datetime.now(UTC):%Y%m%dT%H%M%SZ}-scale{scale:g}"
        path = write(document, results / f"{name}{'-growth' if growth else ''}.json")
        print(f"results: {path}")
    return document


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--admin-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    )
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--growth", action="store_true", help="again at --factor times the data")
    parser.add_argument("--factor", type=float, default=4.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--explain", action="store_true", help="print each query's plan")
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args()
    asyncio.run(
        main(
            args.admin_url,
            args.scale,
            args.rounds,
            args.growth,
            args.factor,
            args.seed,
            args.explain,
            args.results,
        )
    )
