"""Hybrid retrieval, filters, repeats and diversity, quotes with context, and the eval command."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant import Filters
from assistant.cli import main
from assistant.evaluation.gold import recheck
from assistant.retrieve import convex_fusion, reciprocal_rank_fusion
from tests.conftest import KELLOGG_SENTENCE, SAMPLE_PDF
from tests.pdf_factory import Block, BriefSpec, write_brief_pdf

ZYWALEWSKI = (
    "Three Polish citizens were also among those released, including Jerzy Żywalewski, who in "
    "2023 was sentenced to four years in a penal colony in Belarus for alleged foreign agent "
    "activity and about whom Belarusian television made propaganda material."
)


def test_reciprocal_rank_fusion_by_hand() -> None:
    # k = 60. Dense ranks 1, 2, 3 = a, b, c; lexical ranks 1, 2 = c, a.
    #   a: 1/61 + 1/62 = 0.0325225    c: 1/63 + 1/61 = 0.0322661    b: 1/62 = 0.0161290
    fused = reciprocal_rank_fusion([[1, 2, 3], [3, 1]], k=60)
    assert [item for item, _ in fused] == [1, 3, 2]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[1][1] == pytest.approx(1 / 63 + 1 / 61)
    assert fused[2][1] == pytest.approx(1 / 62)


def test_convex_fusion_by_hand() -> None:
    # Dense cosines a 0.8, b 0.6, c 0.4 scale to 1, 0.5, 0; BM25 c 9, a 3 scale to 1, 0.
    # With weights 0.5/0.5: a = 0.5*1 + 0.5*0 = 0.5; b = 0.5*0.5 = 0.25; c = 0 + 0.5*1 = 0.5.
    fused = convex_fusion([[(1, 0.8), (2, 0.6), (3, 0.4)], [(3, 9.0), (1, 3.0)]], (0.5, 0.5))
    assert fused == [(1, pytest.approx(0.5)), (3, pytest.approx(0.5)), (2, pytest.approx(0.25))]
    # One hit, or equal scores, take the list's whole weight; an empty list adds nothing.
    assert convex_fusion([[(7, 0.3)], []], (0.7, 0.3)) == [(7, pytest.approx(0.7))]
    # A floor: the list goes on below its last score, down to 0 (BM25 6 and 3 scale to 1, 0.5).
    fused = convex_fusion([[(1, 0.8), (2, 0.4)], [(2, 6.0), (1, 3.0)]], (0.5, 0.5), (None, 0.0))
    assert fused == [(1, pytest.approx(0.75)), (2, pytest.approx(0.5))]


def test_rrf_fusion_is_a_setting(make_assistant, tmp_path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents)
    assistant = make_assistant(documents, fusion="rrf", rrf_k=10)
    assistant.sync()
    assert assistant.ask("Who received Kellogg in Minsk?").quotes[0].text == KELLOGG_SENTENCE


@pytest.mark.parametrize("mode", ["lexical", "hybrid"])
def test_a_name_typed_without_diacritics_is_found(make_assistant, tmp_path, mode) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents)
    assistant = make_assistant(documents, retrieval=mode)
    assistant.sync()
    top = assistant.search("Zywalewski", k=1)[0]
    assert "Żywalewski" in top.chunk.text
    assert assistant.ask("What happened to Zywalewski?", k=1).quotes[0].text == ZYWALEWSKI


def test_every_mode_answers_the_sample_question(sample_assistant, embedder) -> None:
    from assistant import Assistant

    for mode in ("dense", "lexical", "hybrid"):
        settings = sample_assistant.settings.replace(retrieval=mode)
        assistant = Assistant.open(settings, embedder=embedder)  # same index, another mode
        assert assistant.ask("Who received Kellogg in Minsk?").quotes[0].text == (
            KELLOGG_SENTENCE
        ), mode
        assistant.close()


def test_quotes_carry_context_and_offsets(sample_assistant) -> None:
    quote = sample_assistant.ask("Who received Kellogg in Minsk?").quotes[0]
    assert quote.context_before == ""  # the brief's first sentence
    assert quote.context_after.startswith("The immediate result of their conversation")
    documents = {d.path: d for d in sample_assistant.documents()}
    view = sample_assistant.source(quote)
    assert view.text[view.start : view.end] == quote.text
    assert documents[quote.citation.path].path == view.path


def _brief(path: Path, title: str, authors, date_line: str, body: str, number: str) -> None:
    spec = BriefSpec(title, tuple(authors), number, date_line, ((Block(body),),))
    write_brief_pdf(path, spec)


SHARED = (
    "The ministers agreed that the grain corridor through the Baltic ports must stay open "
    "throughout the winter."
)


@pytest.fixture
def three_briefs(make_assistant, tmp_path):
    documents = tmp_path / "documents"
    _brief(
        documents / "a.pdf",
        "Grain Corridors",
        ["Anna Maria Dynier"],
        "3 MARCH 2024",
        f"{SHARED} Farmers in Ukraine welcomed the decision.",
        "1/2024",
    )
    _brief(
        documents / "b.pdf",
        "Baltic Ports",
        ["Jerzy Żywalewski"],
        "9 MAY 2025",
        f"Port operators expanded storage in Klaipėda. {SHARED}",
        "12/2025",
    )
    _brief(
        documents / "c.pdf",
        "Winter Logistics",
        ["Łukasz Wróbel"],
        "1 DECEMBER 2025",
        "Rail links to the ports were extended to carry grain in the winter months.",
        "30/2025",
    )
    assistant = make_assistant(documents)
    assistant.sync()
    return assistant


def test_the_same_paragraph_in_two_briefs_is_quoted_once(three_briefs) -> None:
    answer = three_briefs.ask("Must the grain corridor through the Baltic ports stay open?")
    first = answer.quotes[0]
    assert first.text == SHARED
    assert {first.citation.path, *(c.path for c in first.also)} == {"a.pdf", "b.pdf"}
    assert [q.text for q in answer.quotes].count(SHARED) == 1


def test_filters_on_dates_authors_series_and_documents(three_briefs) -> None:
    question = "grain ports winter"

    def paths(filters: Filters) -> set[str]:
        answer = three_briefs.ask(question, k=5, filters=filters)
        return {q.citation.path for q in answer.quotes} | {
            c.path for q in answer.quotes for c in q.also
        }

    assert paths(Filters(since="2025-01-01")) == {"b.pdf", "c.pdf"}
    assert paths(Filters(until="2024-12-31")) == {"a.pdf"}
    assert paths(Filters(authors=("Zywalewski",))) == {"b.pdf"}
    assert paths(Filters(documents=("30/2025",))) == {"c.pdf"}
    assert paths(Filters(series=("Bulletin",))) == set()
    assert three_briefs.ask(question, filters=Filters(series=("Bulletin",))).found is False
    assert {
        p.document.path for p in three_briefs.search(question, filters=Filters(since="2025-06-01"))
    } == {"c.pdf"}


@pytest.mark.parametrize("scorer", ["learned", "similarity"])
def test_one_long_brief_does_not_take_every_slot(make_assistant, tmp_path, scorer) -> None:
    documents = tmp_path / "documents"
    long_body = " ".join(
        f"Grain exports through the port rose by {n} percent in month {n}." for n in range(1, 30)
    )
    _brief(
        documents / "long.pdf", "Grain Exports", ["Anna Nowak"], "1 MAY 2025", long_body, "2/2025"
    )
    _brief(
        documents / "short.pdf",
        "Port Statistics",
        ["Jan Kowal"],
        "2 MAY 2025",
        # It answers "how much" too: the learned scorer spreads quotes over briefs only among
        # those nearly as likely to answer as the best (quote.GOOD_SHARE).
        "Grain exports through the port rose by 12 percent again this spring.",
        "3/2025",
    )
    assistant = make_assistant(documents, answer_scorer=scorer)
    assistant.sync()
    quotes = assistant.ask("How much did grain exports through the port rise?", k=4).quotes
    assert "short.pdf" in {q.citation.path for q in quotes}
    passages = assistant.search("grain exports port", k=4)
    assert {p.document.path for p in passages} == {"long.pdf", "short.pdf"}


def test_eval_on_a_tiny_beir_dataset(tmp_path, capsys) -> None:
    data = tmp_path / "tiny"
    (data / "qrels").mkdir(parents=True)
    corpus = {
        "d1": ("Grain corridors", "Ukraine exports grain through the Black Sea corridor."),
        "d2": ("Cyber defence", "Estonia trains cyber defence teams with NATO allies."),
        "d3": ("Energy prices", "Gas storage in Moldova was filled before the winter."),
    }
    with open(data / "corpus.jsonl", "w", encoding="utf-8") as out:
        for doc, (title, text) in corpus.items():
            out.write(json.dumps({"_id": doc, "title": title, "text": text}) + "\n")
    queries = {"q1": "How does Ukraine export grain?", "q2": "Who trains cyber teams?"}
    with open(data / "queries.jsonl", "w", encoding="utf-8") as out:
        for query, text in queries.items():
            out.write(json.dumps({"_id": query, "text": text}) + "\n")
    (data / "qrels" / "test.tsv").write_text(
        "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td2\t1\n", encoding="utf-8"
    )
    keep = tmp_path / "eval-index"
    args = ["eval", str(data), "--eval-index", str(keep), "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["scores"]) == {"dense", "lexical", "hybrid"}
    for scores in report["scores"].values():
        assert scores["ndcg10"] == pytest.approx(1.0) and scores["queries"] == 2
    # A second run reuses the kept index: the same three briefs, nothing embedded again.
    from assistant import Assistant, Settings

    kept = Assistant.open(Settings(documents_dir=keep / "corpus", index_dir=keep))
    assert kept.sync().unchanged == ("d1.txt", "d2.txt", "d3.txt")
    kept.close()
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["scores"] == report["scores"]


def test_gold_file_is_checked_and_regressions_reported(make_assistant, tmp_path, capsys) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents)
    gold = documents / "sample.gold.jsonl"
    gold.write_text(
        '{"sample": "held-out"}\n'
        + json.dumps(
            {
                "question": "Who received Kellogg in Minsk?",
                "brief": "43/2025",
                "quote": "received in Minsk by Alexander Lukashenka",
                "page": "1",
            }
        )
        + "\n"
        + json.dumps({"question": "What is the capital of Australia?", "answerable": False})
        + "\n",
        encoding="utf-8",
    )
    assistant = make_assistant(documents)
    report = assistant.sync()
    assert report.skipped == () and report.warnings[:1] == (
        "pism-spotlight-43-2025.pdf: the number No. 43/2025 says 2025 but the date says "
        "2024-06-23; both kept as printed",
    )
    folders = ["--documents", str(documents), "--index", str(tmp_path / "index")]
    assert main([*folders, "eval", "--gold", str(gold), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["quote_found"] == 1.0 and summary["abstention_right"] == 1.0
    assert (summary["false_answer"], summary["false_abstain"], summary["sample"]) == (
        0.0,
        0.0,
        "held-out",
    ), "the rates, and the file's own word on whether anything was fitted on it"
    assert (summary["answerable"], summary["unanswerable"]) == (1, 1)
    assert main([*folders, "eval", "--gold", str(gold), "--sample", "in-sample"]) == 0
    printed = capsys.readouterr().out
    assert "false answer (nothing answers)          0.0% (0 of 1 unanswerable)" in printed
    assert "false abstain (refused)                 0.0% (0 of 1 answerable)" in printed
    assert printed.splitlines()[-1].split() == ["questions", "in-sample"], "--sample overrides"
    # The brief is replaced by one that no longer says it: the next sync reports the loss.
    (documents / SAMPLE_PDF.name).unlink()
    _brief(
        documents / "other.pdf",
        "Grain Corridors",
        ["Anna Maria Dynier"],
        "3 MARCH 2024",
        "Ukraine exports grain through the Black Sea corridor.",
        "1/2024",
    )
    report = assistant.sync()
    assert report.warnings == (), "sync only syncs: the gold check is its own verb"
    worse = recheck(assistant)
    assert any(
        "sample.gold.jsonl: 'Who received Kellogg in Minsk?': brief no longer found" in w
        for w in worse
    ), report.warnings
