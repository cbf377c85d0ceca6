"""Request dependencies, each defined once as an ``Annotated`` alias used in signatures."""

from __future__ import annotations

import inspect
import logging
import re
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Annotated, Protocol, TypeVar

from asgi_correlation_id import correlation_id
from fastapi import Depends, Header, Path, Query, Request, Security
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlowPassword
from fastapi.openapi.models import OAuthFlows as OAuthFlowsModel
from fastapi.responses import Response
from fastapi.security import OAuth2, SecurityScopes
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.db import SessionDep, autocommit_sessions
from app.errors import PreconditionFailed, PreconditionRequired
from app.logs import PRINCIPAL
from app.metrics import Metrics
from app.principal import Actor
from app.security import SCOPE_DESCRIPTIONS, Scope
from app.services.audit import audit_partner_request
from app.services.auth import AuthServices, RequestOrigin, authenticate
from app.services.idempotency import (
    IdempotencyClaim,
    StoredResponse,
    claim_key,
    complete_key,
    fingerprint,
)


class Versioned(Protocol):
    """What a created thing shows the client: an id and a version."""

    @property
    def id(self) -> uuid.UUID: ...

    @property
    def version(self) -> int: ...


RecordT = TypeVar("RecordT", bound=Versioned)

logger = logging.getLogger("passerelle")

JSON_MEDIA_TYPE = "application/json"
_ETAG = re.compile(r'^"(\d{1,18})"$')


async def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


async def get_metrics(request: Request) -> Metrics:
    metrics: Metrics = request.app.state.metrics
    return metrics


MetricsDep = Annotated[Metrics, Depends(get_metrics)]


TOKEN_URL = "/api/v1/auth/token"  # noqa: S105 (a path)

oauth2_scheme = OAuth2(
    flows=OAuthFlowsModel(
        password=OAuthFlowPassword(tokenUrl=TOKEN_URL, scopes=SCOPE_DESCRIPTIONS),
        clientCredentials=OAuthFlowClientCredentials(tokenUrl=TOKEN_URL, scopes=SCOPE_DESCRIPTIONS),
    ),
    scheme_name="OAuth2",
    description="Staff sign in with the password grant; partner systems and tablets with "
    "client credentials. Send the access token as `Authorization: Bearer <token>`.",
    auto_error=False,
)


async def request_origin(request: Request) -> RequestOrigin:
    return origin_of(request)


def origin_of(request: Request) -> RequestOrigin:
    user_agent = request.headers.get("user-agent")
    return RequestOrigin(
        address=request.client.host if request.client else None,
        request_id=correlation_id.get(),
        user_agent=user_agent[:100] if user_agent else None,
    )


async def auth_services(request: Request) -> AuthServices:
    services: AuthServices = request.app.state.auth
    return services


AuthDep = Annotated[AuthServices, Depends(auth_services)]
OriginDep = Annotated[RequestOrigin, Depends(request_origin)]


async def current_actor(
    request: Request,
    security_scopes: SecurityScopes,
    session: SessionDep,
    authorization: Annotated[str | None, Depends(oauth2_scheme)],
) -> Actor:
    """The verified caller, holding every scope the route declares (401 / 403 otherwise).

    Every request resolves it: what it needs of the app it takes from the request itself,
    not through further dependencies, each of which FastAPI would resolve at a cost."""
    scheme, _, token = (authorization or "").partition(" ")
    actor = await authenticate(
        session,
        request.app.state.auth,
        token=token.strip() if scheme.lower() == "bearer" else None,
        required_scopes=security_scopes.scopes,
        origin=origin_of(request),
    )
    setattr(request.state, PRINCIPAL, actor.principal)  # for the access log
    if actor.agreement_id is not None:
        await audit_partner_request(session, actor)
    return actor


