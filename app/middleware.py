"""ASGI guard that runs before any route: the request body's size and media type."""

from __future__ import annotations

import re

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import problem_response

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def _is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


class RequestBodyGuard:
    """Refuse, before anything parses it, a body over ``max_body_bytes`` (413) or not JSON (415).

    A declared Content-Length over the limit is refused without reading a byte; a streamed
    body is counted as it arrives and cut off at the limit. Paths in ``form_paths`` (the
    OAuth2 token endpoint) take form bodies instead of JSON.
    """

    def __init__(
        self,
        app: ASGIApp,
        max_body_bytes: int,
        form_paths: frozenset[str] = frozenset(),
        batch_paths: re.Pattern[str] | None = None,
        max_batch_body_bytes: int = 0,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.form_paths = form_paths
        self.batch_paths = batch_paths
        self.max_batch_body_bytes = max_batch_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        limit = self.max_body_bytes
        if self.batch_paths is not None and self.batch_paths.match(scope["path"]):
            limit = max(limit, self.max_batch_body_bytes)
        declared = headers.get("content-length")
        has_body = (declared not in (None, "0")) or "transfer-encoding" in headers
        refusal: tuple[int, str, str] | None = None
        if declared is not None and declared.isdigit() and int(declared) > limit:
            refusal = (413, "content_too_large", f"The body exceeds {limit} bytes.")
        elif (
            has_body
            and scope["path"] not in self.form_paths
            and not _is_json(headers.get("content-type", ""))
        ):
            refusal = (415, "unsupported_media_type", "Send the body as application/json.")
        if refusal is not None:
            status, code, detail = refusal
            response = problem_response(
                status=status,
                code=code,
                accept_language=headers.get("accept-language"),
                instance=scope["path"],
                detail=detail,
            )
            await response(scope, receive, send)
            return

        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    # Raised inside the route while it reads the body; rendered as a problem.
                    raise HTTPException(413, f"The body exceeds {limit} bytes.")
            return message

        await self.app(scope, counting_receive, send)


class SecurityHeaders:
    """Headers every answer carries. API answers are never cached, never framed, never
    sniffed; HSTS is sent when the request came over HTTPS (directly or via the proxy)."""

    _COMMON = (
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (b"cross-origin-opener-policy", b"same-origin"),
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_docs = scope["path"].startswith("/docs")
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.extend(self._COMMON)
                if b"cache-control" not in present and not is_docs:
                    headers.append((b"cache-control", b"no-store"))
                if b"content-security-policy" not in present:
                    headers.append(
                        (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")
                    )
                if https:
                    headers.append(
                        (b"strict-transport-security", b"max-age=63072000; includeSubDomains")
                    )
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
