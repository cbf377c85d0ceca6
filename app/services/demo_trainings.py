"""The three trainings of the field report (December 2016, April 2017, August 2017), with
synthetic participants and attendance.

The sessions, the participants and their days are real in shape only: every name is
invented and marked as a demonstration. They go through the same services a partner's
system calls, so that enrolments, hours, completion, certificate numbers and the
certification an accrediting session grants are worked out by the real code.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.facility import Facility
from app.models.organisation import Organisation
from app.models.training import Participant, TrainingEnrolment, TrainingSession
from app.models.user import User
from app.principal import SYSTEM_ACTOR, Actor, PrincipalKind
from app.schemas.common import Sex
from app.schemas.training import (
    AccreditationSet,
    AttendanceStatus,
    EnrolmentCreate,
    ParticipantCategory,
    ParticipantCreate,
    TrainingSessionCreate,
    TrainingStatus,
    TrainingTopic,
    session_days,
)
from app.services import attendance, enrolments, participants, training_sessions

# Where a participant comes from: registered beforehand by the partner (prison staff,
# who carry their facility), registered by the partner's attendance sync itself, or
# registered by the prison administration and linked to a staff user.
PARTNER = "partner"
SYNC = "sync"
ADMINISTRATION = "administration"

# Scores and attendance are drawn from fixed seeds: every demo database looks the same.
_PRESENT, _LATE, _EXCUSED, _ABSENT = (
    AttendanceStatus.present,
    AttendanceStatus.late,
    AttendanceStatus.excused,
    AttendanceStatus.absent,
)
_DAY_WEIGHTS = {_PRESENT: 80, _LATE: 10, _EXCUSED: 5, _ABSENT: 5}
_LATE_HOURS = [2.5, 3.0, 3.5, 4.0, 4.5]


@dataclass(frozen=True)
class DemoParticipant:
    external_id: str
    full_name: str
    category: ParticipantCategory
    institution: str
    sex: Sex
    languages: tuple[str, ...] = ("bam", "fra")
    origin: str = SYNC
    facility_code: str | None = None
    # The demo user this person is (administration participants only).
    username: str | None = None
    # Attends every day: the linked user must complete to show a certification.
    assiduous: bool = False
    # Stops coming after this many days.
    drops_after: int | None = None


@dataclass(frozen=True)
class DemoTraining:
    external_id: str
    organiser: str
    co_organisers: tuple[str, ...]
    title: str
    topic: TrainingTopic
    description: str
    start_date: date
    end_date: date
    daily_start: time
    daily_end: time
    hours_per_day: float
    participants: tuple[DemoParticipant, ...]
    seed: int
    facility_code: str | None = None
    venue: str | None = None
    language: str = "fra"
    capacity: int = 25
    accredits_instrument_code: str | None = None
    # Share of the participants who sit the pre- and post-tests.
    tested: float = 0.0


def _staff(number: int, facility_code: str, **extra: Any) -> DemoParticipant:
    institution = {
        "MCA-BKO": "Maison Centrale d'Arrêt de Bamako",
        "KLK": "Prison de Koulikoro",
    }[facility_code]
    return DemoParticipant(
        external_id=f"DEMO-ICCT-P-{number:03d}",
        full_name=f"Demo Prison Officer {number:02d} (fictional)",
        category=ParticipantCategory.prison_staff,
        institution=institution,
        sex=Sex.female if number % 4 == 0 else Sex.male,
        origin=PARTNER,
        facility_code=facility_code,
        **extra,
    )


def _leader(
    number: int, category: ParticipantCategory, label: str, institution: str
) -> DemoParticipant:
    return DemoParticipant(
        external_id=f"DEMO-UNICRI-P-{number:03d}",
        full_name=f"Demo {label} {number:02d} (fictional)",
        category=category,
        institution=institution,
        sex=Sex.female if number % 5 == 0 else Sex.male,
        languages=("bam", "fra", "ara")
        if category is ParticipantCategory.religious_leader
        else ("bam", "fra"),
    )


_RELIGIOUS = [
    _leader(n, ParticipantCategory.religious_leader, "Religious Leader", "Demo mosque council")
    for n in range(1, 11)
]
_YOUTH = [
    _leader(n, ParticipantCategory.youth_leader, "Youth Leader", "Demo youth association")
    for n in range(11, 13)
]
_COMMUNITY = [
    _leader(n, ParticipantCategory.community_leader, "Community Leader", "Demo neighbourhood")
    for n in range(13, 15)
]
_JUDICIARY = [
    DemoParticipant(
        external_id="DEMO-ICCT-J-001",
        full_name="Demo Investigating Judge 01 (fictional)",
        category=ParticipantCategory.judge,
        institution="Pôle judiciaire spécialisé (demonstration)",
        sex=Sex.male,
        languages=("fra",),
    ),
    DemoParticipant(
        external_id="DEMO-ICCT-J-002",
        full_name="Demo Prosecutor 02 (fictional)",
        category=ParticipantCategory.prosecutor,
        institution="Pôle judiciaire spécialisé (demonstration)",
        sex=Sex.female,
        languages=("fra",),
    ),
]
LINKED_USERNAME = "demo.assessor"
_LINKED = DemoParticipant(
    external_id="DEMO-DNAPES-P-001",
    full_name="Demo Assessor (fictional, the demo.assessor user)",
    category=ParticipantCategory.prison_staff,
    institution="DNAPES",
    sex=Sex.female,
    origin=ADMINISTRATION,
    facility_code="MCA-BKO",
    username=LINKED_USERNAME,
    assiduous=True,
)

DEMO_TRAININGS = [
    DemoTraining(
        external_id="DEMO-ICCT-2016-12-PVE",
        organiser="ICCT",
        co_organisers=("UNICRI",),
        title="Psychology of violent extremism for prison personnel",
        topic=TrainingTopic.psychology_of_violent_extremism,
        description=(
            "Demonstration record after the field report: psychological training for prison "
            "personnel dealing with VEOs in the Central Prison of Bamako, December 2016. "
            "The participants and their attendance are fictional."
        ),
        facility_code="MCA-BKO",
        start_date=date(2016, 12, 5),
        end_date=date(2016, 12, 9),
        daily_start=time(9, 0),
        daily_end=time(16, 0),
        hours_per_day=6,
        participants=(
            *(_staff(n, "MCA-BKO") for n in range(1, 15)),
            _staff(15, "MCA-BKO", drops_after=2),
            _staff(16, "MCA-BKO", drops_after=1),
        ),
        seed=201612,
        tested=0.5,
    ),
    DemoTraining(
        external_id="DEMO-UNICRI-2017-04-RAD",
        organiser="UNICRI",
        co_organisers=("ICCT",),
        title="Radicalisation awareness for religious leaders",
        topic=TrainingTopic.radicalisation_awareness,
        description=(
            "Demonstration record after the field report: training on radicalisation for "
            "religious leaders, Bamako, April 2017. The participants and their attendance "
            "are fictional."
        ),
        venue="Bamako (demonstration venue)",
        start_date=date(2017, 4, 18),
        end_date=date(2017, 4, 20),
        daily_start=time(9, 0),
        daily_end=time(15, 0),
        hours_per_day=5,
        language="fra",
        participants=(*_RELIGIOUS, *_YOUTH, *_COMMUNITY),
        seed=201704,
        tested=0.8,
    ),
    DemoTraining(
        external_id="DEMO-ICCT-2017-08-RA",
        organiser="ICCT",
        co_organisers=("UNICRI",),
        title="Intake and risk assessment with a focus on radicalisation",
        topic=TrainingTopic.risk_assessment,
        description=(
            "Demonstration record after the field report: intake and risk assessment "
            "workshop for DNAPES personnel, with staff of the Bamako and Koulikoro prisons "
            "and of the special judiciary, August 2017. The participants and their "
            "attendance are fictional; completing it accredits for the demonstration "
            "instrument DEMO-SPJ, which is not a validated tool."
        ),
        facility_code="MCA-BKO",
        start_date=date(2017, 8, 21),
        end_date=date(2017, 8, 25),
        daily_start=time(9, 0),
        daily_end=time(16, 0),
        hours_per_day=6,
        accredits_instrument_code="DEMO-SPJ",
        participants=(
            *(_staff(n, "MCA-BKO") for n in range(1, 7)),
            *(_staff(n, "MCA-BKO") for n in range(17, 19)),
            *(_staff(n, "KLK") for n in range(19, 23)),
            _staff(23, "KLK", drops_after=3),
            *_JUDICIARY,
            _LINKED,
        ),
        seed=201708,
        tested=1.0,
    ),
]


def partner_actor(organisation: Organisation) -> Actor:
    """The partner's own system, as the seed stands for it: sees and keeps its records."""
    return Actor(
        principal="system:demo-seed",
        kind=PrincipalKind.system,
        client="passerelle-cli",
        organisation_id=organisation.id,
        organisation_scoped=True,
        facilities=None,
    )


