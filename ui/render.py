"""Rendering for the page: quote cards, timeline, source view, reports and Markdown export.

Every string that comes from a brief or a user goes through html.escape before it reaches the
page: a brief containing <script> or <img onerror=...> shows those characters as text.
"""

from __future__ import annotations

import re
from html import escape

from assistant import (
    NOTHING_ANSWERS,
    STOPWORDS,
    Answer,
    Document,
    Quote,
    SourceView,
    SyncReport,
    fold,
    format_date,
    join_names,
    pages_label,
    series_label,
)

DOCUMENT_COLUMNS = [
    *("Title", "Series and number", "Date", "Authors", "Pages", "Indexed", "Read from", "File")
]
# Question and function words that say nothing about the topic; not highlighted in quotes.
_QUESTION_WORDS = set(
    "who what when where which why how did does do its his her him them has have had been "
    "were from about than can could would should may might".split()
)


def answer_html(answer: Answer, timeline: bool = False) -> str:
    """The answer as quote cards (best first, or oldest first as a timeline), or a clear note
    that nothing in the collection answers."""
    if not answer.found:
        return (
            '<div class="nothing" role="status">'
            f"<strong>{NOTHING_ANSWERS}</strong>"
            "<p>No sentence in the indexed briefs is close enough to the question. "
            "Try other words, loosen the filters, or check the Library tab.</p></div>"
        )
    numbered = list(enumerate(answer.quotes, start=1))
    if timeline:
        numbered.sort(key=lambda pair: (pair[1].citation.date or "9999", pair[0]))
    words = _question_words(answer.question)
    return "\n".join(quote_html(n, q, words, timeline) for n, q in numbered)


def quote_html(number: int, quote: Quote, words: set[str], timeline: bool = False) -> str:
    """One card: the verbatim quote with the question's words marked, its citation, section,
    a button that copies the citation, and the other briefs that say the same."""
    citation = escape(str(quote.citation))
    when = (
        f'<div class="when">{escape(format_date(quote.citation.date) or "undated")}</div>'
        if timeline
        else ""
    )
    section = (
        f'<div class="section">Section: {escape(quote.section)}</div>' if quote.section else ""
    )
    also = "".join(f'<div class="also">Also in: {escape(str(c))}</div>' for c in quote.also)
    return (
        f'<article class="quote" data-rank="{number}">{when}'
        f'<span class="rank">{number}</span>'
        f"<blockquote>\u201c{highlight(quote.text, words)}\u201d</blockquote>"
        f'<div class="citation">{citation}</div>{section}{also}'
        f'<div class="tools"><button class="copy" type="button" data-citation="{citation}" '
        'onclick="navigator.clipboard.writeText(this.dataset.citation);'
        "this.textContent='Copied'\">Copy citation</button>"
        f"{show_page_button(number)}"
        f'<span class="score">score {quote.score:.2f}</span></div></article>'
    )


def show_page_button(number: int) -> str:
    """The card's "Show on page" button: it hands the card's number to the page panel's hidden
    box and presses its hidden button (ui/page_view.py), an HTML card's way to a Gradio event."""
    script = (
        "const box=document.querySelector('#page-quote textarea,#page-quote input');"
        "box.value=this.dataset.rank;box.dispatchEvent(new Event('input',{bubbles:true}));"
        "setTimeout(()=>document.querySelector('#page-open').click(),150);"
    )
    return (
        f'<button class="show-page" type="button" data-rank="{number}" '
        f'onclick="{script}">Show on page</button>'
    )


def highlight(text: str, words: set[str]) -> str:
    """text escaped, with each word whose folded form is among words wrapped in <mark>."""
    parts = re.split(r"(\w+)", text)
    return "".join(
        f"<mark>{escape(part)}</mark>" if i % 2 and fold(part) in words else escape(part)
        for i, part in enumerate(parts)
    )


def _question_words(question: str) -> set[str]:
    """The question's words worth marking: folded, no stopwords, no one-letter words."""
    words = {fold(w) for w in re.findall(r"\w+", question)}
    return {w for w in words if len(w) > 2 and w not in STOPWORDS and w not in _QUESTION_WORDS}


def source_html(view: SourceView) -> str:
    """The page text with the quoted sentence highlighted, scrolled into view."""
    before = escape(view.text[: view.start])
    quoted = escape(view.text[view.start : view.end])
    after = escape(view.text[view.end :])
    return (
        f'<div class="source"><div class="source-title">{escape(view.path)}, '
        f"{escape(pages_label(view.pages))}</div>"
        f'<div class="page-text">{before}<mark class="quoted">{quoted}</mark>{after}</div></div>'
    )


