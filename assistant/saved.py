"""Saved questions and what is new on them: the pure part (rows.py keeps them in SQLite)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime

from .records import Answer, Document, SavedQuestion

MAX_SAVED_CHARS = 500  # a saved question is a topic to follow, not a document


def saved_question(row: Sequence[object]) -> SavedQuestion:
    """The record of a row of the saved table."""
    saved_id, user, question, created, seen = row
    return SavedQuestion(int(saved_id), str(user), str(question), str(created), str(seen))  # type: ignore[call-overload]


def indexed_since(briefs: Sequence[Document], since: str) -> tuple[Document, ...]:
    """The briefs whose current version was indexed after since (ISO time, UTC).

    Looks are stamped to the microsecond and indexing to the second (rows.py), so a brief
    indexed within the same second as a look, before or after it, counts as seen then.
    """
    looked = datetime.fromisoformat(since)
    return tuple(
        d for d in briefs if d.indexed_at and datetime.fromisoformat(d.indexed_at) > looked
    )


def newest_first(answer: Answer, briefs: Sequence[Document]) -> Answer:
    """The answer's quotes ordered by their brief's date, newest first (undated last), ties
    kept in score order."""
    dates = {d.path: d.date for d in briefs}
    order = sorted(
        range(len(answer.quotes)),
        key=lambda n: dates.get(answer.quotes[n].citation.path, "") or "0000",
        reverse=True,
    )
    # sorted(reverse=True) keeps equal keys in their original order: ties stay best first.
    return dataclasses.replace(answer, quotes=tuple(answer.quotes[n] for n in order))
