"""Evaluation: metrics against hand-computed values, BEIR and gold files, gold checks."""

from __future__ import annotations

import json
import math
from dataclasses import fields
from pathlib import Path

import pytest

from assistant.errors import DocumentError
from assistant.evaluation.beir import load_beir
from assistant.evaluation.gold import (
    _CHECKS,
    GoldQuestion,
    GoldResult,
    abstention,
    compare,
    gold_sample,
    grade,
    load_gold,
)
from assistant.evaluation.metrics import (
    Scores,
    documents_ranked,
    mrr_at_k,
    ndcg_at_k,
    recall_at_k,
    score_run,
)

SCIFACT = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets" / "scifact"


# --- Metrics ----------------------------------------------------------------------------------


def test_ndcg_matches_hand_computed_value() -> None:
    # Ranked d3 (rel 0), d1 (rel 1), d2 (rel 2):
    #   DCG  = 0/log2(2) + 1/log2(3) + 2/log2(4) = 0.63093 + 1.0     = 1.63093
    #   IDCG = 2/log2(2) + 1/log2(3)             = 2.0     + 0.63093 = 2.63093
    #   nDCG = 1.63093 / 2.63093 = 0.61991
    expected = (1 / math.log2(3) + 2 / math.log2(4)) / (2 / math.log2(2) + 1 / math.log2(3))
    value = ndcg_at_k(["d3", "d1", "d2"], {"d1": 1, "d2": 2}, k=10)
    assert value == pytest.approx(expected), "graded gain, log2(rank + 1) discount"
    assert value == pytest.approx(0.61991, abs=1e-5)


def test_ndcg_is_one_for_the_ideal_order_and_zero_without_hits() -> None:
    assert ndcg_at_k(["d2", "d1", "d3"], {"d1": 1, "d2": 2}) == pytest.approx(1.0)
    assert ndcg_at_k(["d3", "d4"], {"d1": 1, "d2": 2}) == 0.0
    assert ndcg_at_k([], {"d1": 1}) == 0.0
    assert ndcg_at_k(["d1"], {"d1": 0}) == 0.0, "no relevant document at all scores 0"


def test_ndcg_cut_off_drops_documents_below_k() -> None:
    # k=2 keeps d3, d1: DCG = 1/log2(3); ideal at k=2 is rel 2 then rel 1:
    # IDCG = 2/log2(2) + 1/log2(3); d2 at rank 3 earns nothing.
    expected = (1 / math.log2(3)) / (2 + 1 / math.log2(3))
    assert ndcg_at_k(["d3", "d1", "d2"], {"d1": 1, "d2": 2}, k=2) == pytest.approx(expected)
    # The ideal list is cut at k too: one slot, ideal = 2/log2(2) = 2; ranked d1 gives 1.
    assert ndcg_at_k(["d1", "d2"], {"d1": 1, "d2": 2}, k=1) == pytest.approx(0.5)


def test_a_repeated_document_earns_its_gain_once() -> None:
    assert ndcg_at_k(["d1", "d1", "d1"], {"d1": 1}) == pytest.approx(1.0)
    assert recall_at_k(["d1", "d1", "d2"], {"d1": 1, "d2": 1}, k=2) == pytest.approx(1.0)


def test_recall_counts_relevant_documents_in_the_top_k() -> None:
    relevant = {"d1": 1, "d2": 2, "d5": 1, "d9": 0}
    # Three relevant (d9 has relevance 0); top 3 holds d1 and d2: 2/3.
    assert recall_at_k(["d1", "d3", "d2", "d5"], relevant, k=3) == pytest.approx(2 / 3)
    assert recall_at_k(["d1", "d3", "d2", "d5"], relevant, k=4) == pytest.approx(1.0)
    assert recall_at_k(["d9", "d3"], relevant, k=10) == 0.0, "relevance 0 is not relevant"
    assert recall_at_k(["d1"], {"d1": 0}, k=10) == 0.0, "no relevant documents scores 0"


def test_mrr_is_the_reciprocal_rank_of_the_first_relevant() -> None:
    relevant = {"d2": 1, "d4": 2}
    # First relevant, d2, is at rank 3.
    assert mrr_at_k(["d7", "d8", "d2", "d4"], relevant, k=10) == pytest.approx(1 / 3)
    assert mrr_at_k(["d7", "d8", "d2"], relevant, k=2) == 0.0, "d2 is below the cut-off"
    assert mrr_at_k(["d4"], relevant, k=1) == 1.0
    assert mrr_at_k([], relevant) == 0.0


