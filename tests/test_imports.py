"""The import rules: pipeline stages import only lower ones, and every face is used as a face."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ("assistant", "ui", "tests", "benchmarks")

# The pipeline from bottom to top: a module may import its own bracket and the ones before it,
# never one after it. "evaluation.*" is the whole family (its package and every module).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("_version", "errors", "records", "settings"),
    ("read", "textlayer", "glyphs", "ocr", "columns", "notes"),
    ("stems", "names"),
    ("clean", "layout"),
    ("metadata", "byline", "title", "frontpage"),
    ("chunk",),
    ("lexical",),
    ("embed", "e5", "sentence_vectors"),
    ("library", "corrections"),
    ("vectors", "postings"),
    ("manifest",),
    ("rows", "postgres_sql"),
    ("store", "postgres"),
    ("index",),  # the store interface and the choice of backend (index folder or PostgreSQL)
    ("sync", "migrate"),
    ("retrieve",),
    ("answer_score",),
    ("abstain",),  # the question-level decision and the weights file
    ("quote",),
    ("pages", "saved", "audit"),  # page images, saved questions, the query log
    ("staff",),  # the facade's page and saved-question verbs (Assistant inherits them)
    ("assistant",),
    ("",),  # the package face, assistant/__init__.py
    ("watch", "evaluation.*"),
    ("cli",),
    ("__main__",),  # python -m assistant
)
FACE_MAY_NOT_IMPORT = ("cli", "watch", "evaluation")
PRIVATE_FIELDS = frozenset({"_store", "_embedder"})
SHARED_TEST_HELPERS = frozenset(
    {
        "tests.conftest",
        "tests.pdf_factory",
        "tests.layout_pdf",
        "tests.covers",
        "tests.browser_pdfs",
        "tests.make_sample_pdf",
        "tests.crash_child",
        "tests.postgres_server",
        "tests.browser",
        "tests.recording",
    }
)


@dataclass(frozen=True, slots=True)
class Import:
    module: str  # the project module imported, relative imports resolved
    line: int
    lazy: bool  # inside a function body
    names: bool  # `from <module> import <names>`, the names being no submodule of it


def _files() -> list[Path]:
    return sorted(
        [
            *(ROOT / "assistant").rglob("*.py"),
            *(ROOT / "ui").glob("*.py"),
            *(ROOT / "tests").glob("*.py"),
            *(ROOT / "benchmarks").glob("*.py"),
        ]
    )


def _module(path: Path) -> tuple[str, bool]:
    """The dotted module name of a file and whether it is a package's __init__."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if package else parts), package


MODULES = frozenset(_module(path)[0] for path in _files())
SOURCES = {path: path.read_text(encoding="utf-8") for path in _files()}


def imports_of(source: str, module: str, package: bool, modules: frozenset[str]) -> list[Import]:
    """Every project module the source imports, anywhere in it (functions, TYPE_CHECKING)."""
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(alias.name, node.lineno, lazy, False))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = module.split(".") if package else module.split(".")[:-1]
                here = here[: len(here) - (node.level - 1)]
                base = ".".join([*here, *([node.module] if node.module else [])])
            for alias in node.names:
                submodule = f"{base}.{alias.name}" if base else alias.name
                if submodule in modules:
                    found.append(Import(submodule, node.lineno, lazy, False))
                else:
                    found.append(Import(base, node.lineno, lazy, True))
        inside = lazy or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        for child in ast.iter_child_nodes(node):
            visit(child, inside)

    visit(ast.parse(source), False)
    return [i for i in found if i.module.split(".")[0] in PROJECT]


def _all_imports() -> list[tuple[Path, str, Import]]:
    rows = []
    for path, source in SOURCES.items():
        module, package = _module(path)
        rows.extend((path, module, i) for i in imports_of(source, module, package, MODULES))
    return rows


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT)}:{line}"


def _layer(module: str) -> int | None:
    """The rank of an assistant module ("assistant.store"), or None if it has none."""
    name = module.removeprefix("assistant").removeprefix(".")
    for rank, bracket in enumerate(LAYERS):
        for member in bracket:
            if name == member or (
                member.endswith(".*") and (name == member[:-2] or name.startswith(member[:-1]))
            ):
                return rank
    return None


