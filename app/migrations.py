"""Alembic, driven from code: the one way the schema is created or changed."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

from alembic import command
from app.config import Settings

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def alembic_config(database_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    # Percent signs in passwords would otherwise be read as interpolation.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(settings: Settings, revision: str = "head") -> None:
    command.upgrade(alembic_config(settings.database_url), revision)


def downgrade(settings: Settings, revision: str) -> None:
    command.downgrade(alembic_config(settings.database_url), revision)


def check(settings: Settings) -> None:
    """Raise if the models and the migrated schema disagree."""
    command.check(alembic_config(settings.database_url))
