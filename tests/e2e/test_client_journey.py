"""End to end through the generated Python client (clients/openapi/python) against a live
uvicorn on PostgreSQL with the demonstration data: a registrar's tablet registers an
inmate created offline (its client id, the request replayed twice) and completes the
intake; a second tablet in the same prison pulls exactly those changes from the feed, a
tablet in another prison none of them; an analyst pulls statistics; a node script signs
in and lists inmates through the TypeScript client."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from passerelle_client import AuthenticatedClient, Client
from passerelle_client.api.auth import auth_token
from passerelle_client.api.custody import custody_intake_steps_put
from passerelle_client.api.facilities import facilities_list
from passerelle_client.api.inmates import inmates_create
from passerelle_client.api.statistics import statistics_population
from passerelle_client.api.sync import sync_changes
from passerelle_client.models import (
    BodyAuthToken,
    ChangeFeed,
    Dimension,
    FacilityPage,
    InmateCreate,
    InmatePublic,
    IntakeStepCode,
    IntakeStepPublic,
    IntakeStepWrite,
    PopulationMeasure,
    Sex,
    StatsTable,
    TokenResponse,
)
from passerelle_client.types import Response

from tests.conftest import BACKENDS
from tests.e2e.test_server import _cli, server  # noqa: F401 (the live server fixture)
from tests.resources import client_generator

pytestmark = pytest.mark.e2e


class Journey:
    """Signed-in clients, and the transcript of every call: operation and status."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.transcript: list[tuple[str, str, int]] = []

    def sign_in(self, username: str, password: str) -> AuthenticatedClient:
        with Client(base_url=self.base_url) as anonymous:
            grant = auth_token.sync_detailed(
                client=anonymous,
                body=BodyAuthToken(grant_type="password", username=username, password=password),
            )
        token = self.expect(username, "auth_token", grant, 200)
        assert isinstance(token, TokenResponse)
        return AuthenticatedClient(base_url=self.base_url, token=token.access_token)

    def expect(self, who: str, operation: str, response: Response[Any], status: int) -> Any:
        self.transcript.append((who, operation, int(response.status_code)))
        assert response.status_code == status, (operation, response.content[:500])
        return response.parsed

    def pull(
        self, who: str, client: AuthenticatedClient, since: str | None
    ) -> tuple[list[Any], str]:
        entries: list[Any] = []
        while True:
            feed = self.expect(
                who,
                "sync_changes",
                sync_changes.sync_detailed(client=client, limit=1000, since=since),
                200,
            )
            assert isinstance(feed, ChangeFeed)
            entries += feed.items
            since = feed.next_cursor
            if not feed.has_more:
                return entries, since


def test_a_day_at_intake_through_the_generated_client(
    server: str,  # noqa: F811
    fresh_url: str,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if backend == "sqlite" and "postgres" in BACKENDS:
        pytest.skip("run once per run, on PostgreSQL")
    monkeypatch.setenv("PASSERELLE_PASSWORD_HASH_TIME_COST", "1")
    monkeypatch.setenv("PASSERELLE_PASSWORD_HASH_MEMORY_KIB", "64")
    seeded = _cli(fresh_url, "seed-demo")
    assert seeded.returncode == 0, seeded.stderr
    journey = Journey(server)

    registrar = journey.sign_in("demo.registrar", "registrar-demo-passerelle")
    second_tablet = journey.sign_in("demo.registrar", "registrar-demo-passerelle")
    other_prison = journey.sign_in("demo.registrar.klk", "registrar-klk-demo-passerelle")
    analyst = journey.sign_in("demo.analyst", "analyst-demo-passerelle")
    _, cursor = journey.pull("second tablet", second_tablet, None)
    _, other_cursor = journey.pull("KLK tablet", other_prison, None)

    facilities = journey.expect(
        "registrar", "facilities_list", facilities_list.sync_detailed(client=registrar), 200
    )
    assert isinstance(facilities, FacilityPage)
    (mopti,) = [f.id for f in facilities.items if f.code == "MCA-BKO"]

    # Created offline: the tablet chose the id and the key; the request goes three times.
    offline_id, key = uuid.uuid4(), str(uuid.uuid4())
    body = InmateCreate(
        id=offline_id,
        facility_id=mopti,
        prison_number=f"MCA-T-{offline_id.hex[:6]}",
        family_name="Tablette",
        given_names="Exemple Fictif",
        sex=Sex.MALE,
        birth_year=1994,
        admission_date=date.today() - timedelta(days=1),
    )
    for attempt in range(3):
        created = journey.expect(
            "registrar",
            f"inmates_create (attempt {attempt + 1})",
            inmates_create.sync_detailed(client=registrar, body=body, idempotency_key=key),
            201,
        )
        assert isinstance(created, InmatePublic)
        assert (created.id, created.version) == (offline_id, 1)

    steps = list(IntakeStepCode)
    recorded = []
    for code in steps:
        step = journey.expect(
            "registrar",
            f"custody_intake_steps_put ({code.value})",
            custody_intake_steps_put.sync_detailed(
                offline_id,
                code,
                client=registrar,
                body=IntakeStepWrite(completed_at=datetime.now(UTC) - timedelta(hours=1)),
            ),
            201,
        )
        assert isinstance(step, IntakeStepPublic)
        recorded.append(str(step.id))

    # The second tablet gets the person and the seven steps, once each, in commit order.
    entries, _ = journey.pull("second tablet", second_tablet, cursor)
    assert [(e.type_.value, str(e.id), e.operation.value) for e in entries] == [
        ("inmates", str(offline_id), "upsert"),
        *[("intake", step_id, "upsert") for step_id in recorded],
    ]
    # A tablet of another prison sees none of it.
    elsewhere, _ = journey.pull("KLK tablet", other_prison, other_cursor)
    assert elsewhere == []

    table = journey.expect(
        "analyst",
        "statistics_population",
        statistics_population.sync_detailed(
            client=analyst, measure=PopulationMeasure.HELD, group_by=[Dimension.FACILITY]
        ),
        200,
    )
    assert isinstance(table, StatsTable)
    assert {cell["facility"] for cell in table.to_dict()["cells"]} >= {"MCA-BKO"}

    _typescript_sign_in_and_list(journey)
    for who, operation, status in journey.transcript:
        print(f"{who:>14}  {operation:<48} {status}")


def _typescript_sign_in_and_list(journey: Journey) -> None:
    """The TypeScript client's example script (clients/openapi/typescript/examples): a
    sign-in and a page of inmates, with node, where npm is installed."""
    generator = client_generator()
    if generator.npm() is None:
        print("npm is not installed: the TypeScript client's script was not run")
        return
    built = generator.typescript("build")
    assert built.returncode == 0, built.stdout + built.stderr
    run = subprocess.run(
        [shutil.which("node") or "node", "dist/examples/list-inmates.js"],
        cwd=generator.TYPESCRIPT,
        env={
            **os.environ,
            "PASSERELLE_URL": journey.base_url,
            "PASSERELLE_USERNAME": "demo.registrar",
            "PASSERELLE_PASSWORD": "registrar-demo-passerelle",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    answer = json.loads(run.stdout.strip().splitlines()[-1])
    journey.transcript.append(("node script", "auth_token, inmates_list", answer["status"]))
    assert answer == {"status": 200, "count": 5}
