"""Every bad file gets a clear reason and costs nothing else: good briefs in the same sync are
indexed, and a bad new version of a brief never loses the version already indexed."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest

from assistant.clean import join_pages, strip_furniture
from assistant.cli import main
from assistant.ocr import usable_languages
from assistant.read import read_file
from tests.pdf_factory import (
    GOOD,
    Block,
    brief_spec,
    good_pdf,
    sentences,
    write_brief_pdf,
)


def _encrypted_pdf(path: Path, user_password: str) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 10, "The envoy met the minister in Riga on 3 March to discuss rail links.")
    pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    pdf.output(str(path))
    return path


def _image_only_pdf(path: Path) -> Path:
    """A 'scan': the page is a picture of text, with no text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for row in range(40):  # grey stripes standing in for scanned lines of print
        pdf.set_fill_color(90, 90, 90)
        pdf.rect(20, 30 + row * 6, 170, 2.5, style="F")
    pdf.output(str(path))
    return path


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    documents = tmp_path / "documents"
    documents.mkdir()
    good_pdf(documents / "good.pdf")
    good_bytes = (documents / "good.pdf").read_bytes()
    (documents / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<< garbage >>\n%%EOF")
    (documents / "truncated.pdf").write_bytes(good_bytes[: len(good_bytes) // 3])
    _encrypted_pdf(documents / "locked.pdf", user_password="reader-secret")
    _encrypted_pdf(documents / "open-encrypted.pdf", user_password="")
    (documents / "empty.txt").write_bytes(b"")
    _image_only_pdf(documents / "scan.pdf")
    (documents / "windows.txt").write_bytes(
        "Notes on Łódź\n\nThe café in Poznań reopened in May.".encode("cp1250", errors="replace")
    )
    (documents / "renamed.pdf").write_bytes(os.urandom(4096))
    (documents / "binary.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 50)
    (documents / "notes.docx").write_bytes(b"PK\x03\x04 a word file")
    outside = tmp_path / "outside.txt"
    outside.write_text("A secret outside the documents folder.", encoding="utf-8")
    (documents / "escape.txt").symlink_to(outside)
    return documents


def test_every_bad_file_is_named_with_its_reason(make_assistant, hostile_folder) -> None:
    report = make_assistant(hostile_folder).sync()
    failed = dict(report.failed)
    assert failed["corrupt.pdf"].startswith("damaged PDF")
    assert failed["truncated.pdf"].startswith("damaged PDF")
    assert failed["locked.pdf"] == "encrypted PDF; save an unencrypted copy to index it"
    assert failed["empty.txt"] == "the file is empty"
    # With tesseract installed the stripes are read by OCR, which finds no words in them.
    assert failed["scan.pdf"] == (
        "no text layer, and OCR (eng+pol) read no text from its pages"
        if usable_languages("eng+pol") == "eng+pol"
        else "no text layer: scanned PDFs need OCR, which is not supported"
    )
    assert failed["renamed.pdf"].startswith("not a PDF (no %PDF header)")
    assert failed["binary.txt"] == "binary data in a text file"
    assert failed["escape.txt"] == "symbolic link to a file outside the documents folder"
    assert dict(report.skipped) == {"notes.docx": "not a brief: .docx extension"}
    # The good ones are all indexed: the plain brief, the PDF the empty password opens, and
    # the Windows-1252 text, with a warning that says how it was read.
    assert set(report.added) == {"good.pdf", "open-encrypted.pdf", "windows.txt"}
    assert report.warnings == (
        "windows.txt: not UTF-8; decoded as Windows-1252, check accented letters",
    )


def test_good_briefs_answer_despite_the_bad_ones(make_assistant, hostile_folder) -> None:
    assistant = make_assistant(hostile_folder)
    assistant.sync()
    assert assistant.ask("Who discussed grain corridors in Vilnius?").quotes[0].text == GOOD
    top = assistant.ask("Where did the envoy meet the minister about rail links?").quotes[0]
    assert top.citation.path == "open-encrypted.pdf"
    assert "secret" not in " ".join(q.text for q in assistant.ask("secret outside").quotes)


def test_file_over_the_size_limit(make_assistant, tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    spec, _ = brief_spec(2)
    write_brief_pdf(documents / "big.pdf", spec)
    size_mb = (documents / "big.pdf").stat().st_size / 1024 / 1024
    report = make_assistant(documents, max_file_mb=size_mb / 2).sync()
    assert report.failed == (
        ("big.pdf", f"file is {size_mb:.1f} MB, over the {size_mb / 2:g} MB limit (max_file_mb)"),
    )


def test_a_bad_new_version_keeps_the_indexed_one(make_assistant, tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    good_pdf(documents / "brief.pdf")
    assistant = make_assistant(documents)
    assert assistant.sync().added == ("brief.pdf",)
    (documents / "brief.pdf").write_bytes(b"%PDF-1.7 damaged in transit")
    report = assistant.sync()
    assert [path for path, _ in report.failed] == ["brief.pdf"]
    assert report.removed == ()
    assert assistant.ask("grain corridors Vilnius").quotes[0].text == GOOD


def test_the_cli_prints_bad_files_in_a_table(
    hostile_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--documents", str(hostile_folder), "--index", str(tmp_path / "ix"), "index"])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    header = next(line for line in lines if line.strip().startswith("file"))
    column = header.index("reason")
    row = next(line for line in lines if "locked.pdf" in line)
    assert row.split()[0] == "failed"
    assert row[column:] == "encrypted PDF; save an unencrypted copy to index it"


def test_repeated_body_phrase_on_every_page_is_kept(tmp_path: Path) -> None:
    """A body sentence that opens every page is the author's, not a running header."""
    motto = "The situation remains fluid and unpredictable."
    pages = tuple(
        (Block(f"{motto} Page {page} follows."), Block(" ".join(sentences(3, 8, page * 10))))
        for page in (1, 2, 3)
    )
    spec = dataclasses.replace(brief_spec(2)[0], pages=pages, running_header="")
    path = write_brief_pdf(tmp_path / "motto.pdf", spec)
    raw = read_file(path, path.read_bytes())
    pages = strip_furniture(raw.pages)
    clean = join_pages(pages, raw.labels)
    starts = [m.start() for m in re.finditer(re.escape(motto), clean.text)]
    assert [clean.page(s, s + len(motto)) for s in starts] == ["1", "2", "3"]


def test_cp1252_text_keeps_its_letters(make_assistant, tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "cafe.txt").write_bytes(
        "Café notes\n\nThe café reopened in Zürich in May.".encode("cp1252")
    )
    assistant = make_assistant(documents)
    assistant.sync()
    assert assistant.ask("When did the café reopen?").quotes[0].text == (
        "The café reopened in Zürich in May."
    )
