"""The Gradio page: ask with filters, read cited quotes, open their source, manage the library.

Named API endpoints (gradio_client): ask, search, documents, upload, remove, reindex.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

from assistant import Answer, Assistant, AssistantError, QueryLog, SyncReport
from assistant.evaluation.gold import recheck

from . import actions, news_view, page_view, render

REFRESH_SECONDS = 10  # how often an open page looks for briefs indexed by another process
EXPORTS_KEPT = 50  # Markdown exports kept on disk for download, newest first


def build_app(assistant: Assistant, log: QueryLog | None = None) -> Any:  # gr.Blocks
    """The page for one assistant (GRADIO_ANALYTICS_ENABLED=False is set by serve); each
    question goes to log when given (--log-queries)."""
    import gradio as gr

    def user_errors(function):  # AssistantError -> a message on the page, not a traceback
        @functools.wraps(function)  # keeps the signature: named, defaulted API parameters
        def wrapped(*args):
            try:
                return function(*args)
            except AssistantError as exc:
                raise gr.Error(str(exc)) from exc

        return wrapped

    @user_errors
    def ask(
        question: str,
        k: float | None = None,
        since: str | None = None,  # None, not "": Gradio offers a None default to programs
        until: str | None = None,
        author: str | None = None,
        series: list[str] | None = None,
        request=None,  # gr.Request (annotated below): the login, for the audit trail
    ):
        """Answer a question with verbatim quotes from the briefs, each with its citation.

        Only the question is required: k defaults to the setting, filters to none. Returns the
        answer as HTML and as JSON text (json.loads gives Answer's fields).
        """
        filters = actions.filters_from(since or "", until or "", author or "", series or [])
        answer = assistant.ask(question, k=_k(k, assistant), filters=filters)
        if log is not None:
            log.record(getattr(request, "username", None) or "", question, filters, answer)
        # JSON text rather than a JSON component: gradio_client takes any dict holding a
        # "path" key (as every citation does) for a file to download.
        data = json.dumps(dataclasses.asdict(answer), ensure_ascii=False, indent=2)
        return render.answer_html(answer), data, answer

    # Gradio finds its Request parameter by type hint, which must be the class itself here.
    ask.__annotations__["request"] = gr.Request | None

    # One folder for the page's Markdown exports, removed with the app; a file per answer
    # (Gradio serves it by path) and only the latest EXPORTS_KEPT of them kept.
    exports = tempfile.TemporaryDirectory(prefix="spotlight-exports-")

    def after_ask(answer: Answer | None):
        if answer is None or not answer.found:
            return gr.update(choices=[], value=None), None, ""
        choices = [(f"{n}. {q.citation}", n - 1) for n, q in enumerate(answer.quotes, start=1)]
        return gr.update(choices=choices, value=0), str(_export(answer, Path(exports.name))), ""

    def reorder(answer: Answer | None, order: str) -> str:
        return "" if answer is None else render.answer_html(answer, timeline=order != "Relevance")

    @user_errors
    def open_source(answer: Answer | None, index: int | None):
        if answer is None or index is None or not answer.found:
            raise gr.Error("ask a question first, then choose one of its quotes")
        view = assistant.source(answer.quotes[int(index)])
        return render.source_html(view), view.file

    @user_errors
    def search(query: str, k: float | None = None) -> str:
        """The passages that best match a query, as JSON text (Passage fields)."""
        passages = assistant.search(query, k=_k(k, assistant))
        return json.dumps([dataclasses.asdict(p) for p in passages], ensure_ascii=False)

    def documents():
        """Every indexed brief as a table, and the index's status line."""
        return _library(assistant.documents())

    def _library(briefs):
        status = assistant.status()
        line = f"{status.summary()} \u00b7 last sync {status.last_sync or 'never'}"
        return render.document_rows(briefs), line

    def refresh():
        """documents(), and the briefs and series the page's choosers offer."""
        briefs = assistant.documents()  # read once: this runs every REFRESH_SECONDS per page
        return (
            *_library(briefs),
            gr.update(choices=[d.path for d in briefs]),
            gr.update(choices=sorted({d.series for d in briefs})),
        )

    def checked(report: SyncReport) -> str:
        """The report, and the gold questions that got worse if the index changed."""
        worse = recheck(assistant) if report.changed else []
        return render.report_html(dataclasses.replace(report, warnings=(*report.warnings, *worse)))

    @user_errors
    def upload(files: list[str] | None) -> str:
        """Add PDF, TXT or MD files to the library and index them; a report of what happened."""
        return checked(actions.upload(assistant, files))

    @user_errors
    def remove(path: str, delete_file: bool, confirmed: bool) -> str:
        """Take a brief out of the index (and delete its file if asked), once confirmed."""
        return render.report_html(actions.remove(assistant, path, delete_file, confirmed))

    @user_errors
    def correct(path: str, field: str, value: str) -> str:
        """Correct one field of a brief's metadata: written to its sidecar, the brief re-read."""
        return checked(assistant.correct(path, field, value))

    @user_errors
    def reindex() -> str:
        """Index new, changed and removed briefs now."""
        return checked(assistant.sync())

    with gr.Blocks(title="Spotlight Assistant") as app:
        gr.Markdown(
            "# Spotlight Assistant\nAsk what the institute's briefs say. "
            "Every answer is a verbatim quote with its citation."
        )
        status = gr.Markdown(elem_id="status")
        answer_state = gr.State(None)
        with gr.Tab("Ask"):
            with gr.Row():
                question = gr.Textbox(
                    label="Question",
                    placeholder="e.g. Who received Kellogg in Minsk?",
                    elem_id="question",
                    scale=5,
                    autofocus=True,
                )
                k = gr.Slider(1, 10, value=assistant.settings.top_k, step=1, label="Quotes")
            with gr.Accordion("Filters", open=False), gr.Row():
                since = gr.Textbox(label="From", placeholder="YYYY-MM-DD", elem_id="since")
                until = gr.Textbox(label="To", placeholder="YYYY-MM-DD", elem_id="until")
                author = gr.Textbox(label="Author", placeholder="e.g. Dynier", elem_id="author")
                series = gr.Dropdown(
                    label="Series",
                    choices=sorted({d.series for d in assistant.documents()}),
                    multiselect=True,
                    allow_custom_value=True,  # a part of a name, "Spotlight", also filters
                    elem_id="series",
                )
            button = gr.Button("Ask", variant="primary", elem_id="ask-button")
            order = gr.Radio(
                ["Relevance", "Timeline (oldest first)"], value="Relevance", label="Order"
            )
            answer_html = gr.HTML(elem_id="answer")
            page_view.build_panel(gr, assistant, answer_state, user_errors)
            news_view.build_panel(gr, assistant, question, user_errors)
            with gr.Accordion("Source of a quote", open=False, elem_id="source-panel"):
                with gr.Row():
                    source_choice = gr.Dropdown(label="Quote", scale=4, elem_id="source-choice")
                    source_button = gr.Button("Open source", scale=1, elem_id="source-button")
                source_view = gr.HTML(elem_id="source")
                source_file = gr.File(label="The brief", elem_id="source-file")
            with gr.Accordion("Export", open=False):
                export = gr.File(label="Answer with references (Markdown)", elem_id="export")
            with gr.Accordion("Answer as data (JSON)", open=False):
                answer_json = gr.Code(language="json", elem_id="answer-json", label="Answer")
        with gr.Tab("Library"):
            table = gr.Dataframe(
                headers=render.DOCUMENT_COLUMNS,
                interactive=False,
                show_search="search",
                elem_id="library",
            )
            with gr.Row():
                files = gr.File(
                    label="Add briefs (PDF, TXT, MD)",
                    file_count="multiple",
                    file_types=[".pdf", ".txt", ".md"],
                    elem_id="upload",
                )
                with gr.Column():
                    upload_button = gr.Button("Add to library", elem_id="upload-button")
                    reindex_button = gr.Button("Re-index now", elem_id="reindex-button")
            with gr.Row():
                removable = gr.Dropdown(
                    label="Remove a brief",
                    choices=[d.path for d in assistant.documents()],
                    allow_custom_value=True,  # briefs indexed after the page was built
                    elem_id="remove-choice",
                )
                delete_file = gr.Checkbox(label="Also delete its file")
                confirmed = gr.Checkbox(label="Yes, remove it")
                remove_button = gr.Button("Remove", variant="stop", elem_id="remove-button")
            with gr.Row():  # staff correct a field the front page was misread for
                corrected = gr.Dropdown(
                    label="Correct a brief",
                    choices=[d.path for d in assistant.documents()],
                    allow_custom_value=True,
                    elem_id="correct-choice",
                )
                correct_field = gr.Dropdown(
                    label="Field",
                    choices=["title", "authors", "date", "series", "number", "language"],
                    value="title",
                    elem_id="correct-field",
                )
                correct_value = gr.Textbox(label="Value", elem_id="correct-value")
                correct_button = gr.Button("Correct", elem_id="correct-button")
            library_report = gr.HTML(elem_id="library-report")
            news_view.build_library_filter(gr, assistant, user_errors)
            search_box = gr.Textbox(visible=False)
            search_json = gr.Code(visible=False)

        refreshed = [table, status, removable, series]
        private: dict[str, Any] = {"api_visibility": "private"}  # page-only events
        gr.on(
            [button.click, question.submit],
            ask,
            [question, k, since, until, author, series],
            [answer_html, answer_json, answer_state],
            api_name="ask",
        ).then(after_ask, answer_state, [source_choice, export, source_view], **private)
        order.change(reorder, [answer_state, order], answer_html, **private)
        source_button.click(
            open_source,
            [answer_state, source_choice],
            [source_view, source_file],
            **private,
        )
        search_box.submit(search, [search_box, k], search_json, api_name="search")
        upload_button.click(upload, files, library_report, api_name="upload").then(
            refresh, None, refreshed, **private
        )
        remove_button.click(
            remove, [removable, delete_file, confirmed], library_report, api_name="remove"
        ).then(refresh, None, refreshed, **private)
        correct_button.click(
            correct, [corrected, correct_field, correct_value], library_report, api_name="correct"
        ).then(refresh, None, refreshed, **private)
        reindex_button.click(reindex, None, library_report, api_name="reindex").then(
            refresh, None, refreshed, **private
        )
        app.load(refresh, None, refreshed, **private)
        list_button = gr.Button(visible=False)  # gives programs a `documents` endpoint
        list_button.click(documents, None, [table, status], api_name="documents")
        # New briefs from `spotlight watch`, another process or another user show up here.
        gr.Timer(REFRESH_SECONDS).tick(refresh, None, refreshed, **private)
    app.exports = exports  # keeps the folder alive as long as the app
    return app


def _k(k: float | None, assistant: Assistant) -> int:
    """The page's number of quotes (a float from the slider), the setting when not given."""
    return assistant.settings.top_k if k is None else int(k)


def _export(answer: Answer, folder: Path) -> Path:
    """The answer as Markdown in folder, named by its content; old exports are pruned."""
    text = render.answer_markdown(answer)
    path = folder / f"answer-{hashlib.sha256(text.encode()).hexdigest()[:12]}.md"
    path.write_text(text, encoding="utf-8")
    for old in sorted(folder.glob("answer-*.md"), key=lambda p: p.stat().st_mtime)[:-EXPORTS_KEPT]:
        old.unlink(missing_ok=True)
    return path


def launch_options(assistant: Assistant) -> dict[str, Any]:
    """launch() arguments every server of this page needs (tests use them too)."""
    return {
        "css": render.CSS + page_view.CSS,
        "footer_links": ["api"],
        # The source view offers the brief itself for download.
        "allowed_paths": [str(Path(assistant.settings.documents_dir).resolve())],
        "max_file_size": int(assistant.settings.max_file_mb * 1024 * 1024),  # bytes
        "share": False,  # never a public link: the briefs stay on this machine
    }


def serve(
    assistant: Assistant,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: list[tuple[str, str]] | None = None,
    log: QueryLog | None = None,
) -> None:
    """Serve the page and its JSON API (/api/v1) until interrupted; binds the loopback
    address unless told otherwise."""
    import os

    from .api import mount

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no network here
    app = build_app(assistant, log)
    # quiet: Gradio's banner suggests `share=True`, a public link this page must never have.
    login = ", login required" if auth else ""
    print(f"Serving the page on http://{host}:{port}/{login} (Ctrl-C to stop)", flush=True)
    app.queue(default_concurrency_limit=2).launch(
        server_name=host,
        server_port=port,
        auth=auth or None,
        quiet=True,
        prevent_thread_lock=True,  # to put the API on the server before blocking
        **launch_options(assistant),
    )
    mount(app.server_app, assistant, auth, log)
    app.block_thread()


if __name__ == "__main__":
    from assistant import Settings

    serve(Assistant.open(Settings.from_env()))
