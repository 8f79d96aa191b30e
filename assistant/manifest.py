"""The index describes itself: manifest.json (and its copy in SQLite) records the schema, the
model and its dimension, the chunking and the library version; an index built otherwise is
refused with the command that rebuilds it."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from ._version import __version__
from .errors import IndexCorruptError, IndexMismatchError
from .vectors import durable_replace

log = logging.getLogger(__name__)

SCHEMA_VERSION = 5  # 5: vectors in segments, sentence spans with every chunk
REBUILD_COMMAND = "spotlight index --rebuild"


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an index was built with; an index is only ever opened with the same."""

    model: str
    chunk_tokens: int
    dimension: int = 0  # known once the model has embedded something
    schema: int = SCHEMA_VERSION

    def fields(self, generation: int) -> dict[str, object]:
        """The manifest as written, for the given generation."""
        return {
            "schema": self.schema,
            "model": self.model,
            "dimension": self.dimension,
            "chunk_tokens": self.chunk_tokens,
            "generation": generation,
            "library": __version__,
        }


def checked(expected: Manifest, index_dir: Path, stored: dict[str, str]) -> Manifest:
    """The manifest of the index in index_dir, refused if built with other settings; a lagging
    manifest.json is brought up to date.

    SQLite holds the same fields (stored: its meta table), written in the commit's transaction,
    so a process killed between that commit and the file's rewrite leaves nothing ambiguous.

    Raises:
        IndexMismatchError: schema, model or chunking differ (the message names the rebuild).
        IndexCorruptError: manifest.json cannot be read.
    """
    path = index_dir / "manifest.json"
    try:
        found = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, ValueError) as exc:
        raise IndexCorruptError(f"{path} is damaged ({exc}); rebuild: {REBUILD_COMMAND}") from exc
    if "model" in stored:
        found = {**found, **json.loads(stored["manifest"])}
    if not found:
        return expected  # a new, empty index
    for field in ("schema", "model", "chunk_tokens"):
        if found.get(field) != getattr(expected, field):
            raise IndexMismatchError(
                f"the index in {index_dir} was built with {field}={found.get(field)!r}, "
                f"but the settings say {getattr(expected, field)!r}; rebuild it with "
                f"`{REBUILD_COMMAND}` or change the setting back"
            )
    manifest = Manifest(expected.model, expected.chunk_tokens, int(found["dimension"]))
    generation = int(stored.get("generation", -1))
    if found.get("generation") != generation and generation >= 0:
        try:
            write_manifest(index_dir, manifest, generation)
        except OSError:
            log.warning("manifest.json in %s is behind; it is rewritten at the next sync", path)
    return manifest


def write_manifest(index_dir: Path, manifest: Manifest, generation: int) -> None:
    """Write manifest.json durably (temporary name, fsync, rename)."""
    path = index_dir / "manifest.json"
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(manifest.fields(generation), indent=2) + "\n", encoding="utf-8")
    durable_replace(temporary, path)
