"""Quoting by hand: which sentences join, caps per quote and per brief, repeats, context, pages."""

from __future__ import annotations

import math

import numpy as np
import pytest

from assistant.quote import (
    JOIN_MARGIN,
    MAX_SENTENCES,
    answer,
    candidates,
    sentence_scores,
    word_overlap,
)
from assistant.records import Answer, Chunk, Citation, CleanText, Document, Passage

# No candidate sentence below holds the one word of this question, so word overlap adds 0 and
# every sentence scores exactly its cosine.
QUESTION = "Zebras?"


def _document(
    doc_id: str,
    title: str = "",
    series: str = "PISM Spotlight",
    number: str = "",
    date: str = "2025-06-23",
    authors: tuple[str, ...] = ("Anna Maria Dynier",),
    pages: int = 1,
) -> Document:
    return Document(
        id=doc_id,
        path=f"{doc_id}.pdf",
        title=title or f"Brief {doc_id}",
        series=series,
        number=number,
        date=date,
        authors=authors,
        language="en",
        pages=pages,
        size=1,
        mtime=0.0,
    )


def _clean(
    sentences: list[str],
    separators: list[str] | None = None,
    page_starts: tuple[int, ...] = (0,),
    page_labels: tuple[str, ...] = ("1",),
) -> CleanText:
    """Clean text of the sentences, separators[i] between sentence i and i + 1 (default " ")."""
    separators = separators or [" "] * (len(sentences) - 1)
    text, spans = "", []
    for index, sentence in enumerate(sentences):
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence + (separators[index] if index < len(separators) else "")
    return CleanText(text, page_starts, page_labels, (), tuple(spans))


def _passage(
    document: Document, clean: CleanText, first: int, last: int, section: str = ""
) -> Passage:
    """The passage of one chunk holding sentences first..last (inclusive) of the clean text."""
    spans = clean.sentences[first : last + 1]
    start, end = spans[0][0], spans[-1][1]
    page = clean.page(start, end)
    chunk = Chunk(
        id=first,
        document_id=document.id,
        position=first,
        text=clean.text[start:end],
        start=start,
        end=end,
        page=page,
        section=section,
        sentences=spans,
    )
    return Passage(chunk, document, 1.0)


def _cosines(*values: float) -> np.ndarray:
    return np.asarray(values, dtype=np.float32)


def _texts(answered: Answer) -> list[str]:
    return [quote.text for quote in answered.quotes]


KELLOGG = [
    "Belarus released fourteen prisoners on 21 June.",
    "The U.S. envoy Keith Kellogg was received in Minsk.",
    "Lukashenka met him at the Palace of Independence.",
    "Talks covered sanctions on potash.",
    "The EU did not comment.",
]


def test_the_constants_the_tests_below_are_written_for() -> None:
    assert (JOIN_MARGIN, MAX_SENTENCES) == (0.05, 3), "the cosines below are chosen around these"


def _kellogg_answer(between: str) -> tuple[Answer, CleanText]:
    """KELLOGG answered with s2 best (0.80), s1 (0.76) within 0.05 of it and s3 (0.74) not;
    between stands between s1 and s2."""
    document = _document("a")
    clean = _clean(KELLOGG, [" ", between, " ", " "])
    sentences = candidates([_passage(document, clean, 0, 4)])
    cosines = _cosines(0.2, 0.76, 0.8, 0.74, 0.2)
    return answer(QUESTION, sentences, cosines, {"a": clean}, 0.5, 3), clean


def test_a_neighbour_within_the_margin_joins_with_the_characters_between() -> None:
    answered, clean = _kellogg_answer("  ")
    assert _texts(answered) == [
        "The U.S. envoy Keith Kellogg was received in Minsk.  "
        "Lukashenka met him at the Palace of Independence.",
        "Talks covered sanctions on potash.",
    ], "s1 joins the best sentence; s3, 0.06 below, does not"
    first, second = answered.quotes
    assert first.text == clean.text[first.start : first.end], "a quote is the clean-text slice"
    assert (first.start, first.end) == (48, 150), "s1 starts at 47 + 1; 51 + 2 + 49 characters on"
    assert first.score == pytest.approx(0.8), "a quote scores as its best sentence"
    assert second.score == pytest.approx(0.74)
    assert answered.found is True


def test_a_quote_is_never_two_paragraphs() -> None:
    # On the real PDFs the paragraph after the answer was a figure caption or a list item.
    answered, _ = _kellogg_answer("\n\n")
    assert _texts(answered) == [KELLOGG[2], KELLOGG[1], KELLOGG[3]]


