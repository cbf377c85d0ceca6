"""Synthetic demonstration data: obviously fictional, never real people's records."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.facility import Facility
from app.models.organisation import Organisation
from app.principal import SYSTEM_ACTOR
from app.schemas.facility import FacilityCreate
from app.schemas.organisation import OrganisationCreate, OrganisationKind
from app.services.audit import record_event

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
]

# MINUSMA closed; its records may still arrive as an import, but it is no active partner.
INACTIVE_ORGANISATIONS = {"MINUSMA-JCS"}


@dataclass
class DemoSummary:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)


async def seed_demo(session: AsyncSession) -> DemoSummary:
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
    return summary
