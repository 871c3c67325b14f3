"""Who can speak in a Dutch/Flemish article about Russia: people, institutions and roles.

The registry is DATA: `data/actors.csv` lists every spelling of a person's surname (Dutch,
Flemish, English, German transliterations), their first names and the names of institutions;
`data/roles.csv` lists role phrases ("woordvoerder van het Kremlin", "minister van Buitenlandse
Zaken") with their holders and date ranges. Adding a person or a role is adding CSV rows.

Non-Russian people and institutions are in the registry too (russian=0): a quote attributed to
Biden must be recognised as Biden's so that it is never given to a Kremlin speaker. A Russian who
is listed as a non-official because he became a critic (Kozyrev, Kasyanov) still speaks for Russia
on the days he held a Russian office in roles.csv (``official_on``).

Two persons may share a surname spelling (Nikolai and Dmitry Patrushev): each lists it as a
`name` row with its own `first` rows. "Dmitri Patroesjev" names Dmitry; a bare "Patroesjev" names
the one the article introduced (by first name or by a role only one of them held), else the only
one of them in office on the article's date (when the caller gives it), else the one listed first
in actors.csv.

A surname that is also a first name ("Novak", as in "Novak Djokovic") names nobody when another
capitalised name follows it directly.

`needs_qualifier` in roles.csv marks an office every country has ("minister van Buitenlandse
Zaken", "de president", "ambassadeur in Den Haag"): in Dutch news the phrase without a nationality
("Russische", "van Rusland", "in Moskou") is the Dutch or some other office, so an unqualified
mention only stands for the Russian holder in an article that is about him (it names him, the
office with "Russische", or his institution such as the Russian foreign ministry); otherwise the
mention is marked as another country's (`country == "other"`). Offices whose phrase says whose
they are ("woordvoerder van het Kremlin", "FSB-directeur", "voorzitter van de Doema") have 0.

Matching is case-sensitive with word boundaries for names ("Poetins" and "Trumps" are genitive
forms of a name, "Poetin-regime" is a compound and no mention). All regular expressions are
built once per registry as tries, so scanning a 4 KB body costs tens of microseconds.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Actor:
    """A speaker: a person (canonical English surname) or an institution ("Kremlin")."""

    name: str
    kind: str  # "person" | "institution"
    russian: bool
    gender: str = ""  # "m", "f" or "" (unknown / institution)


# an unnamed non-Russian person ("de Franse president", "zijn Chinese ambtgenoot"): it can be the
# subject a later "hij" refers to, so its statements are recognised and skipped
FOREIGN = Actor("?foreign", "person", False, "")

# a bare minister's title, then the name of a ministry the registry's roles do not spell that way
# ("Minister van Economische Zaken German Gref"): the title is still the named person's
_MINISTER_WORD_RE = re.compile(r"(?i:(?:vice|onder)?minister|staatssecretaris)$")
_MINISTRY_GAP_RE = re.compile(r"\s+van\s+(?:[A-ZÀ-Ý][\w-]*\s+){1,3}")

# nationality adjectives that qualify a role ("de Russische president", "Amerikaans president")
NATIONALITY: dict[str, str] = {
    "russische": "Russia",
    "russisch": "Russia",
    "amerikaanse": "US",
    "amerikaans": "US",
    "oekraïense": "Ukraine",
    "oekraïens": "Ukraine",
    "oekraiense": "Ukraine",
    "franse": "France",
    "frans": "France",
    "britse": "UK",
    "brits": "UK",
    "engelse": "UK",
    "duitse": "Germany",
    "duits": "Germany",
    "nederlandse": "Netherlands",
    "nederlands": "Netherlands",
    "belgische": "Belgium",
    "belgisch": "Belgium",
    "vlaamse": "Belgium",
    "chinese": "China",
    "chinees": "China",
    "europese": "EU",
    "ruslands": "Russia",
}
# role nouns that name an office without saying which one; with a nationality they still make
# a person mention ("de Franse minister", "een Russische diplomaat")
GENERIC_ROLE_NOUNS: tuple[str, ...] = (
    "president",
    "premier",
    "minister",
    "woordvoerder",
    "woordvoerster",
    "ambassadeur",
    "diplomaat",
    "topdiplomaat",
    "functionaris",
    "ambtenaar",
    "ambtgenoot",
    "collega",
    "leider",
    "gezant",
    "generaal",
    "commandant",
    "onderhandelaar",
    "kanselier",
    "senator",
    "adviseur",
    "veiligheidsadviseur",
    "vicepremier",
    "vicepresident",
    "staatshoofd",
    "regeringsleider",
    "minister-president",
    "politicus",
    "parlementslid",
    "topman",
    "vice-minister",
    "viceminister",
    "onderminister",
    "adjunct-minister",
)
_DETERMINERS = frozenset({"de", "het", "een", "zijn", "haar", "hun"})


def _word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word table."""
    return frozenset(text.split())


