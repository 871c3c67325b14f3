"""A hostile watched folder through `stancewatch run` (issues #3 and #8), and security guards.

Every .txt file ends either in `articles` or in `rejected_files` with a reason a user understands;
encodings decode to the very same text; odd names and nested folders work; links never lead out
of the folder; a changed file becomes a new version next to the old one; a huge single-line file
neither crashes the run nor blows up its memory. Then: every SQL statement that carries a value
binds it as a parameter, and `stancewatch sql` can neither write the warehouse nor files.
"""

from __future__ import annotations

import ast
import codecs
import os
import random
import re
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from stancewatch.cli import main
from tests import runkit
from warehouse.load import init_warehouse
from warehouse.query import QueryRefused, check_read_only, run_query

REPO = Path(__file__).resolve().parent.parent

ARTICLE = (
    "{title}\n\nMOSKOU (Belga) - 3 maart 2024\n\n"
    "De Russische president Vladimir Poetin zei dinsdag dat de Verenigde Staten \"een gevaarlijk "
    "spel spelen\" in Oekraïne. Volgens Kremlinwoordvoerder Dmitri Peskov is er geen ruimte voor "
    "overleg met Washington zolang de sancties blijven.\n\n"
    "Café-eigenaar Jürgen keek toe: \"Dit is één grote vergissing,\" zei hij tegen België's "
    "pers.\n"
)
TITLE = "Poetin waarschuwt de Verenigde Staten voor escalatie"
BODY_WORDS = ("Oekraïne", "Café-eigenaar Jürgen", "één grote vergissing", "België's")
# the same article in every encoding analysts' tools write: all must decode to the same text
ENCODED = {
    "utf8.txt": ARTICLE.format(title=TITLE).encode("utf-8"),
    "utf8 met bom.txt": codecs.BOM_UTF8 + ARTICLE.format(title=TITLE).encode(),
    "utf16 le.txt": ARTICLE.format(title=TITLE).encode("utf-16"),
    "utf16 be.txt": codecs.BOM_UTF16_BE
    + ARTICLE.format(title=TITLE).encode("utf-16-be"),
    "utf16 zonder bom.txt": ARTICLE.format(title=TITLE).encode("utf-16-le"),
    "windows1252.txt": ARTICLE.format(title=TITLE).encode("cp1252"),
    "utf8 met windows1252.txt": ARTICLE.format(title=TITLE).encode().replace(
        "één".encode(), "één".encode("cp1252")),  # a few bytes pasted from an old tool
    "latin1.txt": ARTICLE.format(title=TITLE).encode("latin-1"),
    "oude mac.txt": ARTICLE.format(title=TITLE).replace("\n", "\r").encode(),
}
ODD_NAMES = (
    "naam met spaties en é.txt",
    "-begint met een streepje.txt",
    "quote's \"en\" ; puntkomma.txt",
    "emoji 📰 nieuws.txt",
    "diep/in/de/map/artikel.txt",
    "map.txt/binnen.txt",
    "HOOFDLETTERS.TXT",
    "n" * 200 + ".txt",
)
REJECTED = {  # file -> what the reason must say
    "leeg.txt": r"^empty file",
    "alleen spaties.txt": r"^empty file",
    "plaatje.txt": r"^binary file: looks like a PNG image",
    "ruis.txt": r"^binary file",
    "document.txt": r"^binary file: looks like a PDF",
    "kapot utf16.txt": r"^undecodable text",
    "stuurtekens.txt": r"^binary file: contains many control bytes",
    "alleen meubilair.txt": r"^nothing left after cleaning",
    "te groot.txt": r"^file too large \(3,\d{3},\d{3} bytes; the limit is 2,097,152 bytes\)",
    "link naar buiten.txt": r"^link points outside the watched folder",
    "map naar buiten": r"^link points outside the watched folder",
    "kapotte link.txt": r"^broken link",
}
SINGLE_LINE = "één regel.txt"
SECRET = "Geheim: dit staat buiten de map"


