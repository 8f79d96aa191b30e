"""The page's API through gradio_client against a launched server."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from assistant import Assistant
from ui.app import build_app

from .conftest import KELLOGG_SENTENCE


@pytest.fixture(scope="module")
def page_url(sample_assistant: Assistant) -> Iterator[str]:
    app = build_app(sample_assistant)
    _, url, _ = app.launch(
        server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True
    )
    yield url
    app.close()


def test_ask_endpoint_returns_quote_cards_and_json(page_url: str) -> None:
    from gradio_client import Client

    client = Client(page_url, verbose=False)
    html, data = client.predict(question="Who received Kellogg in Minsk?", k=3, api_name="/ask")
    answer = json.loads(data)
    assert answer["quotes"][0]["text"] == KELLOGG_SENTENCE
    assert answer["quotes"][0]["citation"]["page"] == "1"
    assert f"\u201c{KELLOGG_SENTENCE}\u201d" in html
    assert "(PISM Spotlight No. 43/2025, 23 June 2024, Anna Maria Dynier), p. 1" in html


def test_unanswerable_question_shows_a_clear_state(page_url: str) -> None:
    from gradio_client import Client

    html, data = Client(page_url, verbose=False).predict(
        question="What is the recipe for apple pie?", k=3, api_name="/ask"
    )
    assert json.loads(data)["found"] is False
    assert "Nothing in the collection answers this question." in html


def test_empty_question_is_an_error_message(page_url: str) -> None:
    from gradio_client import Client
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="type a question"):
        Client(page_url, verbose=False).predict(question="   ", k=3, api_name="/ask")


def test_documents_endpoint_lists_the_brief(page_url: str) -> None:
    from gradio_client import Client

    table, status = Client(page_url, verbose=False).predict(api_name="/documents")
    assert table["data"] == [
        [
            "U.S. Special Envoy Kellogg Visits Belarus",
            "PISM Spotlight No. 43/2025",
            "23 June 2024",
            "Anna Maria Dynier",
            2,
            "pism-spotlight-43-2025.pdf",
        ]
    ]
    assert status.startswith("1 brief indexed \u00b7 7 passages")


def test_serve_binds_loopback_by_default() -> None:
    from assistant.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 7860)