def test_k_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="k must be at least 1"):
        recall_at_k(["d1"], {"d1": 1}, k=0)


def test_score_run_averages_over_qrels_and_missing_queries_count_zero() -> None:
    qrels = {"q1": {"d1": 1, "d2": 2}, "q2": {"d5": 1}, "q3": {"d9": 1}}
    run = {
        "q1": ["d3", "d1", "d2"],  # nDCG 0.61991 (above), recall 1, MRR 1/2
        "q2": ["d5"],  # nDCG 1, recall 1, MRR 1
        "q9": ["d9"],  # not judged: ignored; q3 is missing from the run and scores 0
    }
    scores = score_run(run, qrels)
    q1_ndcg = (1 / math.log2(3) + 2 / math.log2(4)) / (2 + 1 / math.log2(3))
    assert scores == Scores(
        ndcg10=pytest.approx((q1_ndcg + 1 + 0) / 3),
        recall10=pytest.approx(2 / 3),
        recall100=pytest.approx(2 / 3),
        mrr10=pytest.approx((0.5 + 1 + 0) / 3),
        queries=3,
    )


def test_recall_at_100_sees_what_recall_at_10_misses() -> None:
    ranked = [f"x{i}" for i in range(50)] + ["d1"]  # d1 at rank 51
    scores = score_run({"q": ranked}, {"q": {"d1": 1}})
    assert (scores.recall10, scores.recall100, scores.mrr10) == (0.0, 1.0, 0.0)


def test_score_run_refuses_empty_qrels() -> None:
    with pytest.raises(ValueError, match="no queries"):
        score_run({"q1": ["d1"]}, {})


def test_documents_ranked_by_best_chunk_each_once() -> None:
    hits = [
        ("a", 0.91),
        ("b", 0.90),
        ("a", 0.85),
        ("c", 0.80),
        ("b", 0.70),
        ("d", 0.95),  # out of order: fused lists need not arrive sorted
        ("c", 0.60),
    ]
    assert documents_ranked(hits) == ["d", "a", "b", "c"]
    assert documents_ranked([("a", 0.5), ("b", 0.5), ("a", 0.1)]) == ["a", "b"], (
        "ties keep the order of the hits"
    )
    assert documents_ranked([]) == []


# --- BEIR -------------------------------------------------------------------------------------


def write_beir(
    folder: Path,
    corpus: list[str] | None = None,
    queries: list[str] | None = None,
    qrels: dict[str, str] | None = None,
) -> Path:
    """A tiny BEIR folder; lines are written as given so tests can break them."""
    corpus = corpus or [
        json.dumps({"_id": "d1", "title": "Cats", "text": "Cats purr.", "metadata": {}}),
        json.dumps({"_id": "d2", "title": "", "text": "Dogs bark."}),
        json.dumps({"_id": "d3", "text": "Birds sing."}),
    ]
    queries = queries or [
        json.dumps({"_id": "q1", "text": "Which animal purrs?", "metadata": {}}),
        json.dumps({"_id": "q2", "text": "Which animal barks?"}),
        json.dumps({"_id": "q3", "text": "Unjudged question"}),
    ]
    qrels = qrels or {
        # Real BEIR files carry a header and CRLF line ends.
        "test": "query-id\tcorpus-id\tscore\r\nq1\td1\t1\r\nq2\td2\t2\r\nq2\td3\t0\r\n",
        "train": "query-id\tcorpus-id\tscore\nq3\td3\t1\n",
    }
    (folder / "qrels").mkdir(parents=True)
    (folder / "corpus.jsonl").write_text("\n".join(corpus) + "\n", encoding="utf-8")
    (folder / "queries.jsonl").write_text("\n".join(queries) + "\n", encoding="utf-8")
    for split, text in qrels.items():
        (folder / "qrels" / f"{split}.tsv").write_bytes(text.encode("utf-8"))
    return folder


def test_load_beir_reads_corpus_queries_and_the_split(tmp_path: Path) -> None:
    beir = load_beir(write_beir(tmp_path / "tiny"), "test")
    assert beir.corpus == {
        "d1": ("Cats", "Cats purr."),
        "d2": ("", "Dogs bark."),
        "d3": ("", "Birds sing."),  # no title field: empty, as BEIR's own loader does
    }
    assert beir.queries == {"q1": "Which animal purrs?", "q2": "Which animal barks?"}, (
        "q3 has no judgement in the test split, so it is left out"
    )
    assert beir.qrels == {"q1": {"d1": 1}, "q2": {"d2": 2, "d3": 0}}
    assert load_beir(tmp_path / "tiny", "train").queries == {"q3": "Unjudged question"}


