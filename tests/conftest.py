"""Shared fixtures: the real bundled model (loaded once), real PDFs, real index folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.embed import Embedder

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PDF = ROOT / "documents" / "pism-spotlight-43-2025.pdf"
SAMPLE_TEXT = ROOT.parent / "shared" / "samples" / "pism-spotlight-43-2025.txt"
KELLOGG_SENTENCE = (
    "The U.S. Special Envoy for Ukraine and Russia Keith Kellogg was received in Minsk by "
    "Alexander Lukashenka on 20 June."
)


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded once for the whole run."""
    model = Embedder()
    assert model.dimension == 384, "the bundled MiniLM should give 384-dimensional vectors"
    return model


@pytest.fixture
def make_assistant(embedder: Embedder, tmp_path: Path):
    """Open assistants over folders in tmp_path, all sharing the one loaded model."""
    opened: list[Assistant] = []

    def make(documents: Path | None = None, **changes: object) -> Assistant:
        documents = documents or tmp_path / "documents"
        documents.mkdir(parents=True, exist_ok=True)
        settings = Settings(documents_dir=documents, index_dir=tmp_path / "index").replace(
            **changes
        )
        assistant = Assistant.open(settings, embedder=embedder)
        opened.append(assistant)
        return assistant

    yield make
    for assistant in opened:
        assistant.close()


@pytest.fixture(scope="module")
def sample_assistant(
    tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
) -> Iterator[Assistant]:
    """An index of the bundled sample brief (the real two-page PDF in documents/)."""
    folder = tmp_path_factory.mktemp("sample")
    documents = folder / "documents"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents / SAMPLE_PDF.name)
    assistant = Assistant.open(
        Settings(documents_dir=documents, index_dir=folder / "index"), embedder=embedder
    )
    report = assistant.sync()
    assert report.added == (SAMPLE_PDF.name,), f"the sample should be indexed: {report}"
    yield assistant
    assistant.close()
