from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from api.auth.schemas import PersonRole, ServiceRole
from api.core.schemas import Id, StrictModel

# The password policy of people's accounts (also what an invitation's new password must meet).
MIN_PASSWORD_LENGTH = 12
MAX_PASSWORD_LENGTH = 256
# One bulk request: a department's worth of people.
MAX_BULK_EMPLOYEES = 500


class UserCreate(StrictModel):
    email: EmailStr
    password: str | None = Field(
        default=None,
        min_length=MIN_PASSWORD_LENGTH,
        max_length=MAX_PASSWORD_LENGTH,
        description="Left out: the account gets no password and the answer carries an "
        "`invitation`, a one-time link with which the person sets one.",
    )
    role: PersonRole
    employee_id: Id | None = None


class UserUpdate(StrictModel):
    password: str | None = Field(
        default=None, min_length=MIN_PASSWORD_LENGTH, max_length=MAX_PASSWORD_LENGTH
    )
    role: PersonRole | None = None
    employee_id: Id | None = None
    is_active: bool | None = None


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    role: PersonRole
    employee_id: int | None
    is_active: bool
    created_at: datetime


class InvitationCreated(BaseModel):
    """A one-time set-password link, answered once: only its hash is stored."""

    id: int
    user_id: int
    email: str = Field(description="The account's e-mail: the person signs in with it.")
    expires_at: datetime
    token: str = Field(description="The one-time token. Shown once; only its hash is stored.")
    set_password_path: str = Field(
        description="The SPA's page that redeems the token, relative to the app's address: "
        "`/set-password#token=...` (in the fragment, which browsers never send to a server)."
    )
    set_password_url: str | None = Field(
        description="The same page as an absolute URL, when the server knows its public "
        "address (`PEERMENTOR_PUBLIC_BASE_URL`); null otherwise."
    )
    email_queued: bool = Field(
        description="Whether the link was queued to be e-mailed to the person (e-mail is on "
        "and the server knows its public address)."
    )


class UserCreated(UserRead):
    invitation: InvitationCreated | None = Field(
        default=None,
        description="Only when the account was created without a password: the link with "
        "which the person sets one.",
    )


class UsersBulkCreate(StrictModel):
    role: Literal["team_leader", "employee"]
    employee_ids: list[Id] = Field(min_length=1, max_length=MAX_BULK_EMPLOYEES)


BulkSkipReason = Literal[
    "unknown_employee",
    "listed_twice",
    "already_has_account",
    "email_taken",
    "employee_terminated",
]


class UserBulkResult(BaseModel):
    employee_id: int
    status: Literal["created", "skipped"]
    reason: BulkSkipReason | None = Field(
        default=None,
        description="Why it was skipped: `unknown_employee`, `listed_twice`, "
        "`already_has_account`, `email_taken` (another account uses the employee's e-mail), "
        "`employee_terminated`.",
    )
    detail: str | None = None
    user: UserRead | None = None
    invitation: InvitationCreated | None = None


class UsersBulkCreated(BaseModel):
    created: int
    skipped: int
    results: list[UserBulkResult] = Field(description="One per listed employee, in order.")


class InvitationRedeem(StrictModel):
    token: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=MAX_PASSWORD_LENGTH)


class InvitationRedeemed(BaseModel):
    email: str = Field(description="The account's e-mail: sign in with it and the new password.")
    role: PersonRole


class ServiceAccountCreate(StrictModel):
    name: str = Field(min_length=1, max_length=200)
    role: ServiceRole


class ServiceAccountRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    role: ServiceRole
    client_id: str
    is_active: bool
    created_at: datetime


class ServiceAccountCreated(ServiceAccountRead):
    client_secret: str = Field(description="Shown once; only its hash is stored.")


class ScimTokenCreate(StrictModel):
    name: str = Field(
        min_length=1, max_length=200, description='What the token is for, e.g. "Okta".'
    )


class ScimTokenRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    service_account_id: int
    name: str
    created_at: datetime
    revoked_at: datetime | None


class ScimTokenCreated(ScimTokenRead):
    token: str = Field(
        description="The bearer token for the identity provider's SCIM client. Shown once; only "
        "its hash is stored."
    )