# capitalised words that may follow a surname without being a second name ("Lavrov Zei" in a
# headline, a sentence start after a missing full stop)
_NO_NAME = _word_set(
    """de het een die dat dit deze er ook maar en of want dus toen nu hij zij ze wij we ik je u
    zijn haar hun in op aan met voor na bij van uit tot over door om als wanneer terwijl omdat
    hoewel zo daar hier wel niet geen nog al alleen zelfs volgens is was heeft had wordt werd zal
    zou kan kon moet moest wil wilde zegt zei vindt vond noemt noemde wijst waarschuwt dreigt eist
    ontkent reageert"""
)
# role heads that name someone posted abroad: "ambassadeur in Moskou" is a foreigner
_POSTINGS = ("ambassadeur", "gezant", "vertegenwoordiger", "diplomaat", "consul")
# institutions too general to say which Russian office an article is about ("Moskou")
_GENERIC_INSTITUTIONS = frozenset({"Russia", "Russian ministry"})
_FORMER = frozenset({"voormalige", "voormalig", "toenmalige", "toenmalig", "ex", "oud", "vorige"})


@dataclass(frozen=True)
class RoleHolder:
    """One row of roles.csv: who held a role of a country in a period."""

    key: str  # normalised role phrase
    country: str
    needs_qualifier: bool
    actor: Actor | None  # None: an unnamed holder (still a person of that country)
    start: date | None
    end: date | None
    institution: Actor | None  # speaker to fall back on when the holder is ambiguous
    context: tuple[str, ...] = ()

    def active(self, on: date | None) -> bool:
        """Held the role on that day; without a day: holds it now (open-ended row)."""
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


class Mention(NamedTuple):
    """A span of text naming an actor: a name, an institution or a role phrase. (A named
    tuple: tens of them are made per article, and tuples are cheap to build.)"""

    start: int
    end: int
    text: str
    kind: str  # "name" | "institution" | "role"
    actor: Actor | None = None  # names and institutions; roles are resolved later
    possessive: bool = False  # "Poetins", "Trump's", "Ruslands"
    role_key: str = ""  # roles: the normalised role phrase
    country: str = ""  # roles: nationality qualifier found in or before the phrase
    determiner: str = ""  # roles: "de", "een", "zijn" ...
    former: bool = False  # roles: "voormalig", "toenmalig", "oud-"
    named: Actor | None = None  # role + name: "de minister ... Sergej Lavrov"


# ---------------------------------------------------------------------------------------------
# regex building


def _trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of literal words as a trie. The pattern starts with a branch of
    literals, so the regex engine can skip ahead to positions with a possible first character
    (a leading lookbehind or \\b would disable that and cost ten times more); word boundaries are
    therefore checked in Python on the few candidates."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in node.items() if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _starts_word(text: str, start: int) -> bool:
    """No letter, digit or hyphen right before `start`."""
    if start == 0:
        return True
    ch = text[start - 1]
    return not (ch.isalnum() or ch in "-_")


def _ends_word(text: str, end: int) -> bool:
    """No letter or digit right after `end`, and no hyphenated compound ("Poetin-regime")."""
    if end >= len(text):
        return True
    ch = text[end]
    if ch.isalnum() or ch == "_":
        return False
    return not (ch in "-\u2010" and end + 1 < len(text) and text[end + 1].isalnum())


def _case_forms(phrase: str) -> set[str]:
    """A proper name with its later words' first letters in either case ("Russische ministerie
    van Buitenlandse Zaken" / "... buitenlandse zaken"); the first word keeps its case."""
    words = phrase.split()
    forms = [words[0]]
    for word in words[1:]:
        options = {word, word[:1].lower() + word[1:], word[:1].upper() + word[1:]}
        if word.isupper() or word in ("van", "de", "het", "in"):
            options = {word}
        forms = [f + " " + o for f in forms for o in options]
    return set(forms)


def _expand_role(phrase: str) -> set[str]:
    """Lower-case surface forms of a role phrase: determiners after 'van' interchangeable or
    absent, 'russische' may follow them ("woordvoerder van de russische president")."""
    words = phrase.lower().split()
    forms = [""]
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("de", "het") and i > 0 and words[i - 1] == "van":
            options = ["de ", "het ", "", "de russische ", "het russische ", "russische "]
        elif word in ("de", "het"):
            options = ["de ", "het ", ""]
        else:
            options = [word + " "]
        forms = [f + o for f in forms for o in options]
        i += 1
    return {f.strip() for f in forms}


@lru_cache(maxsize=4096)
def normalize_role(role_text: str) -> tuple[str, str, str, bool]:
    """(key, country, determiner, former) of a role phrase: lower case, determiners and
    nationality adjectives removed ("de Russische minister van Buitenlandse Zaken" ->
    ("minister van buitenlandse zaken", "Russia", "de", False))."""
    country = ""
    determiner = ""
    former = False
    text = role_text.strip().lower().replace("’", "'")
    if text.endswith(" van rusland"):
        text = text[: -len(" van rusland")]
        country = "Russia"
    moscow = text.endswith(" in moskou")
    if moscow:
        text = text[: -len(" in moskou")]
    out: list[str] = []
    for tok in text.split():
        if tok in _DETERMINERS:
            if not out and not determiner:
                determiner = tok
            continue
        bare = tok.rstrip("-")
        if bare in _FORMER or tok.startswith(("oud-", "ex-")) and len(tok) > 4:
            former = True
            if bare in _FORMER:
                continue
            tok = tok.split("-", 1)[1]
        nat = NATIONALITY.get(tok)
        if nat is not None:
            country = country or nat
            continue
        out.append(tok)
    if moscow:
        if out and _is_posting(out[0]):
            out += ["in", "moskou"]  # "de Nederlandse ambassadeur in Moskou": posted there
        else:
            country = country or "Russia"
    return " ".join(out), country, determiner, former


