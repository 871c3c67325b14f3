"""Style guards: ruff on the Python code, sqlfluff (duckdb dialect, lowercase) on sql/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def test_python_code_passes_ruff():
    out = subprocess.run(
        [
            str(BIN / "ruff"),
            "check",
            "--no-cache",
            "stancewatch",
            "flows",
            "warehouse",
            "tests",
            "benchmarks",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_sql_models_and_data_tests_pass_sqlfluff():
    out = subprocess.run(
        [str(BIN / "sqlfluff"), "lint", "sql"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_domain_package_imports_neither_prefect_nor_duckdb():
    code = (
        "import sys, importlib, pkgutil, stancewatch\n"
        "for m in pkgutil.iter_modules(stancewatch.__path__):\n"
        "    if m.name not in ('cli', '__main__'):\n"
        "        importlib.import_module('stancewatch.' + m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('prefect', 'duckdb'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
