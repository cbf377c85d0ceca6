"""Domain errors and their one rendering: RFC 9457 problem+json, titles by Accept-Language."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from asgi_correlation_id import correlation_id
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.apidocs import allowed_methods
from app.i18n import Language, negotiate_language, problem_title
from app.schemas.problem import FieldError, Problem

logger = logging.getLogger("passerelle.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"


class DomainError(Exception):
    """A rule said no. Services raise these; one handler turns them into problem+json."""

    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.errors = list(errors) if errors is not None else None
        self.headers = headers or {}
        self.extra = extra or {}


class InvalidCursor(DomainError):
    status, code = 400, "invalid_cursor"


class Unauthenticated(DomainError):
    """No valid access token. The answer never says which check failed."""

    status, code = 401, "unauthenticated"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


class InsufficientScope(DomainError):
    status, code = 403, "insufficient_scope"

    def __init__(self, missing: list[str]) -> None:
        needed = " ".join(missing)
        super().__init__(
            f"This needs the scope(s): {needed}.",
            headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{needed}"'},
        )


class Forbidden(DomainError):
    status, code = 403, "forbidden"


class InvalidGrant(DomainError):
    """Wrong credentials, or a refresh token that is unknown, used, expired or revoked."""

    status, code = 400, "invalid_grant"


class InvalidClient(DomainError):
    status, code = 401, "invalid_client"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Basic realm="passerelle"'})


class InvalidScope(DomainError):
    status, code = 400, "invalid_scope"


class UnsupportedGrantType(DomainError):
    status, code = 400, "unsupported_grant_type"


class TooManyRequests(DomainError):
    status, code = 429, "too_many_requests"

    def __init__(self, detail: str, retry_after_seconds: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after_seconds))})


class NotFound(DomainError):
    status, code = 404, "not_found"


class Conflict(DomainError):
    status, code = 409, "conflict"


class DuplicateValue(Conflict):
    code = "duplicate_value"


class IdConflict(Conflict):
    code = "id_conflict"


class PreconditionFailed(DomainError):
    status, code = 412, "precondition_failed"


class PreconditionRequired(DomainError):
    status, code = 428, "precondition_required"


class ValidationFailed(DomainError):
    status, code = 422, "validation_failed"


class IdempotencyKeyReused(DomainError):
    status, code = 422, "idempotency_key_reused"


class ServiceUnavailable(DomainError):
    status, code = 503, "service_unavailable"


_HTTP_STATUS_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    412: "precondition_failed",
    413: "content_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    428: "precondition_required",
    429: "too_many_requests",
    503: "service_unavailable",
}


def problem_response(
    *,
    status: int,
    code: str,
    accept_language: str | None,
    instance: str | None,
    detail: str | None = None,
    errors: Sequence[FieldError] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    problem = Problem(
        type=f"urn:passerelle:problem:{code}",
        title=problem_title(code, negotiate_language(accept_language)),
        status=status,
        detail=detail,
        code=code,
        instance=instance,
        request_id=correlation_id.get(),
        errors=list(errors) if errors is not None else None,
        **(extra or {}),
    )
    return JSONResponse(
        problem.model_dump(mode="json", exclude_none=True),
        status_code=status,
        headers={"Content-Language": negotiate_language(accept_language).value, **(headers or {})},
        media_type=PROBLEM_MEDIA_TYPE,
    )


def _field_errors(raw: Iterable[Any]) -> list[FieldError]:
    # Pydantic errors carry the offending input; it is never sent back (it may be personal data).
    return [
        FieldError(
            field=".".join(str(part) for part in error.get("loc", ())),
            message=str(error.get("msg", "invalid value")),
            type=str(error.get("type", "value_error")),
        )
        for error in raw
    ]


async def _domain_error_handler(request: Request, exc: DomainError) -> JSONResponse:
    return problem_response(
        status=exc.status,
        code=exc.code,
        accept_language=request.headers.get("accept-language"),
        instance=request.url.path,
        detail=exc.detail,
        errors=exc.errors,
        headers=exc.headers,
        extra=exc.extra,
    )


async def _validation_error_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
    return problem_response(
        status=422,
        code="validation_failed",
        accept_language=request.headers.get("accept-language"),
        instance=request.url.path,
        detail="The request does not match the expected schema.",
        errors=_field_errors(exc.errors()),
    )


async def _http_error_handler(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    code = _HTTP_STATUS_CODES.get(exc.status_code, "bad_request")
    detail = exc.detail if isinstance(exc.detail, str) and exc.status_code < 500 else None
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        # Every method of the path: the router names only those of the first route it met.
        headers["Allow"] = ", ".join(allowed_methods(request.app, request.url.path))
    return problem_response(
        status=exc.status_code,
        code=code,
        accept_language=request.headers.get("accept-language"),
        instance=request.url.path,
        detail=detail,
        headers=headers,
    )


class UnhandledErrorMiddleware:
    """Answer any uncaught exception with a bare 500 problem: no trace, no SQL, logged here.

    It sits inside the request-id middleware, so the 500 still carries X-Request-ID.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                raise
            response = _unhandled_response(scope, exc)
            await response(scope, receive, send)


