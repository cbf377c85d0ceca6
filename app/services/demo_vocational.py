"""Two vocational programmes at MCA-BKO, run by a fictional NGO, with synthetic inmates in
every state of an enrolment.

A tailoring workshop (four places, basic literacy required) and a market-gardening
programme (six places, for inmates awaiting trial or convicted) go through the same
services a programme officer calls: skills profiles, requests for a place, the waiting
list of a full programme and its promotion when a seat is freed, completion with a final
assessment and a certificate number, drops and suspensions with their reasons.

Only inmates still held take part. No follow-up after release is recorded: the demo
inmates who are released left three weeks ago at most, too early for the 3-month
contact, and none of them is enrolled.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict
from app.models.base import utcnow
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.models.organisation import Organisation
from app.models.vocational import SkillsProfile, VocationalEnrolment, VocationalProgramme
from app.principal import SYSTEM_ACTOR
from app.schemas.inmate import LegalStatus
from app.schemas.vocational import (
    EnrolmentRequest,
    EnrolmentRequestStatus,
    ProgrammeCreate,
    ProgrammeStatus,
    SkillLevel,
    SkillsProfileWrite,
    Trade,
    VocationalEnrolmentStatus,
)
from app.services import skills_profiles, vocational_enrolments, vocational_programmes

PROVIDER_CODE = "DEMO-NGO"
FACILITY_CODE = "MCA-BKO"
S = VocationalEnrolmentStatus
# Inmates still in custody, whom a programme in prison is for.
HELD = (LegalStatus.pre_trial.value, LegalStatus.convicted.value)


@dataclass(frozen=True)
class Step:
    """One event of a programme's story. ``person`` numbers its participants in order of
    arrival: the first step naming a number brings a new inmate in (``interested`` or
    asking for a place: ``enrolled``); later steps end that inmate's enrolment."""

    person: int
    action: VocationalEnrolmentStatus
    # The reason of a drop or a suspension, or the final assessment of a completion.
    text: str | None = None
    # The literacy of the inmate's skills profile (written when they come in).
    literacy: SkillLevel = SkillLevel.basic


@dataclass(frozen=True)
class DemoProgramme:
    external_id: str
    title: str
    trade: Trade
    capacity: int
    # Started this many weeks ago, ends this many weeks from now.
    weeks_ago: int
    weeks_ahead: int
    sessions_per_week: int
    hours_per_session: float
    steps: tuple[Step, ...]
    minimum_literacy: SkillLevel | None = None
    allowed_legal_statuses: tuple[LegalStatus, ...] = ()


DEMO_PROGRAMMES = [
    DemoProgramme(
        external_id="DEMO-NGO-VOC-TAILORING",
        title="Tailoring workshop (demonstration, fictional)",
        trade=Trade.tailoring,
        capacity=4,
        weeks_ago=10,
        weeks_ahead=14,
        sessions_per_week=3,
        hours_per_session=3,
        # Demo inmates are unclassified: no security-level rule, or nobody would qualify.
        minimum_literacy=SkillLevel.basic,
        steps=(
            Step(1, S.enrolled),
            Step(2, S.enrolled, literacy=SkillLevel.functional),
            Step(3, S.enrolled),
            Step(4, S.enrolled, literacy=SkillLevel.fluent),
            # The workshop is full: the fifth waits, and takes the first seat freed.
            Step(5, S.enrolled),
            Step(
                1,
                S.completed,
                "Demo assessment (fictional): cuts and sews a shirt and a boubou unaided; "
                "ready to work in a tailor's shop.",
            ),
            Step(2, S.dropped, "Demo reason (fictional): asked to stop, prefers farm work."),
            Step(6, S.enrolled, literacy=SkillLevel.functional),
            # Full again: the seventh is on the waiting list.
            Step(7, S.enrolled),
            # Interested, but below the basic literacy the workshop asks for.
            Step(8, S.interested, literacy=SkillLevel.none),
        ),
    ),
    DemoProgramme(
        external_id="DEMO-NGO-VOC-AGRICULTURE",
        title="Market gardening on the prison plot (demonstration, fictional)",
        trade=Trade.agriculture,
        capacity=6,
        weeks_ago=20,
        weeks_ahead=4,
        sessions_per_week=5,
        hours_per_session=4,
        allowed_legal_statuses=(LegalStatus.pre_trial, LegalStatus.convicted),
        steps=(
            Step(1, S.enrolled, literacy=SkillLevel.none),
            Step(2, S.enrolled),
            Step(3, S.enrolled, literacy=SkillLevel.none),
            Step(4, S.enrolled, literacy=SkillLevel.functional),
            Step(5, S.enrolled),
            Step(
                1,
                S.completed,
                "Demo assessment (fictional): prepares beds, sows and waters onions and "
                "tomatoes, keeps the plot's harvest log with help.",
            ),
            Step(
                2,
                S.completed,
                "Demo assessment (fictional): runs drip irrigation and composting unaided; "
                "could lead a small team.",
            ),
            Step(
                3,
                S.suspended,
                "Demo reason (fictional): medical advice, no field work for six weeks.",
            ),
            Step(6, S.interested, literacy=SkillLevel.none),
        ),
    ),
]

