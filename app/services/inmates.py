"""Use cases on inmates: register, find, read, change; duplicates at intake; audited reads."""

from __future__ import annotations

import functools
import re
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, bindparam, func, or_
from sqlalchemy import select as core_select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.access import (
    ensure_facility_visible,
    inmate_visibility,
    visible_inmate,
)
from app.errors import DuplicateValue, NotFound, ValidationFailed
from app.models.base import utcnow
from app.models.custody import LegalStatusEntry
from app.models.inmate import CustodyEpisode, Inmate
from app.pagination import PageRequest, keyset_page
from app.principal import Actor
from app.schemas.common import Sex
from app.schemas.inmate import InmateCreate, InmateIdentity, InmateUpdate, LegalStatus
from app.schemas.problem import FieldError
from app.services.audit import read_audited, record_event, record_list_read
from app.services.facilities import active_facility
from app.services.records import (
    apply_changes,
    check_version,
    existing_duplicate,
)
from app.services.reviews import refresh_review_due


def fold(text: str) -> str:
    """Lower case, accents removed, spaces collapsed: "MAÏGA  Touré" -> "maiga toure"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^0-9a-z]+", " ", stripped.casefold()).strip()


def name_key(family_name: str, given_names: str) -> str:
    """The same person's name, whatever the order of its parts or their accents."""
    return " ".join(sorted(f"{fold(family_name)} {fold(given_names)}".split()))


def _alias_key(alias: str) -> str:
    return " ".join(sorted(fold(alias).split()))


def search_columns(values: dict[str, Any]) -> dict[str, str]:
    """The folded columns search and the duplicate check use, kept in step on every write."""
    keys = [
        name_key(values["family_name"], values["given_names"]),
        *(_alias_key(alias) for alias in values.get("aliases") or []),
        fold(values["prison_number"]),
    ]
    return {
        "search_text": "|" + "|".join(key for key in keys if key) + "|",
        "match_key": name_key(values["family_name"], values["given_names"]),
    }


def _check_dates(values: dict[str, Any]) -> None:
    """Birth and admission dates that cannot be, each named on its field."""
    today = utcnow().date()
    born: date | None = values.get("date_of_birth")
    year = values.get("birth_year")
    errors = []
    if born is not None and born > today:
        errors.append(("date_of_birth", "is in the future"))
    if born is not None and year is not None and year != born.year:
        errors.append(("birth_year", "disagrees with date_of_birth"))
    if year is not None and year > today.year:
        errors.append(("birth_year", "is in the future"))
    admitted: date | None = values.get("admission_date")
    if admitted is not None:
        if admitted > today:
            errors.append(("admission_date", "is in the future"))
        earliest = born or (date(year, 1, 1) if year else None)
        if earliest is not None and admitted < earliest:
            errors.append(("admission_date", "is before the birth"))
    if errors:
        raise ValidationFailed(
            "Impossible dates.",
            errors=[
                FieldError(field=f"body.{name}", message=message, type="date")
                for name, message in errors
            ],
        )


def _columns(data: InmateCreate | InmateUpdate, *, partial: bool) -> dict[str, Any]:
    values = data.model_dump(exclude_unset=partial, exclude={"id"}, mode="python")
    for name in ("sex", "education_level"):
        if values.get(name) is not None:
            values[name] = str(values[name])
    return values


async def create_inmate(
    session: AsyncSession, actor: Actor, data: InmateCreate, default_id: uuid.UUID | None = None
) -> tuple[Inmate, bool]:
    """Register a detainee at admission, opening the first custody episode."""
    ensure_facility_visible(actor, data.facility_id, "facility")
    await active_facility(session, data.facility_id, "facility_id")
    values = _columns(data, partial=False)
    _check_dates(values)
    if values.get("date_of_birth") is not None:
        values["birth_year"] = values["date_of_birth"].year
    values |= search_columns(values)
    values["legal_status"] = LegalStatus.pre_trial.value
    record_id = data.id or default_id or uuid.uuid4()
    replayed = await existing_duplicate(session, Inmate, record_id, _comparable(values))
    if replayed is not None:
        ensure_facility_visible(actor, replayed.facility_id, "inmate")
        return replayed, False
    await ensure_prison_number_free(session, data.facility_id, data.prison_number)
    inmate = Inmate(id=record_id, **values)
    refresh_review_due(inmate)  # never assessed: due from admission
    session.add(inmate)
    await session.flush()  # the episode's foreign key needs the inmate row first
    episode = CustodyEpisode(
        inmate_id=record_id,
        number=1,
        facility_id=data.facility_id,
        admission_date=data.admission_date,
    )
    session.add(episode)
    await session.flush()
    inmate.current_episode_id = episode.id
    session.add(
        LegalStatusEntry(
            inmate_id=record_id,
            episode_id=episode.id,
            status=LegalStatus.pre_trial.value,
            effective_date=data.admission_date,
            recorded_by=actor.principal,
            note="At admission",
        )
    )
    record_event(session, actor, "inmate.create", "inmate", record_id)
    await session.commit()
    return inmate, True


def _comparable(values: dict[str, Any]) -> dict[str, Any]:
    """What a replayed offline create must match: what the client sent."""
    return {key: value for key, value in values.items() if key not in {"search_text", "match_key"}}


async def ensure_prison_number_free(
    session: AsyncSession,
    facility_id: uuid.UUID,
    prison_number: str,
    exclude: uuid.UUID | None = None,
) -> None:
    statement = select(Inmate.id).where(
        Inmate.facility_id == facility_id, Inmate.prison_number == prison_number
    )
    if exclude is not None:
        statement = statement.where(Inmate.id != exclude)
    if (await session.exec(statement)).first() is not None:
        raise DuplicateValue(
            "This prison number is already used in this facility.",
            errors=[
                FieldError(field="body.prison_number", message="already in use", type="duplicate")
            ],
        )


