"""Running evaluations through the real pipeline: a BEIR dataset, or a gold file of our own.

A BEIR corpus is written as one plain-text brief per document (title, blank line, text) into
`<index>/corpus/` and indexed by the same sync() staff use, so what is measured is what ships.
A second run with the same index folder reuses the index: unchanged files are not even read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..assistant import Assistant
from ..embed import Embedder
from ..settings import Settings
from .beir import BeirSet, load_beir
from .metrics import Scores, documents_ranked, score_run

# Chunks read per query: a document's score is its best chunk's, and Recall@100 needs at least
# 100 distinct documents, so more than 100 chunks are read.
EVAL_DEPTH = 300


@dataclass(frozen=True, slots=True)
class BeirReport:
    """Scores of each retrieval mode on one dataset split."""

    dataset: str
    split: str
    documents: int
    passages: int
    scores: dict[str, Scores]  # mode -> scores


def evaluate_beir(
    folder: Path,
    split: str,
    modes: tuple[str, ...],
    index_dir: Path,
    settings: Settings,
    embedder: Embedder | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> BeirReport:
    """Index a BEIR corpus (or reuse the index in index_dir) and score each retrieval mode.

    Raises:
        DocumentError: the dataset folder or split is missing or malformed.
    """
    data = load_beir(folder, split)
    corpus_dir = index_dir / "corpus"
    progress(f"writing {len(data.corpus)} documents to {corpus_dir}")
    names = _write_corpus(data, corpus_dir)
    # Always a scratch index folder: a BEIR corpus never goes into the PostgreSQL index.
    settings = settings.replace(documents_dir=corpus_dir, index_dir=index_dir, index_url="")
    assistant = Assistant.open(settings, embedder=embedder)
    try:
        progress("indexing (only what is not indexed yet)")
        report = assistant.sync()
        if report.failed:
            progress(f"{len(report.failed)} documents failed: {report.failed[:3]}")
        query_ids = sorted(data.queries)
        progress(f"encoding {len(query_ids)} queries")
        vectors = assistant.embed([data.queries[q] for q in query_ids])
        scores = {}
        for mode in modes:
            progress(f"searching: {mode}")
            run = {}
            for query_id, vector in zip(query_ids, vectors, strict=True):
                ranked = assistant.rank(data.queries[query_id], EVAL_DEPTH, mode, vector)
                run[query_id] = documents_ranked(
                    [(names[PurePosixPath(p.document.path).stem], p.score) for p in ranked]
                )
            scores[mode] = score_run(run, data.qrels)
        status = assistant.status()
    finally:
        assistant.close()
    return BeirReport(folder.name, split, status.documents, status.passages, scores)


def _write_corpus(data: BeirSet, folder: Path) -> dict[str, str]:
    """One .txt brief per document; returns file stem -> BEIR id. Files already holding the
    same text are left untouched, so their modification time, and the index, stay valid."""
    folder.mkdir(parents=True, exist_ok=True)
    names = {}
    for doc_id, (title, text) in data.corpus.items():
        names[_safe(doc_id)] = doc_id
        path = folder / f"{_safe(doc_id)}.txt"
        content = f"{title}\n\n{text}\n" if title else f"{text}\n"
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
    return names


def _safe(doc_id: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id)
