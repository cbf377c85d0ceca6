"""The limit: the least an application can do for "read one inmate" and "create an inmate",
with no framework layers, no ORM and no validation library. Bare Starlette and asyncpg.

It does the database work the service does, on the same database with the same tokens:

- ``GET /api/v1/inmates/{id}``: verify the bearer token (RS256, issuer, audience, expiry)
  with the service's public keys, read the row by primary key and insert one audit event,
  in one round trip (a data-modifying CTE) and one transaction, and answer the JSON;
- ``POST /api/v1/inmates``: verify the token, parse the JSON body, and in one transaction
  insert the inmate, its custody episode and one audit event; answer 201 with the JSON.

The benchmark (bench/load.py) runs it beside the service and prints the service's figures
as a ratio of these. Run: ``PASSERELLE_DATABASE_URL=... uvicorn bench.limit.app:app``.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import Any

import asyncpg
from jose import jwt
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

READ = """
WITH audit AS (
    INSERT INTO audit_event (occurred_at, actor, action, record_type, record_id, detail)
    VALUES (now(), $2, 'inmate.read', 'inmate', $1::text, '{}')
)
SELECT id, facility_id, prison_number, family_name, given_names, sex, birth_year,
    admission_date, legal_status, security_level, version, created_at, updated_at
FROM inmate WHERE id = $1::uuid
"""
CREATE_INMATE = """
INSERT INTO inmate (id, facility_id, prison_number, family_name, given_names, aliases, sex,
    birth_year, languages, admission_date, legal_status, charges, search_text, match_key,
    version, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, '[]', $6, $7, '[]', $8, 'pre_trial', '[]', $9, $10, 1, now(),
    now())
RETURNING id, facility_id, prison_number, family_name, given_names, sex, birth_year,
    admission_date, legal_status, security_level, version, created_at, updated_at
"""
CREATE_EPISODE = """
INSERT INTO custody_episode (id, inmate_id, number, facility_id, admission_date)
VALUES ($1, $2, 1, $3, $4)
"""
AUDIT = """
INSERT INTO audit_event (occurred_at, actor, action, record_type, record_id, detail)
VALUES (now(), $1, 'inmate.create', 'inmate', $2, '{}')
"""


def _json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _answer(row: asyncpg.Record, status: int = 200) -> Response:
    body = json.dumps({key: _json(value) for key, value in row.items()})
    return Response(body, status_code=status, media_type="application/json")


def _problem(status: int) -> Response:
    return Response(
        json.dumps({"status": status}), status_code=status, media_type="application/problem+json"
    )


class Limit:
    def __init__(self) -> None:
        self.pool: asyncpg.Pool | None = None
        self.keys: dict[str, str] = {}

    def principal(self, request: Request) -> str | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer":
            return None
        try:
            kid = jwt.get_unverified_header(token).get("kid", "")
            claims = jwt.decode(
                token,
                self.keys[kid],
                algorithms=["RS256"],
                audience=os.environ.get("PASSERELLE_TOKEN_AUDIENCE", "passerelle-api"),
                issuer=os.environ.get("PASSERELLE_TOKEN_ISSUER", "passerelle"),
            )
        except (KeyError, jwt.JWTError):
            return None
        return f"user:{claims['sub']}"

    async def read(self, request: Request) -> Response:
        actor = self.principal(request)
        if actor is None:
            return _problem(401)
        assert self.pool is not None
        async with self.pool.acquire() as connection, connection.transaction():
            row = await connection.fetchrow(READ, request.path_params["inmate_id"], actor)
        return _problem(404) if row is None else _answer(row)

    async def create(self, request: Request) -> Response:
        actor = self.principal(request)
        if actor is None:
            return _problem(401)
        try:
            body = json.loads(await request.body())
            facility_id = uuid.UUID(body["facility_id"])
            admitted = date.fromisoformat(body["admission_date"])
        except (ValueError, KeyError, TypeError):
            return _problem(422)
        inmate_id, episode_id = uuid.uuid4(), uuid.uuid4()
        family, given = body["family_name"], body["given_names"]
        assert self.pool is not None
        async with self.pool.acquire() as connection, connection.transaction():
            row = await connection.fetchrow(
                CREATE_INMATE,
                inmate_id,
                facility_id,
                body["prison_number"],
                family,
                given,
                body["sex"],
                body.get("birth_year"),
                admitted,
                f"{family} {given} {body['prison_number']}".lower(),
                f"{family}|{inmate_id.hex}".lower(),
            )
            await connection.execute(CREATE_EPISODE, episode_id, inmate_id, facility_id, admitted)
            await connection.execute(AUDIT, actor, str(inmate_id))
        return _answer(row, 201)


limit = Limit()


@asynccontextmanager
async def lifespan(_app: Starlette) -> AsyncIterator[None]:
    dsn = os.environ["PASSERELLE_DATABASE_URL"].replace("postgresql+asyncpg", "postgresql")
    limit.pool = await asyncpg.create_pool(dsn, min_size=10, max_size=10)
    rows = await limit.pool.fetch(
        "SELECT kid, public_pem FROM signing_key WHERE retired_at IS NULL"
    )
    limit.keys = {row["kid"]: row["public_pem"] for row in rows}
    yield
    await limit.pool.close()


app = Starlette(
    routes=[
        Route("/api/v1/inmates/{inmate_id}", limit.read, methods=["GET"]),
        Route("/api/v1/inmates", limit.create, methods=["POST"]),
    ],
    lifespan=lifespan,
)
