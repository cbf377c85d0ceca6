"""Training sessions, participants and enrolments: who sees and changes what."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.factories import Identities
from tests.resources import assert_problem

SESSIONS = "/api/v1/training-sessions"
PARTICIPANTS = "/api/v1/participants"
PARTNER_SCOPES = ["reference:read", "training:read", "training:write", "attendance:sync"]


def session_body(**overrides: Any) -> dict[str, Any]:
    body = {
        "title": "Risk assessment with a focus on radicalisation",
        "topic": "risk_assessment",
        "venue": "Demo venue, Bamako",
        "start_date": "2017-08-21",
        "end_date": "2017-08-25",
        "daily_start": "09:00",
        "daily_end": "16:00",
        "hours_per_day": 6,
        "language": "fra",
    }
    return {**body, **overrides}


class Partners:
    """Headers of partner systems and staff, for one test."""

    def __init__(self, identities: Identities) -> None:
        self.identities = identities

    async def partner(self, code: str, scopes: list[str] = PARTNER_SCOPES) -> dict[str, str]:
        await self.identities.agreement(code, scopes, ["MCA-BKO"])
        client = await self.identities.client(code, scopes)
        token = await self.identities.client_token(client)
        return {"Authorization": f"Bearer {token}"}

    async def organisation_id(self, code: str) -> str:
        return str((await self.identities.organisation(code)).id)

    async def facility_id(self, code: str) -> str:
        return str((await self.identities.facility(code)).id)


@pytest.fixture
def partners(identities: Identities) -> Partners:
    return Partners(identities)


@pytest.fixture
async def officer(identities: Identities) -> dict[str, str]:
    """A national programme officer."""
    return await identities.headers_for("programme_officer", facilities=(), all_facilities=True)


async def create_session(
    http: httpx.AsyncClient, headers: dict[str, str], **overrides: Any
) -> dict[str, Any]:
    response = await http.post(SESSIONS, json=session_body(**overrides), headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_a_partner_organises_as_itself_and_sees_only_its_sessions(
    anonymous: httpx.AsyncClient, partners: Partners, officer: dict[str, str]
) -> None:
    icct = await partners.partner("ICCT")
    unicri = await partners.partner("UNICRI")
    unicri_id = await partners.organisation_id("UNICRI")
    mine = await create_session(anonymous, icct, external_id="ICCT-RA-2017")
    assert mine["organiser_organisation_id"] == await partners.organisation_id("ICCT")
    assert mine["days"] == ["2017-08-21", "2017-08-22", "2017-08-23", "2017-08-24", "2017-08-25"]
    assert mine["scheduled_hours"] == 30
    theirs = await create_session(anonymous, unicri)
    # A partner cannot organise in another's name.
    refused = await anonymous.post(
        SESSIONS, json=session_body(organiser_organisation_id=unicri_id), headers=icct
    )
    assert_problem(refused, 422, "validation_failed")
    # Another organisation's session does not exist for the partner.
    assert_problem(
        await anonymous.get(f"{SESSIONS}/{theirs['id']}", headers=icct), 404, "not_found"
    )
    listed = (await anonymous.get(SESSIONS, headers=icct)).json()["items"]
    assert [item["id"] for item in listed] == [mine["id"]]
    # Staff see both.
    staff_list = (await anonymous.get(SESSIONS, headers=officer)).json()["items"]
    assert {item["id"] for item in staff_list} == {mine["id"], theirs["id"]}


async def test_a_co_organiser_sees_the_session_but_only_the_organiser_changes_it(
    anonymous: httpx.AsyncClient, partners: Partners
) -> None:
    icct = await partners.partner("ICCT")
    unicri = await partners.partner("UNICRI")
    created = await create_session(
        anonymous, icct, co_organiser_ids=[await partners.organisation_id("UNICRI")]
    )
    url = f"{SESSIONS}/{created['id']}"
    seen = await anonymous.get(url, headers=unicri)
    assert seen.status_code == 200
    assert seen.json()["co_organiser_ids"] == [await partners.organisation_id("UNICRI")]
    refused = await anonymous.patch(
        url, json={"status": "held"}, headers={**unicri, "If-Match": '"1"'}
    )
    assert_problem(refused, 403, "forbidden")
    changed = await anonymous.patch(
        url, json={"status": "held"}, headers={**icct, "If-Match": '"1"'}
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["status"] == "held"
    assert changed.headers["etag"] == '"2"'


async def test_staff_manage_the_sessions_of_their_facilities(
    anonymous: httpx.AsyncClient, identities: Identities, partners: Partners
) -> None:
    bamako = await identities.headers_for("programme_officer", facilities=("MCA-BKO",))
    koulikoro = await identities.headers_for("programme_officer", facilities=("KLK",))
    organiser = await partners.organisation_id("DNAPES")
    created = await create_session(
        anonymous,
        bamako,
        organiser_organisation_id=organiser,
        facility_id=await partners.facility_id("MCA-BKO"),
        venue=None,
    )
    # Staff of another facility neither see it nor plan in a facility that is not theirs.
    missing = await anonymous.get(f"{SESSIONS}/{created['id']}", headers=koulikoro)
    assert_problem(missing, 404, "not_found")
    elsewhere = await anonymous.post(
        SESSIONS,
        json=session_body(
            organiser_organisation_id=organiser,
            facility_id=await partners.facility_id("MCA-BKO"),
        ),
        headers=koulikoro,
    )
    assert_problem(elsewhere, 422, "validation_failed")
    # Staff of a facility plan sessions in it, not at an outside venue, and see only those.
    venue_only = await anonymous.post(
        SESSIONS, json=session_body(organiser_organisation_id=organiser), headers=bamako
    )
    assert_problem(venue_only, 422, "validation_failed")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"end_date": "2017-08-20"}, "before start_date"),
        ({"daily_end": "08:00"}, "daily_end"),
        ({"hours_per_day": 8}, "hours_per_day"),
        ({"excluded_days": ["2017-09-01"]}, "excluded day"),
        ({"venue": None}, "facility_id or a venue"),
    ],
)
async def test_a_schedule_that_does_not_hold_together_is_refused(
    anonymous: httpx.AsyncClient, officer: dict[str, str], overrides: dict[str, Any], message: str
) -> None:
    body = session_body(organiser_organisation_id=None, **overrides)
    response = await anonymous.post(SESSIONS, json=body, headers=officer)
    problem = assert_problem(response, 422, "validation_failed")
    assert message in response.text, problem


async def test_excluded_days_shorten_the_schedule(
    anonymous: httpx.AsyncClient, officer: dict[str, str], partners: Partners
) -> None:
    created = await create_session(
        anonymous,
        officer,
        organiser_organisation_id=await partners.organisation_id("UNICRI"),
        excluded_days=["2017-08-23"],
        hours_per_day=None,
        daily_start="09:00",
        daily_end="12:30",
    )
    assert created["hours_per_day"] == 3.5
    assert created["scheduled_hours"] == 14
    assert "2017-08-23" not in created["days"]


async def test_the_schedule_is_fixed_once_attendance_is_recorded(
    anonymous: httpx.AsyncClient, partners: Partners
) -> None:
    icct = await partners.partner("ICCT")
    created = await create_session(anonymous, icct)
    url = f"{SESSIONS}/{created['id']}"
    moved = await anonymous.patch(
        url, json={"end_date": "2017-08-24"}, headers={**icct, "If-Match": '"1"'}
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["scheduled_hours"] == 24
    await anonymous.put(
        f"{url}/attendance",
        json={
            "create_participants": True,
            "records": [
                {
                    "participant_external_id": "P-1",
                    "participant": {"full_name": "Demo One", "category": "judge"},
                    "day": "2017-08-21",
                    "status": "present",
                }
            ],
        },
        headers=icct,
    )
    locked = await anonymous.patch(
        url, json={"end_date": "2017-08-25"}, headers={**icct, "If-Match": '"2"'}
    )
    assert_problem(locked, 409, "schedule_locked")
    retitled = await anonymous.patch(
        url, json={"title": "Renamed demo session"}, headers={**icct, "If-Match": '"2"'}
    )
    assert retitled.status_code == 200


async def test_a_partner_keeps_its_participants_and_their_contact(
    anonymous: httpx.AsyncClient, partners: Partners, officer: dict[str, str]
) -> None:
    icct = await partners.partner("ICCT")
    unicri = await partners.partner("UNICRI")
    body = {
        "full_name": "Demo Imam Participant",
        "category": "religious_leader",
        "external_id": "P-0042",
        "contact": "+223 70 00 00 00",
        "languages": ["bam"],
    }
    created = await anonymous.post(PARTICIPANTS, json=body, headers=icct)
    assert created.status_code == 201, created.text
    participant = created.json()
    assert participant["organisation_id"] == await partners.organisation_id("ICCT")
    # The same external id is another organisation's own business.
    assert (await anonymous.post(PARTICIPANTS, json=body, headers=unicri)).status_code == 201
    duplicate = await anonymous.post(PARTICIPANTS, json=body, headers=icct)
    assert_problem(duplicate, 409, "duplicate_value")
    url = f"{PARTICIPANTS}/{participant['id']}"
    assert_problem(await anonymous.get(url, headers=unicri), 404, "not_found")
    mine = (await anonymous.get(url, headers=icct)).json()
    assert mine["contact"] == "+223 70 00 00 00"
    # Staff see it, without its contact or the partner's id; they do not change it.
    staff_view = (await anonymous.get(url, headers=officer)).json()
    assert "contact" not in staff_view
    assert staff_view["external_id"] is None
    refused = await anonymous.patch(
        url, json={"institution": "Demo court"}, headers={**officer, "If-Match": '"1"'}
    )
    assert_problem(refused, 403, "forbidden")
    listed = (await anonymous.get(PARTICIPANTS, headers=icct)).json()["items"]
    assert [item["id"] for item in listed] == [participant["id"]]


async def test_only_staff_link_a_participant_to_a_user(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    partners: Partners,
    officer: dict[str, str],
) -> None:
    icct = await partners.partner("ICCT")
    user = await identities.user(["assessor"], ["MCA-BKO"])
    body = {"full_name": "Demo Staff", "category": "prison_staff", "user_id": str(user.id)}
    refused = await anonymous.post(PARTICIPANTS, json=body, headers=icct)
    assert_problem(refused, 422, "validation_failed")
    linked = await anonymous.post(PARTICIPANTS, json=body, headers=officer)
    assert linked.status_code == 201
    assert linked.json()["user_id"] == str(user.id)


async def test_a_partner_sees_the_administrations_people_in_its_sessions_without_contact(
    anonymous: httpx.AsyncClient, partners: Partners, officer: dict[str, str]
) -> None:
    icct = await partners.partner("ICCT")
    created = await anonymous.post(
        PARTICIPANTS,
        json={"full_name": "Demo Judge", "category": "judge", "contact": "demo@example.org"},
        headers=officer,
    )
    person = created.json()
    assert person["contact"] == "demo@example.org"
    url = f"{PARTICIPANTS}/{person['id']}"
    # Not enrolled in any of the partner's sessions: it does not exist for the partner.
    assert_problem(await anonymous.get(url, headers=icct), 404, "not_found")
    session = await create_session(anonymous, icct)
    # A partner cannot reach the administration's registry; staff enrol the person.
    refused = await anonymous.post(
        f"{SESSIONS}/{session['id']}/participants",
        json={"participant_id": person["id"]},
        headers=icct,
    )
    assert_problem(refused, 404, "not_found")
    enrolled = await anonymous.post(
        f"{SESSIONS}/{session['id']}/participants",
        json={"participant_id": person["id"]},
        headers=officer,
    )
    assert enrolled.status_code == 201, enrolled.text
    seen = await anonymous.get(url, headers=icct)
    assert seen.status_code == 200
    assert "contact" not in seen.json()
    assert seen.json()["full_name"] == "Demo Judge"


async def test_enrolment_respects_capacity_cancellation_and_withdrawal(
    anonymous: httpx.AsyncClient, officer: dict[str, str], partners: Partners
) -> None:
    created = await create_session(
        anonymous,
        officer,
        organiser_organisation_id=await partners.organisation_id("ICCT"),
        capacity=1,
    )
    url = f"{SESSIONS}/{created['id']}/participants"
    people = []
    for n in range(2):
        response = await anonymous.post(
            PARTICIPANTS,
            json={"full_name": f"Demo Person {n}", "category": "prosecutor"},
            headers=officer,
        )
        people.append(response.json()["id"])
    first = await anonymous.post(url, json={"participant_id": people[0]}, headers=officer)
    assert first.status_code == 201, first.text
    assert first.json()["participant_name"] == "Demo Person 0"
    again = await anonymous.post(url, json={"participant_id": people[0]}, headers=officer)
    assert again.status_code == 200
    full = await anonymous.post(url, json={"participant_id": people[1]}, headers=officer)
    assert_problem(full, 409, "session_full")
    withdrawn = await anonymous.patch(
        f"{url}/{people[0]}",
        json={"status": "withdrawn", "pre_test_score": 40},
        headers={**officer, "If-Match": '"1"'},
    )
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["pre_test_score"] == 40
    assert (
        await anonymous.post(url, json={"participant_id": people[1]}, headers=officer)
    ).status_code == 201
    cancel = await anonymous.patch(
        f"{SESSIONS}/{created['id']}",
        json={"status": "cancelled"},
        headers={**officer, "If-Match": '"1"'},
    )
    assert cancel.status_code == 200
    late = await anonymous.post(url, json={"participant_id": people[0]}, headers=officer)
    assert_problem(late, 409, "session_cancelled")
    listed = (await anonymous.get(url, headers=officer)).json()
    assert {item["participant_id"]: item["status"] for item in listed["items"]} == {
        people[0]: "withdrawn",
        people[1]: "enrolled",
    }


async def test_scores_outside_zero_to_hundred_are_refused(
    anonymous: httpx.AsyncClient, officer: dict[str, str], partners: Partners
) -> None:
    created = await create_session(
        anonymous, officer, organiser_organisation_id=await partners.organisation_id("ICCT")
    )
    person = await anonymous.post(
        PARTICIPANTS, json={"full_name": "Demo Person", "category": "other"}, headers=officer
    )
    url = f"{SESSIONS}/{created['id']}/participants"
    await anonymous.post(url, json={"participant_id": person.json()["id"]}, headers=officer)
    refused = await anonymous.patch(
        f"{url}/{person.json()['id']}",
        json={"post_test_score": 101},
        headers={**officer, "If-Match": '"1"'},
    )
    assert_problem(refused, 422, "validation_failed")


async def test_only_administrators_make_a_session_accredit(
    anonymous: httpx.AsyncClient,
    client: httpx.AsyncClient,
    partners: Partners,
    officer: dict[str, str],
    version_id: str,
) -> None:
    icct = await partners.partner("ICCT")
    created = await create_session(anonymous, icct)
    url = f"{SESSIONS}/{created['id']}/accreditation"
    body = {"instrument_code": "DEMO-SPJ", "months": 12}
    for headers in (icct, officer):
        refused = await anonymous.put(url, json=body, headers={**headers, "If-Match": '"1"'})
        assert_problem(refused, 403, "insufficient_scope")
    unknown = await client.put(
        url, json={"instrument_code": "NO-SUCH"}, headers={"If-Match": '"1"'}
    )
    assert_problem(unknown, 422, "validation_failed")
    accredits = await client.put(url, json=body, headers={"If-Match": '"1"'})
    assert accredits.status_code == 200, accredits.text
    assert (
        accredits.json()["accredits_instrument_code"],
        accredits.json()["accreditation_months"],
    ) == ("DEMO-SPJ", 12)
    # The organiser cannot slip it in through its own fields either.
    slipped = await anonymous.patch(
        f"{SESSIONS}/{created['id']}",
        json={"accredits_instrument_code": None},
        headers={**icct, "If-Match": '"2"'},
    )
    assert_problem(slipped, 422, "validation_failed")
    await anonymous.put(
        f"{SESSIONS}/{created['id']}/attendance",
        json={
            "create_participants": True,
            "records": [
                {
                    "participant_external_id": "P-1",
                    "participant": {"full_name": "Demo One", "category": "judge"},
                    "day": "2017-08-21",
                    "status": "present",
                }
            ],
        },
        headers=icct,
    )
    locked = await client.put(url, json={"instrument_code": None}, headers={"If-Match": '"2"'})
    assert_problem(locked, 409, "schedule_locked")


async def test_staff_of_one_prison_see_only_its_people(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    partners: Partners,
    officer: dict[str, str],
) -> None:
    bamako = await identities.headers_for("programme_officer", facilities=("MCA-BKO",))
    koulikoro_id = await partners.facility_id("KLK")
    icct = await partners.partner("ICCT")
    mine = await anonymous.post(
        PARTICIPANTS,
        json={
            "full_name": "Demo Guard",
            "category": "prison_staff",
            "facility_id": await partners.facility_id("MCA-BKO"),
        },
        headers=officer,
    )
    theirs = await anonymous.post(
        PARTICIPANTS,
        json={
            "full_name": "Demo Guard KLK",
            "category": "prison_staff",
            "facility_id": koulikoro_id,
        },
        headers=officer,
    )
    judge = await anonymous.post(
        PARTICIPANTS, json={"full_name": "Demo Judge", "category": "judge"}, headers=icct
    )
    listed = (await anonymous.get(PARTICIPANTS, headers=bamako)).json()["items"]
    assert [item["id"] for item in listed] == [mine.json()["id"]]
    for hidden in (theirs, judge):
        url = f"{PARTICIPANTS}/{hidden.json()['id']}"
        assert_problem(await anonymous.get(url, headers=bamako), 404, "not_found")
    # Enrolled in a session of the prison, the partner's judge appears there.
    session = await create_session(
        anonymous,
        icct,
        venue=None,
        facility_id=await partners.facility_id("MCA-BKO"),
    )
    await anonymous.post(
        f"{SESSIONS}/{session['id']}/participants",
        json={"participant_id": judge.json()["id"]},
        headers=icct,
    )
    seen = await anonymous.get(f"{PARTICIPANTS}/{judge.json()['id']}", headers=bamako)
    assert seen.status_code == 200
    assert "contact" not in seen.json()


async def test_sessions_out_of_range_years_are_refused(
    anonymous: httpx.AsyncClient, officer: dict[str, str], partners: Partners
) -> None:
    body = session_body(
        organiser_organisation_id=await partners.organisation_id("ICCT"),
        start_date="9999-12-27",
        end_date="9999-12-31",
    )
    assert_problem(
        await anonymous.post(SESSIONS, json=body, headers=officer), 422, "validation_failed"
    )


async def test_the_administrations_external_ids_are_unique_too(
    anonymous: httpx.AsyncClient, officer: dict[str, str]
) -> None:
    body = {"full_name": "Demo Guard", "category": "prison_staff", "external_id": "DNAPES-1"}
    assert (await anonymous.post(PARTICIPANTS, json=body, headers=officer)).status_code == 201
    again = await anonymous.post(PARTICIPANTS, json=body, headers=officer)
    assert_problem(again, 409, "duplicate_value")
