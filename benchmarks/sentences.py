"""Sentence vectors at index time: pooled from the chunk's encode against encoded one by one.

    .venv/bin/python -m benchmarks.sentences [--questions 30]

The 24 SQuAD articles of assistant.evaluation.train (one Markdown brief each) are indexed once
per settings.sentence_vectors method, side by side in one run: "none" (as before issue 14:
sentences encoded at ask time), "pooled", "encoded+chunk" and "encoded". Indexing: each full
sync divided by the bare model.encode of exactly the chunks' embedding texts (measured before
and after; the mean).
Quotes: train's questions (answerable and with the article withheld) scored by train.report,
with the similarity scorer and with the learned weights fitted on each method's cosines
(abstain.weights_file); articles 18-23 are held out from everything, 0-17 are in-sample for
the learned weights (fit and calibrate) and were never used to choose a method. Results go to
benchmarks/results/sentences.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from assistant import Assistant, Settings
from assistant.abstain import load_weights, weights_file
from assistant.chunk import embedding_text
from assistant.embed import Embedder
from assistant.evaluation import train
from assistant.index import open_index
from benchmarks.run import write_results

METHODS = ("none", "pooled", "encoded+chunk", "encoded")


def write_articles(articles: list[dict], folder: Path) -> None:
    """The briefs train.index_articles writes, without syncing them."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, article in enumerate(articles):
        title = article["title"].replace("_", " ")
        body = "\n\n".join(p["context"] for p in article["paragraphs"])
        text = f"---\ntitle: {json.dumps(title)}\n---\n# {title}\n\n{body}\n"
        (folder / f"{number:02d}.md").write_text(text, encoding="utf-8")


def chunk_texts(assistant: Assistant) -> list[str]:
    """Every chunk's embedding text, as sync gave them to the model."""
    texts = []
    store = open_index(assistant.settings)
    for document in assistant.documents():
        ids = store._chunk_ids_of([document.id])  # type: ignore[attr-defined]
        for chunk in sorted(store.chunks_by_id(ids).values(), key=lambda c: c.position):
            texts.append(embedding_text(chunk, document.title))
    store.close()
    return texts


def bare_encode(embedder: Embedder, texts: list[str]) -> float:
    started = time.perf_counter()
    embedder.model.encode(texts, batch_size=embedder.batch_size, normalize_embeddings=True)
    return time.perf_counter() - started


def quality(assistant: Assistant, articles: list[dict], questions: int) -> dict[str, object]:
    asked = train.ask_all(assistant, articles, questions)
    held = [a for a in asked if a.article in train.SPLIT["held-out"]]
    development = [a for a in asked if a.article not in train.SPLIT["held-out"]]
    settings = assistant.settings
    weights = load_weights(weights_file(settings.sentence_vectors, settings.model))
    return {
        "held-out similarity": train.report(held, None),
        "held-out learned": train.report(held, weights),
        "articles 0-17 similarity (never tuned on)": train.report(development, None),
        "articles 0-17 learned (in-sample)": train.report(development, weights),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=train.QUESTIONS_PER_ARTICLE)
    parser.add_argument("--methods", nargs="+", default=list(METHODS))
    options = parser.parse_args()
    articles = json.loads(train.SQUAD.read_text(encoding="utf-8"))["data"][:24]
    embedder = Embedder()
    embedder.encode(["warm up the model"])
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        write_articles(articles, documents)
        texts: list[str] = []
        bare: list[float] = []
        for method in options.methods:
            index = Path(scratch) / f"index-{method}"
            settings = Settings(documents_dir=documents, index_dir=index, sentence_vectors=method)
            assistant = Assistant.open(settings, embedder=embedder)
            started = time.perf_counter()
            assistant.sync()
            sync_s = time.perf_counter() - started
            if not texts:
                texts = chunk_texts(assistant)
                bare.append(bare_encode(embedder, texts))
            result[method] = {"sync_s": round(sync_s, 2)}
            if method != "none":
                result[method].update(quality(assistant, articles, options.questions))  # type: ignore[union-attr]
            assistant.close()
            shutil.rmtree(index)
        bare.append(bare_encode(embedder, texts))
    encode_s = sum(bare) / len(bare)
    result["chunks"] = len(texts)
    result["bare_encode_s"] = [round(b, 2) for b in bare]
    for method in options.methods:
        entry = result[method]
        entry["index_ratio"] = round(entry["sync_s"] / encode_s, 3)  # type: ignore[index]
    write_results("sentences", result)


if __name__ == "__main__":
    main()
