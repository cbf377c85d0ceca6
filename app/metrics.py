"""Prometheus metrics of one worker: requests by route template and status, their latency,
the database pool (connections in use, requests waiting for one), audit events not yet
sealed into the chain, and the sizes of sync batches. Served at ``/metrics`` to the
addresses the configuration allows (``PASSERELLE_METRICS_ALLOWED_NETWORKS``).

Each application has its own registry (tests build many). Under several worker processes,
each worker counts its own requests; a scrape reaches one of them (see docs/operations.md).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from ipaddress import ip_address

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.pool import QueuePool

from app.config import Settings
from app.errors import Forbidden

# Seconds; a read of one record should sit in the first buckets, a statistics table in
# the middle ones, a 5,000-record sync near the end.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
BATCH_BUCKETS = (1, 10, 50, 100, 500, 1000, 2500, 5000)
# Methods counted by name; any other (WebDAV's, made-up ones) is "other", so that callers
# cannot create series at will.
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


class _PoolCollector(Collector):
    """Read at scrape time from the engines the worker holds (none before start-up)."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def collect(self) -> Iterator[Metric]:
        in_use = GaugeMetricFamily(
            "passerelle_db_pool_connections_in_use",
            "Database connections checked out of the pool.",
            labels=["pool"],
        )
        idle = GaugeMetricFamily(
            "passerelle_db_pool_connections_idle",
            "Database connections open and waiting in the pool.",
            labels=["pool"],
        )
        waiting = GaugeMetricFamily(
            "passerelle_db_pool_waiting",
            "Requests waiting for a database connection.",
            labels=["pool"],
        )
        for name, engine in self.metrics.engines.items():
            pool = engine.pool
            if isinstance(pool, QueuePool):
                in_use.add_metric([name], pool.checkedout())
                idle.add_metric([name], pool.checkedin())
            waiting.add_metric([name], getattr(pool, "waiting", 0))
        yield in_use
        yield idle
        yield waiting


class _AuditCollector(Collector):
    """What the sealer found at its last pass: read from memory, no query per scrape."""

    def __init__(self, metrics: Metrics) -> None:
        self.metrics = metrics

    def collect(self) -> Iterator[Metric]:
        if self.metrics.sealed_at is None:
            return  # the sealer has not run (yet) in this worker
        yield GaugeMetricFamily(
            "passerelle_audit_events_unsealed",
            "Committed audit events the last sealing pass found waiting (it chained them all).",
            value=self.metrics.unsealed_audit_events,
        )
        yield GaugeMetricFamily(
            "passerelle_audit_last_seal_timestamp_seconds",
            "When the last sealing pass ended (Unix time); it stops moving if sealing fails.",
            value=self.metrics.sealed_at,
        )


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)
    engines: dict[str, AsyncEngine] = field(default_factory=dict)
    # Left by the background sealer after each pass (app/services/upkeep.py).
    unsealed_audit_events: int = 0
    sealed_at: float | None = None
    requests: Counter = field(init=False)
    latency: Histogram = field(init=False)
    sync_batch: Histogram = field(init=False)

    def __post_init__(self) -> None:
        self.requests = Counter(
            "passerelle_http_requests",
            "Requests answered, by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "passerelle_http_request_duration_seconds",
            "Time to answer, by method and route template.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.sync_batch = Histogram(
            "passerelle_sync_batch_records",
            "Records per sync request: attendance pushed, changes pulled.",
            ["kind"],
            buckets=BATCH_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_PoolCollector(self))
        self.registry.register(_AuditCollector(self))

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        method = method if method in METHODS else "other"
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def note_sealing_pass(self, chained: int) -> None:
        self.unsealed_audit_events = chained
        self.sealed_at = time.time()

    def observe_sync_batch(self, kind: str, records: int) -> None:
        self.sync_batch.labels(kind).observe(records)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def ensure_scraper(settings: Settings, host: str | None) -> None:
    """Only the configured networks read the metrics (403 otherwise)."""
    try:
        address = ip_address(host or "")
    except ValueError:
        address = None
    if address is None or not any(address in net for net in settings.metrics_allowed_networks):
        raise Forbidden("Metrics are served to the configured networks only.")
