"""Connections to the centre's server: verified TLS or nothing."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import psycopg

from hotline.storage.server.errors import ServerNotSecure, ServerUnreachable

VERIFIED = ("verify-full",)


def check_address(url: str) -> str:
    """The address, refused unless it asks for TLS with the server's certificate verified
    (the name too): a workstation never sends a password or a row in the clear."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise ServerNotSecure()
    query = parse_qs(parts.query)
    if query.get("sslmode", [""])[-1] not in VERIFIED or not query.get("sslrootcert"):
        raise ServerNotSecure()
    return url


def database_of(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or "postgres"


def has_password(url: str) -> bool:
    return urlsplit(url).password is not None


def user_of(url: str) -> str:
    return urlsplit(url).username or ""


def connect(
    url: str, *, password: str | None = None, autocommit: bool = False
) -> psycopg.Connection[tuple[Any, ...]]:
    check_address(url)
    if password is not None:
        url = psycopg.conninfo.make_conninfo(url, password=password)
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=10)
    except psycopg.OperationalError as exc:
        # libpq's message names the host and port, never a password.
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ServerUnreachable(reason=first[:200]) from exc
