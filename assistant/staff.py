"""The staff page's verbs of the facade: a quote shown boxed on its PDF page, and saved
questions with what is new on them. A part of Assistant (which inherits them), kept apart so
that each file reads in one sitting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import DocumentError, QuestionError, SettingsError
from .pages import MAX_SCALE, MIN_SCALE, pages_of, render, span_boxes
from .records import Answer, CleanText, Document, Filters, News, SavedQuestion
from .saved import MAX_SAVED_CHARS, indexed_since, newest_first, saved_question

if TYPE_CHECKING:
    from .index import Index
    from .settings import Settings


class StaffVerbs:
    """Page images and saved questions; Assistant provides _store, settings, ask, documents."""

    _store: Index
    settings: Settings

    def page_image(
        self, document_id: str, page: int, start: int = -1, end: int = -1, scale: float = 2.0
    ) -> bytes:
        """The PNG of physical page `page` (1-based) of a PDF brief, with the clean-text span
        [start, end) boxed (a Quote's start and end); -1 boxes nothing. Cached in memory.

        Raises:
            DocumentError: no indexed brief has this id.
            QuestionError: the brief is not a PDF, or page, span or scale is out of range.
        """
        document, clean = self._pdf_brief(document_id)
        if isinstance(page, bool) or not isinstance(page, int) or not 1 <= page <= document.pages:
            raise QuestionError(
                f"page: {document.path} has pages 1 to {document.pages}, not {page!r}"
            )
        if not MIN_SCALE <= scale <= MAX_SCALE:
            raise QuestionError(f"scale: choose {MIN_SCALE} to {MAX_SCALE}, got {scale!r}")
        file = self.settings.documents_dir / document.path
        boxes = span_boxes(clean, file, *_checked_span(start, end, len(clean.text)))
        return render(file, page, boxes, scale, document.id)

    def span_boxes(
        self, document_id: str, start: int, end: int
    ) -> tuple[tuple[int, float, float, float, float], ...]:
        """The boxes of a PDF brief's clean text [start, end) (a Quote's span), to draw it:
        (physical page 1-based, x0, y0, x1, y1) in PDF points from the page's top-left.

        Raises:
            DocumentError: no indexed brief has this id.
            QuestionError: the brief is not a PDF, or the span is out of range.
        """
        document, clean = self._pdf_brief(document_id)
        start, end = _checked_span(start, end, len(clean.text))
        return span_boxes(clean, self.settings.documents_dir / document.path, start, end)

    def span_pages(self, document_id: str, start: int, end: int) -> tuple[int, ...]:
        """The physical pages (1-based) of a PDF brief that its clean text [start, end) is on:
        one page, or two for a quote across a page break.

        Raises:
            DocumentError: no indexed brief has this id.
            QuestionError: the brief is not a PDF, or the span is out of range.
        """
        _, clean = self._pdf_brief(document_id)
        start, end = _checked_span(start, end, len(clean.text))
        return pages_of(clean, start, end) if start < end else ()

    # -- saved questions ---------------------------------------------------------------------

    def save_question(self, question: str, user: str = "") -> SavedQuestion:
        """Save a question to follow (per login; "" is the shared list of a page without one).
        Saving it again keeps the first. Kept in the index's SQLite, across restarts and syncs.

        Raises:
            QuestionError: the question has no word or is over MAX_SAVED_CHARS.
        """
        text = " ".join(question.split())
        if not any(c.isalnum() for c in text):
            raise QuestionError("type a question with at least one word to save it")
        if len(text) > MAX_SAVED_CHARS:
            raise QuestionError(f"question: save at most {MAX_SAVED_CHARS} characters")
        saved_id = self._saved_rows().save(user, text, _now())
        return next(q for q in self.saved_questions(user) if q.id == saved_id)

    def saved_questions(self, user: str | None = "") -> tuple[SavedQuestion, ...]:
        """The saved questions of user (None: of every user, as `spotlight saved` exports)."""
        return tuple(saved_question(row) for row in self._saved_rows().saved(user))

    def forget_question(self, saved_id: int, user: str = "") -> None:
        """Stop following a saved question.

        Raises:
            QuestionError: user has no saved question with this id.
        """
        if not self._saved_rows().unsave(user, saved_id):
            raise QuestionError(f"saved question {saved_id}: none of yours has this id")

    def news(
        self, user: str = "", mark_seen: bool = False, k: int | None = None
    ) -> tuple[News, ...]:
        """For each of user's saved questions, the quotes from briefs indexed since it was last
        looked at, newest brief first; mark_seen records this look."""
        briefs = self.documents()
        found = []
        for saved in self.saved_questions(user):
            new = indexed_since(briefs, saved.seen)
            if new:
                filters = Filters(documents=tuple(d.id for d in new))
                result = newest_first(self.ask(saved.question, k=k, filters=filters), new)
            else:  # nothing new: no need to load the model
                result = Answer(saved.question, (), False)
            found.append(News(saved, result, tuple(d.path for d in new)))
        if mark_seen and found:
            self._saved_rows().mark_seen(user, [n.saved.id for n in found], _now())
        return tuple(found)

    # -- internals ------------------------------------------------------------------------

    def _saved_rows(self) -> Any:
        """The index's saved-question table; the PostgreSQL backend has none yet."""
        if not hasattr(self._store, "saved"):
            raise SettingsError(
                "saved questions are kept in the embedded index only for now; "
                "leave index_url empty to save questions"
            )
        return self._store

    def _pdf_brief(self, document_id: str) -> tuple[Document, CleanText]:
        document = self._store.documents_by_id([document_id]).get(document_id)
        if document is None:
            raise DocumentError(f"{document_id}: no indexed brief has this id")
        if not document.path.lower().endswith(".pdf"):
            raise QuestionError(f"{document.path}: not a PDF, so it has no page image")
        return document, self._store.clean_texts([document.id])[document.id]


def _checked_span(start: int, end: int, length: int) -> tuple[int, int]:
    """(start, end) of a span to box, (0, 0) for none (-1, -1); out of range is an error."""
    if (start, end) == (-1, -1):
        return 0, 0
    if not 0 <= start < end <= length:
        raise QuestionError(
            f"start, end: give offsets 0 <= start < end <= {length} of the brief's text "
            f"(as a Quote gives them), got {start}, {end}"
        )
    return start, end


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="microseconds")  # see saved.indexed_since
