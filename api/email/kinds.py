"""The kinds of notification, which of them HR policy makes mandatory, and which are about a
grievance (their e-mails say only that one needs attention)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

NotificationKindName = Literal[
    "document_filed",
    "grievance_raised",
    "grievance_deadline",
    "grievance_breached",
    "review_due",
    "review_overdue",
    "review_concern",
    "evaluation_due",
    "pairing_activated",
    "participant_left",
    "mentor_invitation",
]


@dataclass(frozen=True, slots=True)
class NotificationKind:
    name: str
    description: str
    # Required by the HR policy: e-mail cannot be turned off for it.
    mandatory: bool
    # About a grievance: the e-mail carries no detail, only that one needs attention.
    confidential: bool = False


KINDS: dict[str, NotificationKind] = {
    kind.name: kind
    for kind in (
        NotificationKind(
            "document_filed",
            "A form or document of one of your people was filed in their personnel file "
            "(the HR policy sends every one to the team leader).",
            mandatory=True,
        ),
        NotificationKind(
            "grievance_raised",
            "A grievance or withdrawal was raised (HR).",
            mandatory=True,
            confidential=True,
        ),
        NotificationKind(
            "grievance_deadline",
            "A grievance must be addressed by the next working day (HR).",
            mandatory=True,
            confidential=True,
        ),
        NotificationKind(
            "grievance_breached",
            "A grievance is past its due date (HR).",
            mandatory=True,
            confidential=True,
        ),
        NotificationKind(
            "review_due",
            "Your feedback form of a periodic review is due soon.",
            mandatory=False,
        ),
        NotificationKind(
            "review_overdue",
            "Your feedback form of a periodic review is overdue.",
            mandatory=False,
        ),
        NotificationKind(
            "review_concern",
            "A participant flagged a concern in a review form (HR).",
            mandatory=False,
        ),
        NotificationKind(
            "evaluation_due",
            "A pairing's evaluation is due soon (HR).",
            mandatory=False,
        ),
        NotificationKind(
            "pairing_activated",
            "Your mentoring pairing has started.",
            mandatory=False,
        ),
        NotificationKind(
            "participant_left",
            "A mentor or mentee with an open pairing has left the organisation (HR).",
            mandatory=False,
        ),
        NotificationKind(
            "mentor_invitation",
            "A team leader or HR invites you to opt in as a mentor.",
            mandatory=False,
        ),
    )
}

assert set(KINDS) == set(get_args(NotificationKindName)), "the catalogue and the type agree"


# Messages about the account itself, not notifications one can choose: no preference, and
# their e-mails say why they were sent.
ACCOUNT_MESSAGES = {
    "account_invitation": "You receive this because HR set up or reset your PeerMentor login. "
    "If you did not expect it, ignore it: nothing changes until the link is used.",
}


def is_mandatory(kind: str) -> bool:
    """Kinds outside the catalogue cannot be opted out of either (nobody could choose)."""
    known = KINDS.get(kind)
    return known is None or known.mandatory


def is_confidential(kind: str) -> bool:
    # A future grievance kind missing from the catalogue is still kept confidential.
    known = KINDS.get(kind)
    return kind.startswith("grievance") or (known is not None and known.confidential)
