"""Enrolments in vocational programmes: eligibility, waiting list, promotion, suspension."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_assessments import ASSESSMENTS, all_ratings
from tests.routers.test_classifications import CLASSIFICATIONS
from tests.routers.test_custody import INMATES, register
from tests.routers.test_vocational_programmes import PROFILE, PROGRAMMES, programme_body

ENROLMENTS = "/api/v1/vocational-enrolments"


async def offer(
    http: httpx.AsyncClient, identities: Identities, officer: dict[str, str], **rules: Any
) -> dict[str, Any]:
    open_to_all = {
        "allowed_security_levels": [],
        "allowed_legal_statuses": [],
        "minimum_literacy": None,
    }
    body = await programme_body(identities, **(open_to_all | rules))
    response = await http.post(PROGRAMMES, json=body, headers=officer)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def ask(
    http: httpx.AsyncClient,
    officer: dict[str, str],
    programme: dict[str, Any],
    inmate: dict[str, Any],
) -> httpx.Response:
    return await http.post(
        ENROLMENTS,
        json={"programme_id": programme["id"], "inmate_id": inmate["id"], "status": "enrolled"},
        headers=officer,
    )


async def classify(
    http: httpx.AsyncClient,
    people: dict[str, dict[str, str]],
    version_id: str,
    inmate: dict[str, Any],
    level: str,
    **extra: Any,
) -> None:
    """A verified assessment of the inmate (judgement high), then a decision at ``level``
    (an override, justified, when it is not high)."""
    created = await http.post(
        ASSESSMENTS,
        json={
            "inmate_id": inmate["id"],
            "instrument_version_id": version_id,
            "kind": "periodic_review",
            "ratings": all_ratings(),
            "overall_judgement": "high",
            "rationale": "Judgement",
        },
        headers=people["assessor"],
    )
    assert created.status_code == 201, created.text
    url = f"{ASSESSMENTS}/{created.json()['id']}"
    await http.post(f"{url}/submit", headers=people["assessor"])
    verified = await http.post(f"{url}/verify", headers=people["supervisor"])
    assert verified.status_code == 200, verified.text
    body = {
        "inmate_id": inmate["id"],
        "assessment_id": created.json()["id"],
        "effective_date": date.today().isoformat(),
        "security_level": level,
        **extra,
    }
    if level != "high":
        body |= {
            "justification": "Demo override",
            "review_by": (date.today() + timedelta(days=30)).isoformat(),
        }
    decided = await http.post(CLASSIFICATIONS, json=body, headers=people["supervisor"])
    assert decided.status_code == 201, decided.text


async def test_a_full_programme_waitlists_in_order_and_promotes_on_a_freed_seat(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    programme = await offer(anonymous, identities, officer, capacity=1)
    first, second, third = [
        await register(anonymous, identities, people["registrar"]) for _ in range(3)
    ]
    assert (await ask(anonymous, officer, programme, first)).json()["status"] == "enrolled"
    waiting = [
        (await ask(anonymous, officer, programme, inmate)).json() for inmate in (second, third)
    ]
    assert [w["status"] for w in waiting] == ["waitlisted", "waitlisted"]
    again = await ask(anonymous, officer, programme, second)
    assert (again.status_code, again.json()["status"]) == (200, "waitlisted")
    seat = (
        await anonymous.get(ENROLMENTS, params={"inmate_id": first["id"]}, headers=officer)
    ).json()["items"][0]
    dropped = await anonymous.post(
        f"{ENROLMENTS}/{seat['id']}/drop", json={"reason": "Asked to stop"}, headers=officer
    )
    assert dropped.status_code == 200, dropped.text
    assert (dropped.json()["status"], dropped.json()["reason"]) == ("dropped", "Asked to stop")
    listed = (
        await anonymous.get(ENROLMENTS, params={"programme_id": programme["id"]}, headers=officer)
    ).json()["items"]
    by_inmate = {item["inmate_id"]: item["status"] for item in listed}
    assert by_inmate == {
        first["id"]: "dropped",
        second["id"]: "enrolled",
        third["id"]: "waitlisted",
    }
    done = await anonymous.post(f"{ENROLMENTS}/{waiting[0]['id']}/complete", headers=officer)
    assert done.json()["status"] == "completed"
    promoted = (await anonymous.get(f"{ENROLMENTS}/{waiting[1]['id']}", headers=officer)).json()
    assert promoted["status"] == "enrolled"
    finished_twice = await anonymous.post(
        f"{ENROLMENTS}/{waiting[0]['id']}/complete", headers=officer
    )
    assert_problem(finished_twice, 409, "enrolment_state")


async def test_an_ineligible_inmate_is_refused_with_the_rule_named(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    programme = await offer(
        anonymous,
        identities,
        officer,
        minimum_literacy="functional",
        allowed_legal_statuses=["convicted"],
    )
    inmate = await register(anonymous, identities, people["registrar"])
    await anonymous.put(f"{INMATES}/{inmate['id']}/skills-profile", json=PROFILE, headers=officer)
    refused = await ask(anonymous, officer, programme, inmate)
    problem = assert_problem(refused, 409, "not_eligible")
    assert [rule["rule"] for rule in problem["failed"]] == ["legal_status", "literacy"]
    assert (
        await anonymous.get(ENROLMENTS, params={"inmate_id": inmate["id"]}, headers=officer)
    ).json()["items"] == []
    # Interest is recorded whatever the rules; the place is asked for later.
    interest = await anonymous.post(
        ENROLMENTS,
        json={"programme_id": programme["id"], "inmate_id": inmate["id"], "status": "interested"},
        headers=officer,
    )
    assert interest.json()["status"] == "interested"
    later = await anonymous.post(f"{ENROLMENTS}/{interest.json()['id']}/enrol", headers=officer)
    assert_problem(later, 409, "not_eligible")


async def test_the_group_limit_of_a_housing_unit_is_a_rule(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    programme = await offer(anonymous, identities, officer, max_per_cell_block=1)
    inmates = [await register(anonymous, identities, people["registrar"]) for _ in range(2)]
    for n, inmate in enumerate(inmates):
        placed = await anonymous.post(
            f"{INMATES}/{inmate['id']}/placements",
            json={"unit": "Block A", "cell": f"A-{n}", "start_date": date.today().isoformat()},
            headers=people["registrar"],
        )
        assert placed.status_code == 201, placed.text
    assert (await ask(anonymous, officer, programme, inmates[0])).json()["status"] == "enrolled"
    problem = assert_problem(
        await ask(anonymous, officer, programme, inmates[1]), 409, "not_eligible"
    )
    assert [rule["rule"] for rule in problem["failed"]] == ["cell_block"]


async def test_keep_apart_is_refused_and_reclassification_suspends(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    officer = people["officer"]
    programme = await offer(
        anonymous, identities, officer, allowed_security_levels=["minimum", "medium"], capacity=1
    )
    recruiter, young, next_in_line = [
        await register(anonymous, identities, people["registrar"]) for _ in range(3)
    ]
    await classify(anonymous, people, version_id, recruiter, "medium")
    assert (await ask(anonymous, officer, programme, recruiter)).json()["status"] == "enrolled"
    await classify(
        anonymous,
        people,
        version_id,
        young,
        "medium",
        keep_apart=[{"inmate_id": recruiter["id"], "reason": "ideological_influence"}],
    )
    problem = assert_problem(await ask(anonymous, officer, programme, young), 409, "keep_apart")
    assert problem["reason"] == "ideological_influence"
    await classify(anonymous, people, version_id, next_in_line, "minimum")
    assert (await ask(anonymous, officer, programme, next_in_line)).json()["status"] == "waitlisted"
    # A new classification the programme does not admit suspends the place, and the
    # freed seat goes to the waiting list.
    await classify(anonymous, people, version_id, recruiter, "high")
    mine = await anonymous.get(ENROLMENTS, params={"inmate_id": recruiter["id"]}, headers=officer)
    assert [(e["status"], e["reason"]) for e in mine.json()["items"]] == [
        ("suspended", "classification_changed")
    ]
    theirs = await anonymous.get(
        ENROLMENTS, params={"inmate_id": next_in_line["id"]}, headers=officer
    )
    assert theirs.json()["items"][0]["status"] == "enrolled"


async def test_completion_certifies_and_follow_ups_come_after_release(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    programme = await offer(anonymous, identities, officer)
    inmate = await register(anonymous, identities, people["registrar"])
    enrolment = (await ask(anonymous, officer, programme, inmate)).json()
    done = await anonymous.post(
        f"{ENROLMENTS}/{enrolment['id']}/complete",
        json={"final_assessment": "Sews a shirt unaided (demo)."},
        headers=officer,
    )
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["certificate_number"] == f"VOC-{programme['id'].replace('-', '').upper()}-0001"
    assert body["final_assessment"] == "Sews a shirt unaided (demo)."
    url = f"{ENROLMENTS}/{enrolment['id']}/follow-ups"
    contact = {
        "months_after_release": 3,
        "contacted_on": date.today().isoformat(),
        "employment_status": "self_employed",
        "uses_trade": True,
    }
    held = await anonymous.post(url, json=contact, headers=officer)
    assert_problem(held, 409, "not_released")
    released = await anonymous.post(
        f"{INMATES}/{inmate['id']}/legal-statuses",
        json={"status": "released", "effective_date": date.today().isoformat()},
        headers=people["registrar"],
    )
    assert released.status_code == 201, released.text
    first = await anonymous.post(url, json=contact, headers=officer)
    assert first.status_code == 201, first.text
    assert_problem(await anonymous.post(url, json=contact, headers=officer), 409, "duplicate_value")
    wrong = await anonymous.post(url, json={**contact, "months_after_release": 4}, headers=officer)
    assert_problem(wrong, 422, "validation_failed")
    listed = (await anonymous.get(url, headers=officer)).json()
    assert [(f["months_after_release"], f["employment_status"]) for f in listed] == [
        (3, "self_employed")
    ]


async def test_a_provider_sees_its_enrolments_only_by_pseudonym(
    anonymous: httpx.AsyncClient,
    client: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
) -> None:
    officer = people["officer"]
    programme = await offer(anonymous, identities, officer)
    inmate = await register(anonymous, identities, people["registrar"], given_names="Fictif Deux")
    enrolment = (await ask(anonymous, officer, programme, inmate)).json()
    scopes = ["vocational:read"]
    await identities.agreement("NGO-DEMO", scopes, ["MCA-BKO"])
    token = await identities.client_token(await identities.client("NGO-DEMO", scopes))
    provider = {"Authorization": f"Bearer {token}"}
    listed = (await anonymous.get(ENROLMENTS, headers=provider)).json()["items"]
    assert len(listed) == 1
    view = listed[0]
    assert set(view) == {
        "id",
        "programme_id",
        "subject_ref",
        "first_name",
        "status",
        "eligible",
        "waitlisted_at",
        "enrolled_on",
        "ended_on",
        "certificate_number",
        "version",
        "updated_at",
    }
    assert view["subject_ref"].startswith("sr_")
    assert (view["first_name"], view["status"], view["eligible"]) == (None, "enrolled", True)
    assert inmate["id"] not in str(view)
    looked_up = await anonymous.get(
        ENROLMENTS, params={"inmate_id": inmate["id"]}, headers=provider
    )
    assert_problem(looked_up, 422, "validation_failed")
    one = await anonymous.get(f"{ENROLMENTS}/{enrolment['id']}", headers=provider)
    assert one.json()["subject_ref"] == view["subject_ref"]
    # The facility may let trainers see a first name.
    facility = (await identities.facility("MCA-BKO")).id
    current = (await client.get(f"/api/v1/facilities/{facility}")).json()
    allowed = await client.patch(
        f"/api/v1/facilities/{facility}",
        json={"providers_see_first_name": True},
        headers={"If-Match": f'"{current["version"]}"'},
    )
    assert allowed.status_code == 200, allowed.text
    again = (await anonymous.get(f"{ENROLMENTS}/{enrolment['id']}", headers=provider)).json()
    assert again["first_name"] == "Fictif"
    # Nothing about the identified inmate, and no writes.
    assert_problem(
        await anonymous.get(f"{ENROLMENTS}/{enrolment['id']}/follow-ups", headers=provider),
        404,
        "not_found",
    )
    await identities.agreement("NGO-OTHER", scopes, ["MCA-BKO"])
    other_token = await identities.client_token(await identities.client("NGO-OTHER", scopes))
    other = {"Authorization": f"Bearer {other_token}"}
    assert (await anonymous.get(ENROLMENTS, headers=other)).json()["items"] == []
    assert_problem(
        await anonymous.get(f"{ENROLMENTS}/{enrolment['id']}", headers=other), 404, "not_found"
    )


async def test_programme_attendance_syncs_idempotently_for_staff_and_provider(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    programme = await offer(
        anonymous, identities, officer, capacity=1, start_date="2026-11-02", end_date="2026-11-20"
    )
    inmate, waiting = [await register(anonymous, identities, people["registrar"]) for _ in range(2)]
    enrolment = (await ask(anonymous, officer, programme, inmate)).json()
    queued = (await ask(anonymous, officer, programme, waiting)).json()
    url = f"{PROGRAMMES}/{programme['id']}/attendance"
    batch = {
        "records": [
            {"enrolment_id": enrolment["id"], "day": "2026-11-02", "status": "present"},
            {"enrolment_id": enrolment["id"], "day": "2026-11-03", "status": "late", "hours": 1.5},
            {"enrolment_id": queued["id"], "day": "2026-11-02", "status": "present"},
            {"enrolment_id": enrolment["id"], "day": "2026-10-30", "status": "present"},
            {"enrolment_id": enrolment["id"], "day": "2026-11-04", "status": "present", "hours": 3},
            {"subject_ref": "sr_unknown", "day": "2026-11-02", "status": "present"},
        ]
    }
    first = await anonymous.put(url, json=batch, headers=officer)
    assert first.status_code == 200, first.text
    assert [(r["outcome"], r["reason"]) for r in first.json()["results"]] == [
        ("created", None),
        ("created", None),
        ("rejected", "not_enrolled"),
        ("rejected", "day_outside_session"),
        ("rejected", "hours_exceed_schedule"),
        ("rejected", "unknown_enrolment"),
    ]
    replay = await anonymous.put(url, json=batch, headers=officer)
    assert replay.json()["counts"]["unchanged"] == 2
    assert replay.json()["written"] is False
    atomic = await anonymous.put(url, params={"atomic": "true"}, json=batch, headers=officer)
    assert_problem(atomic, 422, "batch_rejected")
    # The provider names the inmate by its pseudonym.
    scopes = ["vocational:read", "attendance:sync"]
    await identities.agreement("NGO-DEMO", scopes, ["MCA-BKO"])
    token = await identities.client_token(await identities.client("NGO-DEMO", scopes))
    provider = {"Authorization": f"Bearer {token}"}
    views = (await anonymous.get(ENROLMENTS, headers=provider)).json()["items"]
    ref = next(view["subject_ref"] for view in views if view["id"] == enrolment["id"])
    corrected = await anonymous.put(
        url,
        json={"records": [{"subject_ref": ref, "day": "2026-11-03", "status": "present"}]},
        headers=provider,
    )
    assert [(r["outcome"], r["enrolment_id"]) for r in corrected.json()["results"]] == [
        ("updated", enrolment["id"])
    ]
    dry = await anonymous.put(
        url,
        params={"dry_run": "true"},
        json={"records": [{"subject_ref": ref, "day": "2026-11-05", "status": "present"}]},
        headers=provider,
    )
    assert (dry.json()["written"], dry.json()["counts"]["created"]) == (False, 1)
    await identities.agreement("NGO-OTHER", scopes, ["MCA-BKO"])
    other_token = await identities.client_token(await identities.client("NGO-OTHER", scopes))
    other = {"Authorization": f"Bearer {other_token}"}
    assert_problem(await anonymous.put(url, json=batch, headers=other), 404, "not_found")


async def test_leaving_custody_ends_places_and_a_closed_programme_takes_nobody(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    programme = await offer(anonymous, identities, officer, capacity=1)
    leaving, next_in_line = [
        await register(anonymous, identities, people["registrar"]) for _ in range(2)
    ]
    seat = (await ask(anonymous, officer, programme, leaving)).json()
    queued = (await ask(anonymous, officer, programme, next_in_line)).json()
    released = await anonymous.post(
        f"{INMATES}/{leaving['id']}/legal-statuses",
        json={"status": "released", "effective_date": date.today().isoformat()},
        headers=people["registrar"],
    )
    assert released.status_code == 201, released.text
    ended = (await anonymous.get(f"{ENROLMENTS}/{seat['id']}", headers=officer)).json()
    assert (ended["status"], ended["reason"]) == ("dropped", "left_custody")
    promoted = (await anonymous.get(f"{ENROLMENTS}/{queued['id']}", headers=officer)).json()
    assert promoted["status"] == "enrolled"
    # A released person is not eligible any more: the custody rule says why.
    check = await anonymous.get(
        f"{PROGRAMMES}/{programme['id']}/eligibility",
        params={"inmate_id": leaving["id"]},
        headers=officer,
    )
    assert check.status_code == 200, check.text
    assert [rule["rule"] for rule in check.json()["failed"]] == ["custody"]
    # A suspended place may still be dropped.
    suspended = await anonymous.post(
        f"{ENROLMENTS}/{queued['id']}/suspend", json={"reason": "Demo"}, headers=officer
    )
    assert suspended.json()["status"] == "suspended"
    dropped = await anonymous.post(
        f"{ENROLMENTS}/{queued['id']}/drop", json={"reason": "Demo"}, headers=officer
    )
    assert dropped.json()["status"] == "dropped"
    cancelled = await anonymous.patch(
        f"{PROGRAMMES}/{programme['id']}",
        json={"status": "cancelled"},
        headers={**officer, "If-Match": f'"{programme["version"]}"'},
    )
    assert cancelled.status_code == 200, cancelled.text
    late = await register(anonymous, identities, people["registrar"])
    assert_problem(await ask(anonymous, officer, programme, late), 409, "enrolment_state")
