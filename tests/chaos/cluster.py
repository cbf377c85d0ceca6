"""A throwaway PostgreSQL cluster for chaos checks: initialised in a temporary folder,
served on a free port, stopped and started again at will. Never the shared server on
5432, which other tests use at the same time."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.live import free_port

# Debian's layout: /usr/lib/postgresql/<major>/bin.
BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name))


def _as_owner(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, its commands run as ``postgres``."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Cluster:
    """One PostgreSQL server of our own; ``url(db)`` names a database in it."""

    def __init__(self) -> None:
        if not BINARIES or not (BINARIES[-1] / "initdb").exists():
            pytest.skip("PostgreSQL's server binaries (/usr/lib/postgresql/*/bin) are absent")
        if os.geteuid() == 0 and shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: PostgreSQL cannot be started")
        self.bin = BINARIES[-1]
        # Directly under the temporary directory: pytest's own folders are closed to the
        # postgres user.
        folder = Path(tempfile.mkdtemp(prefix="passerelle-chaos-"))
        self.folder = folder
        self.data = folder / "data"
        self.log = folder / "postgres.log"
        self.port = free_port()
        try:
            if os.geteuid() == 0:
                shutil.chown(folder, "postgres", "postgres")
            self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            _as_owner([str(self.bin / tool), *args]),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, f"{tool}: {done.stdout}{done.stderr}"
        return done

    def start(self) -> float:
        """Start the server and wait until it accepts connections; the time it took."""
        began = time.monotonic()
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=on"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        return time.monotonic() - began

    def stop(self, mode: str = "immediate") -> None:
        """Stop it: ``immediate`` is a crash (no checkpoint, recovery at the next start)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def remove(self) -> None:
        """Stop the server if it runs, and delete the cluster's folder."""
        subprocess.run(
            _as_owner([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)

    def _psql(self, database: str, sql: str) -> list[str]:
        psql = self.bin / "psql" if (self.bin / "psql").exists() else shutil.which("psql")
        return [
            str(psql),
            *("-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database),
            *("-v", "ON_ERROR_STOP=1", "-At", "-c", sql),
        ]

    def psql(self, database: str, sql: str) -> str:
        done = subprocess.run(
            self._psql(database, sql), capture_output=True, text=True, timeout=60, check=False
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def psql_session(self, database: str, sql: str) -> subprocess.Popen[str]:
        """``sql`` in a session of its own, running in the background."""
        return subprocess.Popen(
            self._psql(database, sql),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def create_database(self, name: str) -> str:
        self.psql("postgres", f'CREATE DATABASE "{name}"')
        return self.url(name)

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"
