"""The export commands through the real command line, in a child process."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hotline.export import manifest as manifests
from tests.helpers import ROOT, hotline

ADMIN_PW = "night shift on the quiet line"
OP_PW = "tea gets cold at three in the morning"


@pytest.fixture(scope="module")
def cli_desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "desk"
    result = hotline(
        data, "init", "--admin", "admin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    assert result.returncode == 0, result.stderr
    result = as_admin(data, "demo", "--calls", "1500", "--seed", "5", "--months", "12")
    assert result.returncode == 0, result.stderr
    added = as_admin(data, "users", "add", "leyla", "--roles", "operator", extra=f"{OP_PW}\n" * 2)
    assert added.returncode == 0, added.stderr
    return data


def as_admin(data: Path, *args: str, extra: str = "") -> subprocess.CompletedProcess[str]:
    return hotline(data, *args, user="admin", stdin=f"{ADMIN_PW}\n{extra}")


def key_of(card: str) -> str:
    """The desk's export key from the key card `export --public-key` prints."""
    return card.split("--key ")[1].split()[0]


def test_list_prints_the_catalogue() -> None:
    result = hotline(Path("/nonexistent"), "export", "--list")
    assert result.returncode == 0, result.stderr
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert "calls_by_topic" in names and "calls_by_topic_destination" in names


