"""Visitors, visits and community dialogue sessions at MCA-BKO, with synthetic people in
every state, for the demonstration.

Every kind of visitor is registered (family members linked to demo inmates, leaders,
a lawyer, NGO and consular staff, an interpreter); religious leaders show each side of
vetting (approved and in force, still pending, approved long ago and lapsed), and one
relative is banned after an incident. Visits of every type go through the same services
a visits officer and a supervisor call, so that the rules (kind, ban, vetting,
restrictions, no overlap) decide: requested and approved slots lie ahead, logged ones
behind, and an inmate's last visit follows the logs. One dialogue session was held two
weeks ago, another is planned.

Every date is relative to the day of seeding. Most demo inmates get no visit at all, so
that the list of inmates without contact has something to show. Records carry fixed ids
(uuid5 of a demo key): a record already present is left as it is, and seeding again adds
only what is missing.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import Conflict
from app.models.facility import Facility
from app.models.inmate import Inmate
from app.models.organisation import Organisation
from app.models.visit import DialogueSession, Visit, Visitor
from app.principal import SYSTEM_ACTOR
from app.schemas.facility import FacilityUpdate
from app.schemas.inmate import LegalStatus
from app.schemas.visit import (
    DialogueSessionCreate,
    IdDocumentType,
    RestrictedActivity,
    RestrictionLevel,
    VettingDecision,
    VettingDecisionStatus,
    VisitCreate,
    VisitLog,
    VisitorBan,
    VisitorCreate,
    VisitorKind,
    VisitOutcome,
    VisitStatus,
    VisitType,
)
from app.services import dialogue_sessions, facilities, visitors, visits
from app.services.keep_apart import keep_apart_conflicts

FACILITY_CODE = "MCA-BKO"
FACILITATOR_CODE = "DEMO-NGO"
VETTING_BODY = "Ministère des Affaires religieuses (démo)"
FAMILY_ADDRESS = "Quartier de démonstration, Bamako (fictif)"
# Fixed ids: uuid5 of a demo key in this namespace.
NAMESPACE = uuid.UUID("3b8e6f0c-5d1a-4c7e-9f2b-7a6d4e1c0b95")
HELD = (LegalStatus.pre_trial.value, LegalStatus.convicted.value)
# Inmates visited were admitted well before their first visit (60 days ago at most).
ADMITTED_BEFORE = timedelta(days=120)
# The restriction MCA-BKO applies: demo inmates are unclassified, so none is refused.
RESTRICTIONS = {
    RestrictionLevel.maximum: [
        RestrictedActivity.family,
        RestrictedActivity.ngo,
        RestrictedActivity.dialogue,
    ]
}

K = VisitorKind
T = VisitType
S = VisitStatus


def demo_id(key: str) -> uuid.UUID:
    """The fixed id of a demo record."""
    return uuid.uuid5(NAMESPACE, f"passerelle-demo/{key}")


# Inmates are cast by role: the visited (A to F), a foreign national the consul visits
# (G), and those in dialogue sessions (H to K), never two kept apart in one session.
VISITED = ("A", "B", "C", "D", "E", "F")
FOREIGN = "G"
IN_DIALOGUE = ("H", "I", "J", "K")


@dataclass(frozen=True)
class DemoVisitor:
    key: str
    family_name: str
    given_names: str
    kind: VisitorKind
    document: tuple[IdDocumentType, str] | None = None
    organisation_name: str | None = None
    # Family: the role of the inmate, and how they are related.
    relative_of: str | None = None
    relationship: str | None = None
    # Religious leaders: "approved" (in force), "pending" (sent), "lapsed" (long ago).
    vetting: str | None = None
    # A ban: its reason, from and until (days from today).
    ban: tuple[str, int, int] | None = None


DEMO_VISITORS = [
    DemoVisitor(
        "visitor/mother-a",
        "Exemple",
        "Mère Fictive",
        K.family,
        (IdDocumentType.national_id, "DEMO-NID-0001"),
        relative_of="A",
        relationship="mother",
    ),
    DemoVisitor(
        "visitor/brother-a",
        "Exemple",
        "Frère Fictif",
        K.family,
        (IdDocumentType.national_id, "DEMO-NID-0002"),
        relative_of="A",
        relationship="brother",
    ),
    DemoVisitor(
        "visitor/spouse-b",
        "Fictif",
        "Épouse Démo",
        K.family,
        (IdDocumentType.national_id, "DEMO-NID-0003"),
        relative_of="B",
        relationship="spouse",
    ),
    DemoVisitor(
        "visitor/uncle-c",
        "Démo",
        "Oncle Imaginaire",
        K.family,
        (IdDocumentType.national_id, "DEMO-NID-0004"),
        relative_of="C",
        relationship="uncle",
        ban=(
            "Demo reason (fictional): a mobile telephone was found on him at the search",
            -29,
            150,
        ),
    ),
    DemoVisitor(
        "visitor/sister-d",
        "Factice",
        "Sœur Démo",
        K.family,
        (IdDocumentType.national_id, "DEMO-NID-0005"),
        relative_of="D",
        relationship="sister",
    ),
    DemoVisitor(
        "visitor/father-e",
        "Spécimen",
        "Père Fictif",
        K.family,
        relative_of="E",
        relationship="father",
    ),
    DemoVisitor(
        "visitor/community-leader",
        "Démo-Chef",
        "Chef de Quartier Fictif",
        K.community_leader,
        (IdDocumentType.national_id, "DEMO-NID-0006"),
        organisation_name="Quartier de démonstration, Bamako (fictif)",
    ),
    DemoVisitor(
        "visitor/imam-approved",
        "Démo-Imam",
        "Imam Fictif",
        K.religious_leader,
        (IdDocumentType.national_id, "DEMO-NID-0007"),
        organisation_name="Mosquée de démonstration (fictive)",
        vetting="approved",
    ),
    DemoVisitor(
        "visitor/preacher-pending",
        "Démo-Prêcheur",
        "Prêcheur Fictif",
        K.religious_leader,
        (IdDocumentType.national_id, "DEMO-NID-0008"),
        organisation_name="Association islamique de démonstration (fictive)",
        vetting="pending",
    ),
    DemoVisitor(
        "visitor/marabout-lapsed",
        "Démo-Marabout",
        "Marabout Fictif",
        K.religious_leader,
        (IdDocumentType.national_id, "DEMO-NID-0009"),
        organisation_name="École coranique de démonstration (fictive)",
        vetting="lapsed",
    ),
    DemoVisitor(
        "visitor/lawyer",
        "Exemple",
        "Maître Avocat Fictif",
        K.lawyer,
        (IdDocumentType.bar_card, "DEMO-BAR-0001"),
        organisation_name="Cabinet de démonstration (fictif)",
    ),
    DemoVisitor(
        "visitor/ngo",
        "Fictive",
        "Animatrice Démo",
        K.ngo,
        (IdDocumentType.national_id, "DEMO-NID-0010"),
        organisation_name="Demo Vocational NGO (fictional)",
    ),
    DemoVisitor(
        "visitor/consul",
        "Exemple-Consul",
        "Agent Consulaire Fictif",
        K.consular,
        (IdDocumentType.consular_card, "DEMO-CC-0001"),
        organisation_name="Demonstration Embassy (fictional partner)",
    ),
    DemoVisitor(
        "visitor/interpreter",
        "Témoin",
        "Interprète Fictif",
        K.other,
        (IdDocumentType.passport, "DEMO-PP-0001"),
        organisation_name="Interprète indépendant (démo)",
    ),
]


@dataclass(frozen=True)
class DemoVisit:
    key: str
    # The inmate's role; a family visit goes to the inmate its first visitor is related to.
    inmate: str
    type: VisitType
    visitors: tuple[str, ...]
    # The slot: days from today, the hour it starts (UTC, Bamako's time), its length.
    day: int
    hour: int
    status: VisitStatus
    purpose: str
    # A denial's or a cancellation's reason, or the notes of a log.
    text: str | None = None
    minutes: int = 60


DEMO_VISITS = [
    DemoVisit(
        "visit/a-family-past",
        "A",
        T.family,
        ("visitor/mother-a", "visitor/brother-a"),
        -40,
        10,
        S.occurred,
        "Demo (fictional): monthly family visit",
        "Demo notes (fictional): calm visit; news of the family and of the harvest.",
    ),
    DemoVisit(
        "visit/a-religious-past",
        "A",
        T.religious,
        ("visitor/imam-approved",),
        -20,
        14,
        S.occurred,
        "Demo (fictional): prayer and counselling",
        "Demo notes (fictional): discussion of the inmate's questions on the texts.",
        minutes=90,
    ),
    DemoVisit(
        "visit/a-family-ahead",
        "A",
        T.family,
        ("visitor/mother-a",),
        5,
        10,
        S.requested,
        "Demo (fictional): monthly family visit",
    ),
    DemoVisit(
        "visit/b-family-no-show",
        "B",
        T.family,
        ("visitor/spouse-b",),
        -12,
        9,
        S.no_show,
        "Demo (fictional): family visit",
        "Demo notes (fictional): nobody came; the road from Kati was cut by the rain.",
    ),
    DemoVisit(
        "visit/b-legal-past",
        "B",
        T.legal,
        ("visitor/lawyer",),
        -5,
        11,
        S.occurred,
        "Demo (fictional): preparing the hearing",
        "Demo notes (fictional): confidential meeting, in a room out of hearing.",
    ),
    DemoVisit(
        "visit/b-family-ahead",
        "B",
        T.family,
        ("visitor/spouse-b",),
        7,
        9,
        S.approved,
        "Demo (fictional): family visit",
    ),
    DemoVisit(
        "visit/c-family-incident",
        "C",
        T.family,
        ("visitor/uncle-c",),
        -30,
        10,
        S.occurred,
        "Demo (fictional): family visit",
        "Demo notes (fictional): a mobile telephone was found on the visitor at the "
        "search; the visit ended early.",
        minutes=45,
    ),
    DemoVisit(
        "visit/d-family-denied",
        "D",
        T.family,
        ("visitor/sister-d",),
        3,
        15,
        S.denied,
        "Demo (fictional): family visit",
        "Demo reason (fictional): the visiting room is closed for works that day.",
    ),
    DemoVisit(
        "visit/e-religious-ahead",
        "E",
        T.religious,
        ("visitor/imam-approved",),
        4,
        14,
        S.requested,
        "Demo (fictional): prayer and counselling",
    ),
    DemoVisit(
        "visit/e-family-cancelled",
        "E",
        T.family,
        ("visitor/father-e",),
        10,
        10,
        S.cancelled,
        "Demo (fictional): family visit",
        "Demo reason (fictional): the family asked to postpone until after the harvest.",
    ),
    DemoVisit(
        "visit/f-ngo-past",
        "F",
        T.ngo,
        ("visitor/ngo", "visitor/interpreter"),
        -8,
        9,
        S.occurred,
        "Demo (fictional): preparing release, with an interpreter",
        "Demo notes (fictional): plans for work after release discussed.",
        minutes=120,
    ),
    DemoVisit(
        "visit/f-legal-ahead",
        "F",
        T.legal,
        ("visitor/lawyer",),
        2,
        11,
        S.approved,
        "Demo (fictional): the lawyer's first meeting",
    ),
    DemoVisit(
        "visit/g-consular-past",
        FOREIGN,
        T.consular,
        ("visitor/consul",),
        -15,
        10,
        S.occurred,
        "Demo (fictional): consular visit to a national",
        "Demo notes (fictional): family informed; documents for the hearing requested.",
    ),
]


@dataclass(frozen=True)
class DemoDialogue:
    key: str
    topic: str
    inmates: tuple[str, ...]
    leaders: tuple[str, ...]
    day: int
    hour: int
    hours: int
    notes: str
    # The session took place: what came of it.
    outcome: str | None = None


DEMO_DIALOGUES = [
    DemoDialogue(
        "dialogue/held",
        "Returning home: what the community expects (demonstration, fictional)",
        ("H", "I", "J"),
        ("visitor/community-leader", "visitor/imam-approved"),
        -14,
        9,
        3,
        "Demo (fictional): first session of the cycle.",
        "Demo outcome (fictional): the leaders agreed to meet the families before release; "
        "two inmates asked for a follow-up session.",
    ),
    DemoDialogue(
        "dialogue/planned",
        "Forgiveness and return (demonstration, fictional)",
        ("H", "I", "K"),
        ("visitor/community-leader", "visitor/imam-approved"),
        21,
        9,
        3,
        "Demo (fictional): second session of the cycle.",
    ),
]

DEMO_KEYS = (
    [demo.key for demo in DEMO_VISITORS]
    + [demo.key for demo in DEMO_VISITS]
    + [demo.key for demo in DEMO_DIALOGUES]
)


def _slot(today: date, day: int, hour: int, minutes: int) -> tuple[datetime, datetime]:
    starts_at = datetime.combine(today + timedelta(days=day), time(hour), tzinfo=UTC)
    return starts_at, starts_at + timedelta(minutes=minutes)


async def seed_demo_visits(session: AsyncSession, report: list[str] | None = None) -> int:
    """Add the demonstration visitors, visits and dialogue sessions that are missing (known
    by their fixed ids); answers how many records were added. ``report`` receives a line
    per kind of record added. Nothing is added without the facility, the demo NGO
    (active) or enough demo inmates held there."""
    facility = (await session.exec(select(Facility).where(Facility.code == FACILITY_CODE))).first()
    facilitator = (
        await session.exec(select(Organisation).where(Organisation.code == FACILITATOR_CODE))
    ).first()
    if facility is None or not facility.active or facilitator is None or not facilitator.active:
        return 0
    present = await _present_ids(session)
    if all(demo_id(key) in present for key in DEMO_KEYS):
        return 0
    today = date.today()
    cast = await _cast(session, facility.id, today)
    if cast is None:
        return 0
    fresh = not any(demo_id(demo.key) in present for demo in DEMO_VISITORS)
    if fresh and not facility.visit_restrictions:
        await facilities.update_facility(
            session,
            SYSTEM_ACTOR,
            facility.id,
            FacilityUpdate(visit_restrictions=RESTRICTIONS),
            facility.version,
        )
        if report is not None:
            report.append(
                f"visit restrictions at {FACILITY_CODE}: security level maximum refuses "
                "family and NGO visits and dialogue sessions"
            )
    added_visitors = await _seed_visitors(session, cast, present, today)
    added_visits = await _seed_visits(session, cast, present, today)
    added_dialogues = await _seed_dialogues(session, facility, facilitator, cast, present, today)
    if report is not None:
        if added_visitors:
            report.append(f"{_counted(added_visitors)} visitors of the visits demo")
        if added_visits:
            report.append(f"visits at {FACILITY_CODE}: {_counted(added_visits)}")
        if added_dialogues:
            report.append(
                f"dialogue sessions at {FACILITY_CODE} facilitated by {FACILITATOR_CODE}: "
                f"{_counted(added_dialogues)}"
            )
    return sum(len(added) for added in (added_visitors, added_visits, added_dialogues))


async def demo_visits_present(session: AsyncSession) -> int:
    """How many of the demonstration's visitors, visits and dialogue sessions the
    database holds."""
    return len(await _present_ids(session))


async def _present_ids(session: AsyncSession) -> set[uuid.UUID]:
    ids = [demo_id(key) for key in DEMO_KEYS]
    present: set[uuid.UUID] = set()
    for model in (Visitor, Visit, DialogueSession):
        present |= set((await session.exec(select(model.id).where(col(model.id).in_(ids)))).all())
    return present


def _counted(kinds: list[str]) -> str:
    counts = Counter(kinds)
    return ", ".join(f"{number} {kind}" for kind, number in counts.items())


async def _cast(
    session: AsyncSession, facility_id: uuid.UUID, today: date
) -> dict[str, uuid.UUID] | None:
    """The demo inmates of each role: held at the facility, admitted long enough ago, in
    the order of their prison numbers; the consul's a foreign national where one is held,
    and the dialogue sessions' never two kept apart. None without enough of them."""
    rows = (
        await session.exec(
            select(Inmate.id, Inmate.nationality)
            .where(
                Inmate.facility_id == facility_id,
                col(Inmate.prison_number).startswith(f"{FACILITY_CODE}-DEMO-"),
                col(Inmate.legal_status).in_(HELD),
                col(Inmate.admission_date) <= today - ADMITTED_BEFORE,
            )
            .order_by(col(Inmate.prison_number))
        )
    ).all()
    pool = list(rows)
    if len(pool) < len(VISITED) + 1 + len(IN_DIALOGUE):
        return None
    cast: dict[str, uuid.UUID] = {}
    for role in VISITED:
        inmate_id, _ = pool.pop(0)
        cast[role] = inmate_id
    foreign = next((row for row in pool if row[1] not in (None, "ML")), pool[0])
    pool.remove(foreign)
    cast[FOREIGN] = foreign[0]
    grouped: list[uuid.UUID] = []
    for inmate_id, _ in pool:
        if len(grouped) == len(IN_DIALOGUE):
            break
        if not await keep_apart_conflicts(session, inmate_id, grouped):
            grouped.append(inmate_id)
    if len(grouped) < len(IN_DIALOGUE):
        return None
    cast.update(zip(IN_DIALOGUE, grouped, strict=True))
    return cast


