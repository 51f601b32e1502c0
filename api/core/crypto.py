"""Encryption at rest for confidential text (grievances), with Fernet (AES-128-CBC + HMAC).

The key comes from PEERMENTOR_ENCRYPTION_KEYS (comma-separated Fernet keys, newest first, so
that a key can be rotated: the first encrypts, every one decrypts) or is generated once into
./data/encryption_key with mode 0600. It is separate from the token-signing key so that
rotating that one never makes stored text unreadable.
"""

from __future__ import annotations

import functools
import os
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

from api.core.config import Settings

_cipher: MultiFernet | None = None


def load_keys(settings: Settings) -> list[str]:
    if settings.encryption_keys:
        return [k.strip() for k in settings.encryption_keys.split(",") if k.strip()]
    path = settings.data_dir / "encryption_key"
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return [path.read_text().strip()]
    with os.fdopen(fd, "w") as handle:
        handle.write(Fernet.generate_key().decode())
    return [path.read_text().strip()]


def configure(settings: Settings) -> None:
    """Install the process's cipher (at app start-up and in commands that touch the data)."""
    global _cipher
    _cipher = MultiFernet([Fernet(key.encode()) for key in load_keys(settings)])
    decrypt.cache_clear()  # what the old keys could read, the new ones may not


def _get_cipher() -> MultiFernet:
    if _cipher is None:
        raise RuntimeError("encryption is not configured")
    return _cipher


class EncryptedText(TypeDecorator[str]):
    """Text stored encrypted; read back as plain text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return _get_cipher().encrypt(value.encode()).decode()

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        return None if value is None else decrypt(value)


# Decrypting is most of the cost of reading grievances: HR's queue decrypts about 200 texts a
# page (description, notes, resolution), ~60 us each in Fernet's Python layer. A stored token
# never changes and authenticates its own plaintext (HMAC, random IV), so each process keeps the
# plaintexts of the tokens it read last; `configure` empties it when the keys change.
DECRYPTED_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=DECRYPTED_CACHE_SIZE)
def decrypt(token: str) -> str:
    """The plain text of a stored token (raises if no configured key can read it)."""
    try:
        return _get_cipher().decrypt(token.encode()).decode()
    except InvalidToken:
        raise RuntimeError("stored text cannot be decrypted with the configured keys") from None
