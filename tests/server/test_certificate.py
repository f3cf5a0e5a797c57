"""Pinning the server's certificate by its fingerprint (the ground of ``hotline join``)."""

from __future__ import annotations

import ssl
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from hotline.storage.server import certificate
from hotline.storage.server.errors import CertificateMismatch, ServerUnreachable
from tests.server.postgres import HOST, SUPERUSER, PostgresServer, make_certificate


def _fingerprint_of_file(path: Path) -> str:
    return certificate.fingerprint(ssl.PEM_cert_to_DER_cert(path.read_text()))


def test_the_right_fingerprint_pins_the_certificate_and_connects(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    given = _fingerprint_of_file(postgres.cert).lower().replace(":", " ")  # as read aloud
    pinned = certificate.pin(HOST, postgres.port, given, tmp_path / "centre.crt")
    assert pinned.read_bytes() != b"" and oct(pinned.stat().st_mode & 0o777) == "0o600"
    url = (
        f"postgresql://{SUPERUSER}:{postgres.password}@{HOST}:{postgres.port}/postgres"
        f"?sslmode=verify-full&sslrootcert={quote(str(pinned))}"
    )
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


def test_another_certificate_is_refused_and_nothing_is_written(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    other, _key = make_certificate(tmp_path)  # a machine in the middle would show its own
    dest = tmp_path / "pinned" / "centre.crt"
    with pytest.raises(CertificateMismatch) as caught:
        certificate.pin(HOST, postgres.port, _fingerprint_of_file(other), dest)
    assert _fingerprint_of_file(postgres.cert) in str(caught.value)
    assert not dest.exists()
    # And a connection verifying against the wrong certificate does not open.
    url = (
        f"postgresql://{SUPERUSER}:{postgres.password}@{HOST}:{postgres.port}/postgres"
        f"?sslmode=verify-full&sslrootcert={quote(str(other))}"
    )
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url).close()


def test_nothing_listening_is_a_clear_message() -> None:
    with pytest.raises(ServerUnreachable):
        certificate.fetch(HOST, 1, timeout=2)
