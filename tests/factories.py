"""Small typed builders of principals and tokens for tests, through the real sign-in."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.models.agreement import DataSharingAgreement
from app.models.certification import Certification
from app.models.client import ApiClient
from app.models.facility import Facility
from app.models.organisation import Organisation
from app.models.role import Role
from app.models.user import User, UserFacility, UserRole
from app.security import PasswordHasher

PASSWORD = "correct horse battery staple"
_numbers = itertools.count(1)


@dataclass
class Identities:
    """Builds users, clients and agreements inside the test's transaction."""

    session: AsyncSession
    hasher: PasswordHasher
    http: httpx.AsyncClient

    async def facility(self, code: str) -> Facility:
        existing = (await self.session.exec(select(Facility).where(Facility.code == code))).first()
        if existing is not None:
            return existing
        facility = Facility(code=code, name=f"Test prison {code}", region="Test region")
        self.session.add(facility)
        await self.session.commit()
        return facility

    async def organisation(self, code: str, kind: str = "ngo") -> Organisation:
        existing = (
            await self.session.exec(select(Organisation).where(Organisation.code == code))
        ).first()
        if existing is not None:
            return existing
        organisation = Organisation(code=code, name=f"Test organisation {code}", kind=kind)
        self.session.add(organisation)
        await self.session.commit()
        return organisation

    async def user(
        self,
        roles: Iterable[str] = ("admin",),
        facilities: Iterable[str] = (),
        *,
        all_facilities: bool = False,
        organisation: str | None = None,
        username: str | None = None,
        password: str = PASSWORD,
        certified_for: str | None = None,
    ) -> User:
        org = await self.organisation(organisation) if organisation else None
        user = User(
            username=username or f"user{next(_numbers)}",
            display_name="Test user",
            password_hash=await self.hasher.hash(password),
            all_facilities=all_facilities,
            organisation_id=org.id if org else None,
        )
        self.session.add(user)
        await self.session.flush()
        for code in roles:
            role = (await self.session.exec(select(Role).where(Role.code == code))).one()
            self.session.add(UserRole(user_id=user.id, role_id=role.id))
        for code in facilities:
            self.session.add(
                UserFacility(user_id=user.id, facility_id=(await self.facility(code)).id)
            )
        if certified_for is not None:
            today = date.today()
            self.session.add(
                Certification(
                    user_id=user.id,
                    instrument_code=certified_for,
                    issued_on=today - timedelta(days=30),
                    expires_on=today + timedelta(days=700),
                    source="manual",
                )
            )
        await self.session.commit()
        return user

    async def agreement(
        self,
        organisation: str,
        scopes: Iterable[str],
        facilities: Iterable[str] = (),
        *,
        status: str = "active",
        valid_from: date | None = None,
        valid_until: date | None = None,
    ) -> DataSharingAgreement:
        org = await self.organisation(organisation)
        today = date.today()
        agreement = DataSharingAgreement(
            reference=f"DSA-{next(_numbers)}",
            organisation_id=org.id,
            purpose="Test purpose",
            legal_basis="Test legal basis",
            scopes=list(scopes),
            facility_ids=[str((await self.facility(code)).id) for code in facilities],
            valid_from=valid_from or today - timedelta(days=30),
            valid_until=valid_until or today + timedelta(days=365),
            signatory="Test signatory",
            status=status,
        )
        self.session.add(agreement)
        await self.session.commit()
        return agreement

    async def client(
        self,
        organisation: str,
        scopes: Iterable[str],
        *,
        kind: str = "partner",
        facility: str | None = None,
        secret: str = PASSWORD,
        allowed_addresses: Iterable[str] = (),
    ) -> ApiClient:
        org = await self.organisation(organisation)
        client = ApiClient(
            client_id=f"client-{uuid.uuid4().hex[:8]}",
            name="Test client",
            secret_hash=await self.hasher.hash(secret),
            kind=kind,
            organisation_id=org.id,
            facility_id=(await self.facility(facility)).id if facility else None,
            allowed_scopes=list(scopes),
            allowed_addresses=list(allowed_addresses),
        )
        self.session.add(client)
        await self.session.commit()
        return client

    async def login(self, user: User, password: str = PASSWORD, **form: str) -> dict[str, Any]:
        response = await self.http.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "password",
                "username": user.username,
                "password": password,
                **form,
            },
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def client_token(self, client: ApiClient, secret: str = PASSWORD, **form: str) -> str:
        response = await self.http.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": client.client_id,
                "client_secret": secret,
                **form,
            },
        )
        assert response.status_code == 200, response.text
        token: str = response.json()["access_token"]
        return token

    async def headers_for(
        self,
        *roles: str,
        facilities: Iterable[str] = ("MCA-BKO",),
        all_facilities: bool = False,
        organisation: str | None = None,
        certified_for: str | None = None,
    ) -> dict[str, str]:
        user = await self.user(
            roles,
            facilities,
            all_facilities=all_facilities,
            organisation=organisation,
            certified_for=certified_for,
        )
        token = (await self.login(user))["access_token"]
        return {"Authorization": f"Bearer {token}"}


async def live_admin_headers(
    app: Any, http: httpx.AsyncClient, roles: Iterable[str] = ("admin",)
) -> dict[str, str]:
    """Sign-in headers of a national administrator, on an app running with its own database."""
    from app.services import bootstrap

    async with app.state.session_factory() as session:
        user = await bootstrap.create_user(
            session,
            app.state.settings,
            username=f"admin{next(_numbers)}",
            password=PASSWORD,
            roles=list(roles),
            facility_codes=[],
            organisation_code=None,
            display_name=None,
            all_facilities=True,
        )
    response = await http.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": user.username, "password": PASSWORD},
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