# One alias per scope a route may require; the scope shows in OpenAPI and in Swagger UI.
Authenticated = Annotated[Actor, Security(current_actor)]
ReferenceRead = Annotated[Actor, Security(current_actor, scopes=[Scope.reference_read])]
AdminActor = Annotated[Actor, Security(current_actor, scopes=[Scope.admin])]
AuditRead = Annotated[Actor, Security(current_actor, scopes=[Scope.audit_read])]
InmatesRead = Annotated[Actor, Security(current_actor, scopes=[Scope.inmates_read])]
InmatesWrite = Annotated[Actor, Security(current_actor, scopes=[Scope.inmates_write])]
IntakeWrite = Annotated[Actor, Security(current_actor, scopes=[Scope.intake_write])]
ClassificationsRead = Annotated[Actor, Security(current_actor, scopes=[Scope.classifications_read])]
ClassificationsWrite = Annotated[
    Actor, Security(current_actor, scopes=[Scope.classifications_write])
]
AssessmentsRead = Annotated[Actor, Security(current_actor, scopes=[Scope.assessments_read])]
AssessmentsWrite = Annotated[Actor, Security(current_actor, scopes=[Scope.assessments_write])]
AssessmentsVerify = Annotated[Actor, Security(current_actor, scopes=[Scope.assessments_verify])]
TrainingRead = Annotated[Actor, Security(current_actor, scopes=[Scope.training_read])]
TrainingWrite = Annotated[Actor, Security(current_actor, scopes=[Scope.training_write])]
AttendanceSync = Annotated[Actor, Security(current_actor, scopes=[Scope.attendance_sync])]
VocationalRead = Annotated[Actor, Security(current_actor, scopes=[Scope.vocational_read])]
VocationalWrite = Annotated[Actor, Security(current_actor, scopes=[Scope.vocational_write])]
VisitsRead = Annotated[Actor, Security(current_actor, scopes=[Scope.visits_read])]
VisitsWrite = Annotated[Actor, Security(current_actor, scopes=[Scope.visits_write])]
VisitsApprove = Annotated[Actor, Security(current_actor, scopes=[Scope.visits_approve])]
DialogueRead = Annotated[Actor, Security(current_actor, scopes=[Scope.dialogue_read])]
StatsRead = Annotated[Actor, Security(current_actor, scopes=[Scope.stats_read])]
EmergencyReview = Annotated[Actor, Security(current_actor, scopes=[Scope.emergency_access_review])]


async def optional_version(
    if_match: Annotated[
        str | None,
        Header(alias="If-Match", description="Required to change what is already recorded."),
    ] = None,
) -> int | None:
    return None if if_match is None else parse_if_match(if_match)


OptionalVersion = Annotated[int | None, Depends(optional_version)]

Atomic = Annotated[
    bool, Query(description="Write nothing unless every record is accepted (422 otherwise).")
]
DryRun = Annotated[bool, Query(description="Check and report every record; write nothing.")]

FacilityID = Annotated[uuid.UUID, Path(description="Facility id.")]
OrganisationID = Annotated[uuid.UUID, Path(description="Organisation id.")]
InmateID = Annotated[uuid.UUID, Path(description="Inmate id.")]
ParticipantID = Annotated[uuid.UUID, Path(description="Participant id.")]
TrainingSessionID = Annotated[uuid.UUID, Path(description="Training session id.")]
ProgrammeID = Annotated[uuid.UUID, Path(description="Vocational programme id.")]
VocationalEnrolmentID = Annotated[uuid.UUID, Path(description="Vocational enrolment id.")]
VisitorID = Annotated[uuid.UUID, Path(description="Visitor id.")]
VisitID = Annotated[uuid.UUID, Path(description="Visit id.")]
DialogueSessionID = Annotated[uuid.UUID, Path(description="Dialogue session id.")]


def etag(version: int) -> str:
    return f'"{version}"'


async def expected_version(
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            description='The ETag of the version being changed (required): `"3"`.',
        ),
    ] = None,
) -> int:
    return parse_if_match(if_match)


def parse_if_match(if_match: str | None) -> int:
    """The version an If-Match names: 428 without one, 412 for one this API never issued."""
    value = (if_match or "").strip()
    if not value or value == "*":
        raise PreconditionRequired("Send If-Match with the ETag of the version you read.")
    matched = _ETAG.match(value)
    if matched is None:
        # Weak, listed or foreign tags never match strongly (RFC 9110, 13.1.1).
        raise PreconditionFailed('If-Match must be one ETag this API issued, such as "3".')
    return int(matched.group(1))


ExpectedVersion = Annotated[int, Depends(expected_version)]


def model_response(body: BaseModel, *, status_code: int = 200) -> Response:
    """``body`` as JSON, serialised once (a route's ``response_model`` would validate a
    large answer again before serialising it)."""
    return Response(body.model_dump_json(), status_code=status_code, media_type=JSON_MEDIA_TYPE)


