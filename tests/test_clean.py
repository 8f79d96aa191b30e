"""Cleaning on literal strings: furniture, hyphenation, ligatures, links, pages, headings."""

from __future__ import annotations

from assistant.clean import Line, join_pages, normalize_line, strip_furniture


def test_ligatures_links_and_invisible_characters() -> None:
    assert normalize_line("the \ufb01nancial  [Mike Pompeo](#)\u200b visit") == (
        "the financial Mike Pompeo visit"
    )


def test_end_of_line_hyphen_is_undone_only_into_a_word_the_brief_prints() -> None:
    clean = join_pages(
        [
            [
                "The inter-",
                "national talks on the well-",
                "known Russian-",
                "Ukrainian war. International law.",
            ]
        ],
        ["1"],
    )
    # "international" is printed elsewhere, so "inter-" + "national" is typesetting; no
    # "wellknown" is printed anywhere, so the hyphen of "well-known" is the brief's own.
    assert clean.text == (
        "The international talks on the well-known Russian-Ukrainian war. International law."
    )


def test_a_broken_word_is_joined_when_the_brief_prints_another_form_of_it() -> None:
    # Real PDFs break words no other line prints whole ("Emer-" + "gencies" where only
    # "emergency" occurs): the word's family is the brief's own, "second-largest" is not.
    clean = join_pages(
        [
            ["Two rec-", "ommendations on Emer-", "gencies and the second-", "largest port."],
            ["We recommend an emergency plan. Konsty-", "tucji i Konstytucja."],
        ],
        ["1", "2"],
    )
    assert clean.text == (
        "Two recommendations on Emergencies and the second-largest port. "
        "We recommend an emergency plan. Konstytucji i Konstytucja."
    )


def test_a_caption_after_a_sentence_is_a_paragraph_of_its_own() -> None:
    # USITC's "Figure 2: Number of Chinese EV exports ..." ran on from its disclaimer.
    lines = ["The views are the authors' own.", "Figure 2: Number of EV exports, 2018-23", ""]
    lines += ["Exports are shown in", "Figure 3: the line rises."]
    assert join_pages([lines], ["1"]).text == (
        "The views are the authors' own.\n\nFigure 2: Number of EV exports, 2018-23\n\n"
        "Exports are shown in Figure 3: the line rises."
    ), "a caption opens after a sentence's end, never inside a sentence"


def test_compound_split_at_its_own_hyphen_keeps_it_when_seen_elsewhere() -> None:
    clean = join_pages([["A 6.5-hour-", "long talk.", "Another 6.5-hour-long talk."]], ["1"])
    assert clean.text == "A 6.5-hour-long talk. Another 6.5-hour-long talk."


def test_sentence_across_a_page_break_is_joined_and_pages_are_exact() -> None:
    clean = join_pages(
        [["First page ends in the security"], ["dimension, and goes on."]], ["1", "2"]
    )
    assert clean.text == "First page ends in the security dimension, and goes on."
    start = clean.text.index("dimension")
    assert clean.page(0, 10) == "1"
    assert clean.page(start, start + 9) == "2"
    assert clean.page(0, len(clean.text)) == "1-2"


def test_text_before_a_blank_back_cover_keeps_its_page() -> None:
    clean = join_pages([["Page one ends."], [], ["Page three ends."], [], []], list("12345"))
    start = clean.text.index("Page three")
    assert clean.page(start, len(clean.text)) == "3", "not the blank back cover's 5"
    assert clean.page(0, 4) == "1"
    assert clean.page_bounds(start, start + 4) == (start, len(clean.text))


def test_running_header_inside_a_sentence_goes() -> None:
    clean = join_pages(
        [["including in the security", "", "PISM SPOTLIGHT", "", "dimension, and sought."]],
        ["1"],
    )
    assert clean.text == "including in the security dimension, and sought."


def test_a_sidebar_list_keeps_every_item_and_ends_at_the_page_break() -> None:
    # The Indo-Pacific strategy's "BY THE NUMBERS" box, as read: a row of symbol-font arrows,
    # items with no full stop, the last at the foot of page 5; page 6 opens the body again.
    first = ["Body ends here.", "\u2022 \uf0ab \uf0ab", "\u2666 POPULATION:", "Over half", ""]
    first += ["\u2666 ECONOMY: 60%", "of global GDP", "", "\u2666 GEOGRAPHY: 25% of its", "land"]
    second = ["The region faces challenges. Talks with", "Japan went on."]
    third = ["after the item, as body text."]
    clean = join_pages([first, second, ["\u2666 An item runs on"], third], ["5", "6", "7", "8"])
    assert clean.text.split("\n\n") == [
        "Body ends here.",
        "\u2666 POPULATION: Over half",
        "\u2666 ECONOMY: 60% of global GDP",  # no running header: a list item
        "\u2666 GEOGRAPHY: 25% of its land",  # the page break ends it before "The"
        "The region faces challenges. Talks with Japan went on.",
        "\u2666 An item runs on after the item, as body text.",  # lower case: the item goes on
    ]


