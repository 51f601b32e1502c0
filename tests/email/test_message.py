"""The e-mail of a notification, as built (no server needed)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from api.email.message import (
    app_link,
    build_message,
    message_domain,
    message_id_for,
    one_line,
    render,
    subject_for,
)


def test_without_a_public_base_url_there_is_no_link():
    assert app_link("") is None
    assert app_link("https://m.example/") == "https://m.example/notifications"
    content = render("review_due", "Review 1 is due", None, link=None)
    assert "http" not in content.text and "href" not in content.html


@pytest.mark.parametrize(
    ("email_from", "domain"),
    [
        ("PeerMentor <mentoring@acme.example>", "acme.example"),
        ("mentoring@acme.example", "acme.example"),
        ("", "peermentor.localhost"),
        ("no address", "peermentor.localhost"),
        ("x@bad domain>\r\n", "baddomain"),
    ],
)
def test_message_ids_are_stable_and_well_formed(email_from, domain):
    assert message_domain(email_from) == domain
    assert message_id_for(7, 12, email_from) == f"<notification-7-12@{domain}>"


def test_subjects_are_one_line_and_bounded():
    assert one_line("a\r\nBcc: b\tc") == "a Bcc: b c"
    long = subject_for("document_filed", "x" * 500)
    assert len(long) == 200 and long.endswith("...")
    assert subject_for("grievance_raised", "New grievance: due 2026-01-01") == (
        "PeerMentor: a grievance needs attention"
    )
    # A grievance kind not (yet) in the catalogue is kept confidential too.
    assert subject_for("grievance_escalated", "Raised by Mia") == (
        "PeerMentor: a grievance needs attention"
    )


def test_both_parts_and_the_headers():
    content = render(
        "review_concern", "Concern <raised>", "Tom & Jerry's review", link="https://m.example/n"
    )
    message = build_message(
        content,
        email_from="PeerMentor <m@acme.example>",
        to_address="lena@example.com",
        message_id="<notification-1-1@acme.example>",
        date=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        kind="review_concern",
    )
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["Date"] == "Mon, 02 Mar 2026 09:00:00 +0000"
    html = message.get_body(("html",)).get_content()
    assert "Concern &lt;raised&gt;" in html and "Tom &amp; Jerry&#x27;s review" in html
    assert "Tom & Jerry's review" in message.get_body(("plain",)).get_content()
    assert "turn off" in html  # optional kind


def test_the_smtp_settings():
    from pydantic import ValidationError

    from api.core.config import Settings

    settings = Settings(smtp_host="mail.acme.example", smtp_password="hunter2-secret")
    assert settings.smtp_port_or_default == 587 and settings.smtp_security == "starttls"
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings.model_dump())
    assert Settings(smtp_security="tls").smtp_port_or_default == 465
    assert Settings(smtp_security="none").smtp_port_or_default == 25
    assert Settings(smtp_port=2525).smtp_port_or_default == 2525
    for bad in (
        {"email_from": "nobody"},
        {"email_from": "a@b.c\r\nBcc: x@y.z"},
        {"smtp_security": "ssl"},
        {"smtp_port": 0},
    ):
        with pytest.raises(ValidationError):
            Settings(**bad)