def _write(root: Path, name: str, data: bytes | str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def _hostile_folder(root: Path) -> None:
    outside = root.parent / "buiten"
    outside.mkdir()
    (outside / "geheim.txt").write_text(f"{SECRET}\n\n{SECRET} en mag niet gelezen worden.\n")
    noise = random.Random(8)
    for name, data in ENCODED.items():
        _write(root, name, data)
    for i, name in enumerate(ODD_NAMES):
        _write(root, name, ARTICLE.format(title=f"Lavrov en Peskov, deel {i}"))
    _write(root, "leeg.txt", b"")
    _write(root, "alleen spaties.txt", b"   \n\n\t  \r\n")
    _write(root, "plaatje.txt", b"\x89PNG\r\n\x1a\n" + noise.randbytes(3000))
    _write(root, "ruis.txt", noise.randbytes(5000))
    _write(root, "document.txt", b"%PDF-1.4\n" + noise.randbytes(2000))
    _write(root, "kapot utf16.txt", codecs.BOM_UTF16_LE + b"A\x00\x00\xd8")
    _write(root, "stuurtekens.txt", "Titel\n\n" + "\x01\x02\x03\x04 tekst " * 200)
    _write(root, "alleen meubilair.txt",
           "Lees ook: Poetin zegt nee\n\nAdvertentie\n\nDeel dit artikel\n\nLeestijd 3 minuten\n")
    _write(root, "te groot.txt", "Lavrov zei iets over de VS. " * 120_000)  # 3.4 MB
    sentence = "Het Kremlin zei dat Washington moet stoppen met provoceren. "
    _write(root, SINGLE_LINE, sentence * 16_000)  # 1 MB on one line
    _write(root, "stray nul.txt", ARTICLE.format(title="Een NUL-byte op het einde") * 3 + "\0")
    cp1252_only = ARTICLE.format(title="Sancties") + "“Nee” – het kost € 5 miljard, zei hij.\n"
    _write(root, "windows1252 tekens.txt", cp1252_only.encode("cp1252"))
    _write(root, "leesmij.md", "geen artikel: geen .txt")
    os.symlink(outside / "geheim.txt", root / "link naar buiten.txt")
    os.symlink(outside, root / "map naar buiten")
    os.symlink("diep/in/de/map/artikel.txt", root / "link binnen.txt")
    os.symlink("bestaat niet.txt", root / "kapotte link.txt")
    os.symlink("..", root / "diep" / "lus")  # a loop back to the top
    runkit.age_files(root)


ARTICLES = {*ENCODED, *ODD_NAMES, SINGLE_LINE, "stray nul.txt", "link binnen.txt",
            "windows1252 tekens.txt"}


@pytest.fixture(scope="module")
def api_url(prefect_harness: None) -> str:
    from prefect.settings import PREFECT_API_URL

    return str(PREFECT_API_URL.value())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, api_url: str) -> tuple[Path, Path, object]:
    """The folder, the warehouse after one `stancewatch run --max-file-mb 2`, and that run."""
    base = tmp_path_factory.mktemp("hostile")
    root = base / "map"
    root.mkdir()
    _hostile_folder(root)
    db = base / "w.duckdb"
    result = runkit.run(root, db, api_url, extra=["--max-file-mb", "2"])
    assert result.returncode == 0, result.stderr[-3000:]
    return root, db, result


def test_every_txt_file_is_an_article_or_a_rejection_with_a_reason(hostile):
    _, db, _ = hostile
    articles = {r[0] for r in runkit.rows(db, "select source_file from articles")}
    rejected = dict(runkit.rows(db, "select source_file, reason from rejected_files"))
    assert articles == ARTICLES
    assert set(rejected) == set(REJECTED)
    for name, pattern in REJECTED.items():
        assert re.search(pattern, rejected[name]), (name, rejected[name])
    assert runkit.rows(db, "select status, rejected from runs") == [("completed", len(REJECTED))]


