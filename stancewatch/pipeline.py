"""Batch stages over Polars frames: the domain logic the Prefect flow calls, batch by batch.

Each function takes and returns frames (or plain lists), touches no database and no orchestrator,
so every stage is testable with plain pytest. Column names match the warehouse tables.

The parser, statement and stance modules are imported where they are used, not here: they pull in
textblob-nl (and with it nltk and scipy, ~2 s of CPU) and dateparser, which a flow process whose
worker pool does the parsing and scoring never needs.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from json.encoder import encode_basestring as _json_str

import polars as pl

from stancewatch.dedupe import DuplicateIndex, assign_duplicates, with_fingerprints
from stancewatch.read import DEFAULT_MAX_BYTES, FoundFile, RejectedContent, Rejection, read_file
from stancewatch.sentiment import Evidence

RAW_SCHEMA = {
    "article_id": pl.String,
    "source_file": pl.String,
    "content_sha256": pl.String,
    "raw_text": pl.String,
    "size_bytes": pl.Int64,
    "mtime_ns": pl.Int64,
    "ingested_at": pl.Datetime("us"),
}
ARTICLE_SCHEMA = {
    "article_id": pl.String,
    "source_file": pl.String,
    "content_sha256": pl.String,
    "title": pl.String,
    "source": pl.String,
    "published": pl.Date,
    "published_precision": pl.String,
    "published_from": pl.String,
    "body": pl.String,
    "ingested_at": pl.Datetime("us"),
    "run_id": pl.String,
}
REJECTED_SCHEMA = {
    "source_file": pl.String,
    "reason": pl.String,
    "content_sha256": pl.String,
    "size_bytes": pl.Int64,
    "mtime_ns": pl.Int64,
    "seen_at": pl.Datetime("us"),
    "run_id": pl.String,
}
STATEMENT_SCHEMA = {
    "statement_id": pl.String,
    "article_id": pl.String,
    "speaker": pl.String,
    "kind": pl.String,
    "text": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "speaker_mention": pl.String,
    "cue": pl.String,
}
STANCE_SCHEMA = {
    "statement_id": pl.String,
    "target": pl.String,
    "target_mention": pl.String,
    "polarity": pl.Float64,
    "subjectivity": pl.Float64,
    "stance": pl.String,
    "evidence": pl.String,
    "target_implied": pl.Boolean,  # the target is only the article's counterpart (stance.py)
    # what the rules alone say (polarity mapped by the thresholds); `stance` is the learned
    # layer's decision from it, the words and the rules' evidence (stancewatch/learned.py)
    "rule_stance": pl.String,
    "stance_probability": pl.Float64,  # the learned layer's probability of `stance`
}
SIGNATURE_SCHEMA = {
    "article_id": pl.String,
    "normalized_sha256": pl.String,
    "signature": pl.List(pl.UInt64),
}


def article_id_for(source_file: str, content_sha256: str) -> str:
    """A content-derived id for one file version: the same file and bytes give the same id."""
    return hashlib.sha256(f"{source_file}\0{content_sha256}".encode()).hexdigest()[:16]


def statement_id_for(article_id: str, start: int, end: int) -> str:
    """A content-derived id for a statement: its article and its span in the cleaned body."""
    return hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:16]


@dataclass
class ReadResult:
    """The outcome of reading a batch of files."""

    raw: pl.DataFrame
    rejected: pl.DataFrame
    unchanged: int = 0
    vanished: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)


def rejections_frame(
    rejections: Iterable[Rejection],
    seen_at: datetime | None,
    run_id: str,
    sizes: dict[str, tuple[int, int]] | None = None,
) -> pl.DataFrame:
    """Rejections as rows of `rejected_files`."""
    sizes = sizes or {}
    rows = [
        {
            "source_file": r.source_file,
            "reason": r.reason,
            "content_sha256": r.content_sha256,
            "size_bytes": sizes.get(r.source_file, (None, None))[0],
            "mtime_ns": sizes.get(r.source_file, (None, None))[1],
            "seen_at": seen_at,
            "run_id": run_id,
        }
        for r in rejections
    ]
    return pl.DataFrame(rows, schema=REJECTED_SCHEMA)


def select_new_files(found: Sequence[FoundFile], known: pl.DataFrame) -> list[FoundFile]:
    """Files whose (name, size, mtime) matches no version accounted for yet, oldest first.

    A file whose name, size and mtime are all known is not even read again; one that changed on
    disk is read and kept only if its content hash is new (see `read_files`).
    """
    seen = {
        (row[0], row[1], row[2])
        for row in known.select("source_file", "size_bytes", "mtime_ns").iter_rows()
    }
    fresh = [f for f in found if (f.source_file, f.size, f.mtime_ns) not in seen]
    return sorted(fresh, key=lambda f: (f.mtime_ns, f.source_file))


def read_files(
    files: Sequence[FoundFile],
    known_versions: set[tuple[str, str]],
    *,
    ingested_at: datetime,
    run_id: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    settle_s: float = 1.0,
) -> ReadResult:
    """Read and decode a batch; known (file, hash) versions are skipped, bad files rejected.

    A file still being written (changed since the folder was scanned, or modified less than
    `settle_s` ago) is deferred to the next run rather than ingested half.
    """
    raw_rows, rejections, sizes = [], [], {}
    unchanged, vanished, deferred = 0, [], []
    for f in files:
        sizes[f.source_file] = (f.size, f.mtime_ns)
        try:
            if _still_changing(f, settle_s):
                deferred.append(f.source_file)
                continue
        except FileNotFoundError:
            vanished.append(f.source_file)
            continue
        try:
            data, text = read_file(f, max_bytes)
        except FileNotFoundError:
            vanished.append(f.source_file)
            continue
        except RejectedContent as exc:
            sha = exc.content_sha256 or _sha_or_none(f, max_bytes)
            rejections.append(Rejection(f.source_file, exc.reason, sha))
            continue
        sha = hashlib.sha256(data).hexdigest()
        if (f.source_file, sha) in known_versions:
            unchanged += 1
            continue
        known_versions.add((f.source_file, sha))
        raw_rows.append(
            {
                "article_id": article_id_for(f.source_file, sha),
                "source_file": f.source_file,
                "content_sha256": sha,
                "raw_text": text,
                "size_bytes": f.size,
                "mtime_ns": f.mtime_ns,
                "ingested_at": ingested_at,
            }
        )
    return ReadResult(
        raw=pl.DataFrame(raw_rows, schema=RAW_SCHEMA),
        rejected=rejections_frame(rejections, ingested_at, run_id, sizes),
        unchanged=unchanged,
        vanished=vanished,
        deferred=deferred,
    )


def _still_changing(f: FoundFile, settle_s: float) -> bool:
    """True when the file changed since it was scanned or was modified very recently."""
    st = f.path.stat()
    if (st.st_size, st.st_mtime_ns) != (f.size, f.mtime_ns):
        return True
    return time.time_ns() - st.st_mtime_ns < settle_s * 1e9


def _sha_or_none(f: FoundFile, max_bytes: int) -> str | None:
    """The hash of a rejected file's bytes when it is small enough to read, so a later edit of it
    counts as a new version."""
    try:
        if f.path.stat().st_size <= max_bytes:
            return hashlib.sha256(f.path.read_bytes()).hexdigest()
    except OSError:
        pass
    return None


def parse_articles(raw: pl.DataFrame, *, run_id: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Metadata and cleaned body per raw article; an empty body becomes a rejection."""
    from stancewatch.parse import parse_article

    rows, rejected, sizes = [], [], {}
    for rec in raw.iter_rows(named=True):
        parsed = parse_article(rec["raw_text"])
        if not parsed.body.strip():
            reason = "nothing left after cleaning (only page furniture)"
            rejected.append(Rejection(rec["source_file"], reason, rec["content_sha256"]))
            sizes[rec["source_file"]] = (rec["size_bytes"], rec["mtime_ns"])
            continue
        rows.append(
            {
                "article_id": rec["article_id"],
                "source_file": rec["source_file"],
                "content_sha256": rec["content_sha256"],
                "title": parsed.title,
                "source": parsed.source,
                "published": parsed.published,
                "published_precision": parsed.published_precision,
                "published_from": parsed.published_from,
                "body": parsed.body,
                "ingested_at": rec["ingested_at"],
                "run_id": run_id,
            }
        )
    seen_at = raw.get_column("ingested_at")[0] if raw.height else None  # one per run
    return (
        pl.DataFrame(rows, schema=ARTICLE_SCHEMA),
        rejections_frame(rejected, seen_at, run_id, sizes),
    )


