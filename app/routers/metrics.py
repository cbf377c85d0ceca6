"""Prometheus metrics for the operators' scraper: not part of the API contract."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST

from app.deps import MetricsDep, SettingsDep
from app.metrics import ensure_scraper

router = APIRouter(tags=["metrics"])


async def scraper(request: Request, settings: SettingsDep) -> None:
    """Checked before anything else: a refused caller costs no database session."""
    ensure_scraper(settings, request.client.host if request.client else None)


@router.get("/metrics", name="metrics", include_in_schema=False)
async def metrics(_allowed: Annotated[None, Depends(scraper)], collected: MetricsDep) -> Response:
    """This worker's metrics, to the addresses of `PASSERELLE_METRICS_ALLOWED_NETWORKS`
    (403 to others). No database work: a scrape is answered while the pool is exhausted
    or the database is down."""
    return Response(collected.exposition(), media_type=CONTENT_TYPE_LATEST)
