"""A real headless Chromium presses "Show on page" on a quote: the PDF page appears with the
quote boxed where PDFium's own text search finds it, both pages for a quote across a page
break; zoom and previous/next page work; a TXT brief keeps the text view.

Screenshots go to test-artifacts/ (page-single.png, page-break-1.png, page-break-2.png).
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator

import pytest

from assistant import Assistant
from assistant.pages import BOX_PAD, search_boxes
from ui.page_view import BASE_SCALE

from .browser import ARTIFACTS, NEEDS_CHROMIUM, chromium
from .browser import ask as _ask
from .browser import click_text as _click_text
from .conftest import HOSTILE, KELLOGG_SENTENCE, SAMPLE_PDF, indexed_sample, launch

pytestmark = NEEDS_CHROMIUM
BREAK_QUESTION = "How did the first Trump administration view Belarus?"
# Where the sample's page break falls in that quote: page 2 starts with this word.
PAGE_TWO_STARTS = "dimension, and sought"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    yield from chromium()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[tuple[str, Assistant]]:
    folder = tmp_path_factory.mktemp("browser-pages")
    assistant = indexed_sample(folder, embedder, {"hostile.txt": HOSTILE})
    app, url = launch(assistant)
    yield url, assistant
    app.close()
    assistant.close()


def _show_page(browser, url: str, question: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    wait = _ask(browser, url, question)
    button = wait.until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "#answer article.quote button.show-page"))
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()
    return wait.until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, "#page-view img.page-image") or False,
        "the page image never appeared",
    )


def _drawn_mask(image_element, assistant: Assistant, page: int):
    """The pixels the boxes changed: the shown image against the same page unboxed."""
    import numpy as np
    from PIL import Image

    source = image_element.get_attribute("src")
    assert source.startswith("data:image/png;base64,")
    shown = Image.open(io.BytesIO(base64.b64decode(source.split(",", 1)[1]))).convert("RGB")
    document = assistant.documents()[0]
    plain = assistant.page_image(document.id, page, scale=BASE_SCALE)
    unboxed = Image.open(io.BytesIO(plain)).convert("RGB")
    assert shown.size == unboxed.size
    return (np.asarray(shown) != np.asarray(unboxed)).any(axis=2)


def _reference_mask(shape, boxes) -> object:
    """PDFium's boxes for the quote, padded and scaled as the page draws them."""
    import numpy as np

    mask = np.zeros(shape, dtype=bool)
    for _, x0, y0, x1, y1 in boxes:
        left, top = round((x0 - BOX_PAD) * BASE_SCALE), round((y0 - BOX_PAD) * BASE_SCALE)
        right, bottom = round((x1 + BOX_PAD) * BASE_SCALE), round((y1 + BOX_PAD) * BASE_SCALE)
        mask[top : bottom + 1, left : right + 1] = True
    return mask


def _overlap(drawn, reference) -> float:
    return float((drawn & reference).sum() / (drawn | reference).sum())


def _screenshot(driver, image_element, boxes, name: str) -> None:
    """A screenshot with the page image scrolled so that its first box is in view."""
    first = boxes[0]
    fraction = first[2] * BASE_SCALE / int(image_element.get_attribute("naturalHeight"))
    driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "window.scrollBy(0, r.top + r.height * arguments[1] - window.innerHeight / 3);",
        image_element,
        fraction,
    )
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / name))


def test_show_on_page_boxes_the_quote(browser, served) -> None:
    from selenium.webdriver.common.by import By

    url, assistant = served
    images = _show_page(browser, url, "Who received Kellogg in Minsk?")
    assert [i.get_attribute("alt") for i in images] == [f"page 1 of {SAMPLE_PDF.name}"]
    pdf = assistant.settings.documents_dir / SAMPLE_PDF.name
    reference = search_boxes(pdf, 1, KELLOGG_SENTENCE)
    drawn = _drawn_mask(images[0], assistant, 1)
    assert _overlap(drawn, _reference_mask(drawn.shape, reference)) >= 0.8
    caption = browser.find_element(By.CSS_SELECTOR, "#page-view figcaption").text
    assert caption == "Page 1 of 2 (quote boxed)"
    _screenshot(browser, images[0], reference, "page-single.png")
    link = browser.find_elements(By.CSS_SELECTOR, "#page-file a[href*='pism-spotlight']")
    assert link and link[0].get_attribute("href"), "the brief is offered for download"

    # Next page: page 2 alone, nothing boxed; previous comes back to page 1, boxed.
    _click_text(browser, "Next page")
    caption = _wait_caption(browser, "Page 2 of 2")
    assert caption == "Page 2 of 2"
    _click_text(browser, "Previous page")
    assert _wait_caption(browser, "Page 1 of 2") == "Page 1 of 2 (quote boxed)"
    # Zoom renders the page wider than the panel.
    browser.find_element(By.XPATH, "//*[@id='page-zoom']//label[contains(., '200%')]").click()
    from selenium.webdriver.support.ui import WebDriverWait

    def zoomed_image(driver):
        found = driver.find_elements(By.CSS_SELECTOR, "#page-view img.page-image")
        return found[0] if found and found[0].get_attribute("style") == "width: 200%;" else False

    zoomed = WebDriverWait(browser, 20).until(zoomed_image, "the page never zoomed to 200%")
    assert int(zoomed.get_attribute("naturalWidth")) == 1786, "595.28 points x 1.5 x 2, rounded up"


