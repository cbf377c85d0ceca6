"""Alembic environment: async engines, batch mode on SQLite, types compared."""

from __future__ import annotations

import asyncio
from logging.config import fileConfig
from typing import Any

from alembic.operations import ops
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

import app.models  # noqa: F401  (registers every table on the metadata)
from alembic import context
from app.config import get_settings
from app.db import create_engine

config = context.config
if config.config_file_name is not None and not config.attributes.get("skip_logging"):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = SQLModel.metadata


def _database_url() -> str:
    return config.get_main_option("sqlalchemy.url") or get_settings().database_url


def _skip_empty_revisions(
    _context: MigrationContext, _revision: Any, directives: list[ops.MigrationScript]
) -> None:
    # Only for `alembic revision --autogenerate`; `alembic check` needs the empty script.
    if not getattr(config.cmd_opts, "autogenerate", False):
        return
    script = directives[0]
    if script.upgrade_ops is not None and script.upgrade_ops.is_empty():
        directives[:] = []


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_as_batch=connection.dialect.name == "sqlite",
        process_revision_directives=_skip_empty_revisions,
    )


def _run_sync(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode rebuilds a table (copy, drop, rename), and with foreign keys on,
        # dropping a table that rows elsewhere refer to fails. They are off while the
        # migrations run (set before the transaction begins: inside one, the PRAGMA does
        # nothing) and every reference is checked before the commit.
        _sqlite_pragma(connection, "PRAGMA foreign_keys=OFF")
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")


def _sqlite_pragma(connection: Connection, statement: str) -> None:
    """Run a PRAGMA on the driver's connection itself, outside any transaction."""
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


async def _run_online() -> None:
    from app.config import Settings

    engine = create_engine(Settings(database_url=_database_url()))
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run_sync)
            await connection.commit()
    finally:
        await engine.dispose()


def run_offline() -> None:
    context.configure(url=_database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    asyncio.run(_run_online())
