"""Runtime settings, read from the environment (prefix ``PASSERELLE_``)."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./var/passerelle.db"


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PASSERELLE_", env_file=None, extra="ignore")

    env: Environment = Environment.development
    database_url: str = DEFAULT_DATABASE_URL
    # Pool sizing and timeouts apply to PostgreSQL; SQLite ignores them.
    db_pool_size: int = Field(default=10, ge=1)
    db_max_overflow: int = Field(default=5, ge=0)
    db_pool_timeout_seconds: float = Field(default=5.0, gt=0)
    db_statement_timeout_ms: int = Field(default=10_000, ge=0)
    db_echo: bool = False

    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    idempotency_ttl_hours: int = Field(default=24, ge=1)
    # How often the running service chains committed audit events; 0 turns the
    # background sealer off (the `passerelle audit seal` command still works).
    audit_seal_interval_seconds: float = Field(default=2.0, ge=0)

    log_level: str = "INFO"
    log_json: bool = True
    host: str = "127.0.0.1"
    port: int = 8000

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.env is Environment.production and self.database_url.startswith("sqlite"):
            raise ValueError(
                "production refuses the embedded SQLite database; set PASSERELLE_DATABASE_URL"
            )
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
