"""End to end through the generated Python client (clients/openapi/python) against a live
uvicorn on PostgreSQL with the demonstration data, one working day at Bamako:

- a registrar's tablet registers an inmate created offline (its client id, the request
  replayed twice) and completes the intake;
- an assessor assesses them with the published instrument; a supervisor verifies the
  assessment and classifies them;
- a programme officer enrols them in a vocational programme, registers their mother as a
  visitor and records her visit, which the supervisor approves;
- the programme officer plans a staff training that a partner organises; the partner's
  attendance system (client credentials) syncs its attendance, then syncs it again;
- the registrar's tablet corrects the record from the version it holds: 412 with the
  server's current version, then the correction on that version;
- an analyst pulls statistics: the new inmate is counted;
- a second tablet in the same prison pulls the change feed and gets exactly the changes a
  registrar may see, once each; an assessor's tablet gets the assessment's versions; a
  tablet in another prison gets none of them;
- a node script signs in and lists inmates through the TypeScript client.

The transcript (caller, operation, status) is printed at the end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from passerelle_client import AuthenticatedClient, Client
from passerelle_client.api.assessments import (
    assessments_create,
    assessments_submit,
    assessments_verify,
)
from passerelle_client.api.auth import auth_me, auth_token
from passerelle_client.api.classifications import classifications_create
from passerelle_client.api.custody import custody_intake_steps_put
from passerelle_client.api.facilities import facilities_list
from passerelle_client.api.inmates import inmates_create, inmates_get, inmates_update
from passerelle_client.api.instruments import instruments_list, instruments_versions_get
from passerelle_client.api.organisations import organisations_list
from passerelle_client.api.skills_profiles import skills_profiles_put
from passerelle_client.api.statistics import statistics_population
from passerelle_client.api.sync import sync_changes
from passerelle_client.api.training_sessions import (
    training_sessions_create,
    training_sessions_sync_attendance,
)
from passerelle_client.api.visitors import visitors_create
from passerelle_client.api.visits import visits_approve, visits_create, visits_log
from passerelle_client.api.vocational_enrolments import vocational_enrolments_create
from passerelle_client.api.vocational_programmes import vocational_programmes_list
from passerelle_client.models import (
    AssessmentCreate,
    AssessmentCreateRatings,
    AssessmentKind,
    AssessmentPublic,
    AttendanceBatch,
    AttendanceBatchAttendanceRecord,
    AttendanceStatus,
    BodyAuthToken,
    ChangeFeed,
    ClassificationCreate,
    ClassificationPublic,
    Dimension,
    EnrolmentRequest,
    FacilityPage,
    InmateCreate,
    InmatePublic,
    InmateRestricted,
    InmateUpdate,
    InstrumentPage,
    IntakeStepCode,
    IntakeStepPublic,
    IntakeStepWrite,
    ItemKind,
    Judgement,
    MePublic,
    NewParticipant,
    OrganisationPage,
    ParticipantCategory,
    PopulationMeasure,
    Problem,
    ProgrammePage,
    Rating,
    SecurityLevel,
    Sex,
    SkillLevel,
    SkillsProfilePublic,
    SkillsProfileWrite,
    StatsTable,
    SyncResult,
    TokenResponse,
    Trade,
    TrainingSessionCreate,
    TrainingSessionPublic,
    TrainingTopic,
    VersionPublic,
    VisitCreate,
    VisitLog,
    VisitorCreate,
    VisitorKind,
    VisitorPublic,
    VisitOutcome,
    VisitPublic,
    VisitType,
    VocationalEnrolmentPublic,
)
from passerelle_client.types import Response

from app.services.demo import demo_password
from tests.conftest import BACKENDS
from tests.e2e.test_server import _cli, server  # noqa: F401 (the live server fixture)
from tests.resources import client_generator

pytestmark = pytest.mark.e2e

# Who takes part, and the demonstration user each signs in as.
STAFF = {
    "registrar": "demo.registrar",
    "second tablet": "demo.registrar",
    "KLK tablet": "demo.registrar.klk",
    "assessor tablet": "demo.assessor",
    "assessor": "demo.assessor",
    "supervisor": "demo.supervisor",
    "programme officer": "demo.programme",
    "analyst": "demo.analyst",
}


class Journey:
    """Signed-in clients, and the transcript of every call: operation and status."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.transcript: list[tuple[str, str, int]] = []
        self.signed_in: dict[str, AuthenticatedClient] = {}

    def as_(self, who: str) -> AuthenticatedClient:
        """The device or person of STAFF, signed in with their password at first use."""
        if who not in self.signed_in:
            username = STAFF[who]
            self.signed_in[who] = self._token(
                who,
                BodyAuthToken(
                    grant_type="password", username=username, password=demo_password(username)
                ),
            )
        return self.signed_in[who]

    def sign_in_system(self, who: str, client_id: str, secret: str) -> AuthenticatedClient:
        """A partner's system: the OAuth2 client-credentials grant."""
        return self._token(
            who,
            BodyAuthToken(
                grant_type="client_credentials", client_id=client_id, client_secret=secret
            ),
        )

    def _token(self, who: str, body: BodyAuthToken) -> AuthenticatedClient:
        with Client(base_url=self.base_url) as anonymous:
            grant = auth_token.sync_detailed(client=anonymous, body=body)
        token = self.expect(who, f"auth_token ({body.grant_type})", grant, 200)
        assert isinstance(token, TokenResponse)
        return AuthenticatedClient(base_url=self.base_url, token=token.access_token)

    def expect(self, who: str, operation: str, response: Response[Any], status: int) -> Any:
        self.transcript.append((who, operation, int(response.status_code)))
        assert response.status_code == status, (operation, response.content[:500])
        return response.parsed

    def pull(
        self, who: str, client: AuthenticatedClient, since: str | None
    ) -> tuple[list[Any], str]:
        entries: list[Any] = []
        while True:
            feed = self.expect(
                who,
                "sync_changes",
                sync_changes.sync_detailed(client=client, limit=1000, since=since),
                200,
            )
            assert isinstance(feed, ChangeFeed)
            entries += feed.items
            since = feed.next_cursor
            if not feed.has_more:
                return entries, since


