"""Aggregate statistics: figures against hand-computed fixtures on both databases,
disclosure control, formats, and analysts never reaching a row about a person."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.dialects import postgresql
from sqlmodel.ext.asyncio.session import AsyncSession

from app import authz_matrix
from app.db import create_engine, create_session_factory
from app.main import create_app
from app.models.facility import Facility
from app.models.inmate import CustodyEpisode, Inmate
from app.models.training import Participant, TrainingEnrolment, TrainingSession
from app.models.visit import Visit
from app.services.stats import ENDPOINTS
from app.services.stats.disclosure import suppress
from app.services.stats.tables import Context, check_grouping
from tests.conftest import make_settings
from tests.factories import Identities, live_admin_headers
from tests.resources import assert_problem

STATS = "/api/v1/stats"
TODAY = datetime.now(UTC).date()


@pytest.fixture
async def analyst(identities: Identities) -> dict[str, str]:
    return await identities.headers_for("analyst", all_facilities=True)


def _inmate(facility_id: uuid.UUID, **fields: Any) -> Inmate:
    number = uuid.uuid4().hex[:10]
    values: dict[str, Any] = {
        "facility_id": facility_id,
        "prison_number": f"S-{number}",
        "family_name": "Synthétique",
        "given_names": "Statistique",
        "sex": "male",
        "birth_year": 1990,
        "admission_date": TODAY - timedelta(days=100),
        "legal_status": "pre_trial",
        "search_text": f"synthetique statistique s-{number}",
        "match_key": f"synthetique|{number}",
    }
    return Inmate(**(values | fields))


async def _held(
    session: AsyncSession, identities: Identities, layout: dict[str, dict[str, int]]
) -> dict[str, uuid.UUID]:
    """Inmates held, ``layout[facility][legal_status]`` of each."""
    facilities = {}
    for code, statuses in layout.items():
        facility = await identities.facility(code)
        facilities[code] = facility.id
        for status, count in statuses.items():
            session.add_all(_inmate(facility.id, legal_status=status) for _ in range(count))
    await session.commit()
    return facilities


async def get_table(
    http: httpx.AsyncClient, headers: dict[str, str], path: str, **params: Any
) -> dict[str, Any]:
    response = await http.get(f"{STATS}/{path}", params=params, headers=headers)
    assert response.status_code == 200, response.text
    table: dict[str, Any] = response.json()
    return table


def cells_by(table: dict[str, Any], *dimensions: str) -> dict[tuple[str, ...], dict[str, Any]]:
    return {tuple(cell[name] for name in dimensions): cell for cell in table["cells"]}


# Disclosure control, as pure functions


def test_a_lone_small_cell_takes_its_smallest_neighbours_with_it() -> None:
    table = {
        ("A", "pre"): 3,
        ("A", "conv"): 20,
        ("B", "pre"): 12,
        ("B", "conv"): 9,
        ("C", "pre"): 15,
        ("C", "conv"): 30,
    }
    assert suppress(table, 5) == {("A", "pre"), ("A", "conv"), ("B", "pre"), ("B", "conv")}
    # A one-dimensional table: the total is public, so a second cell goes.
    assert suppress({("A",): 2, ("B",): 40, ("C",): 7}, 5) == {("A",), ("C",)}
    # A partner alone in its other line would be given away by that line's total: another
    # is chosen.
    held = {
        ("F0", "minimum"): 35,
        ("F1", "minimum"): 35,
        ("F1", "medium"): 20,
        ("F2", "medium"): 7,
        ("F3", "minimum"): 3,
        ("F3", "medium"): 10,
        ("F3", "high"): 12,
    }
    # With F1 and F3's rows, and the minimum and medium columns, published: a + b = 55,
    # c + d = 13, a + c = 38, b + d = 30 have a free variable, so c (3) stays unknown.
    assert suppress(held, 5) == {
        ("F1", "minimum"),
        ("F1", "medium"),
        ("F3", "minimum"),
        ("F3", "medium"),
    }
    # Zeros are not sensitive, and need no company.
    assert suppress({("A",): 0, ("B",): 40}, 5) == set()
    assert suppress({("A",): 6, ("B",): 40}, 5) == set()


# Population


async def test_held_by_facility_and_status_hides_small_cells_and_what_gives_them_away(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    session: AsyncSession,
    analyst: dict[str, str],
) -> None:
    await _held(
        session,
        identities,
        {
            "FAC-A": {"pre_trial": 3, "convicted": 20, "released": 4},
            "FAC-B": {"pre_trial": 12, "convicted": 9},
            "FAC-C": {"pre_trial": 15, "convicted": 30},
        },
    )
    table = await get_table(
        anonymous,
        analyst,
        "population",
        measure="held",
        group_by=["facility", "legal_status"],
    )
    assert (table["k"], table["kind"], table["group_by"]) == (
        5,
        "count",
        ["facility", "legal_status"],
    )
    cells = cells_by(table, "facility", "legal_status")
    # 3 people in one cell: withheld; and its row and column partners, so that the
    # facility's total (23, published below) does not give it away.
    for key in (
        ("FAC-A", "pre_trial"),
        ("FAC-A", "convicted"),
        ("FAC-B", "pre_trial"),
        ("FAC-B", "convicted"),
    ):
        assert cells[key] == {
            "facility": key[0],
            "legal_status": key[1],
            "n": None,
            "suppressed": True,
        }
    assert cells["FAC-C", "pre_trial"]["n"] == 15
    assert cells["FAC-C", "convicted"]["n"] == 30
    # Asked the other way round, the same table withholds the same cells.
    swapped = await get_table(
        anonymous, analyst, "population", measure="held", group_by=["legal_status", "facility"]
    )
    assert {(cell["facility"], cell["legal_status"]): cell["n"] for cell in swapped["cells"]} == {
        key: cell["n"] for key, cell in cells.items()
    }
    by_facility = cells_by(
        await get_table(anonymous, analyst, "population", measure="held", group_by="facility"),
        "facility",
    )
    assert {key[0]: cell["n"] for key, cell in by_facility.items()} == {
        "FAC-A": 23,
        "FAC-B": 21,
        "FAC-C": 45,
    }
    total = await get_table(anonymous, analyst, "population", measure="held")
    assert total["cells"] == [{"n": 89, "suppressed": False}]

    as_csv = await anonymous.get(
        f"{STATS}/population",
        params={"measure": "held", "group_by": ["facility", "legal_status"], "format": "csv"},
        headers=analyst,
    )
    assert as_csv.status_code == 200, as_csv.text
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert list(rows[0]) == ["facility", "legal_status", "n", "suppressed"]
    assert {(r["facility"], r["legal_status"]): (r["n"], r["suppressed"]) for r in rows} == {
        ("FAC-A", "convicted"): ("", "true"),
        ("FAC-A", "pre_trial"): ("", "true"),
        ("FAC-B", "convicted"): ("", "true"),
        ("FAC-B", "pre_trial"): ("", "true"),
        ("FAC-C", "convicted"): ("30", "false"),
        ("FAC-C", "pre_trial"): ("15", "false"),
    }


async def test_admissions_and_releases_by_month_and_pretrial_quartiles(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    session: AsyncSession,
    analyst: dict[str, str],
) -> None:
    facility = await identities.facility("FAC-A")
    # Six in pre-trial detention, held 10, 20, ... 60 days so far.
    waiting = [
        _inmate(facility.id, admission_date=TODAY - timedelta(days=days), sex="female")
        for days in (10, 20, 30, 40, 50, 60)
    ]
    session.add_all(waiting)
    # Admissions at FAC-A: 6 in March 2025, 7 in April 2025; the last six of those
    # transferred to FAC-B and released from there in May.
    elsewhere = await identities.facility("FAC-B")
    movers = [_inmate(facility.id, legal_status="convicted") for _ in range(13)]
    session.add_all(movers)
    await session.flush()
    for n, inmate in enumerate(movers):
        admitted = date(2025, 3, 10) if n < 6 else date(2025, 4, 2)
        session.add(
            CustodyEpisode(
                inmate_id=inmate.id,
                number=1,
                facility_id=facility.id,
                admission_date=admitted,
                release_date=date(2025, 5, 20) if n > 6 else None,
                release_facility_id=elsewhere.id if n > 6 else None,
            )
        )
    await session.commit()

    quartiles = await get_table(anonymous, analyst, "population", measure="pretrial_days")
    assert quartiles["cells"] == [{"n": 6, "q1": 20, "median": 35, "q3": 50, "suppressed": False}]
    by_sex = cells_by(
        await get_table(anonymous, analyst, "population", measure="pretrial_days", group_by="sex"),
        "sex",
    )
    assert by_sex["female",]["median"] == 35

    monthly = await get_table(
        anonymous,
        analyst,
        "population",
        measure="admissions",
        interval="month",
        **{"from": "2025-01-01", "to": "2025-12-31"},
    )
    assert monthly["group_by"] == ["month"]
    assert monthly["cells"] == [
        {"month": "2025-03", "n": 6, "suppressed": False},
        {"month": "2025-04", "n": 7, "suppressed": False},
    ]
    april = await get_table(
        anonymous,
        analyst,
        "population",
        measure="admissions",
        **{"from": "2025-04-01", "to": "2025-04-30"},
    )
    assert april["cells"] == [{"n": 7, "suppressed": False}]
    released = await get_table(
        anonymous, analyst, "population", measure="releases", group_by="facility"
    )
    assert released["cells"] == [{"facility": "FAC-B", "n": 6, "suppressed": False}]
    by_sex = await get_table(
        anonymous, analyst, "population", measure="releases", group_by="sex", interval="month"
    )
    assert by_sex["cells"] == [{"sex": "male", "month": "2025-05", "n": 6, "suppressed": False}]


# Training, visits: kinds other than counts


async def test_training_hours_attendance_and_score_change(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    session: AsyncSession,
    analyst: dict[str, str],
) -> None:
    organiser = await identities.organisation("ICCT")
    facility = await identities.facility("FAC-A")
    training = TrainingSession(
        title="Synthetic session",
        topic="risk_assessment",
        organiser_organisation_id=organiser.id,
        facility_id=facility.id,
        start_date=date(2025, 5, 5),
        end_date=date(2025, 5, 9),
        daily_start=datetime(2025, 5, 5, 9).time(),
        daily_end=datetime(2025, 5, 5, 13).time(),
        hours_per_day=4,
        scheduled_hours=20,
        language="fra",
        status="held",
    )
    session.add(training)
    await session.flush()
    hours = [20, 18, 16, 14, 12, 10]
    scores = [(40, 60), (50, 65), (30, 55), (60, 70), (45, 50), (None, 80)]
    for n, (attended, (pre, post)) in enumerate(zip(hours, scores, strict=True)):
        person = Participant(full_name=f"Participant synthétique {n}", category="prison_staff")
        session.add(person)
        await session.flush()
        session.add(
            TrainingEnrolment(
                session_id=training.id,
                participant_id=person.id,
                attended_hours=attended,
                pre_test_score=pre,
                post_test_score=post,
            )
        )
    await session.commit()

    def single(table: dict[str, Any]) -> dict[str, Any]:
        (cell,) = table["cells"]
        assert cell["topic"] == "risk_assessment"
        return cell

    base = {"group_by": "topic"}
    assert single(await get_table(anonymous, analyst, "training", measure="sessions", **base))[
        "suppressed"
    ]
    assert (
        single(await get_table(anonymous, analyst, "training", measure="participants", **base))["n"]
        == 6
    )
    hours_cell = single(
        await get_table(anonymous, analyst, "training", measure="participant_hours", **base)
    )
    assert (hours_cell["n"], hours_cell["total"]) == (6, 90)
    rate = single(
        await get_table(anonymous, analyst, "training", measure="attendance_rate", **base)
    )
    assert rate["rate"] == 0.75  # 90 of 6 x 20 hours
    change = single(await get_table(anonymous, analyst, "training", measure="score_change", **base))
    # Five with both scores: +20, +15, +25, +10, +5.
    assert (change["n"], change["mean"]) == (5, 15)


async def test_visits_per_inmate_and_the_share_without_contact(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    session: AsyncSession,
    analyst: dict[str, str],
) -> None:
    facility = await identities.facility("FAC-A")
    recent = [
        _inmate(facility.id, admission_date=TODAY - timedelta(days=300), last_visit_on=TODAY)
        for _ in range(6)
    ]
    forgotten = [_inmate(facility.id, admission_date=TODAY - timedelta(days=300)) for _ in range(4)]
    session.add_all(recent + forgotten)
    await session.flush()
    session.add_all(
        CustodyEpisode(
            inmate_id=inmate.id,
            number=1,
            facility_id=facility.id,
            admission_date=inmate.admission_date,
        )
        for inmate in recent + forgotten
    )
    month = TODAY.replace(day=1)
    last_month = (month - timedelta(days=1)).replace(day=1)
    # One visit each this month for six of them; one last month for one.
    for inmate, day in [(inmate, month) for inmate in recent] + [(recent[0], last_month)]:
        start = datetime.combine(day, datetime.min.time(), UTC)
        session.add(
            Visit(
                inmate_id=inmate.id,
                facility_id=facility.id,
                type="family",
                status="occurred",
                starts_at=start,
                ends_at=start + timedelta(hours=1),
                requested_by="test",
            )
        )
    await session.commit()

    share = await get_table(anonymous, analyst, "visits", measure="without_contact")
    # 4 of 10: the part is below k, so the share is withheld.
    assert share["cells"] == [{"n": None, "part": None, "share": None, "suppressed": True}]
    next_month = (month + timedelta(days=32)).replace(day=1)
    this_month = {"from": str(month), "to": str(next_month - timedelta(days=1))}
    per_inmate = await get_table(
        anonymous, analyst, "visits", measure="visits_per_inmate", **this_month
    )
    # Six visits this month among ten people held.
    assert per_inmate["cells"] == [{"n": 10, "mean": 0.6, "suppressed": False}]
    # Last month: one visit among the ten: a count of one, given away by the mean.
    previous = await get_table(
        anonymous,
        analyst,
        "visits",
        measure="visits_per_inmate",
        **{"from": str(last_month), "to": str(month - timedelta(days=1))},
    )
    assert previous["cells"] == [{"n": None, "mean": None, "suppressed": True}]
    mid_month = await anonymous.get(
        f"{STATS}/visits",
        params={"measure": "visits_per_inmate", "from": str(month + timedelta(days=1))},
        headers=analyst,
    )
    problem = assert_problem(mid_month, 422, "validation_failed")
    assert problem["errors"][0]["field"] == "query.from"


# Requests


async def test_a_request_names_dimensions_the_measure_has(
    anonymous: httpx.AsyncClient, analyst: dict[str, str]
) -> None:
    wrong = await anonymous.get(
        f"{STATS}/training", params={"measure": "sessions", "group_by": "category"}, headers=analyst
    )
    problem = assert_problem(wrong, 422, "validation_failed")
    assert problem["errors"][0]["field"] == "query.group_by"
    snapshot = await anonymous.get(
        f"{STATS}/population", params={"measure": "held", "interval": "month"}, headers=analyst
    )
    assert_problem(snapshot, 422, "validation_failed")
    backwards = await anonymous.get(
        f"{STATS}/visits",
        params={"from": "2025-02-01", "to": "2025-01-01"},
        headers=analyst,
    )
    assert_problem(backwards, 422, "validation_failed")
    too_many = await anonymous.get(
        f"{STATS}/population",
        params={"group_by": ["facility", "sex", "region", "risk"]},
        headers=analyst,
    )
    assert_problem(too_many, 422, "validation_failed")


# Analysts and people


async def test_analysts_reach_statistics_and_never_a_row_about_a_person(
    app: FastAPI,
    anonymous: httpx.AsyncClient,
    identities: Identities,
    analyst: dict[str, str],
) -> None:
    registrar = await identities.headers_for("registrar", facilities=("MCA-BKO",))
    facility = await identities.facility("MCA-BKO")
    created = await anonymous.post(
        "/api/v1/inmates",
        json={
            "facility_id": str(facility.id),
            "prison_number": "STAT-1",
            "family_name": "Synthétique",
            "given_names": "Personne",
            "sex": "male",
            "birth_year": 1990,
            "admission_date": str(TODAY),
        },
        headers=registrar,
    )
    assert created.status_code == 201, created.text
    person = created.json()["id"]
    reached = []
    for op in authz_matrix.operations(app):
        if op.method != "GET" or op.scopes is None:
            continue
        url = re.sub(r"\{[^}]+\}", person, op.path)
        response = await anonymous.get(url, headers=analyst)
        if op.path.startswith("/api/v1/stats/"):
            assert response.status_code == 200, (op.path, response.text)
            continue
        if response.status_code == 200:
            reached.append(op.path)
            continue
        assert response.status_code in (403, 404), (op.path, response.status_code)
        assert "STAT-1" not in response.text
        assert "Personne" not in response.text
    # What an analyst reads besides figures: their own account, and reference lists.
    assert all(
        path.startswith(("/api/v1/auth/", "/api/v1/me")) or "stats" in path for path in reached
    ), reached


@pytest.fixture
def replica_url(template: Any) -> Iterator[str]:
    url: str = template.clone()
    yield url
    template.drop_clone(url)


async def test_statistics_read_the_replica_when_one_is_configured(
    replica_url: str, fresh_url: str
) -> None:
    engine = create_engine(make_settings(replica_url))
    async with create_session_factory(engine)() as replica_session:
        facility = Facility(code="REPLICA", name="Replica prison", region="Test")
        replica_session.add(facility)
        await replica_session.flush()
        replica_session.add_all(_inmate(facility.id) for _ in range(7))
        await replica_session.commit()
    await engine.dispose()

    app = create_app(make_settings(fresh_url, stats_database_url=replica_url))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            headers = await live_admin_headers(app, client, roles=("analyst",))
            table = await get_table(
                client, headers, "population", measure="held", group_by="facility"
            )
    assert table["cells"] == [{"facility": "REPLICA", "n": 7, "suppressed": False}]


async def test_every_month_grouped_by_has_planner_statistics(
    session: AsyncSession, backend: str
) -> None:
    """Each month expression a monthly figure groups by on PostgreSQL has the statistics
    object migration 0023 creates (spelled alike), or the planner takes every row for a
    month of its own and sorts them all."""
    if backend != "postgres":
        pytest.skip("statistics objects are PostgreSQL's")
    wanted = set()
    for measures in ENDPOINTS.values():
        for measure in measures.values():
            if measure.snapshot or not measure.by_month:
                continue
            context = Context("postgresql", TODAY, None, None, True)
            statement = measure.build(context, check_grouping(measure, [], context))
            sql = str(statement.compile(dialect=postgresql.asyncpg.dialect()))
            for table, column in re.findall(
                r"date_trunc\('month', timezone\('UTC', (\w+)\.(\w+)\)", sql
            ):
                wanted.add((table, column, "moment"))
            for table, column in re.findall(
                r"date_trunc\('month', CAST\((\w+)\.(\w+) AS TIMESTAMP WITHOUT TIME ZONE\)\)", sql
            ):
                wanted.add((table, column, "date"))
    assert len(wanted) >= 12
    rows = await session.exec(  # type: ignore[call-overload]
        text(
            "SELECT stxrelid::regclass::text, pg_get_statisticsobjdef_expressions(oid)::text "
            "FROM pg_statistic_ext"
        )
    )
    kept = set()
    for table, expressions in rows:
        for column in re.findall(r"timezone\('UTC'::text, (\w+)\)", expressions):
            kept.add((table, column, "moment"))
        for column in re.findall(r"\((\w+)\)::timestamp without time zone", expressions):
            kept.add((table, column, "date"))
    assert wanted <= kept
