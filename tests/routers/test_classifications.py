"""Classifications: from a verified assessment, overrides justified, keep-apart enforced."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_assessments import ASSESSMENTS, all_ratings
from tests.routers.test_custody import INMATES, day, register

CLASSIFICATIONS = "/api/v1/classifications"


async def verified_assessment(
    http: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
    judgement: str = "high",
) -> tuple[dict[str, Any], dict[str, Any]]:
    inmate = await register(http, identities, people["registrar"])
    created = await http.post(
        ASSESSMENTS,
        json={
            "inmate_id": inmate["id"],
            "instrument_version_id": version_id,
            "kind": "intake",
            "ratings": all_ratings(),
            "overall_judgement": judgement,
            "rationale": "Judgement",
        },
        headers=people["assessor"],
    )
    url = f"{ASSESSMENTS}/{created.json()['id']}"
    await http.post(f"{url}/submit", headers=people["assessor"])
    verified = await http.post(f"{url}/verify", headers=people["supervisor"])
    assert verified.status_code == 200, verified.text
    return inmate, verified.json()


async def test_decision_follows_the_suggestion_or_is_a_justified_override(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    inmate, assessment = await verified_assessment(anonymous, identities, people, version_id)
    base = {
        "inmate_id": inmate["id"],
        "assessment_id": assessment["id"],
        "effective_date": date.today().isoformat(),
    }
    plain = await anonymous.post(
        CLASSIFICATIONS, json={**base, "security_level": "high"}, headers=people["supervisor"]
    )
    assert plain.status_code == 201, plain.text
    assert (plain.json()["suggested_level"], plain.json()["override"]) == ("high", False)
    unjustified = await anonymous.post(
        CLASSIFICATIONS, json={**base, "security_level": "medium"}, headers=people["supervisor"]
    )
    problem = assert_problem(unjustified, 422, "validation_failed")
    assert problem["errors"][0]["field"] == "body.justification"
    too_late = (date.today() + timedelta(days=250)).isoformat()
    far = await anonymous.post(
        CLASSIFICATIONS,
        json={
            **base,
            "security_level": "medium",
            "justification": "Good conduct",
            "review_by": too_late,
        },
        headers=people["supervisor"],
    )
    assert_problem(far, 422, "validation_failed")
    override = await anonymous.post(
        CLASSIFICATIONS,
        json={
            **base,
            "security_level": "medium",
            "justification": "Good conduct since admission",
            "review_by": (date.today() + timedelta(days=90)).isoformat(),
        },
        headers=people["supervisor"],
    )
    assert override.status_code == 201, override.text
    assert override.json()["override"] is True
    officer = people["officer"]
    record = (await anonymous.get(f"{INMATES}/{inmate['id']}", headers=officer)).json()
    assert record["security_level"] == "medium"
    history = (
        await anonymous.get(f"{INMATES}/{inmate['id']}/classifications", headers=people["assessor"])
    ).json()
    assert [row["security_level"] for row in history] == ["high", "medium"]


async def test_unverified_assessment_is_refused(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    inmate = await register(anonymous, identities, people["registrar"])
    draft = await anonymous.post(
        ASSESSMENTS,
        json={"inmate_id": inmate["id"], "instrument_version_id": version_id, "kind": "intake"},
        headers=people["assessor"],
    )
    refused = await anonymous.post(
        CLASSIFICATIONS,
        json={
            "inmate_id": inmate["id"],
            "assessment_id": draft.json()["id"],
            "security_level": "high",
            "effective_date": date.today().isoformat(),
        },
        headers=people["supervisor"],
    )
    assert (
        assert_problem(refused, 422, "validation_failed")["errors"][0]["field"]
        == "body.assessment_id"
    )
    assessor_try = await anonymous.post(CLASSIFICATIONS, json={}, headers=people["assessor"])
    assert_problem(assessor_try, 403, "insufficient_scope")


async def test_keep_apart_from_a_classification_is_enforced_at_placement(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    recruiter, assessment = await verified_assessment(anonymous, identities, people, version_id)
    young = await register(anonymous, identities, people["registrar"])
    decided = await anonymous.post(
        CLASSIFICATIONS,
        json={
            "inmate_id": recruiter["id"],
            "assessment_id": assessment["id"],
            "security_level": "high",
            "effective_date": date.today().isoformat(),
            "keep_apart": [{"inmate_id": young["id"], "reason": "ideological_influence"}],
        },
        headers=people["supervisor"],
    )
    assert decided.status_code == 201, decided.text
    assert decided.json()["keep_apart"][0]["reason"] == "ideological_influence"
    cell = {"unit": "D", "cell": "4", "start_date": day(1)}
    await anonymous.post(
        f"{INMATES}/{young['id']}/placements", json=cell, headers=people["registrar"]
    )
    refused = await anonymous.post(
        f"{INMATES}/{recruiter['id']}/placements", json=cell, headers=people["registrar"]
    )
    assert assert_problem(refused, 409, "keep_apart")["reason"] == "ideological_influence"


async def _due(http: httpx.AsyncClient, headers: dict[str, str], before: date) -> dict[str, Any]:
    rows = (
        await http.get(f"{ASSESSMENTS}/due", params={"before": before.isoformat()}, headers=headers)
    ).json()
    return {row["inmate_id"]: row for row in rows}


async def test_events_call_for_a_review_now(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    inmate, _ = await verified_assessment(anonymous, identities, people, version_id, "low")
    today = date.today()
    assert inmate["id"] not in await _due(anonymous, people["supervisor"], today)
    incident = await anonymous.post(
        f"{INMATES}/{inmate['id']}/incidents",
        json={
            "occurred_on": today.isoformat(),
            "kind": "recruitment",
            "description": "Fictional: preaching violence in the yard",
        },
        headers=people["supervisor"],
    )
    assert incident.status_code == 201, incident.text
    due = await _due(anonymous, people["supervisor"], today)
    assert due[inmate["id"]]["reason"].startswith("incident: recruitment")
    listed = (
        await anonymous.get(f"{INMATES}/{inmate['id']}/incidents", headers=people["assessor"])
    ).json()
    assert [row["kind"] for row in listed] == ["recruitment"]


async def test_status_change_and_high_judgement_call_for_review(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    high, _ = await verified_assessment(anonymous, identities, people, version_id, "high")
    low, _ = await verified_assessment(anonymous, identities, people, version_id, "low")
    await anonymous.post(
        f"{INMATES}/{low['id']}/legal-statuses",
        json={"status": "convicted", "effective_date": day(1)},
        headers=people["registrar"],
    )
    due = await _due(anonymous, people["supervisor"], date.today())
    assert "high risk" in due[high["id"]]["reason"]
    assert due[low["id"]]["reason"] == "legal status changed to convicted"


async def test_override_past_its_review_date_is_due(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    inmate, assessment = await verified_assessment(anonymous, identities, people, version_id, "low")
    review_by = date.today() + timedelta(days=30)
    decided = await anonymous.post(
        CLASSIFICATIONS,
        json={
            "inmate_id": inmate["id"],
            "assessment_id": assessment["id"],
            "security_level": "high",
            "effective_date": date.today().isoformat(),
            "justification": "Intelligence report",
            "review_by": review_by.isoformat(),
        },
        headers=people["supervisor"],
    )
    assert decided.status_code == 201, decided.text
    assert inmate["id"] not in await _due(
        anonymous, people["supervisor"], review_by - timedelta(days=1)
    )
    due = await _due(anonymous, people["supervisor"], review_by)
    assert due[inmate["id"]]["reason"] == "classification override past its review date"


async def test_a_classification_answers_the_high_risk_call_and_registrars_read_it(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    inmate, assessment = await verified_assessment(anonymous, identities, people, version_id)
    assert inmate["id"] in await _due(anonymous, people["supervisor"], date.today())
    await anonymous.post(
        CLASSIFICATIONS,
        json={
            "inmate_id": inmate["id"],
            "assessment_id": assessment["id"],
            "security_level": "high",
            "effective_date": date.today().isoformat(),
        },
        headers=people["supervisor"],
    )
    assert inmate["id"] not in await _due(anonymous, people["supervisor"], date.today())
    history = await anonymous.get(
        f"{INMATES}/{inmate['id']}/classifications", headers=people["registrar"]
    )
    assert history.status_code == 200
