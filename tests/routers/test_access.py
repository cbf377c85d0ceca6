"""Object-level access, throttling, partner clients under agreements, devices, admin of users."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest
from sqlmodel.ext.asyncio.session import AsyncSession

from app.config import Settings
from app.services.throttling import RedisFailureStore, create_throttle
from tests.factories import PASSWORD, Identities
from tests.resources import assert_problem

TOKEN = "/api/v1/auth/token"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_staff_see_only_their_facilities(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    bamako = await identities.facility("MCA-BKO")
    koulikoro = await identities.facility("KLK")
    headers = await identities.headers_for("registrar", facilities=("KLK",))
    listed = (await anonymous.get("/api/v1/facilities", headers=headers)).json()["items"]
    assert [item["code"] for item in listed] == ["KLK"]
    assert (
        await anonymous.get(f"/api/v1/facilities/{koulikoro.id}", headers=headers)
    ).status_code == 200
    hidden = await anonymous.get(f"/api/v1/facilities/{bamako.id}", headers=headers)
    assert_problem(hidden, 404, "not_found")


async def test_national_staff_see_every_facility(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    await identities.facility("MCA-BKO")
    await identities.facility("KLK")
    headers = await identities.headers_for("admin", facilities=(), all_facilities=True)
    listed = (await anonymous.get("/api/v1/facilities", headers=headers)).json()["items"]
    assert {"MCA-BKO", "KLK"} <= {item["code"] for item in listed}


async def test_partner_sees_only_its_organisation(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    mine = await identities.organisation("ICCT")
    other = await identities.organisation("UNICRI")
    headers = await identities.headers_for("partner", organisation="ICCT")
    listed = (await anonymous.get("/api/v1/organisations", headers=headers)).json()["items"]
    assert [item["code"] for item in listed] == ["ICCT"]
    assert (
        await anonymous.get(f"/api/v1/organisations/{mine.id}", headers=headers)
    ).status_code == 200
    assert_problem(
        await anonymous.get(f"/api/v1/organisations/{other.id}", headers=headers), 404, "not_found"
    )


async def test_failed_sign_ins_lock_the_account(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    user = await identities.user(("registrar",), ("MCA-BKO",))
    wrong = {"grant_type": "password", "username": user.username, "password": "wrong guess 123"}
    for _ in range(5):
        assert (await anonymous.post(TOKEN, data=wrong)).status_code == 400
    locked = await anonymous.post(TOKEN, data={**wrong, "password": PASSWORD})
    assert_problem(locked, 429, "too_many_requests")
    assert 1 <= int(locked.headers["retry-after"]) <= 900
    # Another account from the same address is not locked by this one.
    other = await identities.user(("registrar",), ("MCA-BKO",))
    assert (await identities.login(other))["access_token"]


async def test_failed_sign_ins_from_one_address_are_limited(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    for n in range(30):
        await anonymous.post(
            TOKEN, data={"grant_type": "password", "username": f"guess{n}", "password": "x" * 12}
        )
    user = await identities.user(("registrar",), ("MCA-BKO",))
    response = await anonymous.post(
        TOKEN, data={"grant_type": "password", "username": user.username, "password": PASSWORD}
    )
    assert_problem(response, 429, "too_many_requests")


async def test_redis_store_counts_and_clears(settings: Settings, session: AsyncSession) -> None:
    import redis.asyncio

    probe = redis.asyncio.Redis.from_url("redis://127.0.0.1:6379/15")
    try:
        await probe.ping()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    finally:
        await probe.aclose()
    throttle = create_throttle(
        settings.model_copy(update={"redis_url": "redis://127.0.0.1:6379/15"})
    )
    assert isinstance(throttle.store, RedisFailureStore)
    name = f"redis-test-{id(throttle)}"
    for _ in range(5):
        await throttle.failed(session, name, "10.9.9.9")
    with pytest.raises(Exception, match="Too many"):
        await throttle.check(session, name, "10.9.9.8")
    await throttle.succeeded(session, name)
    await throttle.check(session, name, "10.9.9.8")
    await throttle.store.clear(session, "address:10.9.9.9")
    await throttle.store.close()


async def test_partner_client_needs_an_agreement_in_force(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    client = await identities.client("ICCT", ["training:read", "attendance:sync", "reference:read"])
    form = {
        "grant_type": "client_credentials",
        "client_id": client.client_id,
        "client_secret": PASSWORD,
    }
    assert_problem(await anonymous.post(TOKEN, data=form), 401, "invalid_client")
    await identities.agreement("ICCT", ["training:read", "reference:read"], ("MCA-BKO",))
    granted = await anonymous.post(TOKEN, data=form)
    assert granted.status_code == 200, granted.text
    # What the client may have, narrowed by what the agreement covers.
    assert set(granted.json()["scope"].split()) == {"training:read", "reference:read"}
    assert "refresh_token" not in granted.json()
    me = (
        await anonymous.get("/api/v1/auth/me", headers=bearer(granted.json()["access_token"]))
    ).json()
    assert me["agreement_id"]
    assert me["organisation_scoped"] is True
    assert me["facility_ids"] == [str((await identities.facility("MCA-BKO")).id)]
    beyond = await anonymous.post(TOKEN, data={**form, "scope": "attendance:sync"})
    assert_problem(beyond, 400, "invalid_scope")


async def test_expired_agreement_gives_no_token(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    client = await identities.client("ICCT", ["training:read"])
    await identities.agreement(
        "ICCT",
        ["training:read"],
        valid_from=date.today() - timedelta(days=60),
        valid_until=date.today() - timedelta(days=1),
    )
    response = await anonymous.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": client.client_id,
            "client_secret": PASSWORD,
        },
    )
    assert_problem(response, 401, "invalid_client")


async def test_suspending_the_agreement_stops_the_partner_at_once(
    identities: Identities, anonymous: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    partner = await identities.client("ICCT", ["reference:read"])
    agreement = await identities.agreement("ICCT", ["reference:read"], ("MCA-BKO",))
    token = await identities.client_token(partner)
    assert (await anonymous.get("/api/v1/facilities", headers=bearer(token))).status_code == 200
    suspended = await client.patch(
        f"/api/v1/data-sharing-agreements/{agreement.id}",
        json={"status": "suspended"},
        headers={"If-Match": '"1"'},
    )
    assert suspended.status_code == 200, suspended.text
    assert_problem(
        await anonymous.get("/api/v1/facilities", headers=bearer(token)), 401, "unauthenticated"
    )


async def test_partner_requests_are_audited_with_the_agreement(
    identities: Identities, anonymous: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    partner = await identities.client("ICCT", ["reference:read"])
    agreement = await identities.agreement("ICCT", ["reference:read"], ("MCA-BKO",))
    token = await identities.client_token(partner)
    await anonymous.get("/api/v1/facilities", headers=bearer(token))
    auditor = await identities.headers_for("auditor", facilities=(), all_facilities=True)
    events = (
        await anonymous.get(
            "/api/v1/audit-events", params={"action": "partner.request"}, headers=auditor
        )
    ).json()["items"]
    assert events
    assert events[-1]["detail"]["agreement_id"] == str(agreement.id)
    assert events[-1]["actor"] == f"client:{partner.id}"


async def test_client_address_allow_list_and_deactivation(
    identities: Identities, anonymous: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    await identities.agreement("ICCT", ["reference:read"], ("MCA-BKO",))
    fenced = await identities.client("ICCT", ["reference:read"], allowed_addresses=["10.1.0.0/16"])
    refused = await anonymous.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": fenced.client_id,
            "client_secret": PASSWORD,
        },
    )
    assert_problem(refused, 401, "invalid_client")
    open_client = await identities.client("ICCT", ["reference:read"])
    token = await identities.client_token(open_client)
    await client.patch(
        f"/api/v1/clients/{open_client.id}", json={"active": False}, headers={"If-Match": '"1"'}
    )
    assert_problem(
        await anonymous.get("/api/v1/facilities", headers=bearer(token)), 401, "unauthenticated"
    )


async def test_http_basic_client_authentication(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    await identities.agreement("ICCT", ["reference:read"], ("MCA-BKO",))
    partner = await identities.client("ICCT", ["reference:read"])
    response = await anonymous.post(
        TOKEN, data={"grant_type": "client_credentials"}, auth=(partner.client_id, PASSWORD)
    )
    assert response.status_code == 200, response.text


async def test_a_user_on_a_tablet_works_in_the_tablet_facility(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    tablet = await identities.client(
        "DNAPES", ["reference:read", "inmates:read"], kind="device", facility="MCA-BKO"
    )
    user = await identities.user(("registrar",), ("MCA-BKO", "KLK"))
    grant = await identities.login(user, client_id=tablet.client_id, client_secret=PASSWORD)
    assert set(grant["scope"].split()) == {"reference:read", "inmates:read"}
    me = (await anonymous.get("/api/v1/auth/me", headers=bearer(grant["access_token"]))).json()
    assert me["facility_ids"] == [str((await identities.facility("MCA-BKO")).id)]
    stranger = await identities.user(("registrar",), ("KLK",))
    response = await anonymous.post(
        TOKEN,
        data={
            "grant_type": "password",
            "username": stranger.username,
            "password": PASSWORD,
            "client_id": tablet.client_id,
            "client_secret": PASSWORD,
        },
    )
    assert_problem(response, 400, "invalid_grant")


async def test_admin_manages_users_with_a_password_policy(
    client: httpx.AsyncClient, identities: Identities
) -> None:
    facility = await identities.facility("MCA-BKO")
    base = {
        "username": "new.registrar",
        "display_name": "New Registrar",
        "roles": ["registrar"],
        "facility_ids": [str(facility.id)],
    }
    for weak in ("short", "new.registrar-2026!", "azertyuiop123"):
        response = await client.post("/api/v1/users", json={**base, "password": weak})
        assert_problem(response, 422, "weak_password")
    unknown_role = await client.post(
        "/api/v1/users", json={**base, "roles": ["jailer"], "password": "a fine passphrase"}
    )
    assert_problem(unknown_role, 422, "validation_failed")
    created = await client.post("/api/v1/users", json={**base, "password": "a fine passphrase"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert "password" not in body
    assert "password_hash" not in body
    assert body["roles"] == ["registrar"]
    again = await client.post("/api/v1/users", json={**base, "password": "a fine passphrase"})
    assert_problem(again, 409, "duplicate_value")
    reset = await client.post(
        f"/api/v1/users/{body['id']}/password", json={"password": "another fine passphrase"}
    )
    assert reset.status_code == 200
    changed = await client.patch(
        f"/api/v1/users/{body['id']}",
        json={"roles": ["assessor"]},
        headers={"If-Match": reset.headers["etag"]},
    )
    assert changed.json()["roles"] == ["assessor"]


async def test_clients_show_their_secret_once(
    client: httpx.AsyncClient, identities: Identities
) -> None:
    organisation = await identities.organisation("UNICRI")
    created = await client.post(
        "/api/v1/clients",
        json={
            "name": "UNICRI reporting",
            "kind": "partner",
            "organisation_id": str(organisation.id),
            "allowed_scopes": ["stats:read"],
        },
    )
    assert created.status_code == 201, created.text
    secret = created.json()["client_secret"]
    fetched = (await client.get(created.headers["location"])).json()
    assert "client_secret" not in fetched
    assert "secret_hash" not in fetched
    rotated = await client.post(f"{created.headers['location']}/secret")
    assert rotated.json()["client_secret"] != secret
    device_without_facility = await client.post(
        "/api/v1/clients",
        json={
            "name": "Tablet",
            "kind": "device",
            "organisation_id": str(organisation.id),
            "allowed_scopes": ["inmates:read"],
        },
    )
    assert_problem(device_without_facility, 422, "validation_failed")


async def test_roles_are_data(
    client: httpx.AsyncClient, identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    created = await client.post(
        "/api/v1/roles",
        json={"code": "records_clerk", "name": "Records clerk", "scopes": ["reference:read"]},
    )
    assert created.status_code == 201, created.text
    user = await identities.user(("records_clerk",), ("MCA-BKO",))
    grant = await identities.login(user)
    assert grant["scope"] == "reference:read"
    bad = await client.post(
        "/api/v1/roles", json={"code": "x_role", "name": "X", "scopes": ["everything:all"]}
    )
    assert_problem(bad, 422, "validation_failed")


async def test_expired_client_and_revoked_tablet(
    identities: Identities,
    anonymous: httpx.AsyncClient,
    client: httpx.AsyncClient,
    session: AsyncSession,
) -> None:
    from app.models.base import utcnow

    await identities.agreement("ICCT", ["reference:read"], ("MCA-BKO",))
    partner = await identities.client("ICCT", ["reference:read"])
    partner.expires_at = utcnow() - timedelta(minutes=1)
    await session.commit()
    expired = await anonymous.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": partner.client_id,
            "client_secret": PASSWORD,
        },
    )
    assert_problem(expired, 401, "invalid_client")
    tablet = await identities.client("DNAPES", ["inmates:read"], kind="device", facility="MCA-BKO")
    user = await identities.user(("registrar",), ("MCA-BKO",))
    grant = await identities.login(user, client_id=tablet.client_id, client_secret=PASSWORD)
    await client.patch(
        f"/api/v1/clients/{tablet.id}", json={"active": False}, headers={"If-Match": '"1"'}
    )
    assert_problem(
        await anonymous.get("/api/v1/auth/me", headers=bearer(grant["access_token"])),
        401,
        "unauthenticated",
    )
    refreshed = await anonymous.post(
        TOKEN, data={"grant_type": "refresh_token", "refresh_token": grant["refresh_token"]}
    )
    assert_problem(refreshed, 400, "invalid_grant")


async def test_deactivating_a_partner_organisation_stops_its_access(
    identities: Identities, anonymous: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    organisation = await identities.organisation("ICCT")
    await identities.agreement("ICCT", ["reference:read"], ("MCA-BKO",))
    token = await identities.client_token(await identities.client("ICCT", ["reference:read"]))
    partner_user = await identities.headers_for("partner", organisation="ICCT")
    assert (await anonymous.get("/api/v1/facilities", headers=bearer(token))).status_code == 200
    await client.patch(
        f"/api/v1/organisations/{organisation.id}",
        json={"active": False},
        headers={"If-Match": '"1"'},
    )
    for headers in (bearer(token), partner_user):
        assert_problem(
            await anonymous.get("/api/v1/facilities", headers=headers), 401, "unauthenticated"
        )


async def test_user_list_shows_roles_and_facilities(
    client: httpx.AsyncClient, identities: Identities
) -> None:
    user = await identities.user(("registrar", "assessor"), ("MCA-BKO", "KLK"))
    listed = (await client.get("/api/v1/users", params={"role": "assessor"})).json()["items"]
    mine = next(item for item in listed if item["id"] == str(user.id))
    assert mine["roles"] == ["assessor", "registrar"]
    assert len(mine["facility_ids"]) == 2


async def test_a_partner_never_sees_identified_inmates(
    identities: Identities, anonymous: httpx.AsyncClient
) -> None:
    """Partners know inmates only by pseudonym: an agreement that lists inmates:read (which
    an administrator may write) opens no inmate record."""
    bamako = await identities.facility("MCA-BKO")
    registrar = await identities.headers_for("registrar", facilities=("MCA-BKO",))
    registered = await anonymous.post(
        "/api/v1/inmates",
        headers=registrar,
        json={
            "facility_id": str(bamako.id),
            "prison_number": "T-PARTNER-1",
            "family_name": "Exemple",
            "given_names": "Fictif",
            "sex": "male",
            "birth_year": 1995,
            "admission_date": "2026-11-01",
        },
    )
    assert registered.status_code == 201, registered.text
    client = await identities.client("ICCT", ["inmates:read", "training:read"])
    await identities.agreement("ICCT", ["inmates:read", "training:read"], ("MCA-BKO",))
    granted = await anonymous.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": client.client_id,
            "client_secret": PASSWORD,
        },
    )
    assert "inmates:read" in granted.json()["scope"].split()
    headers = bearer(granted.json()["access_token"])
    read = await anonymous.get(f"/api/v1/inmates/{registered.json()['id']}", headers=headers)
    assert_problem(read, 404, "not_found")
    listed = await anonymous.get("/api/v1/inmates", headers=headers)
    assert listed.status_code == 200
    assert listed.json()["items"] == []
