"""Identity and access: roles, users, API clients, data-sharing agreements, tokens.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The roles of the specification, as they stood when this revision was written.
DEFAULT_ROLES = [
    {
        "code": "admin",
        "name": "Administrator",
        "description": "DNAPES headquarters: users, API clients, facilities, organisations, instruments. No case files without also holding a case role.",
        "scopes": ["admin", "reference:read"],
        "organisation_scoped": False,
    },
    {
        "code": "registrar",
        "name": "Registrar",
        "description": "Intake and records office (greffe): inmates, legal status, placements, intake.",
        "scopes": ["reference:read", "inmates:read", "inmates:write", "intake:write"],
        "organisation_scoped": False,
    },
    {
        "code": "assessor",
        "name": "Assessor",
        "description": "Psychologist, social worker or trained staff: reads inmates, writes assessments.",
        "scopes": [
            "reference:read",
            "inmates:read",
            "assessments:read",
            "assessments:write",
            "classifications:read",
        ],
        "organisation_scoped": False,
    },
    {
        "code": "supervisor",
        "name": "Supervisor",
        "description": "Warden or head of security: verifies assessments, decides classifications, approves visits.",
        "scopes": [
            "reference:read",
            "inmates:read",
            "assessments:read",
            "assessments:verify",
            "classifications:read",
            "classifications:write",
            "visits:read",
            "visits:write",
        ],
        "organisation_scoped": False,
    },
    {
        "code": "programme_officer",
        "name": "Programme officer",
        "description": "Prison staff running programmes: trainings, vocational programmes, visits.",
        "scopes": [
            "reference:read",
            "inmates:read",
            "training:read",
            "training:write",
            "vocational:read",
            "vocational:write",
            "visits:read",
            "visits:write",
        ],
        "organisation_scoped": False,
    },
    {
        "code": "partner",
        "name": "Partner",
        "description": "A partner organisation's user or system: its own trainings and programmes only.",
        "scopes": ["reference:read", "training:read", "attendance:sync", "vocational:read"],
        "organisation_scoped": True,
    },
    {
        "code": "analyst",
        "name": "Analyst",
        "description": "M&E, researchers, reporting tools: aggregate statistics only.",
        "scopes": ["stats:read"],
        "organisation_scoped": False,
    },
    {
        "code": "auditor",
        "name": "Auditor",
        "description": "Oversight body: reads the audit log.",
        "scopes": ["audit:read"],
        "organisation_scoped": False,
    },
]


def upgrade() -> None:
    op.create_table(
        "login_failure",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failure")),
    )
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_failure_key"), ["key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_login_failure_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "revoked_access_token",
        sa.Column("jti", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("jti", name=op.f("pk_revoked_access_token")),
    )
    with op.batch_alter_table("revoked_access_token", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_revoked_access_token_expires_at"), ["expires_at"], unique=False
        )

    op.create_table(
        "role",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.String(length=1000), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("organisation_scoped", sa.Boolean(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
        sa.UniqueConstraint("code", name=op.f("uq_role_code")),
    )
    now = datetime.now(UTC)
    role = sa.table(
        "role",
        sa.column("id", sa.Uuid),
        sa.column("version", sa.Integer),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("description", sa.String),
        sa.column("scopes", sa.JSON),
        sa.column("organisation_scoped", sa.Boolean),
        sa.column("builtin", sa.Boolean),
    )
    op.bulk_insert(
        role,
        [
            {
                "id": uuid.uuid4(),
                "version": 1,
                "created_at": now,
                "updated_at": now,
                "builtin": True,
                **row,
            }
            for row in DEFAULT_ROLES
        ],
    )
    op.create_table(
        "signing_key",
        sa.Column("kid", sa.String(length=64), nullable=False),
        sa.Column("algorithm", sa.String(length=16), nullable=False),
        sa.Column("public_pem", sa.Text(), nullable=False),
        sa.Column("private_pem_encrypted", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signing", sa.Boolean(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("kid", name=op.f("pk_signing_key")),
    )
    op.create_table(
        "api_client",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("secret_hash", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=True),
        sa.Column("allowed_scopes", sa.JSON(), nullable=False),
        sa.Column("allowed_addresses", sa.JSON(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_api_client_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_api_client_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_client")),
        sa.UniqueConstraint("client_id", name=op.f("uq_api_client_client_id")),
    )
    with op.batch_alter_table("api_client", schema=None) as batch_op:
        batch_op.create_index("ix_api_client_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_api_client_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "app_user",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("all_facilities", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_app_user_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.create_index("ix_app_user_created_at_id", ["created_at", "id"], unique=False)

    op.create_table(
        "data_sharing_agreement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("purpose", sa.String(length=2000), nullable=False),
        sa.Column("legal_basis", sa.String(length=1000), nullable=False),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("facility_ids", sa.JSON(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("signatory", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_data_sharing_agreement_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_sharing_agreement")),
        sa.UniqueConstraint("reference", name=op.f("uq_data_sharing_agreement_reference")),
    )
    with op.batch_alter_table("data_sharing_agreement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_data_sharing_agreement_created_at_id", ["created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_data_sharing_agreement_organisation_id"),
            ["organisation_id"],
            unique=False,
        )

    op.create_table(
        "refresh_token",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("scopes", sa.JSON(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["api_client.id"], name=op.f("fk_refresh_token_client_id_api_client")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_refresh_token_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_refresh_token_token_hash")),
    )
    with op.batch_alter_table("refresh_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refresh_token_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refresh_token_user_id"), ["user_id"], unique=False)

    op.create_table(
        "user_facility",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_user_facility_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_facility_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("user_id", "facility_id", name=op.f("pk_user_facility")),
    )
    with op.batch_alter_table("user_facility", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_user_facility_facility_id"), ["facility_id"], unique=False
        )

    op.create_table(
        "user_role",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("role_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["role_id"], ["role.id"], name=op.f("fk_user_role_role_id_role")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_role_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("user_id", "role_id", name=op.f("pk_user_role")),
    )
    with op.batch_alter_table("user_role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_user_role_role_id"), ["role_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("user_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_role_role_id"))

    op.drop_table("user_role")
    with op.batch_alter_table("user_facility", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_user_facility_facility_id"))

    op.drop_table("user_facility")
    with op.batch_alter_table("refresh_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_token_user_id"))
        batch_op.drop_index(batch_op.f("ix_refresh_token_family_id"))

    op.drop_table("refresh_token")
    with op.batch_alter_table("data_sharing_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_sharing_agreement_organisation_id"))
        batch_op.drop_index("ix_data_sharing_agreement_created_at_id")

    op.drop_table("data_sharing_agreement")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_index("ix_app_user_created_at_id")

    op.drop_table("app_user")
    with op.batch_alter_table("api_client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_client_organisation_id"))
        batch_op.drop_index("ix_api_client_created_at_id")

    op.drop_table("api_client")
    op.drop_table("signing_key")
    op.drop_table("role")
    with op.batch_alter_table("revoked_access_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_revoked_access_token_expires_at"))

    op.drop_table("revoked_access_token")
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_failure_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_login_failure_key"))

    op.drop_table("login_failure")
