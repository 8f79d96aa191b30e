"""A real headless Chromium for the page's browser tests (Debian's chromium and chromedriver):
the driver fixture and the steps a person takes, shared by test_browser.py and
test_browser_pages.py."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from .conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
NEEDS_CHROMIUM = pytest.mark.skipif(
    not (CHROMIUM and DRIVER),
    reason="no chromium/chromedriver on PATH: apt-get install chromium chromium-driver",
)


def chromium() -> Iterator[object]:
    """A headless Chromium driver, quit afterwards (wrap in a pytest fixture)."""
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


def ask(driver, url: str, question: str):
    """Open the page, type the question and press Ask; the wait to use for what follows."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    wait = WebDriverWait(driver, 30)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#question textarea")))
    box.send_keys(question)
    driver.find_element(By.ID, "ask-button").click()
    return wait


def click_text(driver, text: str) -> None:
    """Click the button (or accordion header) whose visible text is text, once it shows."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def visible(found_in):
        for element in found_in.find_elements(By.XPATH, f'//button[contains(., "{text}")]'):
            if element.is_displayed():
                return element
        return False

    element = WebDriverWait(driver, 15).until(visible, f"no visible button says {text!r}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()