def test_a_label_line_is_quoted_only_when_no_sentence_answers() -> None:
    # The Executive Order's title and "Executive Order 14024 of April 15, 2021" were quoted
    # above the sentences that say who is blocked.
    lines = [
        "Blocking Property of the Government of the Russian Federation",
        "Executive Order 14024 of April 15, 2021",
        "Figure 1: Property of persons in the technology sector of the Russian Federation "
        "blocked in each month of 2021, by sector.",
        "All property of any person determined to operate in the technology sector is blocked.",
    ]
    document = _document("a", title=lines[0])
    clean = _clean(lines, ["\n\n"] * 3)
    sentences = candidates([_passage(document, clean, 0, 3)])
    cosines = _cosines(0.9, 0.85, 0.88, 0.6)
    assert _texts(answer(QUESTION, sentences, cosines, {"a": clean}, 0.5, 3)) == [lines[3]]
    alone = answer(QUESTION, sentences[:2], _cosines(0.9, 0.85), {"a": clean}, 0.5, 3)
    assert _texts(alone) == lines[:2], "with no sentence above the threshold, labels are quoted"


def test_a_quote_naming_the_subject_takes_in_the_next_sentence_that_holds_the_answer() -> None:
    # "The government plans to spend ..." names the programme only as "the programme", so the
    # scorer rates it far below the sentence that names it; the quote goes on into it, within
    # its paragraph only.
    from assistant.abstain import load_weights, weights_file

    weights = load_weights(weights_file("encoded"))
    question = "How much will Poland spend on the East Shield?"
    lines = [
        "The East Shield programme is to fortify about 700 kilometres of Poland's borders.",
        "The government plans to spend about 10 billion zlotys on the programme by 2028.",
        "Construction began near the village of Dąbrówka.",
    ]

    def quoted(separators: list[str]) -> list[str]:
        clean = _clean(lines, separators)
        sentences = candidates([_passage(_document("a"), clean, 0, 2)])
        cosines = _cosines(0.8, 0.35, 0.2)
        found = answer(question, sentences, cosines, {"a": clean}, weights.threshold, 3, weights)
        return _texts(found)

    assert quoted([" ", " "])[0] == f"{lines[0]} {lines[1]}"
    assert quoted(["\n\n", " "])[0] == lines[0], "never into the next paragraph"


def test_a_charts_figures_read_as_a_sentence_are_a_label() -> None:
    # A bar chart's labels, read as one "sentence", were the first quote for "How much money
    # does Russia's 2025 budget set aside for national defence?" (a held-out browser brief).
    lines = [
        "Defence spending in Russia's federal budget (trillion roubles) 2021 3.6 2022 5.5 "
        "2023 6.8 2024 10.8 2025 (plan) 13.5",
        "The budget allocates 13.5 trillion roubles to national defence in 2025.",
        "In 2021, 2022 and 2023 the share rose by 1.5, 2.1 and 2.4 points.",
    ]
    assert _quoted_paragraphs(lines, 0.9, 0.7, 0.6) == [lines[1], lines[2]], (
        "prose with figures in it is no chart"
    )


def _quoted_paragraphs(lines: list[str], *cosines: float) -> list[str]:
    """The quotes for one passage of the lines, each a paragraph, with these cosines."""
    clean = _clean(lines, ["\n\n"] * (len(lines) - 1))
    sentences = candidates([_passage(_document("a"), clean, 0, len(lines) - 1)])
    return _texts(answer(QUESTION, sentences, _cosines(*cosines), {"a": clean}, 0.5, 3))


def test_capitals_and_a_table_of_contents_are_labels_in_a_brief_in_lower_case() -> None:
    # The Indo-Pacific strategy's table of contents, all capitals, was the first quote for
    # "How many people live in the Indo-Pacific region?"; the NSS's has dot leaders.
    lines = [
        "I. THE REGION'S PROMISE II. OUR STRATEGY FOR THE REGION III. ACTION PLAN.",
        "Our Enduring Vision ......................... 6 The Nature of the Competition ...... 8",
        "The region is home to more than half of the world's people.",
    ]
    assert _quoted_paragraphs(lines, 0.9, 0.88, 0.6) == [lines[2]]
    cable = [line.upper() for line in lines]
    assert _quoted_paragraphs(cable, 0.9, 0.88, 0.6) == [cable[0], cable[2]], (
        "a brief all in capitals (a cable) is read as prose"
    )


