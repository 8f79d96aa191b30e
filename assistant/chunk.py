"""Sentences and chunks: clean text -> runs of whole sentences that fit the model's window."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Sequence

from .names import ACRONYM
from .records import Chunk, CleanText
from .title import is_masthead

TokenCounter = Callable[[Sequence[str]], list[int]]

# syntok keeps "U.S." inside a sentence, which is right for "the U.S. Special Envoy" but wrong
# for "...countries and the U.S. At a press conference...". A capitalised function word after
# an acronym is the tell that a new sentence starts there.
_SENTENCE_STARTERS = frozenset(
    "A After Also An And As At Before Both But Despite During For From He However I If In "
    "Instead It Its Meanwhile Moreover Nevertheless On Officially She Since So Such That The "
    "Their There These They This Those Thus To We When While Yet".split()
)
_ACRONYM_BREAK = re.compile(r"\b(?:[A-Z]\.){2,}\s+([A-Z][a-z]+)\b")
_CLOSING = frozenset(".,;:!?)]\u201d\u2019")
# What syntok can leave standing as a "sentence" of its own before the words it labels: an
# opening quotation mark, "Sec.", "Art.", "pp.", "No.", "Mr.", an enumerator ("3.", "(a)",
# "iv.", "B."). On the real PDFs, "Sec." + "3. (a)" + "The unrestricted immigrant ...".
_LABEL = re.compile(
    r"[\u201c\u2018\"'(\[]|\(?\d{1,3}[.)]|\(?[ivxlcIVXLC]{1,5}[.)]|\([a-zA-Z]\)|[A-Z]\."
    r"|[A-Z]?[a-z]{1,3}\.|\u00a7+"
)
# A lone acronym is no sentence: syntok cut "2,4 proc. PKB." (2.4 percent of GDP) after the
# abbreviation "proc.", leaving "PKB." a sentence of its own.
_LONE_ACRONYM = re.compile(rf"{ACRONYM.pattern}\.")
# Abbreviations set before a number, which syntok does not know: the Polish "ok." (about),
# "ca.", "approx.", "nr", "godz." (hour), "pkt", "poz.", "art.", "ust.".
_BEFORE_NUMBER = re.compile(r"(?<![\w.])(?:ok|ca|approx|nr|godz|pkt|poz|art|ust)\.$", re.I)
# An over-long sentence is cut at a clause end (";", ":") only where the piece before it holds
# at least this share of the chunk budget: a cut at every short clause would make pieces too
# small to retrieve on their own.
CLAUSE_SHARE = 0.25
# A heading of more words than this is display text set large, not a section's name: the
# Indo-Pacific strategy's pull quotes in capitals (21-27 words) had named the sections after
# them. The longest names on the real PDFs and the Spotlights have 17 words (a question).
SECTION_WORDS = 20
# A very long title would crowd out the passage itself in every chunk's embedding text.
MAX_TITLE_CHARS = 200


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of text[start:end], without surrounding space."""
    import syntok.segmenter as segmenter

    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for paragraph in segmenter.analyze(text[start:end]):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                first, last = tokens[0], tokens[-1]
                spans.append((start + first.offset, start + last.offset + len(last.value)))
    spans = _closing_marks_back(text, spans)
    pieces = [piece for span in spans for piece in _split_after_acronyms(text, span)]
    return _fragments_back(text, _labels_forward(text, pieces))


