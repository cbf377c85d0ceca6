"""Visitors, visits and community dialogue sessions; each inmate's last visit, and the
visit types each facility refuses by security level. Registrars read visits; supervisors
approve them (visits:approve); staff and partners read dialogue sessions (dialogue:read).

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_SCOPES = {
    "registrar": ("visits:read", "dialogue:read"),
    "supervisor": ("visits:approve", "dialogue:read"),
    "programme_officer": ("dialogue:read",),
    "partner": ("dialogue:read",),
}
role = sa.table("role", sa.column("code", sa.String), sa.column("scopes", sa.JSON))


def _set_role_scopes(add: bool) -> None:
    bind = op.get_bind()
    for code, scopes in bind.execute(
        sa.select(role.c.code, role.c.scopes).where(role.c.code.in_(NEW_SCOPES))
    ):
        current = [scope for scope in (scopes or []) if scope not in NEW_SCOPES[code]]
        if add:
            current.extend(NEW_SCOPES[code])
        bind.execute(role.update().where(role.c.code == code).values(scopes=current))


def upgrade() -> None:
    op.create_table(
        "dialogue_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("facilitator_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.String(length=2000), nullable=True),
        sa.Column("outcome_notes", sa.String(length=4000), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("organised_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["facilitator_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_dialogue_session_facilitator_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_dialogue_session_facility_id_facility")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_session")),
    )
    with op.batch_alter_table("dialogue_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_dialogue_session_created_at_id", ["created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dialogue_session_facilitator_organisation_id"),
            ["facilitator_organisation_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_dialogue_session_facility_id_starts_at", ["facility_id", "starts_at"], unique=False
        )

    op.create_table(
        "dialogue_inmate",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_dialogue_inmate_inmate_id_inmate")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["dialogue_session.id"],
            name=op.f("fk_dialogue_inmate_session_id_dialogue_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_inmate")),
        sa.UniqueConstraint(
            "session_id", "inmate_id", name=op.f("uq_dialogue_inmate_session_id_inmate_id")
        ),
    )
    with op.batch_alter_table("dialogue_inmate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dialogue_inmate_inmate_id"), ["inmate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dialogue_inmate_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=False),
        sa.Column("facility_id", sa.Uuid(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purpose", sa.String(length=2000), nullable=True),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("log_notes", sa.String(length=2000), nullable=True),
        sa.Column("logged_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_visit_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_visit_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(
            "ix_visit_facility_id_starts_at", ["facility_id", "starts_at"], unique=False
        )
        batch_op.create_index(
            "ix_visit_inmate_id_starts_at", ["inmate_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_visit_status"), ["status"], unique=False)

    op.create_table(
        "visitor",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("family_name", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("inmate_id", sa.Uuid(), nullable=True),
        sa.Column("relationship", sa.String(length=100), nullable=True),
        sa.Column("organisation_name", sa.String(length=200), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=True),
        sa.Column("id_document_type", sa.String(length=24), nullable=True),
        sa.Column("id_document_number", sa.String(length=64), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("vetting_status", sa.String(length=16), nullable=False),
        sa.Column("vetting_body", sa.String(length=200), nullable=True),
        sa.Column("vetted_on", sa.Date(), nullable=True),
        sa.Column("vetting_expires_on", sa.Date(), nullable=True),
        sa.Column("vetting_reference", sa.String(length=100), nullable=True),
        sa.Column("banned_from", sa.Date(), nullable=True),
        sa.Column("banned_until", sa.Date(), nullable=True),
        sa.Column("ban_reason", sa.String(length=500), nullable=True),
        sa.Column("banned_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_visitor_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["inmate_id"], ["inmate.id"], name=op.f("fk_visitor_inmate_id_inmate")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visitor")),
        sa.UniqueConstraint(
            "id_document_type",
            "id_document_number",
            name=op.f("uq_visitor_id_document_type_id_document_number"),
        ),
    )
    with op.batch_alter_table("visitor", schema=None) as batch_op:
        batch_op.create_index("ix_visitor_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visitor_inmate_id"), ["inmate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visitor_kind"), ["kind"], unique=False)

    op.create_table(
        "dialogue_leader",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("visitor_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["dialogue_session.id"],
            name=op.f("fk_dialogue_leader_session_id_dialogue_session"),
        ),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["visitor.id"], name=op.f("fk_dialogue_leader_visitor_id_visitor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dialogue_leader")),
        sa.UniqueConstraint(
            "session_id", "visitor_id", name=op.f("uq_dialogue_leader_session_id_visitor_id")
        ),
    )
    with op.batch_alter_table("dialogue_leader", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dialogue_leader_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dialogue_leader_visitor_id"), ["visitor_id"], unique=False
        )

    op.create_table(
        "visit_visitor",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("visitor_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visit.id"], name=op.f("fk_visit_visitor_visit_id_visit")
        ),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["visitor.id"], name=op.f("fk_visit_visitor_visitor_id_visitor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_visitor")),
        sa.UniqueConstraint(
            "visit_id", "visitor_id", name=op.f("uq_visit_visitor_visit_id_visitor_id")
        ),
    )
    with op.batch_alter_table("visit_visitor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_visitor_visit_id"), ["visit_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_visit_visitor_visitor_id"), ["visitor_id"], unique=False
        )

    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "visit_restrictions", sa.JSON(), server_default=sa.text("'{}'"), nullable=False
            )
        )

    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_visit_on", sa.Date(), nullable=True))
        batch_op.create_index(
            "ix_inmate_facility_id_last_visit_on", ["facility_id", "last_visit_on"], unique=False
        )

    _set_role_scopes(add=True)


def downgrade() -> None:
    _set_role_scopes(add=False)
    with op.batch_alter_table("inmate", schema=None) as batch_op:
        batch_op.drop_index("ix_inmate_facility_id_last_visit_on")
        batch_op.drop_column("last_visit_on")

    with op.batch_alter_table("facility", schema=None) as batch_op:
        batch_op.drop_column("visit_restrictions")

    with op.batch_alter_table("visit_visitor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_visitor_visitor_id"))
        batch_op.drop_index(batch_op.f("ix_visit_visitor_visit_id"))

    op.drop_table("visit_visitor")
    with op.batch_alter_table("dialogue_leader", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dialogue_leader_visitor_id"))
        batch_op.drop_index(batch_op.f("ix_dialogue_leader_session_id"))

    op.drop_table("dialogue_leader")
    with op.batch_alter_table("visitor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visitor_kind"))
        batch_op.drop_index(batch_op.f("ix_visitor_inmate_id"))
        batch_op.drop_index("ix_visitor_created_at_id")

    op.drop_table("visitor")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_status"))
        batch_op.drop_index("ix_visit_inmate_id_starts_at")
        batch_op.drop_index("ix_visit_facility_id_starts_at")
        batch_op.drop_index("ix_visit_created_at_id")

    op.drop_table("visit")
    with op.batch_alter_table("dialogue_inmate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dialogue_inmate_session_id"))
        batch_op.drop_index(batch_op.f("ix_dialogue_inmate_inmate_id"))

    op.drop_table("dialogue_inmate")
    with op.batch_alter_table("dialogue_session", schema=None) as batch_op:
        batch_op.drop_index("ix_dialogue_session_facility_id_starts_at")
        batch_op.drop_index(batch_op.f("ix_dialogue_session_facilitator_organisation_id"))
        batch_op.drop_index("ix_dialogue_session_created_at_id")

    op.drop_table("dialogue_session")
