"""Hostile input and a hostile disk: files built to break the parsers next to good briefs,
questions nobody should ask, damaged index files, a read-only index and a disk that fills up.

Every case ends in one of two ways: it works, or it raises an AssistantError whose message
names the file and says what to do. Never another exception type, and never a wrong answer.
"""

from __future__ import annotations

import errno
import resource
import shutil
import signal
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant import (
    Assistant,
    IndexCorruptError,
    IndexWriteError,
    QuestionError,
    Settings,
    SyncReport,
)
from assistant.embed import Embedder
from tests.conftest import KELLOGG_SENTENCE
from tests.pdf_factory import GOOD, good_pdf

REBUILD = "spotlight index --rebuild"
GOOD_QUESTION = "Who discussed grain corridors in Vilnius?"
NESTING = 5_000  # far past pypdf's page-tree limit (100) and Python's recursion limit (1,000)

# Characters a quote must never carry: zero-width ones break copying and searching, and an
# unmatched bidi override reverses the display of everything after it, the citation included.
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")
BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
RLO, PDF_POP = "\u202e", "\u202c"

ZERO_WIDTH_SENTENCE = "The minister of agriculture met the fishermen of Klaipėda on 12 May."
ARABIC_SENTENCE = (
    "The delegation in Amman signed the water agreement, called اتفاقية المياه in Arabic, "
    "on 9 April."
)
HEBREW_SENTENCE = "The negotiator in Haifa called the port deal שלום עכשיו before the vote."
# "gpj.exe" under a right-to-left override displays as "exe.jpg": the classic disguise.
OVERRIDE_SENTENCE = (
    f"Customs in Aqaba flagged the file {RLO}gpj.exe{PDF_POP} as a disguised program."
)
TWIN_SENTENCE = "The university in Tartu opened a new centre for Baltic security studies in June."
NEW_SENTENCE = "The harbour master of Gdańsk ordered two icebreakers for the winter season."


# -- writing hostile files ---------------------------------------------------------------------


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF with a correct cross-reference table; objects[0] is object 1, the catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _page_object(parent: int, font: int, contents: int) -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (parent, font, contents)
    )


def _one_page_pdf(content: bytes) -> bytes:
    """One A4 page whose content stream is content (text in Helvetica as /F1)."""
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            _page_object(parent=2, font=5, contents=4),
            _stream(content),
            _FONT,
        ]
    )


