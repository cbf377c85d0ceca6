"""HTTP load against real uvicorn processes, with wrk: the service, and the limit beside it.

The limit (bench/limit/app.py) is bare Starlette and asyncpg doing the same database work.
Both serve the same database; each scenario runs against one, then the other, alternating
for ``--rounds`` rounds, so that both see the same machine. The figure that counts is the
service's throughput as a share of the limit's: absolute numbers drift from run to run.

Per scenario and target: answered requests per second (statuses under 400), p50 / p95 / p99
latency, errors (socket errors and timeouts, statuses of 400 and more, and answers the
script found wrong), the busiest process's peak memory since the server started (one server
serves every scenario of a round, so a later scenario's peak includes the earlier ones'),
and its resident memory sampled every second during the run (start, peak, end). The service
runs without its audit sealer, which would otherwise chain the limit's rows too. The table
is printed, and the results are written as JSON with the machine's facts under
bench/results/.

Scenarios compared with the limit: ``read`` (one inmate by a random id, as a registrar of
every facility) and ``create`` (an inmate, with an Idempotency-Key). The service alone:
``search`` (``q``, first page of 50), ``list`` (a facility's pre-trial or convicted
inmates, first page of 50), ``page`` and ``deep_page`` (every inmate, the first page of 50
and the page 500 pages in, from a cursor), ``changes`` (a page of 100 of the change feed,
from the start), ``stats`` (a statistics table with two grouping dimensions, one of five at
random), ``intake`` (an intake step changed with If-Match, the version the previous answer
gave), ``sync_new`` and ``sync_replay`` (a 5,000-record attendance batch as a partner
system: records never seen, and one batch pushed again; at ``--sync-connections``, for the
latency of one batch) and ``mixed`` (all of these but statistics and sync, as a registrar,
at ``--mixed-connections`` for ``--mixed-seconds``).

``--growth`` also runs ``stats``, ``page`` and ``deep_page`` on the database of
``--growth-scale`` (4) and reports each one's latency there as a multiple of the latency at
``--scale``.

The database (``passerelle_load_<scale>``) is created, migrated and loaded with the
synthetic records of bench/datagen.py at ``--scale`` the first time, and kept for the next
run (``--fresh`` loads it again). The sync scenarios remove the sessions, participants and
attendance they added after each run. Needs wrk (Debian: ``apt-get install wrk``).

Run: .venv/bin/python bench/load.py [--scale 1] [--seconds 10] [--connections 10]
     [--rounds 3] [--workers 1] [--scenarios read,create] [--growth]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
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
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import asyncpg
import httpx
from sqlalchemy.engine import make_url
from sqlmodel import select

from app.config import Settings
from app.db import create_engine, create_session_factory
from app.main import create_app
from app.models.client import ApiClient
from app.models.custody import IntakeStep
from app.models.organisation import Organisation
from app.pagination import encode_cursor
from app.principal import SYSTEM_ACTOR
from app.schemas.agreement import AgreementCreate
from app.schemas.organisation import OrganisationCreate
from app.security import PasswordHasher
from app.services import agreements, bootstrap, clients, organisations
from app.services.auth import active_agreement
from app.services.bootstrap import create_user
from app.services.keys import ensure_signing_key
from bench import datagen

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
USERNAME = "bench.registrar"
# Statistics are an analyst's; the sync scenarios the partner's; every other the registrar's.
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
    "intake": "intake_step.lua",
    "sync_new": "sync_attendance.lua",
    "sync_replay": "sync_attendance.lua",
    "mixed": "mixed.lua",
}
COMPARED = frozenset({"read", "create"})
ROLES = {"stats": "analyst", "sync_new": "partner", "sync_replay": "partner"}
SYNC = frozenset({"sync_new", "sync_replay"})
# Scenarios that change intake steps: each run gets their current versions.
INTAKE = frozenset({"intake", "mixed"})
# Run again on the database of --growth-scale with --growth.
GROWTH = ("stats", "page", "deep_page")
# wrk's timeout per request (a slower answer is an error, and its latency is not counted),
# seconds: statistics take seconds on the larger databases.
TIMEOUTS = {"stats": 30.0, "sync_new": 60.0, "sync_replay": 60.0, "mixed": 10.0}
TIMEOUT = 2.0
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
# Intake steps (inmate in custody, step) the intake scenarios change, at most.
INTAKE_STEPS = 500
STEP_CODES = ["social_interview", "medical_screening", "property_search", "risk_screening"]
# The partner system pushing attendance: its organisation and what its agreement allows.
PARTNER = "BENCH-SYNC"
PARTNER_SCOPES = ["attendance:sync", "reference:read", "training:read", "training:write"]
SYNC_DAYS = 5
# What the partner's batches added, removed after each sync run: first its sessions are
# locked, as a batch locks them, so that a batch still in flight when wrk stopped ends first.
CLEAR_SYNC = [
    "SELECT id FROM training_session WHERE organiser_organisation_id = $1 ORDER BY id FOR UPDATE",
    "DELETE FROM training_attendance a USING training_session s "
    "WHERE a.session_id = s.id AND s.organiser_organisation_id = $1",
    "DELETE FROM training_enrolment e USING training_session s "
    "WHERE e.session_id = s.id AND s.organiser_organisation_id = $1",
    "DELETE FROM training_organiser o USING training_session s "
    "WHERE o.session_id = s.id AND s.organiser_organisation_id = $1",
    "DELETE FROM training_session WHERE organiser_organisation_id = $1",
    "DELETE FROM participant WHERE organisation_id = $1",
]
# Targets printed under the table.
SYNC_TARGETS_MS = {"sync_new": 1000.0, "sync_replay": 500.0}
MIXED_MEMORY_MB = 250.0


@dataclass
class Figures:
    requests_per_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    errors: int
    requests: int
    peak_memory_mb: float
    rss_start_mb: float = 0.0
    rss_peak_mb: float = 0.0
    rss_end_mb: float = 0.0
    # The busiest process's resident memory, sampled every second during the run.
    rss_mb: list[float] = field(default_factory=list)


MEDIANS = [name for name in Figures.__dataclass_fields__ if name != "rss_mb"]


@dataclass
class Scenario:
    name: str
    runs: dict[str, list[Figures]] = field(default_factory=dict)

    def median(self, target: str) -> Figures:
        runs = self.runs[target]
        return Figures(
            **{name: statistics.median(getattr(run, name) for run in runs) for name in MEDIANS}
        )

    @property
    def ratio(self) -> float | None:
        if "limit" not in self.runs:
            return None
        return self.median("service").requests_per_s / self.median("limit").requests_per_s


class Partner(NamedTuple):
    """The partner system's client, and its organisation."""

    client_id: str
    secret: str
    organisation_id: uuid.UUID


