"""The README's promises: its test command is the one CI runs, and its Python example works."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import KELLOGG_SENTENCE, ROOT, SAMPLE_PDF

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_two_one_line_commands_and_ci_runs_the_second() -> None:
    run, test = (block.strip() for block in _blocks("")[:2])
    assert "\n" not in run and "\n" not in test, "each README command must be one line"
    assert "torch==2.13.0" in run and run.endswith("spotlight serve")
    assert "torch==2.13.0" in test and test.endswith("-m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines(), ".ci/run must run the README's test command word for word"


def test_python_example_runs_and_quotes_the_sample(tmp_path: Path) -> None:
    example = _blocks("python")[0]
    (tmp_path / "documents").mkdir()
    shutil.copy(SAMPLE_PDF, tmp_path / "documents" / SAMPLE_PDF.name)
    result = subprocess.run(
        [sys.executable, "-c", example],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == KELLOGG_SENTENCE
    assert "(PISM Spotlight No. 43/2025, 23 June 2024, Anna Maria Dynier), p. 1" in result.stdout
