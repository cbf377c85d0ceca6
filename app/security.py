"""Scopes, default roles, password hashing and signed tokens.

This is the only module that imports the JWT library, so that it can be swapped. The
server picks the verification key and its one algorithm from the token's ``kid`` in its
own key table, never from the token's ``alg``, and never accepts JWE.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwk, jwt
from jose.backends.base import Key
from jose.exceptions import JOSEError
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from app.config import Settings

TOKEN_ALGORITHM = "RS256"  # noqa: S105 (an algorithm name)
# Clock skew allowed between the servers that sign and verify tokens.
TOKEN_LEEWAY_SECONDS = 5


class Scope(StrEnum):
    reference_read = "reference:read"
    inmates_read = "inmates:read"
    inmates_write = "inmates:write"
    intake_write = "intake:write"
    assessments_read = "assessments:read"
    assessments_write = "assessments:write"
    assessments_verify = "assessments:verify"
    classifications_read = "classifications:read"
    classifications_write = "classifications:write"
    training_read = "training:read"
    training_write = "training:write"
    attendance_sync = "attendance:sync"
    vocational_read = "vocational:read"
    vocational_write = "vocational:write"
    visits_read = "visits:read"
    visits_write = "visits:write"
    visits_approve = "visits:approve"
    dialogue_read = "dialogue:read"
    stats_read = "stats:read"
    audit_read = "audit:read"
    emergency_access_review = "emergency_access:review"
    admin = "admin"


SCOPE_DESCRIPTIONS: dict[str, str] = {
    Scope.reference_read: "Read facilities and organisations",
    Scope.inmates_read: "Read inmate records of one's facilities",
    Scope.inmates_write: "Register inmates, legal status, transfers and placements",
    Scope.intake_write: "Record intake checklist steps",
    Scope.assessments_read: "Read risk assessments",
    Scope.assessments_write: "Write and submit risk assessments",
    Scope.assessments_verify: "Verify or return risk assessments",
    Scope.classifications_read: "Read security classifications",
    Scope.classifications_write: "Decide security classifications",
    Scope.training_read: "Read training sessions",
    Scope.training_write: "Manage training sessions",
    Scope.attendance_sync: "Push attendance in batches",
    Scope.vocational_read: "Read vocational programmes and enrolments",
    Scope.vocational_write: "Manage vocational programmes and enrolments",
    Scope.visits_read: "Read visits of one's facilities and the national visitors register",
    Scope.visits_write: "Register visitors, request and log visits, organise dialogue sessions",
    Scope.visits_approve: "Approve or deny visits, record vetting, ban visitors",
    Scope.dialogue_read: "Read dialogue sessions (a partner: those it facilitates)",
    Scope.stats_read: "Read aggregate statistics",
    Scope.audit_read: "Read the audit log",
    Scope.emergency_access_review: "Review break-the-glass access to records",
    Scope.admin: "Administer users, clients, roles, facilities, organisations and agreements",
}


@dataclass(frozen=True)
class RoleDefinition:
    code: str
    name: str
    description: str
    scopes: tuple[Scope, ...]
    organisation_scoped: bool = False


S = Scope
DEFAULT_ROLES: tuple[RoleDefinition, ...] = (
    RoleDefinition(
        "admin",
        "Administrator",
        "DNAPES headquarters: users, API clients, facilities, organisations, instruments. "
        "No case files without also holding a case role.",
        (S.admin, S.reference_read),
    ),
    RoleDefinition(
        "registrar",
        "Registrar",
        "Intake and records office (greffe): inmates, legal status, placements, intake; "
        "reads visits.",
        (
            S.reference_read,
            S.inmates_read,
            S.inmates_write,
            S.intake_write,
            S.classifications_read,
            S.visits_read,
            S.dialogue_read,
        ),
    ),
    RoleDefinition(
        "assessor",
        "Assessor",
        "Psychologist, social worker or trained staff: reads inmates, writes assessments.",
        (
            S.reference_read,
            S.inmates_read,
            S.assessments_read,
            S.assessments_write,
            S.classifications_read,
        ),
    ),
    RoleDefinition(
        "supervisor",
        "Supervisor",
        "Warden or head of security: verifies assessments, decides classifications, "
        "approves visits.",
        (
            S.reference_read,
            S.inmates_read,
            S.assessments_read,
            S.assessments_verify,
            S.classifications_read,
            S.classifications_write,
            S.visits_read,
            S.visits_write,
            S.visits_approve,
            S.dialogue_read,
            S.emergency_access_review,
        ),
    ),
    RoleDefinition(
        "programme_officer",
        "Programme officer",
        "Prison staff running programmes: trainings, vocational programmes, visits.",
        (
            S.reference_read,
            S.inmates_read,
            S.training_read,
            S.training_write,
            S.attendance_sync,
            S.vocational_read,
            S.vocational_write,
            S.visits_read,
            S.visits_write,
            S.dialogue_read,
        ),
    ),
    RoleDefinition(
        "partner",
        "Partner",
        "A partner organisation's user or system: its own trainings, programmes and "
        "dialogue sessions only.",
        (
            S.reference_read,
            S.training_read,
            S.training_write,
            S.attendance_sync,
            S.vocational_read,
            S.dialogue_read,
        ),
        organisation_scoped=True,
    ),
    RoleDefinition(
        "analyst",
        "Analyst",
        "M&E, researchers, reporting tools: aggregate statistics only.",
        (S.stats_read,),
    ),
    RoleDefinition(
        "auditor",
        "Auditor",
        "Oversight body: reads the audit log and reviews break-the-glass access.",
        (S.audit_read, S.emergency_access_review),
    ),
)


# Passwords


class PasswordHasher:
    """Argon2id hashing, run in a worker thread so that the event loop keeps serving."""

    def __init__(self, settings: Settings) -> None:
        self._hash = PasswordHash(
            (
                Argon2Hasher(
                    time_cost=settings.password_hash_time_cost,
                    memory_cost=settings.password_hash_memory_kib,
                ),
            )
        )
        # Verified against for unknown users, so that they cost the same time as a wrong password.
        self._dummy = self._hash.hash(secrets.token_urlsafe(16))

    async def hash(self, password: str) -> str:
        return await asyncio.to_thread(self._hash.hash, password)

    async def verify(self, password: str, password_hash: str | None) -> bool:
        if password_hash is None:
            await asyncio.to_thread(self._hash.verify, password, self._dummy)
            return False
        return await asyncio.to_thread(self._hash.verify, password, password_hash)


def new_secret() -> str:
    """A random secret for API clients and refresh tokens (256 bits)."""
    return secrets.token_urlsafe(32)


def digest(value: str) -> str:
    """SHA-256 of a high-entropy secret (refresh tokens): a fast, safe lookup key."""
    return hashlib.sha256(value.encode()).hexdigest()


def subject_ref(settings: Settings, organisation_id: uuid.UUID, inmate_id: uuid.UUID) -> str:
    """A partner's pseudonymous reference to an inmate: stable for one organisation,
    unlinkable across organisations, and not reversible without the secret key."""
    key = hashlib.sha256(
        b"passerelle-subject-ref:" + settings.secret_key.get_secret_value().encode()
    ).digest()
    mac = hmac.new(key, f"{organisation_id}:{inmate_id}".encode(), hashlib.sha256)
    return "sr_" + base64.b32encode(mac.digest()[:15]).decode().lower()


# Signing keys


def _fernet(settings: Settings) -> Fernet:
    material = hashlib.sha256(
        b"passerelle-signing-keys:" + settings.secret_key.get_secret_value().encode()
    ).digest()
    return Fernet(base64.urlsafe_b64encode(material))


@dataclass(frozen=True)
class GeneratedKey:
    kid: str
    algorithm: str
    public_pem: str
    private_pem_encrypted: str


def generate_signing_key(settings: Settings) -> GeneratedKey:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return GeneratedKey(
        kid=uuid.uuid4().hex,
        algorithm=TOKEN_ALGORITHM,
        public_pem=public_pem.decode(),
        private_pem_encrypted=_fernet(settings).encrypt(private_pem).decode(),
    )


@dataclass(frozen=True)
class KeyRow:
    kid: str
    algorithm: str
    public_pem: str
    private_pem_encrypted: str
    signing: bool


@dataclass(frozen=True)
class _VerificationKey:
    algorithm: str
    key: Key


class KeyUnavailable(Exception):
    """No key signs, or the signing key cannot be decrypted with this secret key."""


def can_decrypt(private_pem_encrypted: str, settings: Settings) -> bool:
    """Whether this secret key opens a stored private key (it does not after a change)."""
    try:
        _fernet(settings).decrypt(private_pem_encrypted.encode())
    except InvalidToken:
        return False
    return True


# Tokens a keyring has verified, remembered so that each is checked once per worker: a
# signature does not change. Bounded: the oldest is forgotten first.
VERIFIED_TOKENS_KEPT = 4096


class Keyring:
    """The verification keys by kid, parsed once, and the one signing key.

    A keyring remembers the tokens it verified (their claims), until they expire; a keyring
    reloaded after a rotation or a retirement starts with none.
    """

    def __init__(self, rows: Iterable[KeyRow], settings: Settings) -> None:
        self._verify: dict[str, _VerificationKey] = {}
        self._verified: dict[str, dict[str, Any]] = {}
        self._signing: tuple[str, str, Key] | None = None
        for row in rows:
            if row.algorithm != TOKEN_ALGORITHM:
                continue  # a key of an algorithm this server does not issue never verifies
            self._verify[row.kid] = _VerificationKey(
                row.algorithm, jwk.construct(row.public_pem, row.algorithm)
            )
            if row.signing and can_decrypt(row.private_pem_encrypted, settings):
                private = _fernet(settings).decrypt(row.private_pem_encrypted.encode())
                self._signing = (row.kid, row.algorithm, jwk.construct(private, row.algorithm))

    @property
    def can_sign(self) -> bool:
        return self._signing is not None

    def knows(self, kid: str) -> bool:
        return kid in self._verify

    def sign(self, claims: Mapping[str, Any]) -> str:
        if self._signing is None:
            raise KeyUnavailable("no signing key; run `passerelle keys rotate`")
        kid, algorithm, key = self._signing
        return jwt.encode(dict(claims), key, algorithm=algorithm, headers={"kid": kid})

    def verify(self, token: str, *, audience: str, issuer: str) -> dict[str, Any]:
        """The claims of a token this server signed, still valid; InvalidAccessToken otherwise.

        Whether the token was revoked, or its holder deactivated, is not for the keyring to
        say: the caller asks the database on every request."""
        claims = self._verified.get(token)
        if claims is not None:
            if claims["exp"] + TOKEN_LEEWAY_SECONDS < time.time():
                del self._verified[token]
                raise InvalidAccessToken("signature, audience, issuer or expiry rejected")
            if claims["aud"] == audience and claims["iss"] == issuer:
                return dict(claims)
        claims = self._decode(token, audience=audience, issuer=issuer)
        if len(self._verified) >= VERIFIED_TOKENS_KEPT:
            del self._verified[next(iter(self._verified))]
        self._verified[token] = claims
        return dict(claims)  # a copy: what a caller does with it stays out of the memory

    def _decode(self, token: str, *, audience: str, issuer: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except JOSEError as exc:
            raise InvalidAccessToken("malformed token") from exc
        kid = header.get("kid")
        key = self._verify.get(kid) if isinstance(kid, str) else None
        if key is None:
            raise InvalidAccessToken("unknown key")
        if header.get("alg") != key.algorithm:
            raise InvalidAccessToken("algorithm does not match the key")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.key,
                algorithms=[key.algorithm],
                audience=audience,
                issuer=issuer,
                options={
                    "require_exp": True,
                    "require_iat": True,
                    "require_sub": True,
                    "require_jti": True,
                    "require_aud": True,
                    "require_iss": True,
                    "leeway": TOKEN_LEEWAY_SECONDS,
                },
            )
        except JOSEError as exc:
            raise InvalidAccessToken("signature, audience, issuer or expiry rejected") from exc
        return claims


def token_kid(token: str) -> str | None:
    """The key id a token names, unverified: only to choose which key to load."""
    try:
        kid = jwt.get_unverified_header(token).get("kid")
    except JOSEError:
        return None
    return kid if isinstance(kid, str) else None


class InvalidAccessToken(Exception):
    """The token was not issued by this server for this API, or is no longer valid."""


def access_claims(
    *,
    settings: Settings,
    subject: str,
    scopes: Iterable[str],
    facilities: Iterable[str] | None,
    organisation: str | None,
    client: str | None,
    agreement: str | None,
    organisation_scoped: bool,
    now: datetime,
) -> dict[str, Any]:
    """The claims of an access token; ``facilities=None`` means every facility."""
    claims: dict[str, Any] = {
        "iss": settings.token_issuer,
        "aud": settings.token_audience,
        "sub": subject,
        "scope": " ".join(sorted(set(scopes))),
        "facilities": ["*"] if facilities is None else sorted(set(facilities)),
        "org": organisation,
        "jti": uuid.uuid4().hex,
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(seconds=settings.access_token_ttl_seconds)).timestamp()),
    }
    if client is not None:
        claims["cid"] = client
    if agreement is not None:
        claims["agr"] = agreement
    if organisation_scoped:
        claims["org_only"] = True
    return claims