async def _seed_visitors(
    session: AsyncSession, cast: dict[str, uuid.UUID], present: set[uuid.UUID], today: date
) -> list[str]:
    added = []
    for demo in DEMO_VISITORS:
        visitor_id = demo_id(demo.key)
        if visitor_id in present:
            continue
        visitor, _ = await visitors.create_visitor(
            session,
            SYSTEM_ACTOR,
            VisitorCreate(
                family_name=demo.family_name,
                given_names=demo.given_names,
                kind=demo.kind,
                inmate_id=cast[demo.relative_of] if demo.relative_of else None,
                relationship=demo.relationship,
                organisation_name=demo.organisation_name,
                id_document_type=demo.document[0] if demo.document else None,
                id_document_number=demo.document[1] if demo.document else None,
                address=FAMILY_ADDRESS if demo.kind is K.family else None,
            ),
            default_id=visitor_id,
        )
        if demo.vetting is not None:
            await visitors.record_vetting(
                session, SYSTEM_ACTOR, visitor.id, _vetting(demo, today), None
            )
        if demo.ban is not None:
            reason, start, end = demo.ban
            await visitors.ban(
                session,
                SYSTEM_ACTOR,
                visitor.id,
                VisitorBan(
                    reason=reason,
                    banned_from=today + timedelta(days=start),
                    banned_until=today + timedelta(days=end),
                ),
                None,
            )
        added.append(demo.kind.value)
        present.add(visitor_id)
    return added


