"""Push a partner's attendance CSV to Passerelle, and report every record's outcome.

    export PASSERELLE_CLIENT_SECRET='…'      # never on the command line
    python partner_attendance_sync.py --base-url https://passerelle.example.org \\
        --client-id partner-5731854ad0ccd8f7 --session-external-id NGO-2026-RA-01 \\
        attendance.csv [--dry-run] [--atomic]

The CSV has a header line and the columns participant_external_id, full_name, category,
day (YYYY-MM-DD), status (present, absent, excused, late) and hours (empty: the day's
scheduled hours when present, 0 when absent or excused). People the server does not know
yet by their external id are registered from full_name and category.

The script gets a token (client credentials), sends the rows in batches of at most 5,000
records, prints the counts and every rejected record with its CSV line, and exits 0 when
every record was accepted, 1 when some were rejected, 2 on any other error. Sending the
same file again changes nothing: every record accepted before comes back `unchanged`. So
a run cut short (network, server restart) is simply run again.

Needs only httpx (`pip install httpx`).
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import httpx

API = "/api/v1"
MAX_RECORDS = 5000
# The environment variable holding the client secret.
CREDENTIAL_VARIABLE = "PASSERELLE_CLIENT_SECRET"
# Ask for no more than the script uses.
SCOPES = "training:read attendance:sync"
COLUMNS = ("participant_external_id", "full_name", "category", "day", "status", "hours")
ATTEMPTS = 4


class SyncError(Exception):
    """The run cannot go on: no token, an unreadable CSV, or a request refused as a whole
    (not one record of it)."""


@dataclass
class Rejection:
    line: int
    external_id: str
    day: str
    reason: str | None
    message: str | None


@dataclass
class Report:
    counts: Counter[str] = field(default_factory=Counter)
    rejected: list[Rejection] = field(default_factory=list)
    batches_written: int = 0
    stopped_early: bool = False


class PartnerApi:
    """HTTP calls with a client-credentials token, renewed when it expires, and retries of
    requests whose answer was lost: an attendance batch is an idempotent upsert, so sending
    it again is safe."""

    def __init__(self, http: httpx.Client, client_id: str, client_secret: str) -> None:
        self.http = http
        self.client_id = client_id
        self.client_secret = client_secret
        self.token: str | None = None

    def authenticate(self) -> None:
        response = self.http.post(
            f"{API}/auth/token",
            data={"grant_type": "client_credentials", "scope": SCOPES},
            auth=(self.client_id, self.client_secret),
        )
        if response.status_code != 200:
            raise SyncError(f"no token: {describe_problem(response)}")
        self.token = response.json()["access_token"]

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        attempt, renewed = 0, False
        while True:
            attempt += 1
            if self.token is None:
                self.authenticate()
            headers = {"Authorization": f"Bearer {self.token}"}
            try:
                response = self.http.request(method, path, headers=headers, **kwargs)
            except httpx.TransportError:
                if attempt >= ATTEMPTS:
                    raise
                time.sleep(2**attempt)
                continue
            if response.status_code == 401 and not renewed:
                # Access tokens last minutes: a long run gets a new one, once.
                self.token, renewed = None, True
                continue
            if response.status_code >= 500 and attempt < ATTEMPTS:
                time.sleep(_retry_after(response, default=2**attempt))
                continue
            return response


def _retry_after(response: httpx.Response, default: float) -> float:
    try:
        return min(float(response.headers.get("Retry-After", default)), 60.0)
    except ValueError:
        return default


def describe_problem(response: httpx.Response) -> str:
    """A problem+json answer in one line: status, code and detail."""
    try:
        problem = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if not isinstance(problem, dict):
        return f"HTTP {response.status_code}"
    text = f"HTTP {response.status_code} {problem.get('code', '')}: {problem.get('detail', '')}"
    for error in problem.get("errors") or []:
        text += f"\n  {error.get('field')}: {error.get('message')}"
    return text


def _hours(value: str) -> float | str:
    try:
        hours = float(value.replace(",", "."))  # 4,5 as well as 4.5
    except ValueError:
        return value  # the server rejects this record alone, with its reason
    return hours if math.isfinite(hours) else value


def read_rows(csv_path: Path) -> list[tuple[int, dict[str, Any]]]:
    """Each CSV row as (line number, attendance record)."""
    rows = []
    with csv_path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise SyncError(f"{csv_path}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            value = {name: (row.get(name) or "").strip() for name in COLUMNS}
            record: dict[str, Any] = {
                "participant_external_id": value["participant_external_id"],
                "day": value["day"],
                "status": value["status"].lower(),
            }
            if value["full_name"] and value["category"]:
                record["participant"] = {
                    "full_name": value["full_name"],
                    "category": value["category"],
                }
            if value["hours"]:
                record["hours"] = _hours(value["hours"])
            rows.append((reader.line_num, record))
    return rows


def batches(rows: Sequence[tuple[int, dict[str, Any]]]) -> Iterator[Sequence[tuple[int, Any]]]:
    for start in range(0, len(rows), MAX_RECORDS):
        yield rows[start : start + MAX_RECORDS]


def sync_csv(
    http: httpx.Client,
    *,
    client_id: str,
    client_secret: str,
    csv_path: Path,
    session_id: str | None = None,
    session_external_id: str | None = None,
    dry_run: bool = False,
    atomic: bool = False,
    out: TextIO = sys.stdout,
) -> Report:
    """Send the CSV's attendance to one session, named by its id or by your external id.

    With a session id the batches go to `PUT /training-sessions/{id}/attendance`; with an
    external id to `POST /sync/attendance`, each record naming the session. `atomic` holds
    for each batch: a file of more than 5,000 rows keeps the batches already written, and
    the run stops at the first batch rejected as a whole.
    """
    if (session_id is None) == (session_external_id is None):
        raise ValueError("give session_id or session_external_id")
    api = PartnerApi(http, client_id, client_secret)
    params = {"dry_run": str(dry_run).lower(), "atomic": str(atomic).lower()}
    rows = read_rows(csv_path)
    report = Report()
    for number, batch in enumerate(batches(rows), start=1):
        lines = [line for line, _ in batch]
        records = [record for _, record in batch]
        body: dict[str, Any] = {"create_participants": True, "records": records}
        if session_id is not None:
            path = f"{API}/training-sessions/{session_id}/attendance"
            response = api.request("PUT", path, params=params, json=body)
        else:
            for record in records:
                record["session_external_id"] = session_external_id
            response = api.request("POST", f"{API}/sync/attendance", params=params, json=body)
        if response.status_code == 200:
            answer = response.json()
            results = answer["results"]
            report.counts.update(answer["counts"])
            report.batches_written += int(answer["written"])
            state = "checked, nothing written (dry run)" if dry_run else "written"
        elif response.status_code == 422 and response.json().get("code") == "batch_rejected":
            results = response.json()["rejected"]
            report.counts["rejected"] += len(results)
            report.stopped_early = True
            state = "rejected as a whole (atomic): nothing of it was written"
        else:
            raise SyncError(f"batch {number}: {describe_problem(response)}")
        print(f"batch {number}: {len(records)} records, {state}", file=out)
        for result in results:
            if result["outcome"] == "rejected":
                record = records[result["index"]]
                report.rejected.append(
                    Rejection(
                        line=lines[result["index"]],
                        external_id=record["participant_external_id"],
                        day=record["day"],
                        reason=result["reason"],
                        message=result["message"],
                    )
                )
        if report.stopped_early:
            if number * MAX_RECORDS < len(rows):
                print("stopped: the later batches were not sent", file=out)
            break
    counts = report.counts
    print(
        f"created {counts['created']}, updated {counts['updated']}, "
        f"unchanged {counts['unchanged']}, rejected {counts['rejected']} "
        f"(participants created {counts['participants_created']}, "
        f"enrolments created {counts['enrolments_created']})",
        file=out,
    )
    for rejection in report.rejected:
        print(
            f"rejected: line {rejection.line} {rejection.external_id} {rejection.day}: "
            f"{rejection.reason} ({rejection.message})",
            file=out,
        )
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Push an attendance CSV to Passerelle.")
    parser.add_argument("csv_path", type=Path, help="the attendance CSV")
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--client-id", required=True, help=f"secret in ${CREDENTIAL_VARIABLE}")
    session = parser.add_mutually_exclusive_group(required=True)
    session.add_argument("--session-id", help="the session's Passerelle id")
    session.add_argument("--session-external-id", help="your own id of the session")
    parser.add_argument("--dry-run", action="store_true", help="check every record, write none")
    parser.add_argument("--atomic", action="store_true", help="write a batch only if all pass")
    args = parser.parse_args(argv)
    secret = os.environ.get(CREDENTIAL_VARIABLE)
    if not secret:
        print(f"set {CREDENTIAL_VARIABLE} to the client secret", file=sys.stderr)
        return 2
    try:
        with httpx.Client(base_url=args.base_url, timeout=120) as http:
            report = sync_csv(
                http,
                client_id=args.client_id,
                client_secret=secret,
                csv_path=args.csv_path,
                session_id=args.session_id,
                session_external_id=args.session_external_id,
                dry_run=args.dry_run,
                atomic=args.atomic,
            )
    except (SyncError, OSError, ValueError, csv.Error, httpx.HTTPError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if report.rejected else 0


if __name__ == "__main__":
    sys.exit(main())