def test_a_day_at_bamako_through_the_generated_client(
    server: str,  # noqa: F811
    fresh_url: str,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if backend == "sqlite" and "postgres" in BACKENDS:
        pytest.skip("run once per run, on PostgreSQL")
    monkeypatch.setenv("PASSERELLE_PASSWORD_HASH_TIME_COST", "1")
    monkeypatch.setenv("PASSERELLE_PASSWORD_HASH_MEMORY_KIB", "64")
    seeded = _cli(fresh_url, "seed-demo")
    assert seeded.returncode == 0, seeded.stderr
    journey = Journey(server)

    registrar = journey.as_("registrar")
    second_tablet = journey.as_("second tablet")
    other_prison = journey.as_("KLK tablet")
    assessor_tablet = journey.as_("assessor tablet")
    _, cursor = journey.pull("second tablet", second_tablet, None)
    _, other_cursor = journey.pull("KLK tablet", other_prison, None)
    _, assessor_cursor = journey.pull("assessor tablet", assessor_tablet, None)
    held_before = _held_at_bamako(journey)

    facilities = journey.expect(
        "registrar", "facilities_list", facilities_list.sync_detailed(client=registrar), 200
    )
    assert isinstance(facilities, FacilityPage)
    (bamako,) = [f.id for f in facilities.items if f.code == "MCA-BKO"]

    inmate_id, intake_steps = _intake(journey, registrar, bamako)
    assessment, classification = _assessment_and_classification(journey, inmate_id)
    _programme_and_visit(journey, inmate_id)
    _partner_attendance(journey, bamako, seeded.stdout)
    _stale_correction(journey, registrar, inmate_id)
    # The analyst's count of people held at Bamako has the new inmate.
    assert _held_at_bamako(journey) == held_before + 1

    # The second tablet gets, once each and in commit order, what a registrar may see: the
    # person, the seven steps, the person again after each change to their record (the
    # verified judgement, the classification with it, the visit, the correction), each a
    # new version. Assessments are not a registrar's to read; visits and enrolments are not
    # in the feed.
    entries, _ = journey.pull("second tablet", second_tablet, cursor)
    person = str(inmate_id)
    assert [(e.type_.value, str(e.id), e.operation.value, e.version) for e in entries] == [
        ("inmates", person, "upsert", 1),
        *[("intake", step_id, "upsert", 1) for step_id in intake_steps],
        ("inmates", person, "upsert", 2),
        ("classifications", str(classification), "upsert", 1),
        ("inmates", person, "upsert", 3),
        ("inmates", person, "upsert", 4),
        ("inmates", person, "upsert", 5),
    ]
    latest = entries[-1].record.to_dict()
    assert (latest["version"], latest["security_level"]) == (5, "medium")
    assert latest["prior_occupation"] == "Menuisier (corrigé)"
    # The assessor's tablet gets the assessment at each of its versions (drafted, submitted,
    # verified) among the rest; a tablet of another prison gets nothing.
    seen, _ = journey.pull("assessor tablet", assessor_tablet, assessor_cursor)
    assert [(e.id, e.version) for e in seen if e.type_.value == "assessments"] == [
        (assessment, 1),
        (assessment, 2),
        (assessment, 3),
    ]
    elsewhere, _ = journey.pull("KLK tablet", other_prison, other_cursor)
    assert elsewhere == []

    _typescript_sign_in_and_list(journey)
    for who, operation, status in journey.transcript:
        print(f"{who:>17}  {operation:<48} {status}")


def _held_at_bamako(journey: Journey) -> int:
    """People held at Bamako, as the analyst's statistics give it (Bamako's demo count is
    above the disclosure threshold, so it is published)."""
    table = journey.expect(
        "analyst",
        "statistics_population",
        statistics_population.sync_detailed(
            client=journey.as_("analyst"),
            measure=PopulationMeasure.HELD,
            group_by=[Dimension.FACILITY],
        ),
        200,
    )
    assert isinstance(table, StatsTable)
    (cell,) = [c for c in table.to_dict()["cells"] if c["facility"] == "MCA-BKO"]
    assert cell["suppressed"] is False
    held: int = cell["n"]
    return held


def _stale_correction(
    journey: Journey, registrar: AuthenticatedClient, inmate_id: uuid.UUID
) -> None:
    """The registrar's tablet corrects the record it holds at version 1; the server holds
    version 4 (judgement, classification, visit): 412 with the current version, which the
    tablet shows beside its own, then sends again on version 4."""
    correction = InmateUpdate(prior_occupation="Menuisier (corrigé)")
    stale = journey.expect(
        "registrar",
        "inmates_update (If-Match: 1)",
        inmates_update.sync_detailed(inmate_id, client=registrar, body=correction, if_match='"1"'),
        412,
    )
    assert isinstance(stale, Problem)
    assert (stale.code, stale.current_version) == ("precondition_failed", 4)
    corrected = journey.expect(
        "registrar",
        "inmates_update (If-Match: 4)",
        inmates_update.sync_detailed(inmate_id, client=registrar, body=correction, if_match='"4"'),
        200,
    )
    assert isinstance(corrected, InmatePublic)
    assert (corrected.version, corrected.prior_occupation) == (5, "Menuisier (corrigé)")


def _intake(
    journey: Journey, registrar: AuthenticatedClient, bamako: uuid.UUID
) -> tuple[uuid.UUID, list[str]]:
    """Created offline: the tablet chose the id and the key; the request goes three times.
    Then the seven intake steps."""
    offline_id, key = uuid.uuid4(), str(uuid.uuid4())
    body = InmateCreate(
        id=offline_id,
        facility_id=bamako,
        prison_number=f"MCA-T-{offline_id.hex[:6]}",
        family_name="Tablette",
        given_names="Exemple Fictif",
        sex=Sex.MALE,
        birth_year=1994,
        admission_date=date.today() - timedelta(days=1),
    )
    for attempt in range(3):
        created = journey.expect(
            "registrar",
            f"inmates_create (attempt {attempt + 1})",
            inmates_create.sync_detailed(client=registrar, body=body, idempotency_key=key),
            201,
        )
        assert isinstance(created, InmatePublic)
        assert (created.id, created.version) == (offline_id, 1)
    recorded = []
    for code in IntakeStepCode:
        step = journey.expect(
            "registrar",
            f"custody_intake_steps_put ({code.value})",
            custody_intake_steps_put.sync_detailed(
                offline_id,
                code,
                client=registrar,
                body=IntakeStepWrite(completed_at=datetime.now(UTC) - timedelta(hours=1)),
            ),
            201,
        )
        assert isinstance(step, IntakeStepPublic)
        recorded.append(str(step.id))
    return offline_id, recorded


def _assessment_and_classification(
    journey: Journey, inmate_id: uuid.UUID
) -> tuple[uuid.UUID, uuid.UUID]:
    """The assessor rates every item of the published instrument and submits; the
    supervisor verifies, then decides the level the judgement suggests."""
    assessor = journey.as_("assessor")
    instruments = journey.expect(
        "assessor", "instruments_list", instruments_list.sync_detailed(client=assessor), 200
    )
    assert isinstance(instruments, InstrumentPage)
    (instrument,) = [i for i in instruments.items if i.code == "DEMO-SPJ"]
    number = journey.expect(
        "assessor",
        "instruments_versions_get",
        instruments_versions_get.sync_detailed(instrument.id, 1, client=assessor),
        200,
    )
    assert isinstance(number, VersionPublic)
    ratings = AssessmentCreateRatings()
    for item in number.items:
        if item.kind is ItemKind.PROTECTIVE:
            ratings[item.code] = Rating(rating="present")
        else:
            ratings[item.code] = Rating(rating="moderate", evidence="Fictional evidence")
    draft = journey.expect(
        "assessor",
        "assessments_create",
        assessments_create.sync_detailed(
            client=assessor,
            body=AssessmentCreate(
                inmate_id=inmate_id,
                instrument_version_id=number.id,
                kind=AssessmentKind.INTAKE,
                ratings=ratings,
                overall_judgement=Judgement.MODERATE,
                rationale="Fictional rationale for the demonstration journey.",
            ),
        ),
        201,
    )
    assert isinstance(draft, AssessmentPublic)
    submitted = journey.expect(
        "assessor",
        "assessments_submit",
        assessments_submit.sync_detailed(draft.id, client=assessor),
        200,
    )
    assert submitted.status.value == "submitted"

    supervisor = journey.as_("supervisor")
    verified = journey.expect(
        "supervisor",
        "assessments_verify",
        assessments_verify.sync_detailed(draft.id, client=supervisor),
        200,
    )
    assert isinstance(verified, AssessmentPublic)
    assert verified.status.value == "verified"
    decided = journey.expect(
        "supervisor",
        "classifications_create",
        classifications_create.sync_detailed(
            client=supervisor,
            body=ClassificationCreate(
                inmate_id=inmate_id,
                assessment_id=draft.id,
                security_level=SecurityLevel.MEDIUM,
                effective_date=date.today(),
            ),
        ),
        201,
    )
    assert isinstance(decided, ClassificationPublic)
    assert (decided.suggested_level.value, decided.override) == ("medium", False)
    return draft.id, decided.id


def _programme_and_visit(journey: Journey, inmate_id: uuid.UUID) -> None:
    """The programme officer records the inmate's skills profile and asks for a place in a
    vocational programme of the prison, registers the inmate's mother and her visit of this
    morning; the supervisor approves it and the officer logs that it took place."""
    officer = journey.as_("programme officer")
    programmes = journey.expect(
        "programme officer",
        "vocational_programmes_list",
        vocational_programmes_list.sync_detailed(client=officer),
        200,
    )
    assert isinstance(programmes, ProgrammePage)
    assert programmes.items
    profile = journey.expect(
        "programme officer",
        "skills_profiles_put",
        skills_profiles_put.sync_detailed(
            inmate_id,
            client=officer,
            body=SkillsProfileWrite(
                literacy=SkillLevel.FUNCTIONAL,
                numeracy=SkillLevel.BASIC,
                assessed_on=date.today(),
                trades_of_interest=[Trade(programmes.items[0].trade.value)],
            ),
        ),
        201,
    )
    assert isinstance(profile, SkillsProfilePublic)
    enrolment = journey.expect(
        "programme officer",
        "vocational_enrolments_create",
        vocational_enrolments_create.sync_detailed(
            client=officer,
            body=EnrolmentRequest(programme_id=programmes.items[0].id, inmate_id=inmate_id),
        ),
        201,
    )
    assert isinstance(enrolment, VocationalEnrolmentPublic)
    assert enrolment.status.value in {"enrolled", "waitlisted"}

    mother = journey.expect(
        "programme officer",
        "visitors_create",
        visitors_create.sync_detailed(
            client=officer,
            body=VisitorCreate(
                family_name="Tablette",
                given_names="Mère Fictive",
                kind=VisitorKind.FAMILY,
                inmate_id=inmate_id,
                relationship="mother",
            ),
            idempotency_key=str(uuid.uuid4()),
        ),
        201,
    )
    assert isinstance(mother, VisitorPublic)
    starts_at = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=40)
    requested = journey.expect(
        "programme officer",
        "visits_create",
        visits_create.sync_detailed(
            client=officer,
            body=VisitCreate(
                inmate_id=inmate_id,
                type_=VisitType.FAMILY,
                visitor_ids=[mother.id],
                starts_at=starts_at,
                ends_at=starts_at + timedelta(minutes=30),
                purpose="First family visit",
            ),
            idempotency_key=str(uuid.uuid4()),
        ),
        201,
    )
    assert isinstance(requested, VisitPublic)
    supervisor = journey.as_("supervisor")
    approved = journey.expect(
        "supervisor",
        "visits_approve",
        visits_approve.sync_detailed(requested.id, client=supervisor),
        200,
    )
    assert approved.status.value == "approved"
    logged = journey.expect(
        "programme officer",
        "visits_log",
        visits_log.sync_detailed(
            requested.id,
            client=officer,
            body=VisitLog(
                outcome=VisitOutcome.OCCURRED,
                started_at=starts_at + timedelta(minutes=2),
                ended_at=starts_at + timedelta(minutes=28),
                notes="Calm visit.",
            ),
        ),
        200,
    )
    assert logged.status.value == "occurred"
    record = journey.expect(
        "programme officer",
        "inmates_get",
        inmates_get.sync_detailed(inmate_id, client=officer),
        200,
    )
    # A programme officer reads the record without its sensitive parts.
    assert isinstance(record, InmateRestricted)
    assert (record.security_level, record.last_visit_on) == ("medium", starts_at.date())


