"""The page's API through gradio_client against a launched server: every named endpoint,
filters, upload then ask, removal, escaping of hostile briefs, login and the default bind."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant
from ui.actions import upload

from .conftest import HOSTILE, KELLOGG_SENTENCE, indexed_sample, launch

NO_FILTERS = ("", "", "", [])


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("page")
    assistant = indexed_sample(folder, embedder, {"hostile.txt": HOSTILE}, max_file_mb=0.5)
    yield assistant
    assistant.close()


@pytest.fixture(scope="module")
def client(library: Assistant) -> Iterator[object]:
    from gradio_client import Client

    app, url = launch(library)
    yield Client(url, verbose=False)
    app.close()


def test_named_endpoints(client) -> None:
    endpoints = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert {"/ask", "/search", "/documents", "/upload", "/remove", "/reindex"} <= set(endpoints)


def test_ask_returns_quote_cards_and_json(client) -> None:
    html, data = client.predict("Who received Kellogg in Minsk?", 3, *NO_FILTERS, api_name="/ask")
    answer = json.loads(data)
    assert answer["quotes"][0]["text"] == KELLOGG_SENTENCE
    assert answer["quotes"][0]["citation"]["page"] == "1"
    assert "(PISM Spotlight No. 43/2025, 23 June 2024, Anna Maria Dynier), p. 1" in html
    assert "<mark>Kellogg</mark>" in html and "<mark>Minsk</mark>" in html  # question words
    assert 'class="copy"' in html


def test_filters_through_the_page(client) -> None:
    question = ("Who received Kellogg in Minsk?", 3)
    _, data = client.predict(*question, "2025-01-01", "", "", [], api_name="/ask")
    assert json.loads(data)["found"] is False  # the brief is dated 2024
    _, data = client.predict(*question, "", "", "Dynier", ["PISM Spotlight"], api_name="/ask")
    assert json.loads(data)["quotes"][0]["text"] == KELLOGG_SENTENCE
    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="From date: write it as YYYY-MM-DD"):
        client.predict(*question, "June 2024", "", "", [], api_name="/ask")


def test_unanswerable_and_empty_questions(client) -> None:
    from gradio_client.exceptions import AppError

    html, data = client.predict(
        "What is the recipe for apple pie?", 3, *NO_FILTERS, api_name="/ask"
    )
    assert json.loads(data)["found"] is False
    assert "Nothing in the collection answers this question." in html
    with pytest.raises(AppError, match="type a question"):
        client.predict("   ", 3, *NO_FILTERS, api_name="/ask")


def test_search_and_documents(client) -> None:
    passages = json.loads(client.predict("petrochemical sanctions", 2, api_name="/search"))
    assert "petrochemical" in passages[0]["chunk"]["text"]
    table, status = client.predict(api_name="/documents")
    rows = {row[-1]: row for row in table["data"]}
    assert rows["pism-spotlight-43-2025.pdf"][:5] == [
        "U.S. Special Envoy Kellogg Visits Belarus",
        "PISM Spotlight No. 43/2025",
        "23 June 2024",
        "Anna Maria Dynier",
        2,
    ]
    assert status.startswith("2 briefs indexed")


def test_hostile_brief_text_is_shown_as_text(client) -> None:
    html, _ = client.predict(
        "What did the attacker write about grain silos?", 5, *NO_FILTERS, api_name="/ask"
    )
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script" not in html and "<img" not in html


def test_upload_then_ask_and_remove(client, library: Assistant, tmp_path: Path) -> None:
    from gradio_client import handle_file

    new = tmp_path / "moldova-gas.txt"
    new.write_text(
        "Moldova Gas\n\nIon Popescu\n\nMoldova filled its gas storage in Ukraine before the "
        "winter of 2025.\n",
        encoding="utf-8",
    )
    report = client.predict([handle_file(str(new))], api_name="/upload")
    assert "moldova-gas.txt" in report and "Moldova Gas" in report and ">added<" in report
    html, data = client.predict("Where did Moldova store its gas?", 3, *NO_FILTERS, api_name="/ask")
    assert json.loads(data)["quotes"][0]["text"].startswith("Moldova filled its gas storage")
    assert "<mark>Moldova</mark> filled its <mark>gas</mark> storage" in html

    from gradio_client.exceptions import AppError

    with pytest.raises(AppError, match="tick 'Yes, remove it'"):
        client.predict("moldova-gas.txt", False, False, api_name="/remove")
    report = client.predict("moldova-gas.txt", True, True, api_name="/remove")
    assert ">removed<" in report
    assert not (library.settings.documents_dir / "moldova-gas.txt").exists()


def test_wrong_type_and_oversize_uploads_are_refused(client, tmp_path: Path) -> None:
    from gradio_client import handle_file
    from gradio_client.exceptions import AppError

    program = tmp_path / "tool.exe"
    program.write_bytes(b"MZ binary")
    with pytest.raises(AppError, match="Invalid file type"):
        client.predict([handle_file(str(program))], api_name="/upload")
    big = tmp_path / "big.txt"
    big.write_text("Big Brief\n\n" + "Grain prices rose again. " * 40_000, encoding="utf-8")
    # Over launch(max_file_size): the client refuses to send it, and the server would too.
    with pytest.raises((AppError, ValueError), match=r"maximum file size|exceeds"):
        client.predict([handle_file(str(big))], api_name="/upload")


def test_upload_names_cannot_leave_the_folder(library: Assistant, tmp_path: Path) -> None:
    sneaky = tmp_path / "..evil.txt"
    sneaky.write_text("Evil\n\nThe file tried to escape the folder.\n", encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * int(0.6 * 1024 * 1024))
    report = upload(library, [sneaky, big])
    documents = library.settings.documents_dir
    assert (documents / "evil.txt").exists() and not (documents.parent / "evil.txt").exists()
    assert report.added == ("evil.txt",)
    assert report.failed == (("big.txt", "file is 0.6 MB, over the 0.5 MB limit (max_file_mb)"),)
    library.remove("evil.txt", delete_file=True)


def test_login_is_required_when_configured(library: Assistant) -> None:
    import httpx

    app, url = launch(library, auth=[("analyst", "s3cret")])
    try:
        info = httpx.get(f"{url}gradio_api/info", timeout=10)
        assert info.status_code == 401
        login = httpx.post(f"{url}login", data={"username": "analyst", "password": "s3cret"})
        assert login.status_code == 200
        wrong = httpx.post(f"{url}login", data={"username": "analyst", "password": "nope"})
        assert wrong.status_code == 400
    finally:
        app.close()


def test_serve_binds_loopback_by_default_and_reads_logins(tmp_path: Path) -> None:
    from assistant.cli import _logins, build_parser
    from assistant.errors import SettingsError

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.auth) == ("127.0.0.1", 7860, None)
    users = tmp_path / "users"
    users.write_text("# staff\nanna:pass one\njan:two\n", encoding="utf-8")
    args = build_parser().parse_args(["serve", "--auth", "x:y", "--auth-file", str(users)])
    assert _logins(args) == [("x", "y"), ("anna", "pass one"), ("jan", "two")]
    users.write_text("nopassword\n", encoding="utf-8")
    args = build_parser().parse_args(["serve", "--auth-file", str(users)])
    with pytest.raises(SettingsError, match="line 1: write a login as USER:PASSWORD"):
        _logins(args)
