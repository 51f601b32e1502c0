"""The e-mail of a notification: a subject, a plain-text and an HTML part (escaped), a stable
Message-ID and a link to the app. Grievance notices never carry any detail."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from api.email.kinds import ACCOUNT_MESSAGES, is_confidential, is_mandatory

MAX_SUBJECT_LENGTH = 200
FALLBACK_DOMAIN = "peermentor.localhost"
_WHITESPACE = re.compile(r"\s+")
_NOT_DOMAIN = re.compile(r"[^A-Za-z0-9.-]")


@dataclass(frozen=True, slots=True)
class Content:
    subject: str
    text: str
    html: str


def one_line(value: str, limit: int = MAX_SUBJECT_LENGTH) -> str:
    """Header-safe: no line breaks (no header injection), bounded length."""
    flat = _WHITESPACE.sub(" ", value).strip()
    return flat if len(flat) <= limit else flat[: limit - 3].rstrip() + "..."


def subject_for(kind: str, title: str) -> str:
    if is_confidential(kind):
        return "PeerMentor: a grievance needs attention"
    return one_line(f"PeerMentor: {title}")


def sender_address(email_from: str) -> str:
    """The bare address of the From setting (the SMTP envelope's sender)."""
    return parseaddr(email_from)[1] or email_from


def message_domain(email_from: str) -> str:
    address = sender_address(email_from)
    if "@" not in address:
        return FALLBACK_DOMAIN
    domain = address.rpartition("@")[2]
    domain = _NOT_DOMAIN.sub("", domain).strip(".")
    return domain or FALLBACK_DOMAIN


def message_id_for(notification_id: int, email_id: int, email_from: str) -> str:
    return f"<notification-{notification_id}-{email_id}@{message_domain(email_from)}>"


def app_link(public_base_url: str) -> str | None:
    base = public_base_url.strip().rstrip("/")
    return f"{base}/notifications" if base else None


def render(
    kind: str,
    title: str,
    body: str | None,
    *,
    link: str | None,
    link_label: str = "Open PeerMentor",
) -> Content:
    if is_confidential(kind):
        heading = "A grievance needs attention."
        paragraphs = [
            "Open PeerMentor to see it. For confidentiality, this e-mail carries no details."
        ]
    else:
        heading = title
        paragraphs = [body] if body else []
    footer = (
        ACCOUNT_MESSAGES[kind]
        if kind in ACCOUNT_MESSAGES
        else "The HR policy requires this notice: it cannot be turned off."
        if is_mandatory(kind)
        else "You can turn off e-mails of this kind in PeerMentor's notification preferences."
    )
    text_parts = [heading, *paragraphs]
    if link:
        text_parts.append(f"{link_label}: {link}")
    text = "\n\n".join(text_parts) + f"\n\n-- \n{footer}\n"

    escaped_paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    link_html = (
        f'<p><a href="{html.escape(link, quote=True)}">{html.escape(link_label)}</a></p>\n'
        if link
        else ""
    )
    document = (
        "<!DOCTYPE html>\n"
        '<html><head><meta charset="utf-8"><title>PeerMentor</title></head>\n'
        '<body style="font-family: sans-serif; line-height: 1.5">\n'
        f'<h1 style="font-size: 1.2em">{html.escape(heading)}</h1>\n'
        f"{escaped_paragraphs}{link_html}"
        f'<hr><p style="color: #555; font-size: 0.9em">{html.escape(footer)}</p>\n'
        "</body></html>\n"
    )
    return Content(subject=subject_for(kind, title), text=text, html=document)


def build_message(
    content: Content,
    *,
    email_from: str,
    to_address: str,
    message_id: str,
    date: datetime,
    kind: str,
) -> EmailMessage:
    """multipart/alternative: text/plain first, then text/html (the preferred part)."""
    message = EmailMessage()
    message["Subject"] = content.subject
    message["From"] = email_from
    message["To"] = Address(addr_spec=to_address)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    # RFC 3834: an automatic message; out-of-office replies should not answer it.
    message["Auto-Submitted"] = "auto-generated"
    message["X-PeerMentor-Kind"] = one_line(kind, 60)
    message.set_content(content.text)
    message.add_alternative(content.html, subtype="html")
    return message
