"""About 120 synthetic inmates for the demonstration: obviously fictional names, plausible
shapes (regions of origin, languages, statuses, placements, unfinished intakes)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.facility import Facility
from app.models.inmate import Inmate
from app.principal import SYSTEM_ACTOR
from app.schemas.custody import INTAKE_ORDER, IntakeStepWrite, LegalStatusCreate, PlacementCreate
from app.schemas.inmate import InmateCreate, LegalStatus
from app.services import custody, inmates

DEMO_INMATE_COUNT = 120
# Family names that announce themselves as fictional, in French.
FAMILY_NAMES = [
    "Fictif",
    "Exemple",
    "Essai",
    "Modèle",
    "Témoin",
    "Spécimen",
    "Démo",
    "Imaginaire",
    "Factice",
    "Prototype",
]
GIVEN_NAMES = [
    "Alpha",
    "Bravo",
    "Charlie",
    "Delta",
    "Écho",
    "Fox",
    "Golf",
    "Hôtel",
    "India",
    "Juliette",
    "Kilo",
    "Lima",
    "Mike",
    "Novembre",
    "Oscar",
    "Papa",
    "Roméo",
    "Sierra",
]
# Region of origin and the languages most likely spoken there.
REGIONS = {
    "Tombouctou": ["taq", "khq", "ara"],
    "Gao": ["ses", "taq", "fra"],
    "Kidal": ["taq", "ara"],
    "Ménaka": ["taq", "ses"],
    "Mopti": ["ffm", "bam", "dts"],
    "Ségou": ["bam", "ffm", "bze"],
    "Bamako": ["bam", "fra"],
    "Koulikoro": ["bam", "fra"],
}
SPLIT = {"MCA-BKO": 0.75, "KLK": 0.25}


async def seed_demo_inmates(session: AsyncSession) -> int:
    """Add the demonstration inmates unless some exist already; answers how many were added."""
    if (await session.exec(select(func.count()).select_from(Inmate))).one():
        return 0
    facilities = {
        facility.code: facility
        for facility in (await session.exec(select(Facility))).all()
        if facility.code in SPLIT
    }
    pick = random.Random(2026)  # noqa: S311 (synthetic data, not security)
    today = date.today()
    for n in range(DEMO_INMATE_COUNT):
        code = "MCA-BKO" if pick.random() < SPLIT["MCA-BKO"] else "KLK"
        facility = facilities[code]
        region = pick.choice(list(REGIONS))
        admitted = today - timedelta(days=pick.randint(3, 900))
        inmate, _ = await inmates.create_inmate(
            session,
            SYSTEM_ACTOR,
            InmateCreate(
                facility_id=facility.id,
                prison_number=f"{code}-DEMO-{n + 1:04d}",
                family_name=pick.choice(FAMILY_NAMES),
                given_names=pick.choice(GIVEN_NAMES),
                aliases=[f"Abou {pick.choice(GIVEN_NAMES)}"] if pick.random() < 0.3 else [],
                sex="female" if pick.random() < 0.06 else "male",
                birth_year=today.year - pick.randint(16, 58),
                nationality="ML" if pick.random() < 0.9 else pick.choice(["NE", "BF", "MR"]),
                region_of_origin=region,
                languages=pick.sample(REGIONS[region], k=min(2, len(REGIONS[region]))),
                education_level=pick.choice(["none", "koranic", "primary", "secondary"]),
                charges=[
                    {
                        "legal_basis": "Loi n°08-025 (demonstration)",
                        "description": "Fictional charge for the demonstration",
                    }
                ],
                case_reference=f"PJS-DEMO-{n + 1:04d}",
                admission_date=admitted,
            ),
        )
        await _demo_history(session, pick, inmate, admitted)
    return DEMO_INMATE_COUNT


async def _demo_history(
    session: AsyncSession, pick: random.Random, inmate: Inmate, admitted: date
) -> None:
    days_in = (date.today() - admitted).days
    for step in INTAKE_ORDER[: pick.randint(2, len(INTAKE_ORDER))]:
        moment = datetime.combine(admitted, time(9), tzinfo=UTC) + timedelta(
            hours=INTAKE_ORDER.index(step)
        )
        await custody.record_intake_step(
            session,
            SYSTEM_ACTOR,
            inmate.id,
            step,
            IntakeStepWrite(
                completed_at=moment, answers={"interpreter_required": pick.random() < 0.5}
            ),
            None,
        )
    if pick.random() < 0.85:
        await custody.place_inmate(
            session,
            SYSTEM_ACTOR,
            inmate.id,
            PlacementCreate(
                unit=pick.choice("ABCD"),
                cell=str(pick.randint(1, 30)),
                start_date=admitted + timedelta(days=min(2, days_in)),
            ),
        )
    roll = pick.random()
    if roll < 0.15 and days_in > 60:
        await custody.add_legal_status(
            session,
            SYSTEM_ACTOR,
            inmate.id,
            LegalStatusCreate(
                status=LegalStatus.convicted,
                effective_date=admitted + timedelta(days=days_in // 2),
                decision_reference="DEMO/JUGEMENT",
            ),
        )
    elif roll < 0.22 and days_in > 30:
        await custody.add_legal_status(
            session,
            SYSTEM_ACTOR,
            inmate.id,
            LegalStatusCreate(
                status=LegalStatus.released,
                effective_date=date.today() - timedelta(days=pick.randint(1, 20)),
            ),
        )
