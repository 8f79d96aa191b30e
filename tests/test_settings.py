"""Settings: defaults, the environment, and errors that name the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import Settings, SettingsError


def test_defaults_are_the_documented_ones() -> None:
    settings = Settings()
    assert settings.documents_dir == Path("documents")
    assert settings.index_dir == Path("index")
    assert settings.model == "all-MiniLM-L6-v2"
    assert settings.top_k == 5


def test_from_env_reads_spotlight_variables() -> None:
    settings = Settings.from_env(
        {"SPOTLIGHT_TOP_K": "8", "SPOTLIGHT_INDEX_DIR": "/tmp/x", "HOME": "/root"}
    )
    assert settings.top_k == 8
    assert settings.index_dir == Path("/tmp/x")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"top_k": 0}, "top_k"),
        ({"chunk_tokens": 5}, "chunk_tokens"),
        ({"answer_threshold": 2.5}, "answer_threshold"),
        ({"model": " "}, "model"),
        ({"max_file_mb": -1}, "max_file_mb"),
        ({"batch_size": True}, "batch_size"),
        ({"retrieval": "semantic"}, "retrieval"),
        ({"fusion": "max"}, "fusion"),
        ({"dense_weight": 1.5}, "dense_weight"),
        ({"rrf_k": 0}, "rrf_k"),
    ],
)
def test_invalid_values_name_the_field(changes: dict[str, object], field: str) -> None:
    with pytest.raises(SettingsError, match=field):
        Settings(**changes)  # type: ignore[arg-type]


def test_unknown_environment_variable_fails_loudly() -> None:
    with pytest.raises(SettingsError, match="SPOTLIGHT_TOPK"):
        Settings.from_env({"SPOTLIGHT_TOPK": "3"})


def test_non_number_in_environment_names_the_variable() -> None:
    with pytest.raises(SettingsError, match="SPOTLIGHT_TOP_K"):
        Settings.from_env({"SPOTLIGHT_TOP_K": "many"})


def test_replace_refuses_unknown_fields() -> None:
    with pytest.raises(SettingsError, match="colour"):
        Settings().replace(colour="blue")
