"""Assessments: the lifecycle, item validation, second-person verification, the due list."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import httpx
from sqlmodel.ext.asyncio.session import AsyncSession

from app.dates import add_months
from app.models.inmate import Inmate
from app.models.instrument import InstrumentVersion
from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_custody import register

ASSESSMENTS = "/api/v1/assessments"
REQUIRED_ITEMS = [
    "grievance",
    "ideology_identification",
    "us_them_thinking",
    "group_contact",
    "expressed_intent",
    "prior_violence",
    "skills_training",
    "need_belonging",
    "material_motive",
]
PROTECTIVE = ["family_support", "rejects_violence", "vocational_interest"]


def all_ratings() -> dict[str, Any]:
    ratings = {
        code: {"rating": "moderate", "evidence": "Fictional evidence"} for code in REQUIRED_ITEMS
    }
    ratings |= {code: {"rating": "present"} for code in PROTECTIVE}
    return ratings


async def start(
    http: httpx.AsyncClient,
    people: dict[str, dict[str, str]],
    identities: Identities,
    version_id: str,
    **fields: Any,
) -> dict[str, Any]:
    inmate = await register(http, identities, people["registrar"])
    response = await http.post(
        ASSESSMENTS,
        json={
            "inmate_id": inmate["id"],
            "instrument_version_id": version_id,
            "kind": "intake",
            **fields,
        },
        headers=people["assessor"],
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_full_lifecycle(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    draft = await start(
        anonymous,
        people,
        identities,
        version_id,
        ratings={"grievance": {"rating": "high", "evidence": "Says so"}},
    )
    url = f"{ASSESSMENTS}/{draft['id']}"
    assert draft["status"] == "draft"
    beliefs = next(s for s in draft["domain_summaries"] if s["domain"] == "beliefs_attitudes")
    assert beliefs == {"domain": "beliefs_attitudes", "counts": {"high": 1}, "rated": 1, "items": 3}
    incomplete = await anonymous.post(f"{url}/submit", headers=people["assessor"])
    problem = assert_problem(incomplete, 422, "validation_failed")
    missing = {error["field"] for error in problem["errors"]}
    assert "ratings.prior_violence" in missing
    assert "overall_judgement" in missing
    assert "ratings.family_support" in missing  # protective items are required too
    saved = await anonymous.patch(
        url,
        json={
            "ratings": all_ratings(),
            "overall_judgement": "high",
            "rationale": "Professional judgement, not a sum.",
            "interventions": [{"code": "vocational_training", "note": "Tailoring"}],
        },
        headers={**people["assessor"], "If-Match": '"1"'},
    )
    assert saved.status_code == 200, saved.text
    submitted = await anonymous.post(f"{url}/submit", headers=people["assessor"])
    assert submitted.json()["status"] == "submitted"
    self_check = await anonymous.post(f"{url}/verify", headers=people["assessor"])
    assert_problem(self_check, 403, "insufficient_scope")
    returned = await anonymous.post(
        f"{url}/return", json={"comments": "Add evidence"}, headers=people["supervisor"]
    )
    assert returned.json()["status"] == "returned"
    resubmitted = await anonymous.post(f"{url}/submit", headers=people["assessor"])
    assert resubmitted.json()["status"] == "submitted"
    verified = await anonymous.post(f"{url}/verify", headers=people["supervisor"])
    assert verified.status_code == 200, verified.text
    body = verified.json()
    assert body["status"] == "verified"
    assert body["next_review_date"] == add_months(date.today(), 3).isoformat()
    frozen = await anonymous.patch(
        url,
        json={"rationale": "changed"},
        headers={**people["assessor"], "If-Match": f'"{body["version"]}"'},
    )
    assert_problem(frozen, 409, "assessment_state")


async def test_self_verification_is_refused(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    version_id: str,
    people: dict[str, dict[str, str]],
) -> None:
    both = await identities.headers_for(
        "assessor", "supervisor", facilities=("MCA-BKO",), certified_for="DEMO-SPJ"
    )
    inmate = await register(anonymous, identities, people["registrar"])
    created = await anonymous.post(
        ASSESSMENTS,
        json={
            "inmate_id": inmate["id"],
            "instrument_version_id": version_id,
            "kind": "ad_hoc",
            "ratings": all_ratings(),
            "overall_judgement": "low",
            "rationale": "Fine",
        },
        headers=both,
    )
    url = f"{ASSESSMENTS}/{created.json()['id']}"
    await anonymous.post(f"{url}/submit", headers=both)
    assert_problem(await anonymous.post(f"{url}/verify", headers=both), 403, "self_verification")


async def test_bad_items_are_named(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
    session: AsyncSession,
) -> None:
    inmate = await register(anonymous, identities, people["registrar"])
    base = {"inmate_id": inmate["id"], "instrument_version_id": version_id, "kind": "intake"}
    unknown = await anonymous.post(
        ASSESSMENTS,
        json={**base, "ratings": {"astrology": {"rating": "high"}}},
        headers=people["assessor"],
    )
    assert (
        assert_problem(unknown, 422, "validation_failed")["errors"][0]["field"]
        == "body.ratings.astrology"
    )
    off_scale = await anonymous.post(
        ASSESSMENTS,
        json={**base, "ratings": {"family_support": {"rating": "high"}}},
        headers=people["assessor"],
    )
    assert (
        "family_support"
        in assert_problem(off_scale, 422, "validation_failed")["errors"][0]["field"]
    )
    draft_version = InstrumentVersion(
        instrument_id=(await session.get(InstrumentVersion, uuid.UUID(version_id))).instrument_id,
        number=9,
        status="draft",  # type: ignore[union-attr]
        domains=[],
        items=[],
    )
    session.add(draft_version)
    await session.commit()
    unpublished = await anonymous.post(
        ASSESSMENTS,
        json={**base, "instrument_version_id": str(draft_version.id)},
        headers=people["assessor"],
    )
    assert_problem(unpublished, 422, "validation_failed")


async def test_visibility(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    draft = await start(anonymous, people, identities, version_id)
    url = f"{ASSESSMENTS}/{draft['id']}"
    assert_problem(await anonymous.get(url, headers=people["officer"]), 403, "insufficient_scope")
    klk = await identities.headers_for("assessor", facilities=("KLK",))
    assert_problem(await anonymous.get(url, headers=klk), 404, "not_found")
    assert (await anonymous.get(url, headers=people["supervisor"])).status_code == 200


async def test_due_list_around_the_review_date(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
    session: AsyncSession,
) -> None:
    draft = await start(
        anonymous,
        people,
        identities,
        version_id,
        ratings=all_ratings(),
        overall_judgement="moderate",
        rationale="Judgement",
    )
    never = await register(anonymous, identities, people["registrar"])
    url = f"{ASSESSMENTS}/{draft['id']}"
    await anonymous.post(f"{url}/submit", headers=people["assessor"])
    await anonymous.post(f"{url}/verify", headers=people["supervisor"])
    review = date.today() + timedelta(days=10)
    # Through the ORM, as every write of an inmate (the change log notes it there).
    inmate = await session.get(Inmate, uuid.UUID(draft["inmate_id"]))
    assert inmate is not None
    await session.refresh(inmate)
    inmate.next_review_date = inmate.review_due_on = review
    await session.commit()

    async def due(before: date) -> dict[str, Any]:
        rows = (
            await anonymous.get(
                f"{ASSESSMENTS}/due",
                params={"before": before.isoformat()},
                headers=people["supervisor"],
            )
        ).json()
        return {row["inmate_id"]: row for row in rows}

    day_before = await due(review - timedelta(days=1))
    assert draft["inmate_id"] not in day_before
    assert day_before[never["id"]]["reason"] == "no verified assessment"
    on_the_day = await due(review)
    assert on_the_day[draft["inmate_id"]]["next_review_date"] == review.isoformat()


async def test_assessors_need_a_valid_certification(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    client: httpx.AsyncClient,
    people: dict[str, dict[str, str]],
    version_id: str,
    session: AsyncSession,
) -> None:
    uncertified = await identities.user(("assessor",), ("MCA-BKO",))
    headers = {"Authorization": f"Bearer {(await identities.login(uncertified))['access_token']}"}
    inmate = await register(anonymous, identities, people["registrar"])
    body = {"inmate_id": inmate["id"], "instrument_version_id": version_id, "kind": "intake"}
    assert_problem(
        await anonymous.post(ASSESSMENTS, json=body, headers=headers), 403, "not_certified"
    )
    expired = await client.post(
        f"/api/v1/users/{uncertified.id}/certifications",
        json={"instrument_code": "DEMO-SPJ", "issued_on": "2024-01-01", "expires_on": "2025-01-01"},
    )
    assert expired.status_code == 201, expired.text
    assert_problem(
        await anonymous.post(ASSESSMENTS, json=body, headers=headers), 403, "certification_expired"
    )
    today = date.today()
    await client.post(
        f"/api/v1/users/{uncertified.id}/certifications",
        json={
            "instrument_code": "DEMO-SPJ",
            "issued_on": today.isoformat(),
            "expires_on": (today + timedelta(days=365)).isoformat(),
        },
    )
    assert (await anonymous.post(ASSESSMENTS, json=body, headers=headers)).status_code == 201
    listed = (await client.get(f"/api/v1/users/{uncertified.id}/certifications")).json()
    assert len(listed) == 2
