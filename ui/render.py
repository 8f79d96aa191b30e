"""Rendering answers as HTML for the page; every string from a brief or a user is escaped."""

from __future__ import annotations

from html import escape

from assistant.records import Answer, Document, Quote, format_date, join_names

NOTHING_FOUND = "Nothing in the collection answers this question."


def answer_html(answer: Answer) -> str:
    """The answer as quote cards, or a clear note that nothing in the collection answers."""
    if not answer.found:
        return (
            '<div class="nothing" role="status">'
            f"<strong>{NOTHING_FOUND}</strong>"
            "<p>No sentence in the indexed briefs is close enough to the question. "
            "Try other words, or check the Library tab for what is indexed.</p></div>"
        )
    return "\n".join(quote_html(number, q) for number, q in enumerate(answer.quotes, start=1))


def quote_html(number: int, quote: Quote) -> str:
    """One quote card: the verbatim sentence, then its citation and section."""
    section = (
        f'<div class="section">Section: {escape(quote.section)}</div>' if quote.section else ""
    )
    return (
        f'<article class="quote" data-rank="{number}">'
        f"<blockquote>\u201c{escape(quote.text)}\u201d</blockquote>"
        f'<div class="citation">{escape(str(quote.citation))}</div>'
        f"{section}"
        f'<div class="score">similarity {quote.score:.2f} \u00b7 file {escape(quote.citation.path)}'
        "</div></article>"
    )


def document_rows(documents: tuple[Document, ...]) -> list[list[str | int]]:
    """One table row per brief: title, series and number, date, authors, pages, file."""
    return [
        [
            d.title,
            f"{d.series} No. {d.number}" if d.number else d.series,
            format_date(d.date),
            join_names(d.authors),
            d.pages,
            d.path,
        ]
        for d in documents
    ]


DOCUMENT_COLUMNS = ["Title", "Series", "Date", "Authors", "Pages", "File"]

CSS = """
.quote {border-left: 4px solid #2b6cb0; padding: 0.6em 1em; margin: 0.8em 0;
        background: var(--block-background-fill);}
.quote blockquote {margin: 0 0 0.4em 0; font-size: 1.05em; line-height: 1.5;}
.quote .citation {font-weight: 600;}
.quote .section, .quote .score {color: var(--body-text-color-subdued); font-size: 0.9em;}
.nothing {padding: 1em; border: 1px dashed #c53030; border-radius: 6px;}
"""
