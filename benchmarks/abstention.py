"""Calibrating abstention: the best quote score of answerable and unanswerable questions.

    .venv/bin/python -m benchmarks.abstention [--queries 300] [--distractors 1500]

Two sets: the sample brief's gold questions (documents/spotlight.gold.jsonl), and SciFact claims
asked of a corpus that holds the relevant abstracts of half of them (answerable) and not those
of the other half (unanswerable), among distractor abstracts. For each threshold: the
false-abstain rate (answerable questions left unanswered) and the false-answer rate
(unanswerable questions answered); the threshold that minimises their sum is reported.
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
from benchmarks.run import ROOT, SAMPLE_PDF, write_results

SCIFACT = ROOT.parent / "shared/datasets/scifact"
GOLD = ROOT / "documents/spotlight.gold.jsonl"


def best_scores(assistant: Assistant, questions: list[str]) -> list[float]:
    """The best quote score of each question, whatever the threshold."""
    scores = []
    for question in questions:
        quotes = assistant.ask(question, k=1).quotes
        scores.append(quotes[0].score if quotes else -1.0)
    return scores


def sample_sets(embedder: Embedder, scratch: Path) -> tuple[list[float], list[float]]:
    documents = scratch / "sample"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents)
    settings = Settings(documents_dir=documents, index_dir=scratch / "sample-index")
    assistant = Assistant.open(settings.replace(answer_threshold=-1), embedder=embedder)
    assistant.sync()
    gold = load_gold(GOLD)
    answerable = best_scores(assistant, [q.question for q in gold if q.answerable])
    unanswerable = best_scores(assistant, [q.question for q in gold if not q.answerable])
    return answerable, unanswerable


def scifact_sets(
    embedder: Embedder, scratch: Path, queries: int, distractors: int
) -> tuple[list[float], list[float]]:
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
    settings = Settings(documents_dir=documents, index_dir=scratch / "scifact-index")
    assistant = Assistant.open(settings.replace(answer_threshold=-1), embedder=embedder)
    assistant.sync()
    answerable = best_scores(assistant, [data.queries[q] for q in asked])
    unanswerable = best_scores(assistant, [data.queries[q] for q in withheld])
    return answerable, unanswerable


def rates(answerable: list[float], unanswerable: list[float], threshold: float):
    false_abstain = sum(s < threshold for s in answerable) / len(answerable)
    false_answer = sum(s >= threshold for s in unanswerable) / len(unanswerable)
    return round(false_abstain, 3), round(false_answer, 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--distractors", type=int, default=1500)
    args = parser.parse_args()
    embedder = Embedder()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        sample = sample_sets(embedder, scratch)
        scifact = scifact_sets(embedder, scratch, args.queries, args.distractors)
    result: dict[str, float] = {"setting": Settings().answer_threshold}
    for name, (answerable, unanswerable) in (("sample", sample), ("scifact", scifact)):
        result[f"{name}_answerable"] = len(answerable)
        result[f"{name}_unanswerable"] = len(unanswerable)
        result[f"{name}_answerable_min"] = round(min(answerable), 3)
        result[f"{name}_unanswerable_max"] = round(max(unanswerable), 3)
        for at in (0.35, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75):
            false_abstain, false_answer = rates(answerable, unanswerable, at)
            result[f"{name}_at_{at}_false_abstain"] = false_abstain
            result[f"{name}_at_{at}_false_answer"] = false_answer
    write_results("abstention", result)


if __name__ == "__main__":
    main()