def _wait_caption(driver, text: str) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def caption(driver):
        found = driver.find_elements(By.CSS_SELECTOR, "#page-view figcaption")
        return found[0].text if found and found[0].text.startswith(text) else False

    return WebDriverWait(driver, 20).until(caption, f"no page caption {text!r}")


def test_a_page_break_quote_shows_both_pages_boxed(browser, served) -> None:
    url, assistant = served
    images = _show_page(browser, url, BREAK_QUESTION)
    alts = [i.get_attribute("alt") for i in images]
    assert alts == [f"page {n} of {SAMPLE_PDF.name}" for n in (1, 2)]
    quote = assistant.ask(BREAK_QUESTION, k=1).quotes[0]
    cut = quote.text.index(PAGE_TWO_STARTS)
    pdf = assistant.settings.documents_dir / SAMPLE_PDF.name
    for page, image, text in ((1, images[0], quote.text[:cut]), (2, images[1], quote.text[cut:])):
        reference = search_boxes(pdf, page, " ".join(text.split()))
        assert reference, f"PDFium finds the quote's part on page {page}"
        drawn = _drawn_mask(image, assistant, page)
        assert _overlap(drawn, _reference_mask(drawn.shape, reference)) >= 0.8, page
        _screenshot(browser, image, reference, f"page-break-{page}.png")


def test_a_text_brief_keeps_the_text_view(browser, served) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    url, _ = served
    wait = _ask(browser, url, "What did the attacker write about grain silos?")
    button = wait.until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "#answer article.quote button.show-page"))
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()
    quoted = wait.until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "#page-view mark.quoted"))
    )
    assert "grain silos" in quoted.text
    assert browser.find_elements(By.CSS_SELECTOR, "#page-view img") == []


def test_save_a_question_then_see_what_is_new(browser, served, tmp_path) -> None:
    import time

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    url, assistant = served
    question = "Where did Estonia hold its cyber drill?"
    wait = _ask(browser, url, question)
    wait.until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "#answer .nothing, #answer .quote")),
        "no answer",
    )
    _click_text(browser, "What's new on my topics")
    _click_text(browser, "Save this question")
    note = wait.until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "#saved-note p")), "not saved"
    )
    assert note.text.startswith(f"Saved: {question}")
    assert [q.question for q in assistant.saved_questions()] == [question]

    time.sleep(1.1)  # indexing is stamped to the second: the new brief comes a second later
    brief = tmp_path / "tallinn-drill.txt"
    brief.write_text(
        "Tallinn Drill\n\nKadri Tamm\n\nEstonia held its largest cyber drill in Tallinn with "
        "twelve NATO allies in May.\n",
        encoding="utf-8",
    )
    assistant.add([brief])
    _click_text(browser, "Show what's new")
    card = wait.until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "#news article.quote blockquote")),
        "no new quote",
    )
    assert "Estonia held its largest cyber drill in Tallinn" in card.text
    heading = browser.find_element(By.CSS_SELECTOR, "#news h4.saved-question").text
    assert heading == question
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "whats-new.png"))

    _click_text(browser, "Mark all as seen")
    wait.until(
        ec.text_to_be_present_in_element((By.ID, "news"), "Nothing new answers this question."),
        "still new after Mark all as seen",
    )

    # The Library's filter: a bad date is a message on the page, a good one filters.
    _click_text(browser, "Library")
    _click_text(browser, "Briefs added since a date")
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#added-since textarea")))
    box.send_keys("May 2026")
    _click_text(browser, "Filter")
    wait.until(
        ec.text_to_be_present_in_element(
            (By.TAG_NAME, "body"), "Added since date: write it as YYYY-MM-DD"
        ),
        "no message for a bad date",
    )
    box.clear()
    box.send_keys("2000-01-01")
    _click_text(browser, "Filter")
    wait.until(
        ec.text_to_be_present_in_element((By.ID, "added-table"), "Tallinn Drill"),
        "the filtered Library does not list the new brief",
    )