def _specific_institution(row: RoleHolder) -> Actor | None:
    """The institution a row's office belongs to, when it says which office it is (the
    Kremlin, the foreign ministry; not just "Russia")."""
    inst = row.institution
    return inst if inst is not None and inst.name not in _GENERIC_INSTITUTIONS else None


def _is_posting(head: str) -> bool:
    """A role noun for someone posted somewhere ("ambassadeur", "VN-gezant")."""
    return any(p in head for p in _POSTINGS)


_PUNCT_STRIP = "()[]{}\"'“”„‘’‚«»,;:"


def _role_prefix(text: str, start: int) -> tuple[int, str, str, bool]:
    """Words before a role phrase that belong to it: (new start, nationality, determiner,
    former). Dutch order: determiner, 'voormalige'/other adjective, nationality, role."""
    window = text[max(0, start - 50) : start]
    if not window or window[-1] != " ":
        return start, "", "", False
    words: list[tuple[int, str]] = []
    cut = len(window)
    for word in reversed(window.split()[-3:]):
        pos = window.rfind(word, 0, cut)
        words.append((start - len(window) + pos, word))
        cut = pos
    country, determiner, former = "", "", False
    new_start = start
    i = 0
    if i < len(words):
        pos, word = words[i]
        nat = NATIONALITY.get(word.lower())
        if nat is None and word[:1].isupper() and word.endswith(("se", "sche")):
            nat = "other"  # "Finse", "Wit-Russische": some other nation
        if nat is not None:
            country, new_start, i = nat, pos, i + 1
    if i < len(words):
        pos, word = words[i]
        low = word.lower()
        if low in _FORMER:
            former, new_start, i = True, pos, i + 1
        elif word.islower() and word.endswith("e") and low not in _DETERMINERS:
            i += 1  # "de nieuwe Russische president": counts only if a determiner precedes
    if i < len(words):
        pos, word = words[i]
        if word.lower() in _DETERMINERS:
            determiner, new_start = word.lower(), pos
    return new_start, country, determiner, former


def _parse_date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


# ---------------------------------------------------------------------------------------------
# the registry


