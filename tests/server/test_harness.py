"""The tests' server itself: TLS on loopback, plain connections refused."""

from __future__ import annotations

import psycopg
import pytest

from tests.server.postgres import HOST, SUPERUSER, PostgresServer


def test_the_server_speaks_tls_only(postgres: PostgresServer) -> None:
    with psycopg.connect(postgres.url()) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert row == (True,)
    plain = f"postgresql://{SUPERUSER}:{postgres.password}@{HOST}:{postgres.port}/postgres"
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(plain + "?sslmode=disable").close()


def test_a_wrong_password_is_refused(postgres: PostgresServer) -> None:
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(postgres.url(password="not-the-password")).close()
