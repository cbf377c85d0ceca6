"""HTTP load against real uvicorn processes, with wrk: the service, and the limit beside it.

The limit (bench/limit/app.py) is bare Starlette and asyncpg doing the same database work.
Both serve the same database; each scenario runs against one, then the other, alternating
for ``--rounds`` rounds, so that both see the same machine. The figure that counts is the
service's throughput as a share of the limit's: absolute numbers drift from run to run.

Per scenario and target: answered requests per second (statuses under 400), p50 / p95 / p99
latency, errors (socket errors and statuses of 400 and more), and the busiest process's
peak memory since the server started (one server serves every scenario of a round, so a
later scenario's peak includes the earlier ones'). The service runs without its audit
sealer, which would otherwise chain the limit's rows too. The table is printed,
and the results are written as JSON with the machine's facts under bench/results/.

Scenarios compared with the limit: ``read`` (one inmate by a random id, as a registrar of
every facility) and ``create`` (an inmate, with an Idempotency-Key). The service alone:
``search`` (``q``, first page of 50), ``list`` (a facility's pre-trial or convicted
inmates, first page of 50), ``page`` and ``deep_page`` (every inmate, the first page of 50
and the page 500 pages in, from a cursor), ``changes`` (a page of 100 of the change feed,
from the start), ``stats`` (a statistics table with two grouping dimensions, one of five at
random).

The database (``passerelle_load_<scale>``) is created, migrated and loaded with the
synthetic records of bench/datagen.py at ``--scale`` the first time, and kept for the next
run (``--fresh`` loads it again). Needs wrk (Debian: ``apt-get install wrk``).

Run: .venv/bin/python bench/load.py [--scale 1] [--seconds 10] [--connections 10]
     [--rounds 3] [--workers 1] [--scenarios read,create]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import httpx
from sqlalchemy.engine import make_url

from app.config import Settings
from app.db import create_engine, create_session_factory
from app.main import create_app
from app.pagination import encode_cursor
from app.services.bootstrap import create_user
from app.services.keys import ensure_signing_key
from bench import datagen

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
USERNAME = "bench.registrar"
# Statistics are an analyst's; every other scenario is the registrar's.
ANALYST = "bench.analyst"
PASSWORD = "a benchmark passphrase"
# Scenario -> its wrk script; those the limit also serves are compared with it.
SCENARIOS = {
    "read": "read_inmate.lua",
    "create": "create_inmate.lua",
    "search": "get_paths.lua",
    "list": "get_paths.lua",
    "page": "get_paths.lua",
    "deep_page": "get_paths.lua",
    "changes": "get_paths.lua",
    "stats": "get_paths.lua",
}
COMPARED = frozenset({"read", "create"})
# The inmate list: pages of 50, and the deep page 500 pages in.
PAGE = 50
DEEP_PAGES = 500
TARGETS = ("service", "limit")
# The paths each GET scenario picks from (prefixes of synthetic names, facilities).
SEARCHES = ["synth", "syn", "temoin", "exemple", "factice", "fictif"]
STATISTICS = [
    "/api/v1/stats/population?measure=held&group_by=facility&group_by=legal_status",
    "/api/v1/stats/assessments?measure=completed&group_by=facility&interval=month",
    "/api/v1/stats/training?measure=participants&group_by=topic&group_by=category",
    "/api/v1/stats/visits?measure=visits&group_by=facility&group_by=type",
    "/api/v1/stats/vocational?measure=enrolments&group_by=trade&group_by=status",
]


@dataclass
class Figures:
    requests_per_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int
    requests: int
    peak_memory_mb: float


@dataclass
class Scenario:
    name: str
    runs: dict[str, list[Figures]] = field(default_factory=dict)

    def median(self, target: str) -> Figures:
        runs = self.runs[target]
        return Figures(
            **{
                name: statistics.median(getattr(run, name) for run in runs)
                for name in Figures.__dataclass_fields__
            }
        )

    @property
    def ratio(self) -> float | None:
        if "limit" not in self.runs:
            return None
        return self.median("service").requests_per_s / self.median("limit").requests_per_s


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(False)


async def prepare(admin_url: str, database: str, scale: float, fresh: bool) -> str:
    """The loaded database (created and loaded when missing), a signing key and a registrar
    of every facility; its URL."""
    admin = await asyncpg.connect(_dsn(admin_url))
    try:
        exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database)
        if exists and fresh:
            await admin.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
            exists = False
    finally:
        await admin.close()
    url = make_url(admin_url).set(database=database).render_as_string(False)
    if not exists:
        await datagen.create_database(admin_url, database)
        await datagen.load(admin_url, database, scale, progress=print)
    settings = Settings(database_url=url, password_hash_time_cost=1, password_hash_memory_kib=64)
    engine = create_engine(settings)
    try:
        async with create_session_factory(engine)() as session:
            await ensure_signing_key(session, settings)
        for username, role in ((USERNAME, "registrar"), (ANALYST, "analyst")):
            connection = await asyncpg.connect(_dsn(url))
            try:
                known = await connection.fetchval(
                    "SELECT 1 FROM app_user WHERE username = $1", username
                )
            finally:
                await connection.close()
            if not known:
                async with create_session_factory(engine)() as session:
                    await create_user(
                        session,
                        settings,
                        username=username,
                        password=PASSWORD,
                        roles=[role],
                        facility_codes=[],
                        all_facilities=True,
                        organisation_code=None,
                        display_name=None,
                    )
    finally:
        await engine.dispose()
    return url


async def _inputs(url: str, folder: Path) -> tuple[Path, str, str]:
    """A file of 10,000 inmate ids to read, a facility to create inmates in, and the cursor
    of the inmate list 500 pages of 50 deep (or as deep as the data goes)."""
    connection = await asyncpg.connect(_dsn(url))
    try:
        ids = await connection.fetch("SELECT id FROM inmate ORDER BY id LIMIT 10000")
        facility = await connection.fetchval("SELECT id FROM facility ORDER BY code LIMIT 1")
        held = await connection.fetchval("SELECT count(*) FROM inmate")
        deep = await connection.fetchrow(
            "SELECT created_at, id FROM inmate ORDER BY created_at, id OFFSET $1 LIMIT 1",
            max(0, min(DEEP_PAGES * PAGE, held - PAGE - 1) - 1),
        )
    finally:
        await connection.close()
    path = folder / "ids.txt"
    path.write_text("".join(f"{row['id']}\n" for row in ids))
    cursor = encode_cursor("inmate", deep["created_at"], deep["id"])
    return path, str(facility), cursor


def _paths(folder: Path, facility: str, deep_cursor: str) -> dict[str, Path]:
    """The files of paths the GET scenarios pick from."""
    found = {
        "page": [f"/api/v1/inmates?limit={PAGE}"],
        "deep_page": [f"/api/v1/inmates?limit={PAGE}&cursor={deep_cursor}"],
        "search": [f"/api/v1/inmates?q={term}&limit=50" for term in SEARCHES],
        "list": [
            f"/api/v1/inmates?facility_id={facility}&legal_status={status}&limit=50"
            for status in ("pre_trial", "convicted")
        ],
        "changes": ["/api/v1/sync/changes?types=inmates&limit=100"],
        "stats": STATISTICS,
    }
    files = {}
    for name, paths in found.items():
        files[name] = folder / f"{name}.txt"
        files[name].write_text("".join(f"{path}\n" for path in paths))
    return files


@contextmanager
def serving(target: str, url: str, workers: int, log: Path) -> Iterator[tuple[str, int]]:
    """A uvicorn process of the service or of the limit; its base URL and pid."""
    port = _free_port()
    env = {
        **os.environ,
        "PASSERELLE_DATABASE_URL": url,
        "PASSERELLE_LOG_LEVEL": "WARNING",
        # The audit sealer is off: it would chain the limit's audit rows of the round before
        # within the service's measured time.
        "PASSERELLE_AUDIT_SEAL_INTERVAL_SECONDS": "0",
        "PASSERELLE_PASSWORD_HASH_TIME_COST": "1",
        "PASSERELLE_PASSWORD_HASH_MEMORY_KIB": "64",
    }
    if target == "service":
        command = [sys.executable, "-m", "app", "serve", "--port", str(port)]
        command += ["--workers", str(workers)]
    else:
        command = [sys.executable, "-m", "uvicorn", "bench.limit.app:app", "--port", str(port)]
        command += ["--workers", str(workers), "--no-access-log", "--log-level", "warning"]
    with log.open("a") as output:
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=output, stderr=output)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/inmates/x", timeout=1).status_code in (401, 404, 422):
                break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        process.kill()
        raise SystemExit(f"{target} did not start; see {log}")
    try:
        yield base, process.pid
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def _tree(pid: int) -> list[int]:
    """The process and its descendants (uvicorn's workers)."""
    found = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            found += _tree(int(child))
    return found


def _peak_memory_mb(pid: int) -> float:
    """The largest peak resident size among the server's processes (its busiest worker)."""
    peaks = []
    for process in _tree(pid):
        for line in Path(f"/proc/{process}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks, default=0.0)


def wrk(base: str, script: str, seconds: float, connections: int, env: dict[str, str]) -> Figures:
    threads = max(1, min(connections, os.cpu_count() or 1))
    done = subprocess.run(
        [
            *(
                "wrk",
                "-t",
                str(threads),
                "-c",
                str(connections),
                "-d",
                f"{max(1, round(seconds))}s",
            ),
            *("--latency", "-s", str(BENCH / "wrk" / script), base),
        ],
        env={**os.environ, **env, "BENCH_LUA": str(BENCH / "wrk")},
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH ")), None)
    if done.returncode != 0 or line is None:
        raise SystemExit(f"wrk failed: {done.stdout}{done.stderr}")
    raw = json.loads(line.removeprefix("BENCH "))
    # Answered requests only: an error answered fast must not count as throughput.
    answered = raw["requests"] - raw["status_errors"]
    return Figures(
        requests_per_s=answered / (raw["duration_us"] / 1e6),
        p50_ms=raw["p50_us"] / 1000,
        p95_ms=raw["p95_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        errors=raw["errors"],
        requests=raw["requests"],
        peak_memory_mb=0.0,
    )


async def _sign_in(url: str, username: str = USERNAME) -> str:
    """A bench user's access token, from the service's token endpoint."""
    settings = Settings(database_url=url, audit_seal_interval_seconds=0, log_level="WARNING")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            grant = await http.post(
                "/api/v1/auth/token",
                data={"grant_type": "password", "username": username, "password": PASSWORD},
            )
    grant.raise_for_status()
    token: str = grant.json()["access_token"]
    return token


def machine() -> dict[str, object]:
    memory = next(
        (
            int(line.split()[1]) // 1024
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal:")
        ),
        0,
    )
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False)
    return {
        "cores": os.cpu_count(),
        "memory_mb": memory,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "wrk": (wrk_version.stdout or wrk_version.stderr).splitlines()[0],
    }


def _database(scale: float) -> str:
    return f"passerelle_load_{str(scale).replace('.', '_')}"


def run(args: argparse.Namespace) -> dict[str, object]:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    database = args.database or _database(args.scale)
    url = asyncio.run(prepare(args.admin_url, database, args.scale, args.fresh))
    scenarios = [Scenario(name) for name in args.scenarios.split(",")]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        ids, facility, deep_cursor = asyncio.run(_inputs(url, folder))
        paths = _paths(folder, facility, deep_cursor)
        log = folder / "servers.log"
        for round_number in range(args.rounds):
            for target in TARGETS if round_number % 2 == 0 else reversed(TARGETS):
                # A token from the service's own sign-in (in this process); the limit
                # verifies it with the service's public key.
                tokens = {"registrar": asyncio.run(_sign_in(url))}
                tokens["analyst"] = asyncio.run(_sign_in(url, ANALYST))
                with serving(target, url, args.workers, log) as (base, pid):
                    for scenario in scenarios:
                        if target == "limit" and scenario.name not in COMPARED:
                            continue
                        env = {
                            "BENCH_PATHS": str(paths.get(scenario.name, ids)),
                            "BENCH_TOKEN": tokens[
                                "analyst" if scenario.name == "stats" else "registrar"
                            ],
                            "BENCH_IDS": str(ids),
                            "BENCH_FACILITY": facility,
                            "BENCH_RUN": f"{target[0]}{round_number}{uuid.uuid4().hex[:6]}",
                        }
                        figures = wrk(
                            base, SCENARIOS[scenario.name], args.seconds, args.connections, env
                        )
                        figures.peak_memory_mb = _peak_memory_mb(pid)
                        scenario.runs.setdefault(target, []).append(figures)
    return {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": {
            "scale": args.scale,
            "seconds": args.seconds,
            "connections": args.connections,
            "rounds": args.rounds,
            "workers": args.workers,
        },
        "scenarios": {
            scenario.name: {
                "ratio_to_limit": None if scenario.ratio is None else round(scenario.ratio, 3),
                **{
                    target: {
                        "median": asdict(scenario.median(target)),
                        "runs": [asdict(run) for run in scenario.runs[target]],
                    }
                    for target in TARGETS
                    if target in scenario.runs
                },
            }
            for scenario in scenarios
        },
    }


def table(results: dict[str, object]) -> str:
    settings = results["settings"]
    assert isinstance(settings, dict)
    lines = [
        f"scale {settings['scale']}, {settings['connections']} connections, "
        f"{settings['workers']} worker(s), {settings['rounds']} rounds of "
        f"{settings['seconds']} s, medians",
        "| scenario | target | req/s | p50 ms | p95 ms | p99 ms | errors | peak MB | "
        "ratio to limit |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    scenarios = results["scenarios"]
    assert isinstance(scenarios, dict)
    for name, found in scenarios.items():
        for target in TARGETS:
            if target not in found:
                continue
            m = found[target]["median"]
            compared = found["ratio_to_limit"] is not None and target == "service"
            ratio = f"{found['ratio_to_limit']:.0%}" if compared else ""
            lines.append(
                f"| {name} | {target} | {m['requests_per_s']:.0f} | {m['p50_ms']:.1f} | "
                f"{m['p95_ms']:.1f} | {m['p99_ms']:.1f} | {m['errors']:.0f} | "
                f"{m['peak_memory_mb']:.0f} | {ratio} |"
            )
    return "\n".join(lines)


async def drop(admin_url: str, database: str) -> None:
    admin = await asyncpg.connect(_dsn(admin_url))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        await admin.close()


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--admin-url", default=ADMIN_URL)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--database", default=None)
    parser.add_argument("--fresh", action="store_true", help="load the database again")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--no-save", action="store_true", help="print only")
    parser.add_argument("--drop", action="store_true", help="drop the database afterwards")
    args = parser.parse_args(argv)
    try:
        results = run(args)
    finally:
        if args.drop:
            asyncio.run(drop(args.admin_url, args.database or _database(args.scale)))
    print(table(results))
    if not args.no_save:
        RESULTS.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = RESULTS / f"load-{stamp}.json"
        path.write_text(json.dumps(results, indent=2) + "\n")
        print(f"written to {path.relative_to(ROOT)}")
    return results


if __name__ == "__main__":
    main()
