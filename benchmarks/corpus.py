"""Benchmark corpora: N generated Dutch news articles with known duplicate clusters.

A thin command around `stancewatch.synth` (seeded, any size, ~20% duplicates: exact copies in
other encodings / line endings / whitespace, edited copies, reprints). Next to the .txt files it
writes `clusters.csv` (file, cluster, variant): files of one cluster are one story, the first of
them the original. Every file gets an mtime a minute in the past, so a run does not take them
for files still being written.

    python -m benchmarks.corpus /tmp/corpus-10000 --n 10000 --seed 7
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import time
from pathlib import Path

from stancewatch.synth import REALISTIC_STATEMENT_SHARE, generate_corpus

_MARKER = ".benchmark-corpus"


def write(
    folder: Path,
    n: int,
    seed: int = 7,
    prefix: str = "",
    statement_share: float = REALISTIC_STATEMENT_SHARE,
) -> Path:
    """Write the corpus of (n, seed, statement_share) into `folder` (reused when it is there)."""
    folder = Path(folder)
    marker = folder / _MARKER
    stamp = f"n={n} seed={seed} prefix={prefix} statement_share={statement_share}"
    if marker.exists() and marker.read_text() == stamp:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    files = generate_corpus(n, seed=seed, statement_share=statement_share)
    past = time.time() - 60
    with (folder / "clusters.csv").open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["source_file", "cluster", "variant"])
        for f in files:
            path = folder / f"{prefix}{f.name}"
            path.write_bytes(f.to_bytes())
            os.utime(path, (past, past))
            out.writerow([path.name, f.cluster, f.variant])
    marker.write_text(stamp)
    return folder


def add_new_files(
    folder: Path, n: int, seed: int, statement_share: float = REALISTIC_STATEMENT_SHARE
) -> list[Path]:
    """Add `n` further articles (another seed, names that sort after the corpus) to `folder`."""
    paths = []
    past = time.time() - 60
    for f in generate_corpus(n, seed=seed, statement_share=statement_share):
        path = Path(folder) / f"new{seed}_{f.name}"
        path.write_bytes(f.to_bytes())
        os.utime(path, (past, past))
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--statement-share", type=float, default=REALISTIC_STATEMENT_SHARE,
                    help="chance that a body sentence is a Kremlin statement")
    args = ap.parse_args()
    write(args.folder, args.n, args.seed, statement_share=args.statement_share)
    print(f"{args.n} articles in {args.folder} (clusters in clusters.csv)")


if __name__ == "__main__":
    main()