def _unhandled_response(scope: Scope, exc: Exception) -> JSONResponse:
    headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
    if _is_unstorable_text(exc):
        # A value the database cannot store (a NUL byte, say) that validation let through.
        return problem_response(
            status=422,
            code="validation_failed",
            accept_language=headers.get("accept-language"),
            instance=scope.get("path"),
            detail="A value contains characters that cannot be stored.",
        )
    unavailable = is_database_unavailable(exc)
    if unavailable:
        logger.warning("database unavailable: %s", type(exc).__name__)
    else:
        logger.exception("unhandled error", exc_info=exc)
    return problem_response(
        status=503 if unavailable else 500,
        code="service_unavailable" if unavailable else "internal_error",
        accept_language=headers.get("accept-language"),
        instance=scope.get("path"),
        detail="A service it depends on cannot be reached; retry later." if unavailable else None,
        headers={"Retry-After": "5"} if unavailable else None,
    )


def _is_unstorable_text(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    if not isinstance(exc, DBAPIError):
        return False
    sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    # 22021 character_not_in_repertoire, 22P05 untranslatable_character.
    return sqlstate in {"22021", "22P05"}


def is_database_unavailable(exc: BaseException) -> bool:
    """Connection failures, pool exhaustion, cancelled statements and writes that lost a
    race: worth a retry."""
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeout
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(exc, RedisConnectionError | RedisTimeout):
        return True
    if isinstance(exc, StaleDataError):
        # Another request changed the record between this one's read and its write (the
        # version counter, app/models/base.py): nothing was written; send it again.
        return True

    if isinstance(exc, OperationalError) and type(exc.orig).__module__.startswith("sqlite3"):
        # SQLite says OperationalError for a busy database and for a bad statement alike.
        message = str(exc.orig).lower()
        return any(word in message for word in ("locked", "busy", "unable to open", "disk i/o"))
    if isinstance(exc, PoolTimeout | OperationalError | InterfaceError | ConnectionError | OSError):
        return True
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        # 57014 query_canceled (statement timeout), 57P0x admin shutdown, 08xxx connection,
        # 40001 serialization failure and 40P01 deadlock: the transaction may simply be retried.
        return bool(
            sqlstate
            and (sqlstate in {"57014", "40001", "40P01"} or sqlstate.startswith(("57P", "08")))
        )
    return False


def install_error_handlers(app: FastAPI) -> None:
    # Starlette types handlers as taking any Exception; each of these is registered for its own.
    app.add_exception_handler(DomainError, _domain_error_handler)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error_handler)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)  # type: ignore[arg-type]


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` entry of a route: each listed status documented as a Problem."""
    return {
        status: {
            "model": Problem,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
            "description": problem_title(
                _HTTP_STATUS_CODES.get(status, "internal_error"), Language.en
            ),
        }
        for status in statuses
    }