class ActorRegistry:
    """Spellings, institutions and role holders, with precompiled matchers."""

    def __init__(self, variant_rows: list[dict[str, str]], role_rows: list[dict[str, str]]):
        self.actors: dict[str, Actor] = {}
        # spelling -> every person with that surname spelling, the default (listed first) first
        self._names: dict[str, list[Actor]] = {}
        self._first_names: dict[Actor, set[str]] = {}
        self._first_keys: dict[Actor, frozenset[str]] = {}  # see first_name_keys
        self._institutions: dict[str, Actor] = {}
        self._inst_case: dict[str, str] = {}
        for row in variant_rows:
            name = row["actor"].strip()
            actor = self.actors.get(name)
            if actor is None:
                actor = Actor(
                    name=name,
                    kind=row["kind"].strip(),
                    russian=row["russian"].strip() in ("1", "true", "True", "yes"),
                    gender=row.get("gender", "").strip(),
                )
                self.actors[name] = actor
            variant = row["variant"].strip()
            kind = row["type"].strip()
            if kind == "name":
                owners = self._names.setdefault(variant, [])
                if actor not in owners:
                    owners.append(actor)
            elif kind == "first":
                self._first_names.setdefault(actor, set()).add(variant)
            elif kind == "institution":
                self._institutions[variant.lower()] = actor
                self._inst_case[variant.lower()] = variant
            else:
                raise ValueError(f"unknown variant type {kind!r} for {name}")
        self.roles: list[RoleHolder] = []
        self._roles_by_key: dict[str, list[RoleHolder]] = {}
        phrases: set[str] = set()
        for row in role_rows:
            phrase = row["role"].strip()
            key, country_in_phrase, _, _ = normalize_role(phrase)
            actor_name = row["actor"].strip()
            actor = self.actors.get(actor_name) if actor_name else None
            if actor_name and actor is None:
                raise ValueError(f"roles.csv: unknown actor {actor_name!r}")
            inst_name = row.get("institution", "").strip()
            holder = RoleHolder(
                key=key,
                country=row["country"].strip() or country_in_phrase,
                needs_qualifier=row.get("needs_qualifier", "0").strip() == "1",
                actor=actor,
                start=_parse_date(row.get("start", "").strip()),
                end=_parse_date(row.get("end", "").strip()),
                institution=self.actors.get(inst_name) if inst_name else None,
                context=tuple(c for c in row.get("context", "").split("|") if c),
            )
            self.roles.append(holder)
            self._roles_by_key.setdefault(key, []).append(holder)
            phrases.add(phrase)
        self._holder_cache: dict[tuple[str, str, date | None], list[RoleHolder]] = {}
        self._holders_ever: dict[str, set[str]] = {}
        self._held: dict[str, list[str]] = {}
        self._rows_of: dict[Actor, list[RoleHolder]] = {}
        for holder in self.roles:
            if holder.actor is not None:
                self._holders_ever.setdefault(holder.key, set()).add(holder.actor.name)
                self._rows_of.setdefault(holder.actor, []).append(holder)
        # the Russian institution each office belongs to (the Kremlin, the foreign ministry;
        # not the generic "Russia"), per role key and per person who held one
        self._key_insts: dict[str, frozenset[Actor]] = {}
        self._office_insts: dict[Actor, frozenset[Actor]] = {}
        office_insts: dict[Actor, set[Actor]] = {}
        for key, rows in self._roles_by_key.items():
            insts: set[Actor] = set()
            for r in rows:
                inst = _specific_institution(r)
                if inst is not None:
                    insts.add(inst)
                    if r.actor is not None:
                        office_insts.setdefault(r.actor, set()).add(inst)
            self._key_insts[key] = frozenset(insts)
        self._office_insts = {a: frozenset(i) for a, i in office_insts.items()}
        # role keys whose Russian office needs a nationality in the text -> its Russian holders
        self._qualified_keys: dict[str, frozenset[Actor]] = {}
        for key, rows in self._roles_by_key.items():
            russian = [r for r in rows if r.country == "Russia"]
            if russian and all(r.needs_qualifier for r in russian):
                self._qualified_keys[key] = frozenset(
                    r.actor for r in russian if r.actor is not None
                )
        self._compile(phrases)

    def _compile(self, role_phrases: set[str]) -> None:
        # names and institutions, lower-cased: (kind, actor, exact spelling for acronyms)
        self._proper: dict[str, tuple[str, Actor, str]] = {}
        for inst_variant, original in self._inst_case.items():
            exact = original if original.isupper() else ""
            self._proper[inst_variant] = ("institution", self._institutions[inst_variant], exact)
        # lower-case surname spellings shared by several persons, the default first
        self._shared: dict[str, tuple[Actor, ...]] = {}
        for name, owners in self._names.items():
            self._proper[name.lower()] = ("name", owners[0], "")
            if len(owners) > 1:
                self._shared[name.lower()] = tuple(owners)
            # "Dmitri Peskov": first name and surname of the same person, found in one go
            for actor in owners:
                for listed in self._first_names.get(actor, ()):
                    for first in _first_name_spellings(listed):
                        self._proper[f"{first} {name}".lower()] = ("name", actor, "")
        surfaces: set[str] = set()
        for phrase in role_phrases | set(GENERIC_ROLE_NOUNS):
            surfaces |= _expand_role(phrase)
        surfaces |= {p + r for r in surfaces for p in ("oud-", "ex-")}
        self._role_surfaces = frozenset(surfaces - self._proper.keys())
        self._lower_res: dict[frozenset[str], re.Pattern[str]] = {}

    def _lower_re(self, extra: frozenset[str]) -> re.Pattern[str]:
        """One regex for the lower-cased text: names, institutions, role phrases and the
        caller's extra words (speech verbs, pronouns). Every match follows a space, so the
        regex engine jumps from space to space; a genitive -s is allowed after names."""
        regex = self._lower_res.get(extra)
        if regex is None:
            words = set(self._role_surfaces) | set(self._proper) | set(extra)
            regex = re.compile(" (" + _trie_regex(sorted(words)) + r")(s|['’]s)?(?![\w]|-\w)")
            self._lower_res[extra] = regex
        return regex

    # -----------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> ActorRegistry:
        """Load actors.csv (and roles.csv next to it). `path` may be a directory holding both
        files or the actors.csv file itself; default: the packaged data."""
        path = Path(path) if path is not None else DATA_DIR
        actors_file = path / "actors.csv" if path.is_dir() else path
        roles_file = actors_file.with_name("roles.csv")
        with actors_file.open(encoding="utf-8-sig", newline="") as fh:
            variant_rows = list(csv.DictReader(fh))
        role_rows: list[dict[str, str]] = []
        if roles_file.exists():
            with roles_file.open(encoding="utf-8-sig", newline="") as fh:
                role_rows = list(csv.DictReader(fh))
        return cls(variant_rows, role_rows)

    # -----------------------------------------------------------------------------------------
    def actor(self, name: str) -> Actor | None:
        """The actor with this canonical name ("Peskov", "Kremlin")."""
        return self.actors.get(name)

    def lookup(self, spelling: str) -> Actor | None:
        """The actor one spelling stands for: "Dmitri Peskov", "Peskow", "het Kremlin"."""
        found = self.match_name(spelling) or self.match_institutions(spelling)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(spelling.strip()):
            return found[0].actor
        return None

    def namesakes(self, spelling: str) -> tuple[Actor, ...]:
        """Every person a bare surname spelling may stand for, the default (listed first in
        actors.csv) first: "Patroesjev" -> (Patrushev, Dmitry Patrushev); "Lavrov" -> (Lavrov,)."""
        return tuple(self._names.get(spelling.strip(), ()))

    def first_name_keys(self, actor: Actor) -> frozenset[str]:
        """`spelling_key` of each first name actors.csv lists for a person ("Sergej",
        "Sergei", ... -> "serge", "sergei"); empty when none is listed. Computed once per
        person: the scan asks for them at every bare surname after a Russian given name."""
        keys = self._first_keys.get(actor)
        if keys is None:
            keys = frozenset(spelling_key(f) for f in self._first_names.get(actor, ()))
            self._first_keys[actor] = keys
        return keys

    def match_name(self, text: str) -> list[Mention]:
        """Every person name in the text ("Vladimir Poetin", "Peskov", genitive "Poetins")."""
        return [m for m in self.scan(text)[0] if m.kind == "name" and m.named is None]

    def match_institutions(self, text: str) -> list[Mention]:
        """Every institution ("het Kremlin", "Moskou", "het Russische ministerie van ...").
        Institution names are proper nouns: matched capitalised, acronyms exactly."""
        return [m for m in self.scan(text)[0] if m.kind == "institution"]

    def match_roles(self, text: str) -> list[Mention]:
        """Every role phrase with its determiner, 'former' marker and nationality qualifier
        ("de Russische vice-minister van Buitenlandse Zaken", "Amerikaans president")."""
        return [m for m in self.scan(text, frozenset(), raw=True)[0] if m.kind == "role"]

    def scan(
        self,
        text: str,
        extra: frozenset[str] = frozenset(),
        raw: bool = False,
        on: date | None = None,
    ) -> tuple[list[Mention], list[tuple[int, int, str]]]:
        """All mentions (see `mentions`; `raw`: before roles and names are merged and read in
        the article's context) plus the positions of the `extra` lower-case words, found in the
        same single pass: (mentions, [(start, end, word)]). `on`: the article's date, which
        tells two persons of one surname apart when the article does not."""
        low = " " + _lowered(text, None).replace("\n", " ")
        found: list[Mention] = []
        hits: list[tuple[int, int, str]] = []
        unsorted = False
        surfaces = self._role_surfaces
        proper = self._proper
        shared = self._shared
        homonyms: dict[int, tuple[Actor, ...]] = {}  # end of a bare shared surname -> owners
        for m in self._lower_re(extra).finditer(low):
            word, genitive = m.groups()
            start, end = m.span()  # the leading space shifts both by one
            end -= 1
            entry = proper.get(word)
            if entry is not None:
                kind, actor, exact = entry
                if exact and text[start : start + len(exact)] != exact:
                    continue  # acronyms are case-sensitive: VS, EU, NAVO
                if text[start:end].islower():
                    continue  # a name written in lower case is some other word
                if kind == "institution" and start >= 3:
                    if text[start - 4 : start] in ("het ", "Het ") and _starts_word(
                        text, start - 4
                    ):
                        start -= 4
                    elif text[start - 3 : start] in ("de ", "De ") and _starts_word(
                        text, start - 3
                    ):
                        start -= 3
                elif kind == "name" and " " not in word:
                    if genitive is None and self._second_name_follows(text, end, extra):
                        continue  # "Novak Djokovic": a first name of someone else
                    if self._other_first_name(text, start, shared.get(word, (actor,))):
                        continue  # "Boris Fjodorov": not the registry's Nikolaj Fjodorov
                    if word in shared:
                        homonyms[end] = shared[word]
                found.append(
                    Mention(start, end, text[start:end], kind, actor, genitive is not None)
                )
                continue
            if genitive is not None:
                continue  # "woordvoerders", "zeis": no role, no verb
            if word in extra:
                hits.append((start, end, word))
                continue
            if word not in surfaces:
                continue
            former = False
            if word.startswith(("oud-", "ex-")) and word.split("-", 1)[1] in surfaces:
                former = True
                word = word.split("-", 1)[1]
            key, country, _, former_in = normalize_role(word)
            if low.startswith(" van rusland", end + 1) and _ends_word(low, end + 13):
                end += 12
                country = "Russia"
            new_start, country_pre, determiner, former_pre = _role_prefix(text, start)
            if (
                not (country or country_pre)
                and low.startswith(" in moskou", end + 1)
                and _ends_word(low, end + 11)
                and not _is_posting(key.split(" ", 1)[0])
            ):
                end += 10  # "de minister van Buitenlandse Zaken in Moskou"
                country = "Russia"
            if found and new_start < found[-1].end:
                unsorted = True
            found.append(
                Mention(
                    new_start,
                    end,
                    text[new_start:end],
                    "role",
                    None,
                    False,
                    key,
                    country or country_pre,
                    determiner,
                    former or former_in or former_pre,
                )
            )
        if raw:
            return found, hits
        merged = self._merge(text, found, unsorted)
        if homonyms:
            self._tell_homonyms_apart(text, merged, homonyms, on)
        if self._qualified_keys:
            self._qualify_roles(text, merged, extra)
        return merged, hits

    def mentions(self, text: str, on: date | None = None) -> list[Mention]:
        """Names, institutions and roles in reading order, overlaps resolved (the earliest,
        then the longest wins), a role directly followed by a name merged into one mention
        of the named person ("de Russische minister van Buitenlandse Zaken Sergej Lavrov").
        A shared surname names the person the article (or else `on`, its date) points to; an
        office every country has, named without a nationality in an article not about its
        Russian holder, is another country's (country "other")."""
        return self.scan(text, on=on)[0]

    # -----------------------------------------------------------------------------------------
    # reading mentions in their article

    def _other_first_name(self, text: str, start: int, owners: tuple[Actor, ...]) -> bool:
        """A Russian given name right before a bare surname that is none of the first names
        actors.csv lists for the surname's owners (in any transliteration): another person of
        that surname ("Boris Fjodorov", not the registry's Nikolaj Fjodorov). Owners with no
        first names listed cannot be told apart this way."""
        if start < 2 or text[start - 1] != " ":
            return False
        k = start - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        word = text[k : start - 1]
        if word not in RUSSIAN_GIVEN_NAMES:
            return False
        key = spelling_key(word)
        for owner in owners:
            keys = self.first_name_keys(owner)
            if not keys or key in keys:
                return False
        return True

    def _second_name_follows(self, text: str, end: int, extra: frozenset[str]) -> bool:
        """A capitalised name-like word follows `end` after one space ("Novak Djokovic",
        "Trump Tower"), which makes the surname before it somebody's first name or part of
        another name. Words the registry knows ("Trump Poetin gefeliciteerd") and verbs or
        sentence starts ("Lavrov Zei", "Poetin Het") are no second name."""
        if text[end : end + 1] != " ":
            return False
        j = end + 1
        k = j
        n = len(text)
        while k < n and (text[k].isalpha() or text[k] in "-'’"):
            k += 1
        word = text[j:k]
        if len(word) < 2 or not word[0].isupper() or not word[1].islower():
            return False  # lower case, an acronym ("VS"), a digit
        low = word.lower().split("'", 1)[0].split("’", 1)[0]
        if low in _NO_NAME or low in extra or low in self._proper:
            return False
        return low.split("-", 1)[0] not in self._proper  # "Oekraïne-beleid"

    def _one_of(
        self, key: str, actors: tuple[Actor, ...], on: date | None, strict: bool = False
    ) -> Actor | None:
        """The one of `actors` who held the role `key` (on `on` if given and anyone did; with
        `strict`, only on `on`: a role named elsewhere in the article is its holder of the day)."""
        rows = [r for r in self._roles_by_key.get(key, ()) if r.actor in actors]
        fit = {r.actor for r in rows if on is None or r.active(on)}
        if not fit and not (strict and on is not None):
            fit = {r.actor for r in rows}
        return fit.pop() if len(fit) == 1 else None

    def _tell_homonyms_apart(
        self,
        text: str,
        ments: list[Mention],
        homonyms: dict[int, tuple[Actor, ...]],
        on: date | None,
    ) -> None:
        """Give every bare shared surname ("Ivanov") the person the article introduced: a
        role right before or after it ("minister van Buitenlandse Zaken Ivanov", "Ivanov, de
        minister van Defensie,"), else the nearest earlier full name or role only one of them
        held ("Igor Ivanov", "de Russische minister van Buitenlandse Zaken"), else a later full
        name (a headline before the text); else the only one in office on `on`; else the
        default (listed first in actors.csv). In place."""
        decided: dict[int, Actor] = {}  # index -> person, known from the text

        def evidence(j: int, owners: tuple[Actor, ...], roles: bool) -> Actor | None:
            x = ments[j]
            if j in decided:
                return decided[j] if decided[j] in owners else None
            if x.kind == "name" and x.actor in owners:
                if x.end not in homonyms:
                    return x.actor  # "Igor Ivanov"
                return self._one_of(x.role_key, owners, on) if x.role_key else None
            if roles and x.kind == "role" and x.country in ("", "Russia") and not x.former:
                return self._one_of(x.role_key, owners, on, strict=True)
            return None

        for i, m in enumerate(ments):
            owners = homonyms.get(m.end) if m.kind == "name" else None
            if owners is None:
                continue
            pick = self._one_of(m.role_key, owners, on) if m.role_key else None
            if pick is None and i + 1 < len(ments):
                nxt = ments[i + 1]
                between = text[m.end : nxt.start]
                if nxt.kind == "role" and between.strip() == "," and not nxt.former:
                    pick = self._one_of(nxt.role_key, owners, on)  # "Ivanov, de minister ..."
            for j in range(i - 1, -1, -1):
                if pick is not None:
                    break
                pick = evidence(j, owners, True)
            for j in range(i + 1, len(ments)):
                if pick is not None:
                    break
                pick = evidence(j, owners, False)
            if pick is not None:
                decided[i] = pick
            elif on is not None:
                serving = [a for a in owners if any(r.active(on) for r in self._rows_of.get(a, ()))]
                pick = serving[0] if len(serving) == 1 else None
            pick = pick or owners[0]
            if pick is not m.actor:
                ments[i] = m._replace(actor=pick, named=pick if m.named is not None else None)

    def official_on(self, actor: Actor, on: date | None) -> bool:
        """Whether the actor speaks for Russia on that day: a Russian official, or someone listed
        as a non-official (a later critic: Kozyrev, Kasyanov) on a day he held a Russian office
        in roles.csv (without a day: holds one now)."""
        if actor.russian:
            return True
        return any(r.country == "Russia" and r.active(on) for r in self._rows_of.get(actor, ()))

    def held_russian_office(self, actor: Actor) -> bool:
        """Whether roles.csv gives the actor a Russian office at any time (Kozyrev: yes)."""
        return any(r.country == "Russia" for r in self._rows_of.get(actor, ()))

    def needs_qualifier(self, key: str) -> bool:
        """The role key names an office of several countries: only with a nationality (or
        in an article about its Russian holder) does it stand for the Russian one."""
        return key in self._qualified_keys

    def _qualify_roles(self, text: str, ments: list[Mention], extra: frozenset[str]) -> None:
        """Mark an office every country has, named without a nationality ("de minister van
        Buitenlandse Zaken"), as another country's (country "other") unless the article is
        about its Russian holder: it names him, names the office with "Russische" (or an
        office he held), or names his institution (the Russian foreign ministry, the Kremlin).
        A role followed by a name the registry does not know ("Minister van Buitenlandse Zaken
        Wopke Hoekstra") is that person's, so never the Russian office. In place."""
        about: dict[str, bool] = {}
        for i, m in enumerate(ments):
            if m.kind != "role" or m.country or m.role_key not in self._qualified_keys:
                continue
            if self._second_name_follows(text, m.end, extra):
                ments[i] = m._replace(country="other")
                continue
            if m.role_key not in about:
                about[m.role_key] = self._about_russian_holder(m.role_key, ments)
            if not about[m.role_key]:
                ments[i] = m._replace(country="other")

    def _about_russian_holder(self, key: str, ments: list[Mention]) -> bool:
        """The article is about the Russian office `key`: it names one of its Russian holders
        or someone else of the same Russian institution (Lavrov for the foreign ministry's
        offices, Poetin or Peskov for the Kremlin's), that institution itself, or a Russian
        office (with "Russische") of that institution or one of those holders."""
        holders = self._qualified_keys[key]
        insts = self._key_insts.get(key, frozenset())
        names = {a.name for a in holders}
        for x in ments:
            actor = x.actor
            if x.kind == "name" and actor is not None:
                if actor in holders or insts & self._office_insts.get(actor, frozenset()):
                    return True
            elif x.kind == "institution" and actor in insts:
                return True
            if x.role_key and x.country == "Russia" and x.kind in ("role", "name"):
                other = x.role_key
                if (
                    other == key
                    or names & self._holders_ever.get(other, set())
                    or insts & self._key_insts.get(other, frozenset())
                ):
                    return True
        return False

    def _merge(self, text: str, found: list[Mention], unsorted: bool = True) -> list[Mention]:
        if unsorted:
            found.sort(key=_span_order)  # a role grew backwards over "Ruslands", "de" ...
        kept: list[Mention] = []
        last_end = -1
        for mention in found:
            if mention.start >= last_end:
                kept.append(mention)
                last_end = mention.end
        merged: list[Mention] = []
        i = 0
        while i < len(kept):
            cur = kept[i]
            if (
                cur.kind == "role"
                and i + 1 < len(kept)
                and kept[i + 1].kind == "name"
                and not kept[i + 1].possessive
                and (
                    text[cur.end : kept[i + 1].start].isspace()
                    or (  # "Minister van Economische Zaken German Gref": a ministry's name
                        _MINISTER_WORD_RE.match(cur.text) is not None
                        and _MINISTRY_GAP_RE.fullmatch(text, cur.end, kept[i + 1].start)
                        is not None
                    )
                )
                and self._apposition_fits(cur, kept[i + 1].actor)
            ):
                nxt = kept[i + 1]
                merged.append(
                    Mention(
                        cur.start,
                        nxt.end,
                        text[cur.start : nxt.end],
                        "name",
                        actor=nxt.actor,
                        role_key=cur.role_key,
                        country=cur.country,
                        determiner=cur.determiner,
                        former=cur.former,
                        named=nxt.actor,
                    )
                )
                i += 2
                continue
            if (
                cur.kind == "name"
                and not cur.possessive
                and cur.actor is not None
                and cur.text.lower() not in self._shared  # the role tells namesakes apart
                and i + 1 < len(kept)
                and kept[i + 1].kind == "role"
                and _APPOSITION_GAP_RE.fullmatch(text, cur.end, kept[i + 1].start) is not None
            ):
                # "Sergej Jastrzjembski, de adviseur van Poetin voor Tsjetsjenië,": the role in
                # apposition describes the person named; it names no one else (its key stays on
                # the name: an undated article names a former official by his office of then)
                role = kept[i + 1]
                merged.append(cur._replace(role_key=role.role_key, country=role.country))
                i += 2
                continue
            merged.append(cur)
            i += 1
        return merged

    def _apposition_fits(self, role: Mention, actor: Actor | None) -> bool:
        """ "woordvoerder van de Russische president Dmitri Peskov" names the spokesman, but in
        "woordvoerder van de Russische president Poetin" the name belongs to the embedded role
        ("president"), so it must not be merged."""
        if actor is None:
            return False
        key = role.role_key
        if " van " in key:
            embedded = key.split(" van ", 1)[1]
            if actor.name in self._holders_ever.get(embedded, ()):
                return False
        return True

    # -----------------------------------------------------------------------------------------
    def role_holders(
        self, key: str, country: str = "", on: date | None = None, ever: bool = False
    ) -> list[RoleHolder]:
        """Rows for a normalised role key, active on `on` (or ever), of `country` if given,
        else of every country. Whether a mention without a nationality may stand for the
        Russian office is decided in its article (`mentions` marks it "other" when not)."""
        if ever:
            return [
                r for r in self._roles_by_key.get(key, ()) if not country or r.country == country
            ]
        cache_key = (key, country, on)
        rows = self._holder_cache.get(cache_key)
        if rows is None:
            rows = [r for r in self._roles_by_key.get(key, ()) if r.active(on)]
            if country:
                rows = [r for r in rows if r.country == country]
            if len(self._holder_cache) > 20000:
                self._holder_cache.clear()
            self._holder_cache[cache_key] = rows
        return rows

    def has_role(self, key: str) -> bool:
        """The registry knows holders for this role key."""
        return key in self._roles_by_key

    def held_roles(self, actor: Actor) -> list[str]:
        """Role keys this actor held at some time."""
        held = self._held.get(actor.name)
        if held is None:
            held = [k for k, names in self._holders_ever.items() if actor.name in names]
            self._held[actor.name] = held
        return held

    def resolve_role(self, role_text: str, on: date | None = None) -> Actor | None:
        """The one holder of a role phrase on a date ("woordvoerder van het Kremlin" on
        2021-04-16 -> Peskov), or None when nobody or several people fit. A phrase without a
        nationality names no holder of an office that needs one ("minister van Buitenlandse
        Zaken": whose?)."""
        key, country, determiner, former = normalize_role(role_text)
        if former or determiner == "een":
            return None
        rows = self.role_holders(key, country, on)
        if not country:
            rows = [r for r in rows if not r.needs_qualifier]
        actors = {r.actor for r in rows if r.actor is not None}
        if len(actors) == 1:
            return next(iter(actors))
        return None