def _deep_page_tree_pdf(depth: int) -> bytes:
    """One page at the bottom of a page tree `depth` levels deep (Pages -> Pages -> ...)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        number = 2 + level
        parent = b"/Parent %d 0 R " % (number - 1) if level else b""
        objects.append(b"<< /Type /Pages %s/Kids [%d 0 R] /Count 1 >>" % (parent, number + 1))
    page = 2 + depth
    objects.append(_page_object(parent=page - 1, font=page + 2, contents=page + 1))
    objects.append(_stream(b"BT /F1 12 Tf 72 700 Td (The page tree hides this line.) Tj ET"))
    objects.append(_FONT)
    return _raw_pdf(objects)


def _deep_array_pdf(depth: int) -> bytes:
    """A page whose text operand is an array nested `depth` deep: [[[[...(text)...]]]] TJ."""
    text = b"(The nested array hides this line.)"
    return _one_page_pdf(
        b"BT /F1 12 Tf 72 700 Td " + b"[" * depth + text + b"]" * depth + b" TJ ET"
    )


def _whitespace_pdf() -> bytes:
    """A page with a text layer that holds only spaces, tabs and no-break spaces."""
    return _one_page_pdf(b"BT /F1 12 Tf 72 700 Td (    \t  \xa0\xa0   ) Tj 0 -20 Td (   ) Tj ET")


def _one_megabyte_line() -> bytes:
    """1 MiB without a line break or a space, like a pasted data blob (deterministic)."""
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return bytes(alphabet[(i * 7919 + i // 64) % 64] for i in range(1 << 20))


def _text_brief(path: Path, title: str, *sentences: str) -> Path:
    path.write_text("\n\n".join((title, *sentences)) + "\n", encoding="utf-8")
    return path


def _write_hostile_folder(documents: Path) -> None:
    documents.mkdir(parents=True, exist_ok=True)
    good_pdf(documents / "good.pdf")
    (documents / "deep-page-tree.pdf").write_bytes(_deep_page_tree_pdf(NESTING))
    (documents / "deep-array.pdf").write_bytes(_deep_array_pdf(NESTING))
    (documents / "blank.pdf").write_bytes(_whitespace_pdf())
    (documents / "one-line.txt").write_bytes(_one_megabyte_line())
    (documents / "front-matter-only.md").write_text(
        "---\ntitle: Only Metadata\nauthors: Anna Nowak\ndate: 2025-01-02\n---\n", encoding="utf-8"
    )
    # Zero-width characters inside words and in the title, where a copy-paste leaves them.
    _text_brief(
        documents / "zero-width.txt",
        "Notes from\u200b Klaipėda",
        "The\u200b minister of agri\u200dculture met the fisher\ufeffmen of Klaipėda on 12 May.",
        "The port of Klaip\u200bėda reopened its northern basin after repairs.",
    )
    _text_brief(
        documents / "right-to-left.txt",
        "Notes from Amman",
        ARABIC_SENTENCE,
        HEBREW_SENTENCE,
        OVERRIDE_SENTENCE,
    )
    _text_brief(documents / "tartu.txt", "Notes from Tartu", TWIN_SENTENCE)
    shutil.copy(documents / "tartu.txt", documents / "tartu-copy.txt")


# -- 1. hostile files next to good ones, in one sync ------------------------------------------


@dataclass(frozen=True)
class Synced:
    assistant: Assistant
    report: SyncReport


BAD_FILES = (
    "deep-page-tree.pdf",
    "deep-array.pdf",
    "blank.pdf",
    "one-line.txt",
    "front-matter-only.md",
)
TWINS = ("tartu.txt", "tartu-copy.txt")
# (question, the sentence that answers it as it must be quoted, the brief it is in)
ANSWERS = (
    (GOOD_QUESTION, GOOD, "good.pdf"),
    (
        "Whom did the minister of agriculture meet in Klaipėda?",
        ZERO_WIDTH_SENTENCE,
        "zero-width.txt",
    ),
    ("What did the delegation in Amman sign?", ARABIC_SENTENCE, "right-to-left.txt"),
    ("What did the negotiator in Haifa call the port deal?", HEBREW_SENTENCE, "right-to-left.txt"),
    (
        "What did customs in Aqaba flag?",
        OVERRIDE_SENTENCE.replace(RLO, "").replace(PDF_POP, ""),
        "right-to-left.txt",
    ),
    ("What did the university in Tartu open?", TWIN_SENTENCE, "tartu*"),
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Synced]:
    """One sync of a folder of hostile files mixed with good briefs (it must not raise)."""
    folder = tmp_path_factory.mktemp("hostile")
    _write_hostile_folder(folder / "documents")
    settings = Settings(documents_dir=folder / "documents", index_dir=folder / "index")
    assistant = Assistant.open(settings, embedder=embedder)
    try:
        yield Synced(assistant, assistant.sync())
    finally:
        assistant.close()


def _assert_readable(reason: str, name: str) -> None:
    assert reason.strip(), f"{name}: the reason is empty"
    assert "\n" not in reason and len(reason) <= 300 and "Traceback" not in reason, (
        f"{name}: the reason should be one short readable line, got {reason!r}"
    )


@pytest.mark.parametrize("name", BAD_FILES)
def test_each_hostile_file_is_reported_with_a_reason(hostile: Synced, name: str) -> None:
    reasons = dict(hostile.report.failed) | dict(hostile.report.skipped)
    assert name in reasons, (
        f"{name} should be listed as failed or skipped with its reason; report: {hostile.report}"
    )
    _assert_readable(reasons[name], name)


def test_every_good_file_is_indexed(hostile: Synced) -> None:
    indexed = set(hostile.report.added)
    good = {"good.pdf", "zero-width.txt", "right-to-left.txt"}
    assert good <= indexed, f"good briefs missing from the index: {good - indexed}"
    assert len(indexed & set(TWINS)) == 1, f"exactly one of the twins is indexed: {indexed}"
    assert not indexed & set(BAD_FILES), f"a hostile file was indexed: {indexed & set(BAD_FILES)}"
    assert hostile.assistant.check() == (), "the index should be sound after the hostile sync"


def test_the_same_bytes_twice_are_indexed_once_and_the_skip_names_the_twin(
    hostile: Synced,
) -> None:
    (kept,) = set(hostile.report.added) & set(TWINS)
    (other,) = set(TWINS) - {kept}
    skipped = dict(hostile.report.skipped)
    assert other in skipped, f"{other} has the same bytes as {kept} and should be skipped"
    _assert_readable(skipped[other], other)
    assert kept in skipped[other], (
        f"the reason should name the file with the same content ({kept}), got {skipped[other]!r}"
    )


@pytest.mark.parametrize(
    ("question", "sentence", "path"),
    ANSWERS,
    ids=["pdf", "zero-width", "arabic", "hebrew", "bidi-override", "twin"],
)
def test_good_files_answer_next_to_hostile_ones(
    hostile: Synced, question: str, sentence: str, path: str
) -> None:
    answer = hostile.assistant.ask(question)
    assert answer.found and answer.quotes, f"{question!r} should be answered from {path}"
    top = answer.quotes[0]
    expected_path = path
    if path == "tartu*":
        (expected_path,) = set(hostile.report.added) & set(TWINS)
    assert (top.citation.path, _without(BIDI_CONTROLS, top.text)) == (expected_path, sentence)
    for quote in answer.quotes:
        shown = (quote.text, quote.context_before, quote.context_after, quote.citation.title)
        for text in shown:
            assert not ZERO_WIDTH & set(text), f"zero-width characters in a quote: {text!r}"


def test_text_under_a_bidi_override_comes_back_as_text(hostile: Synced) -> None:
    top = hostile.assistant.ask("What did customs in Aqaba flag?").quotes[0]
    assert "gpj.exe" in top.text, f"the overridden letters should come back as text: {top.text!r}"
    assert not BIDI_CONTROLS & set(top.text), (
        f"bidi controls in a quote reverse the display of what follows it: {top.text!r}"
    )


def _without(characters: frozenset[str], text: str) -> str:
    return "".join(c for c in text if c not in characters)


# -- 2. questions nobody should ask -----------------------------------------------------------

LONG_REPEATED = ("Who received Kellogg in Minsk? " * 400)[:10_000]
LONG_DISTINCT = " ".join(f"Kellogg{n} Minsk{n} envoy{n}" for n in range(1_000))[:10_000]


@pytest.mark.parametrize(
    "question",
    ["", "   \n\t  ", "?!...", "?!... ¿¡ — «» … ###", "\u200b\u200d\ufeff"],
    ids=["empty", "whitespace", "punctuation", "punctuation-of-many-scripts", "zero-width"],
)
def test_a_question_without_words_is_refused(sample_assistant: Assistant, question: str) -> None:
    with pytest.raises(QuestionError) as caught:
        sample_assistant.ask(question)
    assert "question" in str(caught.value).lower(), (
        f"the message should tell the user to type a question, got {str(caught.value)!r}"
    )


@pytest.mark.parametrize(
    "question", [LONG_REPEATED, LONG_DISTINCT], ids=["repeated-question", "distinct-words"]
)
def test_a_ten_thousand_character_question_gets_an_answer(
    sample_assistant: Assistant, question: str
) -> None:
    assert len(question) == 10_000
    answer = sample_assistant.ask(question)
    if question == LONG_REPEATED:
        assert answer.found and answer.quotes[0].text == KELLOGG_SENTENCE, (
            "the long question is the known one repeated; it should still find its quote"
        )
    else:
        # Made-up words ("Kellogg17", "Minsk17") match no word of the brief, and their vector
        # is close to no sentence: nothing answers.
        assert (answer.found, answer.quotes) == (False, ()), answer


@pytest.mark.parametrize(
    "question",
    ["من استقبل كيلوغ في مينسك؟", "Кто принял Келлога в Минске?", "谁在明斯克接待了凯洛格？"],
    ids=["arabic", "russian", "chinese"],
)
def test_a_question_in_another_script_gets_an_answer(
    sample_assistant: Assistant, question: str
) -> None:
    answer = sample_assistant.ask(question)
    # The bundled MiniLM is an English model: a question in another script lands near no
    # sentence of the English brief, and the answer says so rather than quote something.
    assert (answer.question, answer.found, answer.quotes) == (question, False, ())


# -- 3. damaged index files -------------------------------------------------------------------


def _current_vectors(index: Path) -> Path:
    """The newest vector segment (named by the generation that wrote it)."""
    return max(index.glob("segment-*.faiss"), key=lambda p: int(p.stem.split("-")[1]))


def _truncate_vectors(index: Path) -> Path:
    path = _current_vectors(index)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _garble_sqlite(index: Path) -> Path:
    path = index / "chunks.sqlite"
    assert not (index / "chunks.sqlite-wal").exists(), "close the index first: the WAL is empty"
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(max(0, size // 2 - 4096))
        handle.write(b"\xde\xad\xbe\xef garbage " * 512)
    return path


def _break_manifest(index: Path) -> Path:
    path = index / "manifest.json"
    path.write_text('{"schema": 4, "model": "all-MiniLM-L6-v2", "dimen', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "damage",
    [_truncate_vectors, _garble_sqlite, _break_manifest],
    ids=["vectors-truncated", "sqlite-garbled", "manifest-invalid-json"],
)
def test_a_damaged_index_file_says_how_to_rebuild(
    make_assistant, tmp_path: Path, damage: Callable[[Path], Path]
) -> None:
    documents = tmp_path / "documents"
    good_pdf(documents / "good.pdf")
    assistant = make_assistant(documents)
    assert assistant.sync().added == ("good.pdf",)
    assert assistant.ask(GOOD_QUESTION).quotes[0].text == GOOD
    assistant.close()
    damaged = damage(tmp_path / "index")
    # The vectors are read at the first search, so opening alone proves nothing.
    with pytest.raises(IndexCorruptError) as caught:
        make_assistant(documents).ask(GOOD_QUESTION)
    message = str(caught.value)
    assert REBUILD in message, f"the message should quote `{REBUILD}`: {message!r}"
    assert damaged.name in message, f"the message should name {damaged.name}: {message!r}"


# -- 4. a read-only index ---------------------------------------------------------------------


def _writable(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


def _mount(*arguments: str) -> str:
    """Run mount(8); "" on success, else why it failed."""
    if shutil.which("mount") is None:
        return "mount(8) is not installed"
    done = subprocess.run(["mount", *arguments], capture_output=True, text=True, check=False)
    return "" if done.returncode == 0 else (done.stderr.strip() or f"exit {done.returncode}")


def _unmount(folder: Path) -> None:
    # Lazy: an assistant still holding the SQLite file open would make a plain umount fail.
    subprocess.run(["umount", "--lazy", str(folder)], capture_output=True, check=False)


@contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    """The folder and its files read-only: by permissions, or for root (whom permissions do
    not stop) by a read-only bind mount; skips when neither holds."""
    modes = {path: path.stat().st_mode for path in (folder, *folder.iterdir())}
    for path in modes:
        path.chmod(0o555 if path == folder else 0o444)
    mounted = False
    try:
        if _writable(folder):
            problem = _mount("--bind", str(folder), str(folder))
            mounted = not problem
            problem = problem or _mount("-o", "remount,bind,ro", str(folder))
            if problem or _writable(folder):
                pytest.skip(
                    "running as root, which chmod does not stop, and a read-only bind mount "
                    f"is not possible here ({problem or 'still writable'})"
                )
        yield
    finally:
        if mounted:
            _unmount(folder)
        for path, mode in modes.items():
            path.chmod(mode)


def test_sync_into_a_read_only_index_fails_clearly_and_the_index_still_answers(
    make_assistant, tmp_path: Path
) -> None:
    documents, index = tmp_path / "documents", tmp_path / "index"
    good_pdf(documents / "good.pdf")
    assistant = make_assistant(documents)
    assert assistant.sync().added == ("good.pdf",)
    with _read_only(index):
        _text_brief(documents / "new.txt", "Notes from Gdańsk", NEW_SENTENCE)
        with pytest.raises(IndexWriteError) as caught:  # as the README's guarantee says
            assistant.sync()
        message = str(caught.value)
        assert str(index) in message, f"the message should name the index folder: {message!r}"
        assert REBUILD not in message, f"the index is intact; rebuilding is no remedy: {message!r}"
        assert assistant.ask(GOOD_QUESTION).quotes[0].text == GOOD, "the old index should answer"
        assistant.close()  # before the read-only mount, if any, goes


# -- 5. no space left -------------------------------------------------------------------------

FILE_SIZE_LIMIT = 1024  # bytes: less than one vector (384 float32 = 1,536 bytes)


@contextmanager
def _disk_filled(folder: Path) -> Iterator[None]:
    """Fill the file system holding folder to the last byte; free it again afterwards."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for block in (1 << 16, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * block)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    try:
        yield
    finally:
        filler.unlink()


