"""Shared fixtures: the real bundled model (loaded once), real PDFs, real index folders."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, Settings
from assistant.embed import Embedder
from assistant.records import Chunk, CleanText, Document, NewDocument
from tests.pdf_factory import brief_spec, write_brief_pdf
from tests.postgres_server import backend, postgres_base, postgres_url  # noqa: F401 - fixtures

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDF = ROOT / "documents" / "pism-spotlight-43-2025.pdf"
SAMPLE_TEXT = ROOT.parent / "shared" / "samples" / "pism-spotlight-43-2025.txt"
SEED = 20261126  # of the SIGKILL points (tests/test_crash.py, benchmarks/faults.py)
# Synthetic vectors (tests/test_hnsw.py, benchmarks/scale.py): 384-d like MiniLM's, lying near
# a 32-d subspace with noise 0.5, which matched real MiniLM recall best (docs/scaling.md).
DIMENSION, LATENT, NOISE = 384, 32, 0.5
KELLOGG_SENTENCE = (
    "The U.S. Special Envoy for Ukraine and Russia Keith Kellogg was received in Minsk by "
    "Alexander Lukashenka on 20 June."
)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded once for the whole run."""
    model = Embedder()
    assert model.dimension == 384, "the bundled MiniLM should give 384-dimensional vectors"
    return model


@pytest.fixture
def make_assistant(embedder: Embedder, tmp_path: Path):
    """Open assistants over folders in tmp_path, all sharing the one loaded model."""
    opened: list[Assistant] = []

    def make(documents: Path | None = None, **changes: object) -> Assistant:
        documents = documents or tmp_path / "documents"
        documents.mkdir(parents=True, exist_ok=True)
        settings = Settings(documents_dir=documents, index_dir=tmp_path / "index").replace(
            **changes
        )
        assistant = Assistant.open(settings, embedder=embedder)
        opened.append(assistant)
        return assistant

    yield make
    for assistant in opened:
        assistant.close()


@pytest.fixture(scope="module")
def sample_assistant(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> Iterator[Assistant]:
    """An index of the bundled sample brief (the real two-page PDF in documents/)."""
    assistant = indexed_sample(tmp_path_factory.mktemp("sample"), embedder)
    yield assistant
    assistant.close()


def indexed_sample(
    folder: Path, embedder: Embedder, texts: dict[str, str] | None = None, **changes: object
) -> Assistant:
    """An assistant over folder/documents holding the sample PDF and the given text briefs
    (name -> text), synced; changes are settings (max_file_mb=0.5, ...). Close it after."""
    documents = folder / "documents"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents / SAMPLE_PDF.name)
    for name, text in (texts or {}).items():
        (documents / name).write_text(text, encoding="utf-8")
    settings = Settings(documents_dir=documents, index_dir=folder / "index").replace(**changes)
    assistant = Assistant.open(settings, embedder=embedder)
    report = assistant.sync()
    expected = tuple(sorted([SAMPLE_PDF.name, *(texts or {})]))
    assert tuple(sorted(report.added)) == expected, f"the briefs should be indexed: {report}"
    return assistant


HOSTILE = (
    "Hostile Brief\n\nAnna Nowak\n\nThe attacker wrote <script>alert('x')</script> into the "
    "brief about grain silos. A picture <img src=x onerror=alert(1)> followed the grain silos."
)


def launch(assistant: Assistant, **options: object) -> tuple[object, str]:
    """The page of assistant on a free loopback port: (app, url); close the app after."""
    from ui.app import build_app, launch_options

    app = build_app(assistant)
    _, url, _ = app.launch(
        server_name="127.0.0.1",
        server_port=None,
        prevent_thread_lock=True,
        quiet=True,
        **launch_options(assistant),
        **options,
    )
    from ui.api import mount

    mount(app.server_app, assistant, options.get("auth"))  # type: ignore[attr-defined]
    return app, url


# -- SIGKILL rounds -----------------------------------------------------------------------------


SEED = 20261126


def _child(
    documents: Path, index: Path, mode: str = "sync", index_url: str = ""
) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_child", str(documents), str(index), mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "SPOTLIGHT_INDEX_URL": index_url},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "syncing", "the child failed to start"
    return process