def test_every_encoding_decodes_to_the_same_text(hostile):
    _, db, _ = hostile
    bodies = dict(runkit.rows(db, "select source_file, body from articles"))
    reference = bodies["utf8.txt"]
    assert all(word in reference for word in BODY_WORDS)
    for name in ENCODED:
        assert bodies[name] == reference, name
    kinds = dict(runkit.rows(db, "select source_file, duplicate_kind from articles"))
    assert {kinds[n] for n in ENCODED if n != "utf8.txt"} == {"exact"}
    assert "“Nee” – het kost € 5 miljard" in bodies["windows1252 tekens.txt"]
    assert "\0" not in bodies["stray nul.txt"]


def test_odd_names_and_nested_folders_keep_their_relative_path(hostile):
    _, db, _ = hostile
    texts = dict(runkit.rows(db, "select source_file, raw_text from raw_articles"))
    for i, name in enumerate(ODD_NAMES):
        assert texts[name].startswith(f"Lavrov en Peskov, deel {i}\n"), name
    assert texts["link binnen.txt"] == texts["diep/in/de/map/artikel.txt"]


def test_nothing_outside_the_folder_is_read(hostile):
    _, db, _ = hostile
    leaked = runkit.scalar(
        db, "select count(*) from raw_articles where contains(raw_text, ?)", [SECRET]
    )
    assert leaked == 0
    assert not [r for r in runkit.rows(db, "select source_file from articles")
                if "buiten" in r[0] or "lus/" in r[0]]


def test_a_huge_single_line_file_neither_crashes_the_run_nor_blows_up_its_memory(hostile):
    _, db, result = hostile
    size = runkit.scalar(db, "select length(body) from articles where source_file = ?",
                         [SINGLE_LINE])
    assert isinstance(size, int) and size > 900_000
    assert runkit.scalar(
        db, "select count(*) from statements join articles using (article_id) "
        "where source_file = ?", [SINGLE_LINE]
    )
    assert 0 < result.peak_mb < 1500, f"peak memory {result.peak_mb:.0f} MB"


@pytest.mark.usefixtures("prefect_harness")
def test_a_changed_file_is_a_new_version_and_a_fixed_file_is_ingested(hostile, tmp_path: Path):
    import shutil

    root, db, _ = hostile
    folder, copy = tmp_path / "map", tmp_path / "w.duckdb"
    shutil.copytree(root, folder, symlinks=True)  # links inside the folder are relative
    shutil.copy(db, copy)
    _write(folder, "utf8.txt", ARTICLE.format(title=f"{TITLE} (bijgewerkt)"))
    _write(folder, "leeg.txt", ARTICLE.format(title="Eindelijk tekst"))
    past = time.time_ns() - 60 * 10**9
    for name in ("utf8.txt", "leeg.txt"):
        os.utime(folder / name, ns=(past, past))
    out = CliRunner().invoke(main, ["run", "--seeds", str(folder), "--db", str(copy),
                                    "--max-file-mb", "2"])
    assert out.exit_code == 0, out.output
    versions = runkit.rows(copy, "select raw_text from raw_articles where source_file = "
                           "'utf8.txt' order by ingested_at")
    assert [v[0].split("\n")[0] for v in versions] == [TITLE, f"{TITLE} (bijgewerkt)"]
    fixed = runkit.rows(copy, "select raw_text from raw_articles where source_file = 'leeg.txt'")
    assert [v[0].split("\n")[0] for v in fixed] == ["Eindelijk tekst"]
    assert runkit.scalar(copy, "select count(*) from rejected_files where source_file = "
                         "'leeg.txt'") == 1  # the history stays
    assert runkit.scalar(copy, "select count(*) from articles") == len(ARTICLES) + 2


# -- security -------------------------------------------------------------------------------


