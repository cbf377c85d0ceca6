"""Synthetic demonstration data: obviously fictional, never real people's records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.models.agreement import DataSharingAgreement
from app.models.base import utcnow
from app.models.certification import Certification
from app.models.client import ApiClient
from app.models.facility import Facility
from app.models.organisation import Organisation
from app.models.user import User
from app.principal import SYSTEM_ACTOR
from app.schemas.facility import FacilityCreate
from app.schemas.organisation import OrganisationCreate, OrganisationKind
from app.services import bootstrap
from app.services.audit import record_event
from app.services.demo_inmates import seed_demo_inmates
from app.services.demo_instrument import seed_demo_instrument
from app.services.demo_trainings import DEMO_TRAININGS, seed_demo_trainings
from app.services.demo_visits import demo_visits_present, seed_demo_visits
from app.services.demo_vocational import demo_programmes_present, seed_demo_vocational

DEMO_FACILITIES = [
    FacilityCreate(
        code="MCA-BKO", name="Maison Centrale d'Arrêt de Bamako", region="Bamako", capacity=400
    ),
    FacilityCreate(code="KLK", name="Prison de Koulikoro", region="Koulikoro", capacity=250),
]

DEMO_ORGANISATIONS = [
    OrganisationCreate(
        code="DNAPES",
        name="Direction Nationale de l'Administration Pénitentiaire et de l'Éducation Surveillée",
        kind=OrganisationKind.government,
        country="ML",
    ),
    OrganisationCreate(
        code="UNICRI",
        name="United Nations Interregional Crime and Justice Research Institute",
        kind=OrganisationKind.un_agency,
    ),
    OrganisationCreate(
        code="ICCT",
        name="International Centre for Counter-Terrorism",
        kind=OrganisationKind.international,
        country="NL",
    ),
    OrganisationCreate(
        code="MINUSMA-JCS",
        name="MINUSMA Justice and Corrections Section (mission closed December 2023)",
        kind=OrganisationKind.un_agency,
    ),
    OrganisationCreate(
        code="MERCY-CORPS", name="Mercy Corps", kind=OrganisationKind.ngo, country="US"
    ),
    OrganisationCreate(
        code="THINK-PEACE", name="Think Peace Mali", kind=OrganisationKind.ngo, country="ML"
    ),
    OrganisationCreate(
        code="DEMO-EMBASSY",
        name="Demonstration Embassy (fictional partner)",
        kind=OrganisationKind.embassy,
    ),
    # Runs the demonstration's vocational programmes at MCA-BKO.
    OrganisationCreate(
        code="DEMO-NGO",
        name="Demo Vocational NGO (fictional)",
        kind=OrganisationKind.ngo,
        country="ML",
    ),
]

# MINUSMA closed; its records may still arrive as an import, but it is no active partner.
INACTIVE_ORGANISATIONS = {"MINUSMA-JCS"}


# (username, roles, facility codes, national, organisation): one demo user per role.
DEMO_USERS = [
    ("demo.admin", ["admin"], [], True, "DNAPES"),
    ("demo.registrar", ["registrar"], ["MCA-BKO"], False, "DNAPES"),
    ("demo.registrar.klk", ["registrar"], ["KLK"], False, "DNAPES"),
    ("demo.assessor", ["assessor"], ["MCA-BKO"], False, "DNAPES"),
    ("demo.supervisor", ["supervisor"], ["MCA-BKO"], False, "DNAPES"),
    ("demo.programme", ["programme_officer"], ["MCA-BKO"], False, "DNAPES"),
    ("demo.partner", ["partner"], ["MCA-BKO"], False, "ICCT"),
    ("demo.analyst", ["analyst"], [], True, "DNAPES"),
    ("demo.auditor", ["auditor"], [], True, "DNAPES"),
]
# Partners whose attendance systems sync: an agreement and a client each.
DEMO_PARTNERS = ("ICCT", "UNICRI")
PARTNER_SCOPES = ("attendance:sync", "reference:read", "training:read")


def demo_password(username: str) -> str:
    """Demonstration passwords are predictable on purpose; seeding is refused in production."""
    return f"{username.removeprefix('demo.').replace('.', '-')}-demo-passerelle"


@dataclass
class DemoSummary:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    credentials: list[str] = field(default_factory=list)


async def seed_demo(session: AsyncSession, settings: Settings) -> DemoSummary:
    """Add the demonstration facilities and partners that are missing; safe to run twice."""
    summary = DemoSummary()
    facility_codes = set((await session.exec(select(Facility.code))).all())
    for facility in DEMO_FACILITIES:
        if facility.code in facility_codes:
            summary.existing.append(f"facility {facility.code}")
            continue
        record = Facility(**facility.model_dump(exclude={"id"}))
        session.add(record)
        record_event(session, SYSTEM_ACTOR, "facility.create", "facility", record.id)
        summary.created.append(f"facility {facility.code}")
    organisation_codes = set((await session.exec(select(Organisation.code))).all())
    for organisation in DEMO_ORGANISATIONS:
        if organisation.code in organisation_codes:
            summary.existing.append(f"organisation {organisation.code}")
            continue
        org = Organisation(
            **organisation.model_dump(exclude={"id"}),
            active=organisation.code not in INACTIVE_ORGANISATIONS,
        )
        session.add(org)
        record_event(session, SYSTEM_ACTOR, "organisation.create", "organisation", org.id)
        summary.created.append(f"organisation {organisation.code}")
    await session.commit()
    await _seed_principals(session, settings, summary)
    if await seed_demo_instrument(session):
        summary.created.append("instrument DEMO-SPJ (demonstration, not validated)")
        assessor = (
            await session.exec(select(User).where(User.username == "demo.assessor"))
        ).first()
        if assessor is not None:
            today = utcnow().date()
            session.add(
                Certification(
                    user_id=assessor.id,
                    instrument_code="DEMO-SPJ",
                    issued_on=today,
                    expires_on=today + timedelta(days=730),
                    source="manual",
                )
            )
            record_event(
                session,
                SYSTEM_ACTOR,
                "certification.grant",
                "app_user",
                assessor.id,
                {"instrument_code": "DEMO-SPJ"},
            )
            await session.commit()
    added = await seed_demo_inmates(session)
    if added:
        summary.created.append(f"{added} synthetic inmates")
    # After the organisations, the users and the instrument the sessions refer to.
    sessions = await seed_demo_trainings(session, summary.created)
    if sessions < len(DEMO_TRAININGS):
        summary.existing.append(
            f"{len(DEMO_TRAININGS) - sessions} training sessions of the field report"
        )
    # After the demo NGO and the inmates the programmes and their enrolments refer to.
    programmes = await seed_demo_vocational(session, summary.created)
    if (present := await demo_programmes_present(session) - programmes) > 0:
        summary.existing.append(f"{present} vocational programmes of the demo NGO")
    # After the inmates the visitors and visits refer to, and the demo NGO facilitating.
    records = await seed_demo_visits(session, summary.created)
    if (present := await demo_visits_present(session) - records) > 0:
        summary.existing.append(f"{present} visitors, visits and dialogue sessions of the demo")
    return summary


async def _seed_principals(session: AsyncSession, settings: Settings, summary: DemoSummary) -> None:
    usernames = set((await session.exec(select(User.username))).all())
    for username, roles, facility_codes, national, organisation in DEMO_USERS:
        password = demo_password(username)
        if username in usernames:
            summary.existing.append(f"user {username}")
        else:
            await bootstrap.create_user(
                session,
                settings,
                username=username,
                password=password,
                roles=roles,
                facility_codes=facility_codes,
                organisation_code=organisation,
                display_name=f"Demo {roles[0].replace('_', ' ')} (fictional)",
                all_facilities=national,
            )
            summary.created.append(f"user {username}")
        summary.credentials.append(f"user {username} password {password}")
    for code in DEMO_PARTNERS:
        await _seed_partner(session, settings, summary, code)


async def _seed_partner(
    session: AsyncSession, settings: Settings, summary: DemoSummary, code: str
) -> None:
    """A partner's data-sharing agreement and the client its attendance system signs in with."""
    partner = (await session.exec(select(Organisation).where(Organisation.code == code))).one()
    reference = f"DSA-DEMO-{code}"
    facility_ids = (await session.exec(select(Facility.id).where(Facility.code == "MCA-BKO"))).all()
    if (
        await session.exec(
            select(DataSharingAgreement).where(DataSharingAgreement.organisation_id == partner.id)
        )
    ).first() is not None:
        summary.existing.append(f"agreement {reference}")
    else:
        today = utcnow().date()
        agreement = DataSharingAgreement(
            reference=reference,
            organisation_id=partner.id,
            purpose="Demonstration: staff training attendance (fictional agreement)",
            legal_basis="Demonstration only",
            scopes=list(PARTNER_SCOPES),
            facility_ids=[str(facility_id) for facility_id in facility_ids],
            valid_from=today - timedelta(days=1),
            valid_until=today + timedelta(days=365),
            signatory="Demo signatory",
            status="active",
        )
        session.add(agreement)
        record_event(
            session,
            SYSTEM_ACTOR,
            "data_sharing_agreement.create",
            "data_sharing_agreement",
            agreement.id,
        )
        await session.commit()
        summary.created.append(f"agreement {reference}")
    if (
        await session.exec(select(ApiClient).where(ApiClient.organisation_id == partner.id))
    ).first() is not None:
        summary.existing.append(f"client of {code}")
        return
    client_id, secret = await bootstrap.create_client(
        session,
        settings,
        organisation_code=code,
        scopes=list(PARTNER_SCOPES),
        name=f"{code} demo attendance system",
        kind="partner",
        facility_code=None,
    )
    summary.created.append(f"client {client_id}")
    summary.credentials.append(f"client {client_id} of {code} secret {secret}")