def test_the_scanner_resolves_relative_lazy_and_package_imports() -> None:
    source = (
        "from . import records\n"
        "from .records import Answer\n"
        "from .evaluation.gold import check\n"
        "from .. import ui\n"
        "import numpy\n"
        "def f():\n"
        "    from ui.app import serve\n"
        "    import assistant.store\n"
        "    from assistant import Settings\n"
    )
    modules = frozenset({"assistant", "assistant.records", "assistant.store", "ui", "ui.app"})
    found = imports_of(source, "assistant.cli", False, modules | {"assistant.evaluation.gold"})
    assert found == [
        Import("assistant.records", 1, False, False),
        Import("assistant.records", 2, False, True),
        Import("assistant.evaluation.gold", 3, False, True),
        Import("ui", 4, False, False),
        Import("ui.app", 7, True, True),
        Import("assistant.store", 8, True, False),
        Import("assistant", 9, True, True),
    ], "relative imports resolved, submodules named through their package, numpy left out"
    # A package's own relative import starts from the package itself.
    inside = imports_of("from .gold import recheck\n", "assistant.evaluation", True, modules)
    assert inside == [Import("assistant.evaluation.gold", 1, False, True)]
    # And on the real tree: the lazy serve import of the CLI, the UI's imports of its siblings.
    cli = [(i.module, i.lazy) for p, _, i in _all_imports() if p == ROOT / "assistant/cli.py"]
    assert ("ui.app", True) in cli, "cli.py imports ui.app inside a function"
    app = {i.module for p, _, i in _all_imports() if p == ROOT / "ui/app.py"}
    assert {"ui.actions", "ui.render", "assistant", "assistant.evaluation.gold"} <= app, app


def test_every_assistant_module_has_a_layer() -> None:
    unranked = sorted(m for m in MODULES if m.startswith("assistant") and _layer(m) is None)
    assert unranked == [], f"place these modules in LAYERS: {unranked}"


def test_pipeline_stages_import_only_lower_stages() -> None:
    face = LAYERS.index(("",))
    problems = []
    for path, module, found in _all_imports():
        if not module.startswith("assistant") or not found.module.startswith("assistant"):
            continue
        importer, imported = _layer(module), _layer(found.module)
        if importer is None or imported is None:
            continue  # test_every_assistant_module_has_a_layer names them
        if module == "assistant":
            name = found.module.removeprefix("assistant.")
            if name.split(".")[0] in FACE_MAY_NOT_IMPORT:
                problems.append(f"{_where(path, found.line)}: the package face imports {name}")
            continue
        if importer == face:
            continue
        if imported > importer:
            problems.append(
                f"{_where(path, found.line)}: {module} imports the higher stage {found.module}"
            )
    assert problems == [], "\n".join(problems)


def test_only_the_cli_imports_the_ui_and_only_lazily() -> None:
    problems = []
    for path, module, found in _all_imports():
        if not module.startswith("assistant"):
            continue
        top = found.module.split(".")[0]
        lazy_serve = module == "assistant.cli" and found.module == "ui.app" and found.lazy
        if top in ("tests", "benchmarks") or (top == "ui" and not lazy_serve):
            problems.append(f"{_where(path, found.line)}: {module} imports {found.module}")
    assert problems == [], "\n".join(problems)


def test_the_ui_uses_the_package_face_and_the_evaluation_family_only() -> None:
    problems = [
        f"{_where(path, found.line)}: {module} imports {found.module}"
        for path, module, found in _all_imports()
        if module.startswith("ui")
        and found.module.split(".")[0] == "assistant"
        and not (
            (found.module == "assistant" and found.names)
            or found.module.startswith("assistant.evaluation")
        )
    ]
    assert problems == [], "\n".join(problems)


def test_no_one_reaches_into_an_assistants_private_fields() -> None:
    allowed = (ROOT / "assistant" / "assistant.py", ROOT / "assistant" / "evaluation")
    problems = []
    for path, source in SOURCES.items():
        if path == allowed[0] or allowed[1] in path.parents:
            continue
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in PRIVATE_FIELDS
                and not (isinstance(node.value, ast.Name) and node.value.id == "self")
            ):
                problems.append(f"{_where(path, node.lineno)}: .{node.attr}")
    assert problems == [], "use the Assistant's public verbs:\n" + "\n".join(problems)


def test_tests_and_benchmarks_share_helpers_only_through_conftest_and_the_factory() -> None:
    problems = []
    for path, module, found in _all_imports():
        top = module.split(".")[0]
        if top not in ("tests", "benchmarks"):
            continue
        imported = found.module
        if top == "tests" and imported.split(".")[0] == "benchmarks":
            problems.append(f"{_where(path, found.line)}: a test imports {imported}")
        elif (
            imported.startswith("tests.")
            and imported not in SHARED_TEST_HELPERS
            and imported != module
        ):
            problems.append(f"{_where(path, found.line)}: imports the test module {imported}")
    assert problems == [], "\n".join(problems)
