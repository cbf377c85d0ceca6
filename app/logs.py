"""Structured JSON logs, every line with the request id; one access line per request."""

from __future__ import annotations

import logging
import time

from asgi_correlation_id import CorrelationIdFilter
from pythonjsonlogger.json import JsonFormatter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings

access_logger = logging.getLogger("passerelle.access")


def _drop_colour(record: logging.LogRecord) -> bool:
    # uvicorn attaches a copy of its message with terminal colour codes; logs get the plain one.
    record.__dict__.pop("color_message", None)
    return True


def configure_logging(settings: Settings) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(CorrelationIdFilter(name="request_id", default_value="-"))
    handler.addFilter(_drop_colour)
    if settings.log_json:
        handler.setFormatter(
            JsonFormatter(
                "%(asctime)s %(levelname)s %(name)s %(message)s %(correlation_id)s",
                rename_fields={"correlation_id": "request_id", "levelname": "level"},
            )
        )
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s [%(correlation_id)s] %(name)s %(message)s")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    # Our access line replaces uvicorn's, which has no request id.
    logging.getLogger("uvicorn.access").disabled = True


def route_template(scope: Scope) -> str:
    """The matched path template (`/api/v1/facilities/{facility_id}`), never the raw path."""
    context = scope.get("fastapi", {}).get("effective_route_context")
    template = getattr(context, "path_format", None) or getattr(scope.get("route"), "path", None)
    return template or "unmatched"


class AccessLogMiddleware:
    """Logs method, route template, status and duration; never query strings or bodies."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            access_logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": route_template(scope),
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
