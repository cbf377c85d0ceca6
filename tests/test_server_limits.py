"""The server's own bounds on request heads, slow clients and connections (app/server.py),
checked with raw sockets against a real ``passerelle serve`` process."""

from __future__ import annotations

import asyncio
import json
import select
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
import uvicorn

from app.config import Settings
from app.schemas.problem import Problem
from app.server import RequestLimits, http_protocol
from tests.databases import TemplateDatabase
from tests.live import live_server

# The limits do not depend on the database: one backend is enough.
pytestmark = [pytest.mark.e2e, pytest.mark.parametrize("template", ["sqlite"], indirect=True)]

MAX_HEADER_BYTES: int = Settings.model_fields["max_header_bytes"].default
HEADER_TIMEOUT = 0.5
BODY_TIMEOUT = 0.5
BODY_MIN_RATE = 1000
KEEP_ALIVE = 1.0
LIMIT_CONCURRENCY = 8
# Deadlines are checked from below exactly (less a little for timer granularity) and from
# above loosely: a loaded CI machine may answer late, never early.
EARLY = 0.05
SLACK = 2.0


@pytest.fixture(scope="module")
def port(template: TemplateDatabase, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    url = template.clone()
    env = {
        "PASSERELLE_MAX_HEADER_BYTES": str(MAX_HEADER_BYTES),
        "PASSERELLE_HEADER_TIMEOUT_SECONDS": str(HEADER_TIMEOUT),
        "PASSERELLE_BODY_TIMEOUT_SECONDS": str(BODY_TIMEOUT),
        "PASSERELLE_BODY_MIN_BYTES_PER_SECOND": str(BODY_MIN_RATE),
        "PASSERELLE_KEEP_ALIVE_TIMEOUT_SECONDS": str(int(KEEP_ALIVE)),
        "PASSERELLE_LIMIT_CONCURRENCY": str(LIMIT_CONCURRENCY),
    }
    log = tmp_path_factory.mktemp("limits") / "server.log"
    try:
        with live_server(url, log, env) as base_url:
            yield int(base_url.rsplit(":", 1)[1])
    finally:
        template.drop_clone(url)


def _connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=10)


def _get(path: str = "/health/live", *headers: bytes) -> bytes:
    lines = [f"GET {path} HTTP/1.1".encode(), b"Host: 127.0.0.1", *headers]
    return b"\r\n".join(lines) + b"\r\n\r\n"


