"""The SCIM resources PeerMentor serves (RFC 7643), as scim2-models classes.

The enterprise extension is declared here rather than taken from scim2-models: its `Manager`
requires `$ref` in requests, which Okta and Entra ID never send (they send the manager's id,
Entra ID even as a bare string in PATCH). Everything else is the standard schema."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import Field, model_validator
from scim2_models import (
    URN,
    AuthenticationScheme,
    Bulk,
    CaseExact,
    ChangePassword,
    ComplexAttribute,
    ETag,
    Extension,
    Filter,
    Mutability,
    Patch,
    Reference,
    ResourceType,
    Schema,
    ServiceProviderConfig,
    Sort,
    User,
)

ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PEERMENTOR_SCHEMA = "urn:peermentor:params:scim:schemas:extension:2.0:User"
CORE_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
SCIM_MEDIA_TYPE = "application/scim+json"
MAX_RESULTS = 200


class Manager(ComplexAttribute):
    value: Annotated[str | None, CaseExact.true] = None
    """The SCIM id of the user's manager: their team leader in PeerMentor."""

    ref: Annotated[Reference[Any] | None, Mutability.read_only] = Field(
        None, serialization_alias="$ref", validation_alias="$ref"
    )
    """The URI of the manager's SCIM resource."""

    display_name: Annotated[str | None, Mutability.read_only] = None
    """The manager's display name."""

    @model_validator(mode="before")
    @classmethod
    def _bare_id(cls, value: Any) -> Any:
        # Entra ID: {"op": "Add", "path": "...:manager", "value": "<id>"}.
        return {"value": value} if isinstance(value, str) else value


class EnterpriseUser(Extension):
    __schema__ = URN(ENTERPRISE_SCHEMA)

    employee_number: str | None = None
    """The employee number (PeerMentor: employee_number)."""

    cost_center: Annotated[str | None, Mutability.read_only] = None
    """Not kept by PeerMentor."""

    organization: Annotated[str | None, Mutability.read_only] = None
    """Not kept by PeerMentor."""

    division: str | None = None
    """The employee's function (PeerMentor: function)."""

    department: str | None = None
    """The department's name; a new name creates the department."""

    manager: Manager | None = None
    """The team leader."""


class PeerMentorUser(Extension):
    """PeerMentor's own fields that SCIM lacks. Left out of a request, they keep their value."""

    __schema__ = URN(PEERMENTOR_SCHEMA)

    level: str | None = None
    """The grade code, e.g. "M2" (peers share it). A new user without one gets "UNGRADED"."""

    is_managerial: bool | None = None
    """In the managerial cadre (the programme's scope). A new user without it: false."""

    hire_date: datetime | None = None
    """The hire date (its date part counts). A new user without one: the day of provisioning."""


ScimUser = User[EnterpriseUser | PeerMentorUser]


def service_provider_config() -> ServiceProviderConfig:
    return ServiceProviderConfig(
        documentation_uri=None,
        patch=Patch(supported=True),
        bulk=Bulk(supported=False, max_operations=0, max_payload_size=0),
        filter=Filter(supported=True, max_results=MAX_RESULTS),
        change_password=ChangePassword(supported=False),
        sort=Sort(supported=False),
        etag=ETag(supported=True),
        authentication_schemes=[
            AuthenticationScheme(
                type=AuthenticationScheme.Type.oauthbearertoken,
                name="OAuth Bearer Token",
                description="A SCIM token of an hris service account (POST "
                "/api/v1/service-accounts/{id}/scim-tokens), or an access token of one "
                "(the client-credentials grant).",
                primary=True,
            )
        ],
    )


def user_resource_type() -> ResourceType:
    return ResourceType.model_validate(
        {
            "id": "User",
            "name": "User",
            "endpoint": "/Users",
            "description": "Employees of the organisation",
            "schema": CORE_USER_SCHEMA,
            "schemaExtensions": [
                {"schema": ENTERPRISE_SCHEMA, "required": False},
                {"schema": PEERMENTOR_SCHEMA, "required": False},
            ],
        }
    )


def schemas() -> list[Schema]:
    return [ScimUser.to_schema(), EnterpriseUser.to_schema(), PeerMentorUser.to_schema()]