async def seed_demo_trainings(session: AsyncSession, report: list[str] | None = None) -> int:
    """Add the field report's trainings that are missing (known by their external ids);
    answers how many sessions were added. ``report`` receives a line per added session."""
    codes = {
        code
        for training in DEMO_TRAININGS
        for code in (training.organiser, *training.co_organisers)
    }
    organisations = {
        organisation.code: organisation
        for organisation in (
            await session.exec(select(Organisation).where(col(Organisation.code).in_(codes)))
        ).all()
    }
    facilities = dict((await session.exec(select(Facility.code, Facility.id))).all())
    added = 0
    for training in DEMO_TRAININGS:
        organiser = organisations.get(training.organiser)
        if organiser is None or any(code not in organisations for code in training.co_organisers):
            continue
        exists = await session.exec(
            select(TrainingSession.id).where(
                TrainingSession.organiser_organisation_id == organiser.id,
                TrainingSession.external_id == training.external_id,
            )
        )
        if exists.first() is not None:
            continue
        record = await _seed_training(
            session, training, partner_actor(organiser), organisations, facilities
        )
        added += 1
        if report is not None:
            report.append(await _describe(session, training, record))
    return added


async def _seed_training(
    session: AsyncSession,
    training: DemoTraining,
    actor: Actor,
    organisations: dict[str, Organisation],
    facilities: dict[str, Any],
) -> TrainingSession:
    # The administration plans them (it alone decides which trainings accredit), in the
    # organiser's name; the organiser's system then pushes the attendance.
    view, _ = await training_sessions.create_training_session(
        session,
        SYSTEM_ACTOR,
        TrainingSessionCreate(
            title=training.title,
            organiser_organisation_id=organisations[training.organiser].id,
            topic=training.topic,
            description=training.description,
            co_organiser_ids=[organisations[code].id for code in training.co_organisers],
            external_id=training.external_id,
            facility_id=facilities.get(training.facility_code) if training.facility_code else None,
            venue=training.venue,
            start_date=training.start_date,
            end_date=training.end_date,
            daily_start=training.daily_start,
            daily_end=training.daily_end,
            hours_per_day=training.hours_per_day,
            language=training.language,
            capacity=training.capacity,
            status=TrainingStatus.held,
        ),
    )
    if training.accredits_instrument_code is not None:
        view = await training_sessions.set_accreditation(
            session,
            SYSTEM_ACTOR,
            view.id,
            AccreditationSet(instrument_code=training.accredits_instrument_code),
            view.version,
        )
    record = view.training
    references = await _register(session, record, training.participants, actor, facilities)
    days = session_days(record.start_date, record.end_date, record.excluded_days)
    plan = _attendance_plan(training, days, record.hours_per_day)
    # One batch a day, as a partner's system syncs at the end of each day.
    for number, day in enumerate(days):
        batch = [
            {**references[person.external_id], **_details(person), **plan[person][number]}
            for person in training.participants
            if person.external_id in references
        ]
        result = await attendance.sync_session(
            session, actor, record.id, batch, attendance.Options(create_participants=True)
        )
        if result.counts.rejected:
            rejected = [r["message"] for r in result.results if r["reason"] is not None]
            raise RuntimeError(f"demo attendance of {day} rejected: {rejected}")
    return record


