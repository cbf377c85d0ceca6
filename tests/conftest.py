"""Fixtures: every test runs on SQLite and on PostgreSQL, over HTTP, rolled back after."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Environment, Settings
from app.db import create_engine, create_session_factory
from app.main import create_app
from app.services.keys import ensure_signing_key
from tests.databases import TemplateDatabase, create_template, destroy_template, postgres_admin_url
from tests.factories import Identities

BACKENDS = ["sqlite"]
if postgres_admin_url() is not None:
    BACKENDS.append("postgres")
elif os.environ.get("PASSERELLE_REQUIRE_POSTGRES") == "1":
    raise pytest.UsageError(
        "PASSERELLE_REQUIRE_POSTGRES=1 but no PostgreSQL answers on 127.0.0.1:5432 "
        "(or at PASSERELLE_TEST_DATABASE_URL)"
    )


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "env": Environment.test,
        "database_url": database_url,
        "audit_seal_interval_seconds": 0,
        # Cheap hashes: the tests sign in often; production keeps the default cost.
        "password_hash_time_cost": 1,
        "password_hash_memory_kib": 64,
        **overrides,
    }
    return Settings.model_validate(values)


@pytest.fixture(scope="session", params=BACKENDS)
def template(request: pytest.FixtureRequest) -> Iterator[TemplateDatabase]:
    """The database of this backend migrated to head, once per run."""
    database = create_template(request.param)
    yield database
    destroy_template(database)


@pytest.fixture(scope="session")
def shared_url(template: TemplateDatabase) -> Iterator[str]:
    """A clone the rolled-back tests share; the template itself stays untouched for cloning."""
    url = template.clone()
    yield url
    template.drop_clone(url)


@pytest.fixture(scope="session")
async def engine(shared_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(make_settings(shared_url))
    async with create_session_factory(engine)() as session:
        await ensure_signing_key(session, make_settings(shared_url))
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """One connection in an outer transaction that is rolled back after the test."""
    async with engine.connect() as connection:
        transaction = await connection.begin()
        try:
            yield connection
        finally:
            await transaction.rollback()


@pytest.fixture
async def session(connection: AsyncConnection) -> AsyncIterator[AsyncSession]:
    """A session for test setup and checks, inside the test's transaction."""
    async with AsyncSession(
        bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
    ) as session:
        yield session


@pytest.fixture
def settings(shared_url: str) -> Settings:
    return make_settings(shared_url)


@pytest.fixture
def app(settings: Settings, engine: AsyncEngine, connection: AsyncConnection) -> FastAPI:
    """The app, its sessions joined to the test's transaction (commits become savepoints)."""
    application = create_app(settings)
    application.state.engine = engine
    application.state.session_factory = async_sessionmaker(
        bind=connection,
        class_=AsyncSession,
        expire_on_commit=False,
        autoflush=False,
        join_transaction_mode="create_savepoint",
    )
    # Autocommit routes too: inside the test's transaction, which they must see.
    application.state.autocommit_session_factory = application.state.session_factory
    return application


@pytest.fixture
async def anonymous(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client without a token."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture
def identities(app: FastAPI, session: AsyncSession, anonymous: httpx.AsyncClient) -> Identities:
    return Identities(session, app.state.auth.hasher, anonymous)


@pytest.fixture
async def client(app: FastAPI, identities: Identities) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client signed in as a national administrator."""
    headers = await identities.headers_for("admin", facilities=(), all_facilities=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", headers=headers
    ) as client:
        yield client


@pytest.fixture
def fresh_url(template: TemplateDatabase) -> Iterator[str]:
    """A database of its own, for tests that need real commits and several connections."""
    url = template.clone()
    yield url
    template.drop_clone(url)


@pytest.fixture
def backend(template: TemplateDatabase) -> str:
    return template.backend
