from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin


class AccountInvitation(TimestampMixin, Base):
    """A one-time link with which a person sets the password of their login (a new account, or
    HR's reset of an existing one).

    The token is never stored: the row keeps its SHA-256 (to recognise it) and a random nonce
    from which the token is derived with the server's secret key (see service.invitation_token),
    so that the worker can put the link in the e-mail while a copy of the database alone
    yields no usable link. A token works once, until `expires_at`, and only while it is the
    account's newest invitation."""

    __tablename__ = "account_invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    nonce: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    # Set when a newer invitation of the same account replaced this one.
    superseded_at: Mapped[datetime | None] = mapped_column(default=None)
    # The notification whose e-mail carries the link, when one was queued.
    notification_id: Mapped[int | None] = mapped_column(
        ForeignKey("notifications.id"), default=None
    )
