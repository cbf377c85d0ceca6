"""The tablets' change feed: every change a caller may see, in commit order, with removals
when a person leaves their facilities; paging never skips or repeats a change."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import update
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.db import create_engine, create_session_factory
from app.models.base import utcnow
from app.models.change import Change
from app.models.facility import Facility
from app.models.inmate import Inmate
from tests.conftest import make_settings
from tests.factories import Identities
from tests.resources import assert_problem
from tests.routers.test_custody import INMATES, day, register

CHANGES = "/api/v1/sync/changes"


async def pull(
    http: httpx.AsyncClient, headers: dict[str, str], since: str | None = None, **params: Any
) -> tuple[list[dict[str, Any]], str]:
    """Every change after ``since``, page after page; and the last cursor."""
    entries: list[dict[str, Any]] = []
    while True:
        query = {**params, **({"since": since} if since else {})}
        response = await http.get(CHANGES, params=query, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        entries += body["items"]
        since = body["next_cursor"]
        if not body["has_more"]:
            return entries, since


def brief(entries: list[dict[str, Any]]) -> list[tuple[str, str, str, int]]:
    return [(e["type"], e["id"], e["operation"], e["version"]) for e in entries]


async def test_a_tablet_follows_creates_changes_and_a_transfer_out(
    anonymous: httpx.AsyncClient, identities: Identities
) -> None:
    mopti = await identities.headers_for("registrar", facilities=("MCA-BKO",))
    kidal = await identities.headers_for("registrar", facilities=("KLK",))
    _, start = await pull(anonymous, mopti)
    _, kidal_start = await pull(anonymous, kidal)

    inmate = await register(anonymous, identities, mopti)
    base = f"{INMATES}/{inmate['id']}"
    entries, cursor = await pull(anonymous, mopti, start)
    assert brief(entries) == [("inmates", inmate["id"], "upsert", 1)]
    assert entries[0]["record"]["prison_number"] == inmate["prison_number"]
    assert entries[0]["inmate_id"] == inmate["id"]

    changed = await anonymous.patch(
        base, json={"prior_occupation": "Herder"}, headers={**mopti, "If-Match": '"1"'}
    )
    assert changed.status_code == 200, changed.text
    step = await anonymous.put(
        f"{base}/intake/steps/reception_identity",
        json={"completed_at": f"{day(59)}T09:00:00Z", "answers": {}},
        headers=mopti,
    )
    assert step.status_code == 201, step.text
    entries, cursor = await pull(anonymous, mopti, cursor)
    assert brief(entries) == [
        ("inmates", inmate["id"], "upsert", 2),
        ("intake", step.json()["id"], "upsert", 1),
    ]
    assert entries[1]["record"]["step"] == "reception_identity"
    # Nothing new: the same cursor back, nothing repeated.
    again, same = await pull(anonymous, mopti, cursor)
    assert (again, same) == ([], cursor)

    klk = await identities.facility("KLK")
    moved = await anonymous.post(
        f"{base}/transfers",
        json={"to_facility_id": str(klk.id), "effective_date": day(1), "reason": "Court order"},
        headers=mopti,
    )
    assert moved.status_code == 201, moved.text
    entries, _ = await pull(anonymous, mopti, cursor)
    assert sorted((e["type"], e["operation"], e["record"]) for e in entries) == [
        ("inmates", "remove", None),
        ("intake", "remove", None),
    ]
    # The other prison gets the person whole: the record and what was written before.
    entries, _ = await pull(anonymous, kidal, kidal_start)
    assert sorted((e["type"], e["operation"]) for e in entries) == [
        ("inmates", "upsert"),
        ("intake", "upsert"),
    ]
    assert all(e["record"] is not None and e["inmate_id"] == inmate["id"] for e in entries)


async def test_pages_neither_skip_nor_repeat(
    anonymous: httpx.AsyncClient, identities: Identities
) -> None:
    registrar = await identities.headers_for("registrar", facilities=("MCA-BKO",))
    _, start = await pull(anonymous, registrar)
    created = [
        (await register(anonymous, identities, registrar, family_name=f"Exemple{n}"))["id"]
        for n in range(5)
    ]
    whole, _ = await pull(anonymous, registrar, start)
    by_one, _ = await pull(anonymous, registrar, start, limit=1)
    by_two, _ = await pull(anonymous, registrar, start, limit=2)
    assert [e["id"] for e in whole] == created
    assert brief(by_one) == brief(whole) == brief(by_two)


async def test_kinds_follow_the_callers_scopes(
    anonymous: httpx.AsyncClient, identities: Identities
) -> None:
    registrar = await identities.headers_for("registrar", facilities=("MCA-BKO",))
    _, start = await pull(anonymous, registrar)
    _, intake_start = await pull(anonymous, registrar, types="intake")
    _, both_start = await pull(anonymous, registrar, types="inmates,intake")
    inmate = await register(anonymous, identities, registrar)
    await anonymous.put(
        f"{INMATES}/{inmate['id']}/intake/steps/reception_identity",
        json={"completed_at": f"{day(59)}T09:00:00Z", "answers": {}},
        headers=registrar,
    )
    only_intake, _ = await pull(anonymous, registrar, intake_start, types="intake")
    assert [e["type"] for e in only_intake] == ["intake"]
    both, _ = await pull(anonymous, registrar, both_start, types="inmates,intake")
    assert [e["type"] for e in both] == ["inmates", "intake"]
    everything, _ = await pull(anonymous, registrar, start)
    assert brief(everything) == brief(both)
    # A cursor holds for the kinds it was issued for: more kinds from it would miss theirs.
    widened = await anonymous.get(CHANGES, params={"since": intake_start}, headers=registrar)
    assert_problem(widened, 400, "invalid_cursor")
    refused = await anonymous.get(CHANGES, params={"types": "assessments"}, headers=registrar)
    assert_problem(refused, 403, "forbidden")
    unknown = await anonymous.get(CHANGES, params={"types": "secrets"}, headers=registrar)
    assert_problem(unknown, 422, "validation_failed")
    bad_cursor = await anonymous.get(CHANGES, params={"since": "nonsense"}, headers=registrar)
    assert_problem(bad_cursor, 400, "invalid_cursor")
    for role in ("analyst", "partner"):
        other = await identities.headers_for(
            role, facilities=(), all_facilities=role == "analyst", organisation="ICCT"
        )
        assert (await anonymous.get(CHANGES, headers=other)).status_code == 403


async def test_a_change_committed_late_is_not_skipped(fresh_url: str, backend: str) -> None:
    """Two writers: the first changes a record, then waits; the second commits. A reader
    pulls the second's change. When the first commits, its change comes after the
    reader's cursor, not before it."""
    if backend != "postgres":
        pytest.skip("SQLite has one writer at a time: changes commit in the order written")
    engine = create_engine(make_settings(fresh_url))
    factory = create_session_factory(engine)
    try:
        async with factory() as setup:
            facility = Facility(code="SYN-T", name="Prison synthétique", region="Nulle part")
            setup.add(facility)
            await setup.commit()
            people = [_inmate(facility.id) for _ in range(2)]
            setup.add_all(people)
            await setup.commit()

        async def last_seq() -> int:
            async with factory() as reader:
                seqs = (await reader.exec(select(Change.seq))).all()  # type: ignore[call-overload]
                return max(seq for seq in seqs if seq is not None)

        cursor = await last_seq()
        first: AsyncSession = factory()
        try:
            held = await first.get(Inmate, people[0].id)
            assert held is not None
            held.prior_occupation = "Changed first"
            held.version += 1
            await first.flush()  # written, not committed
            async with factory() as second:
                other = await second.get(Inmate, people[1].id)
                assert other is not None
                other.prior_occupation = "Committed first"
                other.version += 1
                await second.commit()
            async with factory() as reader:
                seen = (
                    await reader.exec(
                        select(Change).where(Change.seq > cursor).order_by(Change.seq)  # type: ignore[arg-type, operator]
                    )
                ).all()
            await first.commit()
        finally:
            await first.close()
        async with factory() as reader:
            everything = (
                await reader.exec(
                    select(Change).where(Change.seq > cursor).order_by(Change.seq)  # type: ignore[arg-type, operator]
                )
            ).all()
        later = [
            c for c in everything if c.seq is not None and c.seq > max(s.seq or 0 for s in seen)
        ]
        assert {c.record_id for c in seen} | {c.record_id for c in later} == {
            people[0].id,
            people[1].id,
        }
        if backend == "postgres":
            assert [c.record_id for c in seen] == [people[1].id]
            assert [c.record_id for c in later] == [people[0].id]
    finally:
        await engine.dispose()


