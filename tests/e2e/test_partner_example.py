"""End to end: the partner example of docs/partners.md against a real server.

An administrator registers a partner organisation, its data-sharing agreement and its API
client; the partner plans a session; the example script pushes a CSV of attendance, then
pushes it again (every record unchanged); the partner pulls back what changed.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from examples.partner_attendance_sync import sync_csv
from tests.e2e.test_server import _cli, server  # noqa: F401 (the live server fixture)

pytestmark = pytest.mark.e2e

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "partner_attendance_sync.py"
ADMIN_PASSWORD = "an administrator passphrase"
HEADER = "participant_external_id,full_name,category,day,status,hours\n"
# Three participants over the three days of the session (6 hours a day, 18 scheduled):
# P-0001 attends 18 hours and P-0002 16.5 (both reach 80%), P-0003 only 6.
ATTENDANCE = HEADER + (
    "P-0001,Awa Exemple,prison_staff,2026-11-16,present,\n"
    "P-0001,Awa Exemple,prison_staff,2026-11-17,present,6\n"
    "P-0001,Awa Exemple,prison_staff,2026-11-18,present,\n"
    "P-0002,Moussa Exemple,religious_leader,2026-11-16,present,\n"
    'P-0002,Moussa Exemple,religious_leader,2026-11-17,late,"4,5"\n'
    "P-0002,Moussa Exemple,religious_leader,2026-11-18,present,\n"
    "P-0003,Fatou Exemple,youth_leader,2026-11-16,present,\n"
    "P-0003,Fatou Exemple,youth_leader,2026-11-17,absent,\n"
    "P-0003,Fatou Exemple,youth_leader,2026-11-18,excused,\n"
)
# A correction (P-0003 was there on the 8th) and two bad rows.
CORRECTION = HEADER + (
    "P-0003,Fatou Exemple,youth_leader,2026-11-17,present,\n"
    "P-0003,Fatou Exemple,youth_leader,2026-11-19,present,\n"
    "P-0003,Fatou Exemple,youth_leader,2026-11-18,sick,\n"
)


def _ok(response: httpx.Response, status: int = 201) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def _register_partner(base_url: str, fresh_url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the DNAPES administrator does: the organisation, its agreement, its client."""
    created = _cli(
        fresh_url,
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
            ),
            200,
        )
        admin.headers["Authorization"] = f"Bearer {token['access_token']}"
        organisation = _ok(
            admin.post(
                "/api/v1/organisations",
                json={"code": "EXAMPLE-NGO", "name": "Example NGO", "kind": "ngo", "country": "ML"},
                headers={"Idempotency-Key": str(uuid.uuid4())},
            )
        )
        today = datetime.now(UTC).date()
        scopes = ["training:read", "training:write", "attendance:sync", "reference:read"]
        _ok(
            admin.post(
                "/api/v1/data-sharing-agreements",
                json={
                    "reference": "DSA-EXAMPLE-NGO-01",
                    "organisation_id": organisation["id"],
                    "purpose": "Attendance of the staff trainings the partner runs",
                    "legal_basis": "Memorandum of understanding with DNAPES",
                    "scopes": scopes,
                    "valid_from": (today - timedelta(days=1)).isoformat(),
                    "valid_until": (today + timedelta(days=365)).isoformat(),
                    "signatory": "Director, DNAPES",
                },
            )
        )
        client = _ok(
            admin.post(
                "/api/v1/clients",
                json={
                    "name": "Example NGO attendance system",
                    "kind": "partner",
                    "organisation_id": organisation["id"],
                    "allowed_scopes": scopes,
                },
            )
        )
    return organisation, client


@contextmanager
def _partner(base_url: str, client: dict[str, Any], scope: str) -> Iterator[httpx.Client]:
    """An HTTP client with a token of the partner client."""
    with httpx.Client(base_url=base_url, timeout=30) as http:
        token = _ok(
            http.post(
                "/api/v1/auth/token",
                data={"grant_type": "client_credentials", "scope": scope},
                auth=(client["client_id"], client["client_secret"]),
            ),
            200,
        )
        http.headers["Authorization"] = f"Bearer {token['access_token']}"
        yield http


