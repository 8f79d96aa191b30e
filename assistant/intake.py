"""Bringing a file into documents_dir: a safe name, never a half-written file, never an
overwrite of a different brief. Used by Assistant.add and the web page's upload."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

from .errors import DocumentError
from .read import SUPPORTED

MAX_NAME_CHARS = 120


def safe_name(name: str) -> str:
    """A file name that stays inside documents_dir: the last path part, no control characters,
    no leading dot (hidden files are not indexed), at most MAX_NAME_CHARS characters.

    Raises:
        DocumentError: nothing usable is left, or the extension is not one that is read.
    """
    base = unicodedata.normalize("NFC", re.split(r"[\\/]", name)[-1])
    base = re.sub(r'[\x00-\x1f\x7f<>:"|?*]', "", base).strip().lstrip(".")
    stem, suffix = os.path.splitext(base)
    if not stem.strip() or suffix.lower() not in SUPPORTED:
        raise DocumentError(f"{name!r}: not a brief file name; give a .pdf, .txt or .md file")
    return stem[: MAX_NAME_CHARS - len(suffix)].strip() + suffix.lower()


def place(data: bytes, target: Path) -> bool:
    """Write data as target, atomically; False if target already holds exactly these bytes.

    Raises:
        DocumentError: target exists with other content (rename the new file).
    """
    if target.exists():
        if target.read_bytes() == data:
            return False
        raise DocumentError(
            f"{target.name} is already in {target.parent} with different content; "
            "rename the new file or remove the old brief first"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    # A hidden temporary name: sync and the folder watcher ignore it until the rename.
    temporary = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with open(temporary, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return True
