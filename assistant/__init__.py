"""Spotlight Assistant: ask a think tank's briefs a question, get verbatim cited quotes."""

from __future__ import annotations

from .assistant import Assistant
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
from .records import (
    Answer,
    Chunk,
    Citation,
    Document,
    Filters,
    Passage,
    Quote,
    Status,
    SyncReport,
)
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
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
    "Passage",
    "QuestionError",
    "Quote",
    "Settings",
    "SettingsError",
    "Status",
    "SyncReport",
    "__version__",
]