def test_a_file_swapped_for_an_outside_link_after_the_scan_is_not_read(tmp_path: Path):
    from datetime import datetime

    from stancewatch.pipeline import read_files
    from stancewatch.read import scan_folder

    root, outside = tmp_path / "map", tmp_path / "buiten.txt"
    root.mkdir()
    inside, secret = "Titel\n\nPeskov zei iets.\n", "GEHEIM\n\nbuiten de map!!\n"
    assert len(inside) == len(secret)
    (root / "a.txt").write_text(inside)
    outside.write_text(secret)
    past = time.time_ns() - 100 * 10**9
    for path in (root / "a.txt", outside):
        os.utime(path, ns=(past, past))  # same size, same mtime: nothing looks changed
    found, _ = scan_folder(root)
    (root / "a.txt").unlink()
    (root / "a.txt").symlink_to(outside)
    result = read_files(found, set(), ingested_at=datetime(2025, 7, 1), run_id="r", settle_s=0)
    assert all("GEHEIM" not in t for t in result.raw.get_column("raw_text").to_list())


# Names that may be interpolated into SQL text: identifiers from constants in the code and SQL
# text from the repo's own files, never a value. Add a name here only if that stays true.
SQL_FSTRING_NAMES = {
    "table", "on", "n", "cols", "marks",  # warehouse/load.py, query.py: table names, columns
    "old",  # warehouse/schema.py: a table name built from a constant one
    "model.materialization", "model.name", "body",  # warehouse/models.py: sql/ files
    "sql.strip().rstrip(';')",  # warehouse/models.py: the data tests in sql/tests/
}
SQL_CALLS = {"execute", "sql", "query", "executemany"}


def _sql_fstrings(path: Path) -> list[tuple[int, str]]:
    """(line, expression) of every value interpolated into an f-string passed to a SQL call."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS and node.args):
            continue
        arg = node.args[0]
        if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod):
            found.append((node.lineno, "%-formatting"))
        if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
                and arg.func.attr == "format"):
            found.append((node.lineno, ".format()"))
        for part in ast.walk(arg):
            if isinstance(part, ast.FormattedValue):
                found.append((node.lineno, ast.unparse(part.value)))
    return found


def test_sql_that_carries_a_value_binds_it_as_a_parameter():
    files = [p for d in ("warehouse", "flows", "stancewatch") for p in
             (REPO / d).rglob("*.py")]
    offending = [
        f"{p.relative_to(REPO)}:{line}: {expr}"
        for p in files
        for line, expr in _sql_fstrings(p)
        if expr not in SQL_FSTRING_NAMES
    ]
    assert offending == []


def test_the_sql_guard_catches_a_value_in_an_f_string(tmp_path: Path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f(con, name):\n    con.execute(f\"select * from t where x = '{name}'\")\n"
                   "    con.execute('select %s' % name)\n")
    assert [e for _, e in _sql_fstrings(bad)] == ["name", "%-formatting"]


@pytest.mark.parametrize(
    "query",
    [
        "explain analyze copy (select 42) to '{out}'",
        "EXPLAIN (ANALYZE) COPY (select 42) TO '{out}'",
        "select 1; explain analyze copy (select 42) to '{out}'",
        "pragma profiling_output='{out}'",
        "pragma enable_profiling",
        "explain analyze create table x as select 1",
    ],
)
def test_sql_cannot_write_files_or_settings_through_explain_or_pragma(query: str, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    out = tmp_path / "leak.csv"
    with pytest.raises(QueryRefused):
        run_query(db, query.format(out=out))
    assert not out.exists()


@pytest.mark.parametrize(
    "query", ["explain select 1", "pragma table_info('articles')", "pragma show_tables"]
)
def test_sql_still_allows_explain_select_and_informative_pragmas(query: str, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    check_read_only(query)
    assert run_query(db, query).height >= 1


def test_sql_opens_the_warehouse_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from warehouse import query

    db = tmp_path / "w.duckdb"
    init_warehouse(db)
    monkeypatch.setattr(query, "check_read_only", lambda q: None)  # even past the guard
    with pytest.raises(query.QueryError, match="read-only"):
        run_query(db, "create table x as select 1")
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from information_schema.tables "
                       "where table_name = 'x'").fetchall() == [(0,)]
    con.close()
