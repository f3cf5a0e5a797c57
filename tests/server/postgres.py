"""A PostgreSQL server of the tests' own: initdb + pg_ctl in a temporary folder.

Listens on loopback only (TCP, a free port; no Unix socket), TLS with a
certificate made here for 127.0.0.1, pg_hba accepting only ``hostssl`` with
SCRAM passwords: a client that does not ask for TLS is refused. Every statement
is logged (log_statement=all, parameters too), so the marker tests read the
server's logs at their most talkative.
"""

from __future__ import annotations

import datetime
import glob
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SUPERUSER = "postgres_test"
HOST = "127.0.0.1"
SERVER_USER = "postgres"  # the system user the server runs as when the tests run as root


def binaries() -> Path | None:
    """The folder of Debian's PostgreSQL binaries (the newest installed), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_major)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _major(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


def _as_server_user(argv: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: under root (CI's containers) the server runs as
    Debian's ``postgres`` system user."""
    if os.geteuid() != 0:
        return argv
    return ["runuser", "-u", SERVER_USER, "--", *argv]


def _give_to_server_user(path: Path) -> None:
    if os.geteuid() != 0:
        return
    entry = pwd.getpwnam(SERVER_USER)
    for folder, _dirs, files in os.walk(path):
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        for name in files:
            os.chown(os.path.join(folder, name), entry.pw_uid, entry.pw_gid)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-made server certificate for 127.0.0.1 (and its key, mode 600)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.crt", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


@dataclass
class PostgresServer:
    bin_dir: Path
    root: Path
    port: int
    password: str
    cert: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_dir(self) -> Path:
        return self.root / "log"

    def url(self, user: str = SUPERUSER, password: str | None = None, db: str = "postgres") -> str:
        secret = self.password if password is None else password
        return (
            f"postgresql://{user}:{secret}@{HOST}:{self.port}/{db}"
            f"?sslmode=verify-full&sslrootcert={self.cert}"
        )

    def tool(self, name: str) -> str:
        return str(self.bin_dir / name)

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "PGPASSWORD": self.password,
            "PGSSLMODE": "verify-full",
            "PGSSLROOTCERT": str(self.cert),
        }

    def start(self) -> None:
        subprocess.run(
            _as_server_user(
                [
                    self.tool("pg_ctl"),
                    "-D",
                    str(self.data_dir),
                    "-l",
                    str(self.root / "pg_ctl.log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        subprocess.run(
            _as_server_user(
                [self.tool("pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop"]
            ),
            check=False,
            capture_output=True,
        )


def create(bin_dir: Path, root: Path, *, log_all: bool = True) -> PostgresServer:
    """initdb a cluster in ``root`` and configure it (not started); ``log_all`` logs every
    statement with its parameters (the tests), off for the benches."""
    root.mkdir(parents=True, exist_ok=True)
    password = os.urandom(12).hex()
    pwfile = root / "pwfile"
    pwfile.write_text(password + "\n")
    cert, key = make_certificate(root)
    _give_to_server_user(root)
    data = root / "data"
    subprocess.run(
        _as_server_user(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
    )
    pwfile.unlink()
    port = _free_port()
    log_dir = root / "log"
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(
            f"listen_addresses = '{HOST}'\nport = {port}\nunix_socket_directories = ''\n"
            f"ssl = on\nssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n"
            "password_encryption = 'scram-sha-256'\n"
            f"logging_collector = on\nlog_directory = '{log_dir}'\n"
            f"log_statement = '{'all' if log_all else 'none'}'\n"
            "log_min_error_statement = 'info'\n"
            "log_parameter_max_length = -1\nlog_parameter_max_length_on_error = -1\n"
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            "shared_buffers = 16MB\nmax_connections = 30\n"
        )
    (data / "pg_hba.conf").write_text(
        f"hostssl all all {HOST}/32 scram-sha-256\nhostnossl all all {HOST}/32 reject\n"
    )
    return PostgresServer(bin_dir, root, port, password, cert)


def serve(prefix: str, *, log_all: bool = True) -> Iterator[PostgresServer]:
    """A started server of its own in a temporary folder, stopped and removed after (for
    a fixture to yield from). Without the binaries: skipped with the reason, or failed
    under CI (``HOTLINE_CI=1``, set by .ci/run)."""
    import pytest

    bin_dir = binaries()
    if bin_dir is None:
        reason = (
            "PostgreSQL's server binaries (initdb, pg_ctl) are not installed: "
            "`apt-get install postgresql` (make test does it where apt-get is at hand)"
        )
        if os.environ.get("HOTLINE_CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    # Not pytest's tmp_path: under root it is a 0700 folder the server's user cannot enter.
    root = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        server = create(bin_dir, root, log_all=log_all)
        server.start()
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
