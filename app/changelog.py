"""The change log, written by construction: no service records a change by hand.

A session hook notes every synced record a flush creates, changes or deletes (an inmate,
an intake step, an assessment, a classification). At commit, the noted changes are written
as rows of ``change`` while the writer holds the lock of the log's head row, taken as the
transaction's last step: change numbers are then given in commit order, and a tablet that
pulled every change up to number n never sees a later commit bring a smaller number.

A synced record's version counts its changes, also by construction: a record a transaction
changes gets its next version once, unless the service set one (a tablet compares versions,
and If-Match checks them).

Each row names the facility holding the person at that commit (read in the same statement),
which decides who may see it. An inmate moved to another facility leaves a removal in the
old facility's feed, for the inmate and each synced record about them, and every such
record is entered again for the new facility: a tablet there gets the person whole.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import bindparam, false, insert, inspect, literal, select, true, update
from sqlalchemy.event import listens_for
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction
from sqlalchemy.orm.util import identity_key

from app.models.assessment import Assessment
from app.models.base import UTCDateTime, utcnow
from app.models.change import Change, ChangeLogHead
from app.models.classification import Classification
from app.models.custody import IntakeStep
from app.models.inmate import Inmate

# The synced models, by sync type; each is about one person (``inmate_id``, or itself).
SYNCED: dict[type[Any], str] = {
    Inmate: "inmates",
    IntakeStep: "intake",
    Assessment: "assessments",
    Classification: "classifications",
}
# The records about a person, entered again for a facility they are moved to.
ABOUT_A_PERSON: tuple[type[Any], ...] = (IntakeStep, Assessment, Classification)

_NOTES = "passerelle.changelog.notes"
# The tables of the synced models, written through the ORM only.
SYNCED_TABLES = frozenset(str(model.__tablename__) for model in SYNCED)


@dataclass(frozen=True)
class _Noted:
    record_type: str
    record_id: uuid.UUID
    inmate_id: uuid.UUID
    version: int


@dataclass
class _Notes:
    """What one transaction (or savepoint) wrote: a savepoint's notes go to its parent when
    it is released (its before_commit), and end with it when it is rolled back."""

    pending: dict[tuple[str, uuid.UUID], _Noted] = field(default_factory=dict)
    # Inmates moved to another facility: the facility each left.
    moves: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)

    def absorb(self, other: _Notes) -> None:
        self.pending.update(other.pending)
        for inmate_id, left in other.moves.items():
            self.moves.setdefault(inmate_id, left)


def _notes(session: Session, transaction: SessionTransaction | None = None) -> _Notes:
    by_transaction: dict[SessionTransaction, _Notes] = session.info.setdefault(_NOTES, {})
    current = transaction or session.get_nested_transaction() or session.get_transaction()
    if current is None:
        raise RuntimeError("a flush outside a transaction")
    return by_transaction.setdefault(current, _Notes())


def _person(record: Any) -> uuid.UUID:
    person: uuid.UUID = record.id if isinstance(record, Inmate) else record.inmate_id
    return person


def _given_version(session: Session, key: tuple[str, uuid.UUID]) -> int | None:
    """The version this transaction (a savepoint, or one it is part of) already wrote for
    the record; None when it has not written it."""
    by_transaction: dict[SessionTransaction, _Notes] = session.info.get(_NOTES, {})
    transaction = session.get_nested_transaction() or session.get_transaction()
    while transaction is not None:
        notes = by_transaction.get(transaction)
        if notes is not None and key in notes.pending:
            return notes.pending[key].version
        transaction = transaction.parent
    return None


@listens_for(Session, "before_flush")
def _next_version(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    """A changed synced record gets one new version per transaction: the first write that
    changes it takes the next version (the service's, or one more than it was); a later
    write in the same transaction keeps that version, even if the service counts again.

    A synced record is written in a transaction only: in autocommit (an ``autocommit``
    route's session) each row would commit alone, before the change log's entry and
    outside the lock that orders them."""
    if any(type(record) in SYNCED for record in chain(session.new, session.dirty)):
        options = session.connection().get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            raise RuntimeError("synced records are written in a transaction, not in autocommit")
    for record in session.dirty:
        record_type = SYNCED.get(type(record))
        if record_type is None or not hasattr(record, "version"):
            continue  # a classification is never changed; it has no version
        if not session.is_modified(record):
            continue
        given = _given_version(session, (record_type, record.id))
        if given is not None:
            if record.version != given:
                record.version = given
        elif not inspect(record).attrs.version.history.has_changes():
            record.version += 1


@listens_for(Session, "after_flush")
def _note(session: Session, _flush: UOWTransaction) -> None:
    notes = _notes(session)
    for record in session.deleted:
        if type(record) in SYNCED:
            raise RuntimeError(f"{SYNCED[type(record)]} are never deleted: tablets hold them")
    for record in chain(session.new, session.dirty):
        record_type = SYNCED.get(type(record))
        if record_type is None:
            continue
        if record in session.dirty and not session.is_modified(record):
            continue
        notes.pending[record_type, record.id] = _Noted(
            record_type, record.id, _person(record), getattr(record, "version", 1)
        )
        if isinstance(record, Inmate):
            before = inspect(record).attrs.facility_id.history.deleted
            if before and before[0] is not None and before[0] != record.facility_id:
                notes.moves.setdefault(record.id, before[0])


@listens_for(Session, "after_transaction_end")
def _end(session: Session, transaction: SessionTransaction) -> None:
    """Whatever ends — committed (its notes written, or handed to its parent), rolled back
    — leaves no notes behind; at the end of the outermost transaction nothing at all is
    left to leak into the session's next."""
    by_transaction: dict[SessionTransaction, _Notes] = session.info.get(_NOTES, {})
    by_transaction.pop(transaction, None)
    if transaction.parent is None:
        by_transaction.clear()


@listens_for(Session, "do_orm_execute")
def _guard(state: ORMExecuteState) -> None:
    """A synced table is written through the ORM's unit of work only, where every change
    is noted: an INSERT, UPDATE or DELETE statement on one is refused."""
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None and table.name in SYNCED_TABLES:
            raise RuntimeError(f"{table.name} is written through the ORM only (the change log)")


@listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # what the commit would flush (it flushes after this hook), noted
    by_transaction: dict[SessionTransaction, _Notes] = session.info.get(_NOTES, {})
    savepoint = session.get_nested_transaction()
    if savepoint is not None:  # released: its notes join its parent's
        released = by_transaction.pop(savepoint, None)
        if released is not None and savepoint.parent is not None:
            _notes(session, savepoint.parent).absorb(released)
        return
    root = session.get_transaction()
    notes = by_transaction.pop(root, None) if root is not None else None
    if notes is None or (not notes.pending and not notes.moves):
        return
    connection = session.connection()
    # The lock that orders commits; held until this transaction ends, a moment from now.
    connection.execute(
        update(ChangeLogHead)
        .where(ChangeLogHead.id == 1)  # type: ignore[arg-type]
        .values(commits=ChangeLogHead.commits + 1)
    )
    now = utcnow()
    moves = {
        inmate_id: left
        for inmate_id, left in notes.moves.items()
        if _still_elsewhere(session, inmate_id, left)
    }
    for inmate_id, left in sorted(moves.items()):
        _removals(connection, inmate_id, left, now)
    rows = [
        {
            "record_type": noted.record_type,
            "record_id": noted.record_id,
            "inmate_id": noted.inmate_id,
            "person": noted.inmate_id,
            "version": noted.version,
            "removed": False,
            "changed_at": now,
        }
        for noted in sorted(
            notes.pending.values(), key=lambda n: (n.inmate_id, n.record_type, n.record_id)
        )
        # A moved person's records are all entered again below.
        if noted.record_type == "inmates" or noted.inmate_id not in moves
    ]
    if rows:
        holding = (
            select(Inmate.facility_id)  # type: ignore[call-overload]
            .where(Inmate.id == bindparam("person"))
            .scalar_subquery()
        )
        connection.execute(insert(Change).values(facility_id=holding), rows)
    for inmate_id in sorted(moves):
        _entered_again(connection, inmate_id, now)


def _still_elsewhere(session: Session, inmate_id: uuid.UUID, left: uuid.UUID) -> bool:
    """Whether a moved inmate is held elsewhere than where they were (moved and moved back
    in one transaction is no move)."""
    inmate = session.identity_map.get(identity_key(Inmate, inmate_id))
    return inmate is None or inmate.facility_id != left


def _removals(connection: Any, inmate_id: uuid.UUID, left: uuid.UUID, now: Any) -> None:
    """The person, and every synced record about them, leave the old facility's feed."""
    connection.execute(
        insert(Change).values(
            record_type="inmates",
            record_id=inmate_id,
            inmate_id=inmate_id,
            facility_id=left,
            version=select(Inmate.version).where(Inmate.id == inmate_id).scalar_subquery(),  # type: ignore[call-overload]
            removed=True,
            changed_at=now,
        )
    )
    for model in ABOUT_A_PERSON:
        connection.execute(_about(model, inmate_id, literal(left), true(), now))


def _entered_again(connection: Any, inmate_id: uuid.UUID, now: Any) -> None:
    """Every synced record about a person moved in, for their new facility."""
    facility = select(Inmate.facility_id).where(Inmate.id == inmate_id).scalar_subquery()  # type: ignore[call-overload]
    for model in ABOUT_A_PERSON:
        connection.execute(_about(model, inmate_id, facility, false(), now))


def _about(model: type[Any], inmate_id: uuid.UUID, facility: Any, removed: Any, now: Any) -> Any:
    table = model.__table__
    version = table.c.version if "version" in table.c else literal(1)
    rows = select(
        literal(SYNCED[model]),
        table.c.id,
        table.c.inmate_id,
        facility,
        version,
        removed,
        literal(now, type_=UTCDateTime()),
    ).where(table.c.inmate_id == inmate_id)
    return insert(Change).from_select(
        [
            "record_type",
            "record_id",
            "inmate_id",
            "facility_id",
            "version",
            "removed",
            "changed_at",
        ],
        rows,
    )