def record_response(
    body: BaseModel,
    *,
    version: int,
    request: Request | None = None,
    status_code: int = 200,
    location: str | None = None,
) -> Response:
    """A record's JSON with its ETag; 304 when the caller's If-None-Match already has it."""
    tag = etag(version)
    if request is not None:
        if_none_match = request.headers.get("if-none-match", "")
        # Weak comparison (RFC 9110, 13.1.2): W/"3" matches "3".
        offered = {value.strip().removeprefix("W/") for value in if_none_match.split(",")}
        if tag in offered or if_none_match.strip() == "*":
            return Response(status_code=304, headers={"ETag": tag})
    headers = {"ETag": tag}
    if location is not None:
        headers["Location"] = location
    return Response(
        body.model_dump_json(), status_code=status_code, headers=headers, media_type=JSON_MEDIA_TYPE
    )


class RetrySafeCreate:
    """Runs a create so that retrying it is harmless.

    With an ``Idempotency-Key``, the key is claimed in the create's own transaction, the
    first response is stored and replayed to every retry with the same body (a different
    body is refused); should the stored response be lost, the id derived from the key still
    makes a retried create land on the same record.
    """

    def __init__(
        self, request: Request, session: AsyncSession, settings: Settings, key: str | None
    ) -> None:
        self.request = request
        self.session = session
        self.key = key
        self.ttl = timedelta(hours=settings.idempotency_ttl_hours)
        self.autocommit_sessions = autocommit_sessions(request.app)

    async def run(
        self,
        actor: Actor,
        create: Callable[[uuid.UUID | None], Awaitable[tuple[RecordT, bool]]],
        shape: Callable[[RecordT], BaseModel | Awaitable[BaseModel]],
    ) -> Response:
        claim: IdempotencyClaim | None = None
        if self.key is not None:
            claim = IdempotencyClaim(
                principal=actor.principal,
                key=self.key,
                method=self.request.method,
                path=self.request.url.path,
                fingerprint=fingerprint(
                    self.request.method, self.request.url.path, await self.request.body()
                ),
            )
            stored = await claim_key(self.session, claim, self.ttl)
            if stored is not None:
                return Response(
                    stored.body,
                    status_code=stored.status_code,
                    headers={**stored.headers, "Idempotent-Replayed": "true"},
                    media_type=JSON_MEDIA_TYPE,
                )
        record, created = await create(claim.derived_id if claim else None)
        shaped = shape(record)
        if inspect.isawaitable(shaped):
            shaped = await shaped
        body = shaped.model_dump_json()
        location = f"{self.request.url.path.rstrip('/')}/{record.id}"
        headers = {"ETag": etag(record.version), "Location": location}
        status_code = 201 if created else 200
        if claim is not None:
            stored = StoredResponse(status_code, body, headers)
            if self.session.in_transaction():
                # The claim is not committed yet (nothing was created), or the answer's
                # shape read again after the commit: store the answer in that transaction.
                await complete_key(self.session, claim, stored, self.ttl)
            else:
                await self._store_committed(claim, stored)
        return Response(body, status_code=status_code, headers=headers, media_type=JSON_MEDIA_TYPE)

    async def _store_committed(self, claim: IdempotencyClaim, stored: StoredResponse) -> None:
        """Store the answer of a create committed with its claim: one statement of its own,
        with no transaction around it. Should that fail, the create stands and its answer
        is sent; a retry with the key finishes the claim (``claim_key``)."""
        try:
            async with self.autocommit_sessions() as session:
                await complete_key(session, claim, stored, self.ttl)
        except (OSError, SQLAlchemyError) as exc:
            logger.warning("storing an idempotent answer failed: %s", type(exc).__name__)


async def retry_safe_create(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    idempotency_key: Annotated[
        str | None,
        Header(
            alias="Idempotency-Key",
            min_length=1,
            max_length=255,
            description="Client-chosen key; a retry with the same key and body replays "
            "the first response instead of creating again. Kept 24 hours.",
        ),
    ] = None,
) -> RetrySafeCreate:
    # A coroutine: a class or a plain function as a dependency runs in a worker thread.
    return RetrySafeCreate(request, session, settings, idempotency_key)


RetrySafeCreateDep = Annotated[RetrySafeCreate, Depends(retry_safe_create)]
