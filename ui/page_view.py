"""The "Show on page" panel: a quote's PDF page(s) as images with the quote boxed, zoom,
previous/next page and the brief to download; a TXT or MD brief keeps the text view.

Each quote card's "Show on page" button (render.show_page_button) puts the card's number in a
hidden box and clicks a hidden button, which is how an HTML card reaches a Gradio event.
"""

from __future__ import annotations

import base64
from html import escape
from typing import Any

from assistant import Answer, Assistant, QuestionError, pages_label

from . import render

ZOOMS = {"Fit": 1.0, "150%": 1.5, "200%": 2.0}  # of the panel's width
# Pixels per PDF point at "Fit": a 595-point A4 page at 1.5 is 893 pixels, sharp in a panel
# about 1,200 pixels wide on this page's layout; zooming in renders more pixels, not blur.
BASE_SCALE = 1.5


def show(assistant: Assistant, answer: Answer | None, rank: str, zoom: str):
    """The view of quote number rank (1-based) of answer: (view state, HTML, file to download)."""
    if answer is None or not answer.found:
        raise QuestionError("ask a question first, then press Show on page on one of its quotes")
    try:
        quote = answer.quotes[int(rank) - 1]
    except (ValueError, IndexError) as exc:
        raise QuestionError(f"no quote number {rank!r} in this answer") from exc
    document = next((d for d in assistant.documents() if d.path == quote.citation.path), None)
    if document is None:
        raise QuestionError(f"{quote.citation.path}: no longer indexed; ask again")
    file = str((assistant.settings.documents_dir / document.path).resolve())
    if not document.path.lower().endswith(".pdf"):  # TXT and MD briefs have no pages to draw
        return None, render.source_html(assistant.source(quote)), file
    pages = assistant.span_pages(document.id, quote.start, quote.end)
    view = {
        "document": document.id,
        "path": document.path,
        "count": document.pages,
        "start": quote.start,
        "end": quote.end,
        "quoted": pages,
        "shown": pages,
    }
    return view, page_html(assistant, view, zoom), file


def turn(assistant: Assistant, view: dict[str, Any] | None, step: int, zoom: str):
    """The page before (step -1) or after (+1) those shown: (view state, HTML)."""
    if view is None:
        raise QuestionError("press Show on page on a quote of a PDF brief first")
    page = min(view["shown"]) - 1 if step < 0 else max(view["shown"]) + 1
    if not 1 <= page <= view["count"]:
        edge = "first" if step < 0 else "last"
        raise QuestionError(f"{view['path']}: this is its {edge} page")
    view = {**view, "shown": (page,)}
    return view, page_html(assistant, view, zoom)


def rezoom(assistant: Assistant, view: dict[str, Any] | None, zoom: str) -> str:
    """The same pages at another zoom ("" when nothing is shown)."""
    return "" if view is None else page_html(assistant, view, zoom)


def page_html(assistant: Assistant, view: dict[str, Any], zoom: str) -> str:
    """The pages shown, each an image with the quote's boxes, and where the quote is."""
    factor = ZOOMS.get(zoom, 1.0)
    figures = []
    for page in view["shown"]:
        png = assistant.page_image(
            view["document"], page, view["start"], view["end"], scale=BASE_SCALE * factor
        )
        data = base64.b64encode(png).decode("ascii")
        boxed = " (quote boxed)" if page in view["quoted"] else ""
        figures.append(
            f'<figure class="page" data-page="{page}">'
            f'<img class="page-image" alt="page {page} of {escape(view["path"])}" '
            f'style="width: {factor * 100:.0f}%" src="data:image/png;base64,{data}">'
            f"<figcaption>Page {page} of {view['count']}{boxed}</figcaption></figure>"
        )
    quoted = ", ".join(str(p) for p in view["quoted"])
    where = pages_label(quoted.replace(", ", "-"))
    return (
        f'<div class="page-view"><div class="page-title">{escape(view["path"])}: the quote is '
        f"on {where} (physical)</div>{''.join(figures)}</div>"
    )


def build_panel(gr: Any, assistant: Assistant, answer_state: Any, user_errors: Any) -> None:
    """The panel's components and events, inside the page's Ask tab."""
    # Outside the accordion: a closed accordion's contents are not in the page until opened.
    rank = gr.Textbox(elem_id="page-quote", elem_classes=["offscreen"], show_label=False)
    opener = gr.Button("open", elem_id="page-open", elem_classes=["offscreen"])
    with gr.Accordion("Quote on its page", open=False, elem_id="page-panel") as panel:
        with gr.Row():
            zoom = gr.Radio(list(ZOOMS), value="Fit", label="Zoom", elem_id="page-zoom")
            previous = gr.Button("\u2190 Previous page", elem_id="page-previous")
            following = gr.Button("Next page \u2192", elem_id="page-next")
        shown = gr.HTML(elem_id="page-view")
        brief = gr.File(label="The brief", elem_id="page-file")
    view = gr.State(None)
    private: dict[str, Any] = {"api_visibility": "private"}

    @user_errors
    def on_show(answer, number, zoom_name):
        state, html, file = show(assistant, answer, number, zoom_name)
        return state, html, file, gr.update(open=True)

    @user_errors
    def on_previous(state, zoom_name):
        return turn(assistant, state, -1, zoom_name)

    @user_errors
    def on_next(state, zoom_name):
        return turn(assistant, state, +1, zoom_name)

    @user_errors
    def on_zoom(state, zoom_name):
        return rezoom(assistant, state, zoom_name)

    opener.click(on_show, [answer_state, rank, zoom], [view, shown, brief, panel], **private)
    previous.click(on_previous, [view, zoom], [view, shown], **private)
    following.click(on_next, [view, zoom], [view, shown], **private)
    zoom.change(on_zoom, [view, zoom], shown, **private)


CSS = """
.offscreen {position: absolute !important; left: -10000px !important; width: 1px !important;
        height: 1px !important; overflow: hidden !important;}
.page-view .page-title {font-weight: 600; margin-bottom: 0.4em;}
.page-view figure.page {margin: 0 0 1em 0; overflow-x: auto;}
.page-view img.page-image {border: 1px solid #cbd5e0; display: block; max-width: none;}
.quote button.show-page {font-size: 0.85em; padding: 0.1em 0.6em; border: 1px solid #a0aec0;
        border-radius: 4px; cursor: pointer;}
"""
