"""Throwaway test databases on both engines: created, migrated, cloned and dropped."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from app import migrations
from app.config import Settings

DEFAULT_POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


def postgres_admin_url() -> str | None:
    """The server to use: PASSERELLE_TEST_DATABASE_URL, or one answering on 127.0.0.1:5432."""
    configured = os.environ.get("PASSERELLE_TEST_DATABASE_URL")
    if configured:
        return configured
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return DEFAULT_POSTGRES_URL
    except OSError:
        return None


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _admin(url: str, *statements: str) -> None:
    connection = await asyncpg.connect(_dsn(url))
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


@dataclass
class TemplateDatabase:
    """A database migrated to head once per run, cloned for tests that need their own."""

    backend: str
    url: str
    admin_url: str | None = None
    directory: Path | None = None

    def clone(self) -> str:
        name = f"passerelle_test_{uuid.uuid4().hex[:12]}"
        if self.backend == "sqlite":
            assert self.directory is not None
            target = self.directory / f"{name}.db"
            shutil.copyfile(make_url(self.url).database or "", target)
            return f"sqlite+aiosqlite:///{target}"
        assert self.admin_url is not None
        template = make_url(self.url).database
        asyncio.run(_admin(self.admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_clone(self, url: str) -> None:
        if self.backend == "sqlite":
            Path(make_url(url).database or "").unlink(missing_ok=True)
            return
        assert self.admin_url is not None
        name = make_url(url).database
        asyncio.run(_admin(self.admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def empty(self) -> str:
        """A new database with no schema at all."""
        name = f"passerelle_test_{uuid.uuid4().hex[:12]}"
        if self.backend == "sqlite":
            assert self.directory is not None
            return f"sqlite+aiosqlite:///{self.directory / name}.db"
        assert self.admin_url is not None
        asyncio.run(_admin(self.admin_url, f'CREATE DATABASE "{name}"'))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)


def create_template(backend: str) -> TemplateDatabase:
    if backend == "sqlite":
        directory = Path(tempfile.mkdtemp(prefix="passerelle-test-"))
        template = TemplateDatabase(
            backend, f"sqlite+aiosqlite:///{directory / 'template.db'}", directory=directory
        )
    else:
        admin_url = postgres_admin_url()
        assert admin_url is not None
        template = TemplateDatabase(backend, "", admin_url=admin_url)
        template.url = template.empty()
    migrations.upgrade(Settings(database_url=template.url))
    return template


def destroy_template(template: TemplateDatabase) -> None:
    if template.backend == "sqlite":
        assert template.directory is not None
        shutil.rmtree(template.directory, ignore_errors=True)
    else:
        template.drop_clone(template.url)
