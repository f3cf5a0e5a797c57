"""A sentence of the core's checks that reaches a person: verify's findings and warnings,
a backup's or a restore's refusal reason.

A `Said` is a str, its English text, so logs, JSON output and every place that reads
the text as before keep working; it also carries its template (marked with
QT_TRANSLATE_NOOP in the "findings" context, or the "errors" context of the error it
tells) and the parameters it was filled in with, by which the window and the command
line say it in the user's language (messages.said_text). A parameter is a number, a
plain string (kept, or translated when it is itself a marked text), another Said, or
a tuple of them (said one after the other, separated by "; ").

`as_json`/`from_json` keep one in a file or an audit entry (the backup register, a
sign-in's finding) so that it is translated when it is read back later.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hotline.errors import DeskError

CONTEXT = "findings"
SEPARATOR = "; "

Render = Callable[["Said"], str]


class Said(str):
    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, /, **params: object) -> Said:
        said = super().__new__(cls, fill(template, params, str))
        said.template = template
        said.params = params
        return said

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, dict(self.params)))

    def as_json(self) -> dict[str, object]:
        return {"template": self.template, "params": {k: _json(v) for k, v in self.params.items()}}


def _rebuild(template: str, params: dict[str, object]) -> Said:
    return Said(template, **params)


def _json(value: object) -> object:
    if isinstance(value, Said):
        return value.as_json()
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    return value


def _from_json(value: object) -> object:
    if isinstance(value, dict) and isinstance(value.get("template"), str):
        return from_json(value)
    if isinstance(value, list):
        return tuple(_from_json(v) for v in value)
    return value


def from_json(value: object, fallback: str = "") -> str:
    """A Said kept by as_json, or the fallback (the English text an older file kept)."""
    if not isinstance(value, dict) or not isinstance(value.get("template"), str):
        return fallback
    params = value.get("params")
    given = {str(k): _from_json(v) for k, v in params.items()} if isinstance(params, dict) else {}
    return Said(value["template"], **given)


def kept(text: str, key: str = "problem") -> dict[str, object]:
    """The fields that keep a reason in a JSON record: its English text under `key`, and
    what translates it under `key`_said (read back with `read`)."""
    fields: dict[str, object] = {key: str(text)}
    if isinstance(text, Said) and text:
        fields[f"{key}_said"] = text.as_json()
    return fields


def read(fields: Mapping[str, Any], key: str = "problem") -> str:
    """A reason kept by `kept`: a Said when it was one, else the text as it was kept."""
    return from_json(fields.get(f"{key}_said"), str(fields.get(key, "")))


def said_of(exc: DeskError) -> Said:
    """The desk's own error as a reason inside a finding, translated from its template."""
    return Said(exc.template, **exc.params)


def as_text(value: object) -> str:
    """A parameter as text, a Said kept as it is (str() would drop what translates it)."""
    return value if isinstance(value, str) else str(value)


def joined(parts: Iterable[str]) -> Said:
    """Several reasons said as one (a backup refused for its first three problems)."""
    return Said("{parts}", parts=tuple(parts))


def fill(template: str, params: Mapping[str, object], render: Callable[[str], str]) -> str:
    """The template filled in, each Said and string parameter through `render` (the
    English text, or a translation)."""
    values = {k: _value(v, render) for k, v in params.items()}
    with contextlib.suppress(KeyError, IndexError, ValueError):
        return template.format(**values)
    return template


def _value(value: object, render: Callable[[str], str]) -> object:
    if isinstance(value, str):
        return render(value)
    if isinstance(value, tuple | list):
        return SEPARATOR.join(str(_value(v, render)) for v in value)
    return value
