"""The first schema: games and their session-log records.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "games",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("player", sa.String(32), nullable=False),
        sa.Column("player_name", sa.String(60), nullable=False),
        sa.Column("scenario", sa.String(100), nullable=False),
        sa.Column("scenario_sha256", sa.String(64), nullable=True),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("notice", sa.Text(), nullable=True),
        sa.Column("node", sa.String(200), nullable=False),
        sa.Column("ended", sa.Boolean(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_games_player", "games", ["player"])
    op.create_index("ix_games_updated_at", "games", ["updated_at"])
    op.create_index("ix_games_scenario", "games", ["scenario"])
    op.create_table(
        "log_records",
        sa.Column(
            "game_id",
            sa.String(32),
            sa.ForeignKey("games.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("record", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("log_records")
    op.drop_index("ix_games_scenario", "games")
    op.drop_index("ix_games_updated_at", "games")
    op.drop_index("ix_games_player", "games")
    op.drop_table("games")
