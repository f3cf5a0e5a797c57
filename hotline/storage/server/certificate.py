"""The server's certificate, pinned by its fingerprint: how a workstation will join.

PostgreSQL speaks TLS after an 8-byte SSLRequest; ``fetch`` sends it, takes the
certificate the server shows (without trusting it yet) and closes. ``pin`` compares
its SHA-256 fingerprint with the one the administrator read off the server
(``fingerprint`` of its certificate file) and only then writes it where the
workstation's address points ``sslrootcert``: from there every connection is
``verify-full`` against that certificate alone, so a server that shows another one
(a machine in the middle) is refused.
"""

from __future__ import annotations

import hashlib
import socket
import ssl
import struct
from pathlib import Path

from hotline.paths import write_atomic
from hotline.storage.server.errors import CertificateMismatch, NoTls, ServerUnreachable

SSL_REQUEST = struct.pack("!II", 8, 80877103)


def fingerprint(der: bytes) -> str:
    """SHA-256 of the certificate, as ``AB:CD:...`` (as ``openssl x509 -fingerprint``)."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def normalise(text: str) -> str:
    raw = "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")
    return ":".join(raw[i : i + 2] for i in range(0, len(raw), 2))


def fetch(host: str, port: int, timeout: float = 10) -> bytes:
    """The certificate (DER) the server at host:port shows, not yet trusted."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # trusted only once its fingerprint matches
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(SSL_REQUEST)
            if sock.recv(1) != b"S":
                raise NoTls()
            with context.wrap_socket(sock, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
    except OSError as exc:
        raise ServerUnreachable(reason=type(exc).__name__) from exc
    if not der:
        raise NoTls()
    return der


def pin(host: str, port: int, expected: str, dest: Path) -> Path:
    """Write the server's certificate to ``dest`` (PEM) if its fingerprint is
    ``expected``; refuse, writing nothing, otherwise."""
    der = fetch(host, port)
    shown = fingerprint(der)
    if shown != normalise(expected):
        raise CertificateMismatch(shown=shown)
    write_atomic(dest, ssl.DER_cert_to_PEM_cert(der).encode("ascii"))
    return dest
