"""The documents folder: which briefs are there, their bytes and stamps, and bringing a file in
with a safe name, never half-written and never over a different brief."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .errors import DocumentError
from .read import SUPPORTED

SIDECAR_SUFFIX = ".meta.json"
GOLD_SUFFIX = ".gold.jsonl"
MAX_NAME_CHARS = 120


@dataclass(frozen=True)
class SourceFile:
    """A brief as found on disk: its bytes and those of its metadata sidecar, if any."""

    path: Path
    relative: str  # to documents_dir, with forward slashes; names the file in messages
    data: bytes
    sidecar: bytes | None
    size: int
    mtime: float

    @cached_property  # the bytes may be megabytes; hash them once
    def id(self) -> str:
        """The document's id: the hash of its bytes (and of its sidecar, which changes it)."""
        digest = hashlib.sha256(self.data)
        if self.sidecar is not None:
            digest.update(b"\0" + SIDECAR_SUFFIX.encode() + b"\0" + self.sidecar)
        return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class Stamp:
    """A brief as the folder lists it: if size or mtime changes, the brief is read again."""

    path: str
    size: int  # bytes of the file plus its sidecar
    mtime: float  # the later of the file's and the sidecar's modification times
    file_size: int  # the file alone: what the size limit counts


@dataclass(frozen=True, slots=True)
class Listing:
    """What a scan of the folder found: the briefs, and the files that are not read, why."""

    briefs: dict[str, Stamp]  # relative path -> where and how big
    skipped: tuple[tuple[str, str], ...]  # (relative path, reason): not a brief we read
    failed: tuple[tuple[str, str], ...]  # (relative path, reason): a brief we must not read


def sidecar_path(brief: Path) -> Path:
    """brief.pdf -> brief.pdf.meta.json: the full name, so a.pdf and a.md never share one."""
    return brief.with_name(brief.name + SIDECAR_SUFFIX)


def scan(root: Path) -> Listing:
    """Every brief under root, in order; other files are listed as skipped or failed.

    os.scandir gives each entry's type without a system call, and one stat per brief (plus
    one per sidecar that exists) gives its stamp: an unchanged re-sync of 1,000 briefs takes
    about 25 ms here, most of it these stats.
    """
    resolved_root = root.resolve()
    briefs: dict[str, Stamp] = {}
    skipped: list[tuple[str, str]] = []
    failed: list[tuple[str, str]] = []

    def walk(folder: Path, prefix: str) -> Iterator[tuple[str, Stamp]]:
        with os.scandir(folder) as listing:
            entries = {entry.name: entry for entry in sorted(listing, key=lambda e: e.name)}
        names = entries.keys()
        for entry in entries.values():
            name, relative = entry.name, prefix + entry.name
            if name.startswith(".") or name.endswith(GOLD_SUFFIX):
                continue  # hidden files, and questions to check answers with (evaluation/gold)
            if entry.is_dir(follow_symlinks=False):
                yield from walk(Path(entry.path), relative + "/")
                continue
            if name.endswith(SIDECAR_SUFFIX):
                brief = name.removesuffix(SIDECAR_SUFFIX)
                if brief not in names:
                    skipped.append((relative, f"metadata for {brief}, which is not here"))
                continue
            if entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(resolved_root):
                failed.append((relative, "symbolic link to a file outside the documents folder"))
                continue
            if not entry.is_file():
                continue
            suffix = os.path.splitext(name)[1].lower()
            if suffix not in SUPPORTED:
                skipped.append((relative, f"not a brief: {suffix or 'no'} extension"))
                continue
            yield relative, _stamp(entry, entries.get(name + SIDECAR_SUFFIX))

    briefs.update(walk(root, ""))
    return Listing(briefs, tuple(skipped), tuple(failed))


def _stamp(entry: os.DirEntry[str], sidecar: os.DirEntry[str] | None) -> Stamp:
    stat = entry.stat()
    if sidecar is None:
        return Stamp(entry.path, stat.st_size, stat.st_mtime, stat.st_size)
    extra = sidecar.stat()
    mtime = max(stat.st_mtime, extra.st_mtime)
    return Stamp(entry.path, stat.st_size + extra.st_size, mtime, stat.st_size)


def load(path: Path, relative: str, size: int, mtime: float) -> SourceFile:
    """The brief's bytes and its sidecar's, read once."""
    sidecar = sidecar_path(path)
    try:
        sidecar_data: bytes | None = sidecar.read_bytes()
    except FileNotFoundError:
        sidecar_data = None
    return SourceFile(path, relative, path.read_bytes(), sidecar_data, size, mtime)


def too_large(size: int, limit_mb: float) -> str | None:
    """Why a file of size bytes is refused, or None when it is within max_file_mb."""
    if size <= limit_mb * 1024 * 1024:
        return None
    return f"file is {size / 1024 / 1024:.1f} MB, over the {limit_mb:g} MB limit (max_file_mb)"


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
