"""End to end: the monthly report example of docs/statistics.md against a real server.

The demonstration data is loaded; an administrator registers a reporting tool's API
client (a `service` client of DNAPES holding only `stats:read`); the example script pulls
a month's figures as CSV files, one per figure. What it wrote is what the API answers.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from examples.monthly_report import FIGURES, last_month, month_bounds
from tests.e2e.test_server import _cli, server  # noqa: F401 (the live server fixture)

pytestmark = pytest.mark.e2e

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "monthly_report.py"
ADMIN_PASSWORD = "an administrator passphrase"
# The header of each file: the dimensions asked for, `month` for the figures over a
# period, then `n` and `suppressed` (every figure of the report is a count).
HEADERS = {
    "population_held": "facility,legal_status,n,suppressed",
    "admissions": "facility,month,n,suppressed",
    "releases": "facility,month,n,suppressed",
    "assessments_verified": "facility,judgement,month,n,suppressed",
    "training_participants": "topic,month,n,suppressed",
    "vocational_enrolments": "trade,status,month,n,suppressed",
    "visits": "facility,type,month,n,suppressed",
    "dialogue_sessions": "facility,month,n,suppressed",
}


def _ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _register_reporting_client(base_url: str, url: str) -> dict[str, Any]:
    """What the DNAPES administrator does: an API client for the reporting tool."""
    created = _cli(
        url,
        "users",
        "create",
        "--username",
        "hq.admin",
        "--role",
        "admin",
        "--all-facilities",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert created.returncode == 0, created.stderr
    with httpx.Client(base_url=base_url, timeout=30) as admin:
        token = _ok(
            admin.post(
                "/api/v1/auth/token",
                data={"grant_type": "password", "username": "hq.admin", "password": ADMIN_PASSWORD},
            )
        )
        admin.headers["Authorization"] = f"Bearer {token['access_token']}"
        organisations = _ok(admin.get("/api/v1/organisations", params={"limit": 100}))["items"]
        dnapes = next(item for item in organisations if item["code"] == "DNAPES")
        client: dict[str, Any] = _ok(
            admin.post(
                "/api/v1/clients",
                json={
                    "name": "DNAPES monthly report",
                    "kind": "service",
                    "organisation_id": dnapes["id"],
                    "allowed_scopes": ["stats:read"],
                },
            ),
            201,
        )
    return client


def _run_script(
    base_url: str, client: dict[str, Any], *options: str, secret: str | None = None, cwd: Path
) -> subprocess.CompletedProcess[str]:
    """The script as a reporting tool runs it: the credentials in the environment."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--base-url", base_url, *options],
        env={
            **os.environ,
            "PASSERELLE_CLIENT_ID": client["client_id"],
            "PASSERELLE_CLIENT_SECRET": secret or client["client_secret"],
        },
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _rows(path: Path) -> tuple[str, list[dict[str, str]]]:
    text = path.read_text(encoding="utf-8")
    return text.splitlines()[0], list(csv.DictReader(io.StringIO(text)))


def test_a_reporting_tool_pulls_a_month_with_the_example_script(
    server: str,  # noqa: F811
    fresh_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Demonstration data (cheap password hashes: the demo users are never signed in here).
    monkeypatch.setenv("PASSERELLE_PASSWORD_HASH_TIME_COST", "1")
    monkeypatch.setenv("PASSERELLE_PASSWORD_HASH_MEMORY_KIB", "64")
    seeded = _cli(fresh_url, "seed-demo")
    assert seeded.returncode == 0, seeded.stderr
    client = _register_reporting_client(server, fresh_url)

    # A month some three months back, well inside the demo data (admissions over 900 days).
    month = (datetime.now(UTC).date().replace(day=1) - timedelta(days=100)).strftime("%Y-%m")
    out = tmp_path / "report"
    run = _run_script(server, client, "--month", month, "--out", str(out), cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert sorted(path.name for path in out.iterdir()) == sorted(
        f"{figure.name}.csv" for figure in FIGURES
    )
    assert set(HEADERS) == {figure.name for figure in FIGURES}
    for name, header in HEADERS.items():
        first_line, rows = _rows(out / f"{name}.csv")
        assert first_line == header, name
        assert f"{name} (" in run.stdout
        for row in rows:
            assert row["suppressed"] in ("true", "false"), (name, row)
            # A withheld cell has no number; a published one has at least k (5).
            if row["suppressed"] == "true":
                assert row["n"] == "", (name, row)
            else:
                assert int(row["n"]) >= 5, (name, row)
            if "month" in row:
                assert row["month"] == month, (name, row)

    # The files are the API's tables: the same cells as the JSON of the same requests.
    first, last = month_bounds(month)
    # Whole months, as the server requires: the 1st to the last day, February and
    # December included.
    assert month_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert month_bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert month_bounds("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))
    with httpx.Client(base_url=server, timeout=30) as analyst:
        token = _ok(
            analyst.post(
                "/api/v1/auth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": client["client_id"],
                    "client_secret": client["client_secret"],
                },
            )
        )
        assert token["scope"] == "stats:read"
        analyst.headers["Authorization"] = f"Bearer {token['access_token']}"
        for figure in FIGURES:
            params = figure.params(first, last).set("format", "json")
            table = _ok(analyst.get(f"/api/v1/stats/{figure.endpoint}", params=params))
            assert ",".join(table["columns"]) == HEADERS[figure.name]
            _, rows = _rows(out / f"{figure.name}.csv")
            assert rows == [
                {key: _as_csv(value) for key, value in cell.items()} for cell in table["cells"]
            ], figure.name
    _, held = _rows(out / "population_held.csv")
    assert {row["facility"] for row in held} == {"MCA-BKO", "KLK"}

    # By default: last month, into report-YYYY-MM in the working folder.
    default = _run_script(server, client, cwd=tmp_path)
    assert default.returncode == 0, default.stdout + default.stderr
    assert (tmp_path / f"report-{last_month()}" / "admissions.csv").is_file()

    # A wrong secret: no token, the problem said plainly, exit 1, no files.
    refused = _run_script(
        server, client, "--out", str(tmp_path / "refused"), secret="not-the-secret", cwd=tmp_path
    )
    assert refused.returncode == 1
    assert "no token: HTTP 401 invalid_client" in refused.stderr
    assert not (tmp_path / "refused").exists()

    # A month that is not one.
    wrong = _run_script(server, client, "--month", "2026-13", cwd=tmp_path)
    assert wrong.returncode == 1
    assert "month '2026-13' is not YYYY-MM" in wrong.stderr


def _as_csv(value: object) -> str:
    """A JSON cell value as the CSV writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