def test_export_verify_and_tamper(cli_desk: Path, tmp_path: Path) -> None:
    out = tmp_path / "march.csv"
    result = as_admin(
        cli_desk,
        "export",
        "--table",
        "calls_by_topic",
        "--period",
        "2026-03",
        "--audience",
        "public",
        "--format",
        "csv",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "audit passed" in result.stdout
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    assert rows and {r["table"] for r in rows} == {
        "calls_by_topic",
        "calls_by_topic_corrections",
        "calls_by_topic_withdrawn",
    }
    manifest = out.with_name("march.csv.manifest.json")
    body = json.loads(manifest.read_text())
    assert body["k"] == 10 and body["audit"]["verdict"] == "passed"

    card = as_admin(cli_desk, "export", "--public-key")
    assert card.returncode == 0, card.stderr
    desk_key = key_of(card.stdout)
    assert body["signing_key"]["fingerprint"] in card.stdout
    ok = hotline(cli_desk, "verify-export", str(manifest), "--key", desk_key)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "OK" in ok.stdout and body["signing_key"]["fingerprint"] in ok.stdout
    unpinned = hotline(cli_desk, "verify-export", str(manifest))
    assert unpinned.returncode == 1
    assert "only against the key the manifest itself carries" in unpinned.stdout
    key = hotline(cli_desk, "verify-export", str(manifest), "--key", "AAAA" * 11)
    assert key.returncode == 1

    # A forger alters the file and signs the manifest anew with a fresh key of their own.
    forged_dir = tmp_path / "forged"
    forged_dir.mkdir()
    forged = forged_dir / out.name
    forged.write_bytes(out.read_bytes() + b"x\r\n")
    fresh = Ed25519PrivateKey.generate()
    fresh_public = fresh.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    forged_body = {k: v for k, v in body.items() if k != "signature"}
    forged_body["file_sha256"] = hashlib.sha256(forged.read_bytes()).hexdigest()
    forged_body["signing_key"] = {
        "algorithm": "Ed25519",
        "public_key": base64.b64encode(fresh_public).decode(),
        "fingerprint": manifests.fingerprint(fresh_public),
    }
    forged_body["signature"] = base64.b64encode(
        fresh.sign(manifests.canonical(forged_body))
    ).decode()
    forged_manifest = forged_dir / manifest.name
    forged_manifest.write_text(json.dumps(forged_body), encoding="utf-8")
    looks_signed = hotline(cli_desk, "verify-export", str(forged_manifest))
    assert looks_signed.returncode == 1, looks_signed.stdout
    assert "OK" not in looks_signed.stdout
    pinned = hotline(cli_desk, "verify-export", str(forged_manifest), "--key", desk_key)
    assert pinned.returncode == 1 and "another key" in pinned.stdout

    data = bytearray(out.read_bytes())
    data[-3] ^= 0x01  # one byte
    out.write_bytes(bytes(data))
    bad = hotline(cli_desk, "verify-export", str(manifest))
    assert bad.returncode == 1
    assert "differs" in bad.stdout

    history = as_admin(cli_desk, "export", "--history")
    assert history.returncode == 0, history.stderr
    assert "calls_by_topic\t2026-03\tpublic" in history.stdout


def test_operator_is_refused(cli_desk: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    result = hotline(
        cli_desk,
        "export",
        "--table",
        "calls_by_topic",
        "--period",
        "2026-04",
        "--out",
        str(out),
        user="leyla",
        stdin=f"{OP_PW}\n",
    )
    assert result.returncode == 1
    assert "hotline:" in result.stderr
    assert not out.exists()


def test_bad_parameters_are_explained(cli_desk: Path, tmp_path: Path) -> None:
    result = as_admin(
        cli_desk,
        "export",
        "--table",
        "calls_by_topic_sex",
        "--period",
        "2026-03",
        "--out",
        str(tmp_path / "x.csv"),
    )
    assert result.returncode == 1
    assert "per quarter or year" in result.stderr
    missing = as_admin(cli_desk, "export", "--table", "calls_by_topic")
    assert missing.returncode == 1 and "--period" in missing.stderr


def test_pdf_from_the_command_line(cli_desk: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    result = as_admin(
        cli_desk,
        "export",
        "--table",
        "calls_by_topic_sex",
        "--period",
        "2026-Q2",
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    pdf_manifest = f"{out}.manifest.json"
    key = key_of(as_admin(cli_desk, "export", "--public-key").stdout)
    assert hotline(cli_desk, "verify-export", pdf_manifest, "--key", key).returncode == 0


def test_pdf_where_qt_cannot_load_is_refused_with_a_message(cli_desk: Path, tmp_path: Path) -> None:
    """PySide6 installed but unusable (a server without the libraries Qt needs)."""
    fake = tmp_path / "site" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        'raise ImportError("libEGL.so.1: cannot open shared object file")\n'
    )
    before = as_admin(cli_desk, "export", "--history").stdout
    out = tmp_path / "q.pdf"
    result = hotline(
        cli_desk,
        "export",
        "--table",
        "calls_by_topic",
        "--period",
        "2026-05",
        "--format",
        "pdf",
        "--out",
        str(out),
        user="admin",
        stdin=f"{ADMIN_PW}\n",
        env={"PYTHONPATH": f"{fake.parent}:{ROOT}"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "A PDF cannot be made on this machine" in result.stderr
    assert "libEGL.so.1" in result.stderr
    assert not out.exists()
    assert as_admin(cli_desk, "export", "--history").stdout == before  # nothing recorded


def test_the_solver_prints_no_banner_on_standard_output() -> None:
    """HiGHS prints a banner on the C standard output when the first solver of a process
    is made; a script reading `hotline export` would meet it before 'File: '."""
    import subprocess
    import sys

    code = "from hotline.disclosure import lp; lp._new_highs(); lp._new_highs(); print('done')"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "done\n"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`hotline --version | true`-style pipes: the CLI says its output was cut off."""
    import subprocess
    import sys

    code = (
        "import sys; from hotline import cli; sys.stdout.close = lambda: None;"
        "import io;\n"
        "class Closed(io.TextIOBase):\n"
        "    def write(self, s): raise BrokenPipeError(32, 'Broken pipe')\n"
        "    def fileno(self): return 1\n"
        "sys.stdout = Closed()\n"
        "raise SystemExit(cli.main(['--data-dir', sys.argv[1], 'export', '--list']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "desk")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "output was cut off" in result.stderr
    assert result.returncode == 1