def _run_script(
    base_url: str, client: dict[str, Any], csv_path: Path, *options: str
) -> subprocess.CompletedProcess[str]:
    """The script as a partner runs it: the secret in the environment, not in argv."""
    return subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--base-url",
            base_url,
            "--client-id",
            client["client_id"],
            "--session-external-id",
            "NGO-2026-RA-01",
            str(csv_path),
            *options,
        ],
        env={**os.environ, "PASSERELLE_CLIENT_SECRET": client["client_secret"]},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_partner_syncs_a_csv_with_the_example_script(
    server: str,  # noqa: F811
    fresh_url: str,
    tmp_path: Path,
) -> None:
    organisation, client = _register_partner(server, fresh_url)
    with _partner(server, client, "training:read training:write") as partner:
        training = _ok(
            partner.post(
                "/api/v1/training-sessions",
                json={
                    "title": "Risk assessment with a focus on radicalisation",
                    "topic": "risk_assessment",
                    "external_id": "NGO-2026-RA-01",
                    "venue": "Training centre, Bamako",
                    "start_date": "2026-11-16",
                    "end_date": "2026-11-18",
                    "daily_start": "09:00",
                    "daily_end": "16:00",
                    "hours_per_day": 6,
                    "language": "fra",
                    "capacity": 30,
                },
                headers={"Idempotency-Key": str(uuid.uuid4())},
            )
        )
    assert training["organiser_organisation_id"] == organisation["id"]
    assert training["scheduled_hours"] == 18
    attendance = tmp_path / "attendance.csv"
    attendance.write_text(ATTENDANCE, encoding="utf-8")

    def push(**options: Any) -> tuple[Any, str]:
        out = io.StringIO()
        with httpx.Client(base_url=server, timeout=60) as http:
            report = sync_csv(
                http,
                client_id=client["client_id"],
                client_secret=client["client_secret"],
                csv_path=attendance,
                out=out,
                **options,
            )
        return report, out.getvalue()

    # A dry run checks every record and writes nothing.
    report, _ = push(session_id=training["id"], dry_run=True)
    assert report.counts["created"] == 9
    assert report.batches_written == 0

    report, output = push(session_id=training["id"])
    assert report.rejected == [], output
    assert report.counts["created"] == 9
    assert report.counts["updated"] == report.counts["unchanged"] == 0
    assert report.counts["participants_created"] == 3
    assert report.counts["enrolments_created"] == 3
    assert "created 9, updated 0, unchanged 0, rejected 0" in output

    # Sending the same file again changes nothing; by the session's external id too.
    for options in ({"session_id": training["id"]}, {"session_external_id": "NGO-2026-RA-01"}):
        report, output = push(**options)
        assert report.rejected == [], output
        assert report.counts["unchanged"] == 9, output
        assert report.counts["created"] == report.counts["updated"] == 0
        assert report.counts["participants_created"] == 0

    with _partner(server, client, "training:read") as partner:
        enrolments = _ok(
            partner.get(f"/api/v1/training-sessions/{training['id']}/participants"), 200
        )
        by_person = {item["participant_external_id"]: item for item in enrolments["items"]}
        assert {key: item["attended_hours"] for key, item in by_person.items()} == {
            "P-0001": 18,
            "P-0002": 16.5,
            "P-0003": 6,
        }
        assert by_person["P-0001"]["completed"]
        assert by_person["P-0001"]["certificate_number"].startswith("PSL-")
        assert by_person["P-0002"]["completed_on"] == "2026-11-18"
        assert not by_person["P-0003"]["completed"]
        pulled = _ok(partner.get(f"/api/v1/training-sessions/{training['id']}/attendance"), 200)
        assert len(pulled["items"]) == 9
        assert pulled["has_more"] is False
        cursor = pulled["next_cursor"]

        # As a partner runs it. Atomic: one bad row and nothing of the batch is written.
        correction = tmp_path / "correction.csv"
        correction.write_text(CORRECTION, encoding="utf-8")
        atomic = _run_script(server, client, correction, "--atomic")
        assert atomic.returncode == 1, atomic.stdout + atomic.stderr
        assert "rejected as a whole (atomic)" in atomic.stdout
        assert "rejected: line 3 P-0003 2026-11-19: day_outside_session" in atomic.stdout
        assert "rejected: line 4 P-0003 2026-11-18: unknown_status" in atomic.stdout
        since = {"since": cursor}
        unchanged = _ok(
            partner.get(f"/api/v1/training-sessions/{training['id']}/attendance", params=since),
            200,
        )
        assert unchanged["items"] == []
        assert unchanged["next_cursor"] == cursor

        # Not atomic: the good row is taken, the bad ones are reported, the exit is 1.
        partial = _run_script(server, client, correction)
        assert partial.returncode == 1, partial.stdout + partial.stderr
        assert "created 0, updated 1, unchanged 0, rejected 2" in partial.stdout
        changed = _ok(
            partner.get(f"/api/v1/training-sessions/{training['id']}/attendance", params=since),
            200,
        )
        assert [
            (row["participant_external_id"], row["day"], row["status"]) for row in changed["items"]
        ] == [("P-0003", "2026-11-17", "present")]
        assert changed["items"][0]["version"] == 2

    # Every record accepted: exit 0.
    clean = _run_script(server, client, attendance)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "created 0, updated 1, unchanged 8, rejected 0" in clean.stdout