def _partner_attendance(journey: Journey, bamako: uuid.UUID, seed_output: str) -> None:
    """The programme officer plans a staff training that ICCT organises at the prison; ICCT's
    attendance system signs in with its client id and secret (printed by seed-demo) and
    syncs two days of attendance, creating its participants; the same batch again changes
    nothing."""
    officer = journey.as_("programme officer")
    organisations = journey.expect(
        "programme officer",
        "organisations_list",
        organisations_list.sync_detailed(client=officer, limit=100),
        200,
    )
    assert isinstance(organisations, OrganisationPage)
    (icct,) = [o.id for o in organisations.items if o.code == "ICCT"]
    today = date.today()
    planned = journey.expect(
        "programme officer",
        "training_sessions_create",
        training_sessions_create.sync_detailed(
            client=officer,
            body=TrainingSessionCreate(
                title="Fictional refresher: intake interviews",
                topic=TrainingTopic.RISK_ASSESSMENT,
                organiser_organisation_id=icct,
                facility_id=bamako,
                start_date=today - timedelta(days=1),
                end_date=today,
                daily_start="09:00",
                daily_end="12:00",
                language="fra",
            ),
            idempotency_key=str(uuid.uuid4()),
        ),
        201,
    )
    assert isinstance(planned, TrainingSessionPublic)

    # seed-demo prints "demo credentials: client <id> of ICCT secret <secret>".
    (credentials,) = [
        line.split("demo credentials: client ", 1)[1].split()
        for line in seed_output.splitlines()
        if line.startswith("demo credentials: client ") and " of ICCT " in line
    ]
    client_id, _, _, _, secret = credentials
    partner = journey.sign_in_system("ICCT system", client_id, secret)
    me = journey.expect("ICCT system", "auth_me", auth_me.sync_detailed(client=partner), 200)
    assert isinstance(me, MePublic)
    assert (me.kind.value, me.organisation_id) == ("client", icct)
    people = [
        ("ICCT-J-1", "Agent Exemple Un"),
        ("ICCT-J-2", "Agente Exemple Deux"),
    ]
    batch = AttendanceBatch(
        create_participants=True,
        records=[
            AttendanceBatchAttendanceRecord(
                participant_external_id=external_id,
                participant=NewParticipant(
                    full_name=name, category=ParticipantCategory.PRISON_STAFF, facility_id=bamako
                ),
                day=day,
                status=AttendanceStatus.PRESENT,
            )
            for external_id, name in people
            for day in (today - timedelta(days=1), today)
        ],
    )
    first = journey.expect(
        "ICCT system",
        "training_sessions_sync_attendance",
        training_sessions_sync_attendance.sync_detailed(planned.id, client=partner, body=batch),
        200,
    )
    assert isinstance(first, SyncResult)
    assert (first.counts.created, first.counts.participants_created) == (4, 2), first.to_dict()
    again = journey.expect(
        "ICCT system",
        "training_sessions_sync_attendance (replayed)",
        training_sessions_sync_attendance.sync_detailed(planned.id, client=partner, body=batch),
        200,
    )
    assert isinstance(again, SyncResult)
    assert (again.counts.created, again.counts.unchanged) == (0, 4), again.to_dict()


def _typescript_sign_in_and_list(journey: Journey) -> None:
    """The TypeScript client's example script (clients/openapi/typescript/examples): a
    sign-in and a page of inmates, with node, where npm is installed."""
    generator = client_generator()
    if generator.npm() is None:
        print("npm is not installed: the TypeScript client's script was not run")
        return
    built = generator.typescript("build")
    assert built.returncode == 0, built.stdout + built.stderr
    run = subprocess.run(
        [shutil.which("node") or "node", "dist/examples/list-inmates.js"],
        cwd=generator.TYPESCRIPT,
        env={
            **os.environ,
            "PASSERELLE_URL": journey.base_url,
            "PASSERELLE_USERNAME": "demo.registrar",
            "PASSERELLE_PASSWORD": "registrar-demo-passerelle",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    answer = json.loads(run.stdout.strip().splitlines()[-1])
    journey.transcript.append(("node script", "auth_token, inmates_list", answer["status"]))
    assert answer == {"status": 200, "count": 5}
