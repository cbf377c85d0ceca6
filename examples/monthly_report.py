"""Pull a month's aggregate statistics from Passerelle as CSV files, one file per figure.

    export PASSERELLE_CLIENT_ID='service-…'
    export PASSERELLE_CLIENT_SECRET='…'      # never on the command line
    python monthly_report.py --base-url https://passerelle.example.org \\
        --month 2026-10 --out report-2026-10

The API client needs the `stats:read` scope (an analyst's or reporting tool's client,
registered by DNAPES). The script gets a token with the OAuth2 client credentials grant,
then asks `/api/v1/stats/...` for each figure of FIGURES with `format=csv` and writes the
answer as it comes, byte for byte, to `<out>/<figure>.csv`. The figures over a period ask
for the whole month, as the server requires (`from` = its first day, `to` = its last; any
other day is refused), with `interval=month`, so each of their rows carries a `month`
column (`YYYY-MM`) and a year of files can simply be concatenated. The figures that are a
picture of today (`held`) take no period: they describe the day the script runs, whatever
the month asked.

Every file has one line per non-empty cell: the dimensions, `n`, the figure's statistics
and `suppressed` (`true` where disclosure control withheld the numbers, which are then
empty, else `false`). A combination with no one in it has no line at all. See
docs/statistics.md for the definition of every figure. Every request is written to the
server's audit log (`stats.query`).

A 429 or 503 answer is retried after the time its Retry-After header says (at most 60 s,
at most 5 attempts); an expired token is renewed once. Any other refusal stops the run
with the problem's status, code, detail and field errors. Exit status: 0 when every file
was written, 1 otherwise.

Needs only httpx (`pip install httpx`).
"""

from __future__ import annotations

import argparse
import email.utils
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TextIO

import httpx

API = "/api/v1"
# Ask for no more than the script uses.
SCOPE = "stats:read"
# Where the credentials are read from when not given as arguments.
CLIENT_ID_VARIABLE = "PASSERELLE_CLIENT_ID"
CLIENT_SECRET_VARIABLE = "PASSERELLE_CLIENT_SECRET"  # noqa: S105 (a variable's name)
# Retries of 429 (too many requests) and 503 (service unavailable, e.g. the database).
ATTEMPTS = 5
RETRIED = (429, 503)
MAX_WAIT_SECONDS = 60.0


@dataclass(frozen=True)
class Figure:
    """One figure of the report: the file it goes to and the request that answers it."""

    name: str
    endpoint: str
    measure: str
    group_by: tuple[str, ...] = ()
    # A picture of today: no period, no months.
    snapshot: bool = False

    def params(self, first: date, last: date) -> httpx.QueryParams:
        """The query string; `group_by` is repeated once per dimension."""
        params = httpx.QueryParams({"measure": self.measure, "format": "csv"})
        for dimension in self.group_by:
            params = params.add("group_by", dimension)
        if not self.snapshot:
            params = params.merge(
                {"from": first.isoformat(), "to": last.isoformat(), "interval": "month"}
            )
        return params


FIGURES: tuple[Figure, ...] = (
    Figure("population_held", "population", "held", ("facility", "legal_status"), snapshot=True),
    Figure("admissions", "population", "admissions", ("facility",)),
    Figure("releases", "population", "releases", ("facility",)),
    Figure("assessments_verified", "assessments", "verified", ("facility", "judgement")),
    Figure("training_participants", "training", "participants", ("topic",)),
    Figure("vocational_enrolments", "vocational", "enrolments", ("trade", "status")),
    Figure("visits", "visits", "visits", ("facility", "type")),
    Figure("dialogue_sessions", "visits", "dialogue_sessions", ("facility",)),
)


class ReportError(Exception):
    """The run cannot go on: no token, or a request refused."""


@dataclass
class Report:
    """What a run wrote: each figure's file and its number of data lines."""

    files: dict[str, Path] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)


def month_bounds(month: str) -> tuple[date, date]:
    """The first and last day of a `YYYY-MM` month."""
    try:
        first = datetime.strptime(month, "%Y-%m").date()
    except ValueError:
        raise ValueError(f"month {month!r} is not YYYY-MM") from None
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, following - timedelta(days=1)