def _variant(documents: Path, round_: int, count: int) -> dict[str, str]:
    """Replace last round's briefs with count new ones; returns a sentence of each brief."""
    for old in documents.glob("round-*.pdf"):
        old.unlink()
    sentences = {}
    for offset in range(count):
        spec, expected = brief_spec((round_ * count + offset) % 10)
        spec = dataclasses.replace(spec, number=f"{1000 + round_ * count + offset}/2025")
        name = f"round-{round_}-{offset}.pdf"
        write_brief_pdf(documents / name, spec)
        sentences[name] = next(iter(expected))
    return sentences


def _assert_sound(settings: Settings, embedder) -> Assistant:
    """The index opens, passes its check, and every listed brief has all its passages: each
    passage is found by its brief's title words (BM25 indexes the title with every passage)."""
    assistant = Assistant.open(settings, embedder=embedder)
    assert assistant.check() == ()
    found = 0
    for document in assistant.documents():
        ranked = assistant.rank(document.title, 1000, "lexical")
        mine = [p for p in ranked if p.document.id == document.id]
        assert mine, f"{document.path} is listed but has no passages"
        found += len(mine)
    assert found == assistant.status().passages, "every passage belongs to a listed brief"
    return assistant


def kill_rounds(
    folder: Path, embedder, kills: int, briefs: int, seed: int, index_url: str = ""
) -> list[str]:
    """Kill `kills` processes writing the index: syncs that remove last round's `briefs` briefs
    and append a segment for `briefs` new ones, and every fourth round a merge of the segments.
    Returns per kill which generation the index held afterwards: "old" or "new" for a sync,
    "merge" for a merge (the briefs unchanged either way). benchmarks/faults.py runs the long
    variant."""
    documents, index = folder / "documents", folder / "index"
    for number in range(4):
        write_brief_pdf(documents / f"base-{number}.pdf", brief_spec(number)[0])
    settings = Settings(documents_dir=documents, index_dir=index, index_url=index_url)
    base = Assistant.open(settings, embedder=embedder)
    base.sync()
    base.close()

    # How long an unkilled sync of one round takes, so kills land anywhere inside it.
    _variant(documents, 0, briefs)
    child = _child(documents, index, index_url=index_url)
    started = time.monotonic()
    assert child.stdout is not None and child.stdout.readline().strip() == "done"
    duration = time.monotonic() - started
    assert child.wait(timeout=60) == 0
    _assert_sound(settings, embedder).close()

    rng = random.Random(seed)
    # One kill in each tenth of the sync (and a little past its end), so the reading, the
    # embedding and the commit at the end are all hit.
    slot = duration * 1.1 / kills
    delays = [slot * (n + rng.random()) for n in range(kills)]
    outcomes = []
    for round_, delay in enumerate(delays, start=1):
        if round_ % 4 == 0:  # a merge: a few milliseconds of work after the model is loaded
            before = {d.path for d in Assistant.open(settings, embedder=embedder).documents()}
            child = _child(documents, index, "compact", index_url)
            time.sleep(rng.random() * 0.05)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=60)
            assistant = _assert_sound(settings, embedder)
            after = {d.path for d in assistant.documents()}
            assert after == before, "a merge never changes which briefs are indexed"
            outcomes.append("merge")
            assistant.close()
            continue
        names = set(_variant(documents, round_, briefs))
        child = _child(documents, index, index_url=index_url)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        assistant = _assert_sound(settings, embedder)
        indexed = names & {d.path for d in assistant.documents()}
        assert indexed in (set(), names), f"a sync was half committed: {sorted(indexed)}"
        outcomes.append("new" if indexed else "old")
        assistant.close()
    print(f"kills at {[round(d, 2) for d in delays]} s of {duration:.2f} s: {outcomes}")

    final = _variant(documents, kills + 1, briefs)
    assistant = Assistant.open(settings, embedder=embedder)
    assistant.sync()
    assert assistant.check() == ()
    paths = {d.path for d in assistant.documents()}
    assert paths == {f"base-{n}.pdf" for n in range(4)} | set(final)
    for name, sentence in final.items():
        top = assistant.ask(sentence, k=1).quotes[0]
        # Briefs made from the same spec share sentences: the quote names them all.
        assert name in {top.citation.path, *(c.path for c in top.also)}
    files = len(list(index.glob("segment-*.faiss")))
    live = assistant.status().segments
    assert files <= 2 * live + 1, f"{files} segment files for {live} live: old ones are cleaned up"
    assistant.close()
    return outcomes


