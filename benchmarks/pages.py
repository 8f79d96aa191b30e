"""Page images and the HTTP API: a page rendered and boxed at first view and from the cache,
and /api/v1/ask against the Python ask() of the same questions, side by side.

    .venv/bin/python -m benchmarks.pages [--rounds 40]

The sample brief plus two real PDFs of ../shared/realpdf (one a long strategy, one a short
memo) are indexed; each quote of each question is shown on its page(s), first with an empty
cache, then again. The API runs on a launched page server on the loopback address; each round
asks the Python facade and the API the same question, alternately, after a warm-up of both.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from assistant import Assistant, Settings
from assistant import pages as page_module
from benchmarks.run import QUESTIONS, ROOT, SAMPLE_PDF, percentile, write_results

REAL = ROOT.parent / "shared/realpdf"
REAL_BRIEFS = ("us_indo_pacific_strategy_2022-02.pdf", "wh_remarks_harris_duda_2022-03-10.pdf")
REAL_QUESTIONS = (
    "What does the strategy say about Taiwan?",
    "What did Vice President Harris say about Ukraine refugees?",
)


def renders(assistant: Assistant) -> tuple[list[float], list[float]]:
    """(first-view ms, cached ms) of every page of every quote of the questions."""
    first, cached = [], []
    ids = {d.path: d.id for d in assistant.documents()}
    for question in (*QUESTIONS, *REAL_QUESTIONS):
        for quote in assistant.ask(question, k=3).quotes:
            document = ids[quote.citation.path]
            for page in assistant.span_pages(document, quote.start, quote.end):
                page_module.CACHE = page_module.PageCache()  # an empty cache: a first view
                started = time.perf_counter()
                assistant.page_image(document, page, quote.start, quote.end)
                first.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                assistant.page_image(document, page, quote.start, quote.end)
                cached.append((time.perf_counter() - started) * 1000)
    return first, cached


def api_against_python(assistant: Assistant, rounds: int) -> tuple[list[float], list[float]]:
    """(API ms, Python ms) per question, interleaved, on one launched server."""
    import httpx

    from tests.conftest import launch

    app, url = launch(assistant)
    api, python = [], []
    try:
        with httpx.Client(base_url=url.rstrip("/"), timeout=60) as client:
            questions = [QUESTIONS[n % len(QUESTIONS)] for n in range(rounds)]
            for question in QUESTIONS:  # warm-up: both paths have every sentence cached
                assistant.ask(question)
                client.get("/api/v1/ask", params={"q": question}).raise_for_status()
            for question in questions:
                started = time.perf_counter()
                assistant.ask(question)
                python.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                client.get("/api/v1/ask", params={"q": question}).raise_for_status()
                api.append((time.perf_counter() - started) * 1000)
    finally:
        app.close()
    return api, python


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    missing = [name for name in REAL_BRIEFS if not (REAL / name).exists()]
    if missing:
        raise SystemExit(f"benchmark needs {', '.join(missing)} in {REAL}; absent")
    with tempfile.TemporaryDirectory() as folder:
        documents = Path(folder) / "documents"
        documents.mkdir()
        shutil.copy(SAMPLE_PDF, documents)
        for name in REAL_BRIEFS:
            shutil.copy(REAL / name, documents)
        assistant = Assistant.open(Settings(documents_dir=documents, index_dir=Path(folder) / "i"))
        assistant.sync()
        first, cached = renders(assistant)
        api, python = api_against_python(assistant, args.rounds)
        assistant.close()
    result = {
        "pages rendered": len(first),
        "first view p50 ms": round(statistics.median(first), 1),
        "first view p95 ms": round(percentile(first, 95), 1),
        "first view max ms": round(max(first), 1),
        "cached p50 ms": round(statistics.median(cached), 2),
        "cached max ms": round(max(cached), 2),
        "api ask p50 ms": round(statistics.median(api), 1),
        "python ask p50 ms": round(statistics.median(python), 1),
        "api / python p50": round(statistics.median(api) / statistics.median(python), 2),
    }
    write_results("pages", result)


if __name__ == "__main__":
    main()
