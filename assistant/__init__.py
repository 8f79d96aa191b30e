"""Spotlight Assistant: ask a think tank's briefs a question, get verbatim cited quotes."""

from __future__ import annotations

from ._version import __version__
from .assistant import Assistant
from .audit import QueryLog
from .clean import fold
from .errors import (
    AssistantError,
    DocumentError,
    IndexBusyError,
    IndexCorruptError,
    IndexMismatchError,
    IndexWriteError,
    ModelLoadError,
    QuestionError,
    SettingsError,
)
from .lexical import STOPWORDS
from .records import (
    NOTHING_ANSWERS,
    Answer,
    Chunk,
    Citation,
    Document,
    Filters,
    News,
    Passage,
    Quote,
    SavedQuestion,
    SourceView,
    Status,
    SyncReport,
    format_date,
    join_names,
    pages_label,
    series_label,
)
from .settings import Settings

__all__ = [
    "NOTHING_ANSWERS",
    "STOPWORDS",
    "Answer",
    "Assistant",
    "AssistantError",
    "Chunk",
    "Citation",
    "Document",
    "DocumentError",
    "Filters",
    "IndexBusyError",
    "IndexCorruptError",
    "IndexMismatchError",
    "IndexWriteError",
    "ModelLoadError",
    "News",
    "Passage",
    "QueryLog",
    "QuestionError",
    "Quote",
    "SavedQuestion",
    "Settings",
    "SettingsError",
    "SourceView",
    "Status",
    "SyncReport",
    "__version__",
    "fold",
    "format_date",
    "join_names",
    "pages_label",
    "series_label",
]
