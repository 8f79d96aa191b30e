"""The assistant's exceptions: every message says what failed, where, and what to do next."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class of every error the assistant raises on purpose."""


class SettingsError(AssistantError):
    """A setting has an invalid value; the message names the field."""


class DocumentError(AssistantError):
    """A document cannot be read or parsed; the message names the file."""


class ModelLoadError(AssistantError):
    """The embedding model cannot be loaded from the configured name or path."""


class IndexMismatchError(AssistantError):
    """The index on disk was built with another model, chunking or schema."""


class IndexCorruptError(AssistantError):
    """An index file is missing or damaged."""


class IndexBusyError(AssistantError):
    """Another process is writing the index."""


class IndexWriteError(AssistantError):
    """The index could not be written (permissions, full disk); the previous one is intact."""


class QuestionError(AssistantError):
    """A question or query that cannot be answered as asked (empty, say)."""
