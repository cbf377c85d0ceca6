"""Generate the clients from the committed contract, or check that they are current.

    python clients/openapi/generate.py            # rewrite both clients (make clients)
    python clients/openapi/generate.py --check    # exit 1 if either is out of date

The Python client (clients/openapi/python) comes from openapi-python-client, which needs
`ruff` on PATH (this script puts the interpreter's own bin folder first). The TypeScript
client's types (clients/openapi/typescript/src/schema.ts) come from openapi-typescript,
run with npm; without npm the TypeScript part is skipped, with a message.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTRACT = HERE / "openapi.json"
PYTHON = HERE / "python"
TYPESCRIPT = HERE / "typescript"
# Left by the generator's formatting hooks, by Python and by an editable install: not
# part of the client.
GENERATED_BY_TOOLS = ("__pycache__", ".ruff_cache", ".pdm-build")


def _environment() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": os.pathsep.join([bin_dir, os.environ.get("PATH", "")])}


def generate_python(output: Path) -> None:
    subprocess.run(
        [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(CONTRACT),
            "--config",
            str(HERE / "python-client.yaml"),
            "--custom-template-path",
            str(HERE / "python-templates"),
            "--meta",
            "pdm",
            "--output-path",
            str(output),
            "--overwrite",
            "--fail-on-warning",
        ],
        check=True,
        env=_environment(),
        capture_output=True,
        text=True,
    )


def _differences(expected: Path, actual: Path) -> list[str]:
    """Files that differ, or are in one tree only (caches left aside)."""
    found: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        for name in comparison.left_only + comparison.right_only:
            if name not in GENERATED_BY_TOOLS:
                found.append(prefix + name)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            if name not in GENERATED_BY_TOOLS:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(expected, actual), "")
    return sorted(found)


def npm() -> str | None:
    return shutil.which("npm")


def _npm(*args: str) -> subprocess.CompletedProcess[str]:
    command = npm()
    if command is None:
        raise SystemExit("npm not found")
    return subprocess.run(
        [command, *args], cwd=TYPESCRIPT, capture_output=True, text=True, check=False
    )


def install_typescript() -> None:
    """The generator and the compiler, as package-lock.json pins them."""
    if not (TYPESCRIPT / "node_modules").is_dir():
        done = _npm("ci", "--no-audit", "--no-fund")
        if done.returncode:
            raise SystemExit(f"npm ci failed:\n{done.stdout}{done.stderr}")


def stale_python() -> list[str]:
    """What differs between the committed Python client and a fresh one."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "python"
        generate_python(fresh)
        return _differences(fresh, PYTHON) if PYTHON.is_dir() else ["(missing)"]


def write_python() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "python"
        generate_python(fresh)
        shutil.rmtree(PYTHON, ignore_errors=True)
        shutil.copytree(fresh, PYTHON, ignore=shutil.ignore_patterns(*GENERATED_BY_TOOLS))


def typescript(*script: str) -> subprocess.CompletedProcess[str]:
    """``npm run <script…>`` in the TypeScript client, installed first if need be."""
    install_typescript()
    return _npm("run", *script)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    stale = []
    if args.check:
        differences = stale_python()
        if differences:
            stale.append(f"clients/openapi/python: {', '.join(differences[:10])}")
    else:
        write_python()
    if npm() is None:
        print("npm not found: the TypeScript client was not generated or checked")
    else:
        done = typescript("generate", "--", *(["--check"] if args.check else []))
        if done.returncode:
            if not args.check:
                raise SystemExit(f"openapi-typescript failed:\n{done.stdout}{done.stderr}")
            stale.append("clients/openapi/typescript/src/schema.ts")
    if stale:
        print("out of date with clients/openapi/openapi.json (run `make clients`):")
        print("\n".join(f"  {line}" for line in stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
