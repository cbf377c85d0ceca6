"""The inmate registry: registration, search, duplicates, visibility per role, audited reads."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import event, update
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.models.audit import AuditEvent
from app.models.base import utcnow
from app.models.emergency import EmergencyAccess
from app.security import subject_ref
from tests.factories import PASSWORD, Identities
from tests.resources import assert_problem

INMATES = "/api/v1/inmates"


@pytest.fixture
async def registrar(identities: Identities) -> dict[str, str]:
    return await identities.headers_for("registrar", facilities=("MCA-BKO",))


async def _new(identities: Identities, **fields: Any) -> dict[str, Any]:
    facility = await identities.facility(fields.pop("facility", "MCA-BKO"))
    return {
        "facility_id": str(facility.id),
        "prison_number": f"T-{uuid.uuid4().hex[:8]}",
        "family_name": "Exemple",
        "given_names": "Fictif",
        "sex": "male",
        "birth_year": 1995,
        "region_of_origin": "Mopti",
        "languages": ["ffm", "bam"],
        "charges": [{"legal_basis": "Loi n°08-025", "description": "Fictional charge"}],
        "case_reference": "PJS-TEST-1",
        "family_contact": {"name": "Contact Fictif", "relationship": "brother"},
        "admission_date": "2026-11-01",
        **fields,
    }


async def _register(
    anonymous: httpx.AsyncClient, headers: dict[str, str], payload: dict[str, Any]
) -> dict[str, Any]:
    response = await anonymous.post(INMATES, json=payload, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_register_and_read_back(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    assert created["legal_status"] == "pre_trial"
    assert created["charges"][0]["legal_basis"] == "Loi n°08-025"
    fetched = await anonymous.get(f"{INMATES}/{created['id']}", headers=registrar)
    assert fetched.status_code == 200
    assert fetched.json() == created


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            {"date_of_birth": (date.today() + timedelta(days=2)).isoformat(), "birth_year": None},
            "body.date_of_birth",
        ),
        ({"birth_year": 2000, "admission_date": "1999-05-01"}, "body.admission_date"),
        ({"languages": ["bam", "xyz"]}, "body.languages.1"),
        ({"admission_date": (date.today() + timedelta(days=3)).isoformat()}, "body.admission_date"),
        ({"sex": "unknown"}, "body.sex"),
        ({"eye_colour": "brown"}, "body.eye_colour"),
    ],
)
async def test_bad_identity_is_refused_field_by_field(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    change: dict[str, Any],
    field: str,
) -> None:
    payload = await _new(identities, **change)
    problem = assert_problem(
        await anonymous.post(INMATES, json=payload, headers=registrar), 422, "validation_failed"
    )
    assert field in [error["field"] for error in problem["errors"]]
    assert (await anonymous.get(INMATES, headers=registrar)).json()["items"] == []


async def test_prison_number_is_unique_per_facility(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    first = await _register(anonymous, registrar, await _new(identities, prison_number="MCA-1"))
    again = await anonymous.post(
        INMATES, json=await _new(identities, prison_number="MCA-1"), headers=registrar
    )
    problem = assert_problem(again, 409, "duplicate_value")
    assert problem["errors"][0]["field"] == "body.prison_number"
    national = await identities.headers_for("registrar", facilities=("MCA-BKO", "KLK"))
    elsewhere = await anonymous.post(
        INMATES,
        json=await _new(identities, prison_number="MCA-1", facility="KLK"),
        headers=national,
    )
    assert elsewhere.status_code == 201
    assert elsewhere.json()["id"] != first["id"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Toure", True),
        ("touré", True),
        ("maiga", True),
        ("MAÏGA", True),
        ("ag akli", True),
        ("SAMP-77", True),
        ("samp 77", True),
        ("Diarra", False),
    ],
)
async def test_search_ignores_accents_and_case(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    query: str,
    expected: bool,
) -> None:
    created = await _register(
        anonymous,
        registrar,
        await _new(
            identities,
            family_name="MAÏGA",
            given_names="Amadou Touré",
            aliases=["Ag Akli"],
            prison_number="SAMP-77",
        ),
    )
    found = (await anonymous.get(INMATES, params={"q": query}, headers=registrar)).json()["items"]
    assert (created["id"] in [item["id"] for item in found]) is expected


async def test_filters(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    year = date.today().year
    young = await _register(
        anonymous,
        registrar,
        await _new(identities, sex="female", birth_year=year - 17, region_of_origin="Kidal"),
    )
    older = await _register(anonymous, registrar, await _new(identities, birth_year=year - 40))

    async def ids(**params: Any) -> set[str]:
        items = (await anonymous.get(INMATES, params=params, headers=registrar)).json()["items"]
        return {item["id"] for item in items}

    assert await ids(sex="female") == {young["id"]}
    assert await ids(region="kidal") == {young["id"]}
    assert await ids(age_max=20) == {young["id"]}
    assert await ids(age_min=30) == {older["id"]}
    assert await ids(legal_status="pre_trial") == {young["id"], older["id"]}
    assert await ids(legal_status="convicted") == set()


async def test_programme_officer_sees_no_charges(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    officer = await identities.headers_for("programme_officer", facilities=("MCA-BKO",))
    record = (await anonymous.get(f"{INMATES}/{created['id']}", headers=officer)).json()
    assert record["family_name"] == "Exemple"
    assert record["languages"] == ["ffm", "bam"]
    for hidden in ("charges", "case_reference", "family_contact"):
        assert hidden not in record
    listed = (await anonymous.get(INMATES, headers=officer)).json()["items"]
    assert all("charges" not in item for item in listed)
    assessor = await identities.headers_for("assessor", facilities=("MCA-BKO",))
    assert "charges" in (await anonymous.get(f"{INMATES}/{created['id']}", headers=assessor)).json()


async def test_other_facility_is_404_and_cannot_register_there(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    klk = await identities.headers_for("registrar", facilities=("KLK",))
    assert_problem(await anonymous.get(f"{INMATES}/{created['id']}", headers=klk), 404, "not_found")
    assert (await anonymous.get(INMATES, headers=klk)).json()["items"] == []
    refused = await anonymous.post(INMATES, json=await _new(identities), headers=klk)
    assert_problem(refused, 404, "not_found")
    patch = await anonymous.patch(
        f"{INMATES}/{created['id']}", json={"given_names": "X"}, headers={**klk, "If-Match": '"1"'}
    )
    assert_problem(patch, 404, "not_found")


async def test_reads_are_audited(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    session: AsyncSession,
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    await anonymous.get(f"{INMATES}/{created['id']}", headers=registrar)
    await anonymous.get(INMATES, headers=registrar)
    events = (
        await session.exec(
            select(AuditEvent)
            .where(col(AuditEvent.action).in_(["inmate.read", "inmate.list"]))
            .order_by(col(AuditEvent.id))
        )
    ).all()
    assert [event.action for event in events] == ["inmate.read", "inmate.list"]
    assert events[0].record_id == created["id"]
    assert created["id"] in events[1].detail["ids"]


async def _inmate_reads(session: AsyncSession) -> list[AuditEvent]:
    return list(
        (
            await session.exec(
                select(AuditEvent)
                .where(AuditEvent.action == "inmate.read")
                .order_by(col(AuditEvent.id))
            )
        ).all()
    )


def _bearer(token: str, **headers: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **headers}


async def test_a_read_is_audited_once_with_who_from_where_and_which_request(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    session: AsyncSession,
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    reader = await identities.user(("registrar",), ("MCA-BKO",))
    token = (await identities.login(reader))["access_token"]
    before = utcnow()
    read = await anonymous.get(
        f"{INMATES}/{created['id']}", headers=_bearer(token, **{"User-Agent": "intake-tablet/2"})
    )
    assert read.status_code == 200, read.text
    [audited] = await _inmate_reads(session)
    assert {
        "actor": audited.actor,
        "client": audited.client,
        "client_address": audited.client_address,
        "request_id": audited.request_id,
        "record_type": audited.record_type,
        "record_id": audited.record_id,
        "detail": audited.detail,
    } == {
        "actor": f"user:{reader.id}",
        "client": "intake-tablet/2",
        "client_address": "127.0.0.1",  # httpx's ASGI transport
        "request_id": read.headers["x-request-id"],
        "record_type": "inmate",
        "record_id": created["id"],
        "detail": {},
    }
    assert before <= audited.occurred_at <= utcnow()
    assert audited.chain_position is None  # for the sealer to chain
    # Every read is on the log, each under its own request id (here the caller's).
    mine = uuid.uuid4().hex
    again = await anonymous.get(
        f"{INMATES}/{created['id']}", headers=_bearer(token, **{"X-Request-ID": mine})
    )
    assert again.headers["x-request-id"] == mine
    events = await _inmate_reads(session)
    assert [(e.record_id, e.request_id) for e in events] == [
        (created["id"], read.headers["x-request-id"]),
        (created["id"], mine),
    ]


async def test_reads_of_every_kind_of_caller_are_audited(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    session: AsyncSession,
) -> None:
    """The read is built once per shape of caller: national staff (no facility condition),
    staff of some facilities (and their break-the-glass grants), a device (its facility)."""
    created = await _register(anonymous, registrar, await _new(identities))
    national = await identities.user(("registrar",), all_facilities=True)
    national_token = (await identities.login(national))["access_token"]
    device = await identities.client("DNAPES", ["inmates:read"], kind="device", facility="MCA-BKO")
    device_token = await identities.client_token(device)
    tablet = await identities.client("DNAPES", ["inmates:read"], kind="device", facility="MCA-BKO")
    on_tablet = await identities.user(("registrar",), ("MCA-BKO",))
    on_tablet_token = (
        await identities.login(on_tablet, client_id=tablet.client_id, client_secret=PASSWORD)
    )["access_token"]
    callers = [
        (national_token, f"user:{national.id}", "python-httpx"),
        (device_token, f"client:{device.id}", device.client_id),
        (on_tablet_token, f"user:{on_tablet.id}", tablet.client_id),
    ]
    for token, _, _ in callers:
        read = await anonymous.get(f"{INMATES}/{created['id']}", headers=_bearer(token))
        assert read.status_code == 200, read.text
    events = await _inmate_reads(session)
    assert [(e.actor, (e.client or "").split("/")[0]) for e in events] == [
        (actor, client) for _, actor, client in callers
    ]
    assert {(e.record_id, e.record_type) for e in events} == {(created["id"], "inmate")}
    assert all(e.detail == {} for e in events)


async def test_a_read_that_finds_nothing_is_not_audited(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    session: AsyncSession,
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    klk = await identities.headers_for("registrar", facilities=("KLK",))
    elsewhere = await anonymous.get(f"{INMATES}/{created['id']}", headers=klk)
    assert_problem(elsewhere, 404, "not_found")
    unknown = await anonymous.get(f"{INMATES}/{uuid.uuid4()}", headers=registrar)
    assert_problem(unknown, 404, "not_found")
    assert await _inmate_reads(session) == []


async def test_a_read_under_break_the_glass_is_audited_until_the_grant_expires(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    session: AsyncSession,
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    url = f"{INMATES}/{created['id']}"
    klk_user = await identities.user(("registrar",), ("KLK",))
    klk = _bearer((await identities.login(klk_user))["access_token"])
    assert_problem(await anonymous.get(url, headers=klk), 404, "not_found")
    grant = await anonymous.post(
        f"{url}/emergency-access",
        json={"reason": "Court request for the detainee's identity at Koulikoro hearing"},
        headers=klk,
    )
    assert grant.status_code == 201, grant.text
    read = await anonymous.get(url, headers=klk)
    assert read.status_code == 200, read.text
    assert read.json()["id"] == created["id"]
    [audited] = await _inmate_reads(session)
    assert (audited.actor, audited.record_id, audited.request_id) == (
        f"user:{klk_user.id}",
        created["id"],
        read.headers["x-request-id"],
    )
    # Another user of the same facility has no grant of their own.
    colleague = await identities.headers_for("registrar", facilities=("KLK",))
    assert_problem(await anonymous.get(url, headers=colleague), 404, "not_found")
    await session.exec(
        update(EmergencyAccess)
        .where(col(EmergencyAccess.inmate_id) == uuid.UUID(created["id"]))
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    await session.commit()
    assert_problem(await anonymous.get(url, headers=klk), 404, "not_found")
    assert [event.id for event in await _inmate_reads(session)] == [audited.id]


async def test_the_read_and_its_audit_event_are_one_statement_on_postgres(
    anonymous: httpx.AsyncClient,
    identities: Identities,
    registrar: dict[str, str],
    engine: AsyncEngine,
    backend: str,
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", seen)
    try:
        read = await anonymous.get(f"{INMATES}/{created['id']}", headers=registrar)
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", seen)
    assert read.status_code == 200, read.text
    reads = [s for s in statements if re.search(r"\bFROM inmate\b", s)]
    inserts = [s for s in statements if re.search(r"\bINSERT INTO audit_event\b", s)]
    assert len(reads) == 1
    assert len(inserts) == 1
    if backend == "postgres":
        assert reads == inserts  # one data-modifying WITH: one round trip
    else:
        assert reads != inserts  # SQLite: a select, then the insert, in one transaction


async def test_patch_updates_search_and_checks_dates(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    created = await _register(anonymous, registrar, await _new(identities))
    url = f"{INMATES}/{created['id']}"
    changed = await anonymous.patch(
        url, json={"aliases": ["Abou Djénné"]}, headers={**registrar, "If-Match": '"1"'}
    )
    assert changed.status_code == 200, changed.text
    found = (await anonymous.get(INMATES, params={"q": "djenne"}, headers=registrar)).json()
    assert [item["id"] for item in found["items"]] == [created["id"]]
    impossible = await anonymous.patch(
        url, json={"birth_year": 2030}, headers={**registrar, "If-Match": '"2"'}
    )
    assert_problem(impossible, 422, "validation_failed")


async def test_match_finds_a_returning_detainee(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    created = await _register(
        anonymous,
        registrar,
        await _new(
            identities,
            family_name="Coulibaly",
            given_names="Moussa",
            birth_year=1990,
            aliases=["Abu Fictif"],
        ),
    )
    other_facility = await identities.headers_for("registrar", facilities=("KLK",))

    async def match(headers: dict[str, str], **identity: Any) -> dict[str, Any]:
        response = await anonymous.post(f"{INMATES}/match", json=identity, headers=headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    same = await match(registrar, family_name="COULIBALY", given_names="moussa", birth_year=1990)
    assert [m["inmate"]["id"] for m in same["matches"]] == [created["id"]]
    assert "charges" not in same["matches"][0]["inmate"]
    by_alias = await match(
        registrar, family_name="Nouveau", given_names="Nom", aliases=["abu fictif"]
    )
    assert [m["inmate"]["id"] for m in by_alias["matches"]] == [created["id"]]
    other_year = await match(
        registrar, family_name="Coulibaly", given_names="Moussa", birth_year=1970
    )
    assert other_year["matches"] == []
    hidden = await match(
        other_facility, family_name="Coulibaly", given_names="Moussa", birth_year=1990
    )
    assert hidden == {"matches": [], "elsewhere": 1}


async def test_offline_creation_is_retry_safe(
    anonymous: httpx.AsyncClient, identities: Identities, registrar: dict[str, str]
) -> None:
    payload = await _new(identities, id=str(uuid.uuid4()))
    headers = {**registrar, "Idempotency-Key": "tablet-3-inmate-9"}
    first = await anonymous.post(INMATES, json=payload, headers=headers)
    second = await anonymous.post(INMATES, json=payload, headers=headers)
    without_key = await anonymous.post(INMATES, json=payload, headers=registrar)
    assert first.status_code == 201
    assert second.content == first.content
    assert without_key.status_code == 200
    assert len((await anonymous.get(INMATES, headers=registrar)).json()["items"]) == 1


def test_subject_ref_is_stable_per_organisation(settings: Settings) -> None:
    inmate, org_a, org_b = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    assert subject_ref(settings, org_a, inmate) == subject_ref(settings, org_a, inmate)
    assert subject_ref(settings, org_a, inmate) != subject_ref(settings, org_b, inmate)
    assert str(inmate) not in subject_ref(settings, org_a, inmate)
