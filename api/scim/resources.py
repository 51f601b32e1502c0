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
    Required,
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
                {"schema": ENTERPRISE_SCHEMA, "required": True},
                {"schema": PEERMENTOR_SCHEMA, "required": True},
            ],
        }
    )


# What /Schemas publishes: the attributes PeerMentor keeps (and gives back as sent). Requests
# may carry the rest of the core User schema (Okta sends `locale`, Entra ID `name`): `name`
# gives the full name when `displayName` is missing, the others are accepted and not kept.
PUBLISHED: dict[str, dict[str, set[str] | None]] = {
    CORE_USER_SCHEMA: {
        "userName": None,
        "displayName": None,
        "title": None,
        "active": None,
        "emails": {"value", "type", "primary"},
    },
    ENTERPRISE_SCHEMA: {
        "employeeNumber": None,
        "division": None,
        "department": None,
        "manager": {"value", "$ref", "displayName"},
    },
    PEERMENTOR_SCHEMA: {"level": None, "isManagerial": None, "hireDate": None},
}
# An employee needs a name, a work e-mail and a department.
# PeerMentor's own fields and `active` always have a value: they can be replaced, never removed
# (a PATCH remove is a 400 mutability); a new user without them gets the documented defaults.
REQUIRED = {
    (CORE_USER_SCHEMA, "displayName"),
    (CORE_USER_SCHEMA, "active"),
    (PEERMENTOR_SCHEMA, "level"),
    (PEERMENTOR_SCHEMA, "isManagerial"),
    (PEERMENTOR_SCHEMA, "hireDate"),
    (CORE_USER_SCHEMA, "emails"),
    (ENTERPRISE_SCHEMA, "department"),
}


def _published(schema: Schema) -> Schema:
    kept = PUBLISHED.get(str(schema.id))
    if kept is None:
        return schema
    attributes = []
    for attribute in schema.attributes or []:
        if attribute.name not in kept:
            continue
        sub_names = kept[attribute.name]
        if sub_names is not None and attribute.sub_attributes:
            attribute.sub_attributes = [
                sub for sub in attribute.sub_attributes if sub.name in sub_names
            ]
        if (str(schema.id), attribute.name) in REQUIRED:
            attribute.required = Required.true
            for sub in attribute.sub_attributes or []:
                if sub.name == "value":
                    sub.required = Required.true
        attributes.append(attribute)
    schema.attributes = attributes
    return schema


def schemas() -> list[Schema]:
    return [
        _published(ScimUser.to_schema()),
        _published(EnterpriseUser.to_schema()),
        _published(PeerMentorUser.to_schema()),
    ]
