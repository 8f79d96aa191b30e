"""The audit trail of questions asked (`--log-queries FILE`): one JSON line per question."""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from datetime import UTC, datetime
from pathlib import Path

from .records import Answer, Filters

log = logging.getLogger(__name__)


class QueryLog:
    """Appends each question to a file; a file that cannot be written costs a warning, never
    the answer."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.failures = 0  # lines that could not be written
        self._lock = threading.Lock()  # lines of concurrent questions never interleave

    def record(self, user: str, question: str, filters: Filters | None, answer: Answer) -> bool:
        """Append one line: time (UTC), user ("" without login), question, filters, and the
        briefs and pages cited; False (and a warning) if the file cannot be written."""
        line = json.dumps(entry(user, question, filters, answer), ensure_ascii=False)
        try:
            with self._lock, self.path.open("a", encoding="utf-8") as file:
                file.write(line + "\n")
        except OSError as exc:
            self.failures += 1
            log.warning("%s: cannot append to the query log (%s); answering anyway", self.path, exc)
            return False
        return True


def entry(user: str, question: str, filters: Filters | None, answer: Answer) -> dict[str, object]:
    """The audit line's fields."""
    return {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "user": user,
        "question": question,
        "filters": dataclasses.asdict(filters or Filters()),
        "found": answer.found,
        "cited": [
            {"path": q.citation.path, "number": q.citation.number, "page": q.citation.page}
            for q in answer.quotes
        ],
    }
