"""The SQL runner: builds the models of `sql/` in their declared order, then runs the data tests.

Staging and intermediate models become views, marts become tables. Everything happens in one
transaction: when any data test returns rows, the transaction is rolled back, so the previously
published marts stay as they were and the run fails naming the rule and its offending rows.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from warehouse.connection import DEFAULT_LOCK_TIMEOUT_S, transaction
from warehouse.schema import ensure_schema

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
ORDER_FILE = "models.txt"
LAYERS = ("staging", "intermediate", "marts")
_MATERIALIZATION = {"staging": "view", "intermediate": "view", "marts": "table"}


@dataclass(frozen=True)
class Model:
    """One SQL model: a file whose name is the table or view it builds."""

    name: str
    layer: str
    path: Path

    @property
    def materialization(self) -> str:
        return _MATERIALIZATION[self.layer]

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class DataTestResult:
    """The outcome of one data test: the rows that break its rule (none = passed)."""

    name: str
    rule: str
    n_failing: int
    sample: list[tuple]
    columns: list[str]

    @property
    def passed(self) -> bool:
        return self.n_failing == 0


@dataclass
class BuildResult:
    models: list[str] = field(default_factory=list)
    tests: list[DataTestResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed_tests(self) -> list[DataTestResult]:
        return [t for t in self.tests if not t.passed]


class DataTestFailed(RuntimeError):
    """One or more data tests returned rows; the marts were not published."""

    def __init__(self, failures: list[DataTestResult]) -> None:
        self.failures = failures
        lines = ["data tests failed, marts not published:"]
        for f in failures:
            lines.append(f"- {f.name} ({f.rule}): {f.n_failing} row(s), e.g.")
            lines.append(f"    columns: {', '.join(f.columns)}")
            lines.extend(f"    {row}" for row in f.sample)
        super().__init__("\n".join(lines))


def declared_order(sql_dir: Path = SQL_DIR) -> list[str]:
    """The model paths listed in sql/models.txt, in build order."""
    lines = (sql_dir / ORDER_FILE).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def model_files(sql_dir: Path = SQL_DIR) -> list[str]:
    """Every model file on disk, as paths relative to sql/."""
    return sorted(
        p.relative_to(sql_dir).as_posix()
        for layer in LAYERS
        for p in (sql_dir / layer).glob("*.sql")
    )


def load_models(sql_dir: Path = SQL_DIR) -> list[Model]:
    """The models in declared order; fails when the order and the files disagree."""
    order = declared_order(sql_dir)
    on_disk = set(model_files(sql_dir))
    missing = [m for m in order if m not in on_disk]
    unlisted = sorted(on_disk - set(order))
    if missing or unlisted:
        raise ValueError(
            f"sql/{ORDER_FILE} and the model files disagree: "
            f"listed but missing {missing}, present but not listed {unlisted}"
        )
    models = []
    for rel in order:
        layer, filename = rel.split("/", 1)
        models.append(Model(name=Path(filename).stem, layer=layer, path=sql_dir / rel))
    return models


def data_tests(sql_dir: Path = SQL_DIR) -> list[Path]:
    return sorted((sql_dir / "tests").glob("*.sql"))


def _rule(sql: str) -> str:
    for line in sql.splitlines():
        if line.startswith("--"):
            return line.lstrip("- ").removeprefix("Rule:").strip()
    return ""


def build_models_in(con: duckdb.DuckDBPyConnection, models: list[Model]) -> None:
    """Create or replace each model inside the caller's transaction."""
    for model in models:
        body = model.sql().strip().rstrip(";")
        con.execute(f"create or replace {model.materialization} {model.name} as\n{body}")


def run_data_tests_in(
    con: duckdb.DuckDBPyConnection, tests: list[Path], sample_size: int = 5
) -> list[DataTestResult]:
    """Run each data test query; each returns the rows breaking its rule."""
    results = []
    for path in tests:
        sql = path.read_text(encoding="utf-8")
        cur = con.execute(f"select * from ({sql.strip().rstrip(';')}) as offending")
        rows = cur.fetchall()
        columns = [d[0] for d in cur.description]
        results.append(
            DataTestResult(path.stem, _rule(sql), len(rows), rows[:sample_size], columns)
        )
    return results


def build(
    db_path: str | Path,
    *,
    sql_dir: Path = SQL_DIR,
    timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
) -> BuildResult:
    """Build every model and publish them only if all data tests pass."""
    started = time.perf_counter()
    models = load_models(sql_dir)
    result = BuildResult(models=[m.name for m in models])
    failures: list[DataTestResult] = []
    with transaction(db_path, timeout_s=timeout_s, label="build") as con:
        ensure_schema(con)
        build_models_in(con, models)
        result.tests = run_data_tests_in(con, data_tests(sql_dir))
        failures = result.failed_tests
        if failures:
            raise DataTestFailed(failures)
    result.seconds = time.perf_counter() - started
    return result