def _inmate(facility_id: uuid.UUID) -> Inmate:
    number = uuid.uuid4().hex[:10]
    return Inmate(
        facility_id=facility_id,
        prison_number=f"S-{number}",
        family_name="Synthétique",
        given_names="Concurrent",
        sex="male",
        birth_year=1990,
        admission_date=(utcnow() - timedelta(days=10)).date(),
        legal_status="pre_trial",
        search_text=f"synthetique concurrent s-{number}",
        match_key=f"synthetique|{number}",
    )


class _Undone(Exception):
    pass


async def _undone_in_a_savepoint(writer: AsyncSession, inmate_id: uuid.UUID) -> None:
    async with writer.begin_nested():
        inmate = await writer.get(Inmate, inmate_id)
        assert inmate is not None
        inmate.prior_occupation = "Undone"
        inmate.version += 1
        await writer.flush()
        raise _Undone


async def test_only_what_commits_is_logged(fresh_url: str) -> None:
    """A savepoint rolled back takes its notes with it, not its parent's; a transaction
    rolled back leaves nothing for the session's next commit; a statement writing a synced
    table outside the ORM is refused."""
    engine = create_engine(make_settings(fresh_url))
    factory = create_session_factory(engine)
    try:
        async with factory() as setup:
            facility = Facility(code="SYN-S", name="Prison synthétique", region="Nulle part")
            setup.add(facility)
            await setup.commit()
            kept, dropped = _inmate(facility.id), _inmate(facility.id)
            setup.add_all([kept, dropped])
            await setup.commit()

        async def logged_after(seq: int) -> list[uuid.UUID]:
            async with factory() as reader:
                rows = await reader.exec(
                    select(Change).where(Change.seq > seq).order_by(Change.seq)  # type: ignore[arg-type, operator]
                )
                return [change.record_id for change in rows.all()]

        async with factory() as reader:
            start = max((await reader.exec(select(Change.seq))).all())  # type: ignore[call-overload, type-var]

        async with factory() as writer:
            first = await writer.get(Inmate, kept.id)
            assert first is not None
            first.prior_occupation = "Kept"
            first.version += 1
            await writer.flush()
            with pytest.raises(_Undone):
                await _undone_in_a_savepoint(writer, dropped.id)
            await writer.commit()
        assert await logged_after(start) == [kept.id]

        async with factory() as writer:
            again = await writer.get(Inmate, dropped.id)
            assert again is not None
            again.prior_occupation = "Rolled back"
            await writer.flush()
            await writer.rollback()
            await writer.commit()
        assert await logged_after(start) == [kept.id]

        async with factory() as writer:
            with pytest.raises(RuntimeError, match="through the ORM only"):
                await writer.exec(
                    update(Inmate).where(Inmate.id == kept.id).values(prior_occupation="Sneaky")  # type: ignore[arg-type]
                )
    finally:
        await engine.dispose()


