"""The bundled brief: a real two-page PDF whose cleaned text is exactly the sample's."""

from __future__ import annotations

import re

import pytest

from assistant.clean import join_pages, strip_furniture
from assistant.metadata import parse_front_page
from assistant.read import read_file
from tests.conftest import SAMPLE_PDF, SAMPLE_TEXT


def _clean_pdf_text() -> tuple[str, tuple[int, ...]]:
    raw = read_file(SAMPLE_PDF, SAMPLE_PDF.read_bytes())
    pages = strip_furniture(raw.pages)
    _, consumed = parse_front_page(pages[0], fallback_title=SAMPLE_PDF.stem)
    pages[0] = pages[0][consumed:]
    clean = join_pages(pages, raw.labels)
    return clean.text, tuple(clean.page_starts)


def _sample_body() -> str:
    """The sample as a careful reader would copy it: body only, links as their text,
    the running header dropped and paragraphs split by page or column breaks rejoined."""
    text = SAMPLE_TEXT.read_text(encoding="utf-8")
    body = text[text.index("The U.S. Special Envoy") :].replace("PISM SPOTLIGHT\n\n", "")
    body = re.sub(r"\[([^\]]+)\]\(#\)", r"\1", body)
    return re.sub(r"(political|security|especially)\n\n(prisoners|dimension|those)", r"\1 \2", body)


def test_bundled_pdf_text_is_exactly_the_samples():
    if not SAMPLE_TEXT.exists():
        pytest.skip(f"the sample text is not at {SAMPLE_TEXT}")
    text, page_starts = _clean_pdf_text()
    assert text == _sample_body()
    # Page 2 begins where the original's does: with "dimension," after the running header.
    assert len(page_starts) == 2
    assert text[page_starts[1] :].startswith("dimension, and sought")


def test_quotes_on_either_side_of_the_page_break(sample_assistant) -> None:
    cases = {
        "Three Polish citizens were also among those released, including Jerzy Żywalewski, "
        "who in 2023 was sentenced to four years in a penal colony in Belarus for alleged "
        "foreign agent activity and about whom Belarusian television made propaganda "
        "material.": "p. 1",
        "It is also a return to the policy of the first Trump administration, which viewed "
        "Belarus as an important regional player, including in the security dimension, and "
        "sought to strengthen its position vis-à-vis Russia through good contacts with the "
        "Belarusian authorities.": "pp. 1-2",
        "However, no change in Belarusian foreign policy is to be expected.": "p. 2",
    }
    for sentence, pages in cases.items():
        top = sample_assistant.ask(sentence, k=1).quotes[0]
        assert top.text == sentence
        assert str(top.citation).endswith(f"Anna Maria Dynier), {pages}")
    for passage in sample_assistant.search("Belarus", k=100):
        assert "PISM" not in passage.chunk.text and "SPOTLIGHT" not in passage.chunk.text
        assert "](#)" not in passage.chunk.text
