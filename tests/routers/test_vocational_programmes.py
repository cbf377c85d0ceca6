"""Skills profiles, vocational programmes and the eligibility of inmates for them."""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx

from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_classifications import CLASSIFICATIONS, verified_assessment
from tests.routers.test_custody import INMATES, register

PROGRAMMES = "/api/v1/vocational-programmes"
PROFILE = {
    "prior_trades": ["herding"],
    "skills": ["driving"],
    "literacy": "basic",
    "numeracy": "functional",
    "languages": ["taq"],
    "trades_of_interest": ["mechanics", "carpentry"],
    "assessed_on": "2026-11-20",
}


async def programme_body(identities: Identities, **overrides: Any) -> dict[str, Any]:
    body = {
        "title": "Demo carpentry workshop",
        "trade": "carpentry",
        "provider_organisation_id": str((await identities.organisation("NGO-DEMO")).id),
        "facility_id": str((await identities.facility("MCA-BKO")).id),
        "capacity": 10,
        "start_date": "2027-01-11",
        "end_date": "2027-06-25",
        "sessions_per_week": 3,
        "hours_per_session": 2.5,
        "allowed_security_levels": ["minimum", "medium"],
        "allowed_legal_statuses": ["pre_trial", "convicted"],
        "minimum_literacy": "functional",
    }
    return {**body, **overrides}


async def test_a_skills_profile_is_recorded_then_replaced_with_if_match(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    inmate = await register(anonymous, identities, people["registrar"])
    url = f"{INMATES}/{inmate['id']}/skills-profile"
    officer = people["officer"]
    assert_problem(await anonymous.get(url, headers=officer), 404, "not_found")
    created = await anonymous.put(url, json=PROFILE, headers=officer)
    assert created.status_code == 201, created.text
    assert created.json()["trades_of_interest"] == ["mechanics", "carpentry"]
    assert created.headers["etag"] == '"1"'
    blind = await anonymous.put(url, json={**PROFILE, "literacy": "fluent"}, headers=officer)
    assert_problem(blind, 428, "precondition_required")
    replaced = await anonymous.put(
        url, json={**PROFILE, "literacy": "fluent"}, headers={**officer, "If-Match": '"1"'}
    )
    assert replaced.status_code == 200
    assert (replaced.json()["literacy"], replaced.json()["version"]) == ("fluent", 2)
    read = await anonymous.get(url, headers=officer)
    assert read.json()["literacy"] == "fluent"
    # Staff of another prison do not see it.
    elsewhere = await identities.headers_for("programme_officer", facilities=("KLK",))
    assert_problem(await anonymous.get(url, headers=elsewhere), 404, "not_found")


async def test_a_partner_never_reaches_a_skills_profile(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    inmate = await register(anonymous, identities, people["registrar"])
    url = f"{INMATES}/{inmate['id']}/skills-profile"
    await anonymous.put(url, json=PROFILE, headers=people["officer"])
    scopes = ["vocational:read"]
    await identities.agreement("NGO-DEMO", scopes, ["MCA-BKO"])
    token = await identities.client_token(await identities.client("NGO-DEMO", scopes))
    partner = {"Authorization": f"Bearer {token}"}
    assert_problem(await anonymous.get(url, headers=partner), 404, "not_found")


async def test_programmes_are_offered_in_ones_facilities_and_seen_by_their_provider(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    created = await anonymous.post(
        PROGRAMMES, json=await programme_body(identities), headers=officer
    )
    assert created.status_code == 201, created.text
    programme = created.json()
    assert programme["allowed_security_levels"] == ["minimum", "medium"]
    elsewhere = await anonymous.post(
        PROGRAMMES,
        json=await programme_body(
            identities, facility_id=str((await identities.facility("KLK")).id)
        ),
        headers=officer,
    )
    assert_problem(elsewhere, 422, "validation_failed")
    backwards = await anonymous.post(
        PROGRAMMES, json=await programme_body(identities, end_date="2026-12-01"), headers=officer
    )
    assert_problem(backwards, 422, "validation_failed")
    url = f"{PROGRAMMES}/{programme['id']}"
    changed = await anonymous.patch(
        url, json={"status": "open", "capacity": 12}, headers={**officer, "If-Match": '"1"'}
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["status"], changed.json()["capacity"]) == ("open", 12)
    scopes = ["vocational:read"]
    await identities.agreement("NGO-DEMO", scopes, ["MCA-BKO"])
    token = await identities.client_token(await identities.client("NGO-DEMO", scopes))
    provider = {"Authorization": f"Bearer {token}"}
    assert (await anonymous.get(url, headers=provider)).status_code == 200
    await identities.agreement("NGO-OTHER", scopes, ["MCA-BKO"])
    other_token = await identities.client_token(await identities.client("NGO-OTHER", scopes))
    other = {"Authorization": f"Bearer {other_token}"}
    assert_problem(await anonymous.get(url, headers=other), 404, "not_found")
    assert (await anonymous.get(PROGRAMMES, headers=other)).json()["items"] == []
    refused = await anonymous.post(
        PROGRAMMES, json=await programme_body(identities), headers=provider
    )
    assert_problem(refused, 403, "insufficient_scope")


async def test_eligibility_names_every_rule_the_inmate_fails(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    officer = people["officer"]
    programme = (
        await anonymous.post(PROGRAMMES, json=await programme_body(identities), headers=officer)
    ).json()
    url = f"{PROGRAMMES}/{programme['id']}/eligibility"
    # Unclassified, no skills profile: two rules fail.
    newcomer = await register(anonymous, identities, people["registrar"])
    first = (await anonymous.get(url, params={"inmate_id": newcomer["id"]}, headers=officer)).json()
    assert first["eligible"] is False
    assert [rule["rule"] for rule in first["failed"]] == ["security_level", "literacy"]
    # Classified high after a verified assessment; literate enough.
    inmate, assessment = await verified_assessment(anonymous, identities, people, version_id)
    classified = await anonymous.post(
        CLASSIFICATIONS,
        json={
            "inmate_id": inmate["id"],
            "assessment_id": assessment["id"],
            "effective_date": date.today().isoformat(),
            "security_level": "high",
        },
        headers=people["supervisor"],
    )
    assert classified.status_code == 201, classified.text
    await anonymous.put(
        f"{INMATES}/{inmate['id']}/skills-profile",
        json={**PROFILE, "literacy": "fluent"},
        headers=officer,
    )
    high = (await anonymous.get(url, params={"inmate_id": inmate["id"]}, headers=officer)).json()
    assert [(rule["rule"], rule["message"]) for rule in high["failed"]] == [
        ("security_level", "security level high is not among minimum, medium")
    ]
    # The same inmate is eligible for a programme open to every level.
    open_to_all = (
        await anonymous.post(
            PROGRAMMES,
            json=await programme_body(identities, allowed_security_levels=[], trade="tailoring"),
            headers=officer,
        )
    ).json()
    fine = await anonymous.get(
        f"{PROGRAMMES}/{open_to_all['id']}/eligibility",
        params={"inmate_id": inmate["id"]},
        headers=officer,
    )
    assert (fine.json()["eligible"], fine.json()["failed"]) == (True, [])
