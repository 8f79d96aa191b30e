"""Syncing: make the index mirror documents_dir, reading and embedding only what changed."""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .chunk import chunk_text, embedding_text
from .clean import CleanText, join_pages, strip_furniture
from .embed import Embedder
from .errors import DocumentError
from .metadata import detect_language, parse_front_page
from .overrides import SIDECAR_SUFFIX, apply_overrides, read_sidecar, sidecar_path
from .read import SUPPORTED, read_file
from .records import Chunk, Document, SyncReport
from .settings import Settings
from .store import NewDocument, Store

log = logging.getLogger(__name__)

GOLD_SUFFIX = ".gold.jsonl"


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


@dataclass
class _Plan:
    """What a sync found, file by file; only `parsed` still needs embedding."""

    parsed: list[tuple[Document, CleanText, tuple[Chunk, ...]]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # paths
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (old path, new path)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    drop_ids: list[str] = field(default_factory=list)  # documents whose rows go
    move_rows: list[tuple[str, str, int, float]] = field(default_factory=list)
    touch_rows: list[tuple[str, int, float]] = field(default_factory=list)


def sync_folder(settings: Settings, store: Store, embedder: Embedder) -> SyncReport:
    """Bring the index in line with settings.documents_dir in one new generation.

    Unchanged files (same size and modification time) are not even read; a file with the
    same bytes under a new name is a move; only new or changed documents are embedded.
    """
    plan = _plan(settings, store, embedder)
    vectors = embedder.encode(
        [embedding_text(c, d.title) for d, _, chunks in plan.parsed for c in chunks]
    )
    added: list[NewDocument] = []
    offset = 0
    for document, clean, chunks in plan.parsed:
        rows = vectors[offset : offset + len(chunks)]
        added.append(NewDocument(document, clean, chunks, rows))
        offset += len(chunks)
    if added or plan.drop_ids or plan.move_rows or plan.touch_rows:
        store.commit(added, plan.drop_ids, plan.move_rows, plan.touch_rows)
    return SyncReport(
        added=tuple(plan.added),
        updated=tuple(plan.updated),
        removed=tuple(plan.removed),
        unchanged=tuple(plan.unchanged),
        failed=tuple(plan.failed),
        skipped=tuple(plan.skipped),
        warnings=tuple(plan.warnings),
        moved=tuple(plan.moved),
        new_briefs=tuple((d.path, d.title) for d, _, _ in plan.parsed),
    )


def _plan(settings: Settings, store: Store, embedder: Embedder) -> _Plan:
    plan = _Plan()
    root = settings.documents_dir
    if not root.is_dir():
        raise DocumentError(
            f"documents folder {root} does not exist; create it or set documents_dir"
        )
    by_path = {d.path: d for d in store.documents()}
    excluded = store.excluded()
    by_id = {d.id: d for d in by_path.values()}
    files = dict(_scan(root, plan))
    present = set(files)
    kept: set[str] = set()
    first_seen: dict[str, str] = {}  # content hash -> the first path found with it
    limit = int(settings.max_file_mb * 1024 * 1024)
    for relative, path in sorted(files.items()):
        size, mtime = _stamp(path)
        known = by_path.get(relative)
        if known and known.size == size and known.mtime == mtime:
            plan.unchanged.append(relative)
            kept.add(known.id)
            continue
        file_size = path.stat().st_size  # without the sidecar, which the limit does not count
        if file_size > limit:
            plan.failed.append((relative, _too_large(file_size, settings.max_file_mb)))
            if known:
                kept.add(known.id)  # a bad new version never costs the indexed one
            continue
        sidecar = sidecar_path(path)
        source = SourceFile(
            path,
            relative,
            path.read_bytes(),
            sidecar.read_bytes() if sidecar.is_file() else None,
            size,
            mtime,
        )
        digest = source.id
        twin = by_id.get(digest)
        first_seen.setdefault(digest, relative)
        if digest in excluded:
            plan.skipped.append((relative, "removed from the index on request; add it to index it"))
        elif known and known.id == digest:
            plan.unchanged.append(relative)
            plan.touch_rows.append((digest, size, mtime))
            kept.add(digest)
        elif digest in kept or (twin and twin.path in present and twin.path != relative):
            other = twin.path if twin and twin.path in present else first_seen[digest]
            plan.skipped.append((relative, f"same content as {other}"))
        elif twin:
            plan.moved.append((twin.path, relative))
            plan.move_rows.append((digest, relative, size, mtime))
            kept.add(digest)
        else:
            try:
                *parsed, warnings = parse_document(source, settings, embedder)
            except DocumentError as exc:
                plan.failed.append((relative, str(exc).removeprefix(f"{relative}: ")))
                if known:
                    kept.add(known.id)
                continue
            plan.parsed.append(tuple(parsed))  # type: ignore[arg-type]
            plan.warnings.extend(warnings)
            (plan.updated if known else plan.added).append(relative)
            kept.add(digest)
    for document in by_path.values():
        if document.id not in kept:
            plan.drop_ids.append(document.id)
            if document.path not in plan.updated:
                plan.removed.append(document.path)
    # A moved document's row is updated in place; its old path is no longer present.
    plan.removed = [p for p in plan.removed if p not in {old for old, _ in plan.moved}]
    return plan


def parse_document(
    source: SourceFile, settings: Settings, embedder: Embedder
) -> tuple[Document, CleanText, tuple[Chunk, ...], list[str]]:
    """Read, clean, parse and chunk one file (no embedding yet); the last item is its warnings.

    Raises:
        DocumentError: the file cannot be read, holds no text, or its given metadata is wrong;
            the message names the file (and the field).
    """
    relative = source.relative
    raw = read_file(relative, source.data)
    pages = strip_furniture(raw.pages)
    metadata, consumed = parse_front_page(pages[0], fallback_title=source.path.stem)
    pages[0] = pages[0][consumed:]
    clean = join_pages(pages, raw.labels)
    if not clean.text.strip():
        raise DocumentError(f"{relative}: no text left after the front page")
    metadata = apply_overrides(metadata, raw.front_matter, relative)
    if source.sidecar is not None:
        fields = read_sidecar(source.sidecar, relative)
        metadata = apply_overrides(metadata, fields, relative + SIDECAR_SUFFIX)
    document = Document(
        id=source.id,
        path=relative,
        title=metadata.title,
        series=metadata.series,
        number=metadata.number,
        date=metadata.date,
        authors=metadata.authors,
        language=metadata.language or detect_language(clean.text),
        pages=len(raw.pages),
        size=source.size,
        mtime=source.mtime,
    )
    max_tokens = min(settings.chunk_tokens, embedder.max_tokens)
    chunks = chunk_text(document.id, clean, embedder.count_tokens, max_tokens, document.title)
    warnings = [*raw.warnings, *_contradictions(relative, document)]
    return document, clean, chunks, warnings


def _contradictions(relative: str, document: Document) -> list[str]:
    """Printed fields that disagree are kept as printed, and the user is told."""
    number_year = re.search(r"/(\d{4})$", document.number)
    if number_year and document.date and number_year.group(1) != document.date[:4]:
        return [
            f"{relative}: the number No. {document.number} says {number_year.group(1)} but the "
            f"date says {document.date}; both kept as printed"
        ]
    return []


def _scan(root: Path, plan: _Plan) -> Iterator[tuple[str, Path]]:
    """(relative path, path) of every brief under root, in order; other files are listed as
    skipped. os.scandir gives each entry's type without a system call per file, which keeps
    an unchanged re-sync of thousands of briefs in milliseconds."""
    resolved_root = root.resolve()

    def walk(folder: Path, prefix: str) -> Iterator[tuple[str, Path]]:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
        names = {entry.name for entry in entries}
        for entry in entries:
            name, relative, path = entry.name, prefix + entry.name, folder / entry.name
            if name.startswith(".") or name.endswith(GOLD_SUFFIX):
                continue  # hidden files, and questions to check answers with (gold.py)
            if entry.is_dir(follow_symlinks=False):
                yield from walk(path, relative + "/")
                continue
            if name.endswith(SIDECAR_SUFFIX):
                if name.removesuffix(SIDECAR_SUFFIX) not in names:
                    brief = name.removesuffix(SIDECAR_SUFFIX)
                    plan.skipped.append((relative, f"metadata for {brief}, which is not here"))
                continue
            if entry.is_symlink() and not path.resolve().is_relative_to(resolved_root):
                plan.failed.append(
                    (relative, "symbolic link to a file outside the documents folder")
                )
                continue
            if not entry.is_file():
                continue
            if path.suffix.lower() not in SUPPORTED:
                plan.skipped.append((relative, f"not a brief: {path.suffix or 'no'} extension"))
                continue
            yield relative, path

    yield from walk(root, "")


def _stamp(path: Path) -> tuple[int, float]:
    """(size, mtime) of a brief with its sidecar: if either changes, the brief is re-read."""
    stat = path.stat()
    size, mtime = stat.st_size, stat.st_mtime
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        sidecar_stat = sidecar.stat()
        size, mtime = size + sidecar_stat.st_size, max(mtime, sidecar_stat.st_mtime)
    return size, mtime


def _too_large(size: int, limit_mb: float) -> str:
    return f"file is {size / 1024 / 1024:.1f} MB, over the {limit_mb:g} MB limit (max_file_mb)"