def test_a_speakers_word_or_two_is_a_label() -> None:
    # "VICE PRESIDENT HARRIS: Okay." was the second quote for "What did Vice President
    # Harris say about refugees?".
    lines = [
        "VICE PRESIDENT HARRIS: (Laughs.) Okay.",
        "VICE PRESIDENT HARRIS: We will take in refugees.",
        "PRESIDENT DUDA: Thank you.",
    ]
    assert _quoted_paragraphs(lines, 0.9, 0.6, 0.88) == [lines[1]]


def test_a_lead_in_to_a_list_is_a_label() -> None:
    # The NSC scan's "(U) Top Interests of the United States in the Indo-Pacific:" was the
    # first quote for "What are the top interests of the United States in the Indo-Pacific?".
    lines = [
        "(U) Top Interests of the United States in the Indo-Pacific:",
        "\u2022 (U) Defend the homeland and American citizens abroad;",
        "The envoy said one thing: the talks go on.",
    ]
    assert _quoted_paragraphs(lines, 0.9, 0.7, 0.2) == [lines[1].removeprefix("\u2022 (U) ")]
    assert _quoted_paragraphs(lines, 0.2, 0.1, 0.9) == [lines[2]], "a colon inside: a sentence"


def test_a_sentence_two_away_does_not_join_over_a_weak_one() -> None:
    document = _document("a")
    clean = _clean(KELLOGG[:3])
    sentences = candidates([_passage(document, clean, 0, 2)])
    answered = answer(QUESTION, sentences, _cosines(0.8, 0.1, 0.8), {"a": clean}, 0.5, 3)
    assert _texts(answered) == [KELLOGG[0], KELLOGG[2]], (
        "equal scores but not consecutive: the weak sentence between keeps them two quotes"
    )


def test_at_most_three_sentences_in_one_quote() -> None:
    document = _document("a")
    clean = _clean(KELLOGG)
    sentences = candidates([_passage(document, clean, 0, 4)])
    answered = answer(QUESTION, sentences, _cosines(0.7, 0.7, 0.7, 0.7, 0.7), {"a": clean}, 0.5, 3)
    assert _texts(answered) == [" ".join(KELLOGG[:3]), " ".join(KELLOGG[3:])], (
        "five equal consecutive sentences make a quote of MAX_SENTENCES and one of the rest"
    )


def test_the_same_words_in_two_briefs_are_one_quote_citing_both() -> None:
    a = _document("a", title="Prisoners Freed", number="43/2025")
    b = _document(
        "b",
        title="Release Digest",
        series="PISM Bulletin",
        number="7/2025",
        date="2025-07-01",
        authors=("Jan Nowak",),
        pages=2,
    )
    clean_a = _clean(["Minsk released fourteen prisoners on 21 June.", "Nothing else happened."])
    # B's copy differs in case and punctuation only, and stands on its page 2 (offset 18).
    clean_b = _clean(
        ["Other news first.", "MINSK released fourteen prisoners, on 21 June!"],
        page_starts=(0, 18),
        page_labels=("1", "2"),
    )
    sentences = candidates([_passage(a, clean_a, 0, 1), _passage(b, clean_b, 0, 1)])
    answered = answer(
        QUESTION, sentences, _cosines(0.9, 0.1, 0.1, 0.85), {"a": clean_a, "b": clean_b}, 0.5, 3
    )
    assert _texts(answered) == ["Minsk released fourteen prisoners on 21 June."], (
        "the repeat is quoted once, from the brief where it scored best"
    )
    (quote,) = answered.quotes
    assert quote.citation == Citation(
        "Prisoners Freed",
        "PISM Spotlight",
        "43/2025",
        "2025-06-23",
        ("Anna Maria Dynier",),
        "1",
        "a.pdf",
    )
    assert quote.also == (
        Citation(
            "Release Digest", "PISM Bulletin", "7/2025", "2025-07-01", ("Jan Nowak",), "2", "b.pdf"
        ),
    ), "the other brief is cited, at the page where its copy stands"


def test_one_brief_takes_at_most_half_the_quotes_while_another_has_candidates() -> None:
    a, b = _document("a"), _document("b")
    strong = [f"Strong sentence number {n}." for n in range(4)]
    weak = [f"Weaker sentence number {n}." for n in range(2)]
    filler = "Filler."
    clean_a = _clean([strong[0], filler, strong[1], filler, strong[2], filler, strong[3]])
    clean_b = _clean([weak[0], filler, weak[1]])
    sentences = candidates([_passage(a, clean_a, 0, 6), _passage(b, clean_b, 0, 2)])
    cosines = _cosines(0.9, 0.1, 0.88, 0.1, 0.86, 0.1, 0.84, 0.6, 0.1, 0.55)
    texts = {"a": clean_a, "b": clean_b}
    answered = answer(QUESTION, sentences, cosines, texts, 0.5, 4)
    assert _texts(answered) == [strong[0], strong[1], weak[0], weak[1]], (
        "k=4: A's two best, then B's two, although A's other two score higher than B's"
    )
    assert [q.citation.path for q in answered.quotes] == ["a.pdf", "a.pdf", "b.pdf", "b.pdf"]
    # With one weak sentence in B, the slot B cannot fill goes to A's next best.
    cosines = _cosines(0.9, 0.1, 0.88, 0.1, 0.86, 0.1, 0.84, 0.6, 0.1, 0.2)
    answered = answer(QUESTION, sentences, cosines, texts, 0.5, 4)
    assert _texts(answered) == [strong[0], strong[1], strong[2], weak[0]], (
        "the slot left empty is filled in rank order, the quotes listed best first"
    )


