"""Synthetic records at scale, loaded into a migrated PostgreSQL database with COPY.

Deterministic: the rows are a function of (scale, seed, as_of) — ``random.Random(seed)``
streams and sequential, seeded UUIDs (version 4 layout), with dates relative to ``as_of``
(today unless given); only the synthetic users' password hashes differ (salted). Every name
is obviously synthetic ("Synthétique", "SYN-F01"...). Scale 1 loads in about 40 s on 2 cores,
scale 4 in about 3 minutes: rows are made in a worker thread while the previous chunk is
COPYed, and the loaded tables' foreign keys and plain indexes are dropped for the load and
added back after it (which checks every row).

Scale 1 is 20 facilities (fixed at every scale: more data, not more prisons) and about:

- 50,000 inmates: custody episodes (15% came back: an earlier, closed episode), legal status
  history, transfers, open placements; legal status, sex, birth year, region, security
  level, risk judgement, review dates and last visit varied as the statistics group them;
- 150,000 assessments (intake, periodic, pre-release, ad hoc; verified, submitted, returned
  and draft, with submission, return and verification times), classifications for about
  60% of inmates (12% overrides);
- 2,000 training sessions (10 topics, 12 organisers) x 25 participants (out of 20,000) x
  15-30 days: 1,000,000 attendance records, and the enrolments they imply (hours attended,
  pre/post scores, completion, certificates);
- 400 vocational programmes, about 19,000 enrolments in every state, skills profiles,
  follow-ups 3/6/12 months after release;
- 300,000 visits (with about 100,000 visitors and 350,000 visit_visitor rows), 1,000 dialogue
  sessions with their inmates and leaders;
- what they refer to: 12 organisations, an instrument, users (two assessors and a
  supervisor per facility, an admin and an analyst: syn.*, password ``PASSWORD``).

Not generated: vocational attendance, intake checklists, incidents, keep-apart constraints,
certifications, audit events.

The database must be migrated and hold no earlier synthetic load (facility SYN-F01); other
rows (e.g. the demo) may be there. ``load`` returns the rows written, by table, and runs
VACUUM ANALYZE on them.

Run: .venv/bin/python bench/datagen.py --database NAME [--admin-url URL] [--scale 1]
     [--seed 1] [--as-of YYYY-MM-DD] [--create] (creates and migrates the database first)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

try:  # asyncpg's own UUID: a uuid.UUID, four times cheaper to make and to encode
    from asyncpg.pgproto.pgproto import UUID as FastUUID
except ImportError:  # pragma: no cover

    def FastUUID(raw: bytes) -> uuid.UUID:
        return uuid.UUID(bytes=raw)


from app.schemas.instrument import Domain, Item
from app.services.demo_instrument import DOMAINS, ITEMS
from app.services.inmates import fold, search_columns

# Synthetic users can sign in with this (hash computed at load time, cheap parameters).
PASSWORD = "synthetic data passphrase"
INSTRUMENT_CODE = "SYN-SPJ"
FACILITIES = 20
HISTORY_DAYS = 6 * 365
INMATE_CHUNK = 5_000
SESSION_CHUNK = 200

REGIONS = [
    ("Bamako", 22),
    ("Koulikoro", 12),
    ("Sikasso", 11),
    ("Ségou", 11),
    ("Mopti", 12),
    ("Kayes", 9),
    ("Tombouctou", 7),
    ("Gao", 7),
    ("Kidal", 3),
    ("Ménaka", 2),
    ("Taoudénit", 1),
]
NATIONALITIES = [("ML", 90), ("NE", 3), ("BF", 3), ("SN", 1), ("GN", 1), ("MR", 1), ("DZ", 1)]
FAMILY = ["Synthétique", "Fictif", "Exemple", "Essai", "Modèle", "Témoin", "Spécimen", "Factice"]
GIVEN = ["Alpha", "Bravo", "Charlie", "Delta", "Écho", "Fox", "Golf", "Hôtel", "India", "Kilo"]
EDUCATION = ["none", "koranic", "primary", "secondary", "vocational", "higher", "unknown"]
LANGUAGES = ['["bam"]', '["bam", "fra"]', '["fra"]', '["ful"]', '["son"]', '["tmh"]']
JUDGEMENTS = [("low", 45), ("moderate", 35), ("high", 20)]
REVIEW_MONTHS = {"low": 12, "moderate": 6, "high": 3}
SUGGESTED = {"low": "minimum", "moderate": "medium", "high": "high"}
LEVELS = ["minimum", "medium", "high", "maximum"]
ORGANISATIONS = [
    ("SYN-ADMIN", "Administration pénitentiaire synthétique", "government", "ML"),
    ("SYN-JUST", "Ministère synthétique de la justice", "judiciary", "ML"),
    ("SYN-UN-1", "Agence onusienne synthétique 1", "un_agency", None),
    ("SYN-UN-2", "Agence onusienne synthétique 2", "un_agency", None),
    ("SYN-INT-1", "Centre international synthétique 1", "international", "NL"),
    ("SYN-INT-2", "Centre international synthétique 2", "international", "FR"),
    ("SYN-NGO-1", "ONG synthétique 1", "ngo", "ML"),
    ("SYN-NGO-2", "ONG synthétique 2", "ngo", "ML"),
    ("SYN-NGO-3", "ONG synthétique 3", "ngo", "US"),
    ("SYN-NGO-4", "ONG synthétique 4", "ngo", "SN"),
    ("SYN-EMB", "Ambassade synthétique", "embassy", None),
    ("SYN-UNIV", "Université synthétique", "academic", "ML"),
]
# Training organisers (weights) and vocational / dialogue partners, by organisation index.
ORGANISER_WEIGHTS = [30, 6, 8, 5, 10, 6, 9, 8, 7, 4, 3, 4]
PROVIDERS = [0, 6, 7, 8, 9, 4]
FACILITATORS = [6, 7, 8, 9, 2]
TOPICS = [
    ("psychology_of_violent_extremism", 10),
    ("radicalisation_awareness", 14),
    ("risk_assessment", 12),
    ("ethics_mandela_rules", 12),
    ("evidence_collection", 7),
    ("judiciary_prison_cooperation", 8),
    ("youth_leadership_alternative_narratives", 9),
    ("training_of_trainers", 6),
    ("language_course", 12),
    ("other", 10),
]
CATEGORIES = [
    ("prison_staff", 40),
    ("religious_leader", 10),
    ("youth_leader", 8),
    ("community_leader", 9),
    ("judge", 6),
    ("prosecutor", 5),
    ("police_military", 8),
    ("policymaker", 3),
    ("ngo_staff", 7),
    ("other", 4),
]
TRADES = [
    ("tailoring", 18),
    ("carpentry", 16),
    ("mechanics", 14),
    ("agriculture", 20),
    ("literacy", 17),
    ("computing", 8),
    ("other", 7),
]
VISIT_TYPES = [("family", 62), ("legal", 20), ("religious", 8), ("ngo", 6), ("consular", 4)]
PAST_VISIT = [("occurred", 78), ("no_show", 6), ("cancelled", 7), ("denied", 9)]
POOL_KINDS = [
    ("lawyer", 40),
    ("religious_leader", 18),
    ("community_leader", 12),
    ("ngo", 20),
    ("consular", 6),
    ("other", 4),
]
VISITOR_OF_TYPE = {
    "legal": ("lawyer",),
    "religious": ("religious_leader", "community_leader"),
    "ngo": ("ngo", "other"),
    "consular": ("consular",),
}
RELATIONSHIPS = ["mother", "father", "spouse", "brother", "sister", "son", "daughter", "uncle"]
EMPLOYMENT = [
    ("employed", 28),
    ("self_employed", 24),
    ("unemployed", 26),
    ("in_training", 8),
    ("not_reached", 14),
]


Rows = dict[str, list[tuple[Any, ...]]]


def names(spaced: str) -> tuple[str, ...]:
    return tuple(spaced.split())


COLUMNS: dict[str, tuple[str, ...]] = {
    "facility": names(
        "id version created_at updated_at code name region capacity active "
        "providers_see_first_name visit_restrictions"
    ),
    "organisation": names("id version created_at updated_at code name kind country active"),
    "app_user": names(
        "id version created_at updated_at username display_name password_hash "
        "organisation_id all_facilities active password_changed_at"
    ),
    "user_role": ("user_id", "role_id"),
    "user_facility": ("user_id", "facility_id"),
    "instrument": names("id version created_at updated_at code name description active"),
    "instrument_version": names(
        "id version created_at updated_at instrument_id number status domains items published_at"
    ),
    "inmate": names(
        "id version created_at updated_at facility_id prison_number family_name given_names "
        "aliases sex date_of_birth birth_year nationality region_of_origin place_of_origin "
        "languages education_level prior_occupation family_contact charges case_reference "
        "admission_date legal_status search_text match_key current_episode_id housing_unit "
        "housing_cell security_level review_due_reason review_due_since next_review_date "
        "override_review_by review_due_on last_visit_on risk_judgement"
    ),
    "custody_episode": names(
        "id inmate_id number facility_id admission_date release_date release_facility_id"
    ),
    "legal_status_entry": names(
        "id inmate_id episode_id status effective_date decision_reference note recorded_by "
        "created_at"
    ),
    "transfer": names(
        "id inmate_id from_facility_id to_facility_id effective_date reason decided_by created_at"
    ),
    "placement": names(
        "id inmate_id episode_id facility_id unit cell start_date end_date note recorded_by "
        "created_at"
    ),
    "assessment": names(
        "id version created_at updated_at inmate_id instrument_version_id kind status "
        "assessor_id ratings overall_judgement rationale interventions submitted_at "
        "verified_by verified_at return_comments next_review_date returned_at"
    ),
    "classification": names(
        "id inmate_id assessment_id security_level suggested_level override justification "
        "review_by single_cell separate_from_group effective_date decided_by created_at"
    ),
    "visitor": names(
        "id version created_at updated_at family_name given_names kind inmate_id relationship "
        "organisation_name facility_id id_document_type id_document_number phone address "
        "search_text vetting_status vetting_body vetted_on vetting_expires_on "
        "vetting_reference banned_from banned_until ban_reason banned_by"
    ),
    "visit": names(
        "id version created_at updated_at inmate_id facility_id type status starts_at ends_at "
        "purpose requested_by decided_by decided_at reason started_at ended_at log_notes "
        "logged_by"
    ),
    "visit_visitor": ("id", "visit_id", "visitor_id"),
    "dialogue_session": names(
        "id version created_at updated_at facility_id facilitator_organisation_id topic "
        "starts_at ends_at status notes outcome_notes reason organised_by"
    ),
    "dialogue_inmate": ("id", "session_id", "inmate_id"),
    "dialogue_leader": ("id", "session_id", "visitor_id"),
    "vocational_programme": names(
        "id version created_at updated_at title trade provider_organisation_id external_id "
        "facility_id capacity start_date end_date sessions_per_week hours_per_session status "
        "allowed_security_levels allowed_legal_statuses minimum_literacy max_per_cell_block "
        "certificates_issued"
    ),
    "vocational_enrolment": names(
        "id version created_at updated_at programme_id inmate_id status reason waitlisted_at "
        "enrolled_on ended_on certificate_number final_assessment"
    ),
    "vocational_follow_up": names(
        "id version created_at updated_at enrolment_id months_after_release contacted_on "
        "employment_status uses_trade notes recorded_by"
    ),
    "skills_profile": names(
        "id version created_at updated_at inmate_id prior_trades skills literacy numeracy "
        "languages trades_of_interest health_constraints security_constraints assessed_on "
        "assessed_by"
    ),
    "participant": names(
        "id version created_at updated_at full_name category institution organisation_id "
        "external_id facility_id user_id sex languages contact"
    ),
    "training_session": names(
        "id version created_at updated_at title topic description organiser_organisation_id "
        "external_id facility_id venue start_date end_date daily_start daily_end hours_per_day "
        "excluded_days scheduled_hours language capacity status completion_percent "
        "accredits_instrument_code accreditation_months change_seq certificates_issued"
    ),
    "training_organiser": ("session_id", "organisation_id", "lead"),
    "training_enrolment": names(
        "id version created_at updated_at session_id participant_id status pre_test_score "
        "post_test_score attended_hours completed completed_on certificate_number change_seq"
    ),
    "training_attendance": names(
        "id session_id participant_id day status hours source_organisation_id version "
        "change_seq created_at updated_at"
    ),
}


@dataclass(frozen=True)
class Sizes:
    """What a scale asks for (the load lands near these; ``load`` returns the exact rows)."""

    inmates: int
    assessments: int
    participants: int
    training_sessions: int
    visits: int
    visitor_pool: int
    dialogue_sessions: int
    programmes: int
    vocational_enrolments: int

    @classmethod
    def at(cls, scale: float) -> Sizes:
        def n(base: int, least: int = 1) -> int:
            return max(least, round(base * scale))

        return cls(
            inmates=n(50_000, 20),
            assessments=n(150_000, 20),
            participants=n(20_000, 30),
            training_sessions=n(2_000, 2),
            visits=n(300_000),
            visitor_pool=n(5_000, 12),
            dialogue_sessions=n(1_000, 2),
            programmes=n(400, 2),
            vocational_enrolments=n(20_000, 10),
        )


class Ids:
    """Sequential version-4-shaped UUIDs under a prefix drawn from the seed and the table:
    deterministic, unique per table, and cheap to index (they arrive in order)."""

    def __init__(self, seed: int, table: str) -> None:
        high = random.Random(f"{seed}:{table}").getrandbits(64)
        self._base = ((high & ~0xF000 | 0x4000) << 64) | (0x8 << 60)
        self._count = 0

    def __call__(self) -> uuid.UUID:
        self._count += 1
        ident: uuid.UUID = FastUUID((self._base | self._count).to_bytes(16, "big"))
        return ident


class Chooser:
    """Weighted choice by a precomputed cumulative table (random.choices is slower per call)."""

    def __init__(self, rng: random.Random, weighted: Sequence[tuple[Any, float]]) -> None:
        self._random = rng.random
        total = float(sum(weight for _, weight in weighted))
        self._values = [value for value, _ in weighted]
        running, self._bounds = 0.0, []
        for _, weight in weighted:
            running += weight / total
            self._bounds.append(running)
        self._bounds[-1] = 1.0

    def __call__(self) -> Any:
        draw = self._random()
        for value, bound in zip(self._values, self._bounds, strict=True):
            if draw < bound:
                return value
        return self._values[-1]


@dataclass(slots=True)
class Person:
    """The plan of one inmate, drawn first so that every later table can refer to it."""

    id: uuid.UUID
    number: int
    facility: int  # holding now
    admitted: date  # current episode
    released: date | None  # current episode closed (released, transferred out)
    status: str
    earlier: tuple[date, date] | None  # an earlier episode: admitted, released
    transfer: tuple[int, date] | None  # admitted at another facility, moved on that day
    episode_id: uuid.UUID | None = None
    dialogues: list[tuple[uuid.UUID, date]] = field(default_factory=list)

    def custody_days(self, as_of: date) -> int:
        days = ((self.released or as_of) - self.admitted).days + 1
        if self.earlier is not None:
            days += (self.earlier[1] - self.earlier[0]).days + 1
        return days

    def held_on(self, day: date) -> bool:
        return self.admitted <= day and (self.released is None or day <= self.released)


def at_time(day: date, hours: float) -> datetime:
    return datetime.combine(day, clock(), UTC) + timedelta(hours=hours)


def months_after(day: date, months: int) -> date:
    return day + timedelta(days=round(months * 30.44))


class Generator:
    """Draws the rows and COPYs them, table after table in foreign-key order."""

    def __init__(
        self, connection: asyncpg.Connection, scale: float, seed: int, as_of: date
    ) -> None:
        self.connection = connection
        self.sizes = Sizes.at(scale)
        self.seed = seed
        self.as_of = as_of
        self.start = as_of - timedelta(days=HISTORY_DAYS)
        self.rng = random.Random(seed)
        self.ids = {table: Ids(seed, table) for table in COLUMNS}
        self.counts: dict[str, int] = defaultdict(int)
        self.moment = datetime.combine(as_of, clock(6), UTC)
        self.documents = 0

    def pick(self, weighted: Sequence[tuple[Any, float]]) -> Chooser:
        return Chooser(self.rng, weighted)

    async def stream(
        self, produce: Callable[[int], Rows], parts: Sequence[int], tables: Sequence[str]
    ) -> None:
        """Make each part's rows in a worker thread (one: the draws stay in order) while the
        previous part is copied, so that Python and the server work at the same time."""
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(max_workers=1) as worker:
            pending = [loop.run_in_executor(worker, produce, part) for part in parts[:1]]
            for index in range(len(parts)):
                rows = await pending.pop()
                if index + 1 < len(parts):
                    pending.append(loop.run_in_executor(worker, produce, parts[index + 1]))
                for table in tables:
                    await self.copy(table, rows.pop(table, []))

    async def copy(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            await self.connection.copy_records_to_table(
                table, records=rows, columns=list(COLUMNS[table])
            )
            self.counts[table] += len(rows)

    def day_between(self, first: date, last: date) -> date:
        span = (last - first).days
        return first + timedelta(days=self.rng.randint(0, max(span, 0)))

    # Reference rows

    async def reference(self) -> None:
        if await self.connection.fetchval("SELECT 1 FROM facility WHERE code = 'SYN-F01'"):
            raise SystemExit("this database already holds a synthetic load (facility SYN-F01)")
        rng, now = self.rng, self.moment
        self.facility_ids = [self.ids["facility"]() for _ in range(FACILITIES)]
        self.facility_codes = [f"SYN-F{n + 1:02d}" for n in range(FACILITIES)]
        await self.copy(
            "facility",
            [
                (
                    self.facility_ids[n],
                    1,
                    now,
                    now,
                    self.facility_codes[n],
                    f"Établissement synthétique {n + 1:02d}",
                    REGIONS[n % len(REGIONS)][0],
                    rng.randint(150, 1500),
                    True,
                    False,
                    "{}",
                )
                for n in range(FACILITIES)
            ],
        )
        # Bigger prisons first: the first holds about 8 times what the last holds.
        self.facility_pick = self.pick([(n, 1 / (n + 2) ** 0.9) for n in range(FACILITIES)])
        self.organisation_ids = [self.ids["organisation"]() for _ in ORGANISATIONS]
        await self.copy(
            "organisation",
            [
                (ident, 1, now, now, code, name, kind, country, True)
                for ident, (code, name, kind, country) in zip(
                    self.organisation_ids, ORGANISATIONS, strict=True
                )
            ],
        )
        await self.users()
        instrument_id = self.ids["instrument"]()
        await self.copy(
            "instrument",
            [
                (
                    instrument_id,
                    1,
                    now,
                    now,
                    INSTRUMENT_CODE,
                    "Instrument synthétique (données de test)",
                    "Synthetic benchmark data; not an instrument.",
                    True,
                )
            ],
        )
        domains = [
            Domain(code=c, label_en=en, label_fr=fr).model_dump(mode="json")
            for c, en, fr in DOMAINS
        ]
        items = [
            Item(
                code=c,
                domain=d,
                label_en=en,
                label_fr=fr,
                kind=kind,
                scale=scale,
                guidance_en="Synthetic.",
                guidance_fr="Synthétique.",
            ).model_dump(mode="json")
            for c, d, en, fr, kind, scale in ITEMS
        ]
        self.version_id = self.ids["instrument_version"]()
        await self.copy(
            "instrument_version",
            [
                (
                    self.version_id,
                    1,
                    now,
                    now,
                    instrument_id,
                    1,
                    "published",
                    json.dumps(domains),
                    json.dumps(items),
                    now,
                )
            ],
        )

    async def users(self) -> None:
        from app.config import Settings
        from app.security import PasswordHasher

        hashed = await PasswordHasher(
            Settings(password_hash_time_cost=1, password_hash_memory_kib=64)
        ).hash(PASSWORD)
        roles = {
            row["code"]: row["id"]
            for row in await self.connection.fetch("SELECT code, id FROM role")
        }
        now, admin_org = self.moment, self.organisation_ids[0]
        users, user_roles, user_facilities = [], [], []
        self.assessors: list[list[uuid.UUID]] = []
        self.supervisors: list[tuple[uuid.UUID, str]] = []
        for n, code in enumerate(self.facility_codes):
            staff = []
            for role, count in (("assessor", 2), ("supervisor", 1)):
                for k in range(count):
                    ident = self.ids["app_user"]()
                    username = f"syn.{role}.{k + 1}.{code.lower()}"
                    users.append(
                        (
                            ident,
                            1,
                            now,
                            now,
                            username,
                            username,
                            hashed,
                            admin_org,
                            False,
                            True,
                            now,
                        )
                    )
                    user_roles.append((ident, roles[role]))
                    user_facilities.append((ident, self.facility_ids[n]))
                    staff.append((ident, role, username))
            self.assessors.append([ident for ident, role, _ in staff if role == "assessor"])
            self.supervisors.append(
                next((ident, name) for ident, role, name in staff if role == "supervisor")
            )
        for role in ("admin", "analyst"):
            ident = self.ids["app_user"]()
            username = f"syn.{role}"
            users.append(
                (ident, 1, now, now, username, username, hashed, admin_org, True, True, now)
            )
            user_roles.append((ident, roles[role]))
        await self.copy("app_user", users)
        await self.copy("user_role", user_roles)
        await self.copy("user_facility", user_facilities)

    # The people

    def plan_people(self) -> None:
        rng, as_of, start = self.rng, self.as_of, self.start
        status_pick = self.pick(
            [
                ("pre_trial", 36),
                ("convicted", 44),
                ("released", 16),
                ("acquitted", 2),
                ("transferred", 2),
            ]
        )
        self.people: list[Person] = []
        ident = self.ids["inmate"]
        for number in range(self.sizes.inmates):
            status = status_pick()
            if status == "pre_trial":
                admitted = as_of - timedelta(days=min(int(rng.expovariate(1 / 280)), 2000))
                released = None
            elif status == "convicted":
                admitted = as_of - timedelta(days=rng.randint(90, HISTORY_DAYS - 60))
                released = None
            elif status == "acquitted":
                admitted = as_of - timedelta(days=rng.randint(60, 900))
                released = None
            else:
                admitted = self.day_between(start, as_of - timedelta(days=40))
                released = min(
                    admitted + timedelta(days=rng.randint(20, 1100)), as_of - timedelta(days=1)
                )
            earlier = None
            if rng.random() < 0.15 and (admitted - start).days > 200:
                first = self.day_between(start, admitted - timedelta(days=200))
                earlier = (first, first + timedelta(days=rng.randint(20, 180)))
            facility = self.facility_pick()
            transfer = None
            if rng.random() < 0.06:
                moved = self.day_between(admitted, released or as_of)
                transfer = ((facility + rng.randint(1, FACILITIES - 1)) % FACILITIES, moved)
            self.people.append(
                Person(ident(), number, facility, admitted, released, status, earlier, transfer)
            )
        self.by_facility: list[list[Person]] = [[] for _ in range(FACILITIES)]
        for person in self.people:
            self.by_facility[person.facility].append(person)

    def pick_held(self, facility: int, day: date, count: int) -> list[Person]:
        """Up to ``count`` different people held at ``facility`` on ``day``."""
        candidates, chosen = self.by_facility[facility], {}
        if not candidates:
            return []
        for _ in range(count * 8):
            person = candidates[self.rng.randrange(len(candidates))]
            if person.held_on(day):
                chosen[person.number] = person
                if len(chosen) == count:
                    break
        return list(chosen.values())

    # Visitors and dialogue sessions (before the inmates: their rows point at these)

    async def visitor_pool(self) -> None:
        rng, now = self.rng, self.moment
        kind_pick = self.pick(POOL_KINDS)
        rows = []
        self.pool: dict[str, list[uuid.UUID]] = defaultdict(list)
        for n in range(self.sizes.visitor_pool):
            kind = kind_pick()
            ident = self.ids["visitor"]()
            self.pool[kind].append(ident)
            vetted = self.day_between(self.start, self.as_of)
            banned = rng.random() < 0.02
            rows.append(
                self.visitor_row(
                    ident,
                    f"Visiteur {n:06d}",
                    kind,
                    None,
                    None,
                    f"Organisation synthétique {n % 50:02d}"
                    if kind != "religious_leader"
                    else None,
                    self.facility_ids[self.facility_pick()] if rng.random() < 0.7 else None,
                    ("approved" if rng.random() < 0.85 else "pending"),
                    vetted,
                    banned,
                    now,
                )
            )
        for kind, _ in POOL_KINDS:  # every kind has someone, whatever the scale
            if not self.pool[kind]:
                ident = self.ids["visitor"]()
                self.pool[kind].append(ident)
                rows.append(
                    self.visitor_row(
                        ident,
                        f"Visiteur {kind}",
                        kind,
                        None,
                        None,
                        None,
                        None,
                        "approved",
                        self.as_of,
                        False,
                        now,
                    )
                )
        self.leaders = self.pool["religious_leader"] + self.pool["community_leader"]
        await self.copy("visitor", rows)

    def visitor_row(
        self,
        ident: uuid.UUID,
        given: str,
        kind: str,
        inmate_id: uuid.UUID | None,
        relationship: str | None,
        organisation: str | None,
        facility_id: uuid.UUID | None,
        vetting: str,
        vetted: date,
        banned: bool,
        created: datetime,
    ) -> tuple[Any, ...]:
        rng = self.rng
        document = None
        if rng.random() < 0.9:
            self.documents += 1
            document = f"SYN{self.seed}-{self.documents:09d}"
        approved = vetting == "approved"
        return (
            ident,
            1,
            created,
            created,
            "Synthétique",
            given,
            kind,
            inmate_id,
            relationship,
            organisation,
            facility_id,
            "national_id" if document else None,
            document,
            None,
            None,
            fold(f"Synthétique {given}"),
            vetting,
            "Service synthétique de vérification" if approved else None,
            vetted if approved else None,
            vetted + timedelta(days=730) if approved else None,
            f"SYN-V-{self.documents}" if approved else None,
            vetted if banned else None,
            vetted + timedelta(days=180) if banned else None,
            "Motif synthétique" if banned else None,
            "syn.supervisor" if banned else None,
        )

    async def dialogue_sessions(self) -> None:
        rng, as_of = self.rng, self.as_of
        sessions, leaders = [], []
        facilitator_pick = self.pick([(n, 1) for n in FACILITATORS])
        for n in range(self.sizes.dialogue_sessions):
            facility = self.facility_pick()
            draw = rng.random()
            if draw < 0.08:
                day, status = as_of + timedelta(days=rng.randint(1, 45)), "planned"
            else:
                day = self.day_between(self.start, as_of - timedelta(days=1))
                status = "cancelled" if draw < 0.16 else "held"
            ident = self.ids["dialogue_session"]()
            begins = at_time(day, 9 + rng.randint(0, 5))
            created = begins - timedelta(days=rng.randint(7, 40))
            sessions.append(
                (
                    ident,
                    1,
                    created,
                    created,
                    self.facility_ids[facility],
                    self.organisation_ids[facilitator_pick()],
                    f"Dialogue synthétique {n:05d}",
                    begins,
                    begins + timedelta(hours=2),
                    status,
                    None,
                    "Compte rendu synthétique." if status == "held" else None,
                    "Motif synthétique" if status == "cancelled" else None,
                    self.supervisors[facility][1],
                )
            )
            for leader in rng.sample(self.leaders, min(len(self.leaders), rng.randint(1, 3))):
                leaders.append((self.ids["dialogue_leader"](), ident, leader))
            if status == "cancelled":
                continue
            for person in self.pick_held(facility, min(day, as_of), rng.randint(6, 14)):
                person.dialogues.append((ident, day if status == "held" else as_of + timedelta(1)))
        await self.copy("dialogue_session", sessions)
        await self.copy("dialogue_leader", leaders)

    # Inmates and everything that is theirs, a chunk at a time

    async def inmates(self) -> None:
        sizes, as_of = self.sizes, self.as_of
        total_days = sum(person.custody_days(as_of) for person in self.people)
        self.assessment_rate = max(sizes.assessments - sizes.inmates, 0) / total_days
        self.visit_rate = sizes.visits / total_days
        self.sex_pick = self.pick([("male", 94), ("female", 6)])
        self.region_pick = self.pick([*REGIONS, (None, 5)])
        self.nationality_pick = self.pick(NATIONALITIES)
        self.judgement_pick = self.pick(JUDGEMENTS)
        self.visit_pick = self.pick(VISIT_TYPES)
        self.past_visit_pick = self.pick(PAST_VISIT)

        def part(first: int) -> Rows:
            tables: Rows = defaultdict(list)
            for person in self.people[first : first + INMATE_CHUNK]:
                self.person_rows(person, tables)
            return tables

        await self.stream(
            part,
            range(0, len(self.people), INMATE_CHUNK),
            (
                "inmate",
                "custody_episode",
                "legal_status_entry",
                "transfer",
                "placement",
                "assessment",
                "classification",
                "visitor",
                "visit",
                "visit_visitor",
                "dialogue_inmate",
            ),
        )

    def person_rows(self, person: Person, tables: Rows) -> None:
        rng, as_of = self.rng, self.as_of
        facility = person.facility
        facility_id = self.facility_ids[facility]
        code = self.facility_codes[facility]
        registrar = f"syn.registrar.{code.lower()}"
        inmate_id = person.id
        created = at_time(person.earlier[0] if person.earlier else person.admitted, 10)

        # Custody: episodes, legal statuses, transfer, placement
        episode = self.ids["custody_episode"]
        legal = self.ids["legal_status_entry"]
        statuses: list[tuple[str, date]] = []
        number = 1
        if person.earlier is not None:
            first_id = episode()
            admitted, released = person.earlier
            tables["custody_episode"].append(
                (first_id, inmate_id, 1, facility_id, admitted, released, facility_id)
            )
            for status, day in (("pre_trial", admitted), ("released", released)):
                tables["legal_status_entry"].append(
                    (
                        legal(),
                        inmate_id,
                        first_id,
                        status,
                        day,
                        None,
                        None,
                        registrar,
                        at_time(day, 11),
                    )
                )
            number = 2
        episode_id = episode()
        person.episode_id = episode_id
        admitted_at = self.facility_ids[person.transfer[0]] if person.transfer else facility_id
        tables["custody_episode"].append(
            (
                episode_id,
                inmate_id,
                number,
                admitted_at,
                person.admitted,
                person.released,
                facility_id if person.released else None,
            )
        )
        end = person.released or as_of
        statuses.append(("pre_trial", person.admitted))
        if person.status in ("convicted", "released", "transferred") and rng.random() < 0.8:
            statuses.append(("convicted", self.day_between(person.admitted, end)))
        if person.status == "acquitted":
            statuses.append(("acquitted", self.day_between(person.admitted, end)))
        if person.status in ("released", "transferred"):
            statuses.append((person.status, end))
        if person.status == "convicted" and statuses[-1][0] != "convicted":
            statuses.append(("convicted", self.day_between(person.admitted, end)))
        for status, day in statuses:
            tables["legal_status_entry"].append(
                (
                    legal(),
                    inmate_id,
                    episode_id,
                    status,
                    day,
                    f"SYN-DEC-{person.number}" if status != "pre_trial" else None,
                    None,
                    registrar,
                    at_time(day, 11),
                )
            )
        if person.transfer is not None:
            source, moved = person.transfer
            tables["transfer"].append(
                (
                    self.ids["transfer"](),
                    inmate_id,
                    self.facility_ids[source],
                    facility_id,
                    moved,
                    "Transfert synthétique",
                    registrar,
                    at_time(moved, 12),
                )
            )
        unit = cell = None
        if person.released is None:
            unit, cell = f"Bloc {'ABCDEF'[rng.randrange(6)]}", f"{rng.randint(1, 120):03d}"
            tables["placement"].append(
                (
                    self.ids["placement"](),
                    inmate_id,
                    episode_id,
                    facility_id,
                    unit,
                    cell,
                    person.transfer[1] if person.transfer else person.admitted,
                    None,
                    None,
                    registrar,
                    at_time(person.admitted, 13),
                )
            )

        # Assessments and classifications
        review = self.assessments(person, tables)
        risk, next_review, last_verified, override_review_by, level = review
        reason = since = None
        convicted = [day for status, day in statuses if status == "convicted"]
        recent = as_of - timedelta(days=120)
        if convicted and convicted[-1] > max(last_verified or recent, recent):
            reason, since = "legal status changed to convicted", convicted[-1]
        candidates = [next_review or person.admitted]
        if since is not None:
            candidates.append(since)
        if override_review_by is not None:
            candidates.append(override_review_by)

        # Visits and dialogue sessions
        last_visit = self.visits(person, tables)
        for session_id, day in person.dialogues:
            tables["dialogue_inmate"].append((self.ids["dialogue_inmate"](), session_id, inmate_id))
            if day <= as_of and (last_visit is None or day > last_visit):
                last_visit = day

        # The inmate
        age = max(16, min(75, round(rng.triangular(16, 72, 27))))
        birth_year = as_of.year - age if rng.random() < 0.97 else None
        born = None
        if birth_year is not None and rng.random() < 0.6:
            born = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
        family, given = FAMILY[rng.randrange(len(FAMILY))], GIVEN[rng.randrange(len(GIVEN))]
        given = f"{given} {person.number:06d}"
        prison_number = f"{code}-{person.number:07d}"
        folded = search_columns(
            {"family_name": family, "given_names": given, "prison_number": prison_number}
        )
        region = self.region_pick()
        tables["inmate"].append(
            (
                inmate_id,
                1,
                created,
                at_time(as_of, 0) if person.released is None else at_time(end, 12),
                facility_id,
                prison_number,
                family,
                given,
                "[]",
                self.sex_pick(),
                born,
                birth_year,
                self.nationality_pick(),
                region,
                None,
                LANGUAGES[rng.randrange(len(LANGUAGES))],
                EDUCATION[rng.randrange(len(EDUCATION))],
                None,
                None,
                "[]",
                f"SYN-RP-{person.number:07d}",
                person.admitted,
                person.status,
                folded["search_text"],
                folded["match_key"],
                episode_id,
                unit,
                cell,
                level,
                reason,
                since,
                next_review,
                override_review_by,
                min(candidates),
                last_visit,
                risk,
            )
        )

    def assessments(
        self, person: Person, tables: Rows
    ) -> tuple[str | None, date | None, date | None, date | None, str | None]:
        """The person's assessments (at least the intake) and classifications; answers the
        latest verified judgement, its next review, the day of the latest verification, and
        the review-by date and level of the classification in force."""
        rng, as_of, hour = self.rng, self.as_of, timedelta(hours=1)
        now = at_time(as_of, 6)
        expected = 1 + self.assessment_rate * person.custody_days(as_of)
        count = int(expected) + (rng.random() < expected % 1)
        episodes = [(person.admitted, person.released or as_of)]
        if person.earlier is not None:
            episodes.insert(0, person.earlier)
        baseline = self.judgement_pick()
        assessors = self.assessors[person.facility]
        supervisor = self.supervisors[person.facility][0]
        # The intake early in the first custody, then reviews spread over the current one.
        first, last = episodes[0]
        days = [min(first + timedelta(days=rng.randint(1, 20)), last)]
        first, last = episodes[-1]
        span = max((last - first).days, 1)
        for number in range(1, count):
            offset = int(span * number / (count - 0.5)) + rng.randint(0, 20)
            days.append(min(first + timedelta(days=offset), last))
        days.sort()
        verified: list[tuple[uuid.UUID, str, datetime, date]] = []
        ident = self.ids["assessment"]
        for number, day in enumerate(days):
            last = number == len(days) - 1
            judgement = baseline if rng.random() < 0.7 else self.judgement_pick()
            if number == 0:
                kind = "intake"
            elif last and person.released is not None and rng.random() < 0.5:
                kind = "pre_release"
            else:
                kind = "ad_hoc" if rng.random() < 0.08 else "periodic_review"
            created = at_time(day, 8 + rng.random() * 8)
            submitted = created + hour * rng.uniform(0.5, 72)
            returned = verified_at = None
            draw = rng.random()
            if last and person.released is None and draw < 0.28:
                status = "draft" if draw < 0.07 else "submitted" if draw < 0.19 else "returned"
            else:
                status = "verified"
            if status == "draft":
                submitted = None
            if submitted and (
                status == "returned" or (status == "verified" and rng.random() < 0.1)
            ):
                returned = submitted + hour * rng.uniform(12, 240)
                if status == "verified":
                    submitted = returned + hour * rng.uniform(4, 120)
            if status == "verified" and submitted:
                verified_at = submitted + hour * max(1.0, rng.expovariate(1 / (9 * 24)))
                if verified_at > now:
                    status, verified_at = "submitted", None
            if (submitted and submitted > now) or (returned and returned > now):
                status, submitted, returned, verified_at = "draft", None, None, None
            review = None
            if verified_at is not None:
                review = months_after(verified_at.date(), REVIEW_MONTHS[judgement])
            assessment_id = ident()
            changed = max(
                moment for moment in (created, submitted, returned, verified_at) if moment
            )
            tables["assessment"].append(
                (
                    assessment_id,
                    1,
                    created,
                    changed,
                    person.id,
                    self.version_id,
                    kind,
                    status,
                    assessors[rng.randrange(len(assessors))],
                    "{}",
                    None if status == "draft" and rng.random() < 0.5 else judgement,
                    "Justification synthétique.",
                    "[]",
                    submitted,
                    supervisor if verified_at else None,
                    verified_at,
                    "Commentaire synthétique." if returned else None,
                    review,
                    returned,
                )
            )
            if verified_at is not None and review is not None:
                verified.append((assessment_id, judgement, verified_at, review))
        if not verified:
            return None, None, None, None, None
        latest = max(verified, key=lambda item: item[2])
        level = override_by = None
        # A classification after the first verified assessment for most, after a later one
        # for some.
        decided = [verified[0]] if rng.random() < 0.7 else []
        if decided and len(verified) > 1 and rng.random() < 0.3:
            decided.append(verified[-1])
        supervisor_name = self.supervisors[person.facility][1]
        for assessment_id, judgement, verified_at, _ in decided:
            suggested = SUGGESTED[judgement]
            override = rng.random() < 0.12
            level = suggested
            if override:
                step = LEVELS.index(suggested) + (1 if rng.random() < 0.7 else -1)
                level = LEVELS[max(0, min(step, len(LEVELS) - 1))]
                if level == suggested:
                    level = LEVELS[LEVELS.index(suggested) + 1]
            effective = min(verified_at.date() + timedelta(days=rng.randint(0, 7)), as_of)
            override_by = months_after(effective, 6) if override else None
            tables["classification"].append(
                (
                    self.ids["classification"](),
                    person.id,
                    assessment_id,
                    level,
                    suggested,
                    override,
                    "Dérogation synthétique." if override else None,
                    override_by,
                    rng.random() < 0.05,
                    None,
                    effective,
                    supervisor_name,
                    at_time(effective, 15),
                )
            )
        return latest[1], latest[3], latest[2].date(), override_by, level

    def visits(self, person: Person, tables: Rows) -> date | None:
        """The person's visits, spread over their custody; answers the last one that
        took place."""
        rng, as_of = self.rng, self.as_of
        expected = self.visit_rate * person.custody_days(as_of)
        count = int(expected) + (rng.random() < expected % 1)
        if not count:
            return None
        facility_id = self.facility_ids[person.facility]
        code = self.facility_codes[person.facility].lower()
        supervisor = self.supervisors[person.facility][1]
        family: list[uuid.UUID] = []
        for k in range(rng.randint(1, 3)):
            ident = self.ids["visitor"]()
            family.append(ident)
            tables["visitor"].append(
                self.visitor_row(
                    ident,
                    f"Proche {person.number:06d}-{k + 1}",
                    "family",
                    person.id,
                    RELATIONSHIPS[rng.randrange(len(RELATIONSHIPS))],
                    None,
                    facility_id,
                    "not_required",
                    person.admitted,
                    False,
                    at_time(person.admitted, 14),
                )
            )
        episodes = [(person.admitted, person.released or as_of)]
        if person.earlier is not None:
            episodes.append(person.earlier)
        weights = [(last - first).days + 1 for first, last in episodes]
        last_visit = None
        ident, link = self.ids["visit"], self.ids["visit_visitor"]
        for _ in range(count):
            first, last = episodes[0] if rng.random() * sum(weights) < weights[0] else episodes[1]
            kind = self.visit_pick()
            if person.released is None and rng.random() < 0.03:
                day = as_of + timedelta(days=rng.randint(1, 21))
                status = "approved" if rng.random() < 0.6 else "requested"
            else:
                day = self.day_between(first, last)
                status = self.past_visit_pick()
            begins = at_time(day, 8 + rng.randint(0, 14) * 0.5)
            ends = begins + timedelta(hours=1)
            requested = begins - timedelta(days=rng.randint(1, 14), hours=rng.randint(0, 8))
            decided = status not in ("requested", "cancelled")
            occurred = status == "occurred"
            if occurred and day <= as_of and (last_visit is None or day > last_visit):
                last_visit = day
            visit_id = ident()
            tables["visit"].append(
                (
                    visit_id,
                    1,
                    requested,
                    ends if occurred else requested + timedelta(hours=20),
                    person.id,
                    facility_id,
                    kind,
                    status,
                    begins,
                    ends,
                    None,
                    f"syn.registrar.{code}",
                    supervisor if decided else None,
                    requested + timedelta(hours=20) if decided else None,
                    "Motif synthétique" if status in ("denied", "cancelled") else None,
                    begins + timedelta(minutes=rng.randint(0, 30)) if occurred else None,
                    ends if occurred else None,
                    None,
                    f"syn.registrar.{code}" if occurred else None,
                )
            )
            if kind == "family":
                visitors = rng.sample(family, 2 if len(family) > 1 and rng.random() < 0.4 else 1)
            else:
                kinds = VISITOR_OF_TYPE[kind]
                pool = self.pool[kinds[rng.randrange(len(kinds))]]
                visitors = [pool[rng.randrange(len(pool))]]
            for visitor in visitors:
                tables["visit_visitor"].append((link(), visit_id, visitor))
        return last_visit

    # Vocational programmes

    async def vocational(self) -> None:
        rng, as_of, now = self.rng, self.as_of, self.moment
        trade_pick = self.pick(TRADES)
        provider_pick = self.pick([(n, 1) for n in PROVIDERS])
        employment_pick = self.pick(EMPLOYMENT)
        per_programme = self.sizes.vocational_enrolments / self.sizes.programmes
        programmes, enrolments, follow_ups, profiles = [], [], [], []
        profiled: set[int] = set()
        certificates = 0
        for n in range(self.sizes.programmes):
            facility = self.facility_pick()
            trade = trade_pick()
            begins = self.day_between(self.start, as_of + timedelta(days=90))
            ends = begins + timedelta(days=rng.randint(90, 270))
            if rng.random() < 0.04:
                state = "cancelled"
            elif begins > as_of:
                state = "open" if rng.random() < 0.7 else "planned"
            else:
                state = "completed" if ends < as_of else "running"
            programme_id = self.ids["vocational_programme"]()
            issued = 0
            wanted = max(1, round(rng.uniform(0.7, 1.3) * per_programme))
            window = (begins - timedelta(days=60), min(ends, as_of))
            chosen = self.pick_overlapping(facility, window, wanted)
            outcome = self.pick(
                {
                    "completed": [
                        ("completed", 55),
                        ("dropped", 20),
                        ("interested", 10),
                        ("waitlisted", 10),
                        ("suspended", 5),
                    ],
                    "running": [
                        ("enrolled", 60),
                        ("waitlisted", 20),
                        ("interested", 10),
                        ("suspended", 5),
                        ("dropped", 5),
                    ],
                    "open": [("waitlisted", 45), ("interested", 35), ("enrolled", 20)],
                    "planned": [("interested", 80), ("waitlisted", 20)],
                    "cancelled": [("dropped", 60), ("interested", 40)],
                }[state]
            )
            for person in chosen:
                status = outcome()
                asked = max(
                    begins - timedelta(days=rng.randint(5, 60)), person.admitted, self.start
                )
                asked = min(asked, as_of)
                created = at_time(asked, 10)
                placed = status in ("enrolled", "completed", "dropped", "suspended")
                enrolled_on = max(begins, asked) if placed else None
                ended_on = None
                if status == "completed":
                    ended_on = ends
                elif status == "dropped" and enrolled_on is not None:
                    ended_on = min(self.day_between(enrolled_on, ends), as_of)
                certificate = None
                if status == "completed":
                    certificates += 1
                    issued += 1
                    certificate = f"SYN-VC-{self.seed}-{certificates:08d}"
                enrolment_id = self.ids["vocational_enrolment"]()
                enrolments.append(
                    (
                        enrolment_id,
                        1,
                        created,
                        at_time(ended_on or enrolled_on or asked, 16),
                        programme_id,
                        person.id,
                        status,
                        "Motif synthétique" if status in ("dropped", "suspended") else None,
                        created if status == "waitlisted" else None,
                        enrolled_on,
                        ended_on,
                        certificate,
                        "Évaluation synthétique." if certificate else None,
                    )
                )
                if person.number not in profiled:
                    profiled.add(person.number)
                    profiles.append(
                        (
                            self.ids["skills_profile"](),
                            1,
                            created,
                            created,
                            person.id,
                            "[]",
                            "[]",
                            ("none", "basic", "functional", "fluent")[rng.randrange(4)],
                            ("none", "basic", "functional", "fluent")[rng.randrange(4)],
                            '["bam"]',
                            json.dumps([trade]),
                            None,
                            None,
                            asked,
                            f"syn.registrar.{self.facility_codes[facility].lower()}",
                        )
                    )
                released = person.released
                if status != "completed" or released is None or released < ends:
                    continue
                for months in (3, 6, 12):
                    contacted = months_after(released, months) + timedelta(
                        days=rng.randint(-10, 20)
                    )
                    if contacted > as_of or rng.random() < 0.15:
                        continue
                    employment = employment_pick()
                    working = employment in ("employed", "self_employed")
                    follow_ups.append(
                        (
                            self.ids["vocational_follow_up"](),
                            1,
                            at_time(contacted, 12),
                            at_time(contacted, 12),
                            enrolment_id,
                            months,
                            contacted,
                            employment,
                            (rng.random() < 0.6) if working else None,
                            None,
                            "syn.programme",
                        )
                    )
            created = at_time(begins - timedelta(days=90), 9)
            programmes.append(
                (
                    programme_id,
                    1,
                    created,
                    min(created + timedelta(days=120), now),
                    f"Programme synthétique {n + 1:05d} ({trade})",
                    trade,
                    self.organisation_ids[provider_pick()],
                    f"SYN-VP-{n + 1:06d}",
                    self.facility_ids[facility],
                    rng.randint(15, 30),
                    begins,
                    ends,
                    rng.randint(2, 5),
                    float(rng.choice((2, 2.5, 3, 4))),
                    state,
                    "[]",
                    "[]",
                    None if rng.random() < 0.7 else "basic",
                    None,
                    issued,
                )
            )
        await self.copy("vocational_programme", programmes)
        await self.copy("vocational_enrolment", enrolments)
        await self.copy("vocational_follow_up", follow_ups)
        await self.copy("skills_profile", profiles)

    def pick_overlapping(
        self, facility: int, window: tuple[date, date], count: int
    ) -> list[Person]:
        """Up to ``count`` different people of ``facility`` in custody during the window."""
        candidates, chosen = self.by_facility[facility], {}
        first, last = window
        if not candidates:
            return []
        for _ in range(count * 6):
            person = candidates[self.rng.randrange(len(candidates))]
            if person.admitted <= last and (person.released or self.as_of) >= first:
                chosen[person.number] = person
                if len(chosen) == count:
                    break
        return list(chosen.values())

    # Training

    async def training(self) -> None:
        rng, as_of = self.rng, self.as_of
        category_pick = self.pick(CATEGORIES)
        participants, people = [], []
        for n in range(self.sizes.participants):
            category = category_pick()
            partner = rng.random() < 0.45
            organisation = self.organisation_ids[rng.randrange(2, len(ORGANISATIONS))]
            created = at_time(self.day_between(self.start, as_of), 9)
            ident = self.ids["participant"]()
            participants.append(
                (
                    ident,
                    1,
                    created,
                    created,
                    f"Participant synthétique {n + 1:07d}",
                    category,
                    f"Institution synthétique {n % 40:02d}",
                    organisation if partner else None,
                    f"SYN-P-{n + 1:07d}" if partner else None,
                    self.facility_ids[self.facility_pick()] if category == "prison_staff" else None,
                    None,
                    "male" if rng.random() < 0.7 else "female",
                    '["fra"]',
                    None,
                )
            )
            people.append(ident)
        await self.copy("participant", participants)
        topic_pick = self.pick(TOPICS)
        organiser_pick = self.pick(list(enumerate(ORGANISER_WEIGHTS)))
        count = self.sizes.training_sessions
        self.training_certificates = 0

        def part(first: int) -> Rows:
            tables: Rows = defaultdict(list)
            for n in range(first, min(first + SESSION_CHUNK, count)):
                self.training_session(n, tables, topic_pick(), organiser_pick(), people)
            return tables

        await self.stream(
            part,
            range(0, count, SESSION_CHUNK),
            ("training_session", "training_organiser", "training_enrolment", "training_attendance"),
        )

    def training_session(
        self,
        n: int,
        tables: Rows,
        topic: str,
        organiser: int,
        participants: list[uuid.UUID],
    ) -> None:
        rng, as_of = self.rng, self.as_of
        days = rng.randint(15, 30)
        draw = rng.random()
        if draw < 0.04:
            status = "planned"
            begins = as_of + timedelta(days=rng.randint(7, 120))
        else:
            status = "cancelled" if draw < 0.08 else "held"
            begins = self.day_between(self.start, as_of - timedelta(days=days + 1))
        ends = begins + timedelta(days=days - 1)
        hours = float(rng.choice((4, 5, 6, 6, 7)))
        scheduled = hours * days
        accredits = topic == "risk_assessment" and rng.random() < 0.5
        organiser_id = self.organisation_ids[organiser]
        source = organiser_id if organiser != 0 else None
        session_id = self.ids["training_session"]()
        facility = self.facility_pick() if rng.random() < 0.7 else None
        created = at_time(begins - timedelta(days=rng.randint(20, 60)), 9)
        seats = rng.randint(20, 30)
        seq = 0
        issued = 0
        enrolment_id, attendance_id = (
            self.ids["training_enrolment"],
            self.ids["training_attendance"],
        )
        attendance = tables["training_attendance"]
        moments = [at_time(begins + timedelta(days=k), 18) for k in range(days)]
        dates = [begins + timedelta(days=k) for k in range(days)]
        rand = rng.random
        for participant in rng.sample(participants, min(seats, len(participants))):
            seq += 1
            withdrawn = status == "cancelled" or rand() < 0.03
            attended = 0.0
            if status == "held" and not withdrawn:
                reliability = 0.7 + 0.3 * rand()
                for k in range(days):
                    seq += 1
                    draw = rand()
                    if draw < reliability:
                        state, spent = "present", hours
                    elif draw < reliability + (1 - reliability) * 0.3:
                        state, spent = "late", hours - 0.5 * rng.randint(1, 4)
                    elif draw < reliability + (1 - reliability) * 0.7:
                        state, spent = "absent", 0.0
                    else:
                        state, spent = "excused", 0.0
                    attended += spent
                    attendance.append(
                        (
                            attendance_id(),
                            session_id,
                            participant,
                            dates[k],
                            state,
                            spent,
                            source,
                            1,
                            seq,
                            moments[k],
                            moments[k],
                        )
                    )
            completed = status == "held" and not withdrawn and attended >= 0.8 * scheduled
            certificate = None
            if completed and accredits:
                self.training_certificates += 1
                issued += 1
                certificate = f"SYN-TC-{self.seed}-{self.training_certificates:08d}"
            pre = post = None
            if status == "held" and not withdrawn and rand() < 0.75:
                pre = rng.randint(15, 75)
                post = min(100, pre + rng.randint(-8, 35))
            stamp = moments[-1] if status == "held" else created
            tables["training_enrolment"].append(
                (
                    enrolment_id(),
                    1,
                    created,
                    stamp,
                    session_id,
                    participant,
                    "withdrawn" if withdrawn else "enrolled",
                    pre,
                    post,
                    attended,
                    completed,
                    ends if completed else None,
                    certificate,
                    seq,
                )
            )
        tables["training_session"].append(
            (
                session_id,
                1,
                created,
                moments[-1] if status == "held" else created,
                f"Session synthétique {n + 1:05d}",
                topic,
                None,
                organiser_id,
                f"SYN-S-{n + 1:06d}",
                None if facility is None else self.facility_ids[facility],
                "Lieu synthétique" if facility is None else None,
                begins,
                ends,
                clock(8),
                clock(8 + int(hours), 30 if hours % 1 else 0),
                hours,
                "[]",
                scheduled,
                "fra",
                seats,
                status,
                80,
                INSTRUMENT_CODE if accredits else None,
                24,
                seq,
                issued,
            )
        )
        tables["training_organiser"].append((session_id, organiser_id, True))
        if rng.random() < 0.25:
            other = (organiser + rng.randint(1, len(ORGANISATIONS) - 1)) % len(ORGANISATIONS)
            tables["training_organiser"].append((session_id, self.organisation_ids[other], False))


def _dsn(admin_url_or_dsn: str, database: str | None) -> str:
    """A libpq DSN for asyncpg from a SQLAlchemy URL or a DSN, on ``database`` if named."""
    url = make_url(admin_url_or_dsn).set(drivername="postgresql")
    if database is not None:
        url = url.set(database=database)
    return url.render_as_string(hide_password=False)


async def load(
    admin_url_or_dsn: str,
    database: str | None,
    scale: float,
    seed: int = 1,
    *,
    as_of: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Load the synthetic records at ``scale`` into ``database`` (migrated) on the server
    of ``admin_url_or_dsn`` (a SQLAlchemy URL or a postgresql:// DSN; its own database when
    ``database`` is None); VACUUM ANALYZE what was written. Answers the rows by table."""
    connection = await asyncpg.connect(_dsn(admin_url_or_dsn, database))
    say = progress or (lambda message: None)
    started = time.perf_counter()

    def lap(step: str) -> None:
        say(f"{time.perf_counter() - started:7.1f} s  {step}")

    try:
        generator = Generator(connection, scale, seed, as_of or datetime.now(UTC).date())
        async with connection.transaction():
            # Foreign keys are checked row by row during COPY, which costs more than the
            # whole load; they are dropped and added back, which checks every row at once.
            keys = await connection.fetch(
                """
                SELECT conrelid::regclass::text AS tab, conname, pg_get_constraintdef(oid) AS def
                FROM pg_constraint
                WHERE contype = 'f' AND conrelid::regclass::text = ANY($1::text[])
                ORDER BY 1, 2
                """,
                list(COLUMNS),
            )
            for key in keys:
                await connection.execute(
                    f'ALTER TABLE {key["tab"]} DROP CONSTRAINT "{key["conname"]}"'
                )
            # So are the plain indexes (not those of primary keys and unique constraints):
            # built once at the end, by sorting, rather than kept up row by row.
            indexes = await connection.fetch(
                """
                SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
                FROM pg_index i
                WHERE i.indrelid::regclass::text = ANY($1::text[])
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                ORDER BY 1
                """,
                list(COLUMNS),
            )
            for index in indexes:
                await connection.execute(f"DROP INDEX {index['name']}")
            await generator.reference()
            generator.plan_people()
            await generator.visitor_pool()
            await generator.dialogue_sessions()
            lap("reference rows, visitors, dialogue sessions")
            await generator.inmates()
            lap("inmates, custody, assessments, classifications, visits")
            await generator.vocational()
            lap("vocational programmes")
            await generator.training()
            lap("training")
            for index in indexes:
                await connection.execute(index["def"])
            lap(f"{len(indexes)} indexes built")
            for key in keys:
                await connection.execute(
                    f'ALTER TABLE {key["tab"]} ADD CONSTRAINT "{key["conname"]}" {key["def"]}'
                )
            lap(f"{len(keys)} foreign keys added back (every row checked)")
        tables = ", ".join(sorted(generator.counts))
        await connection.execute(f"VACUUM (ANALYZE) {tables}")
        lap("vacuum analyze")
        return dict(sorted(generator.counts.items()))
    finally:
        await connection.close()


