"""The limit: the least an application can do for "read one inmate" and "create an inmate",
with no framework layers, no ORM and no validation library. Bare Starlette and asyncpg.

It does the database work the service does, on the same database with the same tokens,
in as few round trips as it can:

- ``GET /api/v1/inmates/{id}``: verify the bearer token (RS256, issuer, audience, expiry)
  with the service's public keys; then, in one statement in one transaction, check that
  the token is not revoked and its user active, read the row by primary key and insert
  the audit event of the read; answer the JSON;
- ``POST /api/v1/inmates``: verify the token, parse the JSON body; in one transaction,
  check revocation, the user and the facility, claim the Idempotency-Key, insert the
  inmate, and in one statement its custody episode, first legal status, audit event and
  change-log entry (with the log's head row); commit, then store the answer under the key
  (a second commit, as the service does); answer 201 with the JSON.

It skips what the service checks beyond that (the caller's facilities, the prison
number's uniqueness before the insert, a replayed key) and answers with fewer fields.

The benchmark (bench/load.py) runs it beside the service and prints the service's figures
as a ratio of these. Run: ``PASSERELLE_DATABASE_URL=... uvicorn bench.limit.app:app``.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import Any

import asyncpg
from jose import jwt
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

# The caller's token not revoked and its user active, the row, and the audit event of the
# read (written only for a caller let in), in one statement.
READ = """
WITH allowed AS (
    SELECT NOT EXISTS (SELECT 1 FROM revoked_access_token WHERE jti = $3)
        AND coalesce((SELECT active FROM app_user WHERE id = $4::uuid), false) AS ok
), audit AS (
    INSERT INTO audit_event (occurred_at, actor, action, record_type, record_id, detail)
    SELECT now(), $2, 'inmate.read', 'inmate', $1::text, '{}' FROM allowed WHERE ok
)
SELECT (SELECT ok FROM allowed) AS allowed, inmate.id, facility_id, prison_number,
    family_name, given_names, sex, birth_year, admission_date, legal_status, security_level,
    version, created_at, updated_at
FROM (SELECT 1) AS one LEFT JOIN inmate ON inmate.id = $1::uuid
"""
ALLOWED = """
SELECT NOT EXISTS (SELECT 1 FROM revoked_access_token WHERE jti = $1)
    AND coalesce((SELECT active FROM app_user WHERE id = $2::uuid), false)
    AND EXISTS (SELECT 1 FROM facility WHERE id = $3::uuid)
"""
CLAIM = """
INSERT INTO idempotency_record (principal, key, method, path, fingerprint, status_code, body,
    headers, created_at, expires_at)
VALUES ($1, $2, 'POST', '/api/v1/inmates', $3, 0, '', '{}', now(), now() + interval '1 day')
"""
CREATE_INMATE = """
INSERT INTO inmate (id, facility_id, prison_number, family_name, given_names, aliases, sex,
    birth_year, languages, admission_date, legal_status, charges, search_text, match_key,
    current_episode_id, version, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, '[]', $6, $7, '[]', $8, 'pre_trial', '[]', $9, $10, $11, 1, now(),
    now())
RETURNING id, facility_id, prison_number, family_name, given_names, sex, birth_year,
    admission_date, legal_status, security_level, version, created_at, updated_at
"""
# The episode, the first legal status, the audit event and the change-log entry that tablets
# pull, in one statement.
RECORDS = """
WITH episode AS (
    INSERT INTO custody_episode (id, inmate_id, number, facility_id, admission_date)
    VALUES ($1, $2, 1, $3, $4)
), status AS (
    INSERT INTO legal_status_entry (id, inmate_id, episode_id, status, effective_date,
        recorded_by, created_at)
    VALUES ($5, $2, $1, 'pre_trial', $4, $6, now())
), audit AS (
    INSERT INTO audit_event (occurred_at, actor, action, record_type, record_id, detail)
    VALUES (now(), $6, 'inmate.create', 'inmate', $2::text, '{}')
), head AS (
    UPDATE change_log_head SET commits = commits + 1 WHERE id = 1
)
INSERT INTO change (record_type, record_id, inmate_id, facility_id, version, removed,
    changed_at)
VALUES ('inmates', $2, $2, $3, 1, false, now())
"""
COMPLETE = """
UPDATE idempotency_record SET status_code = 201, body = $3 WHERE principal = $1 AND key = $2
"""


def _json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _answer(row: Mapping[str, Any], status: int = 200) -> Response:
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

    def claims(self, request: Request) -> dict[str, Any] | None:
        """The verified token's claims; None for a missing or bad token."""
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
        return claims

    async def read(self, request: Request) -> Response:
        claims = self.claims(request)
        if claims is None:
            return _problem(401)
        assert self.pool is not None
        async with self.pool.acquire() as connection, connection.transaction():
            row = await connection.fetchrow(
                READ,
                request.path_params["inmate_id"],
                claims["sub"],
                claims["jti"],
                claims["sub"].partition(":")[2],
            )
        if row is None or not row["allowed"]:
            return _problem(401)
        if row["id"] is None:
            return _problem(404)
        return _answer({key: value for key, value in row.items() if key != "allowed"})

    async def create(self, request: Request) -> Response:
        claims = self.claims(request)
        if claims is None:
            return _problem(401)
        raw = await request.body()
        try:
            body = json.loads(raw)
            facility_id = uuid.UUID(body["facility_id"])
            admitted = date.fromisoformat(body["admission_date"])
        except (ValueError, KeyError, TypeError):
            return _problem(422)
        actor, key = claims["sub"], request.headers.get("idempotency-key")
        inmate_id, episode_id = uuid.uuid4(), uuid.uuid4()
        family, given = body["family_name"], body["given_names"]
        assert self.pool is not None
        async with self.pool.acquire() as connection:
            async with connection.transaction():
                allowed = await connection.fetchval(
                    ALLOWED, claims["jti"], actor.partition(":")[2], facility_id
                )
                if not allowed:
                    return _problem(401)
                if key is not None:
                    await connection.execute(CLAIM, actor, key, hashlib.sha256(raw).hexdigest())
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
                    episode_id,
                )
                await connection.execute(
                    RECORDS, episode_id, inmate_id, facility_id, admitted, uuid.uuid4(), actor
                )
            answer = _answer(row, 201)
            if key is not None:
                await connection.execute(COMPLETE, actor, key, answer.body.decode())
        return answer


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
