"""A real headless Chromium: a person asks, reads the quote and its citation, opens its source,
uploads a brief and asks about it; a hostile brief shows as text.

Needs Debian's chromium and chromium-driver (.ci/run installs them); skipped without them.
Screenshots go to test-artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .browser import ARTIFACTS, NEEDS_CHROMIUM, ask, chromium, click_text
from .conftest import HOSTILE, KELLOGG_SENTENCE, indexed_sample, launch

pytestmark = NEEDS_CHROMIUM


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    yield from chromium()


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, embedder) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("browser")
    assistant = indexed_sample(folder, embedder, {"hostile.txt": HOSTILE})
    app, url = launch(assistant)
    yield url
    app.close()
    assistant.close()


def test_ask_then_open_the_source(browser, page: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    wait = ask(browser, page, "Who received Kellogg in Minsk?")
    first = wait.until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "#answer article.quote blockquote"))
    )
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "ask.png"))
    assert first.text == f"\u201c{KELLOGG_SENTENCE}\u201d"
    citation = browser.find_element(By.CSS_SELECTOR, "#answer article.quote .citation").text
    assert citation == (
        "U.S. Special Envoy Kellogg Visits Belarus (PISM Spotlight No. 43/2025, "
        "23 June 2024, Anna Maria Dynier), p. 1"
    )
    marked = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#answer mark")]
    assert {"Kellogg", "Minsk"} <= set(marked)

    click_text(browser, "Source of a quote")
    click_text(browser, "Open source")
    quoted = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#source mark.quoted")))
    assert quoted.text == KELLOGG_SENTENCE
    title = browser.find_element(By.CSS_SELECTOR, "#source .source-title").text
    assert title == "pism-spotlight-43-2025.pdf, p. 1"
    link = wait.until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "#source-file a[href*='pism-spotlight']"))
    )
    assert link.get_attribute("href")
    browser.save_screenshot(str(ARTIFACTS / "source.png"))


def test_unanswerable_question_in_the_browser(browser, page: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    wait = ask(browser, page, "What is the recipe for apple pie?\n")
    note = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#answer .nothing")))
    browser.save_screenshot(str(Path(ARTIFACTS) / "nothing-found.png"))
    assert note.text.startswith("Nothing in the collection answers this question.")


def test_hostile_brief_shows_as_text(browser, page: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    wait = ask(browser, page, "What did the attacker write about grain silos?")
    wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#answer article.quote")))
    answer = browser.find_element(By.ID, "answer")
    assert "<script>alert('x')</script>" in answer.text
    assert answer.find_elements(By.TAG_NAME, "img") == []
    assert answer.find_elements(By.TAG_NAME, "script") == []
    browser.save_screenshot(str(ARTIFACTS / "hostile.png"))


def test_upload_a_brief_then_ask_about_it(browser, page: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    brief = tmp_path / "tallinn-cyber.txt"
    brief.write_text(
        "Tallinn Cyber Drills\n\nKadri Tamm\n\nEstonia ran its largest cyber defence drill in "
        "Tallinn with twelve NATO allies in May.\n",
        encoding="utf-8",
    )
    browser.get(page)
    wait = WebDriverWait(browser, 30)
    wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#question textarea")))
    click_text(browser, "Library")
    sneaky = tmp_path / "..sneaky.txt"  # a name that tries to climb out of documents/
    sneaky.write_text("Sneaky\n\nThe sneaky file stayed inside the folder.\n", encoding="utf-8")
    upload = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#upload input")))
    upload.send_keys(f"{brief}\n{sneaky}")
    wait.until(
        ec.presence_of_element_located(
            (By.XPATH, "//*[@id='upload']//*[contains(text(), 'tallinn-cyber')]")
        )
    )
    browser.find_element(By.ID, "upload-button").click()
    report = wait.until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "#library-report table.report"))
    )
    assert "added" in report.text and "Tallinn Cyber Drills" in report.text
    rows = report.find_elements(By.CSS_SELECTOR, "tr.added td:nth-child(2)")
    assert sorted(row.text for row in rows) == ["sneaky.txt", "tallinn-cyber.txt"]
    wait.until(ec.text_to_be_present_in_element((By.ID, "library"), "Tallinn Cyber Drills"))
    browser.save_screenshot(str(ARTIFACTS / "upload.png"))

    wait = ask(browser, page, "Where did Estonia hold its cyber defence drill?")
    first = wait.until(
        ec.visibility_of_element_located((By.CSS_SELECTOR, "#answer article.quote blockquote"))
    )
    assert "Estonia ran its largest cyber defence drill in Tallinn" in first.text
