"""The `passerelle` command line, run in-process against a database of its own."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import func
from sqlmodel import col, select
from typer.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from app.db import create_engine, create_session_factory
from app.models.agreement import DataSharingAgreement
from app.models.certification import Certification
from app.models.client import ApiClient
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.models.organisation import Organisation
from app.models.training import (
    Participant,
    TrainingAttendance,
    TrainingEnrolment,
    TrainingSession,
)
from app.models.user import User
from app.models.visit import (
    DialogueInmate,
    DialogueLeader,
    DialogueSession,
    Visit,
    Visitor,
    VisitVisitor,
)
from app.models.vocational import (
    SkillsProfile,
    VocationalEnrolment,
    VocationalFollowUp,
    VocationalProgramme,
)
from app.pagination import PageRequest
from app.principal import SYSTEM_ACTOR
from app.schemas.visit import VettingStatus, VisitorKind, VisitStatus, VisitType
from app.schemas.vocational import VocationalEnrolmentStatus
from app.services import visits
from app.services.demo_trainings import DEMO_TRAININGS, seed_demo_trainings
from app.services.demo_visits import DEMO_VISITS, seed_demo_visits
from app.services.demo_vocational import DEMO_PROGRAMMES, seed_demo_vocational
from app.services.visit_rules import is_banned, vetting_status


@pytest.fixture
def runner(fresh_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("PASSERELLE_DATABASE_URL", fresh_url)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_seed_demo_is_synthetic_and_safe_to_repeat(runner: CliRunner) -> None:
    first = runner.invoke(cli, ["seed-demo"])
    assert first.exit_code == 0, first.output
    assert "created facility MCA-BKO" in first.output
    assert "created facility KLK" in first.output
    assert "created organisation UNICRI" in first.output
    assert "created agreement DSA-DEMO-ICCT" in first.output
    assert "created agreement DSA-DEMO-UNICRI" in first.output
    assert first.output.count("demo credentials: client partner-") == 2
    for training in DEMO_TRAININGS:
        assert f"created training session {training.external_id}" in first.output
    assert "created organisation DEMO-NGO" in first.output
    for programme in DEMO_PROGRAMMES:
        assert f"created vocational programme {programme.external_id}" in first.output
    assert "created visits at MCA-BKO" in first.output
    assert "created dialogue sessions at MCA-BKO" in first.output
    seeded = _demo_figures()
    _check_demo_trainings()
    _check_demo_vocational()
    _check_demo_visits()
    second = runner.invoke(cli, ["seed-demo"])
    assert second.exit_code == 0
    assert "0 created, 26 already present" in second.output
    assert "training session" not in second.output
    assert "vocational programme" not in second.output
    assert "visits at" not in second.output
    assert "dialogue sessions at" not in second.output
    assert _demo_figures() == seeded
    assert "demo credentials: user demo.registrar.klk password" in second.output
    verify = runner.invoke(cli, ["audit", "verify"])
    assert verify.exit_code == 0


def _demo_figures() -> dict[str, int]:
    """How many rows the demonstration data has, table by table."""

    async def count() -> dict[str, int]:
        engine = create_engine(get_settings())
        try:
            async with create_session_factory(engine)() as session:
                figures = {}
                for model in (
                    TrainingSession,
                    Participant,
                    TrainingEnrolment,
                    TrainingAttendance,
                    Certification,
                    ApiClient,
                    DataSharingAgreement,
                    VocationalProgramme,
                    VocationalEnrolment,
                    SkillsProfile,
                    VocationalFollowUp,
                    Visitor,
                    Visit,
                    VisitVisitor,
                    DialogueSession,
                    DialogueInmate,
                    DialogueLeader,
                ):
                    figures[model.__name__] = (
                        await session.exec(select(func.count()).select_from(model))
                    ).one()
                return figures
        finally:
            await engine.dispose()

    return asyncio.run(count())


def _check_demo_trainings() -> None:
    """The demonstration holds the field report's trainings, as the real services make them."""

    async def check() -> None:
        engine = create_engine(get_settings())
        try:
            async with create_session_factory(engine)() as session:
                codes = dict((await session.exec(select(Organisation.code, Organisation.id))).all())
                trainings = {
                    training.external_id: training
                    for training in (await session.exec(select(TrainingSession))).all()
                }
                assert set(trainings) == {training.external_id for training in DEMO_TRAININGS}
                for demo in DEMO_TRAININGS:
                    training = trainings[demo.external_id]
                    assert training.status == "held"
                    assert training.organiser_organisation_id == codes[demo.organiser]
                    assert training.start_date == demo.start_date
                    enrolled = (
                        await session.exec(
                            select(TrainingEnrolment).where(
                                TrainingEnrolment.session_id == training.id
                            )
                        )
                    ).all()
                    assert 10 <= len(enrolled) <= 20
                    completed = [enrolment for enrolment in enrolled if enrolment.completed]
                    # Varied attendance: some complete, some do not; completers hold a
                    # certificate, the others none.
                    assert 0 < len(completed) < len(enrolled)
                    assert all(enrolment.certificate_number for enrolment in completed)
                    assert training.certificates_issued == len(completed)
                    assert any(enrolment.post_test_score is not None for enrolment in enrolled)
                    statuses = set(
                        (
                            await session.exec(
                                select(TrainingAttendance.status).where(
                                    TrainingAttendance.session_id == training.id
                                )
                            )
                        ).all()
                    )
                    assert {"present", "late"} <= statuses
                    assert statuses & {"absent", "excused"}
                # Participants belong to the partner whose system synced them.
                owners = (
                    await session.exec(
                        select(Participant.organisation_id, func.count()).group_by(
                            col(Participant.organisation_id)
                        )
                    )
                ).all()
                assert {owner for owner, _ in owners} == {codes["ICCT"], codes["UNICRI"], None}
                for partner in ("ICCT", "UNICRI"):
                    client = (
                        await session.exec(
                            select(ApiClient).where(ApiClient.organisation_id == codes[partner])
                        )
                    ).one()
                    assert client.kind == "partner"
                    assert set(client.allowed_scopes) == {
                        "attendance:sync",
                        "reference:read",
                        "training:read",
                    }
                    agreement = (
                        await session.exec(
                            select(DataSharingAgreement).where(
                                DataSharingAgreement.organisation_id == codes[partner]
                            )
                        )
                    ).one()
                    assert agreement.reference == f"DSA-DEMO-{partner}"
                assessor = (
                    await session.exec(select(User.id).where(User.username == "demo.assessor"))
                ).one()
                certification = (
                    await session.exec(
                        select(Certification).where(
                            Certification.user_id == assessor, Certification.source == "training"
                        )
                    )
                ).one()
                assert certification.instrument_code == "DEMO-SPJ"
                assert certification.source_id == trainings["DEMO-ICCT-2017-08-RA"].id
                assert certification.issuing_organisation_id == codes["ICCT"]
                assert await seed_demo_trainings(session) == 0
        finally:
            await engine.dispose()

    asyncio.run(check())