@dataclass
class Load:
    """How each run of a scenario is driven."""

    seconds: float
    connections: int
    timeout: float


def _load(name: str, args: argparse.Namespace) -> Load:
    timeout = TIMEOUTS.get(name, TIMEOUT)
    if name in SYNC:
        return Load(args.seconds, args.sync_connections, timeout)
    if name == "stats":
        # One at a time by default: each table's own time, not ten queued on two cores.
        return Load(args.seconds, args.stats_connections, timeout)
    if name == "mixed":
        return Load(args.mixed_seconds, args.mixed_connections, timeout)
    return Load(args.seconds, args.connections, timeout)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(False)


def _settings(url: str) -> Settings:
    return Settings(
        database_url=url,
        audit_seal_interval_seconds=0,
        log_level="WARNING",
        password_hash_time_cost=1,
        password_hash_memory_kib=64,
    )


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
    settings = _settings(url)
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


async def _partner(url: str) -> Partner:
    """The partner organisation, an agreement in force and its client, with a new secret
    each run: the client's id and secret, and the organisation's id."""
    settings = _settings(url)
    engine = create_engine(settings)
    today = datetime.now(UTC).date()
    try:
        async with create_session_factory(engine)() as session:
            found = await session.exec(select(Organisation).where(Organisation.code == PARTNER))
            organisation = found.first()
            if organisation is None:
                data = OrganisationCreate.model_validate(
                    {"code": PARTNER, "name": "Load benchmark partner", "kind": "international"}
                )
                organisation, _ = await organisations.create_organisation(
                    session, SYSTEM_ACTOR, data
                )
            organisation_id = organisation.id
            if await active_agreement(session, organisation_id, today) is None:
                agreement = AgreementCreate.model_validate(
                    {
                        "reference": f"DSA-{PARTNER}-{today:%Y%m%d}",
                        "organisation_id": organisation_id,
                        "purpose": "Load benchmark: attendance pushed by a partner system",
                        "legal_basis": "Synthetic data only",
                        "scopes": PARTNER_SCOPES,
                        "valid_from": today - timedelta(days=1),
                        "valid_until": today + timedelta(days=3650),
                        "signatory": "Load benchmark",
                    }
                )
                await agreements.create_agreement(session, SYSTEM_ACTOR, agreement)
            found_client = await session.exec(
                select(ApiClient).where(ApiClient.organisation_id == organisation_id)
            )
            client = found_client.first()
            if client is None:
                client_id, secret = await bootstrap.create_client(
                    session,
                    settings,
                    organisation_code=PARTNER,
                    scopes=PARTNER_SCOPES,
                    name="Load benchmark attendance system",
                    kind="partner",
                    facility_code=None,
                )
            else:
                client, secret = await clients.rotate_secret(
                    session, SYSTEM_ACTOR, client.id, PasswordHasher(settings)
                )
                client_id = client.client_id
    finally:
        await engine.dispose()
    return Partner(client_id, secret, organisation_id)


