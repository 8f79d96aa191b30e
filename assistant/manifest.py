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

# 5: vectors in segments, sentence spans with every chunk; 6: sentence vectors with every
# chunk. A schema 5 index still opens (its chunks' sentences are encoded at ask time, and
# status says what a rebuild adds); anything older is refused.
SCHEMA_VERSION = 6
READABLE_SCHEMAS = (5, 6)
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
    manifest = agreed(expected, found, str(index_dir))
    generation = int(stored.get("generation", -1))
    if found.get("generation") != generation and generation >= 0:
        try:
            write_manifest(index_dir, manifest, generation)
        except OSError:
            log.warning("manifest.json in %s is behind; it is rewritten at the next sync", path)
    return manifest


def agreed(expected: Manifest, found: dict[str, object], where: str) -> Manifest:
    """The manifest of an index whose stored fields are found, if the settings may open it
    (both backends ask this); it keeps the schema it was built with.

    Raises:
        IndexMismatchError: schema, model or chunking differ (the message names the rebuild).
    """
    for field in ("schema", "model", "chunk_tokens"):
        value, wanted = found.get(field), getattr(expected, field)
        if value != wanted and not (field == "schema" and value in READABLE_SCHEMAS):
            raise IndexMismatchError(
                f"the index in {where} was built with {field}={value!r}, but the settings say "
                f"{wanted!r}; rebuild it with `{REBUILD_COMMAND}` or change the setting back"
            )
    schema = int(found["schema"])  # type: ignore[call-overload]
    dimension = int(found["dimension"])  # type: ignore[call-overload]
    return Manifest(expected.model, expected.chunk_tokens, dimension, schema)


def write_manifest(index_dir: Path, manifest: Manifest, generation: int) -> None:
    """Write manifest.json durably (temporary name, fsync, rename)."""
    path = index_dir / "manifest.json"
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(manifest.fields(generation), indent=2) + "\n", encoding="utf-8")
    durable_replace(temporary, path)
