"""Accounts in the worker: it loads every domain's `jobs` module on start, and through this
one `api.accounts.service`, which tells the e-mail sender how to rebuild an invitation's
set-password link (e-mail sits below accounts and cannot import it)."""

from __future__ import annotations

from api.accounts import service

__all__ = ["service"]
