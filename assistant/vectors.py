"""The chunk vectors: immutable segment files, searched together, and their HNSW companions.

A generation of the index is a list of segments plus a set of deleted chunk ids (both kept in
SQLite by store.py, in the commit's one transaction). A sync writes one new segment holding
only what it added, so adding a brief writes that brief's vectors and nothing else; a removal
only records ids. Segments are merged (compacted) when they grow many or mostly deleted. Each
segment is a FAISS `IndexIDMap2(IndexFlatIP)` of unit vectors: exact search over all segments,
the best k of each merged, is the same ranking as one flat index over the live vectors.

Past `approximate_above` chunks, segments of at least GRAPH_MIN_VECTORS get an HNSW graph built
in the background; it only proposes candidates, which are ranked by their exact cosine.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import faiss
    import numpy as np

# Candidates a graph proposes for exact re-ranking: 400 gave recall@10 0.993 at 1M chunks in
# 2.9 ms (100 gave 0.90; embedding-like synthetic vectors, benchmarks/scale.py).
APPROXIMATE_CANDIDATES = 400
# Graph degree M: 32 reached recall@10 0.989 at efSearch 128 on a structured 100k set here.
NEIGHBOURS = 32
# efConstruction: on 100k hard synthetic vectors 40 -> 80 -> 160 took 34 -> 51 -> 114 s to
# build for recall@10 0.943 -> 0.960 -> 0.976, while real MiniLM vectors of 14k SciFact chunks
# reached 0.998 at 40; builds are the cost that grows, so faiss's default, 40, it is.
BUILD_EFFORT = 40
# Above this efSearch a filtered graph walk stops paying: at 100k chunks with 10% allowed,
# efSearch 1000 took 5.9 ms while the exact scan restricted to the allowed ids took 2.8 ms.
MAX_FILTERED_EFFORT = 1000
# A segment smaller than this is always scanned exactly: at 12k vectors or fewer the flat scan
# was as fast as HNSW here (0.27-0.37 ms against 0.24-0.26 ms), so a graph would not pay.
GRAPH_MIN_VECTORS = 12_000
# Rows copied per add while building a graph, so a 1M-vector build never holds a second full
# copy of the vectors (1.5 GB) beside the segment and the graph.
_BUILD_BATCH = 65_536


def segment_path(index_dir: Path, name: str) -> Path:
    return index_dir / f"{name}.faiss"


def new_segment(ids: np.ndarray, rows: np.ndarray) -> faiss.IndexIDMap2:
    """A segment of unit rows under their int64 chunk ids."""
    import faiss
    import numpy as np

    segment = faiss.IndexIDMap2(faiss.IndexFlatIP(rows.shape[1]))
    if len(ids):
        segment.add_with_ids(
            np.ascontiguousarray(rows, dtype=np.float32), np.asarray(ids, dtype=np.int64)
        )
    return segment


def segment_ids(segment: faiss.IndexIDMap2) -> np.ndarray:
    """The chunk ids a segment holds, in its row order."""
    import faiss

    return faiss.vector_to_array(segment.id_map)


def write_segment(segment: faiss.IndexIDMap2, path: Path) -> None:
    """Write a segment durably: through Python's file object to a temporary name, fsync, rename.

    faiss.write_index to a path only prints a failed close (a full disk) and returns, leaving a
    short file behind, which would then be renamed into place: hence the file object.
    """
    import faiss

    temporary = path.with_suffix(".tmp")
    try:
        with open(temporary, "wb") as handle:
            writer = faiss.PyCallbackIOWriter(handle.write)
            faiss.write_index(segment, writer)
            del writer  # flushes its buffer into handle before the file closes
        durable_replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def durable_replace(temporary: Path, path: Path) -> None:
    """Rename a fully written file into place so that it survives a crash or a power cut."""
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself is durable only once the folder is synced
    finally:
        os.close(directory)


def merged(segments: Sequence[faiss.IndexIDMap2], deleted: Collection[int]) -> Any:
    """One segment holding every live vector of segments, in their order."""
    import numpy as np

    ids, rows = [], []
    for segment in segments:
        stored = segment_ids(segment)
        keep = ~np.isin(stored, np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
        if segment.ntotal:
            ids.append(stored[keep])
            rows.append(_rows(segment, 0, segment.ntotal)[keep])
    if not ids:
        return None
    every = np.concatenate(ids)
    _, first = np.unique(every, return_index=True)  # an id added back is in two segments
    first.sort()
    if not len(first):
        return None
    return new_segment(every[first], np.vstack(rows)[first])


class Vectors:
    """The loaded segments of one index folder and their graphs; thread-safe."""

    def __init__(self, index_dir: Path, approximate_above: int = 0) -> None:
        self.index_dir = index_dir
        # Past this many live vectors (0: never) large segments are searched through a graph.
        self.approximate_above = approximate_above
        self._segments: dict[str, Any] = {}  # name -> faiss.IndexIDMap2, in generation order
        self._deleted: frozenset[int] = frozenset()
        self._graphs: dict[str, Any] = {}
        self._building: set[str] = set()
        self._lock = threading.Lock()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._segments)

    @property
    def count(self) -> int:
        """Live vectors: every stored row less the deleted ones."""
        return sum(s.ntotal for s in self._segments.values()) - len(self._deleted)

    def segments(self) -> list[Any]:
        return list(self._segments.values())

    def deleted(self) -> frozenset[int]:
        return self._deleted

    def load(self, names: Sequence[str], deleted: Collection[int]) -> None:
        """Hold exactly these segments (reading only the ones not loaded yet) and deleted ids.

        Raises:
            FileNotFoundError, RuntimeError: a segment file is missing or unreadable.
        """
        import faiss

        loaded = {}
        for name in names:
            segment = self._segments.get(name)
            if segment is None:
                path = segment_path(self.index_dir, name)
                if not path.is_file():
                    raise FileNotFoundError(path)
                segment = faiss.read_index(str(path))
            loaded[name] = segment
        with self._lock:
            self._segments = loaded
            self._deleted = frozenset(deleted)
            self._graphs = {n: g for n, g in self._graphs.items() if n in loaded}
        self._start_graphs()

    def add(self, name: str, segment: Any) -> None:
        """Hold a segment the writer has just committed, without reading it back."""
        with self._lock:
            self._segments = {**self._segments, name: segment}

    def search(
        self, vector: np.ndarray, k: int, allowed: Sequence[int] | None = None
    ) -> list[tuple[int, float]]:
        """The k live chunk ids nearest to a unit vector, with their cosine similarity.

        Args:
            allowed: only these chunk ids (None: all). Filtered before ranking, so a filter
                never leaves fewer than k chunks when k exist.
        """
        import faiss
        import numpy as np

        query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        with self._lock:
            segments, deleted, graphs = self._segments, self._deleted, dict(self._graphs)
        if k <= 0 or not segments or (allowed is not None and len(allowed) == 0):
            return []
        selector = None
        if allowed is not None:
            allowed = [i for i in allowed if i not in deleted]
            if not allowed:
                return []
            selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
        elif deleted:
            dead = faiss.IDSelectorBatch(np.fromiter(deleted, dtype=np.int64, count=len(deleted)))
            selector = faiss.IDSelectorNot(dead)
        found: list[tuple[int, float]] = []
        for name, segment in segments.items():
            if segment.ntotal == 0:
                continue
            graph = graphs.get(name)
            if graph is not None:
                found.extend(search_graph(graph, segment, query, k, allowed, deleted))
                continue
            params = faiss.SearchParameters(sel=selector) if selector is not None else None
            scores, ids = segment.search(query, min(k, segment.ntotal), params=params)
            found.extend(
                (int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0
            )
        found.sort(key=lambda pair: -pair[1])
        # A brief removed and added back has its chunk ids in an old segment and a new one,
        # with the same vectors: each id counts once.
        best: dict[int, float] = {}
        for chunk_id, score in found:
            best.setdefault(chunk_id, score)
        return list(best.items())[:k]

    def graphs_ready(self) -> bool:
        """Whether every segment that should have a graph has one (the scale tests wait on it)."""
        with self._lock:
            wanted = {n for n, s in self._segments.items() if self._wants_graph(s)}
            return wanted <= set(self._graphs)

    def _wants_graph(self, segment: Any) -> bool:
        total = sum(s.ntotal for s in self._segments.values())
        above = bool(self.approximate_above) and total > self.approximate_above
        return above and segment.ntotal >= GRAPH_MIN_VECTORS

    def _start_graphs(self) -> None:
        """Build a graph in the background for each large segment that has none: a build takes
        seconds at 100k vectors, minutes at 1M, so exact search serves until it is ready."""
        with self._lock:
            todo = [
                (n, s)
                for n, s in self._segments.items()
                if self._wants_graph(s) and n not in self._graphs and n not in self._building
            ]
            self._building.update(n for n, _ in todo)

        def build(name: str, segment: Any) -> None:
            graph = build_graph(segment)
            with self._lock:
                self._building.discard(name)
                if name in self._segments:
                    self._graphs[name] = graph

        for name, segment in todo:
            threading.Thread(target=build, args=(name, segment), daemon=True).start()


def build_graph(segment: faiss.IndexIDMap2) -> faiss.Index:
    """An IndexIDMap(IndexHNSWFlat), inner product, over a segment's vectors under the same ids.

    Uses faiss's OpenMP threads: building is the one step here worth both cores.
    """
    import faiss

    graph = faiss.IndexHNSWFlat(segment.d, NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = BUILD_EFFORT
    approximate = faiss.IndexIDMap(graph)
    copy_vectors(segment, approximate)
    return approximate


def copy_vectors(segment: faiss.IndexIDMap2, target: faiss.IndexIDMap) -> None:
    """Add every vector of a segment to target under the same chunk ids, a batch at a time."""
    ids = segment_ids(segment)
    for start in range(0, segment.ntotal, _BUILD_BATCH):
        rows = _rows(segment, start, min(_BUILD_BATCH, segment.ntotal - start))
        target.add_with_ids(rows, ids[start : start + len(rows)])


def _rows(segment: faiss.IndexIDMap2, start: int, count: int) -> np.ndarray:
    import faiss

    return faiss.downcast_index(segment.index).reconstruct_n(start, count)


def search_graph(
    graph: Any,
    segment: Any,
    query: np.ndarray,
    k: int,
    allowed: Sequence[int] | None = None,
    deleted: Collection[int] = frozenset(),
    candidates: int = APPROXIMATE_CANDIDATES,
) -> list[tuple[int, float]]:
    """The k nearest live chunks of a segment: its graph proposes candidates (also the walk's
    efSearch), the segment's exact vectors rank them, so every score is the exact cosine.

    Args:
        allowed: only these chunk ids (None: all); filtered before ranking.
        deleted: ids to leave out (their vectors are still in the segment).
    """
    import faiss
    import numpy as np

    query = np.asarray(query, dtype=np.float32).reshape(1, -1)
    if k <= 0 or segment.ntotal == 0 or (allowed is not None and len(allowed) == 0):
        return []
    wanted = min(max(candidates, 4 * k) + len(deleted), max(segment.ntotal, 1))
    if allowed is None:
        params = faiss.SearchParametersHNSW(efSearch=wanted)
    else:
        selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
        # The walk visits forbidden nodes too, so to meet `wanted` allowed ones it must look
        # about ntotal/len(allowed) times wider; past MAX_FILTERED_EFFORT the exact scan, which
        # only computes allowed ids, is faster and never misses.
        effort = math.ceil(wanted * max(graph.ntotal, 1) / len(allowed))
        if effort > MAX_FILTERED_EFFORT:
            sel = faiss.SearchParameters(sel=selector)
            scores, ids = segment.search(query, min(k, segment.ntotal), params=sel)
            return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
        params = faiss.SearchParametersHNSW(sel=selector, efSearch=effort)
    _, found = graph.search(query, wanted, params=params)
    ids = np.asarray([i for i in found[0].tolist() if i >= 0 and i not in deleted], np.int64)
    if not len(ids):
        return []
    scores = segment.reconstruct_batch(ids) @ query[0]
    best = np.argsort(-scores, kind="stable")[:k]
    return [(int(ids[i]), float(scores[i])) for i in best]
