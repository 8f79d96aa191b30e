"""Watching documents_dir: sync a few seconds after briefs appear, change or disappear."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import AssistantError, IndexBusyError
from .records import SyncReport

if TYPE_CHECKING:
    from .assistant import Assistant

log = logging.getLogger(__name__)


def watch(
    assistant: Assistant,
    stop: threading.Event,
    on_sync: Callable[[SyncReport], None] = lambda report: None,
    on_error: Callable[[AssistantError], None] = lambda error: None,
    quiet_seconds: float = 2.0,
) -> None:
    """Sync now, then after every burst of changes in documents_dir, until stop is set.

    A sync waits until the folder has been quiet for quiet_seconds, so a brief that is still
    being copied is not read half-written; a copy that pauses longer than that is read again
    when it finishes, because its last write is a change too.
    """
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    root = Path(assistant.settings.documents_dir)
    changed = threading.Event()

    class Changes(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type not in ("opened", "closed_no_write"):  # reads change nothing
                changed.set()

    observer = Observer()
    observer.schedule(Changes(), str(root), recursive=True)
    observer.start()
    try:
        changed.set()  # the first sync catches up with whatever arrived while nobody watched
        while not stop.is_set():
            if not changed.wait(timeout=0.2):
                continue
            while changed.is_set():  # wait for a quiet spell
                changed.clear()
                if stop.wait(quiet_seconds):
                    return
            try:
                on_sync(assistant.sync())
            except IndexBusyError as error:
                log.info("%s; retrying", error)
                changed.set()  # another process is writing: try again after it
            except AssistantError as error:
                on_error(error)
    finally:
        observer.stop()
        observer.join()