# -- synthetic vectors --------------------------------------------------------------------------


def unit_vectors(count: int, rng: np.random.Generator, basis: np.ndarray | None) -> np.ndarray:
    """count random unit rows: iid directions, or near the subspace spanned by basis.

    Args:
        basis: (latent, dimension) rows spanning the subspace (None: iid Gaussian directions).
    """
    if basis is None:
        rows = rng.standard_normal((count, DIMENSION), dtype=np.float32)
    else:
        latent = rng.standard_normal((count, len(basis)), dtype=np.float32)
        noise = rng.standard_normal((count, DIMENSION), dtype=np.float32)
        rows = latent @ basis / np.sqrt(len(basis), dtype=np.float32) + NOISE * noise
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def embedding_basis(rng: np.random.Generator) -> np.ndarray:
    """The random subspace of embedding-like vectors."""
    return rng.standard_normal((LATENT, DIMENSION), dtype=np.float32)


def perturbed(rows: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Unit copies of rows at cosine ~0.71 from them (noise as long as the row)."""
    noisy = rows + rng.standard_normal(rows.shape, dtype=np.float32) / np.sqrt(DIMENSION)
    return (noisy / np.linalg.norm(noisy, axis=1, keepdims=True)).astype(np.float32)


# Topics of the synthetic briefs' sentences, so that questions can name one.
TOPICS = "grain corridors, port fees, energy financing, border crossings, sanctions relief".split(
    ", "
)


def text_brief(
    name: str, texts: list[str], vectors: np.ndarray, terms: tuple[str, ...] | None = None
) -> NewDocument:
    """A brief named name whose chunks are texts, one sentence each, ready to commit; its BM25
    terms are the texts themselves unless given."""
    from assistant.chunk import chunk_id

    text = " ".join(f"{t}." for t in texts)
    clean = CleanText(text, (0,), ("1",), ())
    document = Document(name, f"{name}.txt", name, "Document", "", "", ("A. B",), "en", 1, 1, 0.5)
    chunks = tuple(
        Chunk(chunk_id(name, n, t), name, n, t, 0, len(t), "1", "", ((0, len(t)),))
        for n, t in enumerate(texts)
    )
    return NewDocument(document, clean, chunks, vectors, terms or tuple(texts))


def synthetic_brief(number: int, chunks: int, rng: np.random.Generator) -> NewDocument:
    """A brief of `chunks` one-sentence chunks with random unit vectors, ready to commit: the
    store-level benchmarks' stand-in for an embedded brief (benchmarks/postgres.py,
    benchmarks/memory.py)."""
    sentences = [
        f"In meeting {n} the delegation of brief {number} discussed {TOPICS[(number + n) % 5]} "
        f"and asked for {n % 17 + 2} further consultations before the summer."
        for n in range(chunks)
    ]
    text = " ".join(sentences)
    doc_id = hashlib.sha256(text.encode()).hexdigest()
    document = Document(
        doc_id, f"brief-{number}.txt", f"Brief {number}", "Document", "", "2025-01-01",
        ("A. Author",), "en", 1, len(text), 0.0,
    )  # fmt: skip
    rows, start = [], 0
    for position, sentence in enumerate(sentences):
        chunk_id = int(hashlib.sha256(f"{doc_id}{position}".encode()).hexdigest()[:15], 16)
        end = start + len(sentence)
        rows.append(
            Chunk(chunk_id, doc_id, position, sentence, start, end, "1", "", ((start, end),))
        )
        start = end + 1
    vectors = rng.standard_normal((chunks, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    clean = CleanText(text, (0,), ("1",), (), tuple((c.start, c.end) for c in rows))
    words = tuple(
        f"brief {number} meeting {c.position} {TOPICS[(number + c.position) % 5]}" for c in rows
    )
    return NewDocument(document, clean, tuple(rows), vectors, words)