async def _register(
    session: AsyncSession,
    training: TrainingSession,
    people: Sequence[DemoParticipant],
    actor: Actor,
    facilities: dict[str, Any],
) -> dict[str, dict[str, Any]]:
    """How each person is named in the batches, registering beforehand those the sync
    cannot: prison staff (with their facility) and staff linked to a user."""
    references: dict[str, dict[str, Any]] = {}
    for person in people:
        if person.origin == SYNC:
            references[person.external_id] = {"participant_external_id": person.external_id}
            continue
        registrar = actor if person.origin == PARTNER else SYSTEM_ACTOR
        owner = participants.owner_of_new(registrar)
        found = (
            await session.exec(
                select(Participant).where(
                    Participant.external_id == person.external_id,
                    col(Participant.organisation_id).is_(None)
                    if owner is None
                    else col(Participant.organisation_id) == owner,
                )
            )
        ).first()
        if found is None:
            user_id = None
            if person.username is not None:
                user_id = (
                    await session.exec(select(User.id).where(User.username == person.username))
                ).first()
                if user_id is None:
                    continue
            found, _ = await participants.create_participant(
                session,
                registrar,
                ParticipantCreate(
                    full_name=person.full_name,
                    category=person.category,
                    institution=person.institution,
                    external_id=person.external_id,
                    facility_id=facilities.get(person.facility_code)
                    if person.facility_code
                    else None,
                    user_id=user_id,
                    sex=person.sex,
                    languages=list(person.languages),
                ),
            )
        if person.origin == PARTNER:
            references[person.external_id] = {"participant_external_id": person.external_id}
            continue
        # The administration enrols its own staff member; the organiser's system then
        # records the attendance like anyone else's.
        await enrolments.enrol(
            session, SYSTEM_ACTOR, training.id, EnrolmentCreate(participant_id=found.id)
        )
        references[person.external_id] = {"participant_id": str(found.id)}
    return references


