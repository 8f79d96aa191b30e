"""Sentences and chunks, with the real tokenizer of the bundled model."""

from __future__ import annotations

from assistant.chunk import chunk_id, chunk_text, embedding_text, sections, split_sentences
from assistant.clean import join_pages
from assistant.embed import Embedder
from assistant.records import CleanText


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_acronyms_inside_a_sentence_and_at_its_end() -> None:
    text = (
        "The U.S. Special Envoy was received in Minsk. It was a gesture to the U.S. "
        "At a press conference, she thanked the U.S. President and the EU."
    )
    assert _sentences(text) == [
        "The U.S. Special Envoy was received in Minsk.",
        "It was a gesture to the U.S.",
        "At a press conference, she thanked the U.S. President and the EU.",
    ]


def test_a_number_after_an_abbreviation_read_before_numbers_stays_in_its_sentence() -> None:
    # syntok cut after the Polish "ok." (about) and "ust." (paragraph): 100 sentences of the
    # Polish Constitution ended in "w ust." with "1 i 2, mogą ..." a sentence of its own.
    text = (
        "W kwietniu 2025 r. wzięło w nich udział ok. 14 tys. żołnierzy. Wolności, o których "
        "mowa w ust. 1 i 2, mogą podlegać ograniczeniom. Art. 55.\n1. Ekstradycja jest zakazana."
    )
    assert _sentences(text) == [
        "W kwietniu 2025 r. wzięło w nich udział ok. 14 tys. żołnierzy.",
        "Wolności, o których mowa w ust. 1 i 2, mogą podlegać ograniczeniom.",
        "Art. 55.",  # a label on a line of its own stays apart from the text under it
        "1. Ekstradycja jest zakazana.",
    ]


def test_chunks_fit_the_window_and_never_cross_a_heading(embedder: Embedder) -> None:
    body = " ".join(f"Sentence number {n} talks about sanctions on Belarus." for n in range(60))
    clean = join_pages([["Lead sentence.", "What happened next?", body]], ["1"])
    chunks = chunk_text("doc", clean, embedder.count_tokens, 64)
    assert chunks[0].text == "Lead sentence." and chunks[0].section == ""
    rest = chunks[1:]
    # Each sentence is 9 wordpieces; the heading takes 4 + 1 of the 64, so six sentences (54)
    # fit and a seventh (63) does not: 60 sentences make exactly ten chunks.
    assert [len(c.sentences) for c in rest] == [6] * 10
    for chunk in rest:
        assert chunk.section == "What happened next?"
        assert embedder.count_tokens([embedding_text(chunk)])[0] <= 64
        assert clean.text[chunk.start : chunk.end] == chunk.text
        assert chunk.text.startswith("Sentence number") and chunk.text.endswith("Belarus.")
    assert [c.position for c in chunks] == list(range(len(chunks)))


def test_a_sentence_longer_than_the_window_is_cut_at_words(embedder: Embedder) -> None:
    long_sentence = "word " * 600 + "end."
    clean = join_pages([[long_sentence]], ["1"])
    chunks = chunk_text("doc", clean, embedder.count_tokens, 100)
    assert [len(c.text.split()) for c in chunks] == [100] * 6 + [1], "cut every 100 words"
    assert all(embedder.count_tokens([c.text])[0] <= 100 for c in chunks)
    assert " ".join(c.text for c in chunks) == clean.text


def test_a_long_enumeration_is_cut_at_its_clauses(embedder: Embedder) -> None:
    # Executive Order 14024's one-sentence list was cut at a word and quoted from mid-clause.
    clauses = [
        f"({n}) to be a person who sold goods worth {n} million to the sanctioned entity "
        f"in the {n}th year of the programme{';' if n < 9 else '.'}"
        for n in range(1, 10)
    ]
    clean = join_pages([["Any person determined: " + " ".join(clauses)]], ["1"])
    chunks = chunk_text("doc", clean, embedder.count_tokens, 64)
    assert len(chunks) > 2 and all(embedder.count_tokens([c.text])[0] <= 64 for c in chunks)
    for chunk in chunks[1:]:
        assert chunk.text.startswith("("), f"a piece opens mid-clause: {chunk.text[:40]!r}"
    assert " ".join(c.text for c in chunks) == clean.text


def test_a_label_joins_the_sentence_it_labels() -> None:
    text = "Sec. 3. (a) The entry of such persons is suspended. Sec. 4. Nothing else.\n\nArt. 10."
    assert _sentences(text) == [
        "Sec. 3. (a) The entry of such persons is suspended.",
        "Sec. 4. Nothing else.",
        "Art. 10.",
    ]


def test_chunk_ids_come_from_content() -> None:
    assert chunk_id("doc", 0, "text") == chunk_id("doc", 0, "text")
    assert chunk_id("doc", 0, "text") != chunk_id("doc", 1, "text")
    assert chunk_id("doc", 0, "text") != chunk_id("other", 0, "text")
    assert 0 <= chunk_id("doc", 0, "text") < 2**63


def test_a_sentence_never_opens_with_the_full_stop_of_the_one_before() -> None:
    text = "(BMW owns 75.0 percent of its JV). All three became exporters. Sales rose."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "(BMW owns 75.0 percent of its JV).",
        "All three became exporters.",
        "Sales rose.",
    ], "syntok ends the first at the bracket; its full stop goes back to it"


def test_a_pull_quote_set_as_a_heading_names_no_section() -> None:
    # The Indo-Pacific strategy's pull quotes in capitals (21-27 words) are laid out as
    # headings; the sections after them had been named by them.
    name = "Why did Minsk release the prisoners?"
    pull = " ".join(["WE WILL FOCUS ON EVERY CORNER OF THE REGION"] * 3)
    text = f"{name}\n\nFirst part.\n\n{pull}\n\nSecond part."
    at = text.index(pull)
    clean = CleanText(text, (0,), ("1",), ((0, len(name)), (at, at + len(pull))))
    assert [s for s, _, _ in sections(clean)] == [name, name]
    assert [text[a:b].strip() for _, a, b in sections(clean)] == ["First part.", "Second part."]


def test_a_date_or_volume_line_names_no_section() -> None:
    # The Federal Register's "Monday, April 19, 2021", a heading on its front page, had named
    # every section of Executive Order 14024.
    heads = ["Vol. 86, No. 73", "Monday, April 19, 2021", "Part V", "Sec. 1. Who is blocked?"]
    text = "\n\n".join(f"{head}\n\nBody {n}." for n, head in enumerate(heads))
    spans, at = [], 0
    for head in heads:
        at = text.index(head, at)
        spans.append((at, at + len(head)))
    clean = CleanText(text, (0,), ("1",), tuple(spans))
    assert [s for s, _, _ in sections(clean)] == ["", "", "Part V", "Sec. 1. Who is blocked?"]
