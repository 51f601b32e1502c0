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


# IPv6 forms that carry an IPv4 address (RFC 6052, 3056, 4380, 4291, 5214): a connection to
# one reaches that IPv4 address, so it is judged as that address.
NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")
NAT64_LOCAL_USE = ipaddress.IPv6Network("64:ff9b:1::/48")  # the IPv4 bits' place varies: refused
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated: refused whatever it embeds
ISATAP_INTERFACE_IDS = (0x0000_5EFE, 0x0200_5EFE)  # ::[02]00:5efe:a.b.c.d, any prefix


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 transition address carries (empty for a plain IPv6 one)."""
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip.sixtofour is not None:
        return [ip.sixtofour]
    if ip.teredo is not None:
        server, client = ip.teredo  # the client's bits are un-obfuscated by the module
        return [server, client]
    if ip in NAT64_WELL_KNOWN or (int(ip) >> 32) & 0xFFFF_FFFF in ISATAP_INTERFACE_IDS:
        return [ipaddress.IPv4Address(int(ip) & 0xFFFF_FFFF)]
    return []


def _is_non_public(ip: IPAddress) -> bool:
    return (
        ip.is_loopback
        or ip.is_link_local
        or ip.is_private
        or ip.is_unspecified
        or ip.is_multicast
        or ip.is_reserved
        or not ip.is_global  # shared (CGNAT), documentation and other special ranges
    )


def is_forbidden_ip(ip: IPAddress) -> bool:
    if isinstance(ip, ipaddress.IPv4Address):
        return _is_non_public(ip)
    if ip in NAT64_LOCAL_USE or ip in IPV4_COMPATIBLE:
        return True
    embedded = embedded_ipv4(ip)
    if any(_is_non_public(address) for address in embedded):
        return True
    if ip.ipv4_mapped is not None or ip.sixtofour is not None or ip in NAT64_WELL_KNOWN:
        # Mere carriers of their IPv4 address, which is public: judged by it alone (newer
        # Pythons call all of 2002::/16 non-global).
        return False
    # Plain IPv6, and Teredo (2001::/32, non-global itself) and ISATAP, whose prefix counts too.
    return _is_non_public(ip)


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
