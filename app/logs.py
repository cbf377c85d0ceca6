"""Structured JSON logs, every line with the request id; one access line per request,
also counted in the metrics."""

from __future__ import annotations

import logging
import time

from asgi_correlation_id import CorrelationIdFilter
from pythonjsonlogger.json import JsonFormatter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings
from app.metrics import Metrics

access_logger = logging.getLogger("passerelle.access")
# The key of the request state where the verified caller's principal id is left.
PRINCIPAL = "principal"


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
    """Logs method, route template, status, duration and the caller's principal id (a user's
    or client's id, set when the token is verified); never query strings, bodies, tokens or
    names. Each request is counted in the metrics too."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

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
            seconds = time.perf_counter() - started
            route = route_template(scope)
            access_logger.info(
                "request",
                extra={
                    "method": scope["method"],
                    "route": route,
                    "status": status,
                    "duration_ms": round(seconds * 1000, 2),
                    "principal": scope.get("state", {}).get(PRINCIPAL, "-"),
                },
            )
            self.metrics.observe_request(scope["method"], route, status, seconds)
