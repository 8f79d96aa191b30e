""" "What's new on my topic": save the question asked, see for each saved question the quotes
from briefs indexed since it was last looked at (newest first), and the Library's briefs added
since a date. Saved questions are per login (one shared list on a page without login)."""

# No `from __future__ import annotations`: Gradio finds the gr.Request parameter by its
# evaluated type hint, and gr is imported by the page, not here.
from html import escape
from typing import Any

from assistant import Assistant, News, format_date

from . import actions, render


def user_of(request: Any) -> str:
    """The page's login of a request ("" without login)."""
    return getattr(request, "username", None) or ""


def news_html(news: tuple[News, ...]) -> str:
    """Each saved question with its new quotes, or a note that nothing new answers it."""
    if not news:
        return '<div class="news-empty">No saved questions yet: ask one, then press Save.</div>'
    parts = []
    for item in news:
        saved = item.saved
        head = (
            f'<h4 class="saved-question" data-saved="{saved.id}">{escape(saved.question)}</h4>'
            f'<div class="saved-when">new since {escape(saved.seen.replace("T", " ")[:16])} UTC'
            f" \u00b7 {len(item.briefs)} new or changed brief(s)</div>"
        )
        if item.answer.found:
            words = render._question_words(saved.question)
            # No "Show on page" here: that button opens a quote of the answer above.
            cards = "\n".join(
                render.quote_html(n, q, words, timeline=True).replace(
                    render.show_page_button(n), ""
                )
                for n, q in enumerate(item.answer.quotes, start=1)
            )
        else:
            cards = '<div class="news-none">Nothing new answers this question.</div>'
        parts.append(f'<section class="news">{head}{cards}</section>')
    return "\n".join(parts)


def added_rows(assistant: Assistant, since: str) -> list[list[str | int]]:
    """The Library table's rows of the briefs indexed on or after since (YYYY-MM-DD)."""
    return render.document_rows(actions.added_since(assistant.documents(), since))


def build_panel(gr: Any, assistant: Assistant, question: Any, user_errors: Any) -> None:
    """The Ask tab's "What's new on my topics" accordion."""
    with gr.Accordion("What's new on my topics", open=False, elem_id="news-panel"):
        with gr.Row():
            save = gr.Button("Save this question", elem_id="save-question")
            show = gr.Button("Show what's new", elem_id="show-news")
            seen = gr.Button("Mark all as seen", elem_id="mark-seen")
        saved_note = gr.Markdown(elem_id="saved-note")
        shown = gr.HTML(elem_id="news")
    private: dict[str, Any] = {"api_visibility": "private"}

    @user_errors
    def on_save(text: str, request: gr.Request):
        saved = assistant.save_question(text, user_of(request))
        return f"Saved: *{saved.question}* (since {format_date(saved.created[:10])})"

    @user_errors
    def on_show(request: gr.Request):
        return news_html(assistant.news(user_of(request)))

    @user_errors
    def on_seen(request: gr.Request):
        assistant.news(user_of(request), mark_seen=True)
        return news_html(assistant.news(user_of(request)))

    save.click(on_save, question, saved_note, **private)
    show.click(on_show, None, shown, **private)
    seen.click(on_seen, None, shown, **private)


def build_library_filter(gr: Any, assistant: Assistant, user_errors: Any) -> None:
    """The Library tab's "added since" filter: its own table, so the live table stays whole."""
    with gr.Accordion("Briefs added since a date", open=False, elem_id="added-panel"):
        with gr.Row():
            since = gr.Textbox(label="Added since", placeholder="YYYY-MM-DD", elem_id="added-since")
            button = gr.Button("Filter", elem_id="added-button")
        table = gr.Dataframe(
            headers=render.DOCUMENT_COLUMNS, interactive=False, elem_id="added-table"
        )

    @user_errors
    def on_filter(date: str):
        return added_rows(assistant, date)

    button.click(on_filter, since, table, api_visibility="private")
    since.submit(on_filter, since, table, api_visibility="private")