def test_below_the_threshold_nothing_is_found_and_at_it_something_is() -> None:
    document = _document("a")
    clean = _clean(KELLOGG[:2])
    sentences = candidates([_passage(document, clean, 0, 1)])
    below = answer(QUESTION, sentences, _cosines(0.375, 0.25), {"a": clean}, 0.5, 3)
    assert below == Answer(QUESTION, (), False), "no sentence reaches 0.5: no quote, not found"
    at = answer(QUESTION, sentences, _cosines(0.5, 0.25), {"a": clean}, 0.5, 3)
    assert (at.found, _texts(at)) == (True, [KELLOGG[0]]), "a score equal to the threshold counts"
    assert at.quotes[0].score == 0.5, "0.5 is exact in float32 and word overlap adds nothing"


def test_word_overlap_is_weighted_by_rarity_and_lifts_the_score() -> None:
    document = _document("a")
    clean = _clean(["Kellogg was received in Minsk.", "Minsk was quiet.", "Nothing happened."])
    sentences = candidates([_passage(document, clean, 0, 2)])
    # Question terms: kellogg (in 1 of 3 sentences) and minsk (in 2 of 3). Weights
    # ln(1 + 3/2) = ln 2.5 and ln(1 + 3/3) = ln 2; their sum is ln 5.
    overlap = word_overlap("Kellogg, Minsk", sentences)
    assert overlap == pytest.approx([1.0, math.log(2) / math.log(5), 0.0])
    scores = sentence_scores("Kellogg, Minsk", sentences, _cosines(0.25, 0.25, 0.25))
    assert scores.tolist() == pytest.approx([0.75, 0.25 + 0.5 * math.log(2) / math.log(5), 0.25])
    answered = answer("Kellogg, Minsk", sentences, _cosines(0.25, 0.25, 0.25), {"a": clean}, 0.5, 3)
    assert _texts(answered) == ["Kellogg was received in Minsk."], (
        "a cosine of 0.25 plus 0.5 for holding every question word passes 0.5; 0.465 does not"
    )
    assert answered.quotes[0].score == pytest.approx(0.75)


def test_context_is_the_neighbouring_sentences_of_the_whole_document() -> None:
    document = _document("a")
    clean = _clean(KELLOGG)
    texts = {"a": clean}
    # The chunk holds s2 only: its context comes from the document's sentences, not the chunk.
    middle = answer(
        QUESTION, candidates([_passage(document, clean, 2, 2)]), _cosines(0.9), texts, 0.5, 3
    )
    (quote,) = middle.quotes
    assert (quote.context_before, quote.text, quote.context_after) == (
        KELLOGG[1],
        KELLOGG[2],
        KELLOGG[3],
    )
    first = answer(
        QUESTION, candidates([_passage(document, clean, 0, 1)]), _cosines(0.9, 0.1), texts, 0.5, 3
    )
    assert (first.quotes[0].context_before, first.quotes[0].context_after) == ("", KELLOGG[1]), (
        "nothing before the document's first sentence"
    )
    last = answer(
        QUESTION, candidates([_passage(document, clean, 3, 4)]), _cosines(0.1, 0.9), texts, 0.5, 3
    )
    assert (last.quotes[0].context_before, last.quotes[0].context_after) == (KELLOGG[3], ""), (
        "nothing after the document's last sentence"
    )


