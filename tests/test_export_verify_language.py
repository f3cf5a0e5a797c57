"""`hotline verify-export` and the key card of `hotline export --public-key` in az, ru and
en (issue 14): every outcome of the check (the file as signed, altered, signed by another
key, no key pinned, a manifest missing, cut short, not a manifest, the exported file given
instead, a bad --key...) says its own sentence in the user's language with the right exit
code, no English sentence of them is left in az or ru, and no input ends in a traceback.

Everything runs the real command line in a child process on files a real desk exported.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hotline import catalogue
from hotline import cli_export as cli
from hotline.export import key_card
from hotline.export import manifest as manifests
from hotline.export import verification as v
from tests.helpers import child_env, hotline

ADMIN_PW = "night shift on the quiet line"
LANGUAGES = catalogue.LANGUAGES
EXIT_OK, EXIT_PROBLEM = 0, 1
# Letters the az and ru texts must carry as they are (no '?', no transliteration).
LETTERS = {"az": ("ə", "ş", "ğ", "ı"), "ru": ("ж", "ы", "ю", "я")}
# Every sentence of the check and the card, in English (the source texts).
SENTENCES = (
    v.NO_SUCH_FILE,
    v.A_FOLDER,
    v.NOT_ALLOWED,
    v.NOT_READ,
    v.CUT_SHORT,
    v.NOT_JSON,
    v.THE_FILE_ITSELF,
    v.NO_FIELDS,
    v.NO_SIGNATURE,
    v.NO_SIGNING_KEY,
    v.BAD_SIGNATURE,
    v.BAD_SIGNING_KEY,
    v.SIGNATURE_MISMATCH,
    v.ANOTHER_KEY,
    v.NAMES_NO_FILE,
    v.FILE_MISSING,
    v.FILE_NOT_ALLOWED,
    v.FILE_NOT_READ,
    v.FILE_DIFFERS,
    cli.UNPINNED,
    cli.VERIFIED,
    cli.KEY_NOT_BASE64,
    cli.KEY_IS_FINGERPRINT,
    cli.KEY_WRONG_SIZE,
    key_card.TITLE,
    key_card.KEY,
    key_card.FINGERPRINT,
    key_card.HOW,
    key_card.COMPARE,
    key_card.ANOTHER,
)
# The facts' names, but k, which is k in every language.
FACT_NAMES = {v.FINGERPRINT, *v.FACT_NAMES.values(), v.CHAIN_HEAD, v.VERDICT} - {"k"}


def pieces(template: str, shortest: int) -> list[str]:
    """The literal parts of a template between its {placeholders}."""
    return [p.strip() for p in re.split(r"\{\w*\}", template) if len(p.strip()) >= shortest]


def translated(context: str, template: str, language: str) -> str:
    return catalogue.Catalogue(language).translate(context, template)


def assert_says(output: str, context: str, template: str, language: str) -> None:
    """The sentence `template`, in `language`, is in the output (its literal parts)."""
    text = translated(context, template, language)
    if language != "en":
        assert text != template, f"no {language} translation of {template!r}"
    found = pieces(text, 3)
    assert found and all(p in output for p in found), (language, text, output)


def english_left(output: str) -> list[str]:
    """English clauses of the check's and the card's sentences found in the output, and
    fact names shown in English."""
    left = [p for s in SENTENCES for p in pieces(s, 12) if p in output]
    labels = {line.split(":")[0] for line in output.splitlines() if ":" in line}
    return left + sorted(labels & FACT_NAMES)


@dataclass(frozen=True)
class Published:
    data: Path  # the desk's folder
    out: Path  # the exported file; its manifest beside it
    manifest: Path
    key: str  # the desk's export key, base64, as its card gives it


def as_admin(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return hotline(data, *args, user="admin", stdin=f"{ADMIN_PW}\n")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Published:
    root = tmp_path_factory.mktemp("published")
    data = root / "desk"
    made = hotline(
        data, "init", "--admin", "admin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    assert made.returncode == 0, made.stderr
    filled = as_admin(
        data, "demo", "--calls", "300", "--seed", "8", "--months", "6", "--until", "2026-07-01"
    )
    assert filled.returncode == 0, filled.stderr
    out = root / "files" / "march.csv"
    out.parent.mkdir()
    result = as_admin(
        data, "export", "--table", "calls_by_topic", "--period", "2026-03", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    manifest = manifests.manifest_path(out)
    key = json.loads(manifest.read_text(encoding="utf-8"))["signing_key"]["public_key"]
    return Published(data, out, manifest, key)


def verify_export(
    language: str, manifest: Path, *key: str, data: Path = Path("/nonexistent")
) -> subprocess.CompletedProcess[str]:
    args = ["--language", language, "verify-export", str(manifest)]
    if key:
        args += ["--key", *key]
    result = hotline(data, *args)
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    return result


def copy_of(published: Published, folder: Path) -> tuple[Path, Path]:
    """The exported file and its manifest copied to `folder` (a recipient's)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = Path(shutil.copy2(published.out, folder))
    return out, Path(shutil.copy2(published.manifest, folder))


def signed_anew(body: dict[str, object], private: Ed25519PrivateKey) -> str:
    """A manifest signed by `private`, as a forger would sign it."""
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    body = {k: val for k, val in body.items() if k != "signature"}
    body["signing_key"] = {
        "algorithm": "Ed25519",
        "public_key": base64.b64encode(public).decode(),
        "fingerprint": manifests.fingerprint(public),
    }
    body["signature"] = base64.b64encode(private.sign(manifests.canonical(body))).decode()
    return json.dumps(body)


def check(
    result: subprocess.CompletedProcess[str],
    language: str,
    template: str,
    *,
    context: str = "export",
    code: int = EXIT_PROBLEM,
    stream: str = "stdout",
) -> None:
    said = result.stdout if stream == "stdout" else result.stderr
    assert result.returncode == code, result.stdout + result.stderr
    assert_says(said, context, template, language)
    if language != "en":
        left = english_left(result.stdout + result.stderr)
        assert not left, left


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_file_as_the_desk_signed_it(published: Published, language: str) -> None:
    pinned = verify_export(language, published.manifest, published.key)
    check(pinned, language, cli.VERIFIED, context="cli", code=EXIT_OK)
    fingerprint = manifests.fingerprint(base64.b64decode(published.key))
    assert fingerprint in pinned.stdout
    # The facts' names in the language, the verdict said; codes and numbers as they are.
    assert f"{translated('facts', v.FINGERPRINT, language)}: {fingerprint}" in pinned.stdout
    assert f"{translated('facts', 'table', language)}: calls_by_topic" in pinned.stdout
    passed = translated("export", "passed", language)
    assert f"{translated('facts', v.VERDICT, language)}: {passed}" in pinned.stdout

    unpinned = verify_export(language, published.manifest)
    check(unpinned, language, cli.UNPINNED)
    assert fingerprint in unpinned.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_altered_file(published: Published, tmp_path: Path, language: str) -> None:
    out, manifest = copy_of(published, tmp_path)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    check(verify_export(language, manifest, published.key), language, v.FILE_DIFFERS)
    check(verify_export(language, manifest), language, v.FILE_DIFFERS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_altered_and_signed_anew_with_another_key(
    published: Published, tmp_path: Path, language: str
) -> None:
    out, manifest = copy_of(published, tmp_path)
    out.write_bytes(out.read_bytes() + b"calls_by_topic,2026-03,adoption,,99\r\n")
    body = json.loads(manifest.read_text(encoding="utf-8"))
    body["file_sha256"] = hashlib.sha256(out.read_bytes()).hexdigest()
    manifest.write_text(signed_anew(body, Ed25519PrivateKey.generate()), encoding="utf-8")
    pinned = verify_export(language, manifest, published.key)
    check(pinned, language, v.ANOTHER_KEY)
    assert manifests.fingerprint(base64.b64decode(published.key)) in pinned.stdout
    # Without the desk's key the forgery checks against its own key: never an OK.
    unpinned = verify_export(language, manifest)
    check(unpinned, language, cli.UNPINNED)
    assert translated("cli", cli.VERIFIED, language) not in unpinned.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_wrong_key_pinned(published: Published, language: str) -> None:
    other = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    check(
        verify_export(language, published.manifest, base64.b64encode(other).decode()),
        language,
        v.ANOTHER_KEY,
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_manifest_changed_without_its_signature(
    published: Published, tmp_path: Path, language: str
) -> None:
    _out, manifest = copy_of(published, tmp_path)
    body = json.loads(manifest.read_text(encoding="utf-8"))
    body["k"] = 3
    manifest.write_text(json.dumps(body), encoding="utf-8")
    check(verify_export(language, manifest, published.key), language, v.SIGNATURE_MISMATCH)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_file_missing_or_named_outside(
    published: Published, tmp_path: Path, language: str
) -> None:
    out, manifest = copy_of(published, tmp_path / "alone")
    out.unlink()
    check(verify_export(language, manifest, published.key), language, v.FILE_MISSING)
    body = json.loads(manifest.read_text(encoding="utf-8"))
    body["file"] = "../march.csv"
    manifest.write_text(json.dumps(body), encoding="utf-8")
    result = verify_export(language, manifest, published.key)
    check(result, language, v.NAMES_NO_FILE)
    assert_says(result.stdout, "export", v.SIGNATURE_MISMATCH, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_manifest_there_or_a_folder(published: Published, language: str) -> None:
    missing = published.manifest.with_name("april.csv.manifest.json")
    check(verify_export(language, missing, published.key), language, v.NO_SUCH_FILE)
    check(verify_export(language, published.out.parent), language, v.A_FOLDER)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_manifest_cut_short(published: Published, tmp_path: Path, language: str) -> None:
    _out, manifest = copy_of(published, tmp_path)
    text = manifest.read_bytes()
    for size in (1, len(text) // 3, len(text) - 3):
        manifest.write_bytes(text[:size])
        check(verify_export(language, manifest, published.key), language, v.CUT_SHORT)


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_a_manifest(published: Published, tmp_path: Path, language: str) -> None:
    # The exported file given instead of its manifest: the manifest beside it is named.
    given = verify_export(language, published.out, published.key)
    check(given, language, v.THE_FILE_ITSELF)
    assert str(published.manifest) in given.stdout
    cases = {
        b"%PDF-1.4\n\xff\xfe\x00binary": v.NOT_JSON,
        "Hesabat: zənglər".encode(): v.NOT_JSON,
        b"": v.NOT_JSON,
        b"[" * 100_000: v.NOT_JSON,  # deeper than any parser goes
        b'{"file": "' + b"a" * v.LARGEST + b'"}': v.NOT_JSON,  # not read past 4 MiB
        b"[]": v.NO_FIELDS,
        b'"a string"': v.NO_FIELDS,
        b"42": v.NO_FIELDS,
        b"null": v.NO_FIELDS,
        b"{}": v.NO_FIELDS,
        b'{"file": "march.csv"}': v.NO_SIGNATURE,
        b'{"signature": "AAAA", "signing_key": "the desk"}': v.NO_SIGNING_KEY,
        b'{"signature": "AAAA", "signing_key": [1, 2]}': v.NO_SIGNING_KEY,
    }
    for number, (content, template) in enumerate(cases.items()):
        path = tmp_path / f"case{number}.json"
        path.write_bytes(content)
        check(verify_export(language, path, published.key), language, template)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_signature_or_key_that_is_not_one(
    published: Published, tmp_path: Path, language: str
) -> None:
    _out, manifest = copy_of(published, tmp_path)
    body = json.loads(manifest.read_text(encoding="utf-8"))
    for field, value, template in (
        ("signature", "not base64!", v.BAD_SIGNATURE),
        ("signature", "AAAA", v.BAD_SIGNATURE),  # base64, but not 64 bytes
        ("signature", 12, v.BAD_SIGNATURE),
        ("public_key", "@@@", v.BAD_SIGNING_KEY),
        ("public_key", base64.b64encode(b"\x01" * 31).decode(), v.BAD_SIGNING_KEY),
        ("public_key", None, v.BAD_SIGNING_KEY),
    ):
        changed = json.loads(json.dumps(body))
        if field == "signature":
            changed["signature"] = value
        else:
            changed["signing_key"]["public_key"] = value
        manifest.write_text(json.dumps(changed), encoding="utf-8")
        check(verify_export(language, manifest, published.key), language, template)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_key_given_that_is_not_a_key(published: Published, language: str) -> None:
    fingerprint = manifests.fingerprint(base64.b64decode(published.key))
    for given, template in (
        ("not a key!", cli.KEY_NOT_BASE64),
        ("AAAA" * 11, cli.KEY_WRONG_SIZE),  # 33 bytes
        (hashlib.sha256(b"x").hexdigest(), cli.KEY_WRONG_SIZE),  # hex is 48 bytes as base64
        (fingerprint, cli.KEY_IS_FINGERPRINT),
        ("", cli.KEY_WRONG_SIZE),
    ):
        result = verify_export(language, published.manifest, given)
        check(result, language, template, context="errors", stream="stderr")
        assert result.stdout == ""
    # A key copied with spaces or a line break still pins it.
    spaced = published.key[:20] + " \n" + published.key[20:]
    assert verify_export(language, published.manifest, spaced).returncode == EXIT_OK


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
@pytest.mark.parametrize("language", LANGUAGES)
def test_files_that_may_not_be_read(published: Published, tmp_path: Path, language: str) -> None:
    out, manifest = copy_of(published, tmp_path)
    out.chmod(0)
    check(verify_export(language, manifest, published.key), language, v.FILE_NOT_ALLOWED)
    manifest.chmod(0)
    check(verify_export(language, manifest, published.key), language, v.NOT_ALLOWED)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_key_card(published: Published, tmp_path: Path, language: str) -> None:
    """The card in each language holds the desk's key and fingerprint, its letters as they
    are in the bytes printed, and the key it gives pins the desk's files."""
    result = subprocess.run(
        admin_command(published.data, "--language", language, "export", "--public-key"),
        input=f"{ADMIN_PW}\n".encode(),
        capture_output=True,
        env=child_env(),
        timeout=120,
    )
    assert result.returncode == EXIT_OK, result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr
    card = result.stdout.decode("utf-8")  # strict: the card's bytes are UTF-8
    for letter in LETTERS.get(language, ()):
        assert letter.encode("utf-8") in result.stdout, (letter, card)
    assert "?" not in card
    public = base64.b64decode(published.key)
    assert published.key in card and manifests.fingerprint(public) in card
    for template in (key_card.TITLE, key_card.HOW, key_card.COMPARE, key_card.ANOTHER):
        assert_says(card, "export", template, language)
    if language != "en":
        assert not english_left(card), english_left(card)
    key = card.split("--key ")[1].split()[0]
    assert key == published.key
    ok = verify_export(language, published.manifest, key)
    check(ok, language, cli.VERIFIED, context="cli", code=EXIT_OK)


def admin_command(data: Path, *args: str) -> list[str]:
    """The command line as `hotline` runs it, for output read as bytes."""
    return [sys.executable, "-m", "hotline", "--data-dir", str(data), "--user", "admin",
            "--password-stdin", *args]  # fmt: skip


def test_the_card_follows_the_language_asked(published: Published) -> None:
    """--language of `export` (the files' language) wins over the command line's."""
    result = as_admin(
        published.data, "--language", "az", "export", "--public-key", "--language", "ru"
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert translated("export", key_card.TITLE, "ru") in result.stdout
    assert translated("export", key_card.TITLE, "az") not in result.stdout
    bad = as_admin(published.data, "export", "--public-key", "--language", "xx")
    assert bad.returncode == EXIT_PROBLEM and "Traceback" not in bad.stderr


def flat(text: str) -> str:
    """Text as a reader extracts it, compared by words (NFKC: the "ﬁ" ligature is "fi")."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_key_card_as_a_page(published: Published, tmp_path: Path, language: str) -> None:
    """`--out CARD.pdf`: one A4 page whose text (as a reader extracts it) says the card in
    the language with its letters, in fonts that carry them (embedded); `--out CARD.txt`:
    the printed card's bytes."""
    pypdf = pytest.importorskip("pypdf")
    pdf, txt = tmp_path / "card.pdf", tmp_path / "card.txt"
    for out in (pdf, txt):
        made = as_admin(
            published.data, "--language", language, "export", "--public-key", "--out", str(out)
        )
        assert made.returncode == EXIT_OK, made.stderr
        assert_says(made.stdout, "cli", cli.CARD_WRITTEN, language)
    assert txt.read_text(encoding="utf-8") in made.stdout
    assert pdf.read_bytes().startswith(b"%PDF-")
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    bare = re.sub(r"\s+", "", text)
    public = base64.b64decode(published.key)
    assert published.key in bare and manifests.fingerprint(public) in bare
    for letter in LETTERS.get(language, ()):
        assert letter in text, (letter, text)
    for template in (key_card.TITLE, key_card.HOW, key_card.COMPARE, key_card.ANOTHER):
        assert flat(translated("export", template, language)) in text, template
    if language != "en":
        assert not english_left(text), english_left(text)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    assert names and all("DejaVu" in n for n in names), names
    assert b"/FontFile2" in pdf.read_bytes()  # the glyphs are in the file, not the reader's

    nowhere = as_admin(
        published.data,
        "--language",
        language,
        "export",
        "--public-key",
        "--out",
        str(tmp_path / "no such folder" / "card.pdf"),
    )
    assert nowhere.returncode == EXIT_PROBLEM and "Traceback" not in nowhere.stderr
    assert_says(nowhere.stderr, "errors", cli.CARD_NOT_WRITTEN, language)
