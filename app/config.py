"""Runtime settings, read from the environment (prefix ``PASSERELLE_``)."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from ipaddress import ip_network

from pydantic import Field, IPvAnyNetwork, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./var/passerelle.db"
# Good enough for a laptop and the tests; refused in production (see the validator below).
DEVELOPMENT_SECRET_KEY = "development-only-secret-key-never-use-in-production"  # noqa: S105


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
    # How long opening a connection may take (asyncpg waits 60 s by default).
    db_connect_timeout_seconds: float = Field(default=5.0, gt=0)
    # Test a pooled connection before use when it has been idle longer than
    # db_pool_pre_ping_idle_seconds (0: before every use, a round trip per request). A
    # connection closed while idle (a proxy, a firewall, a restart during a quiet spell) is
    # then replaced unseen. Off, or for a connection busy until the failure, the request
    # that meets a dead connection is answered 503, and the pool drops every connection
    # older than the failure.
    db_pool_pre_ping: bool = True
    db_pool_pre_ping_idle_seconds: float = Field(default=2.0, ge=0)
    db_statement_timeout_ms: int = Field(default=10_000, ge=0)
    db_echo: bool = False
    # A read replica for statistics; the main database when unset.
    stats_database_url: str | None = None
    # Disclosure control: counts from 1 to k-1 are withheld, as are means and medians
    # over fewer than k people.
    stats_min_cell: int = Field(default=5, ge=2, le=100)

    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    # Attendance batches (up to 5,000 records) may be larger than other bodies.
    max_batch_body_bytes: int = Field(default=16 * 1024 * 1024, ge=1024)
    idempotency_ttl_hours: int = Field(default=24, ge=1)
    # How often the running service chains committed audit events; 0 turns the
    # background sealer off (the `passerelle audit seal` command still works).
    audit_seal_interval_seconds: float = Field(default=2.0, ge=0)

    # Encrypts the token signing keys at rest and keys the pseudonymous subject references.
    secret_key: SecretStr = SecretStr(DEVELOPMENT_SECRET_KEY)
    token_issuer: str = "passerelle"  # noqa: S105 (a name, not a secret)
    token_audience: str = "passerelle-api"  # noqa: S105 (a name, not a secret)
    access_token_ttl_seconds: int = Field(default=900, ge=60, le=3600)
    refresh_token_ttl_hours: int = Field(default=12, ge=1, le=24 * 30)
    # Argon2id cost; tests lower it, production keeps about 0.1 s per hash.
    password_hash_time_cost: int = Field(default=3, ge=1)
    password_hash_memory_kib: int = Field(default=65536, ge=8)
    login_max_failures: int = Field(default=5, ge=1)
    login_address_max_failures: int = Field(default=30, ge=1)
    login_window_seconds: int = Field(default=900, ge=1)
    redis_url: str | None = None
    cors_origins: list[str] = Field(default_factory=list)

    # Months to the next review after a verified assessment, by overall judgement.
    review_months_high: int = Field(default=3, ge=1, le=24)
    review_months_moderate: int = Field(default=6, ge=1, le=24)
    review_months_low: int = Field(default=12, ge=1, le=36)

    # The security level an assessment's overall judgement suggests (low, moderate, high).
    suggested_levels: dict[str, str] = Field(
        default_factory=lambda: {"low": "minimum", "moderate": "medium", "high": "high"}
    )

    log_level: str = "INFO"
    log_json: bool = True
    # GET /metrics (Prometheus) answers these client addresses only; none turns it off.
    # Loopback, over IPv4, IPv6, and IPv4 seen on a dual-stack socket.
    metrics_allowed_networks: list[IPvAnyNetwork] = Field(
        default_factory=lambda: [
            ip_network("127.0.0.0/8"),
            ip_network("::1/128"),
            ip_network("::ffff:127.0.0.0/104"),
        ]
    )
    host: str = "127.0.0.1"
    port: int = 8000
    # What one worker process of `passerelle serve` allows its clients (see app/server.py).
    # Requests beyond this many open connections or running requests are answered 503.
    limit_concurrency: int = Field(default=1000, ge=1)
    # An idle keep-alive connection is closed after this long.
    keep_alive_timeout_seconds: int = Field(default=5, ge=1)
    # The request line and headers together; larger heads are answered 431.
    max_header_bytes: int = Field(default=16 * 1024, ge=1024)
    # From the connection's start, or from the first byte of the next request on a kept-alive
    # connection, until the headers are complete; then 408.
    header_timeout_seconds: float = Field(default=10.0, gt=0)
    # From the end of the headers until the body is complete, plus one second for every
    # `body_min_bytes_per_second` bytes received (0: no extension); then 408.
    body_timeout_seconds: float = Field(default=20.0, gt=0)
    body_min_bytes_per_second: int = Field(default=1024, ge=0)

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if self.env is not Environment.production:
            return self
        if self.database_url.startswith("sqlite"):
            raise ValueError(
                "production refuses the embedded SQLite database; set PASSERELLE_DATABASE_URL"
            )
        secret = self.secret_key.get_secret_value()
        if secret == DEVELOPMENT_SECRET_KEY or len(secret) < 32:
            raise ValueError("production needs PASSERELLE_SECRET_KEY: 32 or more random characters")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
