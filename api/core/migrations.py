"""Alembic, driven from the app: upgrade to head and tell whether the database is at head."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from api.core.config import Settings, prepare_sqlite_directory, sync_database_url


def alembic_config(settings: Settings) -> Config:
    config = Config()
    config.set_main_option("script_location", str(settings.migrations_dir))
    url = sync_database_url(settings.resolved_database_url())
    # ConfigParser interpolation: a literal % in a password must be doubled.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade_to_head(settings: Settings) -> None:
    prepare_sqlite_directory(settings.resolved_database_url())
    command.upgrade(alembic_config(settings), "head")


def downgrade_to_base(settings: Settings) -> None:
    command.downgrade(alembic_config(settings), "base")


def head_revisions(settings: Settings) -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config(settings)).get_heads())
