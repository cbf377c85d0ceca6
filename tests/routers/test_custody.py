"""Legal status history, transfers, placements with keep-apart, and the intake checklist."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.custody import KeepApart
from tests.factories import Identities
from tests.resources import assert_problem

INMATES = "/api/v1/inmates"
TODAY = date.today()


def day(offset: int) -> str:
    return (TODAY - timedelta(days=offset)).isoformat()


@pytest.fixture
async def registrar(identities: Identities) -> dict[str, str]:
    return await identities.headers_for("registrar", facilities=("MCA-BKO",))


async def register(
    http: httpx.AsyncClient, identities: Identities, headers: dict[str, str], **fields: Any
) -> dict[str, Any]:
    facility = await identities.facility("MCA-BKO")
    payload = {
        "facility_id": str(facility.id),
        "prison_number": f"C-{uuid.uuid4().hex[:8]}",
        "family_name": "Exemple",
        "given_names": "Fictif",
        "sex": "male",
        "birth_year": 1990,
        "admission_date": day(60),
        **fields,
    }
    response = await http.post(INMATES, json=payload, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_legal_status_history_and_current_status(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(anonymous, identities, registrar)
    url = f"{INMATES}/{inmate['id']}/legal-statuses"
    convicted = await anonymous.post(
        url,
        json={"status": "convicted", "effective_date": day(10), "decision_reference": "PJS/1"},
        headers=registrar,
    )
    assert convicted.status_code == 201, convicted.text
    history = (await anonymous.get(url, headers=registrar)).json()
    assert [entry["status"] for entry in history] == ["pre_trial", "convicted"]
    record = (await anonymous.get(f"{INMATES}/{inmate['id']}", headers=registrar)).json()
    assert record["legal_status"] == "convicted"
    assert record["version"] == 2
    backwards = await anonymous.post(
        url, json={"status": "acquitted", "effective_date": day(20)}, headers=registrar
    )
    problem = assert_problem(backwards, 422, "validation_failed")
    assert problem["errors"][0]["field"] == "body.effective_date"
    before_admission = await anonymous.post(
        url, json={"status": "convicted", "effective_date": day(90)}, headers=registrar
    )
    assert_problem(before_admission, 422, "validation_failed")
    assert len((await anonymous.get(url, headers=registrar)).json()) == 2


async def test_release_closes_placement_and_episode(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(anonymous, identities, registrar)
    base = f"{INMATES}/{inmate['id']}"
    placed = await anonymous.post(
        f"{base}/placements",
        json={"unit": "A", "cell": "12", "start_date": day(50)},
        headers=registrar,
    )
    assert placed.status_code == 201, placed.text
    released = await anonymous.post(
        f"{base}/legal-statuses",
        json={"status": "released", "effective_date": day(5)},
        headers=registrar,
    )
    assert released.status_code == 201
    history = (await anonymous.get(f"{base}/placements", headers=registrar)).json()
    assert history[-1]["end_date"] == day(5)
    record = (await anonymous.get(base, headers=registrar)).json()
    assert (record["housing_unit"], record["housing_cell"]) == (None, None)
    after = await anonymous.post(
        f"{base}/placements",
        json={"unit": "B", "cell": "1", "start_date": day(1)},
        headers=registrar,
    )
    assert_problem(after, 409, "custody_ended")


async def test_transfer_moves_who_may_see_the_record(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(anonymous, identities, registrar)
    klk_facility = await identities.facility("KLK")
    klk = await identities.headers_for("registrar", facilities=("KLK",))
    base = f"{INMATES}/{inmate['id']}"
    assert_problem(await anonymous.get(base, headers=klk), 404, "not_found")
    moved = await anonymous.post(
        f"{base}/transfers",
        json={
            "to_facility_id": str(klk_facility.id),
            "effective_date": day(3),
            "reason": "Court order",
        },
        headers=registrar,
    )
    assert moved.status_code == 201, moved.text
    assert (await anonymous.get(base, headers=klk)).json()["facility_id"] == str(klk_facility.id)
    assert_problem(await anonymous.get(base, headers=registrar), 404, "not_found")
    history = (await anonymous.get(f"{base}/transfers", headers=klk)).json()
    assert history[0]["from_facility_id"] == inmate["facility_id"]
    again = await anonymous.post(
        f"{base}/transfers",
        json={"to_facility_id": str(klk_facility.id), "effective_date": day(1), "reason": "again"},
        headers=klk,
    )
    assert_problem(again, 409, "conflict")
    released = await anonymous.post(
        f"{base}/legal-statuses",
        json={"status": "released", "effective_date": day(0)},
        headers=klk,
    )
    assert released.status_code == 201, released.text
    episodes = (await anonymous.get(f"{base}/episodes", headers=klk)).json()
    assert [(e["facility_id"], e["release_facility_id"]) for e in episodes] == [
        (inmate["facility_id"], str(klk_facility.id))
    ]


async def test_placement_respects_keep_apart(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    session: AsyncSession,
) -> None:
    recruiter = await register(anonymous, identities, registrar)
    young = await register(anonymous, identities, registrar)
    other = await register(anonymous, identities, registrar)
    session.add(
        KeepApart(
            inmate_id=uuid.UUID(recruiter["id"]),
            other_inmate_id=uuid.UUID(young["id"]),
            reason="ideological_influence",
        )
    )
    await session.commit()
    cell = {"unit": "B", "cell": "7", "start_date": day(30)}
    assert (
        await anonymous.post(
            f"{INMATES}/{recruiter['id']}/placements", json=cell, headers=registrar
        )
    ).status_code == 201
    refused = await anonymous.post(
        f"{INMATES}/{young['id']}/placements", json=cell, headers=registrar
    )
    problem = assert_problem(refused, 409, "keep_apart")
    assert "ideological_influence" in problem["detail"]
    assert (
        await anonymous.get(f"{INMATES}/{young['id']}/placements", headers=registrar)
    ).json() == []
    assert (
        await anonymous.post(f"{INMATES}/{other['id']}/placements", json=cell, headers=registrar)
    ).status_code == 201
    facility = await identities.facility("MCA-BKO")
    now = (
        await anonymous.get(
            "/api/v1/placements",
            params={"facility_id": str(facility.id), "unit": "B", "cell": "7"},
            headers=registrar,
        )
    ).json()
    assert {row["inmate_id"] for row in now} == {recruiter["id"], other["id"]}


async def test_moving_cell_closes_the_previous_placement(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(anonymous, identities, registrar)
    url = f"{INMATES}/{inmate['id']}/placements"
    await anonymous.post(
        url, json={"unit": "A", "cell": "1", "start_date": day(40)}, headers=registrar
    )
    await anonymous.post(
        url, json={"unit": "A", "cell": "2", "start_date": day(20)}, headers=registrar
    )
    history = (await anonymous.get(url, headers=registrar)).json()
    assert [(p["cell"], p["end_date"]) for p in history] == [("1", day(20)), ("2", None)]
    earlier = await anonymous.post(
        url, json={"unit": "A", "cell": "3", "start_date": day(30)}, headers=registrar
    )
    assert_problem(earlier, 422, "validation_failed")


async def test_intake_checklist(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(anonymous, identities, registrar)
    base = f"{INMATES}/{inmate['id']}/intake"
    state = (await anonymous.get(base, headers=registrar)).json()
    assert state["complete"] is False
    assert len(state["missing"]) == 7
    step = {
        "completed_at": f"{day(59)}T09:00:00Z",
        "notes": "Interpreter needed",
        "answers": {"interpreter_required": True, "languages_needed": ["taq"]},
    }
    first = await anonymous.put(f"{base}/steps/reception_identity", json=step, headers=registrar)
    assert first.status_code == 201, first.text
    assert first.json()["completed_by"].startswith("user:")
    replay = await anonymous.put(f"{base}/steps/reception_identity", json=step, headers=registrar)
    assert replay.status_code == 200
    assert replay.json()["version"] == 1
    change = {**step, "notes": "Interpreter found"}
    assert_problem(
        await anonymous.put(f"{base}/steps/reception_identity", json=change, headers=registrar),
        428,
        "precondition_required",
    )
    stale = await anonymous.put(
        f"{base}/steps/reception_identity", json=change, headers={**registrar, "If-Match": '"9"'}
    )
    assert_problem(stale, 412, "precondition_failed")
    changed = await anonymous.put(
        f"{base}/steps/reception_identity", json=change, headers={**registrar, "If-Match": '"1"'}
    )
    assert changed.json()["version"] == 2
    assert_problem(
        await anonymous.put(f"{base}/steps/tea_break", json=step, headers=registrar),
        422,
        "validation_failed",
    )
    state = (await anonymous.get(base, headers=registrar)).json()
    assert state["missing"][0] == "property_search"
    for code in state["missing"]:
        await anonymous.put(f"{base}/steps/{code}", json=step, headers=registrar)
    assert (await anonymous.get(base, headers=registrar)).json()["complete"] is True


async def test_unfinished_intakes_are_listed_oldest_first(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    first = await register(anonymous, identities, registrar)
    second = await register(anonymous, identities, registrar)
    facility = await identities.facility("MCA-BKO")
    step = {"completed_at": f"{day(1)}T08:00:00Z"}
    for code in (
        "reception_identity",
        "property_search",
        "medical_screening",
        "social_interview",
        "security_interview",
        "risk_screening",
        "placement_decision",
    ):
        await anonymous.put(
            f"{INMATES}/{second['id']}/intake/steps/{code}", json=step, headers=registrar
        )
    listed = (
        await anonymous.get(
            "/api/v1/intakes",
            params={"facility_id": str(facility.id), "incomplete": "true"},
            headers=registrar,
        )
    ).json()
    assert [row["inmate_id"] for row in listed["items"]] == [first["id"]]
    everything = (await anonymous.get("/api/v1/intakes", headers=registrar)).json()["items"]
    assert [row["inmate_id"] for row in everything] == [first["id"], second["id"]]


async def test_intake_needs_its_scope(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(anonymous, identities, registrar)
    assessor = await identities.headers_for("assessor", facilities=("MCA-BKO",))
    response = await anonymous.put(
        f"{INMATES}/{inmate['id']}/intake/steps/risk_screening",
        json={"completed_at": f"{day(1)}T08:00:00Z"},
        headers=assessor,
    )
    assert_problem(response, 403, "insufficient_scope")


async def test_dates_never_go_backwards_across_moves(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    inmate = await register(anonymous, identities, registrar)
    base = f"{INMATES}/{inmate['id']}"
    await anonymous.post(
        f"{base}/placements",
        json={"unit": "A", "cell": "1", "start_date": day(20)},
        headers=registrar,
    )
    early_release = await anonymous.post(
        f"{base}/legal-statuses",
        json={"status": "released", "effective_date": day(30)},
        headers=registrar,
    )
    assert_problem(early_release, 422, "validation_failed")
    klk = await identities.facility("KLK")
    early_transfer = await anonymous.post(
        f"{base}/transfers",
        json={"to_facility_id": str(klk.id), "effective_date": day(25), "reason": "Order"},
        headers=registrar,
    )
    assert_problem(early_transfer, 422, "validation_failed")
    early_step = await anonymous.put(
        f"{base}/intake/steps/reception_identity",
        json={"completed_at": "2001-01-01T00:00:00Z"},
        headers=registrar,
    )
    assert_problem(early_step, 422, "validation_failed")


async def test_refusals_carry_their_rule_and_a_title(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    session: AsyncSession,
) -> None:
    first = await register(anonymous, identities, registrar)
    second = await register(anonymous, identities, registrar)
    session.add(
        KeepApart(
            inmate_id=uuid.UUID(first["id"]),
            other_inmate_id=uuid.UUID(second["id"]),
            reason="ideological_influence",
        )
    )
    await session.commit()
    cell = {"unit": "C", "cell": "2", "start_date": day(10)}
    await anonymous.post(f"{INMATES}/{first['id']}/placements", json=cell, headers=registrar)
    refused = await anonymous.post(
        f"{INMATES}/{second['id']}/placements",
        json=cell,
        headers={**registrar, "Accept-Language": "fr"},
    )
    problem = assert_problem(refused, 409, "keep_apart")
    assert problem["title"] == "Contrainte de séparation"
    assert problem["reason"] == "ideological_influence"
    assert problem["other_inmate_id"] == first["id"]
