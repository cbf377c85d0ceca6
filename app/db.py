"""Async engine and session factory; ``SessionDep`` hands one session to each request."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.pool import AsyncAdaptedQueuePool, ConnectionPoolEntry
from sqlmodel.ext.asyncio.session import AsyncSession
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import app.changelog  # noqa: F401  (its session hooks write the change log at every commit)
from app.config import Settings

SQLITE_BUSY_TIMEOUT_MS = 5_000

logger = logging.getLogger("passerelle")


class CountingQueuePool(AsyncAdaptedQueuePool):
    """The PostgreSQL pool, counting the requests waiting for a connection (a metric)."""

    waiting = 0

    def _do_get(self) -> ConnectionPoolEntry:
        self.waiting += 1
        try:
            return super()._do_get()
        finally:
            self.waiting -= 1


# SQLAlchemy names a pool's logger after its class and holds its own loggers at WARNING;
# this pool's logger sits outside that tree, and is held at WARNING the same way (its INFO
# lines would otherwise reach the service's log at every dispose and invalidation).
logging.getLogger(f"{CountingQueuePool.__module__}.{CountingQueuePool.__name__}").setLevel(
    logging.WARNING
)


def create_engine(settings: Settings, database_url: str | None = None) -> AsyncEngine:
    url = make_url(database_url or settings.database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, echo=settings.db_echo, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    connect_args: dict[str, Any] = {
        "timeout": settings.db_connect_timeout_seconds,
        "server_settings": {
            "application_name": "passerelle",
            "statement_timeout": str(settings.db_statement_timeout_ms),
            "idle_in_transaction_session_timeout": "60000",
            "timezone": "UTC",
        },
        # A client-side bound too, in case the server never answers; 0 turns both off.
        "command_timeout": (
            max(settings.db_statement_timeout_ms / 1000 * 2, 5)
            if settings.db_statement_timeout_ms
            else None
        ),
    }
    engine = create_async_engine(
        url,
        echo=settings.db_echo,
        # Statement parameters are personal data: never in logs or error messages.
        hide_parameters=True,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_timeout=settings.db_pool_timeout_seconds,
        poolclass=CountingQueuePool,
        connect_args=connect_args,
    )
    if settings.db_pool_pre_ping:
        _ping_idle_connections(engine, settings.db_pool_pre_ping_idle_seconds)
    return engine


def _ping_idle_connections(engine: AsyncEngine, idle_seconds: float) -> None:
    """Test a pooled connection before use once it has been idle ``idle_seconds``.

    SQLAlchemy's own pre-ping tests every checkout: three round trips (BEGIN, the ping,
    ROLLBACK) before each request's first statement. Connections die while idle (closed by
    a proxy, a firewall or a restart in a quiet spell); one handed back a moment ago is
    alive, and testing it again costs more than the request's own work. A dead one is
    replaced unseen: the pool discards it and takes another.
    """

    @event.listens_for(engine.sync_engine.pool, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.sync_engine.pool, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < idle_seconds:
            return  # new, or back in the pool a moment ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            raise DisconnectionError("the pooled connection is gone") from exc


def _configure_sqlite(engine: AsyncEngine) -> None:
    """Give SQLite real transactions: foreign keys, WAL, and BEGIN IMMEDIATE.

    pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; taking over
    BEGIN makes savepoints work and, with IMMEDIATE, avoids the read-then-write upgrade
    that fails at once with "database is locked" when two requests write.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_session_factory(
    engine: AsyncEngine, *, autocommit: bool = False
) -> async_sessionmaker[AsyncSession]:
    """Sessions on ``engine``; with ``autocommit``, on PostgreSQL, sessions whose statements
    each commit alone, with no BEGIN nor COMMIT (the same pool; SQLite keeps its
    transactions: its BEGIN is the service's own, see ``_configure_sqlite``)."""
    if autocommit and engine.dialect.name == "postgresql":
        engine = engine.execution_options(isolation_level="AUTOCOMMIT")
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False, autoflush=False)


# Where a request keeps its session, in the ASGI scope's state.
_REQUEST_SESSION = "passerelle.session"


# Marks the endpoint of a route whose statements are each atomic alone.
_AUTOCOMMIT = "__passerelle_autocommit__"
EndpointT = TypeVar("EndpointT", bound=Callable[..., Any])


def autocommit(endpoint: EndpointT) -> EndpointT:
    """Mark a route whose every statement is atomic alone: the caller's check, then a read
    and its audit event in one statement (``services.audit.read_audited``). On PostgreSQL
    its session runs without a transaction: no BEGIN and no COMMIT, two round trips fewer.
    Only for routes that write nothing that must commit together with something else."""
    setattr(endpoint, _AUTOCOMMIT, True)
    return endpoint


async def get_session(request: Request) -> AsyncSession:
    """The request's session, opened at the first dependency that asks for it and closed
    by ``RequestSessionCloser`` (a plain coroutine: a generator dependency costs FastAPI a
    context manager and two cancel scopes per request). An ``autocommit`` route's session
    comes from the app's autocommit factory."""
    state = request.scope.setdefault("state", {})
    session: AsyncSession | None = state.get(_REQUEST_SESSION)
    if session is None:
        endpoint = getattr(request.scope.get("route"), "endpoint", None)
        factory = (
            autocommit_sessions(request.app)
            if getattr(endpoint, _AUTOCOMMIT, False)
            else request.app.state.session_factory
        )
        session = state[_REQUEST_SESSION] = factory()
    return session


def autocommit_sessions(app: Any) -> async_sessionmaker[AsyncSession]:
    """The app's sessions without a transaction (``create_session_factory(autocommit=True)``,
    made at start-up); its ordinary ones where it has none."""
    factory: async_sessionmaker[AsyncSession] = getattr(
        app.state, "autocommit_session_factory", app.state.session_factory
    )
    return factory


class RequestSessionCloser:
    """Closes the request's session (rolling back what it did not commit) before its answer
    starts, or when the request fails, so that its connection goes back to the pool before
    the answer is sent."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def closing_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                await _close_request_session(scope)
            await send(message)

        try:
            await self.app(scope, receive, closing_send)
        finally:
            await _close_request_session(scope)


async def _close_request_session(scope: Scope) -> None:
    session: AsyncSession | None = scope.get("state", {}).pop(_REQUEST_SESSION, None)
    if session is None:
        return
    try:
        # Shielded, as ``async with`` would: a cancelled request (a shutdown) must not
        # leave its connection checked out, or hand it back half rolled back.
        await asyncio.shield(session.close())
    except (OSError, SQLAlchemyError) as exc:
        # What the request committed stands, and its answer with it; SQLAlchemy has
        # discarded the connection.
        logger.warning("closing a request's session failed: %s", type(exc).__name__)


SessionDep = Annotated[AsyncSession, Depends(get_session)]


async def get_stats_session(request: Request, main: SessionDep) -> AsyncIterator[AsyncSession]:
    """A session on the statistics replica when one is configured, else the request's own
    session (a second one would wait on the first's lock on SQLite)."""
    factory: async_sessionmaker[AsyncSession] | None = getattr(
        request.app.state, "stats_session_factory", None
    )
    if factory is None:
        yield main
        return
    async with factory() as session:
        yield session


StatsSessionDep = Annotated[AsyncSession, Depends(get_stats_session)]