def _details(person: DemoParticipant) -> dict[str, Any]:
    if person.origin != SYNC:
        return {}
    return {
        "participant": {
            "full_name": person.full_name,
            "category": person.category.value,
            "institution": person.institution,
            "sex": person.sex.value,
            "languages": list(person.languages),
        }
    }


def _attendance_plan(
    training: DemoTraining, days: Sequence[date], hours_per_day: float
) -> dict[DemoParticipant, list[dict[str, Any]]]:
    """Each person's record of each day: mostly present, some late, absent or excused,
    with pre- and post-test scores for some."""
    pick = random.Random(training.seed)  # noqa: S311 (synthetic data, not security)
    statuses = list(_DAY_WEIGHTS)
    weights = list(_DAY_WEIGHTS.values())
    plan: dict[DemoParticipant, list[dict[str, Any]]] = {}
    for person in training.participants:
        records: list[dict[str, Any]] = []
        for number, day in enumerate(days):
            if person.assiduous:
                status = _PRESENT
            elif person.drops_after is not None and number >= person.drops_after:
                status = _ABSENT
            else:
                status = pick.choices(statuses, weights)[0]
            record: dict[str, Any] = {"day": day.isoformat(), "status": status.value}
            if status is _LATE:
                record["hours"] = min(pick.choice(_LATE_HOURS), hours_per_day)
            records.append(record)
        if pick.random() < training.tested:
            pre = pick.randrange(30, 66)
            if records[0]["status"] in (_PRESENT.value, _LATE.value):
                records[0]["pre_test_score"] = pre
            if records[-1]["status"] in (_PRESENT.value, _LATE.value):
                records[-1]["post_test_score"] = min(100, pre + pick.randrange(5, 36))
        plan[person] = records
    return plan


async def _describe(session: AsyncSession, training: DemoTraining, record: TrainingSession) -> str:
    completed = (
        await session.exec(
            select(TrainingEnrolment.completed).where(TrainingEnrolment.session_id == record.id)
        )
    ).all()
    return (
        f"training session {training.external_id} ({training.start_date:%B %Y}): "
        f"{len(completed)} participants, {sum(completed)} completed, "
        f"{record.certificates_issued} certificates"
    )
