"""BM25 from postings held in memory: FTS5's own scores, without FTS5 scoring every match.

FTS5's bm25() scores every passage that holds any word of the query before it keeps the best
k: for a SciFact claim at 100k passages that took 31.4 ms p50 (benchmarks.ask_scale --text
scifact), while the same sums over numpy postings take 1.05 ms.

The FTS5 table stays the source of truth, written in each commit's transaction (rows.py).
A vector segment never changes once written, so the postings of its chunks are read from their
FTS5 rows once per process, in the background, at the first search that wants them; FTS5
answers until every live segment has its table, and always for an expression that is not an OR
of one-token phrases (lexical.match_expression makes nothing else). The scores are FTS5's:
the same formula over the same counts (fts5_aux.c, fts5Bm25Function), so which path answered
changes nothing but the time.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import threading
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from .errors import AssistantError
from .lexical import or_expression, phrases, tokens

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# FTS5's bm25() constants (fts5_aux.c) and the idf it gives a word half the passages hold.
K1, B, IDF_FLOOR = 1.2, 0.75, 1e-6
# Rows read from SQLite per query while a table is built, so searches wait at most one batch.
_READ_BATCH = 5_000


@dataclasses.dataclass(frozen=True, eq=False)
class Table:
    """One segment's postings: for each term, the rows holding it and how often."""

    ids: np.ndarray  # int64 chunk id of each row, in the segment's order
    lengths: np.ndarray  # float64 tokens of each row (FTS5's column size)
    present: np.ndarray  # bool: the row had FTS5 terms when read (a chunk removed since: no)
    vocabulary: Mapping[str, int]  # term -> its number
    offsets: np.ndarray  # int64: term t's postings are [offsets[t], offsets[t + 1])
    rows: np.ndarray  # int32 row of each posting, grouped by term
    counts: np.ndarray  # float32 occurrences of the term in that row (whole numbers: exact)


def table(ids: np.ndarray, terms: Mapping[int, str]) -> Table:
    """The postings of rows ids, from each chunk id's FTS5 terms (absent: not present)."""
    import numpy as np

    vocabulary: dict[str, int] = {}
    term_of, row_of, count_of = array("i"), array("i"), array("f")
    lengths = np.zeros(len(ids), np.float64)
    present = np.zeros(len(ids), bool)
    for row, chunk_id in enumerate(ids.tolist()):
        text = terms.get(chunk_id)
        if text is None:
            continue
        held = tokens(text)
        present[row], lengths[row] = True, len(held)
        for token, count in Counter(held).items():
            term_of.append(vocabulary.setdefault(token, len(vocabulary)))
            row_of.append(row)
            count_of.append(count)
    terms_array = np.frombuffer(term_of, np.int32)
    order = np.argsort(terms_array, kind="stable")
    return Table(
        ids=np.asarray(ids, np.int64),
        lengths=lengths,
        present=present,
        vocabulary=vocabulary,
        offsets=np.searchsorted(terms_array[order], np.arange(len(vocabulary) + 1)),
        rows=np.frombuffer(row_of, np.int32)[order],
        counts=np.frombuffer(count_of, np.float32)[order],
    )