def _fragments_back(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A lone acronym after a sentence on the same line goes back to it, and so does a number
    after an abbreviation read before numbers ("udział ok." / "14 tys. żołnierzy")."""
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        fragment = _LONE_ACRONYM.fullmatch(text, begin, end) or (
            out and text[begin : begin + 1].isdigit() and _BEFORE_NUMBER.search(text, 0, out[-1][1])
        )
        if out and fragment and "\n" not in text[out[-1][1] : begin]:
            out[-1] = (out[-1][0], end)
            continue
        out.append((begin, end))
    return out


def _labels_forward(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A span of labels only (_LABEL: "Sec.", "3. (a)", a lone "\u201c") joins the sentence
    after it on the same line: "Sec. 3. (a) The unrestricted ..." is one sentence, and a
    quote never opens with "3. (a)". A label on a line of its own ("Art. 10.") stays."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for begin, end in spans:
        if carry is not None:
            begin, carry = carry, None
        words = text[begin:end].split()
        labels = bool(words) and all(_LABEL.fullmatch(word) for word in words)
        if labels and (begin, end) != spans[-1] and "\n" not in _gap_after(text, end):
            carry = begin
            continue
        out.append((begin, end))
    return out


def _gap_after(text: str, end: int) -> str:
    """The white space after text[:end]."""
    stop = end
    while stop < len(text) and text[stop].isspace():
        stop += 1
    return text[end:stop]


def _closing_marks_back(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence never opens with a closing mark: syntok ends "(BMW owns 75 percent)." at the
    bracket and opens the next sentence with the full stop (". All three manufacturers",
    realpdf usitc brief); the marks go back to the sentence before."""
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        head = begin
        while out and head < end and text[head] in _CLOSING:
            head += 1
        if head > begin:
            out[-1] = (out[-1][0], head)
            while head < end and text[head].isspace():
                head += 1
        if head < end:
            out.append((head, end))
    return out


def _split_after_acronyms(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    begin = span[0]
    for match in _ACRONYM_BREAK.finditer(text, span[0], span[1]):
        if match.group(1) in _SENTENCE_STARTERS:
            stop = match.start(1)
            while stop > begin and text[stop - 1].isspace():
                stop -= 1
            pieces.append((begin, stop))
            begin = match.start(1)
    pieces.append((begin, span[1]))
    return [(a, b) for a, b in pieces if b > a]


def chunk_text(
    document_id: str,
    clean: CleanText,
    count_tokens: TokenCounter,
    max_tokens: int,
    title: str = "",
) -> tuple[Chunk, ...]:
    """Cut a document into chunks of whole sentences, none crossing a section heading.

    Args:
        document_id: the document's content hash, part of every chunk id.
        clean: the document's clean text with its headings and page map.
        count_tokens: wordpieces per text in the embedding model's tokenizer.
        max_tokens: the most wordpieces one chunk's embedding text (title, heading and text,
            see embedding_text) may hold.
        title: the document's title.
    """
    chunks: list[Chunk] = []
    for section, start, end in sections(clean):
        header = _header(title, section)
        budget = max_tokens - (count_tokens([header])[0] + 1 if header else 0)
        pieces, sizes = _fit(
            clean.text, split_sentences(clean.text, start, end), count_tokens, budget
        )
        group: list[tuple[int, int]] = []
        used = 0
        for piece, size in zip(pieces, sizes, strict=True):
            if group and used + size > budget:
                chunks.append(_make_chunk(document_id, len(chunks), clean, group, section, title))
                group, used = [], 0
            group.append(piece)
            used += size
        if group:
            chunks.append(_make_chunk(document_id, len(chunks), clean, group, section, title))
    return tuple(chunks)


def sections(clean: CleanText) -> list[tuple[str, int, int]]:
    """(heading, start, end) of each stretch of body text; "" before the first heading. A
    heading too long to name a section (SECTION_WORDS) ends a stretch and the next one keeps
    the name before it, as after a date or volume line (title.is_masthead)."""
    stretches: list[tuple[str, int, int]] = []
    heading, cursor = "", 0
    for start, end in (*clean.headings, (len(clean.text), len(clean.text))):
        if clean.text[cursor:start].strip():
            stretches.append((heading, cursor, start))
        name = clean.text[start:end]
        if len(name.split()) <= SECTION_WORDS and not is_masthead(name):
            heading = name
        cursor = end
    return stretches


def lexical_text(chunk: Chunk, title: str) -> str:
    """What BM25 indexes for a chunk: with its brief's title and section, so a query naming
    the brief's subject finds every passage of it."""
    return f"{title}\n{chunk.section}\n{chunk.text}"


def embedding_text(chunk: Chunk, title: str = "") -> str:
    """What the model embeds for a chunk: the brief's title and the section heading give the
    passage its topic ("it", "the visit" mean something only under them). On SciFact the title
    with every chunk raised dense nDCG@10 (see the README's eval table)."""
    header = embedding_header(chunk, title)
    return f"{header}\n{chunk.text}" if header else chunk.text


def embedding_header(chunk: Chunk, title: str = "") -> str:
    """The lines embedding_text puts before the chunk's text: title and section, or ""."""
    return _header(title, chunk.section)


def _header(title: str, section: str) -> str:
    title = title if len(title) <= MAX_TITLE_CHARS else ""
    return "\n".join(part for part in (title, section) if part)


def chunk_id(document_id: str, position: int, text: str) -> int:
    """A stable positive 63-bit id from the chunk's content (FAISS ids are int64).

    text is what the model embeds (embedding_text), so one id is always one vector: a brief
    read again whose chunk keeps its words but gains a section name or a title gets a new id,
    and no old vector can stay live under the new chunk's id.
    """
    digest = hashlib.sha256(f"{document_id}\0{position}\0{text}".encode()).digest()
    return int.from_bytes(digest[:8], "big") & ((1 << 63) - 1)


def _make_chunk(
    document_id: str,
    position: int,
    clean: CleanText,
    group: list[tuple[int, int]],
    section: str,
    title: str,
) -> Chunk:
    start, end = group[0][0], group[-1][1]
    text = clean.text[start:end]
    chunk = Chunk(
        id=0,
        document_id=document_id,
        position=position,
        text=text,
        start=start,
        end=end,
        page=clean.page(start, end),
        section=section,
        sentences=tuple(group),
    )
    embedded = embedding_text(chunk, title)
    return dataclasses.replace(chunk, id=chunk_id(document_id, position, embedded))


def _fit(
    text: str, spans: list[tuple[int, int]], count_tokens: TokenCounter, budget: int
) -> tuple[list[tuple[int, int]], list[int]]:
    """The sentences with their sizes; a sentence over budget is cut into pieces (_cut)."""
    pieces: list[tuple[int, int]] = []
    sizes: list[int] = []
    for span, size in zip(spans, count_tokens([text[a:b] for a, b in spans]), strict=True):
        if size <= budget:
            pieces.append(span)
            sizes.append(size)
            continue
        words = [
            (span[0] + m.start(), span[0] + m.end())
            for m in re.finditer(r"\S+", text[span[0] : span[1]])
        ]
        for a, b, used in _cut(text, words, count_tokens([text[a:b] for a, b in words]), budget):
            pieces.append((a, b))
            sizes.append(used)
    return pieces, sizes


def _cut(
    text: str, words: list[tuple[int, int]], sizes: list[int], budget: int
) -> list[tuple[int, int, int]]:
    """(start, end, size) of the pieces of an over-budget sentence: each ends at its last
    clause end (";" or ":") that leaves it at least CLAUSE_SHARE of the budget, else at the
    last word that fits. A legal enumeration ("...; or (vii) to be owned or controlled by,
    or to have acted ... on behalf of, ...") cut at a word was quoted from mid-clause ("on
    behalf of, directly or indirectly, ..."); cut at its clauses, each piece reads whole."""
    pieces: list[tuple[int, int, int]] = []
    first = 0
    while first < len(words):
        last, used, clause = first, sizes[first], -1
        while last + 1 < len(words) and used + sizes[last + 1] <= budget:
            if text[words[last][1] - 1] in ";:" and used >= CLAUSE_SHARE * budget:
                clause = last
            last += 1
            used += sizes[last]
        if last + 1 < len(words) and clause >= 0:
            last = clause
        pieces.append((words[first][0], words[last][1], sum(sizes[first : last + 1])))
        first = last + 1
    return pieces
