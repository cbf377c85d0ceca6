"""Statistics on the month of each date the statistics endpoints group by, so that
PostgreSQL knows there are few months (not one per row) and aggregates in a hash table
instead of sorting every row on disk. PostgreSQL only; each expression is spelled as
app.services.stats.tables.Context.month writes it.

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-24
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, column, whether it is a UTC timestamp rather than a date)
MONTHS = (
    ("assessment", "submitted_at", True),
    ("assessment", "verified_at", True),
    ("assessment", "returned_at", True),
    ("classification", "effective_date", False),
    ("custody_episode", "admission_date", False),
    ("custody_episode", "release_date", False),
    ("training_session", "start_date", False),
    ("visit", "starts_at", True),
    ("dialogue_session", "starts_at", True),
    ("vocational_enrolment", "created_at", True),
    ("vocational_enrolment", "ended_on", False),
    ("vocational_follow_up", "contacted_on", False),
)


def _name(table: str, column: str) -> str:
    return f"st_{table}_{column}_month"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, moment in MONTHS:
        value = f"timezone('UTC', {column})" if moment else f"CAST({column} AS timestamp)"
        op.execute(
            f"CREATE STATISTICS {_name(table, column)} "
            f"ON (date_trunc('month', {value})) FROM {table}"
        )
    for table in sorted({table for table, _, _ in MONTHS}):
        op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, _ in MONTHS:
        op.execute(f"DROP STATISTICS IF EXISTS {_name(table, column)}")
