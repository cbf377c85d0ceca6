"""The schema exists only through migrations, and the migrations match the models."""

from __future__ import annotations

import asyncio

from sqlalchemy import inspect

from app import migrations
from app.db import create_engine
from tests.conftest import make_settings
from tests.databases import TemplateDatabase

TABLES = {"facility", "organisation", "audit_event", "audit_chain_head", "idempotency_record"}


async def _tables(url: str) -> set[str]:
    engine = create_engine(make_settings(url))
    try:
        async with engine.connect() as connection:
            names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    finally:
        await engine.dispose()
    return set(names) - {"alembic_version"}


async def test_upgrade_to_head_then_down_to_base(template: TemplateDatabase) -> None:
    url = await asyncio.to_thread(template.empty)
    try:
        settings = make_settings(url)
        assert await _tables(url) == set()
        await asyncio.to_thread(migrations.upgrade, settings)
        assert await _tables(url) >= TABLES
        await asyncio.to_thread(migrations.check, settings)
        await asyncio.to_thread(migrations.downgrade, settings, "base")
        assert await _tables(url) == set()
        await asyncio.to_thread(migrations.upgrade, settings)
        assert await _tables(url) >= TABLES
    finally:
        await asyncio.to_thread(template.drop_clone, url)


async def test_models_and_migrations_agree(fresh_url: str) -> None:
    """`alembic check`: fails when a model changed without a migration."""
    await asyncio.to_thread(migrations.check, make_settings(fresh_url))
