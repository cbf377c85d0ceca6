"""Community dialogue sessions: the visit rules per participant, keep-apart constraints
between inmates, the outcome as a contact, and what the facilitating partner sees."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_custody import INMATES, register
from tests.routers.test_visits import TODAY, ask, new_visitor, restrict, slot, vet
from tests.routers.test_vocational_enrolments import classify

DIALOGUES = "/api/v1/dialogue-sessions"
VISITORS_URL = "/api/v1/visitors"


async def leaders(
    http: httpx.AsyncClient, people: dict[str, dict[str, str]]
) -> list[dict[str, Any]]:
    elder = await new_visitor(http, people["officer"], "community_leader")
    imam = await new_visitor(http, people["officer"], "religious_leader")
    await vet(http, people["supervisor"], imam, expires_on=TODAY + timedelta(days=365))
    return [elder, imam]


async def body(
    identities: Identities,
    inmates: list[dict[str, Any]],
    guests: list[dict[str, Any]],
    when: dict[str, str] | None = None,
    organisation: str = "NGO-DEMO",
) -> dict[str, Any]:
    return {
        "facility_id": str((await identities.facility("MCA-BKO")).id),
        "facilitator_organisation_id": str((await identities.organisation(organisation)).id),
        "topic": "Returning home: what the community expects",
        "inmate_ids": [inmate["id"] for inmate in inmates],
        "leader_ids": [guest["id"] for guest in guests],
        **(when or slot(5, hour=9, hours=3)),
    }


async def test_a_session_is_organised_held_and_counts_as_contact(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, registrar = people["officer"], people["registrar"]
    inmates = [await register(anonymous, identities, registrar) for _ in range(2)]
    guests = await leaders(anonymous, people)
    planned = await anonymous.post(
        DIALOGUES, json=await body(identities, inmates, guests), headers=officer
    )
    assert planned.status_code == 201, planned.text
    created = planned.json()
    assert created["status"] == "planned"
    assert sorted(created["inmate_ids"]) == sorted(inmate["id"] for inmate in inmates)
    assert {leader["kind"] for leader in created["leaders"]} == {
        "community_leader",
        "religious_leader",
    }
    url = f"{DIALOGUES}/{created['id']}"
    assert_problem(
        await anonymous.post(f"{url}/outcome", json={"outcome_notes": "Early"}, headers=officer),
        409,
        "visit_state",
    )
    # A visit of one of its inmates at that time overlaps it.
    lawyer = await new_visitor(anonymous, officer, "lawyer")
    clash = await ask(anonymous, officer, inmates[0], [lawyer], "legal", slot(5, hour=10))
    problem = assert_problem(clash, 409, "visit_overlap")
    assert (problem["conflicting_type"], problem["conflicting_id"]) == (
        "dialogue_session",
        created["id"],
    )
    assert (await anonymous.get(url, headers=registrar)).status_code == 200

    past = await anonymous.post(
        DIALOGUES, json=await body(identities, inmates, guests, slot(-3)), headers=officer
    )
    assert past.status_code == 201, past.text
    held = await anonymous.post(
        f"{DIALOGUES}/{past.json()['id']}/outcome",
        json={"outcome_notes": "Leaders agreed to meet the families."},
        headers={**officer, "If-Match": '"1"'},
    )
    assert held.status_code == 200, held.text
    assert (held.json()["status"], held.json()["version"]) == ("held", 2)
    for inmate in inmates:
        record = (await anonymous.get(f"{INMATES}/{inmate['id']}", headers=registrar)).json()
        assert record["last_visit_on"] == (TODAY - timedelta(days=3)).isoformat()
    again = await anonymous.post(
        f"{DIALOGUES}/{past.json()['id']}/cancel", json={"reason": "x"}, headers=officer
    )
    assert_problem(again, 409, "visit_state")
    cancelled = await anonymous.post(f"{url}/cancel", json={"reason": "Rain"}, headers=officer)
    assert (cancelled.json()["status"], cancelled.json()["reason"]) == ("cancelled", "Rain")
    listed = (await anonymous.get(DIALOGUES, params={"status": "held"}, headers=officer)).json()[
        "items"
    ]
    assert [item["id"] for item in listed] == [past.json()["id"]]
    by_inmate = (
        await anonymous.get(DIALOGUES, params={"inmate_id": inmates[0]["id"]}, headers=officer)
    ).json()["items"]
    assert len(by_inmate) == 2


async def test_each_participant_passes_the_visit_rules(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    officer, supervisor, registrar = people["officer"], people["supervisor"], people["registrar"]
    inmate = await register(anonymous, identities, registrar)
    guests = await leaders(anonymous, people)

    async def organise(
        inmates: list[dict[str, Any]], leaders: list[dict[str, Any]]
    ) -> httpx.Response:
        return await anonymous.post(
            DIALOGUES, json=await body(identities, inmates, leaders), headers=officer
        )

    pending_imam = await new_visitor(anonymous, officer, "religious_leader")
    problem = assert_problem(await organise([inmate], [pending_imam]), 409, "visitor_not_vetted")
    assert problem["visitor_id"] == pending_imam["id"]
    uncle = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="uncle"
    )
    assert_problem(await organise([inmate], [uncle]), 409, "visitor_kind")
    banned = await anonymous.put(
        f"{VISITORS_URL}/{guests[0]['id']}/ban",
        json={"reason": "Threats", "banned_from": TODAY.isoformat()},
        headers=supervisor,
    )
    assert banned.status_code == 200, banned.text
    assert_problem(await organise([inmate], guests), 409, "visitor_banned")
    await anonymous.delete(f"{VISITORS_URL}/{guests[0]['id']}/ban", headers=supervisor)

    await restrict(anonymous, identities, {"maximum": ["dialogue"]})
    await classify(anonymous, people, version_id, inmate, "maximum")
    problem = assert_problem(await organise([inmate], guests), 409, "visit_restricted")
    assert (problem["inmate_id"], problem["activity"]) == (inmate["id"], "dialogue")

    released = await register(anonymous, identities, registrar)
    await anonymous.post(
        f"{INMATES}/{released['id']}/legal-statuses",
        json={"status": "released", "effective_date": TODAY.isoformat()},
        headers=registrar,
    )
    assert_problem(await organise([released], guests), 409, "inmate_not_held")
    assert (await anonymous.get(DIALOGUES, headers=officer)).json()["items"] == []


async def test_inmates_kept_apart_never_sit_in_one_session(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    officer, registrar = people["officer"], people["registrar"]
    first, second, third = [await register(anonymous, identities, registrar) for _ in range(3)]
    await classify(
        anonymous,
        people,
        version_id,
        first,
        "high",
        keep_apart=[{"inmate_id": second["id"], "reason": "ideological_influence"}],
    )
    guests = await leaders(anonymous, people)
    refused = await anonymous.post(
        DIALOGUES, json=await body(identities, [first, second], guests), headers=officer
    )
    problem = assert_problem(refused, 409, "keep_apart")
    assert set(problem["inmate_ids"]) == {first["id"], second["id"]}

    created = await anonymous.post(
        DIALOGUES, json=await body(identities, [first, third], guests), headers=officer
    )
    assert created.status_code == 201, created.text
    url = f"{DIALOGUES}/{created.json()['id']}"
    joined = await anonymous.patch(
        url,
        json={"inmate_ids": [first["id"], second["id"]]},
        headers={**officer, "If-Match": '"1"'},
    )
    assert_problem(joined, 409, "keep_apart")
    unchanged = (await anonymous.get(url, headers=officer)).json()
    assert (sorted(unchanged["inmate_ids"]), unchanged["version"]) == (
        sorted([first["id"], third["id"]]),
        1,
    )
    swapped = await anonymous.patch(
        url,
        json={"inmate_ids": [third["id"], second["id"]], "topic": "Forgiveness"},
        headers={**officer, "If-Match": '"1"'},
    )
    assert swapped.status_code == 200, swapped.text
    assert (sorted(swapped.json()["inmate_ids"]), swapped.json()["version"]) == (
        sorted([third["id"], second["id"]]),
        2,
    )
    assert_problem(
        await anonymous.patch(url, json={"topic": "Again"}, headers={**officer, "If-Match": '"1"'}),
        412,
        "precondition_failed",
    )
    # A new keep-apart constraint takes the inmate out of the planned session.
    await classify(
        anonymous,
        people,
        version_id,
        third,
        "high",
        keep_apart=[{"inmate_id": second["id"], "reason": "ideological_influence"}],
    )
    after = (await anonymous.get(url, headers=officer)).json()
    assert after["inmate_ids"] == [second["id"]]


async def test_the_facilitating_partner_sees_its_sessions_by_pseudonym(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, registrar = people["officer"], people["registrar"]
    inmate = await register(anonymous, identities, registrar)
    guests = await leaders(anonymous, people)
    created = await anonymous.post(
        DIALOGUES, json=await body(identities, [inmate], guests), headers=officer
    )
    assert created.status_code == 201, created.text
    ours = await identities.headers_for("partner", organisation="NGO-DEMO")
    theirs = await identities.headers_for("partner", organisation="NGO-OTHER")
    listed = (await anonymous.get(DIALOGUES, headers=ours)).json()["items"]
    assert len(listed) == 1
    view = listed[0]
    assert view["subject_refs"][0].startswith("sr_")
    assert "inmate_ids" not in view
    assert "notes" not in view
    assert inmate["id"] not in str(view)
    url = f"{DIALOGUES}/{created.json()['id']}"
    assert (await anonymous.get(url, headers=ours)).json()["subject_refs"] == view["subject_refs"]
    assert (await anonymous.get(DIALOGUES, headers=theirs)).json()["items"] == []
    assert_problem(await anonymous.get(url, headers=theirs), 404, "not_found")
    # A partner changes nothing, and never looks a session up by an inmate.
    assert_problem(
        await anonymous.post(f"{url}/cancel", json={"reason": "x"}, headers=ours),
        403,
        "insufficient_scope",
    )
    assert_problem(
        await anonymous.get(DIALOGUES, params={"inmate_id": inmate["id"]}, headers=ours),
        404,
        "not_found",
    )
    elsewhere = await identities.headers_for("programme_officer", facilities=("KLK",))
    assert_problem(await anonymous.get(url, headers=elsewhere), 404, "not_found")


async def test_a_planned_session_loses_who_no_longer_passes_the_rules(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, supervisor, registrar = people["officer"], people["supervisor"], people["registrar"]
    inmate = await register(anonymous, identities, registrar)
    elder, imam = await leaders(anonymous, people)
    created = await anonymous.post(
        DIALOGUES, json=await body(identities, [inmate], [elder, imam]), headers=officer
    )
    assert created.status_code == 201, created.text
    url = f"{DIALOGUES}/{created.json()['id']}"
    await vet(anonymous, supervisor, imam, status="pending")
    after_vetting = (await anonymous.get(url, headers=officer)).json()
    assert [leader["id"] for leader in after_vetting["leaders"]] == [elder["id"]]
    assert after_vetting["version"] == 2
    released = await anonymous.post(
        f"{INMATES}/{inmate['id']}/legal-statuses",
        json={"status": "released", "effective_date": TODAY.isoformat()},
        headers=registrar,
    )
    assert released.status_code == 201, released.text
    emptied = (await anonymous.get(url, headers=officer)).json()
    assert (emptied["status"], emptied["reason"], emptied["inmate_ids"]) == (
        "cancelled",
        "no_inmate_left",
        [],
    )
    audit = await identities.headers_for("auditor", all_facilities=True)
    events = (
        await anonymous.get(
            "/api/v1/audit-events", params={"record_id": created.json()["id"]}, headers=audit
        )
    ).json()["items"]
    removals = [(e["action"], e["detail"].get("reason")) for e in events if "remove" in e["action"]]
    assert removals == [
        ("dialogue_session.remove_leader", "visitor_not_vetted"),
        ("dialogue_session.remove_inmate", "left_custody"),
    ]


async def test_a_session_that_has_begun_keeps_an_inmate_transferred_since(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, registrar = people["officer"], people["registrar"]
    inmate = await register(anonymous, identities, registrar)
    created = await anonymous.post(
        DIALOGUES,
        json=await body(identities, [inmate], await leaders(anonymous, people), slot(-1)),
        headers=officer,
    )
    assert created.status_code == 201, created.text
    klk = await identities.facility("KLK")
    moved = await anonymous.post(
        f"{INMATES}/{inmate['id']}/transfers",
        json={
            "to_facility_id": str(klk.id),
            "effective_date": TODAY.isoformat(),
            "reason": "Court",
        },
        headers=await identities.headers_for("registrar", all_facilities=True),
    )
    assert moved.status_code == 201, moved.text
    held = await anonymous.post(
        f"{DIALOGUES}/{created.json()['id']}/outcome",
        json={"outcome_notes": "Held before the transfer."},
        headers=officer,
    )
    assert held.status_code == 200, held.text
    assert held.json()["inmate_ids"] == [inmate["id"]]
