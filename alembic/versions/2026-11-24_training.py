"""Training sessions, participants, enrolments and attendance; partners manage their sessions
(the built-in partner role gains training:write) and programme officers record attendance
(attendance:sync).

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_SCOPES = {"partner": "training:write", "programme_officer": "attendance:sync"}
role = sa.table("role", sa.column("code", sa.String), sa.column("scopes", sa.JSON))


def _set_role_scopes(add: bool) -> None:
    bind = op.get_bind()
    for code, scopes in bind.execute(
        sa.select(role.c.code, role.c.scopes).where(role.c.code.in_(NEW_SCOPES))
    ):
        current = [scope for scope in (scopes or []) if scope != NEW_SCOPES[code]]
        if add:
            current.append(NEW_SCOPES[code])
        bind.execute(role.update().where(role.c.code == code).values(scopes=current))


def upgrade() -> None:
    op.create_table(
        "training_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=48), nullable=False),
        sa.Column("description", sa.String(length=2000), nullable=True),
        sa.Column("organiser_organisation_id", sa.Uuid(), nullable=False),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=True),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("daily_start", sa.Time(), nullable=False),
        sa.Column("daily_end", sa.Time(), nullable=False),
        sa.Column("hours_per_day", sa.Float(), nullable=False),
        sa.Column("excluded_days", sa.JSON(), nullable=False),
        sa.Column("scheduled_hours", sa.Float(), nullable=False),
        sa.Column("language", sa.String(length=3), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("completion_percent", sa.Integer(), nullable=False),
        sa.Column("accredits_instrument_code", sa.String(length=32), nullable=True),
        sa.Column("accreditation_months", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.Column("certificates_issued", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_training_session_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["organiser_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_training_session_organiser_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
        sa.UniqueConstraint(
            "organiser_organisation_id",
            "external_id",
            name=op.f("uq_training_session_organiser_organisation_id_external_id"),
        ),
    )
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.create_index(
            "ix_training_session_created_at_id", ["created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_session_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_training_session_organiser_organisation_id"),
            ["organiser_organisation_id"],
            unique=False,
        )

    op.create_table(
        "participant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=True),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("external_id", sa.String(length=100), nullable=True),
        sa.Column("facility_id", sa.Uuid(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("sex", sa.String(length=8), nullable=True),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facility.id"], name=op.f("fk_participant_facility_id_facility")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_participant_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_participant_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint(
            "organisation_id",
            "external_id",
            name=op.f("uq_participant_organisation_id_external_id"),
        ),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index("ix_participant_created_at_id", ["created_at", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_participant_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participant_user_id"), ["user_id"], unique=False)
        batch_op.create_index(
            "uq_participant_administration_external_id",
            ["external_id"],
            unique=True,
            sqlite_where=sa.text("organisation_id IS NULL"),
            postgresql_where=sa.text("organisation_id IS NULL"),
        )

    op.create_table(
        "training_organiser",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("lead", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_training_organiser_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_training_organiser_session_id_training_session"),
        ),
        sa.PrimaryKeyConstraint(
            "session_id", "organisation_id", name=op.f("pk_training_organiser")
        ),
    )
    with op.batch_alter_table("training_organiser", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_organiser_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "training_attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("source_organisation_id", sa.Uuid(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_training_attendance_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_training_attendance_session_id_training_session"),
        ),
        sa.ForeignKeyConstraint(
            ["source_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_training_attendance_source_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attendance")),
        sa.UniqueConstraint(
            "session_id",
            "participant_id",
            "day",
            name=op.f("uq_training_attendance_session_id_participant_id_day"),
        ),
    )
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_attendance_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            "ix_training_attendance_session_id_change_seq",
            ["session_id", "change_seq"],
            unique=False,
        )

    op.create_table(
        "training_enrolment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("pre_test_score", sa.Integer(), nullable=True),
        sa.Column("post_test_score", sa.Integer(), nullable=True),
        sa.Column("attended_hours", sa.Float(), nullable=False),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("certificate_number", sa.String(length=64), nullable=True),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_training_enrolment_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_session.id"],
            name=op.f("fk_training_enrolment_session_id_training_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_enrolment")),
        sa.UniqueConstraint(
            "certificate_number", name=op.f("uq_training_enrolment_certificate_number")
        ),
        sa.UniqueConstraint(
            "session_id",
            "participant_id",
            name=op.f("uq_training_enrolment_session_id_participant_id"),
        ),
    )
    with op.batch_alter_table("training_enrolment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_enrolment_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            "ix_training_enrolment_session_id_change_seq",
            ["session_id", "change_seq"],
            unique=False,
        )

    _set_role_scopes(add=True)


def downgrade() -> None:
    _set_role_scopes(add=False)
    with op.batch_alter_table("training_enrolment", schema=None) as batch_op:
        batch_op.drop_index("ix_training_enrolment_session_id_change_seq")
        batch_op.drop_index(batch_op.f("ix_training_enrolment_participant_id"))

    op.drop_table("training_enrolment")
    with op.batch_alter_table("training_attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_training_attendance_session_id_change_seq")
        batch_op.drop_index(batch_op.f("ix_training_attendance_participant_id"))

    op.drop_table("training_attendance")
    with op.batch_alter_table("training_organiser", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_organiser_organisation_id"))

    op.drop_table("training_organiser")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index("uq_participant_administration_external_id")
        batch_op.drop_index(batch_op.f("ix_participant_user_id"))
        batch_op.drop_index(batch_op.f("ix_participant_organisation_id"))
        batch_op.drop_index("ix_participant_created_at_id")

    op.drop_table("participant")
    with op.batch_alter_table("training_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_session_organiser_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_training_session_facility_id"))
        batch_op.drop_index("ix_training_session_created_at_id")

    op.drop_table("training_session")