async def _clear_sync(url: str, organisation_id: uuid.UUID) -> None:
    """Remove the partner's sessions, participants and attendance: the database stays as
    loaded."""
    connection = await asyncpg.connect(_dsn(url))
    try:
        async with connection.transaction():
            for statement in CLEAR_SYNC:
                await connection.fetch(statement, organisation_id)
    finally:
        await connection.close()


def _sync_days() -> list[date]:
    """Five days of a past week, Monday to Friday."""
    today = datetime.now(UTC).date()
    monday = today - timedelta(days=14 + today.weekday())
    return [monday + timedelta(days=offset) for offset in range(SYNC_DAYS)]


def _sync_body(folder: Path, records: int) -> Path:
    """A batch of ``records`` (participants x five days, as bench/attendance_sync.py: mostly
    present, some absent, some late), with @S@ for the session's external id and @P@ for
    the participants' prefix; its file."""
    days = _sync_days()
    people = math.ceil(records / len(days))
    items: list[dict[str, Any]] = []
    for day in days:
        for n in range(people):
            item: dict[str, Any] = {
                "session_external_id": "@S@",
                "participant_external_id": f"@P@-{n:05d}",
                "participant": {"full_name": f"Participant {n:05d}", "category": "prison_staff"},
                "day": day.isoformat(),
                "status": "present",
            }
            kind = (n + day.day) % 10
            if kind == 0:
                item["status"] = "absent"
            elif kind == 1:
                item["status"] = "late"
                item["hours"] = 3.5
            items.append(item)
    path = folder / "sync.json"
    body = {"create_participants": True, "records": items[:records]}
    path.write_text(json.dumps(body, separators=(",", ":")))
    return path


async def _sync_sessions(url: str, token: str, run: str, count: int) -> list[str]:
    """``count`` new sessions the partner organises, over five days of a past week; their
    external ids."""
    days = _sync_days()
    names = []
    async with _in_process(url) as http:
        http.headers["Authorization"] = f"Bearer {token}"
        for number in range(count):
            name = f"{run}-S{number:04d}"
            created = await http.post(
                "/api/v1/training-sessions",
                json={
                    "title": f"Load benchmark {name}",
                    "topic": "risk_assessment",
                    "external_id": name,
                    "venue": "Load benchmark venue",
                    "start_date": days[0].isoformat(),
                    "end_date": days[-1].isoformat(),
                    "daily_start": "09:00",
                    "daily_end": "16:00",
                    "hours_per_day": 6,
                    "language": "fra",
                },
            )
            if created.status_code != 201:
                raise SystemExit(f"training session: {created.status_code} {created.text}")
            names.append(name)
    return names