async def create_database(admin_url: str, database: str) -> str:
    """Create ``database`` on the server of ``admin_url`` and migrate it; answers its URL."""
    from app import migrations
    from app.config import Settings

    admin = await asyncpg.connect(_dsn(admin_url, None))
    try:
        await admin.execute(f'CREATE DATABASE "{database}"')
    finally:
        await admin.close()
    url = make_url(admin_url).set(database=database).render_as_string(hide_password=False)
    if make_url(url).drivername == "postgresql":
        url = make_url(url).set(drivername="postgresql+asyncpg").render_as_string(False)
    await asyncio.to_thread(migrations.upgrade, Settings(database_url=url))
    return url


async def main(
    admin_url: str, database: str, scale: float, seed: int, as_of: date | None, create: bool
) -> None:
    if create:
        await create_database(admin_url, database)
    started = time.perf_counter()
    counts = await load(admin_url, database, scale, seed, as_of=as_of, progress=print)
    elapsed = time.perf_counter() - started
    width = max(len(table) for table in counts)
    for table, rows in counts.items():
        print(f"{table:{width}} {rows:>10,}")
    print(f"{'total':{width}} {sum(counts.values()):>10,} rows in {elapsed:.1f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--admin-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
    )
    parser.add_argument("--database", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None)
    parser.add_argument("--create", action="store_true", help="create and migrate it first")
    args = parser.parse_args()
    asyncio.run(main(args.admin_url, args.database, args.scale, args.seed, args.as_of, args.create))
