from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OidcProvider")


@_attrs_define
class OidcProvider:
    """
    Attributes:
        issuer (str): The provider's issuer (the tokens' `iss`).
        authorize_url (None | str): Where the SPA sends the browser to sign in (authorization code + PKCE).
        token_url (None | str): Where the SPA exchanges the authorization code for tokens (a public client: no secret,
            the PKCE verifier instead).
        client_id (None | str): The SPA's client id at the provider.
        provider_name (None | str): What the login page calls the provider ("Sign in with ...").
        audience (str): The `aud` the API expects in the provider's tokens.
        scopes (str):
    """

    issuer: str
    authorize_url: None | str
    token_url: None | str
    client_id: None | str
    provider_name: None | str
    audience: str
    scopes: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        authorize_url: None | str
        authorize_url = self.authorize_url

        token_url: None | str
        token_url = self.token_url

        client_id: None | str
        client_id = self.client_id

        provider_name: None | str
        provider_name = self.provider_name

        audience = self.audience

        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "authorize_url": authorize_url,
                "token_url": token_url,
                "client_id": client_id,
                "provider_name": provider_name,
                "audience": audience,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        def _parse_authorize_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        authorize_url = _parse_authorize_url(d.pop("authorize_url"))

        def _parse_token_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        token_url = _parse_token_url(d.pop("token_url"))

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("client_id"))

        def _parse_provider_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider_name = _parse_provider_name(d.pop("provider_name"))

        audience = d.pop("audience")

        scopes = d.pop("scopes")

        oidc_provider = cls(
            issuer=issuer,
            authorize_url=authorize_url,
            token_url=token_url,
            client_id=client_id,
            provider_name=provider_name,
            audience=audience,
            scopes=scopes,
        )

        oidc_provider.additional_properties = d
        return oidc_provider

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
