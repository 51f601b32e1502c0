"""The e-mail tests' SMTP server and settings, for the invitation e-mails."""

from tests.email.conftest import email_settings, mailbox, smtp

__all__ = ["email_settings", "mailbox", "smtp"]