def test_offsets_section_and_a_page_label_across_a_page_break() -> None:
    document = _document("a", title="Kellogg in Minsk", number="43/2025", pages=2)
    sentences_text = [
        "First page sentence.",
        "Last sentence of page one.",
        "First sentence of page two.",
        "Another one.",
    ]
    # Page 2 starts at s2: 20 + 1 + 26 + 1 = 48.
    clean = _clean(sentences_text, page_starts=(0, 48), page_labels=("1", "2"))
    assert clean.text[48:] == "First sentence of page two. Another one."
    passage = _passage(document, clean, 0, 3, section="What happened")
    answered = answer(
        QUESTION, candidates([passage]), _cosines(0.1, 0.8, 0.78, 0.6), {"a": clean}, 0.5, 3
    )
    across, second_page = answered.quotes
    assert (across.text, across.start, across.end) == (
        "Last sentence of page one. First sentence of page two.",
        21,
        75,
    )
    assert across.citation == Citation(
        "Kellogg in Minsk",
        "PISM Spotlight",
        "43/2025",
        "2025-06-23",
        ("Anna Maria Dynier",),
        "1-2",
        "a.pdf",
    ), "a quote crossing the page break cites both pages"
    assert across.section == "What happened", "the section of the chunk the sentence came from"
    assert (second_page.text, second_page.start, second_page.end) == ("Another one.", 76, 88)
    assert second_page.citation.page == "2"


def test_notes_are_left_out_while_the_body_answers_and_quoted_when_it_does_not() -> None:
    import dataclasses

    document = _document("a")
    base = _clean(KELLOGG, [" ", " ", "\n\n", " "])
    # Sentences 3 and 4 are footnote 7's text, 2 is the body sentence right before it.
    clean = dataclasses.replace(base, notes=((base.sentences[3][0], len(base.text), "7"),))
    sentences = candidates([_passage(document, clean, 0, 4)])
    texts = {"a": clean}
    # The note scores best (0.9), a body sentence reaches the threshold (0.6 >= 0.5).
    answered = answer(QUESTION, sentences, _cosines(0.2, 0.6, 0.59, 0.9, 0.3), texts, 0.5, 3)
    assert _texts(answered) == [KELLOGG[1] + " " + KELLOGG[2]], "body only, note 7 left out"
    assert answered.quotes[0].citation.note == ""
    # No body sentence reaches the threshold (0.48 < 0.49): the note is the answer, cited
    # by its number.
    answered = answer(QUESTION, sentences, _cosines(0.2, 0.3, 0.48, 0.5, 0.3), texts, 0.49, 3)
    assert _texts(answered) == [KELLOGG[3]]
    assert answered.quotes[0].citation.note == "7"


# The last two: a declassified paper's portion markings, after a bullet or alone.
@pytest.mark.parametrize(
    "glyph", ["\u2022", "\u2666", "\u25ba", "\u27a2", "\u2192", "\u2022 (U)", "(S//NF)"]
)
def test_a_quote_opens_after_its_bullet_or_its_own_note_number(glyph: str) -> None:
    import dataclasses

    document = _document("a")
    lines = [
        f"{glyph} Kim has met Putin twice.",
        "viii Kyodo reported it online.",
        "The EU did not.",
    ]
    base = _clean(lines, ["\n\n", "\n\n"])
    note_start, note_end = base.sentences[1]
    clean = dataclasses.replace(base, notes=((note_start, note_end, "viii"),))
    sentences = candidates([_passage(document, clean, 0, 2)])
    texts = {"a": clean}
    answered = answer(QUESTION, sentences, _cosines(0.9, 0.1, 0.1), texts, 0.5, 1)
    (quote,) = answered.quotes
    assert quote.text == "Kim has met Putin twice.", "the bullet glyph marks, it says nothing"
    assert clean.text[quote.start : quote.end] == quote.text, "still verbatim, by its offsets"
    # The note is the only answer: quoted without "viii", which its citation names.
    answered = answer(QUESTION, sentences, _cosines(0.1, 0.9, 0.1), texts, 0.5, 1)
    (quote,) = answered.quotes
    assert (quote.text, quote.citation.note) == ("Kyodo reported it online.", "viii")


def test_whether_anything_answers_is_judged_on_what_would_be_quoted() -> None:
    from assistant.quote import quotable

    document = _document("a", title="Annual Threat Assessment")
    # A cover line (no sentence end) and two body sentences.
    lines = ["Office of the Director | March 2025", "The report is annual.", "It has 40 pages."]
    clean = _clean(lines, ["\n\n", " "])
    sentences = candidates([_passage(document, clean, 0, 2)])
    texts = {"a": clean}
    # The body's best (0.4) is a good one beside the cover line's 0.7 (>= 0.3 of it): the
    # cover line, which the answer leaves out, is no evidence either.
    assert quotable(sentences, [0.7, 0.4, 0.1], texts) == [0.0, 0.4, 0.1]
    # No body sentence is a good one: the cover line may be the answer, and counts.
    assert quotable(sentences, [0.7, 0.1, 0.1], texts) == [0.7, 0.1, 0.1]
