"""The JSON HTTP API (/api/v1) on a launched page's server, with and without a login, and the
page's named endpoints called with only their required inputs."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator

import pytest

from assistant import Assistant

from .conftest import KELLOGG_SENTENCE, SAMPLE_PDF, indexed_sample, launch

QUESTION = "Who received Kellogg in Minsk?"
ROUTES = {
    "/api/v1/ask",
    "/api/v1/search",
    "/api/v1/documents",
    "/api/v1/documents/{document_id}",
    "/api/v1/documents/{document_id}/pages/{page}.png",
}
LOGIN = ("analyst", "s3cret")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[Assistant]:
    note = "A Note on Silos\n\nAnna Nowak\n\nThe grain silos in Odesa were full in May.\n"
    assistant = indexed_sample(tmp_path_factory.mktemp("api"), embedder, {"note.txt": note})
    yield assistant
    assistant.close()


@pytest.fixture(scope="module")
def open_server(library: Assistant) -> Iterator[str]:
    app, url = launch(library)
    yield url.rstrip("/")
    app.close()


@pytest.fixture(scope="module")
def locked_server(library: Assistant) -> Iterator[str]:
    app, url = launch(library, auth=[LOGIN])
    yield url.rstrip("/")
    app.close()


def _sample(library: Assistant):
    return next(d for d in library.documents() if d.path == SAMPLE_PDF.name)


def test_ask_gives_the_answer_exactly_as_json_prints_it(open_server: str, library) -> None:
    import httpx

    response = httpx.get(f"{open_server}/api/v1/ask", params={"q": QUESTION, "k": 2}, timeout=60)
    assert response.status_code == 200, response.text
    expected = json.loads(json.dumps(dataclasses.asdict(library.ask(QUESTION, k=2))))
    assert response.json() == expected, "the API gives the record as `spotlight ask --json`"
    assert response.json()["quotes"][0]["text"] == KELLOGG_SENTENCE


def test_filters_search_and_documents(open_server: str, library) -> None:
    import httpx

    later = httpx.get(f"{open_server}/api/v1/ask", params={"q": QUESTION, "since": "2025-01-01"})
    assert later.json()["found"] is False, "the sample is dated 2024-06-23"
    by_author = httpx.get(
        f"{open_server}/api/v1/ask",
        params={"q": QUESTION, "author": "Dynier", "series": ["Spotlight"], "k": 1},
    )
    assert by_author.json()["quotes"][0]["text"] == KELLOGG_SENTENCE

    passages = httpx.get(f"{open_server}/api/v1/search", params={"q": "grain silos", "k": 1})
    assert passages.status_code == 200
    assert [p["document"]["path"] for p in passages.json()] == ["note.txt"]

    listed = httpx.get(f"{open_server}/api/v1/documents").json()
    assert listed == [json.loads(json.dumps(dataclasses.asdict(d))) for d in library.documents()]
    sample = _sample(library)
    one = httpx.get(f"{open_server}/api/v1/documents/{sample.id}")
    assert one.json()["title"] == "U.S. Special Envoy Kellogg Visits Belarus"
    none_new = httpx.get(f"{open_server}/api/v1/documents", params={"added_since": "2999-01-01"})
    assert none_new.json() == [], "nothing was indexed after 2999"


def test_page_image_route(open_server: str, library) -> None:
    import httpx

    sample = _sample(library)
    quote = library.ask(QUESTION, k=1).quotes[0]
    url = f"{open_server}/api/v1/documents/{sample.id}/pages/1.png"
    response = httpx.get(url, params={"start": quote.start, "end": quote.end}, timeout=60)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    assert response.content == library.page_image(sample.id, 1, quote.start, quote.end)


@pytest.mark.parametrize(
    ("path", "params", "status", "message"),
    [
        ("/ask", {"q": "  ?! "}, 400, "type a question with at least one word"),
        ("/ask", {}, 400, "type a question with at least one word"),
        ("/ask", {"q": QUESTION, "since": "23/06/2024"}, 400, "From date: write it as YYYY-MM-DD"),
        ("/ask", {"q": QUESTION, "k": "many"}, 400, "k: Input should be a valid integer"),
        ("/ask", {"q": QUESTION, "k": 0}, 400, "k: ask for 1 to 10000 results, got 0"),
        ("/documents", {"added_since": "May"}, 400, "Added since date: write it as YYYY-MM-DD"),
        ("/documents/nope", {}, 404, "nope: no indexed brief has this id"),
        ("/documents/nope/pages/1.png", {}, 404, "nope: no indexed brief has this id"),
        ("/documents/SAMPLE/pages/3.png", {}, 400, "page: pism-spotlight-43-2025.pdf has pages"),
        ("/documents/SAMPLE/pages/x.png", {}, 400, "page: Input should be a valid integer"),
        ("/documents/NOTE/pages/1.png", {}, 400, "note.txt: not a PDF, so it has no page image"),
    ],
)
def test_bad_input_is_a_json_error_with_the_message(
    open_server: str, library, path: str, params: dict, status: int, message: str
) -> None:
    import httpx

    ids = {"SAMPLE": _sample(library).id}
    ids["NOTE"] = next(d.id for d in library.documents() if d.path == "note.txt")
    for name, value in ids.items():
        path = path.replace(name, value)
    response = httpx.get(f"{open_server}/api/v1{path}", params=params, timeout=60)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"].startswith(message), response.json()


def test_every_route_asks_for_the_login_when_one_is_configured(locked_server: str, library):
    import httpx

    sample = _sample(library)
    paths = [
        f"/ask?q={QUESTION}",
        "/search?q=grain",
        "/documents",
        f"/documents/{sample.id}",
        f"/documents/{sample.id}/pages/1.png",
        "/docs",
        "/openapi.json",
    ]
    for path in paths:
        refused = httpx.get(f"{locked_server}/api/v1{path}", timeout=60)
        assert refused.status_code == 401, path
        assert refused.json()["error"].startswith("log in: send the page's user and password")
        assert refused.headers["www-authenticate"] == 'Basic realm="Spotlight Assistant"'
        wrong = httpx.get(f"{locked_server}/api/v1{path}", auth=("analyst", "nope"), timeout=60)
        assert wrong.status_code == 401, path
        allowed = httpx.get(f"{locked_server}/api/v1{path}", auth=LOGIN, timeout=60)
        assert allowed.status_code == 200, (path, allowed.text)

    # The page's own session cookie works too: a person logged in on the page can open a
    # page image link without typing the password again.
    with httpx.Client(base_url=locked_server, timeout=60) as session:
        login = session.post("/login", data={"username": LOGIN[0], "password": LOGIN[1]})
        assert login.status_code == 200
        assert session.get("/api/v1/documents").status_code == 200


def test_openapi_lists_every_route(open_server: str) -> None:
    import httpx

    document = httpx.get(f"{open_server}/api/v1/openapi.json").json()
    assert {f"/api/v1{path}" for path in document["paths"]} == ROUTES
    docs = httpx.get(f"{open_server}/api/v1/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


def test_named_endpoints_work_with_only_their_required_inputs(open_server: str) -> None:
    from gradio_client import Client

    client = Client(f"{open_server}/", verbose=False)
    _, data = client.predict(QUESTION, api_name="/ask")
    assert json.loads(data)["quotes"][0]["text"] == KELLOGG_SENTENCE
    assert len(json.loads(data)["quotes"]) == 5, "k defaults to the setting (top_k 5)"
    passages = json.loads(client.predict("grain silos", api_name="/search"))
    assert passages[0]["document"]["path"] == "note.txt"
    _, status = client.predict(api_name="/documents")
    assert status.startswith("2 briefs indexed")


def test_the_page_and_the_api_append_to_the_query_log(library: Assistant, tmp_path) -> None:
    import httpx
    from gradio_client import Client

    from assistant import QueryLog
    from ui.api import mount
    from ui.app import build_app, launch_options

    log = QueryLog(tmp_path / "queries.jsonl")
    app = build_app(library, log)
    _, url, _ = app.launch(
        server_name="127.0.0.1",
        server_port=None,
        prevent_thread_lock=True,
        quiet=True,
        auth=[LOGIN],
        **launch_options(library),
    )
    try:
        mount(app.server_app, library, [LOGIN], log)
        Client(url, verbose=False, auth=LOGIN).predict(QUESTION, api_name="/ask")
        response = httpx.get(
            f"{url.rstrip('/')}/api/v1/ask", params={"q": "grain silos"}, auth=LOGIN, timeout=60
        )
        assert response.status_code == 200
    finally:
        app.close()
    lines = [json.loads(line) for line in log.path.read_text("utf-8").splitlines()]
    assert [(line["user"], line["question"]) for line in lines] == [
        ("analyst", QUESTION),
        ("analyst", "grain silos"),
    ], "the page's login and the API's Basic login are both recorded"
    assert lines[0]["cited"][0] == {"path": SAMPLE_PDF.name, "number": "43/2025", "page": "1"}
