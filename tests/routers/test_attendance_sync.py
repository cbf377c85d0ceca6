"""Bulk attendance sync: idempotent upserts, per-record outcomes, atomic and dry runs,
partner scoping, completion, accreditation, the pull of changes and the audit trail."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.audit import AuditEvent
from app.models.certification import Certification
from app.models.training import Participant, TrainingAttendance
from app.services.audit import seal_pending, verify_chain
from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_training_sessions import (
    PARTICIPANTS,
    SESSIONS,
    Partners,
    create_session,
)

DAYS = ["2017-08-21", "2017-08-22", "2017-08-23", "2017-08-24", "2017-08-25"]


def record(person: str, day: str, status: str = "present", **extra: Any) -> dict[str, Any]:
    return {
        "participant_external_id": person,
        "participant": {"full_name": f"Demo {person}", "category": "prison_staff"},
        "day": day,
        "status": status,
        **extra,
    }


def batch(*records: dict[str, Any], create: bool = True) -> dict[str, Any]:
    return {"create_participants": create, "records": list(records)}


@pytest.fixture
def partners(identities: Identities) -> Partners:
    return Partners(identities)


@pytest.fixture
async def icct(partners: Partners) -> dict[str, str]:
    return await partners.partner("ICCT")


@pytest.fixture
async def training(anonymous: httpx.AsyncClient, icct: dict[str, str]) -> dict[str, Any]:
    """A five-day session of six hours a day (30 hours; 24 complete it) organised by ICCT."""
    return await create_session(anonymous, icct, external_id="ICCT-RA", capacity=50)


def outcomes(response: httpx.Response) -> list[tuple[int, str, str | None]]:
    assert response.status_code == 200, response.text
    return [(r["index"], r["outcome"], r["reason"]) for r in response.json()["results"]]


async def test_replaying_a_batch_changes_nothing(
    anonymous: httpx.AsyncClient,
    icct: dict[str, str],
    training: dict[str, Any],
    session: AsyncSession,
) -> None:
    url = f"{SESSIONS}/{training['id']}/attendance"
    payload = batch(*(record(f"P-{n}", day) for n in range(3) for day in DAYS[:2]))
    first = await anonymous.put(url, json=payload, headers=icct)
    assert [outcome for _, outcome, _ in outcomes(first)] == ["created"] * 6
    assert first.json()["counts"] | {} == {
        "created": 6,
        "updated": 0,
        "unchanged": 0,
        "rejected": 0,
        "participants_created": 3,
        "enrolments_created": 3,
    }
    rows_before = (await session.exec(select(TrainingAttendance))).all()
    replay = await anonymous.put(url, json=payload, headers=icct)
    assert [outcome for _, outcome, _ in outcomes(replay)] == ["unchanged"] * 6
    assert replay.json()["written"] is False
    assert replay.json()["counts"]["participants_created"] == 0
    rows_after = (await session.exec(select(TrainingAttendance))).all()
    assert len(rows_after) == len(rows_before) == 6
    assert {(r.id, r.version, r.change_seq) for r in rows_after} == {
        (r.id, r.version, r.change_seq) for r in rows_before
    }
    participants = (await session.exec(select(Participant))).all()
    assert len(participants) == 3


async def test_a_changed_record_is_an_update_with_a_new_version(
    anonymous: httpx.AsyncClient, icct: dict[str, str], training: dict[str, Any]
) -> None:
    url = f"{SESSIONS}/{training['id']}/attendance"
    await anonymous.put(url, json=batch(record("P-1", DAYS[0])), headers=icct)
    changed = await anonymous.put(
        url, json=batch(record("P-1", DAYS[0], "late", hours=4.5)), headers=icct
    )
    assert outcomes(changed) == [(0, "updated", None)]
    rows = (await anonymous.get(url, headers=icct)).json()["items"]
    assert [(r["status"], r["hours"], r["version"]) for r in rows] == [("late", 4.5, 2)]


async def test_bad_records_are_rejected_one_by_one_with_their_reason(
    anonymous: httpx.AsyncClient, icct: dict[str, str], training: dict[str, Any]
) -> None:
    url = f"{SESSIONS}/{training['id']}/attendance"
    payload = batch(
        record("P-1", DAYS[0]),
        record("P-1", "2017-08-26"),
        record("P-1", DAYS[1], "asleep"),
        record("P-1", DAYS[1], hours=25),
        record("P-1", DAYS[1], hours=-1),
        record("P-1", DAYS[1], hours=7),
        record("P-1", DAYS[1], "absent", hours=2),
        record("P-1", DAYS[1], "late"),
        record("P-1", DAYS[0], "absent"),
        {"participant_external_id": "P-9", "day": DAYS[0], "status": "present"},
        {"day": DAYS[0], "status": "present"},
        "not a record",
        record("P-2", DAYS[1], "excused"),
    )
    response = await anonymous.put(url, json=payload, headers=icct)
    assert outcomes(response) == [
        (0, "created", None),
        (1, "rejected", "day_outside_session"),
        (2, "rejected", "unknown_status"),
        (3, "rejected", "hours_out_of_range"),
        (4, "rejected", "hours_out_of_range"),
        (5, "rejected", "hours_exceed_schedule"),
        (6, "rejected", "hours_for_absence"),
        (7, "rejected", "hours_required"),
        (8, "rejected", "duplicate_in_batch"),
        (9, "rejected", "unknown_participant"),
        (10, "rejected", "invalid_record"),
        (11, "rejected", "invalid_record"),
        (12, "created", None),
    ]
    counts = response.json()["counts"]
    assert (counts["created"], counts["rejected"]) == (2, 11)
    assert all(r["message"] for r in response.json()["results"] if r["outcome"] == "rejected")
    rows = (await anonymous.get(url, headers=icct)).json()["items"]
    assert sorted((r["participant_external_id"], r["status"], r["hours"]) for r in rows) == [
        ("P-1", "present", 6.0),
        ("P-2", "excused", 0.0),
    ]


async def test_an_atomic_batch_with_a_bad_record_writes_nothing(
    anonymous: httpx.AsyncClient,
    icct: dict[str, str],
    training: dict[str, Any],
    session: AsyncSession,
) -> None:
    url = f"{SESSIONS}/{training['id']}/attendance"
    payload = batch(record("P-1", DAYS[0]), record("P-2", DAYS[0], hours=30))
    refused = await anonymous.put(url, params={"atomic": "true"}, json=payload, headers=icct)
    problem = assert_problem(refused, 422, "batch_rejected")
    assert problem["counts"]["rejected"] == 1
    assert [(r["index"], r["reason"]) for r in problem["rejected"]] == [(1, "hours_out_of_range")]
    assert (await session.exec(select(TrainingAttendance))).all() == []
    assert (await session.exec(select(Participant))).all() == []
    accepted = await anonymous.put(
        url, params={"atomic": "true"}, json=batch(record("P-1", DAYS[0])), headers=icct
    )
    assert accepted.json()["written"] is True
    assert len((await session.exec(select(TrainingAttendance))).all()) == 1


async def test_a_dry_run_reports_and_writes_nothing(
    anonymous: httpx.AsyncClient,
    icct: dict[str, str],
    training: dict[str, Any],
    session: AsyncSession,
) -> None:
    url = f"{SESSIONS}/{training['id']}/attendance"
    before = len((await session.exec(select(AuditEvent))).all())
    payload = batch(record("P-1", DAYS[0]), record("P-1", "2018-01-01"))
    response = await anonymous.put(url, params={"dry_run": "true"}, json=payload, headers=icct)
    assert outcomes(response) == [(0, "created", None), (1, "rejected", "day_outside_session")]
    assert response.json()["written"] is False
    assert response.json()["dry_run"] is True
    assert response.json()["counts"]["participants_created"] == 1
    assert (await session.exec(select(TrainingAttendance))).all() == []
    assert (await session.exec(select(Participant))).all() == []
    actions = [e.action for e in (await session.exec(select(AuditEvent))).all()[before:]]
    assert not [action for action in actions if action.startswith("training_")]


async def test_another_organisations_session_is_never_written(
    anonymous: httpx.AsyncClient,
    partners: Partners,
    icct: dict[str, str],
    training: dict[str, Any],
    session: AsyncSession,
) -> None:
    unicri = await partners.partner("UNICRI")
    url = f"{SESSIONS}/{training['id']}/attendance"
    missing = await anonymous.put(url, json=batch(record("P-1", DAYS[0])), headers=unicri)
    assert_problem(missing, 404, "not_found")
    theirs = await create_session(anonymous, unicri, external_id="UNICRI-RL")
    many = await anonymous.post(
        "/api/v1/sync/attendance",
        json=batch(
            {**record("P-1", DAYS[0]), "session_id": training["id"]},
            {**record("P-1", DAYS[0]), "session_external_id": "ICCT-RA"},
            {**record("P-1", DAYS[0]), "session_external_id": "UNICRI-RL"},
            {**record("P-1", DAYS[1]), "session_id": theirs["id"]},
        ),
        headers=unicri,
    )
    assert outcomes(many) == [
        (0, "rejected", "unknown_session"),
        (1, "rejected", "unknown_session"),
        (2, "created", None),
        (3, "created", None),
    ]
    rows = (await session.exec(select(TrainingAttendance))).all()
    assert {str(row.session_id) for row in rows} == {theirs["id"]}


async def test_a_partner_refers_only_to_its_own_participants(
    anonymous: httpx.AsyncClient,
    partners: Partners,
    icct: dict[str, str],
    training: dict[str, Any],
) -> None:
    unicri = await partners.partner("UNICRI")
    theirs = await anonymous.post(
        PARTICIPANTS,
        json={"full_name": "Demo Other", "category": "judge", "external_id": "P-7"},
        headers=unicri,
    )
    url = f"{SESSIONS}/{training['id']}/attendance"
    by_id = {"participant_id": theirs.json()["id"], "day": DAYS[0], "status": "present"}
    by_external = {"participant_external_id": "P-7", "day": DAYS[0], "status": "present"}
    response = await anonymous.put(url, json=batch(by_id, by_external, create=False), headers=icct)
    assert outcomes(response) == [
        (0, "rejected", "unknown_participant"),
        (1, "rejected", "unknown_participant"),
    ]


async def test_co_organisers_sync_but_never_see_each_others_participants(
    anonymous: httpx.AsyncClient, partners: Partners, icct: dict[str, str]
) -> None:
    unicri = await partners.partner("UNICRI")
    shared = await create_session(
        anonymous, icct, co_organiser_ids=[await partners.organisation_id("UNICRI")]
    )
    url = f"{SESSIONS}/{shared['id']}/attendance"
    assert outcomes(await anonymous.put(url, json=batch(record("I-1", DAYS[0])), headers=icct))
    assert outcomes(await anonymous.put(url, json=batch(record("U-1", DAYS[0])), headers=unicri))
    icct_rows = (await anonymous.get(url, headers=icct)).json()["items"]
    unicri_rows = (await anonymous.get(url, headers=unicri)).json()["items"]
    assert [r["participant_external_id"] for r in icct_rows] == ["I-1"]
    assert [r["participant_external_id"] for r in unicri_rows] == ["U-1"]
    enrolled = (await anonymous.get(f"{SESSIONS}/{shared['id']}/participants", headers=icct)).json()
    assert [item["participant_name"] for item in enrolled["items"]] == ["Demo I-1"]


async def test_the_since_cursor_pulls_back_only_what_changed(
    anonymous: httpx.AsyncClient, icct: dict[str, str], training: dict[str, Any]
) -> None:
    url = f"{SESSIONS}/{training['id']}/attendance"
    await anonymous.put(
        url, json=batch(*(record(f"P-{n}", DAYS[0]) for n in range(3))), headers=icct
    )
    first = (await anonymous.get(url, params={"limit": 2}, headers=icct)).json()
    assert (len(first["items"]), first["has_more"]) == (2, True)
    rest = (await anonymous.get(url, params={"since": first["next_cursor"]}, headers=icct)).json()
    assert (len(rest["items"]), rest["has_more"]) == (1, False)
    quiet = (await anonymous.get(url, params={"since": rest["next_cursor"]}, headers=icct)).json()
    assert quiet["items"] == []
    assert quiet["next_cursor"] == rest["next_cursor"]
    # Staff correct one day: the partner's next pull brings exactly that change.
    officer = await anonymous.put(url, json=batch(record("P-1", DAYS[0], "excused")), headers=icct)
    assert outcomes(officer) == [(0, "updated", None)]
    changed = (await anonymous.get(url, params={"since": rest["next_cursor"]}, headers=icct)).json()
    assert [(r["participant_external_id"], r["status"]) for r in changed["items"]] == [
        ("P-1", "excused")
    ]
    other = await create_session(anonymous, icct)
    foreign = await anonymous.get(
        f"{SESSIONS}/{other['id']}/attendance", params={"since": rest["next_cursor"]}, headers=icct
    )
    assert_problem(foreign, 400, "invalid_cursor")
    overflowing = base64.urlsafe_b64encode(
        json.dumps(["training_attendance", training["id"], 10**20]).encode()
    ).decode()
    huge = await anonymous.get(url, params={"since": overflowing}, headers=icct)
    assert_problem(huge, 400, "invalid_cursor")


async def test_completion_follows_the_attendance_rule(
    anonymous: httpx.AsyncClient, icct: dict[str, str], training: dict[str, Any]
) -> None:
    url = f"{SESSIONS}/{training['id']}"
    # 24 of 30 hours is 80 %: complete. 23.5 is not.
    enough = [record("P-1", day) for day in DAYS[:4]]
    short = [record("P-2", day) for day in DAYS[:3]] + [record("P-2", DAYS[3], "late", hours=5.5)]
    await anonymous.put(f"{url}/attendance", json=batch(*enough, *short), headers=icct)
    rows = (await anonymous.get(f"{url}/participants", headers=icct)).json()["items"]
    by_person = {row["participant_external_id"]: row for row in rows}
    assert by_person["P-1"]["attended_hours"] == 24
    assert by_person["P-1"]["completed"] is True
    assert by_person["P-1"]["completed_on"] == DAYS[3]
    assert by_person["P-1"]["certificate_number"].endswith("-0001")
    assert by_person["P-2"]["attended_hours"] == 23.5
    assert by_person["P-2"]["completed"] is False
    assert by_person["P-2"]["certificate_number"] is None
    # A correction that drops below the rule withdraws the completion.
    await anonymous.put(
        f"{url}/attendance", json=batch(record("P-1", DAYS[0], "absent")), headers=icct
    )
    one = (
        await anonymous.get(
            f"{url}/participants/{by_person['P-1']['participant_id']}", headers=icct
        )
    ).json()
    assert (one["attended_hours"], one["completed"], one["certificate_number"]) == (18, False, None)


async def test_test_scores_ride_along_and_must_agree_within_a_batch(
    anonymous: httpx.AsyncClient, icct: dict[str, str], training: dict[str, Any]
) -> None:
    url = f"{SESSIONS}/{training['id']}"
    response = await anonymous.put(
        f"{url}/attendance",
        json=batch(
            record("P-1", DAYS[0], pre_test_score=35),
            record("P-1", DAYS[1], post_test_score=70),
            record("P-1", DAYS[2], pre_test_score=50),
        ),
        headers=icct,
    )
    assert outcomes(response)[2] == (2, "rejected", "conflicting_scores")
    rows = (await anonymous.get(f"{url}/participants", headers=icct)).json()["items"]
    assert (rows[0]["pre_test_score"], rows[0]["post_test_score"]) == (35, 70)
    # The same days with a new score: the record carrying it is an update.
    again = await anonymous.put(
        f"{url}/attendance", json=batch(record("P-1", DAYS[0], post_test_score=75)), headers=icct
    )
    assert outcomes(again) == [(0, "updated", None)]


async def test_a_full_session_rejects_new_participants_records(
    anonymous: httpx.AsyncClient, icct: dict[str, str]
) -> None:
    small = await create_session(anonymous, icct, capacity=1)
    url = f"{SESSIONS}/{small['id']}/attendance"
    response = await anonymous.put(
        url,
        json=batch(record("P-1", DAYS[0]), record("P-2", DAYS[0]), record("P-2", DAYS[1])),
        headers=icct,
    )
    assert outcomes(response) == [
        (0, "created", None),
        (1, "rejected", "session_full"),
        (2, "rejected", "session_full"),
    ]
    assert response.json()["counts"]["participants_created"] == 1


async def test_a_cancelled_session_takes_no_attendance(
    anonymous: httpx.AsyncClient, icct: dict[str, str], training: dict[str, Any]
) -> None:
    await anonymous.patch(
        f"{SESSIONS}/{training['id']}",
        json={"status": "cancelled"},
        headers={**icct, "If-Match": '"1"'},
    )
    response = await anonymous.put(
        f"{SESSIONS}/{training['id']}/attendance", json=batch(record("P-1", DAYS[0])), headers=icct
    )
    assert outcomes(response) == [(0, "rejected", "session_cancelled")]


async def test_completing_an_accrediting_session_certifies_the_linked_user(
    anonymous: httpx.AsyncClient,
    client: httpx.AsyncClient,
    identities: Identities,
    partners: Partners,
    session: AsyncSession,
    version_id: str,
) -> None:
    officer = await identities.headers_for("programme_officer", facilities=(), all_facilities=True)
    assessor = await identities.user(["assessor"], ["MCA-BKO"])
    accrediting = await create_session(
        anonymous, officer, organiser_organisation_id=await partners.organisation_id("ICCT")
    )
    accredits = await client.put(
        f"{SESSIONS}/{accrediting['id']}/accreditation",
        json={"instrument_code": "DEMO-SPJ", "months": 12},
        headers={"If-Match": '"1"'},
    )
    assert accredits.status_code == 200, accredits.text
    person = await anonymous.post(
        PARTICIPANTS,
        json={
            "full_name": "Demo Assessor",
            "category": "prison_staff",
            "user_id": str(assessor.id),
        },
        headers=officer,
    )
    url = f"{SESSIONS}/{accrediting['id']}/attendance"
    records = [
        {"participant_id": person.json()["id"], "day": day, "status": "present"} for day in DAYS
    ]
    await anonymous.put(url, json={"records": records}, headers=officer)
    await anonymous.put(url, json={"records": records}, headers=officer)
    held = (
        await session.exec(select(Certification).where(Certification.user_id == assessor.id))
    ).all()
    assert [(c.instrument_code, c.source, str(c.source_id)) for c in held] == [
        ("DEMO-SPJ", "training", accrediting["id"])
    ]
    assert (held[0].issued_on.isoformat(), held[0].expires_on.isoformat()) == (
        DAYS[3],
        "2018-08-24",
    )
    grants = (
        await session.exec(
            select(AuditEvent).where(
                AuditEvent.action == "certification.grant",
                AuditEvent.record_id == str(assessor.id),
            )
        )
    ).all()
    assert len(grants) == 1
    # A correction that undoes the completion withdraws the certification with it.
    absent = [{**records[0], "status": "absent"}, {**records[1], "status": "absent"}]
    await anonymous.put(url, json={"records": absent}, headers=officer)
    left = (
        await session.exec(select(Certification).where(Certification.user_id == assessor.id))
    ).all()
    assert left == []


async def test_a_batch_is_audited_once_with_counts_and_once_per_changed_record(
    anonymous: httpx.AsyncClient,
    icct: dict[str, str],
    training: dict[str, Any],
    session: AsyncSession,
) -> None:
    url = f"{SESSIONS}/{training['id']}/attendance"
    payload = batch(record("P-1", DAYS[0]), record("P-1", DAYS[1]), record("P-1", "2000-01-01"))
    await anonymous.put(url, json=payload, headers=icct)
    await anonymous.put(url, json=payload, headers=icct)
    events = (
        await session.exec(
            select(AuditEvent)
            .where(col(AuditEvent.action).startswith("training_attendance"))
            .order_by(col(AuditEvent.id))
        )
    ).all()
    assert [event.action for event in events] == [
        "training_attendance.create",
        "training_attendance.create",
        "training_attendance.sync",
        "training_attendance.sync",
    ]
    first_sync, replay_sync = events[2].detail, events[3].detail
    assert (first_sync["created"], first_sync["rejected"], first_sync["records"]) == (2, 1, 3)
    assert (replay_sync["unchanged"], replay_sync["created"]) == (2, 0)
    assert all("agreement_id" in event.detail for event in events)
    created = (
        await session.exec(select(AuditEvent).where(AuditEvent.action == "participant.create"))
    ).all()
    assert len(created) == 1
    # Events written many at a time chain and verify like any other.
    await seal_pending(session)
    session.expunge_all()
    report = await verify_chain(session)
    assert report.ok, report.problems
    assert report.unsealed == 0


async def test_staff_record_attendance_by_participant_id(
    anonymous: httpx.AsyncClient, identities: Identities, partners: Partners
) -> None:
    bamako = await identities.headers_for("programme_officer", facilities=("MCA-BKO",))
    koulikoro = await identities.headers_for("programme_officer", facilities=("KLK",))
    training = await create_session(
        anonymous,
        bamako,
        organiser_organisation_id=await partners.organisation_id("DNAPES"),
        facility_id=await partners.facility_id("MCA-BKO"),
        venue=None,
    )
    person = await anonymous.post(
        PARTICIPANTS, json={"full_name": "Demo Guard", "category": "prison_staff"}, headers=bamako
    )
    url = f"{SESSIONS}/{training['id']}/attendance"
    payload = {
        "records": [{"participant_id": person.json()["id"], "day": DAYS[0], "status": "present"}]
    }
    assert outcomes(await anonymous.put(url, json=payload, headers=bamako)) == [
        (0, "created", None)
    ]
    assert_problem(await anonymous.put(url, json=payload, headers=koulikoro), 404, "not_found")


async def test_a_batch_is_at_most_five_thousand_records(
    anonymous: httpx.AsyncClient, icct: dict[str, str], training: dict[str, Any]
) -> None:
    url = f"{SESSIONS}/{training['id']}/attendance"
    too_many = {"records": [{"day": DAYS[0]}] * 5001}
    assert_problem(await anonymous.put(url, json=too_many, headers=icct), 422, "validation_failed")
    assert_problem(
        await anonymous.put(url, json={"records": []}, headers=icct), 422, "validation_failed"
    )


async def test_syncing_needs_the_attendance_scope(
    anonymous: httpx.AsyncClient, partners: Partners, training: dict[str, Any]
) -> None:
    reader = await partners.partner("ICCT", ["training:read"])
    url = f"{SESSIONS}/{training['id']}/attendance"
    refused = await anonymous.put(url, json=batch(record("P-1", DAYS[0])), headers=reader)
    assert_problem(refused, 403, "insufficient_scope")
    assert (await anonymous.get(url, headers=reader)).status_code == 200


async def test_participants_registered_by_a_batch_carry_their_facility(
    anonymous: httpx.AsyncClient,
    partners: Partners,
    icct: dict[str, str],
    training: dict[str, Any],
    session: AsyncSession,
) -> None:
    facility = await partners.facility_id("MCA-BKO")
    staff = record("P-1", DAYS[0])
    staff["participant"] |= {"facility_id": facility}
    unknown = record("P-2", DAYS[0])
    unknown["participant"] |= {"facility_id": "00000000-0000-4000-8000-000000000000"}
    response = await anonymous.put(
        f"{SESSIONS}/{training['id']}/attendance", json=batch(staff, unknown), headers=icct
    )
    assert outcomes(response) == [(0, "created", None), (1, "rejected", "invalid_record")]
    registered = (await session.exec(select(Participant))).all()
    assert [(p.external_id, str(p.facility_id)) for p in registered] == [("P-1", facility)]


async def test_a_full_batch_of_five_thousand_records_fits_where_other_bodies_do_not(
    anonymous: httpx.AsyncClient, icct: dict[str, str], partners: Partners
) -> None:
    big = await create_session(anonymous, icct)
    payload = batch(*(record(f"PARTICIPANT-{n:05d}", day) for n in range(1000) for day in DAYS))
    for item in payload["records"]:
        item["participant"]["institution"] = "Demo institution with a long name " * 3
    size = len(httpx.Request("PUT", "http://t", json=payload).content)
    assert size > 1024 * 1024
    response = await anonymous.put(f"{SESSIONS}/{big['id']}/attendance", json=payload, headers=icct)
    assert response.status_code == 200, response.text[:500]
    assert response.json()["counts"]["created"] == 5000
    elsewhere = await anonymous.post(PARTICIPANTS, json=payload, headers=icct)
    assert_problem(elsewhere, 413, "content_too_large")


async def test_a_day_that_has_not_come_is_rejected(
    anonymous: httpx.AsyncClient, icct: dict[str, str]
) -> None:
    upcoming = await create_session(anonymous, icct, start_date="2099-01-05", end_date="2099-01-06")
    response = await anonymous.put(
        f"{SESSIONS}/{upcoming['id']}/attendance",
        json=batch(record("P-1", "2099-01-05")),
        headers=icct,
    )
    assert outcomes(response) == [(0, "rejected", "day_in_future")]
