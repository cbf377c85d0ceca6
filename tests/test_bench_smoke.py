"""The benchmarks run, at a tiny size, so that they never rot."""

from __future__ import annotations

import asyncio
import runpy
import uuid
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_token_verification_bench_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = runpy.run_path(str(BENCH / "token_verification.py"))
    asyncio.run(module["main"](f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}", 5))
    output = capsys.readouterr().out
    assert "signature + claims, first use (CPU)" in output
    assert "signature + claims, remembered (CPU)" in output
    assert "whole per-request check (CPU)" in output


def test_inmate_registry_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.databases import postgres_admin_url

    admin_url = postgres_admin_url()
    if admin_url is None:
        pytest.skip("the registry benchmark needs PostgreSQL")
    module = runpy.run_path(str(BENCH / "inmate_registry.py"))
    asyncio.run(module["main"](admin_url, 600, 2, 3))
    output = capsys.readouterr().out
    assert "page 3 / first page" in output
    assert "search first page median" in output


def test_assessment_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.databases import postgres_admin_url

    admin_url = postgres_admin_url()
    if admin_url is None:
        pytest.skip("the assessment benchmark needs PostgreSQL")
    module = runpy.run_path(str(BENCH / "assessments.py"))
    asyncio.run(module["main"](admin_url, 300, 2))
    assert "due list of a facility" in capsys.readouterr().out


def test_attendance_sync_bench_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.databases import postgres_admin_url

    admin_url = postgres_admin_url()
    if admin_url is None:
        pytest.skip("the attendance sync benchmark needs PostgreSQL")
    module = runpy.run_path(str(BENCH / "attendance_sync.py"))
    asyncio.run(module["main"](admin_url, 20, 2, 1))
    output = capsys.readouterr().out
    assert "new batch (creates all)" in output
    assert "replay (all unchanged)" in output
    assert "SQL statements per batch" in output
    assert "worker memory: peak (VmHWM)" in output


def test_stats_bench_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.databases import postgres_admin_url

    admin_url = postgres_admin_url()
    if admin_url is None:
        pytest.skip("the statistics benchmark needs PostgreSQL")
    module = runpy.run_path(str(BENCH / "stats.py"))
    asyncio.run(module["main"](admin_url, scale=0.002, rounds=1, plans=True, results=tmp_path))
    output = capsys.readouterr().out
    assert "statistics benchmark:" in output
    assert "median ms" in output
    for case in module["CASES"]:
        assert f" {case.measure} " in output
        assert f"-- {case.endpoint}/{case.measure} at scale 0.002" in output
    assert "measures not benchmarked" not in output
    assert "target: under 300 ms median" in output
    assert len(list(tmp_path.glob("stats-*.json"))) == 1


def test_load_bench_runs_against_the_service_and_the_limit() -> None:
    """wrk against a real uvicorn of the service and of the limit, a second a scenario (two
    for the mixed load), small sync batches, and --growth (onto the same database here)."""
    import shutil

    from tests.databases import postgres_admin_url

    admin_url = postgres_admin_url()
    if admin_url is None:
        pytest.skip("the load benchmark needs PostgreSQL")
    if shutil.which("wrk") is None:
        pytest.skip("wrk is not installed (Debian: apt-get install wrk; make test tries)")
    from bench import load

    database = f"passerelle_load_smoke_{uuid.uuid4().hex[:8]}"
    results = load.main(
        [
            *("--admin-url", admin_url, "--database", database, "--scale", "0.002"),
            *("--seconds", "1", "--connections", "2", "--rounds", "1"),
            *("--sync-records", "200", "--mixed-seconds", "2", "--mixed-connections", "4"),
            *("--growth", "--growth-scale", "0.002", "--growth-database", database),
            *("--no-save", "--drop"),
        ]
    )
    scenarios = results["scenarios"]
    assert set(scenarios) == set(load.SCENARIOS)
    for name, found in scenarios.items():
        targets = ("service", "limit") if name in load.COMPARED else ("service",)
        assert [target for target in ("service", "limit") if target in found] == list(targets)
        for target in targets:
            assert found[target]["median"]["requests"] > 0, (name, target)
            assert found[target]["median"]["errors"] == 0, (name, target)
        assert (found["ratio_to_limit"] is not None) == (name in load.COMPARED)
    mixed = scenarios["mixed"]["service"]
    assert 0 < mixed["median"]["rss_start_mb"] <= mixed["median"]["rss_peak_mb"]
    assert len(mixed["runs"][0]["rss_mb"]) >= 3
    grown = results["growth"]["scenarios"]
    assert set(grown) == set(load.GROWTH)
    for found in grown.values():
        assert found["service"]["median"]["requests"] > 0
        assert found["service"]["median"]["errors"] == 0
        assert found["p50_ms_growth"] > 0
