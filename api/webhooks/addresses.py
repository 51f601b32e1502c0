"""Where webhooks may be sent: http(s) URLs, and outside development only public addresses.

A webhook URL is chosen by a user, and the server then calls it: without these checks it could
be pointed at the server's own loopback, the cloud metadata service or the internal network
(server-side request forgery). Names are resolved and every address they resolve to is checked,
at creation and again at each delivery (the name may have been re-pointed since: DNS rebinding);
a delivery then connects to the very address that was checked.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from functools import partial

import httpx

from api.core.config import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
RESOLVE_TIMEOUT_SECONDS = 5.0


class ForbiddenAddress(Exception):
    """The URL's host is, or resolves to, an address webhooks may not be sent to."""


def check_url_syntax(value: str) -> str:
    """An absolute http(s) URL with a host and no credentials (a pydantic validator)."""
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL:
        raise ValueError("not a valid URL") from None
    if url.scheme not in ("http", "https"):
        raise ValueError("must be an http or https URL")
    if not url.host:
        raise ValueError("must name a host")
    if url.userinfo:
        raise ValueError("must not contain credentials (deliveries are signed instead)")
    if url.port is not None and not 0 < url.port < 65536:
        raise ValueError("has an invalid port")
    return value


def is_forbidden_ip(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        ip.is_loopback
        or ip.is_link_local
        or ip.is_private
        or ip.is_unspecified
        or ip.is_multicast
        or ip.is_reserved
        or not ip.is_global  # shared (CGNAT), documentation and other special ranges
    )


def _literal_ip(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


async def _resolve(host: str, port: int) -> list[IPAddress]:
    lookup = partial(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = await asyncio.wait_for(asyncio.to_thread(lookup), RESOLVE_TIMEOUT_SECONDS)
    except (OSError, TimeoutError, UnicodeError):
        raise ForbiddenAddress(f"the host {host!r} could not be resolved") from None
    addresses: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise ForbiddenAddress(f"the host {host!r} could not be resolved")
    return addresses


async def allowed_addresses(url: str, settings: Settings) -> list[IPAddress]:
    """The addresses a delivery to this URL may connect to, IPv4 first; raises ForbiddenAddress.

    In development and test nothing is checked (and an empty list is returned): integrators
    there run receivers on their own machine."""
    if settings.is_development:
        return []
    parsed = httpx.URL(url)
    host = parsed.raw_host.decode("ascii").lower().rstrip(".")
    literal = _literal_ip(host)
    if literal is not None:
        addresses = [literal]
    elif host == "localhost" or host.endswith(".localhost"):
        raise ForbiddenAddress("the host is a loopback name")
    else:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        addresses = await _resolve(host, port)
    forbidden = [a for a in addresses if is_forbidden_ip(a)]
    if forbidden:
        raise ForbiddenAddress(
            f"the host resolves to {forbidden[0]}, a loopback, private, link-local or "
            "otherwise non-public address"
        )
    return sorted(addresses, key=lambda a: a.version)
