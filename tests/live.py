"""A real uvicorn process of the service on a free local port, for end-to-end and chaos
tests: started with ``passerelle serve``, ready when ``/health/ready`` answers 200, stopped
with SIGTERM (a clean shutdown is checked)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def live_server(
    database_url: str, log_path: Path, env: Mapping[str, str] | None = None
) -> Iterator[str]:
    """The base URL of a server on ``database_url``; its log is written to ``log_path``."""
    port = free_port()
    environment = {
        **os.environ,
        "PASSERELLE_DATABASE_URL": database_url,
        "PASSERELLE_AUDIT_SEAL_INTERVAL_SECONDS": "0.2",
        **(env or {}),
    }
    # The log goes to a file: a pipe nobody reads until the end fills up under many
    # requests, and the server then blocks on its next log line.
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(port)],
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base_url}/health/ready", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        process.kill()
        process.wait()
        pytest.fail(f"server did not become ready:\n{log_path.read_text()}")
    try:
        yield base_url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            pytest.fail("server did not stop on SIGTERM")
    output = log_path.read_text()
    # uvicorn shuts down cleanly, then re-raises SIGTERM so the exit status tells why.
    assert process.returncode in (0, -signal.SIGTERM), output
    assert "Application shutdown complete" in output
    assert "Traceback" not in output, output