def _check_demo_vocational() -> None:
    """Both demonstration programmes run at MCA-BKO by the demo NGO, with synthetic inmates
    still held there in every state of an enrolment, as the real services leave them."""

    async def check() -> None:
        engine = create_engine(get_settings())
        try:
            async with create_session_factory(engine)() as session:
                provider = (
                    await session.exec(select(Organisation).where(Organisation.code == "DEMO-NGO"))
                ).one()
                assert provider.kind == "ngo"
                assert provider.active
                assert "fictional" in provider.name.lower()
                facility = (
                    await session.exec(select(Facility.id).where(Facility.code == "MCA-BKO"))
                ).one()
                programmes = {
                    programme.external_id: programme
                    for programme in (await session.exec(select(VocationalProgramme))).all()
                }
                assert set(programmes) == {demo.external_id for demo in DEMO_PROGRAMMES}
                assert {programme.trade for programme in programmes.values()} == {
                    "tailoring",
                    "agriculture",
                }
                states: set[str] = set()
                for programme in programmes.values():
                    assert programme.facility_id == facility
                    assert programme.provider_organisation_id == provider.id
                    rows = (
                        await session.exec(
                            select(VocationalEnrolment, Inmate)
                            .join(Inmate, col(Inmate.id) == VocationalEnrolment.inmate_id)
                            .where(VocationalEnrolment.programme_id == programme.id)
                        )
                    ).all()
                    enrolments = [enrolment for enrolment, _ in rows]
                    for _, inmate in rows:
                        assert inmate.prison_number.startswith("MCA-BKO-DEMO-")
                        assert inmate.legal_status in ("pre_trial", "convicted")
                    states |= {enrolment.status for enrolment in enrolments}
                    seated = [e for e in enrolments if e.status == "enrolled"]
                    waiting = [e for e in enrolments if e.status == "waitlisted"]
                    assert len(seated) <= programme.capacity
                    # Nobody waits while a seat is free.
                    assert not waiting or len(seated) == programme.capacity
                    assert all(e.waitlisted_at is not None for e in waiting)
                    completed = [e for e in enrolments if e.status == "completed"]
                    assert programme.certificates_issued == len(completed)
                    for enrolment in enrolments:
                        finished = enrolment.status == "completed"
                        assert bool(enrolment.certificate_number) is finished
                        assert bool(enrolment.final_assessment) is finished
                        assert bool(enrolment.reason) is (
                            enrolment.status in ("dropped", "suspended")
                        )
                assert states == {status.value for status in VocationalEnrolmentStatus}
                # The tailoring workshop's waiting list moved: a seat freed went to it.
                tailoring = programmes["DEMO-NGO-VOC-TAILORING"]
                promoted = (
                    await session.exec(
                        select(func.count())
                        .select_from(VocationalEnrolment)
                        .where(
                            VocationalEnrolment.programme_id == tailoring.id,
                            VocationalEnrolment.status == "enrolled",
                            col(VocationalEnrolment.waitlisted_at).is_not(None),
                        )
                    )
                ).one()
                assert promoted == 1
                # Every participant has a skills profile.
                profiled = (
                    await session.exec(
                        select(func.count())
                        .select_from(VocationalEnrolment)
                        .join(
                            SkillsProfile,
                            col(SkillsProfile.inmate_id) == VocationalEnrolment.inmate_id,
                        )
                    )
                ).one()
                enrolled = (
                    await session.exec(select(func.count()).select_from(VocationalEnrolment))
                ).one()
                assert profiled == enrolled
                assert await seed_demo_vocational(session) == 0
        finally:
            await engine.dispose()

    asyncio.run(check())


