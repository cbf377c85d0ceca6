"""Re-admission as a new custody episode, break-the-glass access, the subject's whole file."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import update
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.base import utcnow
from app.models.emergency import EmergencyAccess
from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_custody import INMATES, day, register


@pytest.fixture
async def registrar(identities: Identities) -> dict[str, str]:
    return await identities.headers_for("registrar", facilities=("MCA-BKO",))


async def test_a_returning_person_gets_a_new_episode_not_a_new_record(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(
        anonymous, identities, registrar, family_name="Retour", given_names="Exemple"
    )
    base = f"{INMATES}/{inmate['id']}"
    facility = await identities.facility("MCA-BKO")
    readmission = {
        "facility_id": str(facility.id),
        "prison_number": "MCA-R-2",
        "admission_date": day(2),
    }
    assert_problem(
        await anonymous.post(f"{base}/episodes", json=readmission, headers=registrar),
        409,
        "in_custody",
    )
    await anonymous.post(
        f"{base}/legal-statuses",
        json={"status": "released", "effective_date": day(20)},
        headers=registrar,
    )
    matches = (
        await anonymous.post(
            f"{INMATES}/match",
            json={"family_name": "retour", "given_names": "exemple", "birth_year": 1990},
            headers=registrar,
        )
    ).json()
    assert [m["inmate"]["id"] for m in matches["matches"]] == [inmate["id"]]
    too_early = {**readmission, "admission_date": day(30)}
    assert_problem(
        await anonymous.post(f"{base}/episodes", json=too_early, headers=registrar),
        422,
        "validation_failed",
    )
    episode = await anonymous.post(f"{base}/episodes", json=readmission, headers=registrar)
    assert episode.status_code == 201, episode.text
    assert episode.json()["number"] == 2
    record = (await anonymous.get(base, headers=registrar)).json()
    assert (record["legal_status"], record["prison_number"]) == ("pre_trial", "MCA-R-2")
    episodes = (await anonymous.get(f"{base}/episodes", headers=registrar)).json()
    assert [(e["number"], e["release_date"]) for e in episodes] == [(1, day(20)), (2, None)]
    intake = (await anonymous.get(f"{base}/intake", headers=registrar)).json()
    assert intake["episode_id"] == episode.json()["id"]
    assert len(intake["missing"]) == 7


async def test_break_the_glass(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    session: AsyncSession,
) -> None:
    inmate = await register(anonymous, identities, registrar)
    base = f"{INMATES}/{inmate['id']}"
    klk = await identities.headers_for("registrar", facilities=("KLK",))
    assert_problem(await anonymous.get(base, headers=klk), 404, "not_found")
    short = await anonymous.post(
        f"{base}/emergency-access", json={"reason": "need it"}, headers=klk
    )
    assert_problem(short, 422, "validation_failed")
    grant = await anonymous.post(
        f"{base}/emergency-access",
        json={"reason": "Court request for the detainee's identity at Koulikoro hearing"},
        headers=klk,
    )
    assert grant.status_code == 201, grant.text
    assert (await anonymous.get(base, headers=klk)).status_code == 200
    assert (await anonymous.get(f"{base}/legal-statuses", headers=klk)).status_code == 200
    # Reading only: writing still belongs to the holding facility.
    write = await anonymous.post(
        f"{base}/placements", json={"unit": "A", "cell": "1", "start_date": day(1)}, headers=klk
    )
    assert_problem(write, 404, "not_found")
    supervisor = await identities.headers_for("supervisor", facilities=("MCA-BKO",))
    reviewed = (await anonymous.get("/api/v1/emergency-access", headers=supervisor)).json()
    assert [row["id"] for row in reviewed["items"]] == [grant.json()["id"]]
    other_supervisor = await identities.headers_for("supervisor", facilities=("KLK",))
    assert (await anonymous.get("/api/v1/emergency-access", headers=other_supervisor)).json()[
        "items"
    ] == []
    auditor = await identities.headers_for("auditor", facilities=(), all_facilities=True)
    assert (
        len((await anonymous.get("/api/v1/emergency-access", headers=auditor)).json()["items"]) == 1
    )
    await session.exec(update(EmergencyAccess).values(expires_at=utcnow() - timedelta(minutes=1)))
    await session.commit()
    assert_problem(await anonymous.get(base, headers=klk), 404, "not_found")


async def test_subject_file_holds_everything(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(
        anonymous,
        identities,
        registrar,
        charges=[{"legal_basis": "Loi n°08-025", "description": "Fictional"}],
    )
    base = f"{INMATES}/{inmate['id']}"
    await anonymous.post(
        f"{base}/placements",
        json={"unit": "A", "cell": "3", "start_date": day(50)},
        headers=registrar,
    )
    await anonymous.put(
        f"{base}/intake/steps/reception_identity",
        json={"completed_at": f"{day(59)}T09:00:00Z"},
        headers=registrar,
    )
    file = await anonymous.get(f"{base}/file", headers=registrar)
    assert file.status_code == 200, file.text
    body = file.json()
    assert body["inmate"]["charges"][0]["legal_basis"] == "Loi n°08-025"
    assert len(body["episodes"]) == 1
    assert [s["status"] for s in body["legal_statuses"]] == ["pre_trial"]
    assert body["placements"][0]["cell"] == "3"
    assert body["intake_steps"][0]["step"] == "reception_identity"
    officer = await identities.headers_for("programme_officer", facilities=("MCA-BKO",))
    assert_problem(await anonymous.get(f"{base}/file", headers=officer), 403, "insufficient_scope")
