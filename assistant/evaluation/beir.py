"""Reading BEIR data sets: corpus.jsonl, queries.jsonl and qrels/<split>.tsv, checked by line."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import DocumentError

log = logging.getLogger(__name__)

QRELS_HEADER = ("query-id", "corpus-id", "score")


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
