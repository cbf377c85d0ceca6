"""Rules every mutable record follows: client-chosen ids, versions, field changes."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.errors import DuplicateValue, IdConflict, NotFound, PreconditionFailed
from app.models.base import RecordBase, utcnow
from app.principal import Actor
from app.schemas.problem import FieldError
from app.services.audit import record_event

RecordT = TypeVar("RecordT", bound=RecordBase)


def record_type(model: type[SQLModel]) -> str:
    """The audit name of a record kind: its table's name."""
    name = model.__tablename__
    return name if isinstance(name, str) else name()


def same_content(record: SQLModel, values: Mapping[str, Any]) -> bool:
    """Whether ``record`` already holds ``values`` (the columns a create would set)."""
    return all(getattr(record, name) == value for name, value in values.items())


async def existing_duplicate(
    session: AsyncSession, model: type[RecordT], record_id: uuid.UUID, values: Mapping[str, Any]
) -> RecordT | None:
    """A create that names an existing id: the same content is a replay, not a duplicate."""
    existing = await session.get(model, record_id)
    if existing is None:
        return None
    if not same_content(existing, values):
        raise IdConflict(f"A {record_type(model)} with id {record_id} exists with other content.")
    return existing


async def get_for_update(
    session: AsyncSession, model: type[RecordT], record_id: uuid.UUID
) -> RecordT:
    """Load a record and lock its row until commit, so concurrent writers queue on it."""
    statement = select(model).where(model.id == record_id).with_for_update()
    record = (await session.exec(statement)).first()
    if record is None:
        raise NotFound(f"No {record_type(model)} with id {record_id}.")
    return record


def check_version(record: RecordBase, expected_version: int) -> None:
    if record.version != expected_version:
        raise PreconditionFailed(
            f"If-Match names version {expected_version}; the record is at version "
            f"{record.version}.",
            extra={"current_version": record.version},
        )


def apply_changes(record: RecordBase, changes: Mapping[str, Any]) -> list[str]:
    """Set the fields that differ, bump the version if any did; return their names."""
    changed = [name for name, value in changes.items() if getattr(record, name) != value]
    for name in changed:
        setattr(record, name, changes[name])
    if changed:
        record.version += 1
        record.updated_at = utcnow()
    return changed


async def get_record(session: AsyncSession, model: type[RecordT], record_id: uuid.UUID) -> RecordT:
    record = await session.get(model, record_id)
    if record is None:
        raise NotFound(f"No {record_type(model)} with id {record_id}.")
    return record


async def ensure_unique(
    session: AsyncSession,
    model: type[RecordT],
    values: Mapping[str, Any],
    exclude_id: uuid.UUID | None = None,
    within: ColumnElement[bool] | None = None,
) -> None:
    """Refuse values another record of ``model`` already holds — among the records
    ``within`` selects, such as one organisation's — naming the fields. None is no value."""
    taken = []
    for name, value in values.items():
        if value is None:
            continue
        statement = select(model.id).where(getattr(model, name) == value)
        if within is not None:
            statement = statement.where(within)
        if exclude_id is not None:
            statement = statement.where(model.id != exclude_id)
        if (await session.exec(statement)).first() is not None:
            taken.append(name)
    if taken:
        raise DuplicateValue(
            f"Already in use: {', '.join(taken)}.",
            errors=[
                FieldError(field=f"body.{name}", message="already in use", type="duplicate")
                for name in taken
            ],
        )


async def create_record(
    session: AsyncSession,
    actor: Actor,
    model: type[RecordT],
    data: BaseModel,
    *,
    default_id: uuid.UUID | None,
    unique: tuple[str, ...] = (),
    values: Mapping[str, Any] | None = None,
    companions: Sequence[SQLModel] = (),
) -> tuple[RecordT, bool]:
    """Create ``model`` from ``data``, with ``companions`` (rows that belong to it, written
    in the same transaction); answer (record, created).

    A create that names an id which already holds the same content returns that record
    with ``created`` false: a retried offline create is not a duplicate.
    """
    requested_id: uuid.UUID | None = getattr(data, "id", None)
    record_id = requested_id or default_id or uuid.uuid4()
    columns = dict(values) if values is not None else data.model_dump(exclude={"id"})
    if (existing := await existing_duplicate(session, model, record_id, columns)) is not None:
        return existing, False
    await ensure_unique(session, model, {name: columns[name] for name in unique})
    record = model(**columns, id=record_id)
    session.add(record)
    record_event(session, actor, f"{record_type(model)}.create", record_type(model), record_id)
    try:
        if companions:
            # Written after the record they refer to.
            await session.flush()
            session.add_all(companions)
        await session.commit()
    except IntegrityError:
        # Lost a race with a concurrent create: answer as if it had come first.
        await session.rollback()
        if (existing := await existing_duplicate(session, model, record_id, columns)) is not None:
            return existing, False
        await ensure_unique(session, model, {name: columns[name] for name in unique})
        raise
    return record, True


async def update_record(
    session: AsyncSession,
    actor: Actor,
    model: type[RecordT],
    record_id: uuid.UUID,
    changes: Mapping[str, Any],
    expected_version: int,
    *,
    then: Callable[[RecordT, list[str]], Awaitable[None]] | None = None,
) -> RecordT:
    """Apply ``changes`` (the fields a PATCH set) if the record is still at
    ``expected_version``; ``then`` runs what follows from the changed fields in the same
    transaction, with the change flushed."""
    record = await get_for_update(session, model, record_id)
    check_version(record, expected_version)
    changed = apply_changes(record, changes)
    if changed:
        record_event(
            session,
            actor,
            f"{record_type(model)}.update",
            record_type(model),
            record.id,
            {"fields": changed},
        )
        if then is not None:
            await session.flush()
            await then(record, changed)
    # Committing with nothing changed still ends the transaction and releases the row lock.
    await session.commit()
    return record
