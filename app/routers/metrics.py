"""Prometheus metrics for the operators' scraper: not part of the API contract."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST

from app.db import SessionDep
from app.deps import SettingsDep
from app.metrics import ensure_scraper, metrics_of
from app.services.audit import count_unsealed

router = APIRouter(tags=["metrics"])


def scraper(request: Request, settings: SettingsDep) -> None:
    """Checked before anything else: a refused caller costs no database session."""
    ensure_scraper(settings, request.client.host if request.client else None)


@router.get("/metrics", name="metrics", include_in_schema=False)
async def metrics(
    _allowed: Annotated[None, Depends(scraper)], request: Request, session: SessionDep
) -> Response:
    """This worker's metrics, to the addresses of `PASSERELLE_METRICS_ALLOWED_NETWORKS`
    (403 to others). Answered while the database is down, without the audit count."""
    collected = metrics_of(request.app.state)
    collected.unsealed_audit_events = await count_unsealed(session)
    return Response(collected.exposition(), media_type=CONTENT_TYPE_LATEST)
