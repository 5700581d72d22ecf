"""House rules that a reader would otherwise have to police by hand: no function (tests and
benchmarks included) runs over 80 lines, migrations aside; demo helpers stay out of services."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ["core", "accounts", "cms", "courses", "assessments", "certificates", "reports", "lms"]
MAX_LINES = 80


def _python_files():
    for folder in [*FOLDERS, "tests", "bench"]:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def long_functions(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename=name)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = node.end_lineno - node.lineno + 1
            if length > MAX_LINES:
                found.append(f"{name}:{node.lineno} {node.name} ({length} lines)")
    return found


def test_no_function_is_longer_than_80_lines():
    found = []
    for path in _python_files():
        found += long_functions(path.read_text(), str(path.relative_to(ROOT)))
    assert found == []


def test_the_check_finds_a_long_function():
    source = "def f():\n" + "    x = 1\n" * MAX_LINES
    assert long_functions(source, "probe.py") == ["probe.py:1 f (81 lines)"]


def test_services_hold_no_demo_helpers():
    """Demo data is written by `<app>/demo.py`: a service named for the demo is misplaced."""
    found = []
    for folder in FOLDERS:
        path = ROOT / folder / "services.py"
        if path.exists():
            tree = ast.parse(path.read_text())
            found += [
                f"{folder}/services.py: {node.name}"
                for node in tree.body
                if isinstance(node, ast.FunctionDef) and "demo" in node.name
            ]
    assert found == []