async def _housed_in_a_savepoint(writer: AsyncSession, record: Inmate, unit: str) -> None:
    async with writer.begin_nested():
        record.housing_unit = unit
        await writer.flush()
        raise _Undone


async def test_a_changed_record_gets_its_next_version_once(fresh_url: str) -> None:
    """A change the service did not version gets the next version, once per transaction
    (several flushes included, and a service counting again after a flush); a version the
    service sets is kept; a savepoint rolled back takes its bump with it; a write based on
    a version another transaction changed meanwhile writes nothing; the log has one entry
    per version."""
    engine = create_engine(make_settings(fresh_url))
    factory = create_session_factory(engine)
    try:
        async with factory() as setup:
            facility = Facility(code="SYN-V", name="Prison synthétique", region="Nulle part")
            setup.add(facility)
            await setup.commit()
            person = _inmate(facility.id)
            setup.add(person)
            await setup.commit()
            start = max((await setup.exec(select(Change.seq))).all())  # type: ignore[call-overload, type-var]

        async def version_now() -> int:
            async with factory() as reader:
                found = await reader.get(Inmate, person.id)
                assert found is not None
                return found.version

        async with factory() as writer:  # two flushes, one new version
            record = await writer.get(Inmate, person.id)
            assert record is not None
            record.risk_judgement = "moderate"
            await writer.flush()
            record.next_review_date = utcnow().date()
            await writer.flush()
            await writer.commit()
        assert await version_now() == 2

        async with factory() as writer:  # bumped at a flush, then by the service: once
            record = await writer.get(Inmate, person.id)
            assert record is not None
            record.legal_status = "convicted"
            await writer.flush()
            record.version += 1
            record.housing_unit = "A"
            await writer.commit()
        assert await version_now() == 3

        async with factory() as writer:  # set by the service: kept, not bumped again
            record = await writer.get(Inmate, person.id)
            assert record is not None
            record.prior_occupation = "Versioned by hand"
            record.version = 4
            await writer.flush()
            record.housing_unit = "B"
            await writer.commit()
        assert await version_now() == 4

        async with factory() as writer:  # the savepoint's bump goes with it
            record = await writer.get(Inmate, person.id)
            assert record is not None
            with pytest.raises(_Undone):
                await _housed_in_a_savepoint(writer, record, "C")
            record.housing_unit = "D"
            await writer.commit()
        assert await version_now() == 5

        logged = [2, 3, 4, 5]
        if engine.dialect.name == "postgresql":  # SQLite has one writer at a time
            # Two writers read version 5; the later one finds it changed and writes nothing.
            async with factory() as first, factory() as second:
                mine = await first.get(Inmate, person.id)
                theirs = await second.get(Inmate, person.id)
                assert mine is not None
                assert theirs is not None
                theirs.housing_unit = "E"
                await second.commit()
                mine.risk_judgement = "high"
                with pytest.raises(StaleDataError):
                    await first.commit()
            assert await version_now() == 6
            logged.append(6)

        async with factory() as reader:
            rows = await reader.exec(
                select(Change.version).where(Change.seq > start).order_by(Change.seq)  # type: ignore[call-overload, operator]
            )
            assert rows.all() == logged
    finally:
        await engine.dispose()


async def test_a_synced_record_is_never_written_in_autocommit(fresh_url: str, backend: str) -> None:
    """An autocommit session (an ``autocommit`` route's) cannot write a synced record: each
    row would commit alone, before its change-log entry and outside the lock ordering them."""
    if backend != "postgres":
        pytest.skip("SQLite's sessions always run in a transaction")
    engine = create_engine(make_settings(fresh_url))
    try:
        async with create_session_factory(engine)() as setup:
            facility = Facility(code="SYN-A", name="Prison synthétique", region="Nulle part")
            setup.add(facility)
            await setup.commit()
            facility_id = facility.id
        async with create_session_factory(engine, autocommit=True)() as writer:
            writer.add(_inmate(facility_id))
            with pytest.raises(RuntimeError, match="not in autocommit"):
                await writer.commit()
        async with create_session_factory(engine)() as reader:
            assert (await reader.exec(select(Inmate))).all() == []
    finally:
        await engine.dispose()
