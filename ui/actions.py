"""What the page's buttons do, as plain functions of an Assistant (no Gradio here), so that the
checks on user input live in one place and are easy to test."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from assistant import Assistant, DocumentError, Filters, QuestionError, SyncReport
from assistant.intake import place, safe_name

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def filters_from(since: str, until: str, author: str, series: Sequence[str] | str) -> Filters:
    """Filters from the page's fields; a malformed date is an error naming its field."""
    since, until = (since or "").strip(), (until or "").strip()
    for name, value in (("From", since), ("To", until)):
        if value and not _DATE.match(value):
            raise QuestionError(f"{name} date: write it as YYYY-MM-DD, e.g. 2024-06-23")
    chosen = [series] if isinstance(series, str) else list(series or ())
    authors = tuple(a.strip() for a in (author or "").split(",") if a.strip())
    return Filters(since, until, authors, tuple(s for s in chosen if s))


def upload(assistant: Assistant, files: Sequence[str | Path] | None) -> SyncReport:
    """Store uploaded files in documents_dir and index them through the usual sync.

    Each file is checked on its own: an unsafe or unsupported name, a file over the size limit
    or a different file under a name already taken is reported as failed with its reason, and
    the others still go in.
    """
    if not files:
        raise QuestionError("choose one or more PDF, TXT or MD files to upload")
    limit = assistant.settings.max_file_mb * 1024 * 1024
    failed: list[tuple[str, str]] = []
    already: list[tuple[str, str]] = []
    for file in files:
        path = Path(file)
        try:
            name = safe_name(path.name)
            if path.stat().st_size > limit:
                raise DocumentError(
                    f"{path.stat().st_size / 1024 / 1024:.1f} MB is over the "
                    f"{assistant.settings.max_file_mb:g} MB limit"
                )
            if not place(path.read_bytes(), assistant.settings.documents_dir / name):
                already.append((name, "already in the library with the same content"))
        except DocumentError as exc:
            failed.append((path.name, str(exc)))
    report = assistant.sync()
    return SyncReport(
        added=report.added,
        updated=report.updated,
        removed=report.removed,
        unchanged=(),  # the upload's report is about the uploaded files, not the whole folder
        failed=(*failed, *report.failed),
        skipped=(*already, *report.skipped),
        warnings=report.warnings,
        moved=report.moved,
        new_briefs=report.new_briefs,
    )


def remove(assistant: Assistant, path: str, delete_file: bool, confirmed: bool) -> SyncReport:
    """Take a brief out of the index, only once the user has confirmed."""
    if not path:
        raise QuestionError("choose the brief to remove")
    if not confirmed:
        raise QuestionError(f"tick 'Yes, remove it' to confirm removing {path}")
    return assistant.remove(path, delete_file=delete_file)