def _check_demo_visits() -> None:
    """Visitors of every kind, visits in every state and of every type, and a dialogue
    session held at MCA-BKO, as the real services leave them; some inmates still wait
    for contact."""

    async def check() -> None:
        engine = create_engine(get_settings())
        try:
            async with create_session_factory(engine)() as session:
                today = date.today()
                facility = (
                    await session.exec(select(Facility).where(Facility.code == "MCA-BKO"))
                ).one()
                registered = (await session.exec(select(Visitor))).all()
                assert {visitor.kind for visitor in registered} == set(VisitorKind)
                assert all(visitor.inmate_id for visitor in registered if visitor.kind == "family")
                religious = [v for v in registered if v.kind == "religious_leader"]
                assert {vetting_status(v, today) for v in religious} == {
                    VettingStatus.approved,
                    VettingStatus.pending,
                    VettingStatus.expired,
                }
                assert sum(is_banned(visitor, today) for visitor in registered) == 1
                rows = (
                    await session.exec(
                        select(Visit, Inmate).join(Inmate, col(Inmate.id) == Visit.inmate_id)
                    )
                ).all()
                assert len(rows) == len(DEMO_VISITS)
                assert {visit.status for visit, _ in rows} == set(VisitStatus)
                assert {visit.type for visit, _ in rows} == set(VisitType)
                for visit, inmate in rows:
                    assert visit.facility_id == facility.id
                    assert inmate.prison_number.startswith("MCA-BKO-DEMO-")
                    logged = visit.status in ("occurred", "no_show")
                    assert (visit.starts_at.date() < today) is logged
                    if visit.status == "occurred":
                        assert visit.started_at is not None
                        assert inmate.last_visit_on is not None
                        assert inmate.last_visit_on >= visit.started_at.date()
                    assert bool(visit.reason) is (visit.status in ("denied", "cancelled"))
                dialogues = (
                    await session.exec(
                        select(DialogueSession).where(DialogueSession.facility_id == facility.id)
                    )
                ).all()
                (held,) = [dialogue for dialogue in dialogues if dialogue.status == "held"]
                assert held.outcome_notes
                assert held.starts_at.date() < today
                present = (
                    await session.exec(
                        select(Inmate.last_visit_on)
                        .join(DialogueInmate, col(DialogueInmate.inmate_id) == Inmate.id)
                        .where(DialogueInmate.session_id == held.id)
                    )
                ).all()
                assert len(present) >= 2
                assert all(day is not None and day >= held.starts_at.date() for day in present)
                waiting, _ = await visits.without_contact(
                    session,
                    SYSTEM_ACTOR,
                    PageRequest(limit=5, cursor=None),
                    days=90,
                    facility_id=facility.id,
                )
                assert waiting
                assert all(item.admission_date < today - timedelta(days=90) for item in waiting)
                assert await seed_demo_visits(session) == 0
        finally:
            await engine.dispose()

    asyncio.run(check())