def bm25(
    tables: Sequence[tuple[Table, np.ndarray]],
    phrases: Sequence[str],
    k: int,
    allowed: Collection[int] | None = None,
) -> list[tuple[int, float]]:
    """The k best (chunk id, BM25 score) over the live rows of tables, as FTS5 ranks them.

    Args:
        tables: each table with its live mask (a row counts only where True).
        phrases: one-token phrases, repeats counted as FTS5 counts them.
        allowed: only these chunk ids are returned (None: all); the statistics stay global.
    """
    import numpy as np

    live = [(t, mask) for t, mask in tables if mask.any()]
    passages, held = held_by(live, phrases)
    if k <= 0 or not passages:
        return []
    average = sum(float(t.lengths[mask].sum()) for t, mask in live) / passages
    idf = []
    for phrase in phrases:
        value = math.log((passages - held[phrase] + 0.5) / (held[phrase] + 0.5))
        idf.append(value if value > 0 else IDF_FLOOR)
    wanted = None if allowed is None else np.fromiter(allowed, np.int64, len(allowed))
    found: list[tuple[int, float]] = []
    for t, mask in live:
        scores = np.zeros(len(t.ids), np.float64)
        norm = K1 * (1 - B + B * t.lengths / average)
        for phrase, weight in zip(phrases, idf, strict=True):
            rows, stored = _postings(t, phrase)
            counts = stored.astype(np.float64)  # FTS5 sums in doubles
            scores[rows] += weight * ((counts * (K1 + 1)) / (counts + norm[rows]))
        keep = mask & (scores > 0)
        if wanted is not None:
            keep &= np.isin(t.ids, wanted)
        rows = np.flatnonzero(keep)
        if len(rows) > k:  # the k best, and every row tied with the k-th
            least = np.partition(scores[rows], len(rows) - k)[len(rows) - k]
            rows = rows[scores[rows] >= least]
        found.extend(zip(t.ids[rows].tolist(), scores[rows].tolist(), strict=True))
    found.sort(key=lambda pair: (-pair[1], pair[0]))  # ties by chunk id, as FTS5 returns them
    return found[:k]


def held_by(
    tables: Sequence[tuple[Table, np.ndarray]], phrases: Sequence[str]
) -> tuple[int, dict[str, int]]:
    """How many live rows tables hold, and how many hold each phrase."""
    passages = sum(int(mask.sum()) for _, mask in tables)
    held = {p: sum(int(mask[_postings(t, p)[0]].sum()) for t, mask in tables) for p in phrases}
    return passages, held


def live_masks(
    tables: Sequence[Table], wanted: Sequence[np.ndarray], deleted: Collection[int]
) -> list[np.ndarray]:
    """Each table's live rows: present, still among its wanted ids (a table read before some
    of its chunks were removed), not deleted, and not held again by a later table (a brief
    removed and added back has its chunk ids in an old segment and a new one)."""
    import numpy as np

    dead = np.fromiter(deleted, np.int64, len(deleted))
    masks: list[np.ndarray] = []
    later = np.zeros(0, np.int64)
    for t, ids in zip(reversed(tables), reversed(wanted), strict=True):
        kept = t.present if len(ids) == len(t.ids) else t.present & np.isin(t.ids, ids)
        masks.append(kept & ~np.isin(t.ids, dead) & ~np.isin(t.ids, later))
        later = np.concatenate([later, t.ids])
    return masks[::-1]


def by_block(ids: np.ndarray, added: np.ndarray, generation: int) -> dict[str, np.ndarray]:
    """Chunk ids by the block of generations that added them (blocks), one table each, empty
    blocks left out; a chunk added after `generation` still finds its block.

    Args:
        ids: chunk ids; added: the generation that wrote each one.
    """
    count = max(generation, int(added.max(initial=-1))) + 1
    grouped = {
        f"generations-{low}-{high}": ids[(added >= low) & (added < high)]
        for low, high in blocks(count)
    }
    return {name: held for name, held in grouped.items() if len(held)}


def blocks(count: int) -> list[tuple[int, int]]:
    """Generations 0..count-1 as aligned blocks of powers of two, largest first (100: 0-64,
    64-96, 96-100): a new generation changes only the last blocks, so a table per block is
    read again seldom, and there are at most log2(count) + 1 of them."""
    found, low = [], 0
    for bit in reversed(range(count.bit_length())):
        if count & (1 << bit):
            found.append((low, low + (1 << bit)))
            low += 1 << bit
    return found


def _postings(t: Table, phrase: str) -> tuple[np.ndarray, np.ndarray]:
    """The rows holding phrase and how often (views into the table, float32)."""
    term = t.vocabulary.get(phrase)
    if term is None:
        return t.rows[:0], t.counts[:0]
    start, end = t.offsets[term], t.offsets[term + 1]
    return t.rows[start:end], t.counts[start:end]