def _sync_inputs(
    name: str,
    url: str,
    base: str,
    token: str,
    run: str,
    args: argparse.Namespace,
    folder: Path,
    body: Path,
) -> dict[str, str]:
    """The sessions a sync scenario pushes to (for ``sync_replay``, one already holding the
    batch, pushed once here); its wrk environment."""
    load = _load(name, args)
    new = name == "sync_new"
    # Enough sessions for 3 batches a second on each connection; more batches wrap round
    # to a session already used, with participants still new.
    count = math.ceil(load.seconds * load.connections * 3) + 1 if new else 1
    sessions = asyncio.run(_sync_sessions(url, token, run, count))
    path = folder / f"{name}-sessions.txt"
    path.write_text("".join(f"{session}\n" for session in sessions))
    env = {
        "BENCH_BODY": str(body),
        "BENCH_SESSIONS": str(path),
        "BENCH_EXPECT": "created" if new else "unchanged",
        "BENCH_RECORDS": str(args.sync_records),
    }
    if not new:
        prefix = f"{run}-replay"
        env["BENCH_PREFIX"] = prefix
        batch = body.read_text().replace("@S@", sessions[0]).replace("@P@", prefix)
        pushed = httpx.post(
            f"{base}/api/v1/sync/attendance",
            content=batch,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            timeout=120,
        )
        if pushed.status_code != 200 or pushed.json()["counts"]["created"] != args.sync_records:
            raise SystemExit(f"attendance sync: {pushed.status_code} {pushed.text[:2000]}")
    return env


async def _intake_steps(url: str, folder: Path, count: int) -> Path:
    """Up to ``count`` intake steps of inmates in custody, recorded where missing; a file of
    "inmate_id step step_id version" lines with their current versions."""
    connection = await asyncpg.connect(_dsn(url))
    try:
        held = await connection.fetch(
            """
            SELECT i.id, i.current_episode_id FROM inmate i
            JOIN custody_episode e ON e.id = i.current_episode_id
            WHERE e.release_date IS NULL AND e.admission_date <= current_date
            ORDER BY i.id LIMIT $1
            """,
            count,
        )
        wanted = [(row, code) for code in STEP_CODES for row in held][:count]
        episodes = [row["current_episode_id"] for row in held]
        registrar = await connection.fetchval(
            "SELECT id FROM app_user WHERE username = $1", USERNAME
        )
        recorded = await connection.fetch(
            "SELECT episode_id, step FROM intake_step WHERE episode_id = ANY($1::uuid[])",
            episodes,
        )
        known = {(row["episode_id"], row["step"]) for row in recorded}
    finally:
        await connection.close()
    missing = [
        (row, code) for row, code in wanted if (row["current_episode_id"], code) not in known
    ]
    if missing:
        done = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
        engine = create_engine(_settings(url))
        try:
            async with create_session_factory(engine)() as session:
                session.add_all(
                    IntakeStep(
                        inmate_id=row["id"],
                        episode_id=row["current_episode_id"],
                        step=code,
                        completed_by=f"user:{registrar}",
                        completed_at=done,
                    )
                    for row, code in missing
                )
                await session.commit()
        finally:
            await engine.dispose()
    connection = await asyncpg.connect(_dsn(url))
    try:
        rows = await connection.fetch(
            "SELECT inmate_id, episode_id, step, id, version FROM intake_step "
            "WHERE episode_id = ANY($1::uuid[])",
            episodes,
        )
    finally:
        await connection.close()
    versions = {(row["episode_id"], row["step"]): row for row in rows}
    path = folder / "intake.txt"
    lines = []
    for row, code in wanted:
        step = versions[(row["current_episode_id"], code)]
        lines.append(f"{row['id']} {code} {step['id']} {step['version']}\n")
    path.write_text("".join(lines))
    return path


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
    """The files of paths the GET scenarios (and the mixed load) pick from."""
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
    found["pages"] = found["page"] + found["deep_page"]
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
        try:
            children = task.read_text().split()
        except OSError:  # the thread or the process ended meanwhile
            continue
        for child in children:
            found += _tree(int(child))
    return found