def test_seed_demo_refuses_production(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PASSERELLE_ENV", "production")
    monkeypatch.setenv("PASSERELLE_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1/x")
    monkeypatch.setenv("PASSERELLE_SECRET_KEY", "k" * 40)
    get_settings.cache_clear()
    result = runner.invoke(cli, ["seed-demo"])
    assert result.exit_code == 2
    assert "refuses" in result.output


def test_production_refuses_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from app.config import Settings

    monkeypatch.setenv("PASSERELLE_ENV", "production")
    with pytest.raises(ValidationError):
        Settings(database_url="sqlite+aiosqlite:///./var/x.db")


def test_openapi_prints_the_contract(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["openapi"])
    assert result.exit_code == 0
    spec = json.loads(result.output)
    assert spec["openapi"].startswith("3.1")
    operations = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert {"facilities_list", "facilities_create", "organisations_update"} <= operations


def test_users_and_clients_from_the_command_line(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["seed-demo"]).exit_code == 0
    weak = runner.invoke(
        cli,
        ["users", "create", "--username", "cli.user", "--role", "registrar", "--facility", "KLK"],
        input="short\n",
    )
    assert weak.exit_code == 2
    assert "refused" in weak.output
    made = runner.invoke(
        cli,
        ["users", "create", "--username", "cli.user", "--role", "registrar", "--facility", "KLK"],
        input="a decent passphrase\n",
    )
    assert made.exit_code == 0, made.output
    client = runner.invoke(
        cli, ["clients", "create", "--org", "UNICRI", "--scope", "stats:read", "--kind", "service"]
    )
    assert client.exit_code == 0, client.output
    assert "client_secret=" in client.output
    unknown = runner.invoke(cli, ["clients", "create", "--org", "NOPE", "--scope", "stats:read"])
    assert unknown.exit_code == 2
    rotated = runner.invoke(cli, ["keys", "rotate"])
    assert rotated.exit_code == 0
    assert rotated.output.startswith("signing key ")
    runner.invoke(cli, ["keys", "rotate"])
    retired = runner.invoke(cli, ["keys", "retire", "--keep", "1"])
    assert retired.output.strip() == "retired 1 keys"