def _vetting(demo: DemoVisitor, today: date) -> VettingDecision:
    number = DEMO_VISITORS.index(demo) + 1
    reference = f"DEMO-VET-{number:04d}"
    if demo.vetting == "pending":
        # Sent to the ministry, no answer yet.
        return VettingDecision(
            status=VettingDecisionStatus.pending, vetting_body=VETTING_BODY, reference=reference
        )
    # Approved for a year: 200 days ago (in force), or 800 days ago (lapsed 435 days ago).
    vetted_on = today - timedelta(days=200 if demo.vetting == "approved" else 800)
    return VettingDecision(
        status=VettingDecisionStatus.approved,
        vetting_body=VETTING_BODY,
        vetted_on=vetted_on,
        expires_on=vetted_on + timedelta(days=365),
        reference=reference,
    )


async def _seed_visits(
    session: AsyncSession, cast: dict[str, uuid.UUID], present: set[uuid.UUID], today: date
) -> list[str]:
    """Each visit's story through the services: requested, then decided, then logged."""
    added = []
    for demo in DEMO_VISITS:
        visit_id = demo_id(demo.key)
        if visit_id in present:
            continue
        visitor_ids = [demo_id(key) for key in demo.visitors]
        inmate_id = cast[demo.inmate]
        if demo.type is T.family:
            # The inmate the visitor is related to, as registered.
            relative = await session.get(Visitor, visitor_ids[0])
            if relative is not None and relative.inmate_id is not None:
                inmate_id = relative.inmate_id
        starts_at, ends_at = _slot(today, demo.day, demo.hour, demo.minutes)
        try:
            await _play(session, demo, visit_id, inmate_id, visitor_ids, starts_at, ends_at)
        except Conflict:
            # A rule refuses it now (seeding again after the records changed): left out.
            await session.rollback()
            continue
        added.append(demo.status.value)
        present.add(visit_id)
    return added


