"""Liveness and readiness probes for the load balancer and the container runtime."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.errors import ServiceUnavailable, problem_responses
from app.schemas.health import HealthStatus
from app.services.health import database_ready

router = APIRouter(prefix="/health", tags=["health"])


@router.get("/live", name="live", response_model=HealthStatus)
async def live() -> HealthStatus:
    """The process answers. Restart it if this fails."""
    return HealthStatus(status="ok")


@router.get("/ready", name="ready", response_model=HealthStatus, responses=problem_responses(503))
async def ready(request: Request) -> HealthStatus:
    """The service can do its work: the database answers. Route no traffic here on 503."""
    if not await database_ready(request.app.state.engine):
        raise ServiceUnavailable("The database does not answer.", headers={"Retry-After": "5"})
    return HealthStatus(status="ok", checks={"database": "ok"})