def parse_and_fingerprint(raw: pl.DataFrame, *, run_id: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`parse_articles`, plus each body's duplicate-detection fingerprints (columns
    normalized_sha256 and signature). Why together: fingerprinting is pure per-article CPU work
    (MinHash), so it belongs in the worker that parsed the batch; only the order-dependent
    matching against the index is left to `dedupe_articles` in the flow's thread."""
    articles, rejected = parse_articles(raw, run_id=run_id)
    return with_fingerprints(articles), rejected


def dedupe_articles(
    articles: pl.DataFrame, index: DuplicateIndex
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Mark exact and near duplicates against everything seen before; return articles + signatures.

    The index is updated in place with the batch's canonical articles. Fingerprints computed
    by `parse_and_fingerprint` are used when the frame has them.
    """
    fingerprinted = "signature" in articles.columns
    marks_input = articles.select(
        "article_id", "body", *(("normalized_sha256", "signature") if fingerprinted else ())
    )
    articles = articles.drop("normalized_sha256", "signature", strict=False)
    if articles.is_empty():
        return (
            articles.with_columns(
                pl.lit(None, pl.String).alias("duplicate_of"),
                pl.lit(None, pl.String).alias("duplicate_kind"),
                pl.lit(None, pl.Float64).alias("similarity"),
                pl.lit(None, pl.String).alias("normalized_sha256"),
            ),
            pl.DataFrame(schema=SIGNATURE_SCHEMA),
        )
    marks = assign_duplicates(marks_input, index)
    out = articles.join(
        marks.select(
            "article_id", "duplicate_of", "duplicate_kind", "similarity", "normalized_sha256"
        ),
        on="article_id",
        how="left",
        maintain_order="left",
    )
    signatures = marks.filter(pl.col("duplicate_of").is_null()).select(
        "article_id", "normalized_sha256", pl.col("signature").cast(pl.List(pl.UInt64))
    )
    return out, signatures


def find_statements(articles: pl.DataFrame) -> pl.DataFrame:
    """Statements of Russian officials in the canonical articles of a batch."""
    from stancewatch.statements import extract_statements

    rows = []
    canonical = (
        articles.filter(pl.col("duplicate_of").is_null())
        if ("duplicate_of" in articles.columns)
        else articles
    )
    for rec in canonical.select("article_id", "body", "published").iter_rows(named=True):
        for st in extract_statements(rec["body"], rec["published"]):
            rows.append(
                {
                    "statement_id": statement_id_for(rec["article_id"], st.start, st.end),
                    "article_id": rec["article_id"],
                    "speaker": st.speaker,
                    "kind": st.kind,
                    "text": st.text,
                    "char_start": st.start,
                    "char_end": st.end,
                    "speaker_mention": st.speaker_mention,
                    "cue": st.cue,
                }
            )
    return pl.DataFrame(rows, schema=STATEMENT_SCHEMA)


def _evidence_json(evidence: Iterable[object]) -> str:
    """The evidence as a JSON list of objects, exactly as `json.dumps([vars(e) ...],
    ensure_ascii=False)` writes it. Evidence rows are written directly with json's own string
    encoder (3x faster than `json.dumps`, measured; ~7% of the scoring stage went to it).
    Anything else (another type; a polarity that is not a finite float, which json writes as
    NaN, Infinity or an int) goes through `json.dumps`."""
    items = tuple(evidence)
    if not items:
        return "[]"
    if all(
        type(e) is Evidence and type(e.polarity) is float and math.isfinite(e.polarity)
        for e in items
    ):
        return (
            "["
            + ", ".join(
                f'{{"words": {_json_str(e.words)}, "polarity": {e.polarity!r}, '
                f'"source": {_json_str(e.source)}}}'
                for e in items  # type: ignore[attr-defined]
            )
            + "]"
        )
    try:
        return json.dumps([vars(e) for e in items], ensure_ascii=False)
    except TypeError:
        return json.dumps([asdict(e) for e in items], ensure_ascii=False)  # type: ignore


def score_stances(
    statements: pl.DataFrame, articles: pl.DataFrame, *, learned: bool = True
) -> pl.DataFrame:
    """Stance toward each target of each statement, scored in the context of its article.

    The rules (textblob-nl with the domain lexicon, scope rules and the article's context) give
    polarity, evidence and `rule_stance`; the learned layer (stancewatch/learned.py) then decides
    `stance` from them and the statement's words, and adds the features that moved it to the
    evidence. Before that, the learned target layer (stancewatch/learned_target.py) adds a US
    row to a statement the rules gave no US target when its weights say it is about the US.
    `learned=False` keeps the rules' targets and stance (what the layers were fitted on).

    Built column by column (plain lists, one frame at the end): a dict per row costs about a
    tenth of the stage at ~20 stances per article."""
    from stancewatch.learned import row_features, shipped_model
    from stancewatch.learned_target import (
        THRESHOLD,
        added_us_stance,
        shipped_target_model,
        target_features,
    )
    from stancewatch.stance import ArticleStatement, in_article_context, stances_for_statement

    model = shipped_model() if learned else None
    target_model = shipped_target_model() if learned else None
    bodies = dict(articles.select("article_id", "body").iter_rows())
    cols: dict[str, list] = {name: [] for name in STANCE_SCHEMA}
    ids, targets, mentions = cols["statement_id"], cols["target"], cols["target_mention"]
    polarity, subjectivity = cols["polarity"], cols["subjectivity"]
    labels, evidence, implied = cols["stance"], cols["evidence"], cols["target_implied"]
    rule_labels, probability = cols["rule_stance"], cols["stance_probability"]
    # first pass per statement, grouped by article for the second pass (the article as context)
    by_article: dict[str, list[tuple[str, str, ArticleStatement]]] = {}
    columns = (
        "statement_id",
        "article_id",
        "char_start",
        "char_end",
        "speaker",
        "speaker_mention",
        "kind",
    )
    for statement_id, article_id, start, end, speaker, mention, kind in zip(
        *(statements.get_column(c).to_list() for c in columns),
        strict=True,
    ):
        body = bodies[article_id]
        first = stances_for_statement(body, start, end, speaker, mention or "")
        by_article.setdefault(article_id, []).append(
            (statement_id, kind, ArticleStatement(speaker, start, end, body[start:end], first))
        )
    for article_id, rows in by_article.items():
        body = bodies[article_id]
        final = in_article_context([r[2] for r in rows])
        for (statement_id, kind, st), stances in zip(rows, final, strict=True):
            n_rules = len(stances)  # the rules' rows: what the weights were fitted with
            extra = None  # the US row the target layer adds (stancewatch/learned_target.py)
            if target_model is not None and not any(ts.target == "US" for ts in stances):
                feats = target_features(
                    body,
                    st.start,
                    st.end,
                    speaker=st.speaker,
                    kind=kind,
                    rows=[(ts.target, ts.mention, ts.implied, ts.stance) for ts in stances],
                )
                p_us, reasons = target_model.decide(feats)
                if p_us >= THRESHOLD:
                    extra = added_us_stance(body, st.start, st.end, stances, p_us, reasons)
                    stances = [*stances, extra]
            for ts in stances:
                ids.append(statement_id)
                targets.append(ts.target)
                mentions.append(ts.mention)
                polarity.append(float(ts.polarity))
                subjectivity.append(float(ts.subjectivity))
                rule_labels.append(ts.stance)
                implied.append(ts.implied)
                if model is None:
                    labels.append(ts.stance)
                    probability.append(None)
                    evidence.append(_evidence_json(ts.evidence))
                    continue
                feats = row_features(
                    st.text,
                    ts,
                    speaker=st.speaker,
                    kind=kind,
                    n_targets=n_rules,
                    added=ts is extra,
                )
                label, p, pushed = model.decide(feats)
                labels.append(label)
                probability.append(round(p, 4))
                evidence.append(_evidence_json((*ts.evidence, *pushed)))
    return pl.DataFrame(cols, schema=STANCE_SCHEMA)


def index_from_signatures(signatures: pl.DataFrame) -> DuplicateIndex:
    """Rebuild the duplicate index from the canonical signatures stored by earlier runs (in their
    ingest order), in one vectorised call rather than one Python call per article."""
    import numpy as np

    index = DuplicateIndex()
    if signatures.is_empty():
        return index
    sigs = signatures.get_column("signature")
    lengths = sigs.list.len()
    if lengths.min() == lengths.max() == index.num_perm:
        matrix = sigs.explode().to_numpy().astype(np.uint64).reshape(-1, index.num_perm)
        index.add_many(
            signatures.get_column("article_id").to_list(),
            signatures.get_column("normalized_sha256").to_list(),
            matrix,
        )
        return index
    for article_id, norm_hash, sig in signatures.iter_rows():  # malformed rows: let add() say so
        index.add(article_id, norm_hash, np.asarray(sig, dtype=np.uint64))
    return index


def batched(items: Sequence[FoundFile], size: int) -> list[list[FoundFile]]:
    """Split files into batches of at most `size`."""
    return [list(items[i : i + size]) for i in range(0, len(items), max(1, size))]