def _read_response(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One response with a Content-Length; what follows it stays unread."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"closed before a whole response: {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {
        name.strip().lower(): value.strip()
        for name, _, value in (line.partition(":") for line in header_lines)
    }
    length = int(headers["content-length"])
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "closed in the middle of a body"
        body += chunk
    assert len(body) == length, "more bytes than one response"
    return int(status_line.split(" ")[1]), headers, body


def _closed(sock: socket.socket) -> bool:
    """Whether the server closed the connection, without sending anything more."""
    try:
        return sock.recv(65536) == b""
    except ConnectionResetError:
        return True


def _problem(headers: dict[str, str], body: bytes, code: str) -> Problem:
    assert headers["content-type"] == "application/problem+json"
    assert headers["connection"] == "close"
    problem = Problem.model_validate(json.loads(body))
    assert problem.code == code
    return problem


def _post_token_head(length: int) -> bytes:
    return (
        b"POST /api/v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: %d\r\n\r\n" % length
    )


def test_a_request_with_a_4_kib_header_is_answered(port: int) -> None:
    with _connect(port) as sock:
        sock.sendall(_get("/health/live", b"X-Padding: " + b"p" * 4096))
        status, _, body = _read_response(sock)
        assert (status, json.loads(body)["status"]) == (200, "ok")


def test_a_head_of_exactly_the_limit_passes_and_one_byte_more_is_refused(port: int) -> None:
    def head_of(size: int) -> bytes:
        bare = _get("/health/live", b"X-Padding: ")
        return _get("/health/live", b"X-Padding: " + b"p" * (size - len(bare)))

    assert len(head_of(MAX_HEADER_BYTES)) == MAX_HEADER_BYTES
    with _connect(port) as sock:
        sock.sendall(head_of(MAX_HEADER_BYTES))
        assert _read_response(sock)[0] == 200
    with _connect(port) as sock:
        sock.sendall(head_of(MAX_HEADER_BYTES + 1))
        status, headers, body = _read_response(sock)
        assert status == 431
        _problem(headers, body, "request_header_fields_too_large")
        assert _closed(sock)


def test_a_64_kib_header_is_refused_431_without_waiting_for_its_end(port: int) -> None:
    with _connect(port) as sock:
        # The head never ends: the server answers from what exceeds the limit.
        sock.sendall(b"GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"b" * 65536)
        status, headers, body = _read_response(sock)
        assert status == 431
        problem = _problem(headers, body, "request_header_fields_too_large")
        assert str(MAX_HEADER_BYTES) in (problem.detail or "")
        assert _closed(sock)


def test_a_head_is_counted_across_reads(port: int) -> None:
    """A header value sent a kilobyte at a time (that httptools would buffer whole until its
    end) is refused once the bytes received pass the limit."""
    sent = 0
    with _connect(port) as sock:
        sock.sendall(b"GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        while not select.select([sock], [], [], 0.005)[0]:
            assert sent < 4 * MAX_HEADER_BYTES, "no answer to an endless header"
            sock.sendall(b"s" * 1024)
            sent += 1024
        assert sent >= MAX_HEADER_BYTES - 1024
        status, headers, body = _read_response(sock)
        assert status == 431
        _problem(headers, body, "request_header_fields_too_large")
        assert _closed(sock)


def test_half_a_request_line_is_answered_408_at_the_deadline(port: int) -> None:
    started = time.monotonic()
    with _connect(port) as sock:
        sock.sendall(b"GET /health/li")
        status, headers, body = _read_response(sock)
        elapsed = time.monotonic() - started
        assert status == 408
        _problem(headers, body, "request_timeout")
        assert _closed(sock)
    assert HEADER_TIMEOUT - EARLY <= elapsed < HEADER_TIMEOUT + SLACK


def test_the_header_deadline_runs_from_the_first_byte_of_the_next_request(port: int) -> None:
    """On a kept-alive connection, idle time before the next request does not count."""
    with _connect(port) as sock:
        sock.sendall(_get())
        assert _read_response(sock)[0] == 200
        time.sleep(HEADER_TIMEOUT * 1.5)  # longer than the header deadline, within keep-alive
        started = time.monotonic()
        sock.sendall(b"GET /hea")
        status, _, _ = _read_response(sock)
        elapsed = time.monotonic() - started
        assert status == 408
        assert _closed(sock)
    assert HEADER_TIMEOUT - EARLY <= elapsed < HEADER_TIMEOUT + SLACK


def test_an_idle_keep_alive_connection_is_governed_by_timeout_keep_alive(port: int) -> None:
    with _connect(port) as sock:
        sock.sendall(_get())
        assert _read_response(sock)[0] == 200
        time.sleep(HEADER_TIMEOUT * 1.5)
        sock.sendall(_get())
        assert _read_response(sock)[0] == 200
        idle = time.monotonic()
        assert _closed(sock)  # no 408: an idle connection is just closed
        elapsed = time.monotonic() - idle
    assert KEEP_ALIVE - EARLY <= elapsed < KEEP_ALIVE + SLACK


def test_a_connection_answered_before_its_body_still_closes_when_idle(port: int) -> None:
    """A body refused by its headers alone (415) is answered before it is read; the rest of
    it arriving afterwards must not leave the connection with no deadline at all."""
    body = b'{"not": "a form"}'
    head = (
        b"POST /api/v1/facilities HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % len(body)
    )
    with _connect(port) as sock:
        sock.sendall(head)
        status, _headers, _body = _read_response(sock)
        assert status == 415
        sock.sendall(body)
        idle = time.monotonic()
        assert _closed(sock)
        elapsed = time.monotonic() - idle
    assert elapsed < KEEP_ALIVE + SLACK


def test_a_stalled_body_is_answered_408(port: int) -> None:
    started = time.monotonic()
    with _connect(port) as sock:
        sock.sendall(_post_token_head(100) + b"grant_type=")
        status, headers, body = _read_response(sock)
        elapsed = time.monotonic() - started
        assert status == 408
        _problem(headers, body, "request_timeout")
        assert _closed(sock)
    assert BODY_TIMEOUT - EARLY <= elapsed < BODY_TIMEOUT + SLACK


def test_a_trickled_body_is_answered_408(port: int) -> None:
    """A byte every 50 ms keeps any read timeout from firing; the rate does not pass."""
    started = time.monotonic()
    with _connect(port) as sock:
        sock.sendall(_post_token_head(1000))
        while not select.select([sock], [], [], 0.05)[0]:
            assert time.monotonic() - started < BODY_TIMEOUT + SLACK, "the trickle goes on"
            sock.sendall(b"a")
        status, _, _ = _read_response(sock)
        elapsed = time.monotonic() - started
        assert status == 408
        assert _closed(sock)
    assert elapsed >= BODY_TIMEOUT - EARLY


def test_a_body_sent_at_the_minimum_rate_may_take_longer_than_the_timeout(port: int) -> None:
    """Each second's worth of bytes at the minimum rate earns a second more."""
    body = b"grant_type=password&username=nobody&password=" + b"x" * 4000
    pieces = [body[offset : offset + 500] for offset in range(0, len(body), 500)]
    started = time.monotonic()
    with _connect(port) as sock:
        sock.sendall(_post_token_head(len(body)))
        for piece in pieces:  # about 5000 bytes a second (5 times the minimum), for 0.9 s
            sock.sendall(piece)
            time.sleep(0.1)
        assert time.monotonic() - started > BODY_TIMEOUT
        status, _, answer = _read_response(sock)
        # Within the server's limits: the application's own answer to an unknown user.
        assert (status, json.loads(answer)["code"]) == (400, "invalid_grant")


def test_connections_over_the_limit_get_503_until_the_header_deadline_frees_them(
    port: int,
) -> None:
    idle = [_connect(port) for _ in range(LIMIT_CONCURRENCY - 1)]
    try:
        with _connect(port) as sock:
            sock.sendall(_get())
            status, _, body = _read_response(sock)
            assert (status, body) == (503, b"Service Unavailable")
        # Connections that never send a byte are closed at the header deadline, silently.
        for sock in idle:
            assert _closed(sock)
        with _connect(port) as sock:
            sock.sendall(_get())
            assert _read_response(sock)[0] == 200
    finally:
        for sock in idle:
            sock.close()


async def _answers_posts_early_and_gets_slowly(
    scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]], send: Any
) -> None:
    """An app that answers a POST before reading its body (as a 415 does) and takes longer
    than the keep-alive timeout over a GET."""
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    if scope["method"] == "POST":
        await send({"type": "http.response.start", "status": 415, "headers": [LENGTH_0]})
        await send({"type": "http.response.body", "body": b""})
        return
    await asyncio.sleep(KEEP_ALIVE * 1.5)
    await send({"type": "http.response.start", "status": 200, "headers": [LENGTH_0]})
    await send({"type": "http.response.body", "body": b""})


LENGTH_0 = (b"content-length", b"0")


def test_a_request_pipelined_after_an_early_answer_is_not_cut_by_keep_alive(
    template: TemplateDatabase,
) -> None:
    """The rest of an early-answered body and the next request in one read: the keep-alive
    deadline armed for the first must not close the connection under the second. (Its own
    server, with a small app of its own: no database; ``template`` only as the module's
    tests all take it.)"""
    limits = RequestLimits(
        max_header_bytes=MAX_HEADER_BYTES,
        header_timeout_seconds=10,
        body_timeout_seconds=10,
        body_min_bytes_per_second=0,
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    config = uvicorn.Config(
        _answers_posts_early_and_gets_slowly,
        host="127.0.0.1",
        port=free_port,
        http=http_protocol(limits),
        timeout_keep_alive=int(KEEP_ALIVE),
        log_level="warning",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        body = b"x" * 10
        with _connect(free_port) as sock:
            sock.sendall(b"POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n")
            assert _read_response(sock)[0] == 415
            sock.sendall(body + b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
            assert _read_response(sock)[0] == 200
    finally:
        server.should_exit = True
        thread.join(10)
