"""Syncing: make the index mirror documents_dir, reading and embedding only what changed.

The plan is a diff of content ids: an unchanged file (same size and modification time) is not
even read, a file with the same bytes under a new name is a move, and only new or changed
briefs are parsed, chunked and embedded. Everything then goes in one commit.

A brief read by an older reading (READING) is read again, so that an upgrade's better titles,
headings and sentences reach the briefs already indexed; of a brief read again or edited, only
the chunks whose embedded text changed are encoded (sentence_vectors.Reusable).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .chunk import chunk_text, lexical_text
from .clean import join_lines, strip_furniture_lines
from .embed import Embedder
from .errors import DocumentError
from .frontpage import front_metadata, given_sources
from .index import Index
from .lexical import terms
from .library import SIDECAR_SUFFIX, SourceFile, load, scan, too_large
from .metadata import apply_overrides, detect_language, read_sidecar
from .read import read_file
from .records import Change, Chunk, CleanText, Document, NewDocument, Restamp, SyncReport
from .sentence_vectors import Reusable, embed_chunks, reusable
from .settings import Settings

log = logging.getLogger(__name__)

# The version of what reading gives for the same bytes (read, clean, frontpage, metadata,
# chunk, and the chunk vectors made of them): raise it with any change to that, and the next
# sync reads every brief again. tests/test_reading_version.py fails when the reading of the
# bundled briefs changes while this number does not.
# 16: a number after an abbreviation read before numbers stays in its sentence ("w ust." /
#    "1 i 2", "udział ok." / "14 tys."; 100 sentences of the Polish Constitution were cut);
#    a date set apart by a dot or bar dates the brief ("27.06.2025 · 9 min read"), a date
#    after a preposition does not ("Changes in June 2026", "in the peak month of July 2025,
#    Russian forces"); a declared title page 1 prints smaller than the layout's title, or
#    that runs on into its subtitle, no title ("Clingendael Alert"); a publisher's series
#    ("Komentarze CSB") and a key figure set large ("252 TWh") no title; a title in title
#    case set well over any other block the title though it reads as names, unless one is a
#    person's; no name opens with "The"; a word letter-spaced past a kerned pair joined
#    ("N OVEMBER"); "Rapporteurs" over names; "Redakcja:" (the editors) no byline; an
#    author's label other than "By" read past the first 60 lines ("Compiled by" in a
#    sidebar); cards with their institute under the post; closing notes after "Dr.", with a
#    Polish post after a dash, or as contact cards over e-mail addresses; a report's date on
#    its title page; a byline's row read with its cells apart for its date; an event's days
#    ("11-12 March 2025") no date; letter-spaced digits of a date joined; a one-word logo in
#    capitals over the title no title; the plain reading's title giving way to the layout's
#    where it ran into a date or subtitle; Polish and other bodies' words ("Komisji",
#    "Instituto") no names; names with "de la", "den", "Dell'" (2026-12-07, from held-out
#    briefs a browser printed).
# 15: a paragraph runs on across a column's foot after a comma or a word no sentence ends on
#    ("... among them Denmark, the" / "Netherlands"); names under a standfirst, names parted
#    by "and" on a line of its own, a label over its names ends the title ("AUTHOR"); a
#    section's label ("KEY TAKEAWAYS") no name; "Research Paper", "Special Report" and the
#    like series, never titles; a series with its publisher's acronym and "NUMER"
#    ("KOMENTARZE OSW | NUMER 612"); a table of fields ("Series | Policy Paper", "Number |
#    4/2025"); a row's cells read apart for the byline and series (two names side by side,
#    a publisher's name beside "Brief No. 23"); a name alone over the title; "Name, with
#    Name"; a name before its post with no comma; "Opracowała:"; a place between a byline
#    and its date after a bar; a date written "22/04/2025"; a sentence's last line ("in" /
#    "September 2023.") no dateline; a publisher's name set larger than the title no title;
#    names over their jobs anywhere on page 1 or the last; a byline broken after "and";
#    "Posted by"; names parted by "/" or over their handles; a byline in the title's note
#    ("* Written by ..."); a declared title printed only as a numbered series no title;
#    names over their dateline beside the text; "mgr"; "Event Report" and the like no title;
#    a display line ending in a colon over the title opens it; a
#    lone raised letter after a name an affiliation's mark; a
#    number's plural a term of the number ("F-16s": "16") (2026-12-07, from held-out briefs a
#    browser printed).
# 14: bold told by a font's name where PDFium's weight says too little ("DejaVuSerif-Bold" at
#    455); a bold paragraph is no heading; a title's lines in mixed weights one block; front
#    matter after a series block no body text; a lone acronym no sentence ("2,4 proc. PKB.");
#    names before a dateline above the title, a closing note or signature on the author, an
#    author named in a sentence ("was written by"), "AUTHOR Name" in a table, names parted
#    by "|" or ";" or between posts, "Opinion by", "Lead author:" and "Contributing authors:";
#    a memo's "From:"; names over their post above the title, names over their universities;
#    a memo's "Subject:" its title; a byline never a title; a word in capitals never opens a
#    name ("ETH Zurich"); a series number after a bar ("POLICY BRIEF | No. 12"), never a
#    date's day; "Policy Note" a series; "Author(s):"; a name and its post closing the text or
#    in page 1's running footer; Polish months as a month and year print them ("luty 2025");
#    degrees after names ("PhD"), "Prepared by the ... team: names"; a dotted date's day no
#    issue number (2026-12-07, from held-out briefs a browser printed).
# 13: a copyright line's date ("© Institute, March 2025") dates the brief before a date in
#    running text.
# 12: short lines above the title (a kicker, the publisher) count as front matter; a pull
#    quote set large is no heading.
# 11: page 1's first lines of front matter (series, title, byline, date) are no body text.
# 10: a byline's line a paragraph of its own, never part of a sentence; "AUTHOR" alone over
#    names; a name with its affiliation after a comma; a date alone or after "Published"
#    before a date in running text.
# 9: bylines after "A report by", "Presentation by", "Rapporteur:", "Editors:".
# 8: authors named under "About the authors" on the last two pages when the front names none.
# 7: a drop cap put back before the rest of its word.
# 6: a byline labelled on page 2 or 3 after a report's cover; a raised note number set as a
#    run of its own measured against its whole line ("Anna Nowak¹, John Smith²").
# 5: a byline in capitals after its label, a name's title ("Dr.") dropped, a title's second
#    line never its byline, acronyms kept in a title set in capitals, dates with ordinals
#    ("March 3rd, 2024") and abbreviated months ("Sept. 2021").
# 4: a title in title case with a hyphenated word ("Shared MIME-info Database") is no
#    person's name, a title page's authors read at its foot, a numbered heading in capitals
#    ("5. COMBINING DOCUMENTS") a heading; letter-spaced words and note numbers set as runs
#    of their own (4-8: 2026-12-07, from PDFs of other producers and briefs a browser printed).
# 3: chunk vectors made from the stored sentence vectors (sentence_vectors.from_parts; the
#    text read as under 2, so a re-read encodes only the headers), and a line PDFium ran on
#    across a hyphen boxed line by line (Line.wraps; 2026-12-07).
# 2: other publishers' covers (series and numbers such as "No. 45 (2164)", "nr 12", a title
#    in title case, "Edited by"; 2026-12-04).
# 1: issue 13 and 14's reading (2026-12-03); 0: indexed before.
READING = 16


@dataclass
class _Plan:
    """What a sync found, file by file; only `parsed` still needs embedding."""

    parsed: list[tuple[Document, CleanText, tuple[Chunk, ...]]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # paths
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (old path, new path)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    drop_ids: list[str] = field(default_factory=list)  # documents whose rows go
    restamped: list[Restamp] = field(default_factory=list)
    reread: list[str] = field(default_factory=list)  # paths read again: same bytes
    replaced: list[Document] = field(default_factory=list)  # indexed versions of parsed briefs


def sync_folder(settings: Settings, store: Index, embedder: Embedder) -> SyncReport:
    """Bring the index in line with settings.documents_dir in one new generation.

    The model is loaded only when something is parsed: an unchanged folder is a scan and a few
    SQL reads, without torch.
    """
    plan = _plan(settings, store, embedder)
    added = []
    if plan.parsed:
        titled = [(c, d.title) for d, _, chunks in plan.parsed for c in chunks]
        reuse = _indexed(store, plan.replaced)
        vectors, sentences = embed_chunks(embedder, titled, settings.sentence_vectors, reuse)
        offset = 0
        for document, clean, chunks in plan.parsed:
            rows = vectors[offset : offset + len(chunks)]
            words = tuple(
                " ".join(terms(lexical_text(c, document.title), document.language))
                for c in chunks
            )
            per_chunk = tuple(sentences[offset : offset + len(chunks)])
            added.append(NewDocument(document, clean, chunks, rows, words, per_chunk))
            offset += len(chunks)
    change = Change(tuple(added), tuple(plan.drop_ids), tuple(plan.restamped))
    if change:
        store.commit(change)
    for path in plan.added + plan.updated + plan.reread:
        log.info("indexed %s", path)
    return SyncReport(
        added=tuple(plan.added),
        updated=tuple(plan.updated),
        removed=tuple(plan.removed),
        unchanged=tuple(plan.unchanged),
        failed=tuple(plan.failed),
        skipped=tuple(plan.skipped),
        warnings=tuple(plan.warnings),
        moved=tuple(plan.moved),
        new_briefs=tuple((d.path, d.title) for d, _, _ in plan.parsed),
        reread=tuple(plan.reread),
    )


def _indexed(store: Index, documents: list[Document]) -> Reusable:
    """The vectors the index holds for the chunks of documents, to be reused where unchanged."""
    if not documents:
        return Reusable()
    titles = {d.id: d.title for d in documents}
    chunks = store.chunks_of(titles)
    ids = [c.id for c in chunks]
    pairs = [(c, titles[c.document_id]) for c in chunks]
    return reusable(pairs, store.chunk_vectors(ids), store.sentence_vectors(ids))


def _plan(settings: Settings, store: Index, embedder: Embedder) -> _Plan:
    root = settings.documents_dir
    if not root.is_dir():
        raise DocumentError(
            f"documents folder {root} does not exist; create it or set documents_dir"
        )
    listing = scan(root)
    plan = _Plan(skipped=list(listing.skipped), failed=list(listing.failed))
    by_path = {d.path: d for d in store.documents()}
    excluded = store.excluded()
    by_id = {d.id: d for d in by_path.values()}
    kept: set[str] = set()
    first_seen: dict[str, str] = {}  # content hash -> the first path found with it
    for relative, found in sorted(listing.briefs.items()):
        size, mtime = found.size, found.mtime
        known = by_path.get(relative)
        current = known if known and known.reading >= READING else None  # not to read again
        if current and current.size == size and current.mtime == mtime:
            plan.unchanged.append(relative)
            kept.add(current.id)
            continue
        if reason := too_large(found.file_size, settings.max_file_mb):  # sidecar not counted
            plan.failed.append((relative, reason))
            if known:
                kept.add(known.id)  # a bad new version never costs the indexed one
            continue
        source = load(Path(found.path), relative, size, mtime)
        digest = source.id
        twin = by_id.get(digest)
        first_seen.setdefault(digest, relative)
        if digest in excluded:
            plan.skipped.append((relative, "removed from the index on request; add it to index it"))
        elif current and current.id == digest:
            plan.unchanged.append(relative)
            plan.restamped.append(Restamp(digest, relative, size, mtime))
            kept.add(digest)
        elif digest in kept or (twin and twin.path in listing.briefs and twin.path != relative):
            other = twin.path if twin and twin.path in listing.briefs else first_seen[digest]
            plan.skipped.append((relative, f"same content as {other}"))
        elif twin and twin.reading >= READING:
            plan.moved.append((twin.path, relative))
            plan.restamped.append(Restamp(digest, relative, size, mtime))
            kept.add(digest)
        elif _parse(plan, source, settings, embedder, known, twin) or twin:
            kept.add(digest)  # parsed, or the same bytes whose earlier reading stays
        elif known:
            kept.add(known.id)  # a bad new version never costs the indexed one
    moved_from = {old for old, _ in plan.moved}
    for document in by_path.values():
        if document.id not in kept:
            plan.drop_ids.append(document.id)
            if document.path not in plan.updated and document.path not in moved_from:
                plan.removed.append(document.path)
    return plan


def _parse(
    plan: _Plan,
    source: SourceFile,
    settings: Settings,
    embedder: Embedder,
    known: Document | None,
    twin: Document | None,
) -> bool:
    """Parse one file into the plan; False if it cannot be read. known is the brief indexed at
    its path, twin the one indexed with its bytes: a twin is read again (a newer READING),
    keeps when it was first indexed, and stays as it was read before if it now fails."""
    relative = source.relative
    try:
        document, clean, chunks, warnings = parse_document(source, settings, embedder)
    except DocumentError as exc:
        reason = str(exc).removeprefix(f"{relative}: ")
        if twin is None:
            plan.failed.append((relative, reason))
            return False
        plan.warnings.append(f"{relative}: not read again ({reason}); its earlier reading stays")
        plan.restamped.append(Restamp(twin.id, relative, source.size, source.mtime))
        if twin.path != relative:
            plan.moved.append((twin.path, relative))
        else:
            plan.unchanged.append(relative)
        return False
    plan.warnings.extend(warnings)
    plan.replaced.extend(d for d in (known, twin) if d is not None)
    if twin is None:
        (plan.updated if known else plan.added).append(relative)
    else:  # the same bytes: its rows go and come back, read anew
        document = dataclasses.replace(document, indexed_at=twin.indexed_at)
        plan.reread.append(relative)
        plan.drop_ids.append(twin.id)
        if twin.path != relative:
            plan.moved.append((twin.path, relative))
    plan.parsed.append((document, clean, chunks))
    return True


def parse_document(
    source: SourceFile, settings: Settings, embedder: Embedder
) -> tuple[Document, CleanText, tuple[Chunk, ...], list[str]]:
    """Read, clean, parse and chunk one file (no embedding yet); the last item is its warnings.

    Raises:
        DocumentError: the file cannot be read, holds no text, or its given metadata is wrong;
            the message names the file (and the field).
    """
    relative = source.relative
    raw = read_file(relative, source.data, settings.ocr_languages)
    lines = strip_furniture_lines(raw.pages)
    metadata, sources, consumed = front_metadata(raw.pages, lines, raw.info, source.path.stem)
    lines[0] = lines[0][consumed:]
    clean = join_lines(lines, raw.labels)
    if not clean.text.strip():
        raise DocumentError(f"{relative}: no text left after the front page")
    metadata = apply_overrides(metadata, raw.front_matter, relative)
    sources = given_sources(sources, raw.front_matter, "front matter")
    if source.sidecar is not None:
        label = relative + SIDECAR_SUFFIX
        given = read_sidecar(source.sidecar, label)
        metadata = apply_overrides(metadata, given, label)
        sources = given_sources(sources, given, "sidecar")
    document = Document(
        id=source.id,
        path=relative,
        title=metadata.title,
        series=metadata.series,
        number=metadata.number,
        date=metadata.date,
        authors=metadata.authors,
        language=metadata.language or detect_language(clean.text),
        pages=len(raw.pages),
        size=source.size,
        mtime=source.mtime,
        sources=sources,
        ocr_pages=raw.ocr_pages,
        reading=READING,
    )
    max_tokens = min(settings.chunk_tokens, embedder.max_tokens)
    chunks = chunk_text(document.id, clean, embedder.count_tokens, max_tokens, document.title)
    clean = dataclasses.replace(clean, sentences=tuple(s for c in chunks for s in c.sentences))
    warnings = [*raw.warnings, *_contradictions(relative, document)]
    return document, clean, chunks, warnings


def _contradictions(relative: str, document: Document) -> list[str]:
    """Printed fields that disagree are kept as printed, and the user is told."""
    number_year = re.search(r"/(\d{4})$", document.number)
    if number_year and document.date and number_year.group(1) != document.date[:4]:
        return [
            f"{relative}: the number No. {document.number} says {number_year.group(1)} but the "
            f"date says {document.date}; both kept as printed"
        ]
    return []