def test_a_sentence_runs_on_across_a_page_into_a_capitalised_word() -> None:
    clean = join_pages([["Talks were held with"], ["Japan in May."]], ["1", "2"])
    assert clean.text == "Talks were held with Japan in May."


def test_blank_line_inside_a_sentence_is_not_a_paragraph() -> None:
    clean = join_pages([["the release of 14 political", "", "prisoners, including him."]], ["1"])
    assert clean.text == "the release of 14 political prisoners, including him."


def test_a_sentence_runs_on_across_a_column_foot_into_a_name() -> None:
    # A comma or a word no sentence ends on: the column's foot is no paragraph's end.
    clean = join_pages([["among them Denmark, the", "", "Netherlands and Canada."]], ["1"])
    assert clean.text == "among them Denmark, the Netherlands and Canada."
    clean = join_pages([["Antony Blinken,", "", "State Secretary, said so."]], ["1"])
    assert clean.text == "Antony Blinken, State Secretary, said so."
    # Any other line without a full stop over a capitalised line ends its paragraph.
    clean = join_pages([["Key points", "", "The ministers met."]], ["1"])
    assert clean.text == "Key points\n\nThe ministers met."


def test_question_headings_are_their_own_paragraphs() -> None:
    clean = join_pages(
        [["The lead ends here.", "What was the outcome of the visit?", "The only result was."]],
        ["1"],
    )
    assert clean.text == (
        "The lead ends here.\n\nWhat was the outcome of the visit?\n\nThe only result was."
    )
    assert [clean.text[a:b] for a, b in clean.headings] == ["What was the outcome of the visit?"]


def test_a_numbered_heading_in_capitals_runs_into_no_sentence() -> None:
    lines = [
        "Any other version may not be published.",
        "5. COMBINING DOCUMENTS",
        "You may combine the Document with other documents released under this License.",
        "The combined work need only contain one copy of this License, and multiple",
        "5. Member states would share the cost of the systems they host.",
    ]
    clean = join_pages([lines], ["1"])
    assert [clean.text[a:b] for a, b in clean.headings] == ["5. COMBINING DOCUMENTS"]
    # A number that only starts a line of the sentence is no heading's.
    assert "and multiple 5. Member states" in clean.text


def test_margin_lines_and_page_numbers_go_body_stays() -> None:
    pages = [
        [Line("Body text on page one that ends."), Line("1", margin=True)],
        [
            Line("PISM SPOTLIGHT", margin=True),
            Line("Body text on page two."),
            Line("2", margin=True),
        ],
    ]
    assert strip_furniture(pages) == [
        ["Body text on page one that ends."],
        ["Body text on page two."],
    ]


def test_a_running_header_with_its_page_number_at_alternate_ends_is_one_header() -> None:
    # The Federal Register prints "20250 Federal Register / ..." on the left-hand page and
    # "... Presidential Documents 20251" on the right: the second ran into the body text.
    header = "Federal Register / Vol. 86, No. 73 / Monday, April 19, 2021 / Presidential Documents"
    pages = [
        [Line(f"{n} {header}" if n % 2 == 0 else f"{header} {n}", margin=True), Line(f"Body {n}.")]
        for n in (20250, 20251, 20252)
    ]
    assert strip_furniture(pages) == [["Body 20250."], ["Body 20251."], ["Body 20252."]]


def test_a_phrase_repeated_in_the_body_of_every_page_is_kept() -> None:
    pages = [
        [Line("Header"), Line(f"Sanctions remain in force on page {n}."), Line(f"{n}")]
        for n in (1, 2, 3)
    ]
    kept = strip_furniture(pages)
    for n, page in enumerate(kept, start=1):
        assert f"Sanctions remain in force on page {n}." in page, f"page {n} lost its body"
        assert "Header" not in page and str(n) not in page


def test_middle_page_of_three_keeps_its_text_and_numbers() -> None:
    pages = [
        [Line(f"Page {n} body sentence number one."), Line(f"{n}", margin=True)] for n in (1, 2, 3)
    ]
    clean = join_pages(strip_furniture(pages), ["1", "2", "3"])
    middle = clean.text.index("Page 2 body")
    assert clean.page(middle, middle + 5) == "2"
    assert clean.page(clean.text.index("Page 3"), len(clean.text)) == "3"
