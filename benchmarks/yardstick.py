"""The yardstick of issue #7: the simplest script a user could have written themselves.

Read every .txt file (UTF-8, falling back to Windows-1252), split it into sentences with a
regex, score every sentence with textblob-nl's `.sentiment` (PatternAnalyzer), and write the
scores into DuckDB. The insert is what a simple script would do: collect the rows in lists and
insert them with ONE Arrow table at the end (`--insert executemany` uses a plain executemany
instead, which is far slower in DuckDB and would flatter the pipeline).

No cleaning, no duplicates, no attribution, no targets, no trends: the pipeline must not be
slower than this while doing all of that.

    python benchmarks/yardstick.py CORPUS_DIR --db /tmp/yardstick.duckdb
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import duckdb
import pyarrow as pa
from textblob import TextBlob
from textblob_nl import PatternAnalyzer

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def run(corpus: Path, db_path: Path, insert: str = "arrow") -> dict[str, float]:
    """Score every sentence of every file under `corpus` into `db_path`; return counts and time."""
    t0 = time.perf_counter()
    analyzer = PatternAnalyzer()
    files, sentences, polarity, subjectivity = [], [], [], []
    for path in sorted(corpus.rglob("*.txt")):
        text = _read(path)
        for sentence in _SENTENCE.split(text):
            sentence = sentence.strip()
            if not sentence:
                continue
            score = TextBlob(sentence, analyzer=analyzer).sentiment
            files.append(path.name)
            sentences.append(sentence)
            polarity.append(float(score[0]))
            subjectivity.append(float(score[1]))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.unlink(missing_ok=True)
    con = duckdb.connect(str(db_path))
    con.execute(
        "create table sentence_scores (source_file varchar, sentence varchar, "
        "polarity double, subjectivity double)"
    )
    if insert == "executemany":
        con.executemany(
            "insert into sentence_scores values (?, ?, ?, ?)",
            list(zip(files, sentences, polarity, subjectivity, strict=True)),
        )
    else:
        rows = pa.table(
            {
                "source_file": files,
                "sentence": sentences,
                "polarity": polarity,
                "subjectivity": subjectivity,
            }
        )
        con.register("_rows", rows)
        con.execute("insert into sentence_scores select * from _rows")
    con.close()
    return {
        "files": float(len({*files})),
        "sentences": float(len(sentences)),
        "seconds": time.perf_counter() - t0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--db", type=Path, default=Path("/tmp/stancewatch-yardstick.duckdb"))
    ap.add_argument("--insert", choices=["arrow", "executemany"], default="arrow")
    args = ap.parse_args()
    out = run(args.corpus, args.db, args.insert)
    print(
        f"yardstick: {int(out['files'])} files, {int(out['sentences'])} sentences, "
        f"{out['seconds']:.2f} s"
    )


if __name__ == "__main__":
    main()
