"""The facade: the one object the CLI, the web page and Python programs talk to."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .abstain import across_languages, load_weights, weights_file
from .embed import Embedder
from .errors import DocumentError, QuestionError, SettingsError
from .index import Index, drop_index, index_name, open_index, writer_lock
from .library import place, safe_name, sidecar_path, too_large
from .quote import Sentence, answer, candidates
from .records import (
    Answer,
    Change,
    CleanText,
    Document,
    Filters,
    Passage,
    Quote,
    SourceView,
    Status,
    SyncReport,
)
from .retrieve import admits, distinct, passages, ranked_chunks
from .settings import E5_MODEL, RETRIEVAL_MODES, Settings
from .staff import StaffVerbs
from .sync import READING, sync_folder

if TYPE_CHECKING:
    import numpy as np

# Questions longer than this are cut before embedding and word matching: the model reads 256
# wordpieces at most, and BM25 of thousands of words would be an OR of all of them.
MAX_QUESTION_CHARS = 2000
# Passages whose sentences compete for the quotes. The sentence that answers best often sits
# in a passage that ranks third or fourth as a whole, so more passages are read than quoted.
QUOTE_PASSAGES = 10
MAX_K = 10_000  # a search may list a whole collection; no answer needs more


class Assistant(StaffVerbs):
    """Ask questions of the briefs in one documents folder, indexed in one index folder."""

    def __init__(self, settings: Settings, store: Index, embedder: Embedder) -> None:
        self._settings = settings
        self._store = store
        self._embedder = embedder
        self._write_lock = threading.Lock()

    @property
    def settings(self) -> Settings:
        """The settings this assistant was opened with (read-only: open another to change)."""
        return self._settings

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        rebuild: bool = False,
    ) -> Assistant:
        """Open the index in settings.index_dir, creating it if absent; nothing is embedded.

        Args:
            settings: Settings() by default.
            embedder: a model already loaded, to share one between assistants; it must be the
                model settings.model names.
            rebuild: delete the index first (holding the writer lock), as after a change of
                model or chunking; the next sync embeds everything.

        Raises:
            IndexMismatchError: the index was built with another model or chunking.
            IndexCorruptError: an index file is damaged.
            IndexBusyError: rebuild while another process is writing the index.
        """
        settings = settings or Settings()
        if embedder is None:
            embedder = Embedder(settings.model, settings.batch_size)
        elif embedder.name != settings.model:
            raise SettingsError(
                f"model: the embedder given is {embedder.name!r} but settings.model is "
                f"{settings.model!r}"
            )
        if rebuild:
            with writer_lock(settings):
                drop_index(settings)
        return cls(settings, _open_store(settings), embedder)

    # -- keeping the index in line with the folder -------------------------------------------

    def sync(self) -> SyncReport:
        """Bring the index in line with documents_dir: only new or changed files are embedded,
        and an unchanged folder does not even load the model.

        Raises:
            IndexBusyError: another process is writing this index.
            DocumentError: the documents folder does not exist.
        """
        with self._writing():
            report = sync_folder(self.settings, self._store, self._embedder)
            if self._store.needs_compaction():
                self._store.compact(everything=False)
        return report

    def correct(self, brief: str, field: str, value: object) -> SyncReport:
        """Correct one metadata field of an indexed brief (by its path or id): the value goes
        to the brief's .meta.json sidecar, and the sync that follows re-reads that brief only
        (nothing else in the folder changed).

        Raises:
            DocumentError: no such brief, an unknown field or a value of the wrong form; the
                message names the brief and the field.
            IndexBusyError: another process is writing this index.
        """
        from .corrections import write_correction

        known = {d.path: d for d in self._store.documents()}
        by_id = {d.id: d.path for d in known.values()}
        relative = by_id.get(brief, brief)
        if relative not in known:
            raise DocumentError(f"{brief}: not an indexed brief")
        write_correction(self.settings.documents_dir / relative, relative, field, value)
        return self.sync()

    def add(self, paths: Sequence[Path]) -> SyncReport:
        """Copy briefs (each with its .meta.json sidecar, if any) into documents_dir and index
        them in one sync; a file that cannot go in is listed in failed with its reason while
        the others go in. A brief removed earlier with its file kept comes back.

        Raises:
            IndexBusyError: another process is writing this index.
        """
        failed: list[tuple[str, str]] = []
        placed: list[str] = []
        root = self.settings.documents_dir
        for source in paths:
            try:
                if not source.is_file():
                    raise DocumentError(f"{source}: no such file")
                target = root / safe_name(source.name)
                if reason := too_large(source.stat().st_size, self.settings.max_file_mb):
                    raise DocumentError(f"{source.name}: {reason}")
                place(source.read_bytes(), target)
                if sidecar_path(source).is_file():
                    place(sidecar_path(source).read_bytes(), sidecar_path(target))
                placed.append(target.relative_to(root).as_posix())
            except (DocumentError, OSError) as exc:
                key = source.name if source.is_file() else str(source)
                failed.append((key, str(exc).removeprefix(f"{key}: ")))
        with self._writing():
            self._store.include(placed)
            report = sync_folder(self.settings, self._store, self._embedder)
        return SyncReport(
            added=report.added,
            updated=report.updated,
            removed=report.removed,
            unchanged=tuple(p for p in report.unchanged if p in placed),
            failed=(*failed, *report.failed),
            skipped=report.skipped,
            warnings=report.warnings,
            moved=report.moved,
            new_briefs=report.new_briefs,
            reread=report.reread,
        )

    def remove(self, brief: str, delete_file: bool = False) -> SyncReport:
        """Take a brief out of the index; its file stays (and is skipped) unless delete_file.

        Args:
            brief: the brief's id or its path in documents_dir, as documents() gives them.
            delete_file: also delete the file (and its sidecar) from documents_dir.

        Raises:
            DocumentError: no indexed brief has that id or path.
        """
        found = next((d for d in self.documents() if brief in (d.id, d.path)), None)
        if found is None:
            raise DocumentError(f"{brief}: no indexed brief has this id or path")
        with self._writing():
            excluded: tuple[tuple[str, str], ...] = ()
            if delete_file:
                path = self.settings.documents_dir / found.path
                path.unlink(missing_ok=True)
                sidecar_path(path).unlink(missing_ok=True)
            else:
                excluded = ((found.id, found.path),)
            self._store.commit(Change(removed=(found.id,), excluded=excluded))
        return SyncReport(removed=(found.path,))

    def rebuild(self) -> SyncReport:
        """Drop the whole index and embed every brief again, holding the writer lock."""
        with self._writing():
            self._store.close()
            drop_index(self.settings)
            self._store = _open_store(self.settings)
            return sync_folder(self.settings, self._store, self._embedder)

    def compact(self) -> bool:
        """Merge the vector segments into one, leaving out deleted vectors; False if there was
        nothing to merge. Syncs merge the smallest segments by themselves when they grow many."""
        with self._writing():
            return self._store.compact(everything=True)

    # -- asking ------------------------------------------------------------------------------

    def ask(self, question: str, k: int | None = None, filters: Filters | None = None) -> Answer:
        """Answer with verbatim quotes from the briefs, or found=False when none answers.

        Args:
            question: a question in plain language.
            k: the most quotes, at least 1; settings.top_k by default.
            filters: only briefs that pass these (dates, authors, series, documents).

        Raises:
            QuestionError: the question has no word, or k is out of range.
        """
        k = _checked_k(self.settings.top_k if k is None else k)
        question, sentences, cosines, texts = self.candidates(question, k, filters)
        if self.settings.answer_scorer == "learned":
            weights = load_weights(
                weights_file(self.settings.sentence_vectors, self.settings.model)
            )
            threshold = weights.threshold
            if self.settings.model == E5_MODEL and across_languages(question, sentences):
                threshold = 0.0  # the model cannot judge across languages: "check the source"
            return answer(question, sentences, cosines, texts, threshold, k, weights)
        return answer(question, sentences, cosines, texts, self.settings.answer_threshold, k)

    def candidates(
        self, question: str, k: int, filters: Filters | None = None
    ) -> tuple[str, list[Sentence], np.ndarray, dict[str, CleanText]]:
        """What ask() scores: the question as read, the sentences of its retrieved passages,
        their cosines to the question and the clean texts they come from (for training)."""
        question, vector = self._question(question)
        found = self._retrieve(question, vector, max(2 * k, QUOTE_PASSAGES), filters)
        sentences = candidates(found)
        cosines = self._sentence_vectors(sentences) @ vector
        texts = self._store.clean_texts(p.document.id for p in found)
        return question, sentences, cosines, texts

    def search(
        self, query: str, k: int = 10, filters: Filters | None = None
    ) -> tuple[Passage, ...]:
        """The k passages that best match query, best first, repeats merged (see Passage).

        Raises:
            QuestionError: the query has no word, or k is out of range.
        """
        k = _checked_k(k)
        query, vector = self._question(query)
        return distinct(self._retrieve(query, vector, 2 * k, filters), k)

    def rank(
        self, query: str, k: int, retrieval: str | None = None, vector: np.ndarray | None = None
    ) -> list[Passage]:
        """The k best passages in rank order, repeats not merged: what evaluations score.

        Args:
            retrieval: "hybrid", "dense" or "lexical"; settings.retrieval by default.
            vector: the query's vector if already encoded (embed()), to encode queries in bulk.
        """
        mode = retrieval or self.settings.retrieval
        if mode not in RETRIEVAL_MODES:
            raise SettingsError(f"retrieval must be one of {', '.join(RETRIEVAL_MODES)}")
        if vector is None and mode != "lexical":
            query, vector = self._question(query)
        settings = self.settings.replace(retrieval=mode)
        return passages(self._store, ranked_chunks(self._store, query, vector, k, settings))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of questions (queries) in the index's model, one row each, as ask()
        encodes them (e5 reads them with its "query: " prefix)."""
        return self._embedder.encode_questions(texts)

    def source(self, quote: Quote) -> SourceView:
        """The page text around a quote (as Answer gives it), with the quote's place in it.

        Raises:
            DocumentError: the quote's brief is no longer indexed.
        """
        document = next((d for d in self.documents() if d.path == quote.citation.path), None)
        if document is None:
            raise DocumentError(f"{quote.citation.path}: no longer indexed; ask again")
        clean = self._store.clean_texts([document.id])[document.id]
        first, last = clean.page_bounds(quote.start, quote.end)
        return SourceView(
            path=document.path,
            file=str((self.settings.documents_dir / document.path).resolve()),
            pages=clean.page(quote.start, quote.end),
            text=clean.text[first:last],
            start=quote.start - first,
            end=quote.end - first,
        )

    # -- what is there -----------------------------------------------------------------------

    def documents(self) -> tuple[Document, ...]:
        """Every indexed brief, newest first."""
        return self._store.documents()

    def status(self) -> Status:
        """How many briefs and passages the index holds, and the model that embedded them."""
        return Status(
            documents=self._store.count_documents(),
            passages=self._store.count_chunks(),
            model=self.settings.model,
            index_dir=index_name(self.settings),
            documents_dir=str(self.settings.documents_dir),
            last_sync=self._store.last_sync(),
            segments=self._store.count_segments(),
            without_sentence_vectors=self._store.count_without_sentence_vectors(),
            older_reading=sum(d.reading < READING for d in self._store.documents()),
        )

    def check(self) -> tuple[str, ...]:
        """Problems with the index on disk, in words (empty when it is sound)."""
        return tuple(self._store.check())

    def close(self) -> None:
        self._store.close()

    # -- internals ---------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[None]:
        with self._write_lock, writer_lock(self.settings):
            yield

    def _retrieve(
        self, query: str, vector: np.ndarray, k: int, filters: Filters | None
    ) -> list[Passage]:
        allowed = None
        if filters:
            allowed = [d.id for d in self._store.documents() if admits(filters, d)]
        return passages(
            self._store, ranked_chunks(self._store, query, vector, k, self.settings, allowed)
        )

    def _sentence_vectors(self, sentences: Sequence[Sentence]) -> np.ndarray:
        """One row per sentence: stored with its chunk at index time, or encoded now for the
        chunks of an index built before sentence vectors were stored."""
        import numpy as np

        ids = list(dict.fromkeys(s.passage.chunk.id for s in sentences))
        stored = self._store.sentence_vectors(ids)
        missing = [s.text for s in sentences if s.passage.chunk.id not in stored]
        encoded = iter(self._embedder.encode_cached(missing))
        rows = []
        for sentence in sentences:
            chunk = sentence.passage.chunk
            if chunk.id in stored:
                rows.append(stored[chunk.id][chunk.sentences.index((sentence.start, sentence.end))])
            else:
                rows.append(next(encoded))
        return np.vstack(rows) if rows else np.zeros((0, self._embedder.dimension), "f4")

    def _question(self, text: str) -> tuple[str, np.ndarray]:
        """The question as matched (whitespace collapsed, cut) and its vector."""
        text = " ".join(text.split())[:MAX_QUESTION_CHARS]
        if not any(c.isalnum() for c in text):
            raise QuestionError("type a question with at least one word")
        return text, self._embedder.encode_questions([text])[0]


def _open_store(settings: Settings) -> Index:
    return open_index(settings)  # the index folder, or PostgreSQL when index_url is set


def _checked_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise QuestionError(f"k: ask for 1 to {MAX_K} results, got {k!r}")
    return k
