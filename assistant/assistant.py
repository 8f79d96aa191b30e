"""The facade: the one object the CLI, the web page and Python programs talk to."""

from __future__ import annotations

import dataclasses
import fcntl
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .embed import Embedder
from .errors import (
    DocumentError,
    IndexBusyError,
    IndexWriteError,
    QuestionError,
    SettingsError,
)
from .gold import GoldResult, compare, load_gold, run_gold
from .intake import place, safe_name
from .overrides import sidecar_path
from .quote import build_answer, sentence_scores, sentences_of
from .records import (
    Answer,
    Document,
    Filters,
    Passage,
    Quote,
    SourceView,
    Status,
    SyncReport,
)
from .retrieve import distinct, passages, ranked_chunks
from .settings import Settings
from .store import Manifest, Store
from .sync import GOLD_SUFFIX, sync_folder

if TYPE_CHECKING:
    import numpy as np

# Questions longer than this are cut before embedding: the model reads 256 wordpieces at most.
MAX_QUESTION_CHARS = 2000
# Passages whose sentences compete for the quotes. The sentence that answers best often sits
# in a passage that ranks third or fourth as a whole, so more passages are read than quoted.
QUOTE_PASSAGES = 10


class Assistant:
    """Ask questions of the briefs in one documents folder, indexed in one index folder."""

    def __init__(self, settings: Settings, store: Store, embedder: Embedder) -> None:
        self.settings = settings
        self._store = store
        self._embedder = embedder
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, settings: Settings | None = None, embedder: Embedder | None = None) -> Assistant:
        """Open the index in settings.index_dir, creating it if absent; nothing is embedded.

        Args:
            settings: Settings() by default.
            embedder: a model already loaded, to share one between assistants; it must be the
                model settings.model names.

        Raises:
            IndexMismatchError: the index was built with another model or chunking.
            IndexCorruptError: an index file is damaged.
        """
        settings = settings or Settings()
        manifest = Manifest(settings.model, settings.chunk_tokens)
        store = Store(settings.index_dir, manifest, settings.approximate_above)
        if embedder is None:
            embedder = Embedder(settings.model, settings.batch_size)
        elif embedder.name != settings.model:
            raise SettingsError(
                f"model: the embedder given is {embedder.name!r} but settings.model is "
                f"{settings.model!r}"
            )
        return cls(settings, store, embedder)

    def sync(self) -> SyncReport:
        """Bring the index in line with documents_dir: only new or changed files are embedded.

        Raises:
            IndexBusyError: another process is writing this index.
            DocumentError: the documents folder does not exist.
        """
        with self._write_lock, _exclusive(self.settings):
            report = sync_folder(self.settings, self._store, self._embedder)
        if report.changed:
            # Known questions still answered? A gold file in the folder says what to expect.
            worse = [
                f"{path.name}: {line}"
                for path in sorted(self.settings.documents_dir.glob(f"*{GOLD_SUFFIX}"))
                for line in self.check_gold(path)[1]
            ]
            if worse:
                report = dataclasses.replace(report, warnings=(*report.warnings, *worse))
        return report

    def check_gold(self, path: Path) -> tuple[list[GoldResult], list[str]]:
        """Ask a gold file's questions; returns the results and the questions that got worse
        since the last check of the same file, which this run then replaces.

        Raises:
            DocumentError: the gold file is missing or malformed (the message names the line).
        """
        results = run_gold(load_gold(path), self.ask)
        key = f"gold:{path.resolve()}"
        previous = [GoldResult(**r) for r in json.loads(self._store.note(key) or "[]")]
        self._store.note(key, json.dumps([dataclasses.asdict(r) for r in results]))
        return results, compare(previous, results)

    def add(self, path: str | Path) -> SyncReport:
        """Copy a brief (and its .meta.json sidecar, if any) into documents_dir and index it.

        Raises:
            DocumentError: the file is missing or not a brief, or documents_dir already holds
                a different file of the same name.
        """
        source = Path(path)
        if not source.is_file():
            raise DocumentError(f"{source}: no such file")
        target = self.settings.documents_dir / safe_name(source.name)
        place(source.read_bytes(), target)
        if sidecar_path(source).is_file():
            place(sidecar_path(source).read_bytes(), sidecar_path(target))
        self._store.include(target.relative_to(self.settings.documents_dir).as_posix())
        return self.sync()

    def remove(self, document: Document | str, delete_file: bool = False) -> SyncReport:
        """Take a brief out of the index; its file stays (and is skipped) unless delete_file.

        Args:
            document: a Document, or a document's id or path as documents() gives them.
            delete_file: also delete the file (and its sidecar) from documents_dir.

        Raises:
            DocumentError: no indexed brief has that id or path.
        """
        key = document.id if isinstance(document, Document) else document
        found = next((d for d in self.documents() if key in (d.id, d.path)), None)
        if found is None:
            raise DocumentError(f"{key}: no indexed brief has this id or path")
        with self._write_lock, _exclusive(self.settings):
            excluded: list[tuple[str, str]] = []
            if delete_file:
                path = self.settings.documents_dir / found.path
                path.unlink(missing_ok=True)
                sidecar_path(path).unlink(missing_ok=True)
            else:
                excluded.append((found.id, found.path))
            self._store.commit([], [found.id], excluded=excluded)
        return SyncReport(removed=(found.path,))

    def check(self) -> tuple[str, ...]:
        """Problems with the index on disk, in words (empty when it is sound)."""
        return tuple(self._store.check())

    def search(
        self, query: str, k: int = 10, filters: Filters | None = None
    ) -> tuple[Passage, ...]:
        """The k passages that best match query, best first, repeats merged (see Passage)."""
        vector = self._embed_query(query)
        return distinct(self._retrieve(query, vector, 2 * k, filters), k)

    def ask(self, question: str, k: int | None = None, filters: Filters | None = None) -> Answer:
        """Answer with verbatim quotes from the briefs, or found=False when none answers.

        Args:
            question: a question in plain language.
            k: the most quotes; settings.top_k by default.
            filters: only briefs that pass these (dates, authors, series, documents).
        """
        k = k or self.settings.top_k
        vector = self._embed_query(question)
        passages = self._retrieve(question, vector, max(2 * k, QUOTE_PASSAGES), filters)
        sentences = sentences_of(passages)
        cosines = self._embedder.encode_cached([s.text for s in sentences]) @ vector
        scores = sentence_scores(question, sentences, cosines)
        texts = {p.document.id: self._store.clean_text(p.document.id) for p in passages}
        return build_answer(
            question.strip(), sentences, scores, texts, self.settings.answer_threshold, k
        )

    def source(self, quote: Quote) -> SourceView:
        """The page text around a quote (as Answer gives it), with the quote's place in it.

        Raises:
            DocumentError: the quote's brief is no longer indexed.
        """
        document = next((d for d in self.documents() if d.path == quote.citation.path), None)
        if document is None:
            raise DocumentError(f"{quote.citation.path}: no longer indexed; ask again")
        clean = self._store.clean_text(document.id)
        first, last = clean.page_bounds(quote.start, quote.end)
        return SourceView(
            path=document.path,
            file=str((self.settings.documents_dir / document.path).resolve()),
            pages=clean.page(quote.start, quote.end),
            text=clean.text[first:last],
            start=quote.start - first,
            end=quote.end - first,
        )

    def documents(self) -> tuple[Document, ...]:
        """Every indexed brief, newest first."""
        return self._store.documents()

    def status(self) -> Status:
        """How many briefs and chunks the index holds, and the model that embedded them."""
        return Status(
            documents=self._store.count_documents(),
            chunks=self._store.count_chunks(),
            model=self.settings.model,
            index_dir=str(self.settings.index_dir),
            documents_dir=str(self.settings.documents_dir),
            last_sync=self._store.last_sync(),
        )

    def close(self) -> None:
        self._store.close()

    def _retrieve(
        self, query: str, vector: np.ndarray, k: int, filters: Filters | None
    ) -> list[Passage]:
        allowed = None
        if filters:
            allowed = [d.id for d in self._store.documents() if filters.admits(d)]
        hits = ranked_chunks(self._store, query, vector, k, self.settings, allowed)
        return passages(self._store, hits)

    def _embed_query(self, text: str) -> np.ndarray:
        text = " ".join(text.split())
        if not any(c.isalnum() for c in text):
            raise QuestionError("type a question with at least one word")
        return self._embedder.encode([text[:MAX_QUESTION_CHARS]])[0]


@contextmanager
def _exclusive(settings: Settings) -> Iterator[None]:
    """One writer per index across processes; the lock dies with its process."""
    path = settings.index_dir / "write.lock"
    try:
        settings.index_dir.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise IndexWriteError(
            f"cannot write to the index folder {settings.index_dir} ({exc.strerror}); check "
            "its permissions and free space, then sync again"
        ) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise IndexBusyError(
                f"another process (pid {holder}) is indexing {settings.index_dir}; "
                "wait for it to finish and try again"
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