def report_html(report: SyncReport) -> str:
    """What a sync or an upload did: added briefs with their titles, failures with reasons."""
    titles = dict(report.new_briefs)
    rows = [("added", path, titles.get(path, "")) for path in report.added] + [
        ("updated", path, titles.get(path, "")) for path in report.updated
    ]
    rows += [("read again", path, titles.get(path, "")) for path in report.reread]
    rows += [("removed", path, "") for path in report.removed]
    rows += [("unchanged", path, "") for path in report.unchanged]
    rows += [("failed", path, reason) for path, reason in report.failed]
    rows += [("skipped", path, reason) for path, reason in report.skipped]
    if not rows:
        return '<div class="report">Nothing to do.</div>'
    body = "".join(
        f'<tr class="{kind}"><td>{kind}</td><td>{escape(path)}</td><td>{escape(note)}</td></tr>'
        for kind, path, note in rows
    )
    warnings = "".join(f"<li>{escape(w)}</li>" for w in report.warnings)
    return (
        f'<table class="report"><tr><th>what</th><th>file</th><th>title or reason</th></tr>'
        f"{body}</table>" + (f'<ul class="warnings">{warnings}</ul>' if warnings else "")
    )


def answer_markdown(answer: Answer) -> str:
    """The answer with its references, for pasting into a note or an e-mail."""
    lines = [f"# {answer.question}", ""]
    if not answer.found:
        return "\n".join([*lines, NOTHING_ANSWERS, ""])
    for number, quote in enumerate(answer.quotes, start=1):
        lines.append(f"> {quote.text} [{number}]")
        lines.append("")
    lines.append("## References")
    lines.append("")
    for number, quote in enumerate(answer.quotes, start=1):
        also = "".join(f"; also {c}" for c in quote.also)
        lines.append(f"{number}. {quote.citation}{also}")
    return "\n".join([*lines, ""])


def document_rows(documents: tuple[Document, ...]) -> list[list[str | int]]:
    """One table row per brief, in DOCUMENT_COLUMNS order."""
    return [
        [
            d.title,
            series_label(d.series, d.number),
            format_date(d.date),
            join_names(d.authors),
            d.pages,
            d.indexed_at.replace("T", " ")[:16],
            read_from(d),
            d.path,
        ]
        for d in documents
    ]


def read_from(document: Document) -> str:
    """Where each field came from, and the OCR'd pages: "title: front page; date: sidecar"."""
    parts = [f"{field}: {source}" for field, source in document.sources]
    if document.ocr_pages:
        pages = document.ocr_pages
        span = str(pages[0]) if len(pages) == 1 else f"{pages[0]}-{pages[-1]}"
        parts.append(f"OCR p. {span}" if len(pages) == 1 else f"OCR pp. {span}")
    return "; ".join(parts)


CSS = """
.quote {border-left: 4px solid #2b6cb0; padding: 0.6em 1em; margin: 0.8em 0;
        background: var(--block-background-fill); position: relative;}
.quote .rank {position: absolute; right: 0.8em; top: 0.5em; color: #718096;}
.quote blockquote {margin: 0 0 0.4em 0; font-size: 1.05em; line-height: 1.5;}
.quote mark {background: #fefcbf; padding: 0 1px;}
.quote .citation {font-weight: 600;}
.quote .when {font-weight: 700; color: #2b6cb0;}
.quote .section, .quote .also, .quote .score {color: var(--body-text-color-subdued);
        font-size: 0.9em;}
.quote .tools {margin-top: 0.3em; display: flex; gap: 1em; align-items: center;}
.quote button.copy {font-size: 0.85em; padding: 0.1em 0.6em; border: 1px solid #a0aec0;
        border-radius: 4px; cursor: pointer;}
.nothing {padding: 1em; border: 1px dashed #c53030; border-radius: 6px;}
.source .source-title {font-weight: 600; margin-bottom: 0.4em;}
.source .page-text {white-space: pre-wrap; line-height: 1.5; max-height: 32em; overflow: auto;}
.source mark.quoted {background: #fefcbf; font-weight: 600;}
table.report td, table.report th {padding: 0.2em 0.8em; text-align: left;}
table.report tr.failed td {color: #c53030;}
"""