async def _play(
    session: AsyncSession,
    demo: DemoVisit,
    visit_id: uuid.UUID,
    inmate_id: uuid.UUID,
    visitor_ids: list[uuid.UUID],
    starts_at: datetime,
    ends_at: datetime,
) -> None:
    visit, _ = await visits.request_visit(
        session,
        SYSTEM_ACTOR,
        VisitCreate(
            inmate_id=inmate_id,
            type=demo.type,
            visitor_ids=visitor_ids,
            starts_at=starts_at,
            ends_at=ends_at,
            purpose=demo.purpose,
        ),
        default_id=visit_id,
    )
    if demo.status is S.requested:
        return
    if demo.status is S.denied:
        await visits.deny(session, SYSTEM_ACTOR, visit.id, demo.text or "", None)
        return
    await visits.approve(session, SYSTEM_ACTOR, visit.id, None, None)
    if demo.status is S.cancelled:
        await visits.cancel(session, SYSTEM_ACTOR, visit.id, demo.text or "", None)
    elif demo.status is S.occurred:
        await visits.log_visit(
            session,
            SYSTEM_ACTOR,
            visit.id,
            VisitLog(
                outcome=VisitOutcome.occurred,
                started_at=starts_at + timedelta(minutes=5),
                ended_at=ends_at - timedelta(minutes=5),
                notes=demo.text,
            ),
            None,
        )
    elif demo.status is S.no_show:
        await visits.log_visit(
            session,
            SYSTEM_ACTOR,
            visit.id,
            VisitLog(outcome=VisitOutcome.no_show, notes=demo.text),
            None,
        )


async def _seed_dialogues(
    session: AsyncSession,
    facility: Facility,
    facilitator: Organisation,
    cast: dict[str, uuid.UUID],
    present: set[uuid.UUID],
    today: date,
) -> list[str]:
    added = []
    for demo in DEMO_DIALOGUES:
        dialogue_id = demo_id(demo.key)
        if dialogue_id in present:
            continue
        starts_at, ends_at = _slot(today, demo.day, demo.hour, demo.hours * 60)
        try:
            dialogue, _ = await dialogue_sessions.create_session(
                session,
                SYSTEM_ACTOR,
                DialogueSessionCreate(
                    facility_id=facility.id,
                    facilitator_organisation_id=facilitator.id,
                    topic=demo.topic,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    inmate_ids=[cast[role] for role in demo.inmates],
                    leader_ids=[demo_id(key) for key in demo.leaders],
                    notes=demo.notes,
                ),
                default_id=dialogue_id,
            )
            if demo.outcome is not None:
                await dialogue_sessions.record_outcome(
                    session, SYSTEM_ACTOR, dialogue.id, demo.outcome, None
                )
        except Conflict:
            await session.rollback()
            continue
        added.append("held" if demo.outcome is not None else "planned")
        present.add(dialogue_id)
    return added
