"""Metadata a person gives wins over metadata parsed: a sidecar `<file>.meta.json` next to a
brief, or the front matter of a Markdown file. Every value is checked, and a wrong one is an
error naming the file and the field, so a typo never silently becomes a citation.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
from collections.abc import Mapping
from pathlib import Path

from .errors import DocumentError
from .metadata import Metadata, parse_date, split_names

SIDECAR_SUFFIX = ".meta.json"
FIELDS = ("title", "series", "number", "date", "authors", "language")
_NUMBER = re.compile(r"^(?:No\.?\s*)?(\d{1,4}/\d{2,4})$", re.I)
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def sidecar_path(brief: Path) -> Path:
    """brief.pdf -> brief.pdf.meta.json: the full name, so a.pdf and a.md never share one."""
    return brief.with_name(brief.name + SIDECAR_SUFFIX)


def read_sidecar(data: bytes, name: str) -> dict[str, object]:
    """The fields of a sidecar's bytes; name is the brief it belongs to, for messages."""
    label = f"{name}{SIDECAR_SUFFIX}"
    try:
        fields = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{label}: not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{label}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(fields, dict):
        raise DocumentError(f'{label}: must hold a JSON object such as {{"title": "..."}}')
    return fields


def split_front_matter(text: str, name: str) -> tuple[dict[str, object], str]:
    """Markdown front matter ("---" lines around YAML at the very top) and the text after it."""
    match = re.match(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", text, flags=re.S | re.M)
    if not match:
        return {}, text
    import yaml

    try:
        fields = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(f"{name}: front matter is not valid YAML ({exc})") from exc
    if not isinstance(fields, dict):
        raise DocumentError(f"{name}: front matter must be 'field: value' lines")
    return fields, text[match.end() :]


def apply_overrides(metadata: Metadata, fields: Mapping[str, object], label: str) -> Metadata:
    """metadata with the given fields replaced, each checked.

    Raises:
        DocumentError: an unknown field or a value of the wrong form; the message names label
            (the file the fields came from) and the field.
    """
    changes: dict[str, object] = {}
    for key, value in fields.items():
        if key not in FIELDS:
            raise DocumentError(
                f"{label}: unknown field {key!r}; the fields are {', '.join(FIELDS)}"
            )
        changes[key] = _checked(key, value, label)
    return dataclasses.replace(metadata, **changes)


def _checked(key: str, value: object, label: str) -> object:
    def bad(expected: str) -> DocumentError:
        return DocumentError(f"{label}: field {key!r} is {value!r}; expected {expected}")

    if key == "authors":
        names = split_names(value) if isinstance(value, str) else value
        if not isinstance(names, list | tuple) or not all(
            isinstance(n, str) and n.strip() for n in names
        ):
            raise bad('a list of names, or one string such as "A, B and C"')
        return tuple(n.strip() for n in names)
    if key == "date":
        if isinstance(value, datetime.date):  # YAML reads 2024-06-23 as a date
            return value.isoformat()[:10]
        iso = parse_date(value) if isinstance(value, str) else ""
        if not iso:
            raise bad('a date such as "2024-06-23" or "23 June 2024"')
        return iso
    if not isinstance(value, str) or not value.strip():
        raise bad("a non-empty string")
    value = value.strip()
    if key == "number":
        match = _NUMBER.match(value)
        if not match:
            raise bad('a number such as "43/2025"')
        return match.group(1)
    if key == "language" and not _LANGUAGE.match(value):
        raise bad('a lowercase ISO 639 code such as "en" or "pl"')
    return value