async def read_inmate(session: AsyncSession, actor: Actor, inmate_id: uuid.UUID) -> Row[Any]:
    """One inmate's record (its columns); the read is on the audit log (who looked at whom)."""
    visibility = inmate_visibility(actor, reading=True)
    row = await read_audited(
        session,
        actor,
        _inmate_by_id(visibility.condition),
        {"inmate_id": inmate_id, **visibility.params},
        "inmate.read",
        "inmate",
    )
    if row is None:
        raise NotFound("No inmate with this id.")
    return row


@functools.cache
def _inmate_by_id(visible: ColumnElement[bool]) -> Select[Any]:
    table = Inmate.__table__  # type: ignore[attr-defined]
    return core_select(table).where(table.c.id == bindparam("inmate_id"), visible)


@dataclass(frozen=True)
class InmateFilters:
    q: str | None = None
    facility_id: uuid.UUID | None = None
    legal_status: LegalStatus | None = None
    sex: Sex | None = None
    region: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    updated_since: Any = None


def _search_condition(q: str) -> ColumnElement[bool]:
    tokens = fold(q).split()
    return and_(*(col(Inmate.search_text).contains(token, autoescape=True) for token in tokens))


async def list_inmates(
    session: AsyncSession, actor: Actor, page: PageRequest, filters: InmateFilters
) -> tuple[Sequence[Inmate], str | None]:
    visibility = inmate_visibility(actor, reading=False)
    statement = select(Inmate).where(visibility.condition).params(**visibility.params)
    this_year = utcnow().year
    if filters.q and fold(filters.q):
        statement = statement.where(_search_condition(filters.q))
    if filters.facility_id is not None:
        statement = statement.where(Inmate.facility_id == filters.facility_id)
    if filters.legal_status is not None:
        statement = statement.where(Inmate.legal_status == filters.legal_status.value)
    if filters.sex is not None:
        statement = statement.where(Inmate.sex == filters.sex.value)
    if filters.region is not None:
        statement = statement.where(func.lower(Inmate.region_of_origin) == filters.region.lower())
    if filters.age_min is not None:
        statement = statement.where(col(Inmate.birth_year) <= this_year - filters.age_min)
    if filters.age_max is not None:
        statement = statement.where(col(Inmate.birth_year) >= this_year - filters.age_max - 1)
    if filters.updated_since is not None:
        statement = statement.where(col(Inmate.updated_at) >= filters.updated_since)
    rows, cursor = await keyset_page(session, statement, Inmate, page, kind="inmate")
    await record_list_read(session, actor, "inmate", (row.id for row in rows))
    return rows, cursor


async def update_inmate(
    session: AsyncSession, actor: Actor, inmate_id: uuid.UUID, changes: InmateUpdate, version: int
) -> Inmate:
    inmate = await visible_inmate(session, actor, inmate_id, for_update=True)
    check_version(inmate, version)
    fields = _columns(changes, partial=True)
    merged = {**inmate.model_dump(), **fields}
    _check_dates(merged)
    if merged.get("date_of_birth") is not None:
        fields["birth_year"] = merged["date_of_birth"].year
    if "prison_number" in fields:
        await ensure_prison_number_free(
            session, inmate.facility_id, fields["prison_number"], exclude=inmate.id
        )
    fields |= search_columns({**merged, **fields})
    changed = apply_changes(inmate, fields)
    if changed:
        record_event(
            session,
            actor,
            "inmate.update",
            "inmate",
            inmate.id,
            {"fields": [name for name in changed if name not in {"search_text", "match_key"}]},
        )
    await session.commit()
    return inmate


async def find_possible_duplicates(
    session: AsyncSession, actor: Actor, identity: InmateIdentity
) -> tuple[Sequence[tuple[Inmate, list[str]]], int]:
    """Records that may be the same person: same folded name and birth year, or an alias.

    Matches in facilities the caller cannot see are only counted, never shown.
    """
    key = name_key(identity.family_name, identity.given_names)
    alias_keys = [_alias_key(alias) for alias in identity.aliases if fold(alias)]
    year = identity.known_birth_year
    same_name = col(Inmate.match_key) == key
    if year is not None:
        same_name = and_(
            same_name,
            or_(
                col(Inmate.birth_year).is_(None), col(Inmate.birth_year).between(year - 1, year + 1)
            ),
        )
    # An alias on either side: this name among their aliases, or an alias of this person
    # among their names. Same-name records are judged by birth year above, not here.
    by_alias = and_(
        col(Inmate.match_key) != key,
        or_(
            *(
                col(Inmate.search_text).contains(f"|{alias}|", autoescape=True)
                for alias in [key, *alias_keys]
            )
        ),
    )
    statement = select(Inmate).where(or_(same_name, by_alias)).limit(50)
    candidates = (await session.exec(statement)).all()
    visible, elsewhere = [], 0
    for inmate in candidates:
        if not actor.may_see_facility(inmate.facility_id):
            elsewhere += 1
            continue
        reasons = []
        if inmate.match_key == key:
            reasons.append("same name" + (" and birth year" if year and inmate.birth_year else ""))
        if any(
            f"|{alias}|" in inmate.search_text
            for alias in [key, *alias_keys]
            if alias != inmate.match_key
        ):
            reasons.append("alias")
        visible.append((inmate, reasons or ["alias"]))
    record_event(
        session,
        actor,
        "inmate.match",
        "inmate",
        None,
        {"ids": [str(inmate.id) for inmate, _ in visible], "elsewhere": elsewhere},
    )
    await session.commit()
    return visible, elsewhere
