"""What the page's buttons do, as plain functions of an Assistant (no Gradio here), so that the
checks on user input live in one place and are easy to test."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from assistant import Assistant, Document, Filters, QuestionError, SyncReport

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def filters_from(since: str, until: str, author: str, series: Sequence[str]) -> Filters:
    """Filters from the page's fields; a malformed date is an error naming its field."""
    since, until = (since or "").strip(), (until or "").strip()
    for name, value in (("From", since), ("To", until)):
        if value and not _DATE.match(value):
            raise QuestionError(f"{name} date: write it as YYYY-MM-DD, e.g. 2024-06-23")
    chosen = list(series or ())
    authors = tuple(a.strip() for a in (author or "").split(",") if a.strip())
    return Filters(since, until, authors, tuple(s for s in chosen if s))


def upload(assistant: Assistant, files: Sequence[str] | None) -> SyncReport:
    """Add uploaded files to the library and index them in one sync (Assistant.add).

    Each file is checked on its own: an unsafe or unsupported name, a file over the size limit
    or a different file under a name already taken is reported as failed with its reason, and
    the others still go in.
    """
    if not files:
        raise QuestionError("choose one or more PDF, TXT or MD files to upload")
    return assistant.add([Path(file) for file in files])


def remove(assistant: Assistant, path: str, delete_file: bool, confirmed: bool) -> SyncReport:
    """Take a brief out of the index, only once the user has confirmed."""
    if not path:
        raise QuestionError("choose the brief to remove")
    if not confirmed:
        raise QuestionError(f"tick 'Yes, remove it' to confirm removing {path}")
    return assistant.remove(path, delete_file=delete_file)


def added_since(briefs: Sequence[Document], date: str) -> tuple[Document, ...]:
    """The briefs indexed on or after date (YYYY-MM-DD; "" keeps all), newest first as given."""
    date = (date or "").strip()
    if not date:
        return tuple(briefs)
    if not _DATE.match(date):
        raise QuestionError("Added since date: write it as YYYY-MM-DD, e.g. 2024-06-23")
    return tuple(d for d in briefs if d.indexed_at[:10] >= date)
