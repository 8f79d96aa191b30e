"""Staff corrections of a brief's metadata: one field written to the brief's sidecar."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .errors import DocumentError
from .library import sidecar_path
from .metadata import FIELDS, Metadata, apply_overrides, read_sidecar


def write_correction(brief: Path, label: str, field: str, value: object) -> Path:
    """Set field to value in brief's .meta.json sidecar (made if absent), atomically.

    The value is checked as a sidecar's would be, before anything is written.

    Args:
        brief: the brief's file. label: its path as the user knows it, for messages.

    Raises:
        DocumentError: the brief does not exist, the field is unknown or the value is of the
            wrong form (the message names the brief and the field), or the sidecar is bad.
    """
    if not brief.is_file():
        raise DocumentError(f"{label}: no such brief in the documents folder")
    if field not in FIELDS:
        raise DocumentError(f"{label}: unknown field {field!r}; the fields are {', '.join(FIELDS)}")
    apply_overrides(Metadata(title="-"), {field: value}, label)  # raises on a bad value
    path = sidecar_path(brief)
    fields = read_sidecar(path.read_bytes(), path.name) if path.is_file() else {}
    fields[field] = list(value) if isinstance(value, tuple) else value
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(fields, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(temporary, path)
    return path