def last_month(today: date | None = None) -> str:
    """The month before today's (UTC), as `YYYY-MM`."""
    today = today or datetime.now(UTC).date()
    return (today.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


def describe_problem(response: httpx.Response) -> str:
    """A problem+json answer in a few lines: status, code, detail and field errors."""
    try:
        problem = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if not isinstance(problem, dict):
        return f"HTTP {response.status_code}"
    text = f"HTTP {response.status_code} {problem.get('code', '')}: {problem.get('detail', '')}"
    for error in problem.get("errors") or []:
        text += f"\n  {error.get('field')}: {error.get('message')}"
    if problem.get("request_id"):
        text += f"\n  (request id {problem['request_id']})"
    return text


def retry_after(response: httpx.Response, default: float) -> float:
    """The wait a 429 or 503 asks for: Retry-After in seconds or as an HTTP date."""
    value = response.headers.get("Retry-After")
    if value is None:
        return default
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return default
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        seconds = (moment - datetime.now(UTC)).total_seconds()
    return min(max(seconds, 0.0), MAX_WAIT_SECONDS)


class StatsApi:
    """GET requests with a client-credentials token, renewed once when it expires, and
    retries of the answers that ask for them."""

    def __init__(
        self,
        http: httpx.Client,
        client_id: str,
        client_secret: str,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.http = http
        self.client_id = client_id
        self.client_secret = client_secret
        self.token: str | None = None
        self._sleep = sleep

    def _send(
        self,
        method: str,
        path: str,
        *,
        data: Mapping[str, str] | None = None,
        params: httpx.QueryParams | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """One request, retried on a lost connection and on 429 or 503."""
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.http.request(
                    method, path, data=data, params=params, headers=headers
                )
            except httpx.TransportError:
                if attempt >= ATTEMPTS:
                    raise
                self._sleep(2**attempt)
                continue
            if response.status_code in RETRIED and attempt < ATTEMPTS:
                self._sleep(retry_after(response, default=2**attempt))
                continue
            return response

    def authenticate(self) -> None:
        """OAuth2 client credentials: the client's id and secret as form fields."""
        response = self._send(
            "POST",
            f"{API}/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "scope": SCOPE,
            },
        )
        if response.status_code != 200:
            raise ReportError(f"no token: {describe_problem(response)}")
        answer = response.json()
        if SCOPE not in str(answer.get("scope", "")).split():
            raise ReportError(f"the client was not granted {SCOPE} (granted: {answer['scope']!r})")
        self.token = answer["access_token"]

    def get(self, path: str, params: httpx.QueryParams) -> httpx.Response:
        renewed = False
        while True:
            if self.token is None:
                self.authenticate()
            headers = {"Authorization": f"Bearer {self.token}"}
            response = self._send("GET", path, params=params, headers=headers)
            if response.status_code == 401 and not renewed:
                # Access tokens last minutes: a long run gets a new one, once.
                self.token, renewed = None, True
                continue
            return response


def pull_report(
    http: httpx.Client,
    *,
    client_id: str,
    client_secret: str,
    month: str,
    out_dir: Path,
    figures: Sequence[Figure] = FIGURES,
    out: TextIO = sys.stdout,
) -> Report:
    """Write one CSV file per figure for the month into ``out_dir``."""
    first, last = month_bounds(month)
    api = StatsApi(http, client_id, client_secret)
    api.authenticate()  # before anything is written: a refused client leaves no folder
    out_dir.mkdir(parents=True, exist_ok=True)
    report = Report()
    for figure in figures:
        response = api.get(f"{API}/stats/{figure.endpoint}", figure.params(first, last))
        if response.status_code != 200:
            raise ReportError(f"{figure.name}: {describe_problem(response)}")
        if not response.headers.get("content-type", "").startswith("text/csv"):
            raise ReportError(f"{figure.name}: expected CSV, got {response.headers!r}")
        path = out_dir / f"{figure.name}.csv"
        # The server's CSV as it is: UTF-8, a header line, `\n` line ends.
        path.write_bytes(response.content)
        lines = max(len(response.text.splitlines()) - 1, 0)
        report.files[figure.name] = path
        report.rows[figure.name] = lines
        when = "today" if figure.snapshot else month
        print(f"{figure.name} ({when}): {lines} rows -> {path}", file=out)
    return report


def _credential(value: str | None, variable: str) -> str | None:
    return value or os.environ.get(variable) or None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write a month's Passerelle statistics as CSV files, one per figure."
    )
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--client-id", help=f"or ${CLIENT_ID_VARIABLE}")
    parser.add_argument(
        "--client-secret", help=f"or ${CLIENT_SECRET_VARIABLE} (better: kept out of argv)"
    )
    parser.add_argument("--month", default=None, help="YYYY-MM (default: last month)")
    parser.add_argument("--out", type=Path, default=None, help="folder (default: report-YYYY-MM)")
    args = parser.parse_args(argv)
    client_id = _credential(args.client_id, CLIENT_ID_VARIABLE)
    client_secret = _credential(args.client_secret, CLIENT_SECRET_VARIABLE)
    if not client_id or not client_secret:
        print(
            f"give --client-id and --client-secret, or set {CLIENT_ID_VARIABLE} and "
            f"{CLIENT_SECRET_VARIABLE}",
            file=sys.stderr,
        )
        return 1
    month = args.month or last_month()
    out_dir = args.out or Path(f"report-{month}")
    try:
        with httpx.Client(base_url=args.base_url, timeout=120) as http:
            pull_report(
                http,
                client_id=client_id,
                client_secret=client_secret,
                month=month,
                out_dir=out_dir,
            )
    except (ReportError, OSError, ValueError, httpx.HTTPError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
