"""Polish briefs: their words are stemmed as Polish, so a Polish question finds them."""

from __future__ import annotations

import pytest

from assistant.lexical import match_expression, terms

POLISH_BRIEF = """---
title: "Uwolnienie więźniów politycznych na Białorusi"
language: pl
---
# Uwolnienie więźniów politycznych na Białorusi

Władze Białorusi uwolniły 21 czerwca czternastu więźniów politycznych, którzy wyjechali do
Wilna. Wśród uwolnionych byli trzej obywatele Polski.

Sankcje nałożone na sektor petrochemiczny pozostają w mocy, a reżim oczekuje ich złagodzenia.
"""
ENGLISH_BRIEF = """---
title: "Grain exports through the Black Sea"
language: en
---
# Grain exports through the Black Sea

Ukraine's grain exports recovered in 2024 as ships used a corridor along the western coast.
Insurance costs for the voyages fell by half over the year.
"""


def test_polish_words_are_stemmed_as_polish_after_folding() -> None:
    assert terms("więźniów więźniowie", "pl") == ["wiezniow", "wiezniow"], (
        "two cases of one noun share a stem; diacritics folded as everywhere"
    )
    assert terms("sanctions", "en") == ["sanction"], "English briefs keep the English stemmer"
    assert '"wiezniow"' in match_expression("Ilu więźniów uwolniono?"), (
        "a Polish question also asks for the Polish stems"
    )
    assert match_expression("Who received Kellogg in Minsk?") == (
        '"who" OR "receiv" OR "kellogg" OR "minsk"'
    ), "an English question is analysed as before"


@pytest.mark.parametrize("mode", ["lexical", "hybrid"])
def test_a_polish_question_finds_the_polish_brief(make_assistant, tmp_path, mode) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "wiezniowie.md").write_text(POLISH_BRIEF, encoding="utf-8")
    (documents / "grain.md").write_text(ENGLISH_BRIEF, encoding="utf-8")
    assistant = make_assistant(documents, retrieval=mode)
    assistant.sync()
    top = assistant.search("Ilu więźniów politycznych uwolniono?", k=1)[0]
    assert top.document.path == "wiezniowie.md", "stems of 'więźniów' and 'uwolniono' match"
    top = assistant.search("sankcje sektora petrochemicznego", k=1)[0]
    assert "Sankcje nałożone" in top.chunk.text, "'sektora' and 'sektor' share a Polish stem"