@contextmanager
def _file_size_limit(limit: int) -> Iterator[None]:
    """RLIMIT_FSIZE: no file of this process may grow past limit bytes (writes fail EFBIG)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills us
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def _assert_failed_cleanly(
    assistant: Assistant, embedder: Embedder, out_of_space: AbstractContextManager[None]
) -> None:
    """A sync with no room fails with IndexWriteError, leaves no file behind, and the
    previous index answers, before and after the space comes back."""
    index = assistant.settings.index_dir
    with out_of_space:
        before = {path.name for path in index.iterdir()}
        with pytest.raises(IndexWriteError) as caught:
            assistant.sync()
        leftovers = sorted({path.name for path in index.iterdir()} - before)
        answer = assistant.ask(GOOD_QUESTION)
    message = str(caught.value)
    assert str(index) in message, f"the message should name the index folder: {message!r}"
    assert REBUILD not in message, f"the index is intact; rebuilding is no remedy: {message!r}"
    assert leftovers == [], (
        f"files a failed sync leaves behind hold space on a full disk: {leftovers}"
    )
    assert answer.quotes[0].text == GOOD, "the previous index should answer while the disk is full"
    reopened = Assistant.open(assistant.settings, embedder=embedder)
    try:
        assert reopened.check() == (), "the failed sync should leave the index sound"
        assert reopened.ask(GOOD_QUESTION).quotes[0].text == GOOD
        assert reopened.sync().added == ("new.txt",), "with space again, the sync should work"
        assert reopened.ask("Who ordered icebreakers in Gdańsk?").quotes[0].text == NEW_SENTENCE
    finally:
        reopened.close()


@pytest.fixture
def tmpfs_index(tmp_path: Path) -> Iterator[Path]:
    """tmp_path/index on a 1 MB tmpfs; skips where mounting one is not allowed."""
    index = tmp_path / "index"
    index.mkdir()
    problem = _mount("-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(index))
    if problem:
        pytest.skip(
            f"cannot mount a 1 MB tmpfs ({problem}): a size-limited folder needs root with "
            "CAP_SYS_ADMIN; the file-size-limit test covers the same path without it"
        )
    yield index
    _unmount(index)


def _checkpoint(index: Path) -> None:
    """Copy the SQLite WAL into the database, as SQLite does by itself every 1,000 pages: the
    next transaction then reuses the WAL's space, so it can commit on a full disk."""
    connection = sqlite3.connect(index / "chunks.sqlite")
    try:
        connection.execute("PRAGMA wal_checkpoint(RESTART)")
    finally:
        connection.close()


