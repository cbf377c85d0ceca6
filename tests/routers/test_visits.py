"""Visitors and visits: the register, vetting, bans, the visit rules and their refusals,
the decision and the log, and contact monitoring around its boundary day."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import httpx

from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_custody import INMATES, register
from tests.routers.test_vocational_enrolments import classify

VISITORS = "/api/v1/visitors"
VISITS = "/api/v1/visits"
FACILITIES = "/api/v1/facilities"
TODAY = date.today()


def slot(days_ahead: int, hour: int = 9, hours: int = 1) -> dict[str, str]:
    start = datetime.combine(TODAY + timedelta(days=days_ahead), time(hour), UTC)
    return {
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=hours)).isoformat(),
    }


async def new_visitor(
    http: httpx.AsyncClient, headers: dict[str, str], kind: str, **fields: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "family_name": "Exemple",
        "given_names": f"Visiteur {kind}",
        "kind": kind,
        **fields,
    }
    response = await http.post(VISITORS, json=body, headers=headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def vet(
    http: httpx.AsyncClient,
    supervisor: dict[str, str],
    visitor: dict[str, Any],
    status: str = "approved",
    expires_on: date | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "status": status,
        "vetting_body": "Ministère des Affaires religieuses (test)",
        "vetted_on": (TODAY - timedelta(days=400)).isoformat(),
    }
    if expires_on is not None:
        body["expires_on"] = expires_on.isoformat()
    response = await http.put(f"{VISITORS}/{visitor['id']}/vetting", json=body, headers=supervisor)
    assert response.status_code == 200, response.text
    vetted: dict[str, Any] = response.json()
    return vetted


async def ask(
    http: httpx.AsyncClient,
    officer: dict[str, str],
    inmate: dict[str, Any],
    visitors: list[dict[str, Any]],
    kind: str = "family",
    when: dict[str, str] | None = None,
    **headers: str,
) -> httpx.Response:
    return await http.post(
        VISITS,
        json={
            "inmate_id": inmate["id"],
            "type": kind,
            "visitor_ids": [visitor["id"] for visitor in visitors],
            **(when or slot(3)),
        },
        headers={**officer, **headers},
    )


async def requested(
    http: httpx.AsyncClient,
    officer: dict[str, str],
    inmate: dict[str, Any],
    visitors: list[dict[str, Any]],
    kind: str = "family",
    when: dict[str, str] | None = None,
) -> dict[str, Any]:
    response = await ask(http, officer, inmate, visitors, kind, when)
    assert response.status_code == 201, response.text
    visit: dict[str, Any] = response.json()
    return visit


async def approved(
    http: httpx.AsyncClient,
    people: dict[str, dict[str, str]],
    inmate: dict[str, Any],
    visitors: list[dict[str, Any]],
    kind: str = "family",
    when: dict[str, str] | None = None,
) -> dict[str, Any]:
    visit = await requested(http, people["officer"], inmate, visitors, kind, when)
    response = await http.post(f"{VISITS}/{visit['id']}/approve", headers=people["supervisor"])
    assert response.status_code == 200, response.text
    decided: dict[str, Any] = response.json()
    return decided


async def visits_of(
    http: httpx.AsyncClient, headers: dict[str, str], inmate: dict[str, Any]
) -> list[dict[str, Any]]:
    response = await http.get(VISITS, params={"inmate_id": inmate["id"]}, headers=headers)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def restrict(
    http: httpx.AsyncClient, identities: Identities, restrictions: dict[str, list[str]]
) -> None:
    admin = await identities.headers_for("admin", all_facilities=True)
    facility = await identities.facility("MCA-BKO")
    response = await http.patch(
        f"{FACILITIES}/{facility.id}",
        json={"visit_restrictions": restrictions},
        headers={**admin, "If-Match": f'"{facility.version}"'},
    )
    assert response.status_code == 200, response.text
    assert response.json()["visit_restrictions"] == restrictions


# The register


async def test_visitors_register_with_restricted_identity_and_family_links(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    inmate = await register(anonymous, identities, people["registrar"])
    mother = await new_visitor(
        anonymous,
        officer,
        "family",
        inmate_id=inmate["id"],
        relationship="mother",
        id_document_type="national_id",
        id_document_number="DEMO-0001",
        phone="+223 70 00 00 01",
    )
    assert (mother["vetting_status"], mother["banned"]) == ("not_required", False)
    assert (mother["inmate_id"], mother["id_document_number"]) == (inmate["id"], "DEMO-0001")
    imam = await new_visitor(anonymous, officer, "religious_leader")
    assert imam["vetting_status"] == "pending"

    unlinked = await anonymous.post(
        VISITORS,
        json={"family_name": "Exemple", "given_names": "Sans Lien", "kind": "family"},
        headers=officer,
    )
    assert_problem(unlinked, 422, "validation_failed")
    linked_lawyer = await anonymous.post(
        VISITORS,
        json={
            "family_name": "Exemple",
            "given_names": "Avocat",
            "kind": "lawyer",
            "inmate_id": inmate["id"],
            "relationship": "counsel",
        },
        headers=officer,
    )
    assert_problem(linked_lawyer, 422, "validation_failed")

    # The registrar reads visits, but not identity documents or contact.
    seen = (await anonymous.get(f"{VISITORS}/{mother['id']}", headers=people["registrar"])).json()
    assert seen["inmate_id"] == inmate["id"]
    assert not {"id_document_number", "id_document_type", "phone", "address"} & set(seen)
    registered = await anonymous.post(
        VISITORS,
        json={"family_name": "X", "given_names": "Y", "kind": "ngo"},
        headers=people["registrar"],
    )
    assert_problem(registered, 403, "insufficient_scope")
    # Staff of another prison see the visitor (the register is national), not the link.
    elsewhere = await identities.headers_for("programme_officer", facilities=("KLK",))
    far = (await anonymous.get(f"{VISITORS}/{mother['id']}", headers=elsewhere)).json()
    assert (far["inmate_id"], far["relationship"], far["family_name"]) == (None, None, "Exemple")
    assert "id_document_number" not in far
    # One record per identity document: a banned person cannot come back as someone new.
    again = await anonymous.post(
        VISITORS,
        json={
            "family_name": "Autre",
            "given_names": "Nom",
            "kind": "ngo",
            "id_document_type": "national_id",
            "id_document_number": "DEMO-0001",
        },
        headers=elsewhere,
    )
    problem = assert_problem(again, 409, "duplicate_value")
    assert problem["visitor_id"] == mother["id"]
    # A family member of an inmate one may not see cannot be registered.
    hidden = await anonymous.post(
        VISITORS,
        json={
            "family_name": "Exemple",
            "given_names": "Frère",
            "kind": "family",
            "inmate_id": inmate["id"],
            "relationship": "brother",
        },
        headers=elsewhere,
    )
    assert_problem(hidden, 422, "validation_failed")

    found = (
        await anonymous.get(VISITORS, params={"q": "VISITEUR religious"}, headers=officer)
    ).json()["items"]
    assert [item["id"] for item in found] == [imam["id"]]
    pending = (
        await anonymous.get(VISITORS, params={"vetting_status": "pending"}, headers=officer)
    ).json()["items"]
    assert [item["id"] for item in pending] == [imam["id"]]
    family = (
        await anonymous.get(VISITORS, params={"inmate_id": inmate["id"]}, headers=officer)
    ).json()["items"]
    assert [item["id"] for item in family] == [mother["id"]]

    changed = await anonymous.patch(
        f"{VISITORS}/{mother['id']}",
        json={"phone": "+223 70 00 00 02"},
        headers={**officer, "If-Match": '"1"'},
    )
    assert (changed.status_code, changed.json()["version"]) == (200, 2)
    stale = await anonymous.patch(
        f"{VISITORS}/{mother['id']}",
        json={"phone": "+223 70 00 00 03"},
        headers={**officer, "If-Match": '"1"'},
    )
    assert_problem(stale, 412, "precondition_failed")

    audit = await identities.headers_for("auditor", all_facilities=True)
    events = (
        await anonymous.get(
            "/api/v1/audit-events", params={"record_id": mother["id"]}, headers=audit
        )
    ).json()["items"]
    assert {"visitor.create", "visitor.read", "visitor.update"} <= {e["action"] for e in events}


async def test_vetting_is_recorded_by_supervisors_and_lapses_after_its_expiry(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, supervisor = people["officer"], people["supervisor"]
    inmate = await register(anonymous, identities, people["registrar"])
    imam = await new_visitor(anonymous, officer, "religious_leader")
    by_officer = await anonymous.put(
        f"{VISITORS}/{imam['id']}/vetting",
        json={"status": "approved", "vetting_body": "X", "vetted_on": TODAY.isoformat()},
        headers=officer,
    )
    assert_problem(by_officer, 403, "insufficient_scope")

    pending = await ask(anonymous, officer, inmate, [imam], "religious")
    problem = assert_problem(pending, 409, "visitor_not_vetted")
    assert (problem["visitor_id"], problem["vetting_status"]) == (imam["id"], "pending")

    # Approved until yesterday: expired today.
    lapsed = await vet(anonymous, supervisor, imam, expires_on=TODAY - timedelta(days=1))
    assert lapsed["vetting_status"] == "expired"
    problem = assert_problem(
        await ask(anonymous, officer, inmate, [imam], "religious"), 409, "visitor_not_vetted"
    )
    assert problem["vetting_status"] == "expired"
    expired = (
        await anonymous.get(VISITORS, params={"vetting_status": "expired"}, headers=officer)
    ).json()["items"]
    assert [item["id"] for item in expired] == [imam["id"]]

    # Valid today but lapsing before the visit's day.
    await vet(anonymous, supervisor, imam, expires_on=TODAY + timedelta(days=2))
    too_late = await ask(anonymous, officer, inmate, [imam], "religious", slot(3))
    assert_problem(too_late, 409, "visitor_not_vetted")
    # On its last valid day, the visit may be asked for.
    last_day = await ask(anonymous, officer, inmate, [imam], "religious", slot(2))
    assert last_day.status_code == 201, last_day.text

    # A religious leader is always vetted.
    not_required = await anonymous.put(
        f"{VISITORS}/{imam['id']}/vetting", json={"status": "not_required"}, headers=supervisor
    )
    assert_problem(not_required, 422, "validation_failed")
    # A refused vetting refuses any visitor whose vetting was started.
    ngo = await new_visitor(anonymous, officer, "ngo")
    await vet(anonymous, supervisor, ngo, status="refused")
    assert_problem(
        await ask(anonymous, officer, inmate, [ngo], "ngo", slot(5)), 409, "visitor_not_vetted"
    )
    assert len(await visits_of(anonymous, officer, inmate)) == 1


# The visit's life


async def test_a_visit_is_requested_approved_and_logged(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, supervisor, registrar = people["officer"], people["supervisor"], people["registrar"]
    inmate = await register(anonymous, identities, registrar)
    mother = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="mother"
    )
    when = slot(-1, hour=10)
    visit = await requested(anonymous, officer, inmate, [mother], when=when)
    assert visit["status"] == "requested"
    assert visit["requested_by"]
    assert [v["id"] for v in visit["visitors"]] == [mother["id"]]
    url = f"{VISITS}/{visit['id']}"

    assert_problem(
        await anonymous.post(f"{url}/approve", headers=officer), 403, "insufficient_scope"
    )
    assert_problem(
        await anonymous.post(f"{url}/log", json={"outcome": "no_show"}, headers=officer),
        409,
        "visit_state",
    )
    # The registrar reads visits and changes none.
    assert (await anonymous.get(url, headers=registrar)).status_code == 200
    assert_problem(
        await anonymous.post(f"{url}/cancel", json={"reason": "x"}, headers=registrar),
        403,
        "insufficient_scope",
    )

    decided = await anonymous.post(
        f"{url}/approve", json={"reason": "Family visit"}, headers={**supervisor, "If-Match": '"1"'}
    )
    assert decided.status_code == 200, decided.text
    assert (decided.json()["status"], decided.json()["version"]) == ("approved", 2)
    assert_problem(
        await anonymous.post(f"{url}/deny", json={"reason": "late"}, headers=supervisor),
        409,
        "visit_state",
    )
    future = datetime.now(UTC) + timedelta(hours=2)
    early = await anonymous.post(
        f"{url}/log",
        json={
            "outcome": "occurred",
            "started_at": future.isoformat(),
            "ended_at": (future + timedelta(hours=1)).isoformat(),
        },
        headers=officer,
    )
    assert_problem(early, 422, "validation_failed")
    far = datetime.fromisoformat(when["starts_at"]) - timedelta(days=2)
    far_from_slot = await anonymous.post(
        f"{url}/log",
        json={
            "outcome": "occurred",
            "started_at": far.isoformat(),
            "ended_at": (far + timedelta(hours=1)).isoformat(),
        },
        headers=officer,
    )
    assert_problem(far_from_slot, 422, "validation_failed")
    no_times = await anonymous.post(f"{url}/log", json={"outcome": "occurred"}, headers=officer)
    assert_problem(no_times, 422, "validation_failed")
    logged = await anonymous.post(
        f"{url}/log",
        json={
            "outcome": "occurred",
            "started_at": when["starts_at"],
            "ended_at": when["ends_at"],
            "notes": "Calm visit.",
        },
        headers={**officer, "If-Match": '"2"'},
    )
    assert logged.status_code == 200, logged.text
    assert (logged.json()["status"], logged.json()["log_notes"]) == ("occurred", "Calm visit.")
    record = (await anonymous.get(f"{INMATES}/{inmate['id']}", headers=registrar)).json()
    assert record["last_visit_on"] == (TODAY - timedelta(days=1)).isoformat()
    assert_problem(
        await anonymous.post(f"{url}/cancel", json={"reason": "x"}, headers=officer),
        409,
        "visit_state",
    )

    audit = await identities.headers_for("auditor", all_facilities=True)
    events = (
        await anonymous.get(
            "/api/v1/audit-events", params={"record_id": visit["id"]}, headers=audit
        )
    ).json()["items"]
    assert {"visit.create", "visit.read", "visit.approve", "visit.log"} <= {
        event["action"] for event in events
    }


async def test_denial_cancellation_and_no_show(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, supervisor = people["officer"], people["supervisor"]
    inmate = await register(anonymous, identities, people["registrar"])
    lawyer = await new_visitor(anonymous, officer, "lawyer", organisation_name="Barreau (test)")
    denied = await requested(anonymous, officer, inmate, [lawyer], "legal", slot(2))
    no_reason = await anonymous.post(f"{VISITS}/{denied['id']}/deny", json={}, headers=supervisor)
    assert_problem(no_reason, 422, "validation_failed")
    refused = await anonymous.post(
        f"{VISITS}/{denied['id']}/deny", json={"reason": "Room closed"}, headers=supervisor
    )
    assert (refused.json()["status"], refused.json()["reason"]) == ("denied", "Room closed")
    assert refused.json()["decided_by"]
    # The denied visit no longer holds its slot.
    cancelled = await approved(anonymous, people, inmate, [lawyer], "legal", slot(2))
    done = await anonymous.post(
        f"{VISITS}/{cancelled['id']}/cancel", json={"reason": "Postponed"}, headers=officer
    )
    assert (done.json()["status"], done.json()["reason"]) == ("cancelled", "Postponed")
    upcoming = await approved(anonymous, people, inmate, [lawyer], "legal", slot(4))
    too_soon = await anonymous.post(
        f"{VISITS}/{upcoming['id']}/log", json={"outcome": "no_show"}, headers=officer
    )
    assert_problem(too_soon, 409, "visit_state")
    absent = await approved(anonymous, people, inmate, [lawyer], "legal", slot(-2))
    logged = await anonymous.post(
        f"{VISITS}/{absent['id']}/log", json={"outcome": "no_show"}, headers=officer
    )
    assert logged.json()["status"] == "no_show"
    with_times = await anonymous.post(
        f"{VISITS}/{absent['id']}/log",
        json={"outcome": "no_show", **{"started_at": slot(-2)["starts_at"]}},
        headers=officer,
    )
    assert with_times.status_code == 422
    record = (await anonymous.get(f"{INMATES}/{inmate['id']}", headers=officer)).json()
    assert record["last_visit_on"] is None
    statuses = (await anonymous.get(VISITS, params={"status": "no_show"}, headers=officer)).json()[
        "items"
    ]
    assert [item["id"] for item in statuses] == [absent["id"]]


# The rules


async def test_a_banned_visitor_is_refused_on_the_days_of_the_ban(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, supervisor = people["officer"], people["supervisor"]
    inmate = await register(anonymous, identities, people["registrar"])
    brother = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="brother"
    )
    before = await requested(anonymous, officer, inmate, [brother], when=slot(4))
    ban = {
        "reason": "Attempted to pass a telephone",
        "banned_from": TODAY.isoformat(),
        "banned_until": (TODAY + timedelta(days=10)).isoformat(),
    }
    by_officer = await anonymous.put(f"{VISITORS}/{brother['id']}/ban", json=ban, headers=officer)
    assert_problem(by_officer, 403, "insufficient_scope")
    banned = await anonymous.put(f"{VISITORS}/{brother['id']}/ban", json=ban, headers=supervisor)
    assert banned.status_code == 200, banned.text
    assert (banned.json()["banned"], banned.json()["ban_reason"]) == (True, ban["reason"])

    refused = await ask(anonymous, officer, inmate, [brother], when=slot(6))
    problem = assert_problem(refused, 409, "visitor_banned")
    assert (problem["rule"], problem["visitor_id"]) == ("visitor_banned", brother["id"])
    # A request made before the ban, for a day of the ban, is withdrawn.
    withdrawn = (await anonymous.get(f"{VISITS}/{before['id']}", headers=officer)).json()
    assert (withdrawn["status"], withdrawn["reason"]) == ("cancelled", "visitor_banned")
    assert_problem(
        await anonymous.post(f"{VISITS}/{before['id']}/approve", headers=supervisor),
        409,
        "visit_state",
    )
    # After the ban's last day the visitor may come again.
    after = await ask(anonymous, officer, inmate, [brother], when=slot(11))
    assert after.status_code == 201, after.text
    assert len(await visits_of(anonymous, officer, inmate)) == 2

    lifted = await anonymous.delete(f"{VISITORS}/{brother['id']}/ban", headers=supervisor)
    assert (lifted.json()["banned"], lifted.json()["banned_from"]) == (False, None)
    assert (await ask(anonymous, officer, inmate, [brother], when=slot(6))).status_code == 201


async def test_visitors_come_on_the_visits_of_their_kind(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    inmate = await register(anonymous, identities, people["registrar"])
    sister = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="sister"
    )
    problem = assert_problem(
        await ask(anonymous, officer, inmate, [sister], "legal"), 409, "visitor_kind"
    )
    assert problem["visitor_id"] == sister["id"]
    # A family visit is for the inmate's own family.
    other = await register(anonymous, identities, people["registrar"])
    problem = assert_problem(
        await ask(anonymous, officer, other, [sister], "family"), 409, "visitor_not_family"
    )
    assert (problem["rule"], problem["visitor_id"]) == ("family_link", sister["id"])
    consul = await new_visitor(anonymous, officer, "consular")
    assert (await ask(anonymous, officer, inmate, [consul], "consular")).status_code == 201
    unknown = await anonymous.post(
        VISITS,
        json={
            "inmate_id": inmate["id"],
            "type": "family",
            "visitor_ids": [str(uuid.uuid4())],
            **slot(8),
        },
        headers=officer,
    )
    assert_problem(unknown, 422, "validation_failed")


async def test_security_level_restrictions_never_refuse_a_legal_visit(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    people: dict[str, dict[str, str]],
    version_id: str,
) -> None:
    officer = people["officer"]
    inmate = await register(anonymous, identities, people["registrar"])
    father = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="father"
    )
    lawyer = await new_visitor(anonymous, officer, "lawyer")
    early = await approved(anonymous, people, inmate, [father], when=slot(20))
    await restrict(anonymous, identities, {"high": ["family", "ngo"], "unclassified": ["ngo"]})
    # Unclassified: family visits are allowed.
    assert (await ask(anonymous, officer, inmate, [father], when=slot(2))).status_code == 201

    await classify(anonymous, people, version_id, inmate, "high")
    # The approved family visit no longer fits the inmate's level: cancelled.
    withdrawn = (await anonymous.get(f"{VISITS}/{early['id']}", headers=officer)).json()
    assert (withdrawn["status"], withdrawn["reason"]) == ("cancelled", "visit_restricted")
    problem = assert_problem(
        await ask(anonymous, officer, inmate, [father], when=slot(5)), 409, "visit_restricted"
    )
    assert (problem["security_level"], problem["activity"]) == ("high", "family")
    legal = await ask(anonymous, officer, inmate, [lawyer], "legal", slot(5))
    assert legal.status_code == 201, legal.text

    restricted = await anonymous.patch(
        f"{FACILITIES}/{(await identities.facility('MCA-BKO')).id}",
        json={"visit_restrictions": {"high": ["legal"]}},
        headers={
            **(await identities.headers_for("admin", all_facilities=True)),
            "If-Match": '"2"',
        },
    )
    assert_problem(restricted, 422, "validation_failed")


async def test_two_visits_of_one_inmate_never_overlap(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, supervisor = people["officer"], people["supervisor"]
    inmate = await register(anonymous, identities, people["registrar"])
    other = await register(anonymous, identities, people["registrar"])
    aunt = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="aunt"
    )
    lawyer = await new_visitor(anonymous, officer, "lawyer")
    first = await requested(anonymous, officer, inmate, [aunt], when=slot(3, hour=9, hours=2))
    overlapping = await ask(anonymous, officer, inmate, [lawyer], "legal", slot(3, hour=10))
    problem = assert_problem(overlapping, 409, "visit_overlap")
    assert (problem["conflicting_type"], problem["conflicting_id"]) == ("visit", first["id"])
    # Touching slots do not overlap; another inmate's visits do not count.
    touching = await ask(anonymous, officer, inmate, [lawyer], "legal", slot(3, hour=11))
    assert touching.status_code == 201, touching.text
    assert (
        await ask(anonymous, officer, other, [lawyer], "legal", slot(3, hour=10))
    ).status_code == 201
    # A denied visit frees its slot.
    await anonymous.post(f"{VISITS}/{first['id']}/deny", json={"reason": "x"}, headers=supervisor)
    again = await ask(anonymous, officer, inmate, [lawyer], "legal", slot(3, hour=10))
    assert again.status_code == 201, again.text
    assert len(await visits_of(anonymous, officer, inmate)) == 3


async def test_only_inmates_held_here_are_visited_and_departure_cancels_visits(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, registrar = people["officer"], people["registrar"]
    inmate = await register(anonymous, identities, registrar)
    cousin = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="cousin"
    )
    upcoming = await approved(anonymous, people, inmate, [cousin], when=slot(4))
    released = await anonymous.post(
        f"{INMATES}/{inmate['id']}/legal-statuses",
        json={"status": "released", "effective_date": TODAY.isoformat()},
        headers=registrar,
    )
    assert released.status_code == 201, released.text
    after = (await anonymous.get(f"{VISITS}/{upcoming['id']}", headers=officer)).json()
    assert (after["status"], after["reason"]) == ("cancelled", "left_custody")
    problem = assert_problem(
        await ask(anonymous, officer, inmate, [cousin], when=slot(6)), 409, "inmate_not_held"
    )
    assert problem["rule"] == "inmate_held"
    newcomer = await register(anonymous, identities, registrar, admission_date=TODAY.isoformat())
    before_admission = await ask(anonymous, officer, newcomer, [cousin], when=slot(-1))
    assert_problem(before_admission, 409, "inmate_not_held")
    elsewhere = await identities.headers_for("programme_officer", facilities=("KLK",))
    hidden = await ask(anonymous, elsewhere, inmate, [cousin], when=slot(7))
    assert_problem(hidden, 404, "not_found")
    assert_problem(
        await anonymous.get(f"{VISITS}/{upcoming['id']}", headers=elsewhere), 404, "not_found"
    )


async def test_a_visit_request_is_retry_safe(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer = people["officer"]
    inmate = await register(anonymous, identities, people["registrar"])
    lawyer = await new_visitor(anonymous, officer, "lawyer")
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = await ask(anonymous, officer, inmate, [lawyer], "legal", slot(3), **key)
    replay = await ask(anonymous, officer, inmate, [lawyer], "legal", slot(3), **key)
    assert (first.status_code, replay.status_code) == (201, 201)
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json()["id"] == first.json()["id"]
    client_id = str(uuid.uuid4())
    body = {
        "id": client_id,
        "inmate_id": inmate["id"],
        "type": "legal",
        "visitor_ids": [lawyer["id"]],
        **slot(5),
    }
    created = await anonymous.post(VISITS, json=body, headers=officer)
    again = await anonymous.post(VISITS, json=body, headers=officer)
    assert (created.status_code, again.status_code) == (201, 200)
    other = await anonymous.post(VISITS, json={**body, **slot(6)}, headers=officer)
    assert_problem(other, 409, "id_conflict")
    assert len(await visits_of(anonymous, officer, inmate)) == 2


async def test_partners_and_analysts_never_see_visits(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    inmate = await register(anonymous, identities, people["registrar"])
    lawyer = await new_visitor(anonymous, people["officer"], "lawyer")
    visit = await requested(anonymous, people["officer"], inmate, [lawyer], "legal")
    partner = await identities.headers_for("partner", organisation="NGO-DEMO")
    analyst = await identities.headers_for("analyst", all_facilities=True)
    for headers in (partner, analyst):
        for url in (VISITS, f"{VISITS}/{visit['id']}", VISITORS, f"{VISITS}/without-contact"):
            assert_problem(await anonymous.get(url, headers=headers), 403, "insufficient_scope")


# Contact monitoring


async def test_without_contact_lists_around_the_boundary_day(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, registrar = people["officer"], people["registrar"]

    def ago(days: int) -> str:
        return (TODAY - timedelta(days=days)).isoformat()

    on_the_day = await register(anonymous, identities, registrar, admission_date=ago(30))
    day_after = await register(anonymous, identities, registrar, admission_date=ago(31))
    long_ago = await register(anonymous, identities, registrar, admission_date=ago(200))
    visited_recently = await register(anonymous, identities, registrar, admission_date=ago(200))
    visited_long_ago = await register(anonymous, identities, registrar, admission_date=ago(200))
    lawyer = await new_visitor(anonymous, officer, "lawyer")
    for inmate, days in ((visited_recently, 30), (visited_long_ago, 45)):
        visit = await approved(anonymous, people, inmate, [lawyer], "legal", slot(-days))
        logged = await anonymous.post(
            f"{VISITS}/{visit['id']}/log",
            json={
                "outcome": "occurred",
                "started_at": slot(-days)["starts_at"],
                "ended_at": slot(-days)["ends_at"],
            },
            headers=officer,
        )
        assert logged.status_code == 200, logged.text

    facility = await identities.facility("MCA-BKO")
    response = await anonymous.get(
        f"{VISITS}/without-contact",
        params={"facility_id": str(facility.id), "days": 30},
        headers=registrar,
    )
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [item["inmate_id"] for item in items] == [
        long_ago["id"],
        visited_long_ago["id"],
        day_after["id"],
    ]
    assert [item["days_without_contact"] for item in items] == [200, 45, 31]
    assert [item["last_visit_on"] for item in items] == [None, ago(45), None]
    assert on_the_day["id"] not in {item["inmate_id"] for item in items}
    assert visited_recently["id"] not in {item["inmate_id"] for item in items}

    # Paging never repeats or skips.
    first = (
        await anonymous.get(
            f"{VISITS}/without-contact", params={"days": 30, "limit": 2}, headers=registrar
        )
    ).json()
    rest = (
        await anonymous.get(
            f"{VISITS}/without-contact",
            params={"days": 30, "limit": 2, "cursor": first["next_cursor"]},
            headers=registrar,
        )
    ).json()
    assert [i["inmate_id"] for i in first["items"] + rest["items"]] == [
        item["inmate_id"] for item in items
    ]
    assert rest["next_cursor"] is None
    bad = await anonymous.get(
        f"{VISITS}/without-contact", params={"cursor": "nonsense"}, headers=registrar
    )
    assert_problem(bad, 400, "invalid_cursor")
    elsewhere = await identities.headers_for("registrar", facilities=("KLK",))
    assert_problem(
        await anonymous.get(
            f"{VISITS}/without-contact", params={"facility_id": str(facility.id)}, headers=elsewhere
        ),
        404,
        "not_found",
    )
    assert (await anonymous.get(f"{VISITS}/without-contact", headers=elsewhere)).json()[
        "items"
    ] == []


async def test_later_bans_vetting_and_restrictions_withdraw_what_has_not_begun(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, supervisor = people["officer"], people["supervisor"]
    inmate = await register(anonymous, identities, people["registrar"])
    wife = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="wife"
    )
    imam = await new_visitor(anonymous, officer, "religious_leader")
    await vet(anonymous, supervisor, imam, expires_on=TODAY + timedelta(days=100))
    ngo = await new_visitor(anonymous, officer, "ngo")
    begun = await approved(anonymous, people, inmate, [wife], when=slot(0, hour=0))
    ahead = await approved(anonymous, people, inmate, [wife], when=slot(6))
    later = await approved(anonymous, people, inmate, [wife], when=slot(40))
    prayer = await approved(anonymous, people, inmate, [imam], "religious", slot(8))
    workshop = await requested(anonymous, officer, inmate, [ngo], "ngo", slot(9))

    ban = {
        "reason": "Threats at the gate",
        "banned_from": TODAY.isoformat(),
        "banned_until": (TODAY + timedelta(days=30)).isoformat(),
    }
    await anonymous.put(f"{VISITORS}/{wife['id']}/ban", json=ban, headers=supervisor)
    await vet(anonymous, supervisor, imam, status="refused")
    await restrict(anonymous, identities, {"unclassified": ["ngo"]})

    async def state(visit: dict[str, Any]) -> tuple[str, str | None]:
        found = (await anonymous.get(f"{VISITS}/{visit['id']}", headers=officer)).json()
        return found["status"], found["reason"]

    # What has begun is left to be logged; what the ban reaches is cancelled; the visit
    # after the ban stands.
    assert await state(begun) == ("approved", None)
    assert await state(ahead) == ("cancelled", "visitor_banned")
    assert await state(later) == ("approved", None)
    assert await state(prayer) == ("cancelled", "visitor_not_vetted")
    assert await state(workshop) == ("cancelled", "visit_restricted")


async def test_a_slot_is_read_in_utc_whatever_the_offset_sent(
    anonymous: httpx.AsyncClient, identities: Identities, people: dict[str, dict[str, str]]
) -> None:
    officer, supervisor = people["officer"], people["supervisor"]
    inmate = await register(anonymous, identities, people["registrar"])
    son = await new_visitor(
        anonymous, officer, "family", inmate_id=inmate["id"], relationship="son"
    )
    last_day = TODAY + timedelta(days=5)
    await anonymous.put(
        f"{VISITORS}/{son['id']}/ban",
        json={"reason": "Test", "banned_from": TODAY.isoformat(), "banned_until": str(last_day)},
        headers=supervisor,
    )
    # 00:30 at UTC+01:00 the day after the ban ends is 23:30 UTC on its last day.
    local = f"{last_day + timedelta(days=1)}T00:30:00+01:00"
    refused = await anonymous.post(
        VISITS,
        json={
            "inmate_id": inmate["id"],
            "type": "family",
            "visitor_ids": [son["id"]],
            "starts_at": local,
            "ends_at": f"{last_day + timedelta(days=1)}T01:30:00+01:00",
        },
        headers=officer,
    )
    assert_problem(refused, 409, "visitor_banned")
    accepted = await anonymous.post(
        VISITS,
        json={
            "inmate_id": inmate["id"],
            "type": "family",
            "visitor_ids": [son["id"]],
            "starts_at": f"{last_day + timedelta(days=1)}T01:30:00+01:00",
            "ends_at": f"{last_day + timedelta(days=1)}T02:30:00+01:00",
        },
        headers=officer,
    )
    assert accepted.status_code == 201, accepted.text
    assert accepted.json()["starts_at"].startswith(f"{last_day + timedelta(days=1)}T00:30:00")
    fetched = (await anonymous.get(accepted.headers["location"], headers=officer)).json()
    assert fetched["starts_at"] == accepted.json()["starts_at"]
