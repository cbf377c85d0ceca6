"""The application factory: settings in, a configured FastAPI app out."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import re
from collections.abc import AsyncIterator

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy.exc import SQLAlchemyError
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware

from app import __doc__ as app_doc
from app.apidocs import install_docs, install_openapi
from app.config import Settings, get_settings
from app.db import RequestSessionCloser, create_engine, create_session_factory
from app.errors import UnhandledErrorMiddleware, install_error_handlers, problem_responses
from app.logs import AccessLogMiddleware, configure_logging
from app.metrics import Metrics
from app.middleware import RequestBodyGuard, SecurityHeaders
from app.routers import (
    agreements,
    assessments,
    audit,
    auth,
    classifications,
    clients,
    custody,
    dialogue_sessions,
    facilities,
    health,
    inmates,
    instruments,
    metrics,
    organisations,
    participants,
    roles,
    skills_profiles,
    stats,
    sync,
    training_sessions,
    users,
    visitors,
    visits,
    vocational_enrolments,
    vocational_programmes,
)
from app.services.auth import AuthServices
from app.services.keys import ensure_signing_key
from app.services.upkeep import run_upkeep

logger = logging.getLogger("passerelle")

API_PREFIX = "/api/v1"
# OAuth2 endpoints take form bodies, not JSON.
FORM_PATHS = frozenset({f"{API_PREFIX}/auth/token", f"{API_PREFIX}/auth/revoke"})
# Bulk endpoints, allowed a larger body.
BATCH_PATHS = re.compile(
    rf"^{API_PREFIX}/((training-sessions|vocational-programmes)/[^/]+/attendance|sync/attendance)$"
)
VERSION = "0.1.0"

DESCRIPTION = """
The record system for the rehabilitation and reintegration of violent extremist
offenders in prisons.

Conventions, the same on every resource:

* **Errors** are `application/problem+json` (RFC 9457) with a stable `code`; titles follow
  `Accept-Language` (`fr` or `en`).
* **Lists** are cursor-paginated: `?limit=` (1-200, default 50) and `?cursor=` taken from
  `next_cursor`.
* **Creates** are retry-safe: send an `Idempotency-Key`, or choose the record's `id`.
* **Changes** need `If-Match` with the `ETag` you read; a stale one is answered 412.
"""


def operation_id(route: APIRoute) -> str:
    """Stable operationIds such as `facilities_list` or `training_sessions_create`, for
    generated clients: the route's first tag and its name, in snake case."""
    name = f"{route.tags[0]}_{route.name}" if route.tags else route.name
    return re.sub(r"[^0-9A-Za-z]+", "_", str(name)).strip("_")


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    engine = create_engine(settings)
    app.state.engine = engine
    app.state.session_factory = create_session_factory(engine)
    app.state.autocommit_session_factory = create_session_factory(engine, autocommit=True)
    app.state.metrics.engines["main"] = engine
    stats_engine = None
    if settings.stats_database_url:
        stats_engine = create_engine(settings, settings.stats_database_url)
        app.state.stats_session_factory = create_session_factory(stats_engine)
        app.state.metrics.engines["stats"] = stats_engine
    try:
        async with app.state.session_factory() as session:
            await ensure_signing_key(session, settings)
    except (OSError, SQLAlchemyError):
        # The database may come back later; the upkeep task creates the key then.
        logger.warning("could not check the signing key at start-up; will retry")
    # What start-up built lives as long as the worker: move it out of the collector's
    # sight, so that full collections during large requests do not walk it again.
    gc.collect()
    gc.freeze()
    upkeep: asyncio.Task[None] | None = None
    if settings.audit_seal_interval_seconds > 0:
        upkeep = asyncio.create_task(
            run_upkeep(app.state.session_factory, settings, app.state.metrics)
        )
    try:
        yield
    finally:
        if upkeep is not None:
            upkeep.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await upkeep
        await engine.dispose()
        if stats_engine is not None:
            await stats_engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings)
    app = FastAPI(
        title="Passerelle",
        version=VERSION,
        summary=(app_doc or "").strip(),
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        docs_url=None,
        redoc_url=None,
        swagger_ui_oauth2_redirect_url=None,
        # Validation failures carry personal data; they are never exported as telemetry logs.
        telemetry={"logs": False},
    )
    app.state.settings = settings
    app.state.metrics = Metrics()
    app.state.auth = AuthServices.create(settings)
    install_error_handlers(app)
    install_docs(app)
    install_openapi(app)

    # Every API operation reads the database (the caller's sign-in, if nothing else): each
    # may answer 503 when it is unreachable, busy or past the statement timeout. Each
    # resource's router is included in the app itself, not under a common API router: every
    # level of inclusion matches the request against its routes again.
    for resource in (
        auth,
        facilities,
        organisations,
        inmates,
        custody,
        instruments,
        assessments,
        classifications,
        users,
        clients,
        roles,
        agreements,
        participants,
        training_sessions,
        sync,
        skills_profiles,
        vocational_programmes,
        vocational_enrolments,
        visitors,
        visits,
        dialogue_sessions,
        stats,
        audit,
    ):
        app.include_router(resource.router, prefix=API_PREFIX, responses=problem_responses(503))
    app.include_router(health.router)
    app.include_router(metrics.router)

    # Added innermost first: the request id wraps everything, so every line and answer has it.
    app.add_middleware(RequestSessionCloser)
    app.add_middleware(UnhandledErrorMiddleware)
    app.add_middleware(
        RequestBodyGuard,
        max_body_bytes=settings.max_body_bytes,
        form_paths=FORM_PATHS,
        batch_paths=BATCH_PATHS,
        max_batch_body_bytes=settings.max_batch_body_bytes,
    )
    # Level 5 compresses JSON nearly as well as 9 at a fraction of the time.
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=5)
    app.add_middleware(SecurityHeaders)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "Idempotency-Key",
                "If-Match",
                "If-None-Match",
                "Accept-Language",
                "X-Request-ID",
            ],
            expose_headers=["ETag", "Location", "X-Request-ID", "Retry-After"],
        )
    app.add_middleware(AccessLogMiddleware, metrics=app.state.metrics)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    return app
