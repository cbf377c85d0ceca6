"""Fixtures shared by the router tests of assessments and classifications."""

from __future__ import annotations

import pytest
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.instrument import Instrument, InstrumentVersion
from app.services.demo_instrument import seed_demo_instrument
from tests.factories import Identities


@pytest.fixture
async def version_id(session: AsyncSession) -> str:
    await seed_demo_instrument(session)
    instrument = (await session.exec(select(Instrument).where(Instrument.code == "DEMO-SPJ"))).one()
    version = (
        await session.exec(
            select(InstrumentVersion).where(InstrumentVersion.instrument_id == instrument.id)
        )
    ).one()
    return str(version.id)


@pytest.fixture
async def people(identities: Identities) -> dict[str, dict[str, str]]:
    return {
        "registrar": await identities.headers_for("registrar", facilities=("MCA-BKO",)),
        "assessor": await identities.headers_for(
            "assessor", facilities=("MCA-BKO",), certified_for="DEMO-SPJ"
        ),
        "supervisor": await identities.headers_for("supervisor", facilities=("MCA-BKO",)),
        "officer": await identities.headers_for("programme_officer", facilities=("MCA-BKO",)),
    }
