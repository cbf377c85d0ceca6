"""uvicorn's httptools protocol with bounds on how much and how slowly a client may send.

httptools reads request headers of any size and uvicorn sets no deadline on receiving a
request: a client that sends half a request line, or trickles a body, holds its connection
(and a place under ``limit_concurrency``) for as long as it likes. This protocol adds:

- a size limit on the request head (request line and headers, counted in bytes as they
  arrive): beyond it, ``431`` and the connection is closed, the rest is never read;
- a deadline for the head, from the connection being accepted or, on a kept-alive
  connection, from the first byte of the next request until its headers are complete:
  past it, ``408`` and the connection is closed (a new connection that sent nothing is
  closed without an answer; between requests ``timeout_keep_alive`` still applies);
- a deadline for the body, from the end of the headers, extended by one second for every
  ``body_min_bytes_per_second`` bytes received, so that a large upload over a slow link
  finishes and a trickle does not: past it, ``408`` and the connection is closed. Time
  during which the server itself is not reading (the application has not asked for the
  body yet, or has fallen behind it) does not count.

Everything else, parsing included, is uvicorn's ``HttpToolsProtocol``.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
from uvicorn.server import ServerState

from app.i18n import Language, problem_title

# Nothing heavier than uvicorn itself at import time: with `--workers N`, each worker imports
# this module while unpickling its configuration, before it starts answering uvicorn's
# health checks.
if TYPE_CHECKING:
    from app.config import Settings

logger = logging.getLogger("passerelle.server")


@dataclass(frozen=True)
class RequestLimits:
    """How large a request head may be and how long a client may take to send a request."""

    max_header_bytes: int
    header_timeout_seconds: float
    body_timeout_seconds: float
    body_min_bytes_per_second: int

    @classmethod
    def from_settings(cls, settings: Settings) -> RequestLimits:
        return cls(
            max_header_bytes=settings.max_header_bytes,
            header_timeout_seconds=settings.header_timeout_seconds,
            body_timeout_seconds=settings.body_timeout_seconds,
            body_min_bytes_per_second=settings.body_min_bytes_per_second,
        )


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """``HttpToolsProtocol`` with a size limit and a deadline on the request head, and a
    deadline on the body (see the module's documentation)."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
        *,
        limits: RequestLimits | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        if limits is None:
            # Named by a string (`http="app.server:BoundedHttpToolsProtocol"`): the settings.
            from app.config import get_settings

            limits = RequestLimits.from_settings(get_settings())
        self.limits = limits
        # The head: from the end of the previous message (or the connection's start) until
        # the headers are complete. Bytes are counted from the first read of it.
        self._reading_head = True
        self._head_started = False
        self._head_bytes = 0
        self._heads_completed = 0
        self._head_timer: asyncio.TimerHandle | None = None
        # The body: from the end of the headers until the message is complete.
        self._body_bytes = 0
        self._body_deadline = 0.0
        self._body_timer: asyncio.TimerHandle | None = None

    # Connection

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._head_timer = self.loop.call_later(
            self.limits.header_timeout_seconds, self._head_timed_out
        )

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        self._cancel_body_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        # Bytes read while a head is incomplete are counted against the limit; the loop ends
        # with the read handed over whole, or goes on with what follows a head that ended
        # within it (`else`: the read, or its rest, belongs to a body).
        while self._reading_head:
            self._head_started = True
            room = self.limits.max_header_bytes - self._head_bytes
            if len(data) <= room:
                self._head_bytes += len(data)
                super().data_received(data)
                break
            # Give the parser only what the limit leaves; if the head is still not complete
            # it is too large, and the rest is never read.
            completed = self._heads_completed
            self._head_bytes += room
            super().data_received(data[:room])
            if self.transport.is_closing() or self.transport.get_protocol() is not self:
                return
            if self._heads_completed == completed:
                self._head_too_large()
                return
            # The head ended within what was read: the rest is its body, or the next request
            # of a pipelining client (whose bytes in this read are not counted: at most one
            # read more than the limit).
            data = data[room:]
        else:
            self._body_bytes += len(data)
            super().data_received(data)
        if self.transport.is_closing():
            return
        if self._reading_head:
            if self._head_started and self._head_timer is None:
                self._head_timer = self.loop.call_later(
                    self.limits.header_timeout_seconds, self._head_timed_out
                )
        elif self._body_timer is None and self.transport.get_protocol() is self:
            # The body did not come with the headers: its deadline starts now.
            self._body_bytes = 0
            self._body_deadline = self.loop.time() + self.limits.body_timeout_seconds
            self._body_timer = self.loop.call_at(self._body_deadline, self._body_timed_out)

    # Parser callbacks

    def on_message_begin(self) -> None:
        # Also called when a pipelined request begins in the read that ended the last one,
        # after ``on_message_complete`` may have armed the keep-alive timer: a request has
        # begun, and the connection is no longer idle.
        self._head_started = True
        self._unset_keepalive_if_required()
        super().on_message_begin()

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._heads_completed += 1
        self._cancel_head_timer()
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._cancel_body_timer()
        self._reading_head = True
        self._head_started = False
        self._head_bytes = 0
        super().on_message_complete()
        cycle = self.cycle
        if (
            cycle is not None
            and cycle.response_complete
            and not self.pipeline
            and self.timeout_keep_alive_task is None
            and not self.transport.is_closing()
        ):
            # Answered before its body was read (a 413, a 415): the rest of the body just
            # arrived and cancelled the keep-alive timer, which uvicorn arms only when an
            # answer completes. Without it the connection would wait, with no deadline, for
            # a next request that may never come.
            self.timeout_keep_alive_task = self.loop.call_later(
                self.timeout_keep_alive, self.timeout_keep_alive_handler
            )

    # Limits

    def _head_too_large(self) -> None:
        limit = self.limits.max_header_bytes
        logger.warning("request head over %d bytes refused", limit)
        self._refuse(
            431,
            "request_header_fields_too_large",
            f"The request line and headers exceed {limit} bytes.",
        )

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport.is_closing() or not self._reading_head:
            return
        if not self._head_started:
            # A connection that never sent a byte: closed like an idle keep-alive one.
            self.transport.close()
            return
        if self.cycle is not None and not self.cycle.response_complete:
            # The next request began while the last one is still being answered (a
            # pipelining client): close the connection once that answer is sent.
            self.cycle.keep_alive = False
            return
        seconds = self.limits.header_timeout_seconds
        logger.warning("request head not received within %g s", seconds)
        self._refuse(
            408,
            "request_timeout",
            f"The request line and headers were not received within {seconds:g} seconds.",
        )

    def _body_timed_out(self) -> None:
        self._body_timer = None
        cycle = self.cycle
        if self.transport.is_closing() or self._reading_head or cycle is None:
            return
        if cycle.response_started:
            # Answered already without reading the whole body: nothing is waiting for it.
            if cycle.response_complete:
                self.transport.close()
            else:
                cycle.keep_alive = False
            return
        now = self.loop.time()
        if self.flow.read_paused or cycle.waiting_for_100_continue:
            # The server is not reading the body (the application has not asked for it yet,
            # or has not kept up with it): the client is not the one late.
            self._body_deadline = now + self.limits.body_timeout_seconds
            self._body_bytes = 0
        elif self.limits.body_min_bytes_per_second > 0:
            # Every second's worth of bytes at the minimum rate earns one more second.
            self._body_deadline += self._body_bytes / self.limits.body_min_bytes_per_second
            self._body_bytes = 0
        if self._body_deadline > now:
            self._body_timer = self.loop.call_at(self._body_deadline, self._body_timed_out)
            return
        logger.warning("request body not received in time")
        self._refuse(408, "request_timeout", "The request body came too slowly.")
        # The application, waiting for the rest of the body, sees the client disconnect.
        cycle.disconnected = True
        cycle.message_event.set()

    def _refuse(self, status: int, code: str, detail: str) -> None:
        """Answer with a problem document and close the connection; only close it when an
        answer to an earlier request is still due (a pipelining client's head)."""
        cycle = self.cycle
        if self.pipeline:
            # An earlier request of a pipelining client is still to be answered: an answer
            # written now would cut into it. The connection goes, unanswered.
            self.transport.close()
            return
        if cycle is None or cycle.response_complete or not self._reading_head:
            # A problem document (app.schemas.problem.Problem), as the application's errors.
            problem = {
                "type": f"urn:passerelle:problem:{code}",
                # In English: the head that would say otherwise is what was refused.
                "title": problem_title(code, Language.en),
                "status": status,
                "detail": detail,
                "code": code,
            }
            body = json.dumps(problem, separators=(",", ":")).encode()
            content = [STATUS_LINE[status]]
            for name, value in self.server_state.default_headers:
                content.extend([name, b": ", value, b"\r\n"])
            content.extend(
                [
                    b"content-type: application/problem+json\r\n",
                    b"content-length: " + str(len(body)).encode() + b"\r\n",
                    b"connection: close\r\n\r\n",
                    body,
                ]
            )
            self.transport.write(b"".join(content))
        self.transport.close()

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _cancel_body_timer(self) -> None:
        if self._body_timer is not None:
            self._body_timer.cancel()
            self._body_timer = None


def http_protocol(limits: RequestLimits) -> type[asyncio.Protocol]:
    """The ``http=`` argument of ``uvicorn.run``: the bounded protocol with these limits.

    A partial rather than a subclass with class attributes: uvicorn pickles its
    configuration into each worker process it spawns (``--workers N``), and a partial
    carries the limits along, where class attributes set here would be lost.
    """
    # uvicorn only ever calls it (and looks for an optional ``alpn_protocols`` attribute).
    return cast(type[asyncio.Protocol], functools.partial(BoundedHttpToolsProtocol, limits=limits))