class Postings:
    """The tables of one index's live segments, built in the background; thread-safe."""

    def __init__(self, read: Callable[[Sequence[int]], dict[int, str]]) -> None:
        """Args:
        read: chunk ids -> their FTS5 terms (ids without a row left out).
        """
        self._read = read
        self._lock = threading.Lock()
        self._tables: dict[str, Table] = {}
        self._wanted: dict[str, np.ndarray] = {}  # segment name -> its ids, in generation order
        self._deleted: frozenset[int] = frozenset()
        self._masks: list[tuple[Table, np.ndarray]] | None = None
        self._building = False
        self._closed = False

    def load(self, segments: Mapping[str, np.ndarray], deleted: Collection[int]) -> None:
        """The live generation: its segments (name -> chunk ids, in order) and deleted ids. A
        table already held under a name is kept, its rows outside the new ids left out."""
        with self._lock:
            self._wanted = dict(segments)
            self._deleted = frozenset(deleted)
            self._tables = {n: t for n, t in self._tables.items() if n in segments}
            self._masks = None

    def search(
        self, expression: str, k: int, allowed: Collection[int] | None = None
    ) -> list[tuple[int, float]] | None:
        """bm25() over the live segments for an FTS5 expression; None while a table is being
        built (one is started), or for an expression other than an OR of one-token phrases
        (lexical.match_expression makes nothing else): ask FTS5 then."""
        asked = phrases(expression)
        if not asked or or_expression(asked) != expression:
            return None
        masks = self._live(asked)
        return None if masks is None else bm25(masks, asked, k, allowed)

    def counts(self, phrases: Sequence[str]) -> tuple[int, dict[str, int]] | None:
        """The live passages and how many hold each phrase (Index.term_passages), or None
        as search() gives None."""
        masks = self._live(phrases)
        if masks is None:
            return None
        passages, held = held_by(masks, phrases)
        return passages, {p: n for p, n in held.items() if n}

    def _live(self, phrases: Sequence[str]) -> list[tuple[Table, np.ndarray]] | None:
        """Each table with its live rows, once every one is built (a build is started)."""
        if not all(tokens(p) == [p] for p in phrases):
            return None
        with self._lock:
            if self._masks is None:
                if set(self._wanted) - set(self._tables):
                    self._start()
                    return None
                tables = [self._tables[n] for n in self._wanted]
                wanted = list(self._wanted.values())
                masks = live_masks(tables, wanted, self._deleted)
                self._masks = list(zip(tables, masks, strict=True))
            return self._masks

    def close(self) -> None:
        """Stop building: the store is closing (a one-shot `spotlight ask` exits)."""
        with self._lock:
            self._closed = True

    def ready(self) -> bool:
        """Whether every live segment has its table (benchmarks wait on it)."""
        with self._lock:
            return set(self._wanted) <= set(self._tables)

    def _start(self) -> None:
        """Build the missing tables in one background thread (called holding the lock)."""
        if self._building:
            return
        self._building = True

        def build() -> None:
            try:
                while True:
                    with self._lock:
                        todo = [(n, i) for n, i in self._wanted.items() if n not in self._tables]
                        if not todo or self._closed:
                            return
                    name, ids = todo[0]
                    built = table(ids, self._terms(ids.tolist()))
                    with self._lock:
                        if name in self._wanted and not self._closed:
                            self._tables[name] = built
            except AssistantError as exc:  # FTS5 goes on answering; the next search retries
                if not self._closed:
                    log.warning("BM25 postings not built: %s", exc)
            finally:
                with self._lock:
                    self._building = False

        threading.Thread(target=build, daemon=True).start()

    def _terms(self, ids: Iterable[int]) -> dict[int, str]:
        ids = list(ids)
        terms: dict[int, str] = {}
        for start in range(0, len(ids), _READ_BATCH):
            if self._closed:
                break  # the table is never used
            terms.update(self._read(ids[start : start + _READ_BATCH]))
        return terms