_PRIOR_TRADES = [
    ["herding"],
    ["market trading"],
    ["farming", "fishing"],
    [],
    ["masonry"],
    ["driving"],
    ["street vending"],
]


async def seed_demo_vocational(session: AsyncSession, report: list[str] | None = None) -> int:
    """Add the demonstration programmes that are missing (known by their provider and
    external ids), with their enrolments; answers how many programmes were added.
    ``report`` receives a line per added programme. Nothing is added without the demo
    NGO (active), the facility, or enough demo inmates held there."""
    provider = (
        await session.exec(select(Organisation).where(Organisation.code == PROVIDER_CODE))
    ).first()
    facility = (await session.exec(select(Facility).where(Facility.code == FACILITY_CODE))).first()
    if provider is None or not provider.active or facility is None:
        return 0
    existing = set(
        (
            await session.exec(
                select(VocationalProgramme.external_id).where(
                    VocationalProgramme.provider_organisation_id == provider.id
                )
            )
        ).all()
    )
    missing = [demo for demo in DEMO_PROGRAMMES if demo.external_id not in existing]
    if not missing:
        return 0
    candidates = await _candidates(session, facility.id, provider.id)
    needed = sum(len({step.person for step in demo.steps}) for demo in missing)
    if len(candidates) < needed:
        return 0
    pool = iter(candidates)
    added = 0
    for demo in missing:
        programme, _ = await vocational_programmes.create_programme(
            session,
            SYSTEM_ACTOR,
            _programme(demo, provider.id, facility.id),
        )
        await _play(session, demo, programme.id, pool)
        added += 1
        if report is not None:
            report.append(await _describe(session, demo, programme.id))
    return added


async def demo_programmes_present(session: AsyncSession) -> int:
    """How many of the demonstration programmes the database holds."""
    return len(
        (
            await session.exec(
                select(VocationalProgramme.id)
                .join(
                    Organisation,
                    col(Organisation.id) == VocationalProgramme.provider_organisation_id,
                )
                .where(
                    Organisation.code == PROVIDER_CODE,
                    col(VocationalProgramme.external_id).in_(
                        [demo.external_id for demo in DEMO_PROGRAMMES]
                    ),
                )
            )
        ).all()
    )


def _programme(
    demo: DemoProgramme, provider_id: uuid.UUID, facility_id: uuid.UUID
) -> ProgrammeCreate:
    today = utcnow().date()
    return ProgrammeCreate(
        title=demo.title,
        trade=demo.trade,
        provider_organisation_id=provider_id,
        external_id=demo.external_id,
        facility_id=facility_id,
        capacity=demo.capacity,
        start_date=today - timedelta(weeks=demo.weeks_ago),
        end_date=today + timedelta(weeks=demo.weeks_ahead),
        sessions_per_week=demo.sessions_per_week,
        hours_per_session=demo.hours_per_session,
        status=ProgrammeStatus.running,
        allowed_legal_statuses=list(demo.allowed_legal_statuses),
        minimum_literacy=demo.minimum_literacy,
    )


