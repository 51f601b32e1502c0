from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.oidc_provider import OidcProvider


T = TypeVar("T", bound="AuthConfig")


@_attrs_define
class AuthConfig:
    """
    Attributes:
        password_login (bool): `POST /auth/token` with the password grant.
        oidc_enabled (bool):
        oidc (None | OidcProvider): Set when `oidc_enabled`.
    """

    password_login: bool
    oidc_enabled: bool
    oidc: None | OidcProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.oidc_provider import OidcProvider  # noqa: PLC0415

        password_login = self.password_login

        oidc_enabled = self.oidc_enabled

        oidc: dict[str, Any] | None
        if isinstance(self.oidc, OidcProvider):
            oidc = self.oidc.to_dict()
        else:
            oidc = self.oidc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password_login": password_login,
                "oidc_enabled": oidc_enabled,
                "oidc": oidc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oidc_provider import OidcProvider  # noqa: PLC0415

        d = dict(src_dict)
        password_login = d.pop("password_login")

        oidc_enabled = d.pop("oidc_enabled")

        def _parse_oidc(data: object) -> None | OidcProvider:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                oidc_type_0 = OidcProvider.from_dict(data)

                return oidc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OidcProvider, data)

        oidc = _parse_oidc(d.pop("oidc"))

        auth_config = cls(
            password_login=password_login,
            oidc_enabled=oidc_enabled,
            oidc=oidc,
        )

        auth_config.additional_properties = d
        return auth_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
