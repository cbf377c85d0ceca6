"""Every API operation called with every role, no token and an expired token."""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path

import httpx
from fastapi import FastAPI
from jose import jwt
from sqlmodel.ext.asyncio.session import AsyncSession

from app import authz_matrix
from app.config import Settings
from app.security import DEFAULT_ROLES
from app.services.keys import load_keyring
from tests.factories import Identities
from tests.resources import assert_problem

ROLES_DOC = Path(__file__).resolve().parents[2] / "docs" / "roles.md"


def _request_for(op: authz_matrix.Operation) -> tuple[str, dict[str, object]]:
    url = re.sub(r"\{[^}]+\}", str(uuid.uuid4()), op.path)
    kwargs: dict[str, object] = {"headers": {"If-Match": '"1"'}}
    if op.method in {"POST", "PUT", "PATCH"}:
        kwargs["json"] = {}
    return url, kwargs


async def test_every_operation_answers_as_the_matrix_says(
    app: FastAPI,
    anonymous: httpx.AsyncClient,
    identities: Identities,
    session: AsyncSession,
    settings: Settings,
) -> None:
    tokens = {}
    for role in DEFAULT_ROLES:
        national = role.code in {"admin", "analyst", "auditor"}
        user = await identities.user(
            (role.code,),
            () if national else ("MCA-BKO",),
            all_facilities=national,
            organisation="ICCT" if role.organisation_scoped else None,
        )
        tokens[role.code] = (await identities.login(user))["access_token"]
    claims = jwt.get_unverified_claims(tokens["admin"])
    keyring = await load_keyring(session, settings)
    expired = keyring.sign({**claims, "iat": int(time.time()) - 3600, "exp": int(time.time()) - 60})

    checked = 0
    for op in authz_matrix.operations(app):
        if op.scopes is None:
            continue
        url, kwargs = _request_for(op)
        headers = dict(kwargs.pop("headers"))  # type: ignore[call-overload]
        for label, token in (("no token", None), ("expired token", expired)):
            auth = {"Authorization": f"Bearer {token}"} if token else {}
            response = await anonymous.request(
                op.method, url, headers={**headers, **auth}, **kwargs
            )  # type: ignore[arg-type]
            assert response.status_code == 401, (label, op.method, op.path, response.text)
        for role in DEFAULT_ROLES:
            response = await anonymous.request(
                op.method,
                url,
                headers={**headers, "Authorization": f"Bearer {tokens[role.code]}"},
                **kwargs,  # type: ignore[arg-type]
            )
            if op.allows(role):
                assert response.status_code not in (401, 403), (
                    role.code,
                    op.method,
                    op.path,
                    response.text,
                )
            else:
                assert_problem(response, 403, "insufficient_scope")
            checked += 1
    assert checked >= len(DEFAULT_ROLES) * 25


async def test_other_facility_and_organisation_are_404(
    anonymous: httpx.AsyncClient, identities: Identities
) -> None:
    bamako = await identities.facility("MCA-BKO")
    other_org = await identities.organisation("UNICRI")
    klk_registrar = await identities.headers_for("registrar", facilities=("KLK",))
    icct_partner = await identities.headers_for("partner", organisation="ICCT")
    assert_problem(
        await anonymous.get(f"/api/v1/facilities/{bamako.id}", headers=klk_registrar),
        404,
        "not_found",
    )
    assert_problem(
        await anonymous.get(f"/api/v1/organisations/{other_org.id}", headers=icct_partner),
        404,
        "not_found",
    )


def test_roles_doc_is_rendered_from_the_code(app: FastAPI) -> None:
    assert ROLES_DOC.read_text(encoding="utf-8") == authz_matrix.render(app), (
        "docs/roles.md is stale: run `passerelle docs roles --write docs/roles.md`"
    )
