"""Instruments: draft versions are edited, published versions are frozen forever."""

from __future__ import annotations

from typing import Any

import httpx
from sqlmodel.ext.asyncio.session import AsyncSession

from app.services.demo_instrument import seed_demo_instrument
from tests.factories import Identities
from tests.resources import assert_problem

INSTRUMENTS = "/api/v1/instruments"


def content(**overrides: Any) -> dict[str, Any]:
    return {
        "domains": [{"code": "beliefs", "label_en": "Beliefs", "label_fr": "Croyances"}],
        "items": [
            {
                "code": "grievance",
                "domain": "beliefs",
                "label_en": "Grievance",
                "label_fr": "Grief",
                "kind": "risk",
                "scale": ["low", "moderate", "high"],
            },
            {
                "code": "family",
                "domain": "beliefs",
                "label_en": "Family",
                "label_fr": "Famille",
                "kind": "protective",
                "scale": ["absent", "partially_present", "present"],
                "required": False,
            },
        ],
        **overrides,
    }


async def test_draft_edit_publish_then_frozen(client: httpx.AsyncClient) -> None:
    created = await client.post(INSTRUMENTS, json={"code": "TEST-SPJ", "name": "Test SPJ"})
    assert created.status_code == 201, created.text
    base = f"{INSTRUMENTS}/{created.json()['id']}"
    draft = await client.post(f"{base}/versions", json=content())
    assert draft.status_code == 201, draft.text
    assert (draft.json()["number"], draft.json()["status"]) == (1, "draft")
    edited = await client.put(
        f"{base}/versions/1",
        json=content(
            domains=[
                {"code": "beliefs", "label_en": "Beliefs and attitudes", "label_fr": "Croyances"}
            ]
        ),
        headers={"If-Match": draft.headers["etag"]},
    )
    assert edited.status_code == 200, edited.text
    published = await client.post(f"{base}/versions/1/publish")
    assert published.json()["status"] == "published"
    assert published.json()["published_at"]
    frozen = await client.put(
        f"{base}/versions/1", json=content(), headers={"If-Match": published.headers["etag"]}
    )
    assert_problem(frozen, 409, "version_published")
    assert_problem(await client.post(f"{base}/versions/1/publish"), 409, "version_published")
    second = await client.post(f"{base}/versions", json=content())
    assert second.json()["number"] == 2
    listed = (await client.get(base)).json()
    assert [(v["number"], v["status"]) for v in listed["versions"]] == [
        (1, "published"),
        (2, "draft"),
    ]


async def test_inconsistent_content_is_refused(client: httpx.AsyncClient) -> None:
    created = await client.post(INSTRUMENTS, json={"code": "BAD-SPJ", "name": "Bad"})
    base = f"{INSTRUMENTS}/{created.json()['id']}"
    bad_domain = content()
    bad_domain["items"][0]["domain"] = "nowhere"
    for body in (
        bad_domain,
        content(items=[]),
        content(items=[content()["items"][0], content()["items"][0]]),
    ):
        assert_problem(await client.post(f"{base}/versions", json=body), 422, "validation_failed")
    repeated_scale = content()
    repeated_scale["items"][0]["scale"] = ["low", "low"]
    assert_problem(
        await client.post(f"{base}/versions", json=repeated_scale), 422, "validation_failed"
    )


async def test_staff_read_instruments_only_admins_write(
    anonymous: httpx.AsyncClient, identities: Identities, session: AsyncSession
) -> None:
    assert await seed_demo_instrument(session) is True
    assert await seed_demo_instrument(session) is False
    assessor = await identities.headers_for("assessor", facilities=("MCA-BKO",))
    listed = (await anonymous.get(INSTRUMENTS, headers=assessor)).json()["items"]
    demo = next(item for item in listed if item["code"] == "DEMO-SPJ")
    assert "not a validated" in demo["description"]
    version = (
        await anonymous.get(f"{INSTRUMENTS}/{demo['id']}/versions/1", headers=assessor)
    ).json()
    assert len(version["domains"]) == 5
    assert version["status"] == "published"
    refused = await anonymous.post(INSTRUMENTS, json={"code": "X-1", "name": "X"}, headers=assessor)
    assert_problem(refused, 403, "insufficient_scope")