@pytest.mark.parametrize("wal", ["growing", "checkpointed"])
def test_sync_on_a_full_disk_fails_clearly_and_the_index_still_answers(
    tmpfs_index: Path, make_assistant, embedder: Embedder, tmp_path: Path, wal: str
) -> None:
    documents = tmp_path / "documents"
    good_pdf(documents / "good.pdf")
    assistant = make_assistant(documents)
    assert assistant.sync().added == ("good.pdf",)
    if wal == "checkpointed":
        _checkpoint(tmpfs_index)
    _text_brief(documents / "new.txt", "Notes from Gdańsk", NEW_SENTENCE)
    _assert_failed_cleanly(assistant, embedder, _disk_filled(tmpfs_index))


def _grown_sizes(settings: Settings, embedder: Embedder, scratch: Path) -> tuple[int, int]:
    """(largest segment file, SQLite WAL) after the same sync on a copy of the index."""
    shutil.copytree(settings.index_dir, scratch)
    copy = Assistant.open(settings.replace(index_dir=scratch), embedder=embedder)
    try:
        copy.sync()
        vectors = max(p.stat().st_size for p in scratch.glob("segment-*.faiss"))
        return vectors, (scratch / "chunks.sqlite-wal").stat().st_size
    finally:
        copy.close()


@pytest.mark.parametrize("where", ["vectors", "rows"])
def test_sync_over_the_file_size_limit_fails_clearly_and_the_index_still_answers(
    make_assistant, embedder: Embedder, tmp_path: Path, where: str
) -> None:
    """The portable stand-in for a full disk: writes fail (EFBIG) as they would (ENOSPC),
    either at the vectors file or, with room for the vectors, in the SQLite transaction."""
    documents = tmp_path / "documents"
    good_pdf(documents / "good.pdf")
    assistant = make_assistant(documents)
    assert assistant.sync().added == ("good.pdf",)
    _text_brief(documents / "new.txt", "Notes from Gdańsk", NEW_SENTENCE)
    limit = FILE_SIZE_LIMIT
    if where == "rows":
        vectors, wal = _grown_sizes(assistant.settings, embedder, tmp_path / "scratch")
        if wal <= vectors:
            pytest.skip(f"the WAL ({wal} B) does not outgrow the vectors ({vectors} B) here")
        limit = vectors  # the vectors file fits exactly; the SQLite transaction does not
    _assert_failed_cleanly(assistant, embedder, _file_size_limit(limit))
