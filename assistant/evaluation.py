"""Evaluation on public benchmarks: BEIR test sets and the standard retrieval metrics."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import DocumentError

log = logging.getLogger(__name__)

QRELS_HEADER = ("query-id", "corpus-id", "score")


# --- BEIR -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BeirSet:
    """One split of a BEIR data set: the documents, the judged queries and their judgements."""

    corpus: dict[str, tuple[str, str]]  # document id -> (title, text)
    queries: dict[str, str]  # query id -> text; only queries judged in the split
    qrels: dict[str, dict[str, int]]  # query id -> {document id: relevance, 0 = not relevant}


def load_beir(folder: Path, split: str = "test") -> BeirSet:
    """Read a BEIR folder: corpus.jsonl, queries.jsonl and qrels/<split>.tsv.

    Args:
        folder: the data set's folder, as BEIR's downloads unpack it.
        split: the qrels file to use, "test", "dev" or "train"; not every data set has all.

    Returns:
        The corpus, the queries that have judgements in the split, and those judgements.

    Raises:
        DocumentError: a file is missing or malformed, or the split does not exist; the
            message names the file and line, or lists the splits there are.
    """
    if not folder.is_dir():
        raise DocumentError(f"{folder}: no such folder; expected a BEIR data set folder")
    corpus: dict[str, tuple[str, str]] = {}
    path = folder / "corpus.jsonl"
    for number, row in read_json_lines(path):
        doc_id = _field(row, "_id", path, number)
        if doc_id in corpus:
            raise DocumentError(f"{path}, line {number}: _id {doc_id!r} repeats an earlier line")
        # BEIR's own loader treats a missing title as empty: several corpora have none.
        title = _field(row, "title", path, number) if "title" in row else ""
        corpus[doc_id] = (title, _field(row, "text", path, number))
    path = folder / "queries.jsonl"
    texts = {
        _field(row, "_id", path, number): _field(row, "text", path, number)
        for number, row in read_json_lines(path)
    }
    qrels = _read_qrels(folder, split)
    unknown = [query_id for query_id in qrels if query_id not in texts]
    if unknown:
        raise DocumentError(
            f"{folder / 'qrels' / f'{split}.tsv'}: {len(unknown)} judged queries are not in "
            f"queries.jsonl (first: {unknown[0]!r}); the folder mixes two data sets"
        )
    missing = {d for judged in qrels.values() for d in judged if d not in corpus}
    if missing:
        # Not fatal: BEIR scores such runs too, but recall can then never reach 1.
        log.warning("%s: %d judged documents are not in corpus.jsonl", folder, len(missing))
    queries = {query_id: texts[query_id] for query_id in qrels}
    return BeirSet(corpus=corpus, queries=queries, qrels=qrels)


def _read_qrels(folder: Path, split: str) -> dict[str, dict[str, int]]:
    path = folder / "qrels" / f"{split}.tsv"
    if not path.is_file():
        splits = sorted(p.stem for p in (folder / "qrels").glob("*.tsv"))
        there = ", ".join(splits) if splits else "none"
        raise DocumentError(f"{path}: no split {split!r} in {folder}; splits there: {there}")
    qrels: dict[str, dict[str, int]] = {}
    for number, line in _read_lines(path):
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if number == 1 and cells == QRELS_HEADER:
            continue
        if len(cells) != 3:
            raise DocumentError(
                f"{path}, line {number}: expected 3 tab-separated columns "
                f"(query-id, corpus-id, score), got {len(cells)}"
            )
        query_id, doc_id, score = cells
        try:
            relevance = int(score)
        except ValueError as exc:
            raise DocumentError(
                f"{path}, line {number}: score must be a whole number, got {score!r}"
            ) from exc
        qrels.setdefault(query_id, {})[doc_id] = relevance
    if not qrels:
        raise DocumentError(f"{path}: no judgements, only a header")
    return qrels


def _read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Non-blank lines with their 1-based numbers; the BEIR files on disk use CRLF."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line.rstrip("\r\n")
    except FileNotFoundError as exc:
        raise DocumentError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not UTF-8 ({exc.reason})") from exc


def read_json_lines(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    for number, line in _read_lines(path):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DocumentError(f"{path}, line {number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise DocumentError(f"{path}, line {number}: expected a JSON object")
        yield number, row


def _field(row: Mapping[str, object], name: str, path: Path, number: int) -> str:
    if name not in row:
        raise DocumentError(f"{path}, line {number}: missing field {name!r}")
    value = row[name]
    if not isinstance(value, str):
        raise DocumentError(f"{path}, line {number}: field {name!r} must be a string")
    return value


# --- Metrics ----------------------------------------------------------------------------------
# As in BEIR (pytrec_eval): linear gain, a document counts as relevant when its relevance is
# above 0, and a query without any relevant document scores 0 rather than being dropped.


def ndcg_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """Normalized discounted cumulative gain of the first k documents.

    Args:
        ranked: document ids, best first; a repeated id counts at its first rank only.
        relevant: document id -> graded relevance; ids not in it have relevance 0.
        k: the cut-off.

    Returns:
        DCG / ideal DCG, with gain = relevance and discount log2(rank + 1); 0 when nothing
        is relevant.
    """
    gains = [max(relevant.get(doc_id, 0), 0) for doc_id in _top(ranked, k)]
    ideal = sorted((r for r in relevant.values() if r > 0), reverse=True)[:k]
    ideal_dcg = _dcg(ideal)
    return _dcg(gains) / ideal_dcg if ideal_dcg > 0 else 0.0


def recall_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """Share of the relevant documents (relevance above 0) found in the first k; 0 if none."""
    wanted = {doc_id for doc_id, r in relevant.items() if r > 0}
    if not wanted:
        return 0.0
    return len(wanted.intersection(_top(ranked, k))) / len(wanted)


def mrr_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """1 / rank of the first relevant document in the first k, else 0."""
    for rank, doc_id in enumerate(_top(ranked, k), start=1):
        if relevant.get(doc_id, 0) > 0:
            return 1.0 / rank
    return 0.0


def _top(ranked: Sequence[str], k: int) -> list[str]:
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    # A repeated id would otherwise earn its gain twice and push nDCG above 1.
    return list(dict.fromkeys(ranked))[:k]


def _dcg(gains: Sequence[int]) -> float:
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


@dataclass(frozen=True, slots=True)
class Scores:
    """Metrics averaged over the judged queries, each 0..1."""

    ndcg10: float
    recall10: float
    recall100: float
    mrr10: float
    queries: int  # how many queries the averages are over


def score_run(run: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]]) -> Scores:
    """Average the metrics over every query in qrels.

    Args:
        run: query id -> document ids, best first (at least 100 for a meaningful recall@100).
        qrels: query id -> {document id: relevance}, as in BeirSet.qrels.

    Returns:
        The averages; a judged query missing from the run scores 0 on every metric, so a
        run cannot look better by skipping hard queries.

    Raises:
        ValueError: qrels is empty, so there is nothing to average.
    """
    if not qrels:
        raise ValueError("qrels holds no queries to score")
    totals = [0.0, 0.0, 0.0, 0.0]
    for query_id, relevant in qrels.items():
        ranked = run.get(query_id, ())
        totals[0] += ndcg_at_k(ranked, relevant, 10)
        totals[1] += recall_at_k(ranked, relevant, 10)
        totals[2] += recall_at_k(ranked, relevant, 100)
        totals[3] += mrr_at_k(ranked, relevant, 10)
    count = len(qrels)
    ndcg10, recall10, recall100, mrr10 = (total / count for total in totals)
    return Scores(ndcg10, recall10, recall100, mrr10, queries=count)


def documents_ranked(hits: Sequence[tuple[str, float]]) -> list[str]:
    """Document ids ranked by their best chunk: BEIR judges documents, we retrieve chunks.

    Args:
        hits: (document id, chunk score), higher is better, several chunks per document.

    Returns:
        Each document id once, by its best chunk's score; ties keep the order of the hits.
    """
    best: dict[str, float] = {}
    for doc_id, score in hits:
        if doc_id not in best or score > best[doc_id]:
            best[doc_id] = score
    return sorted(best, key=lambda doc_id: -best[doc_id])  # sorted() is stable
