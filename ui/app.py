"""The Gradio page: ask a question, read quotes with citations, see what is indexed."""

from __future__ import annotations

import dataclasses
import json
import os
from typing import Any

from assistant import Assistant, AssistantError

from . import render


def build_app(assistant: Assistant) -> Any:  # gr.Blocks
    """The page for one assistant; named API endpoints `ask` and `documents`."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no network here
    import gradio as gr

    def ask(question: str, k: float) -> tuple[str, str]:
        """Answer a question with verbatim quotes from the briefs, each with its citation.

        Returns the answer as HTML and as JSON text (json.loads gives Answer's fields).
        """
        try:
            answer = assistant.ask(question, k=int(k))
        except AssistantError as exc:
            raise gr.Error(str(exc)) from exc
        # JSON text rather than a JSON component: gradio_client takes any dict holding a
        # "path" key (as every citation does) for a file to download.
        data = json.dumps(dataclasses.asdict(answer), ensure_ascii=False, indent=2)
        return render.answer_html(answer), data

    def documents() -> tuple[list[list[str | int]], str]:
        """Every indexed brief (title, series and number, date, authors, pages, file)."""
        return render.document_rows(assistant.documents()), assistant.status().summary()

    with gr.Blocks(title="Spotlight Assistant") as app:
        gr.Markdown(
            "# Spotlight Assistant\nAsk what the institute's briefs say. "
            "Every answer is a verbatim quote with its citation."
        )
        status = gr.Markdown(assistant.status().summary(), elem_id="status")
        with gr.Tab("Ask"):
            with gr.Row():
                question = gr.Textbox(
                    label="Question",
                    placeholder="e.g. Who received Kellogg in Minsk?",
                    elem_id="question",
                    scale=5,
                    autofocus=True,
                )
                k = gr.Slider(
                    1, 10, value=assistant.settings.top_k, step=1, label="Quotes", scale=1
                )
            button = gr.Button("Ask", variant="primary", elem_id="ask-button")
            answer_html = gr.HTML(elem_id="answer")
            with gr.Accordion("Answer as data (JSON)", open=False):
                answer_json = gr.Code(language="json", elem_id="answer-json", label="Answer")
        with gr.Tab("Library"):
            table = gr.Dataframe(
                headers=render.DOCUMENT_COLUMNS, interactive=False, elem_id="library"
            )
            refresh = gr.Button("Refresh")
        gr.on(
            [button.click, question.submit],
            ask,
            [question, k],
            [answer_html, answer_json],
            api_name="ask",
        )
        refresh.click(documents, None, [table, status], api_name="documents")
        app.load(documents, None, [table, status], api_visibility="private")
    return app


def serve(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Serve the page until interrupted; binds the loopback address unless told otherwise."""
    app = build_app(assistant)
    app.queue(default_concurrency_limit=2).launch(
        server_name=host, server_port=port, share=False, css=render.CSS, footer_links=["api"]
    )


if __name__ == "__main__":
    from assistant import Settings

    serve(Assistant.open(Settings.from_env()))
