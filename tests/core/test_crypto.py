"""Encryption at rest: tokens decrypted once per process, never read with keys no longer held."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet

from api.core import crypto
from api.core.config import Settings

OLD, NEW = Fernet.generate_key().decode(), Fernet.generate_key().decode()


@pytest.fixture
def keys(tmp_path, settings: Settings) -> Iterator[object]:
    """Installs the given keys; the test session's own keys are put back afterwards."""

    def install(*keys: str) -> None:
        crypto.configure(Settings(data_dir=tmp_path, encryption_keys=",".join(keys)))

    yield install
    crypto.configure(settings)


def test_a_token_is_decrypted_once_then_read_from_the_cache(keys):
    keys(OLD)
    token = crypto.EncryptedText().process_bind_param("Private reasons", None)
    assert token is not None and "Private" not in token
    before = crypto.decrypt.cache_info()
    read = crypto.EncryptedText().process_result_value
    assert [read(token, None) for _ in range(3)] == ["Private reasons"] * 3
    after = crypto.decrypt.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 2)


def test_new_keys_empty_the_cache_so_a_dropped_key_reads_nothing(keys):
    keys(OLD)
    token = crypto.EncryptedText().process_bind_param("Private reasons", None)
    assert crypto.decrypt(token) == "Private reasons"
    keys(NEW, OLD)  # rotation: the old key still reads
    assert crypto.decrypt.cache_info().currsize == 0
    assert crypto.decrypt(token) == "Private reasons"
    keys(NEW)  # the old key dropped: the cached plain text is gone with it
    with pytest.raises(RuntimeError, match="cannot be decrypted"):
        crypto.decrypt(token)


def test_the_cache_is_bounded():
    assert crypto.decrypt.cache_parameters()["maxsize"] == crypto.DECRYPTED_CACHE_SIZE
