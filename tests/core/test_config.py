from __future__ import annotations

import stat

import pytest

from api.core.config import (
    Settings,
    WeakSecretKeyError,
    async_database_url,
    ensure_secret_key,
    sync_database_url,
)


def test_plain_urls_map_to_the_drivers_the_app_uses():
    assert async_database_url("sqlite:///data/x.db") == "sqlite+aiosqlite:///data/x.db"
    assert async_database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert async_database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert async_database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert sync_database_url("sqlite+aiosqlite:///x.db") == "sqlite:///x.db"
    assert sync_database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert Settings(database_url="", data_dir="d").resolved_database_url() == (
        "sqlite+aiosqlite:///d/peermentor.db"
    )


def test_generated_secret_is_kept_with_mode_0600(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", secret_key="")
    first = ensure_secret_key(settings)
    again = ensure_secret_key(settings)
    assert first == again and len(first) >= 48
    mode = (tmp_path / "data" / "secret_key").stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


@pytest.mark.parametrize("key", ["secret", "short-key", "changeme"])
def test_weak_secret_refused_outside_development(tmp_path, key):
    with pytest.raises(WeakSecretKeyError):
        ensure_secret_key(Settings(env="production", secret_key=key, data_dir=tmp_path))
    assert ensure_secret_key(Settings(env="development", secret_key=key, data_dir=tmp_path)) == key


def test_strong_secret_accepted_in_production(tmp_path):
    key = "k" * 40
    assert ensure_secret_key(Settings(env="production", secret_key=key, data_dir=tmp_path)) == key