def _status_mb(pid: int, field_name: str) -> float:
    """The largest of a /proc status field (VmHWM, VmRSS) among the server's processes."""
    sizes = [0.0]
    for process in _tree(pid):
        try:
            status = Path(f"/proc/{process}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith(f"{field_name}:"):
                sizes.append(int(line.split()[1]) / 1024)
    return max(sizes)


def _peak_memory_mb(pid: int) -> float:
    """The largest peak resident size among the server's processes (its busiest worker)."""
    return _status_mb(pid, "VmHWM")


def wrk(base: str, script: str, load: Load, env: dict[str, str], pid: int) -> Figures:
    """Run wrk, sampling the server's resident memory every second meanwhile."""
    threads = max(1, min(load.connections, os.cpu_count() or 1))
    command = [
        *("wrk", "-t", str(threads), "-c", str(load.connections)),
        *("-d", f"{max(1, round(load.seconds))}s", "--timeout", f"{load.timeout:g}s"),
        *("--latency", "-s", str(BENCH / "wrk" / script), base),
    ]
    variables = {**os.environ, **env, "BENCH_LUA": str(BENCH / "wrk")}
    variables["BENCH_THREADS"] = str(threads)
    samples = [_status_mb(pid, "VmRSS")]
    process = subprocess.Popen(
        command, env=variables, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + load.seconds + load.timeout + 60
    while True:
        try:
            stdout, stderr = process.communicate(timeout=1)
            break
        except subprocess.TimeoutExpired:
            samples.append(_status_mb(pid, "VmRSS"))
            if time.monotonic() > deadline:
                process.kill()
                raise SystemExit("wrk did not finish") from None
    samples.append(_status_mb(pid, "VmRSS"))
    line = next((x for x in stdout.splitlines() if x.startswith("BENCH ")), None)
    if process.returncode != 0 or line is None:
        raise SystemExit(f"wrk failed: {stdout}{stderr}")
    raw = json.loads(line.removeprefix("BENCH "))
    # Answered requests only: an error answered fast must not count as throughput.
    answered = raw["requests"] - raw["status_errors"] - raw["failures"]
    return Figures(
        requests_per_s=answered / (raw["duration_us"] / 1e6),
        p50_ms=raw["p50_us"] / 1000,
        p95_ms=raw["p95_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        errors=raw["errors"],
        requests=raw["requests"],
        peak_memory_mb=0.0,
        rss_start_mb=samples[0],
        rss_peak_mb=max(samples),
        rss_end_mb=samples[-1],
        rss_mb=[round(sample, 1) for sample in samples],
    )


@asynccontextmanager
async def _in_process(url: str) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of the service running in this process."""
    app = create_app(_settings(url))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as http:
            yield http


async def _sign_in(url: str, form: dict[str, str]) -> str:
    """An access token from the service's token endpoint."""
    async with _in_process(url) as http:
        grant = await http.post("/api/v1/auth/token", data=form)
    grant.raise_for_status()
    token: str = grant.json()["access_token"]
    return token


def _user(username: str) -> dict[str, str]:
    return {"grant_type": "password", "username": username, "password": PASSWORD}


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


def run(args: argparse.Namespace, scale: float, database: str, names: list[str]) -> dict[str, Any]:
    """Every scenario of ``names`` on the database of ``scale``; the figures by scenario."""
    url = asyncio.run(prepare(args.admin_url, database, scale, args.fresh))
    scenarios = [Scenario(name) for name in names]
    partner = None
    if SYNC & set(names):
        partner = asyncio.run(_partner(url))
        # What an interrupted run may have left.
        asyncio.run(_clear_sync(url, partner.organisation_id))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        ids, facility, deep_cursor = asyncio.run(_inputs(url, folder))
        paths = _paths(folder, facility, deep_cursor)
        body = _sync_body(folder, args.sync_records) if partner is not None else folder
        log = folder / "servers.log"
        for round_number in range(args.rounds):
            for target in TARGETS if round_number % 2 == 0 else reversed(TARGETS):
                if target == "limit" and not COMPARED & set(names):
                    continue
                # A token from the service's own sign-in (in this process); the limit
                # verifies it with the service's public key.
                tokens = {
                    "registrar": asyncio.run(_sign_in(url, _user(USERNAME))),
                    "analyst": asyncio.run(_sign_in(url, _user(ANALYST))),
                }
                if partner is not None:
                    grant = {"grant_type": "client_credentials", "client_id": partner.client_id}
                    grant["client_secret"] = partner.secret
                    tokens["partner"] = asyncio.run(_sign_in(url, grant))
                with serving(target, url, args.workers, log) as (base, pid):
                    for scenario in scenarios:
                        if target == "limit" and scenario.name not in COMPARED:
                            continue
                        load = _load(scenario.name, args)
                        tag = f"{target[0]}{round_number}{uuid.uuid4().hex[:6]}"
                        token = tokens[ROLES.get(scenario.name, "registrar")]
                        env = {
                            "BENCH_PATHS": str(paths.get(scenario.name, ids)),
                            "BENCH_TOKEN": token,
                            "BENCH_IDS": str(ids),
                            "BENCH_FACILITY": facility,
                            "BENCH_RUN": tag,
                            "BENCH_SEARCH": str(paths["search"]),
                            "BENCH_LIST": str(paths["list"]),
                            "BENCH_PAGES": str(paths["pages"]),
                        }
                        if scenario.name in INTAKE:
                            steps = asyncio.run(_intake_steps(url, folder, args.intake_steps))
                            env["BENCH_STEPS"] = str(steps)
                            env["BENCH_COMPLETED_AT"] = (
                                datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
                            ).isoformat()
                        try:
                            if scenario.name in SYNC:
                                env |= _sync_inputs(
                                    scenario.name, url, base, token, tag, args, folder, body
                                )
                            figures = wrk(base, SCENARIOS[scenario.name], load, env, pid)
                        finally:
                            if partner is not None and scenario.name in SYNC:
                                asyncio.run(_clear_sync(url, partner.organisation_id))
                        figures.peak_memory_mb = _peak_memory_mb(pid)
                        scenario.runs.setdefault(target, []).append(figures)
    return {
        scenario.name: {
            "ratio_to_limit": None if scenario.ratio is None else round(scenario.ratio, 3),
            **{
                target: {
                    "median": {
                        name: value
                        for name, value in asdict(scenario.median(target)).items()
                        if name != "rss_mb"
                    },
                    "runs": [asdict(run) for run in scenario.runs[target]],
                }
                for target in TARGETS
                if target in scenario.runs
            },
        }
        for scenario in scenarios
    }


def growth(base: dict[str, Any], grown: dict[str, Any]) -> dict[str, Any]:
    """Each scenario's latency on the larger database as a multiple of it on the base one,
    and its throughput there as a share."""
    found = {}
    for name, figures in grown.items():
        before, after = base[name]["service"]["median"], figures["service"]["median"]
        found[name] = {
            **{
                f"{figure}_growth": round(after[figure] / before[figure], 3)
                if before[figure]
                else None
                for figure in ("p50_ms", "p95_ms", "p99_ms")
            },
            "requests_per_s_ratio": round(after["requests_per_s"] / before["requests_per_s"], 3)
            if before["requests_per_s"]
            else None,
            "service": figures["service"],
        }
    return found


def table(results: dict[str, Any]) -> str:
    settings = results["settings"]
    lines = [
        f"scale {settings['scale']}, {settings['connections']} connections "
        f"(stats: {settings.get('stats_connections', settings['connections'])}, "
        f"sync: {settings['sync_connections']}, mixed: {settings['mixed_connections']} "
        f"for {settings['mixed_seconds']} s), {settings['workers']} worker(s), "
        f"{settings['rounds']} rounds of {settings['seconds']} s, medians",
        "| scenario | target | req/s | p50 ms | p95 ms | p99 ms | errors | peak MB | "
        "ratio to limit |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    notes = []
    scenarios = results["scenarios"]
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
        m = found["service"]["median"]
        if name in SYNC_TARGETS_MS:
            target_ms = SYNC_TARGETS_MS[name]
            met = "met" if m["p50_ms"] < target_ms and m["errors"] == 0 else "MISSED"
            notes.append(
                f"{name}: {settings['sync_records']} records a batch, p50 {m['p50_ms']:.0f} ms "
                f"(target < {target_ms:.0f}) {met}"
            )
        if name == "mixed":
            met = m["rss_peak_mb"] < MIXED_MEMORY_MB and m["errors"] == 0
            notes.append(
                f"mixed: {m['errors']:.0f} errors; the busiest server process's resident "
                f"memory, sampled every second: start {m['rss_start_mb']:.0f} MB, peak "
                f"{m['rss_peak_mb']:.0f} MB, end {m['rss_end_mb']:.0f} MB (target: no errors, "
                f"under {MIXED_MEMORY_MB:.0f} MB) {'met' if met else 'MISSED'}"
            )
    lines += notes
    if "growth" in results:
        grown = results["growth"]
        lines += [
            f"growth from scale {settings['scale']} to scale {settings['growth_scale']} "
            "(latency there as a multiple of latency here):",
            "| scenario | p50 ms | p50 ms grown | p50 growth | p95 growth | p99 growth | "
            "req/s grown | errors grown |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name, found in grown["scenarios"].items():
            before = scenarios[name]["service"]["median"]
            after = found["service"]["median"]

            def times(value: float | None) -> str:
                return "" if value is None else f"{value:.2f}"

            lines.append(
                f"| {name} | {before['p50_ms']:.1f} | {after['p50_ms']:.1f} | "
                f"{times(found['p50_ms_growth'])} | {times(found['p95_ms_growth'])} | "
                f"{times(found['p99_ms_growth'])} | {after['requests_per_s']:.0f} | "
                f"{after['errors']:.0f} |"
            )
    return "\n".join(lines)


async def drop(admin_url: str, database: str) -> None:
    admin = await asyncpg.connect(_dsn(admin_url))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        await admin.close()


def main(argv: list[str] | None = None) -> dict[str, Any]:
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
    parser.add_argument("--sync-records", type=int, default=5000, help="records a batch")
    parser.add_argument("--sync-connections", type=int, default=1)
    parser.add_argument("--stats-connections", type=int, default=1)
    parser.add_argument("--mixed-seconds", type=float, default=60)
    parser.add_argument("--mixed-connections", type=int, default=50)
    parser.add_argument(
        "--intake-steps", type=int, default=INTAKE_STEPS, help="intake steps changed, at most"
    )
    parser.add_argument(
        "--growth", action="store_true", help="run stats, page, deep_page at --growth-scale too"
    )
    parser.add_argument("--growth-scale", type=float, default=4.0)
    parser.add_argument("--growth-database", default=None)
    parser.add_argument("--no-save", action="store_true", help="print only")
    parser.add_argument("--drop", action="store_true", help="drop the databases afterwards")
    args = parser.parse_args(argv)
    names = args.scenarios.split(",")
    if unknown := set(names) - set(SCENARIOS):
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    grown = [name for name in names if name in GROWTH]
    if args.growth and not grown:
        parser.error(f"--growth needs one of the scenarios {', '.join(GROWTH)}")
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    database = args.database or _database(args.scale)
    growth_database = args.growth_database or _database(args.growth_scale)
    results: dict[str, Any] = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": {
            "scale": args.scale,
            "seconds": args.seconds,
            "connections": args.connections,
            "rounds": args.rounds,
            "workers": args.workers,
            "sync_records": args.sync_records,
            "sync_connections": args.sync_connections,
            "stats_connections": args.stats_connections,
            "mixed_seconds": args.mixed_seconds,
            "mixed_connections": args.mixed_connections,
            "growth_scale": args.growth_scale if args.growth else None,
        },
    }
    try:
        results["scenarios"] = run(args, args.scale, database, names)
        if args.growth:
            at_scale = run(args, args.growth_scale, growth_database, grown)
            results["growth"] = {
                "scale": args.growth_scale,
                "database": growth_database,
                "scenarios": growth(results["scenarios"], at_scale),
            }
    finally:
        if args.drop:
            asyncio.run(drop(args.admin_url, database))
            if args.growth:
                asyncio.run(drop(args.admin_url, growth_database))
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
