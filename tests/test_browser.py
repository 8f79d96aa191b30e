"""A real headless Chromium: a person types a question and reads the quote and its citation.

Needs Debian's chromium and chromium-driver (.ci/run installs them); skipped without them.
Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant
from ui.app import build_app
from ui.render import CSS

from .conftest import KELLOGG_SENTENCE, ROOT

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="no chromium/chromedriver on PATH: apt-get install chromium chromium-driver",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1400",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page(sample_assistant: Assistant) -> Iterator[str]:
    app = build_app(sample_assistant)
    _, url, _ = app.launch(
        server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True, css=CSS
    )
    yield url
    app.close()


def test_ask_in_the_browser_shows_quote_and_citation(browser, page: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(page)
    wait = WebDriverWait(browser, 30)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#question textarea")))
    box.send_keys("Who received Kellogg in Minsk?")
    browser.find_element(By.ID, "ask-button").click()
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


def test_unanswerable_question_in_the_browser(browser, page: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(page)
    wait = WebDriverWait(browser, 30)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#question textarea")))
    box.send_keys("What is the recipe for apple pie?\n")
    note = wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#answer .nothing")))
    browser.save_screenshot(str(Path(ARTIFACTS) / "nothing-found.png"))
    assert note.text.startswith("Nothing in the collection answers this question.")