# between a name and a role in apposition to it: "Lavrov, de minister ...", "Peskov (woordvoerder"
_APPOSITION_GAP_RE = re.compile(r",\s+")


_FIRST_NAME_ENDINGS = (("ej", "ei", "ey"), ("ij", "iy"))


def spelling_key(name: str) -> str:
    """A name without accents, case, hyphens, spaces, `y`, `j` and `h`, `x` read as `ks`:
    transliterations of one Russian name meet ("Matveevsky" / "Matveyevsky", "Alexeyev" /
    "Alekseyev", "Khinshtein" / "Khinstein", "Danilov-Danilyan" / "Danilov Daniljan")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[yjh\s'’-]", "", plain.casefold().replace("x", "ks"))


def _given_names() -> frozenset[str]:
    with (DATA_DIR / "russian_given_names.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(r["name"] for r in csv.DictReader(fh) if r.get("name"))


# Russian given names in their Dutch, English and German spellings (data/russian_given_names.csv)
RUSSIAN_GIVEN_NAMES = _given_names()


def _first_name_spellings(first: str) -> set[str]:
    """A listed first name and its other transliterations of the same letters: "x" for "ks"
    and back ("Aleksej", "Alexej"), and the endings "-ej/-ei/-ey" and "-ij/-iy" ("Alexei",
    "Alexey"), so that "Alexej Poesjkov" is one mention like "Aleksej Poesjkov"."""
    forms = {first, first.replace("ks", "x"), first.replace("x", "ks")}
    for group in _FIRST_NAME_ENDINGS:
        for form in list(forms):
            for ending in group:
                if form.endswith(ending):
                    forms |= {form[: -len(ending)] + other for other in group}
    return forms


def _span_order(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def _lowered(text: str, lowered: str | None) -> str:
    """The lower-cased text with the same offsets (a few characters, like 'İ', lower-case to
    two; those are replaced by a plain letter so offsets stay aligned)."""
    if lowered is not None:
        return lowered
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low


@lru_cache(maxsize=1)
def default_registry() -> ActorRegistry:
    """The packaged registry, loaded once."""
    return ActorRegistry.load()