async def _candidates(
    session: AsyncSession, facility_id: uuid.UUID, provider_id: uuid.UUID
) -> list[uuid.UUID]:
    """The synthetic inmates held in the facility, in the order of their prison numbers;
    never a real record, and never one already in a programme of the demo NGO."""
    enrolled = (
        select(VocationalEnrolment.inmate_id)
        .join(VocationalProgramme, col(VocationalProgramme.id) == VocationalEnrolment.programme_id)
        .where(VocationalProgramme.provider_organisation_id == provider_id)
    )
    return list(
        (
            await session.exec(
                select(Inmate.id)
                .where(
                    Inmate.facility_id == facility_id,
                    col(Inmate.prison_number).startswith(f"{FACILITY_CODE}-DEMO-"),
                    col(Inmate.legal_status).in_(HELD),
                    col(Inmate.id).not_in(enrolled),
                )
                .order_by(col(Inmate.prison_number))
            )
        ).all()
    )


async def _play(
    session: AsyncSession, demo: DemoProgramme, programme_id: uuid.UUID, pool: Iterator[uuid.UUID]
) -> None:
    """Run the programme's story through the real services: rules, waiting list and
    promotion decide what becomes of each request."""
    enrolments: dict[int, uuid.UUID] = {}
    for step in demo.steps:
        if step.person not in enrolments:
            enrolments[step.person] = await _bring_in(session, demo, programme_id, step, pool)
            continue
        await vocational_enrolments.end(
            session,
            SYSTEM_ACTOR,
            enrolments[step.person],
            step.action,
            None if step.action is S.completed else step.text,
            None,
            final_assessment=step.text if step.action is S.completed else None,
        )


async def _bring_in(
    session: AsyncSession,
    demo: DemoProgramme,
    programme_id: uuid.UUID,
    step: Step,
    pool: Iterator[uuid.UUID],
) -> uuid.UUID:
    """The next inmate of the pool the programme admits (a keep-apart constraint with the
    group, say, can refuse one): their skills profile, then their request."""
    for inmate_id in pool:
        await _ensure_profile(session, inmate_id, demo.trade, step.literacy)
        try:
            enrolment, _ = await vocational_enrolments.request_place(
                session,
                SYSTEM_ACTOR,
                EnrolmentRequest(
                    programme_id=programme_id,
                    inmate_id=inmate_id,
                    status=EnrolmentRequestStatus.interested
                    if step.action is S.interested
                    else EnrolmentRequestStatus.enrolled,
                ),
            )
        except Conflict:
            await session.rollback()
            continue
        return enrolment.id
    raise RuntimeError(f"not enough demo inmates for {demo.external_id}")


async def _ensure_profile(
    session: AsyncSession, inmate_id: uuid.UUID, trade: Trade, literacy: SkillLevel
) -> None:
    """A skills profile assessed today, unless the inmate has one already (kept as it is)."""
    found = (
        await session.exec(select(SkillsProfile.id).where(SkillsProfile.inmate_id == inmate_id))
    ).first()
    if found is not None:
        return
    inmate = await session.get(Inmate, inmate_id)
    if inmate is None:
        return
    number = int(inmate.prison_number.rsplit("-", 1)[-1])
    await skills_profiles.write_profile(
        session,
        SYSTEM_ACTOR,
        inmate_id,
        SkillsProfileWrite(
            prior_trades=_PRIOR_TRADES[number % len(_PRIOR_TRADES)],
            literacy=literacy,
            numeracy=SkillLevel.functional if number % 2 else SkillLevel.basic,
            languages=list(inmate.languages),
            trades_of_interest=[trade],
            assessed_on=utcnow().date(),
        ),
        None,
    )


async def _describe(session: AsyncSession, demo: DemoProgramme, programme_id: uuid.UUID) -> str:
    statuses = Counter(
        (
            await session.exec(
                select(VocationalEnrolment.status).where(
                    VocationalEnrolment.programme_id == programme_id
                )
            )
        ).all()
    )
    counts = ", ".join(
        f"{statuses[status.value]} {status.value}" for status in S if statuses[status.value]
    )
    return (
        f"vocational programme {demo.external_id} at {FACILITY_CODE} "
        f"(capacity {demo.capacity}): {counts}"
    )