def test_load_beir_names_the_splits_there_are(tmp_path: Path) -> None:
    folder = write_beir(tmp_path / "tiny")
    with pytest.raises(DocumentError, match=r"dev\.tsv.*no split 'dev'.*splits there: test, train"):
        load_beir(folder, "dev")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"corpus": ['{"_id": "d1", "text": "x"}', '{"_id": "d2", "text": }']},
            r"corpus\.jsonl, line 2: not valid JSON",
        ),
        (
            {"corpus": ['{"_id": "d1", "title": "T"}']},
            r"corpus\.jsonl, line 1: missing field 'text'",
        ),
        (
            {"corpus": ['{"_id": 7, "text": "x"}']},
            r"corpus\.jsonl, line 1: field '_id' must be a string",
        ),
        (
            {"corpus": ['{"_id": "d1", "text": "x"}', '{"_id": "d1", "text": "y"}']},
            r"corpus\.jsonl, line 2: _id 'd1' repeats",
        ),
        ({"queries": ['["q1", "text"]']}, r"queries\.jsonl, line 1: expected a JSON object"),
        ({"queries": ['{"text": "no id"}']}, r"queries\.jsonl, line 1: missing field '_id'"),
        (
            {"qrels": {"test": "query-id\tcorpus-id\tscore\nq1 d1 1\n"}},
            r"test\.tsv, line 2: expected 3 tab-separated columns",
        ),
        (
            {"qrels": {"test": "query-id\tcorpus-id\tscore\nq1\td1\thigh\n"}},
            r"test\.tsv, line 2: score must be a whole number, got 'high'",
        ),
        ({"qrels": {"test": "query-id\tcorpus-id\tscore\n"}}, r"test\.tsv: no judgements"),
        (
            {"qrels": {"test": "query-id\tcorpus-id\tscore\nq7\td1\t1\n"}},
            r"test\.tsv: 1 judged queries are not in queries\.jsonl \(first: 'q7'\)",
        ),
    ],
)
def test_load_beir_errors_name_file_and_line(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    folder = write_beir(tmp_path / "tiny", **change)  # type: ignore[arg-type]
    with pytest.raises(DocumentError, match=message):
        load_beir(folder, "test")


def test_load_beir_warns_about_judged_documents_outside_the_corpus(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    qrels = {"test": "query-id\tcorpus-id\tscore\nq1\td1\t1\nq1\td404\t1\n"}
    beir = load_beir(write_beir(tmp_path / "tiny", qrels=qrels), "test")
    assert beir.qrels == {"q1": {"d1": 1, "d404": 1}}, "kept: BEIR scores them too"
    assert "1 judged documents are not in corpus.jsonl" in caplog.text


def test_load_beir_names_a_missing_file(tmp_path: Path) -> None:
    folder = write_beir(tmp_path / "tiny")
    (folder / "queries.jsonl").unlink()
    with pytest.raises(DocumentError, match=r"queries\.jsonl: no such file"):
        load_beir(folder)
    with pytest.raises(DocumentError, match="nowhere: no such folder"):
        load_beir(tmp_path / "nowhere")


def test_load_beir_reads_the_real_scifact() -> None:
    if not SCIFACT.is_dir():
        pytest.skip(f"the SciFact data set is not at {SCIFACT}")
    splits = sorted(p.stem for p in (SCIFACT / "qrels").glob("*.tsv"))
    for split in splits:
        beir = load_beir(SCIFACT, split)
        assert len(beir.corpus) > 0, f"{split}: the corpus should hold documents"
        assert len(beir.qrels) > 0, f"{split}: the split should judge some queries"
        assert set(beir.queries) == set(beir.qrels), f"{split}: every judged query has text"
        assert all(text.strip() for text in beir.queries.values()), f"{split}: empty query"
        judged = {doc_id for judged in beir.qrels.values() for doc_id in judged}
        assert judged <= set(beir.corpus), f"{split}: every judged document is in the corpus"


# --- Gold questions ---------------------------------------------------------------------------


def write_gold(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_questions_with_defaults(tmp_path: Path) -> None:
    path = write_gold(
        tmp_path / "gold.jsonl",
        '{"question": "Who received Kellogg?", "brief": "43/2025", "quote": "received in Minsk",'
        ' "page": "1"}',
        "",  # blank lines are allowed
        '{"question": "What is the GDP of Mars?", "answerable": false}',
        '{"question": "Which file?", "brief": "pism-spotlight-43-2025.pdf"}',
    )
    assert load_gold(path) == (
        GoldQuestion("Who received Kellogg?", True, "43/2025", "received in Minsk", "1"),
        GoldQuestion("What is the GDP of Mars?", answerable=False),
        GoldQuestion("Which file?", brief="pism-spotlight-43-2025.pdf"),
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"question": "Q", "brief": "1/2025"', r"line 2: not valid JSON"),
        ('{"question": "Q", "quote": "x", "source": "y"}', r"line 2: unknown field 'source'"),
        ('{"brief": "1/2025"}', r"line 2: missing field 'question'"),
        (
            '{"question": "Q", "quote": "x", "page": 1}',
            r"line 2: field 'page' must be a string in quotes, got 1",
        ),
        (
            '{"question": "Q", "quote": "x", "answerable": "yes"}',
            r"line 2: field 'answerable' must be true or false",
        ),
        ('{"question": "Q", "quote": "  "}', r"line 2: field 'quote' is empty"),
        (
            '{"question": "Q", "page": "1"}',
            r"line 2: an answerable question needs field 'brief' or 'quote'",
        ),
        (
            '{"question": "Q", "answerable": false, "brief": "1/2025"}',
            r"line 2: field 'answerable' is false",
        ),
        ('{"question": "First?", "quote": "y"}', r"line 2: field 'question' repeats line 1"),
    ],
)
def test_load_gold_errors_name_line_and_field(tmp_path: Path, line: str, message: str) -> None:
    path = write_gold(tmp_path / "gold.jsonl", '{"question": "First?", "quote": "x"}', line)
    with pytest.raises(DocumentError, match=message) as raised:
        load_gold(path)
    assert str(path) in str(raised.value), "the message names the file"


def test_a_gold_file_declares_whether_it_is_in_sample(tmp_path: Path) -> None:
    held_out = write_gold(
        tmp_path / "new.gold.jsonl",
        '{"sample": "held-out"}',
        '{"question": "Who received Kellogg?", "quote": "received in Minsk"}',
    )
    assert gold_sample(held_out) == "held-out"
    expected = GoldQuestion("Who received Kellogg?", quote="received in Minsk")
    assert load_gold(held_out) == (expected,)
    plain = write_gold(tmp_path / "plain.gold.jsonl", '{"question": "Q?", "quote": "x"}')
    assert gold_sample(plain) == "", "a file that declares nothing is not marked"
    for bad in ('{"sample": "in sample"}', '{"sample": "held-out", "question": "Q?"}'):
        path = write_gold(tmp_path / "bad.gold.jsonl", bad, '{"question": "Q?", "quote": "x"}')
        with pytest.raises(DocumentError, match=r"bad\.gold\.jsonl, line 1: field 'sample'"):
            load_gold(path)
    late = write_gold(
        tmp_path / "late.gold.jsonl", '{"question": "Q?", "quote": "x"}', '{"sample": "held-out"}'
    )
    with pytest.raises(DocumentError, match=r"line 2: unknown field 'sample'"):
        load_gold(late)


def test_abstention_rates_count_each_kind_of_question_apart() -> None:
    questions = [
        GoldQuestion("A1", quote="x"),
        GoldQuestion("A2", quote="y"),
        GoldQuestion("A3", quote="z"),
        GoldQuestion("U1", answerable=False),
        GoldQuestion("U2", answerable=False),
    ]
    results = [
        GoldResult("A1", None, True, None, abstention_right=True),
        GoldResult("A2", None, False, None, abstention_right=False),  # refused
        GoldResult("A3", None, True, None, abstention_right=True),
        GoldResult("U1", None, None, None, abstention_right=False),  # answered
        GoldResult("U2", None, None, None, abstention_right=True),
    ]
    assert abstention(questions, results) == {
        "answerable": 3,
        "unanswerable": 2,
        "answered_unanswerable": 1,
        "false_answer": 0.5,
        "refused_answerable": 1,
        "false_abstain": 0.333,
    }
    assert abstention(questions[:1], results[:1]) == {
        "answerable": 1,
        "unanswerable": 0,
        "refused_answerable": 0,
        "false_abstain": 0.0,
    }, "no unanswerable question: no false-answer rate, rather than a made-up 0%"


def test_load_gold_refuses_a_missing_or_empty_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"gold\.jsonl: no such file"):
        load_gold(tmp_path / "gold.jsonl")
    with pytest.raises(DocumentError, match=r"empty\.jsonl: no questions"):
        load_gold(write_gold(tmp_path / "empty.jsonl", ""))


KELLOGG = (
    "The U.S. Special Envoy for Ukraine and Russia Keith Kellogg was received in Minsk by "
    "Alexander Lukashenka on 20 June."
)
QUOTES = (
    ("Belarus hosts Russian nuclear weapons.", "12/2024", "briefs/pism-12-2024.pdf", "2"),
    (KELLOGG, "43/2025", "pism-spotlight-43-2025.pdf", "1"),
)


def test_grade_passes_the_right_brief_quote_and_page() -> None:
    gold = GoldQuestion(
        "Who received Kellogg?",
        brief="43 / 2025",  # spaced as some front pages print it
        quote="was received   in Minsk\nby Alexander Lukashenka",  # whitespace differs
        page="1",
    )
    assert grade(gold, QUOTES, found=True) == GoldResult(
        "Who received Kellogg?",
        brief_found=True,
        quote_found=True,
        page_right=True,
        abstention_right=True,
        in_first=False,  # the Kellogg quote is the second one
        in_top3=True,
    )


def test_grade_flags_the_wrong_page_and_brief() -> None:
    gold = GoldQuestion("Q", brief="44/2025", quote="received in Minsk", page="2")
    result = grade(gold, QUOTES, found=True)
    # The quote is found, but not in brief 44/2025; the page of the matching quote is 1, and
    # the page-2 quote of brief 12/2024 does not count because its text is not the gold's.
    assert (result.brief_found, result.quote_found, result.page_right) == (False, True, False)


def test_grade_matches_briefs_by_file_name_or_path() -> None:
    for brief in ("pism-12-2024.pdf", "briefs/pism-12-2024.pdf", "pism-spotlight-43-2025.pdf"):
        assert grade(GoldQuestion("Q", brief=brief), QUOTES, True).brief_found is True
    assert grade(GoldQuestion("Q", brief="other.pdf"), QUOTES, True).brief_found is False


def test_grade_quote_containment_works_either_way() -> None:
    # The gold holds the whole sentence and the answer quotes a shorter part of it.
    part = ("Keith Kellogg was received in Minsk", "43/2025", "x.pdf", "1")
    assert grade(GoldQuestion("Q", quote=KELLOGG), [part], True).quote_found is True
    empty = ("  ", "43/2025", "x.pdf", "1")
    assert grade(GoldQuestion("Q", quote=KELLOGG), [empty], True).quote_found is False, (
        "an empty quote is inside every text but matches nothing"
    )


def test_grade_page_spanning_quote_is_on_both_pages() -> None:
    spanning = [(KELLOGG, "43/2025", "x.pdf", "1-2")]
    assert grade(GoldQuestion("Q", quote=KELLOGG, page="2"), spanning, True).page_right
    assert not grade(GoldQuestion("Q", quote=KELLOGG, page="3"), spanning, True).page_right


def test_grade_unasked_checks_are_none_and_abstention_is_judged() -> None:
    unanswerable = GoldQuestion("What is the GDP of Mars?", answerable=False)
    assert grade(unanswerable, (), found=False) == GoldResult(
        "What is the GDP of Mars?", None, None, None, abstention_right=True
    )
    assert grade(unanswerable, QUOTES, found=True).abstention_right is False
    abstained = grade(GoldQuestion("Q", quote=KELLOGG), (), found=False)
    assert (abstained.brief_found, abstained.quote_found, abstained.abstention_right) == (
        None,
        False,
        False,
    )


def test_compare_lists_only_questions_that_got_worse() -> None:
    previous = [
        GoldResult("Kellogg?", True, True, True, True),
        GoldResult("Mars?", None, None, None, True),
        GoldResult("Was false?", False, None, None, True),
        GoldResult("Dropped?", True, True, True, True),
    ]
    current = [
        GoldResult("Mars?", None, None, None, False),
        GoldResult("Kellogg?", True, False, False, True),
        GoldResult("Was false?", False, None, None, True),  # still failing: not worse
        GoldResult("New?", False, False, False, False),  # not in the previous run
    ]
    assert compare(previous, current) == [
        "'Mars?': abstention now wrong",
        "'Kellogg?': quote no longer found, page now wrong",
    ]
    assert compare(current, current) == []


def test_compare_covers_every_check() -> None:
    checks = {f.name for f in fields(GoldResult)} - {"question"}
    assert set(_CHECKS) == checks, "a new check in GoldResult needs a line in compare()"
