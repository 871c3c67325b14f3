"""Seeded generator of synthetic Dutch news corpora with known duplicate clusters.

Used by the duplicate-detection tests and the benchmark. Articles read like Dutch/Flemish news
about Russia and the US: a header (title, byline, date in one of many Dutch forms), page
furniture (reading-time bars, "Lees ook:" lines, ads), and several statements by Kremlin
officials in varied quote styles and indirect speech, with positive, neutral or negative
wording toward the US and others. Sentences are assembled from short random parts, so unrelated
articles share common phrases but few 5-word shingles (mean 5-shingle Jaccard ~0.04).

Variants (`SynthFile.variant`):
- "original"; "unrelated_shared_quotes" / "unrelated_shared_paragraph": originals that borrow
  two quoted sentences / one paragraph from an earlier article; NOT duplicates of it.
- exact copies (`EXACT_VARIANTS`): "exact", "crlf" (CRLF line endings), "bom" (UTF-8 BOM),
  "cp1252" (Windows-1252 bytes; "utf16" when the text has characters cp1252 lacks), "utf16"
  (UTF-16 LE with BOM), "whitespace" (doubled spaces, tabs, no-break spaces, blank lines),
  "quotes" (curly quotes straightened).
- near copies (`NEAR_VARIANTS`): "edited" (1-4 words changed, a sentence added or removed,
  new furniture), "furniture" (same body, other header/date form/furniture), "reprint" (other
  outlet: other title and byline, an intro line, sometimes without the last paragraph).

Every file belongs to a `cluster`: an original and its duplicate variants share one cluster id,
every other file is alone in its cluster. Duplicates always come after their original in file
order (names sort in generation order), anywhere up to the end of the corpus, so the original
is the canonical copy and many duplicates land in a later batch. ~2.5 s per 10,000 files.
"""

from __future__ import annotations

import gc
import random
from dataclasses import dataclass
from pathlib import Path

# Duplicate variants whose text differs from the original only in encoding, line endings,
# whitespace or quote glyphs: a correct reader + normaliser sees the very same text.
EXACT_VARIANTS: frozenset[str] = frozenset(
    {"exact", "crlf", "bom", "cp1252", "utf16", "whitespace", "quotes"}
)
# Same story, different text: small edits, other furniture/header, reprint by another outlet.
NEAR_VARIANTS: frozenset[str] = frozenset({"edited", "furniture", "reprint"})
_VARIANT_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("exact", 0.08),
    ("crlf", 0.10),
    ("bom", 0.06),
    ("cp1252", 0.06),
    ("utf16", 0.03),
    ("whitespace", 0.07),
    ("quotes", 0.05),
    ("edited", 0.22),
    ("furniture", 0.17),
    ("reprint", 0.16),
)
# share of originals that borrow two quoted sentences / one background paragraph from an
# earlier, unrelated article (they stay different stories: not duplicates)
_SHARED_QUOTES_SHARE = 0.1
_SHARED_PARAGRAPH_SHARE = 0.05
_DONOR_WINDOW = 200  # donors are among the last 200 originals


@dataclass(frozen=True)
class SynthFile:
    """One generated article file with its ground truth.

    `text` is the decoded text (what a correct reader returns; CRLF variants keep "\\r\\n"),
    `encoding` how `write_corpus` stores it. `title`, `source`, `published` (ISO, as precise as
    the header says) and `body` (article text without header and furniture) are gold values for
    the parser and cleaner.
    """

    name: str
    text: str
    cluster: int
    variant: str
    encoding: str = "utf-8"
    title: str = ""
    source: str = ""
    published: str = ""
    body: str = ""

    def to_bytes(self) -> bytes:
        """The file content as written to disk (BOM / UTF-16 / Windows-1252 where the variant
        says so)."""
        if self.encoding == "utf-8-sig":
            return b"\xef\xbb\xbf" + self.text.encode("utf-8")
        if self.encoding == "utf-16":
            return b"\xff\xfe" + self.text.encode("utf-16-le")
        return self.text.encode(self.encoding)


# --------------------------------------------------------------------------------------------
# vocabulary

# speaker key -> (full mentions, short mentions)
_SPEAKERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Putin": (
        (
            "de Russische president Vladimir Poetin",
            "president Vladimir Poetin",
            "Vladimir Poetin",
            "het Russische staatshoofd Vladimir Poetin",
        ),
        ("Poetin", "president Poetin", "de Russische president"),
    ),
    "Peskov": (
        (
            "Kremlinwoordvoerder Dmitri Peskov",
            "Dmitri Peskov, de woordvoerder van het Kremlin",
            "woordvoerder Dmitri Peskov van het Kremlin",
            "Dmitri Peskov, woordvoerder van de president",
        ),
        ("Peskov", "de Kremlinwoordvoerder", "woordvoerder Peskov"),
    ),
    "Lavrov": (
        (
            "de Russische minister van Buitenlandse Zaken Sergej Lavrov",
            "buitenlandminister Sergej Lavrov",
            "Ruslands topdiplomaat Sergej Lavrov",
            "Sergej Lavrov, minister van Buitenlandse Zaken",
        ),
        ("Lavrov", "de minister", "Ruslands topdiplomaat"),
    ),
    "Zakharova": (
        (
            "woordvoerster Maria Zacharova van het Russische ministerie van Buitenlandse Zaken",
            "Maria Zacharova, woordvoerster van Buitenlandse Zaken",
            "Maria Zakharova, de woordvoerster van het ministerie",
        ),
        ("Zacharova", "de woordvoerster", "Zakharova"),
    ),
    "Ryabkov": (
        (
            "vice-minister van Buitenlandse Zaken Sergej Rjabkov",
            "de Russische onderminister Sergej Ryabkov",
            "Sergej Rjabkov, onderminister van Buitenlandse Zaken",
        ),
        ("Rjabkov", "Ryabkov", "de onderminister"),
    ),
    "Medvedev": (
        (
            "oud-president Dmitri Medvedev",
            "Dmitri Medvedev, vicevoorzitter van de Russische Veiligheidsraad",
            "de voormalige president Dmitri Medvedev",
        ),
        ("Medvedev", "de oud-president"),
    ),
    "Kremlin": (("het Kremlin",), ("het Kremlin", "Moskou")),
}
_SPEAKER_KEYS = tuple(_SPEAKERS)
_US = (
    "de VS",
    "de Verenigde Staten",
    "Washington",
    "de Amerikaanse regering",
    "het Witte Huis",
    "president Trump",
    "Donald Trump",
    "Trump",
    "Joe Biden",
    "de regering-Biden",
    "de Amerikanen",
    "het Pentagon",
)
_OTHERS = (
    "de NAVO",
    "de EU",
    "de Europese Unie",
    "Brussel",
    "Oekraïne",
    "Kiev",
    "het Westen",
    "de Europeanen",
    "Londen",
    "Berlijn",
    "de G7",
)
_TOPICS = (
    "nieuwe sancties",
    "de wapenleveranties aan Oekraïne",
    "het kernwapenverdrag New START",
    "de uitwijzing van diplomaten",
    "een mogelijke topontmoeting",
    "de gesprekken in Istanbul",
    "een staakt-het-vuren",
    "de graanexport via de Zwarte Zee",
    "de olieprijs",
    "heffingen op Russische olie",
    "een nieuwe gevangenenruil",
    "het raketschild in Polen",
    "de levering van Patriot-raketten",
    "langeafstandsraketten",
    "cyberaanvallen op ziekenhuizen",
    "de presidentsverkiezingen",
    "het ruimtevaartakkoord",
    "de bevroren Russische tegoeden",
    "de vredesonderhandelingen",
    "militaire oefeningen in de Oostzee",
    "de uitbreiding van de NAVO",
    "de luchtverdediging van Kiev",
    "de gasleveringen aan Europa",
    "het ultimatum van vijftig dagen",
    "de kerncentrale van Zaporizja",
    "de Arctische scheepvaartroutes",
    "de ambassade in Moskou",
    "de handel met China en India",
    "de dollar als reservemunt",
    "drones boven de Krim",
)
_CITIES = (
    "Moskou", "Washington", "Genève", "Istanbul", "Riyad", "Helsinki", "Brussel", "Peking",
    "Minsk", "Ankara", "Boedapest", "Wenen", "Sint-Petersburg", "Sotsji", "Alaska", "Doha",
    "New York", "Kazan", "Vladivostok", "Abu Dhabi", "Den Haag", "Rome",
)
_AGENCIES = ("Interfax", "TASS", "RIA Novosti", "Reuters", "AFP", "Belga", "ANP")
_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)
_TIMES = (
    "vandaag", "gisteren", "eerder deze week", "vorige maand", "in het weekend",
    "op een persconferentie", "tijdens een bezoek aan {city}", "in een interview met {agency}",
    "op de staatstelevisie", "na afloop van een overleg in {city}", "{day}", "{day}avond",
    "{day}ochtend", "op zijn dagelijkse persbriefing", "in een verklaring op Telegram",
)
_SAID = (
    "zei", "verklaarde", "benadrukte", "stelde", "zegt", "waarschuwde", "voegde eraan toe",
    "liet weten", "reageerde", "schreef", "antwoordde",
)
_POS_ADJ = ("positief", "bemoedigend", "constructief", "een stap in de goede richting",
            "veelbelovend", "welkom", "verstandig")
_NEG_ADJ = ("onaanvaardbaar", "gevaarlijk", "provocerend", "vijandig", "onverantwoord",
            "schandalig", "absurd", "roekeloos")
_NEUTRAL_ADJ = ("te vroeg om te beoordelen", "nog onduidelijk", "een kwestie van tijd",
                "niet nieuw", "nog in onderzoek")
_EXTRAS = (
    "", "", "", "", " en dat is niet nieuw", " zoals we al vaker hebben gezegd",
    " en daar verandert niets aan", " en dat weten ze zelf ook", " op dit moment",
    " in de komende weken", " en niet alleen in {city}", " hoe je het ook bekijkt",
    " zolang er geen concrete voorstellen zijn", " en dat zeggen we al {n} jaar",
)
_POS_QUOTES = (
    "We zijn bereid om met {T} te praten over {topic}",
    "Rusland staat open voor een dialoog met {T}",
    "De signalen uit {T} over {topic} zijn {pos}",
    "Een ontmoeting met {T} in {city} kan de betrekkingen verbeteren",
    "We waarderen de {posadj2} houding van {T}",
    "Er is een kans op vooruitgang met {T} over {topic}",
    "Het is {pos} dat {T} eindelijk luistert",
    "We zijn even klaar als onze partners in {T}",
)
_NEU_QUOTES = (
    "We bestuderen de verklaringen van {T} over {topic}",
    "Het is {neu} wat {T} met {topic} van plan is",
    "We hebben nog geen officieel voorstel van {T} ontvangen",
    "Het zal afhangen van {T}",
    "We nemen kennis van de plannen van {T} over {topic}",
    "Daarover valt op dit moment weinig te zeggen",
    "We wachten de volgende stap van {T} af",
)
_NEG_QUOTES = (
    "{T} gooit olie op het vuur met {topic}",
    "Elke poging van {T} om ons ultimatums te stellen, is {neg}",
    "De beslissing van {T} over {topic} is {neg}",
    "{T} ondermijnt bewust de veiligheid in Europa",
    "We zullen reageren op {topic}, en {T} weet dat",
    "Dit is een {negadj2} stap van {T}",
    "Met {topic} kiest {T} voor escalatie",
    "{T} heeft geen enkel respect voor internationale afspraken",
)
_POS_DAT = (
    "Rusland bereid is om met {T} over {topic} te praten",
    "Moskou openstaat voor een dialoog met {T}",
    "de betrekkingen met {T} kunnen verbeteren",
    "een ontmoeting met {T} in {city} {pos} zou zijn",
    "de voorstellen van {T} over {topic} {pos} zijn",
)
_NEU_DAT = (
    "het Kremlin de verklaringen van {T} over {topic} nog bestudeert",
    "er nog geen besluit is genomen over {topic}",
    "Moskou de volgende stap van {T} afwacht",
    "het {neu} is wat {T} wil bereiken",
)
_NEG_DAT = (
    "{T} de spanningen doelbewust opdrijft",
    "de maatregelen van {T} tegen Rusland {neg} zijn",
    "{T} verantwoordelijk is voor {topic}",
    "Rusland niet zal buigen voor de druk van {T}",
    "{T} met {topic} een grens overschrijdt",
)
_VOLGENS = {
    "pos": (
        "is Rusland bereid om met {T} over {topic} te praten",
        "is de houding van {T} {pos}",
        "kan een gesprek met {T} in {city} veel opleveren",
    ),
    "neu": (
        "bestudeert het Kremlin de verklaringen van {T} over {topic} nog",
        "is het {neu} wat {T} wil bereiken",
        "is er nog geen besluit genomen over {topic}",
    ),
    "neg": (
        "drijft {T} de spanningen doelbewust op",
        "zijn de maatregelen van {T} {neg}",
        "speelt {T} met vuur door {topic}",
    ),
}
_QUOTE_MARKS = (
    ("\u201c", "\u201d"), ('"', '"'), ("'", "'"), ("\u201e", "\u201d"), ("\u2018", "\u2019"),
    ("\u00ab", "\u00bb"),
)
_NARRATIVE = (
    "{Time} kondigden {actor} {topic2} aan, een maatregel die in {city} slecht viel.",
    "De kwestie van {topic} ligt al maanden gevoelig tussen {actor} en Moskou.",
    "Volgens {agency} gaat het om {n} {unit}, al is dat aantal niet onafhankelijk bevestigd.",
    "In {city} wordt nog overlegd over {topic}, meldt {agency}.",
    "Waarnemers in {city} zien in {topic} vooral een signaal aan {actor}.",
    "{Actor} {verb_past} {time} {topic2}, tot ongenoegen van het Kremlin.",
    "Rusland viel in februari 2022 Oekraïne binnen.",
    "Sindsdien zijn de betrekkingen tussen Moskou en {actor} op een dieptepunt beland.",
    "Het is de {ord} keer dit jaar dat {topic} op de agenda staat.",
    "De delegaties uit {city} en {city2} zouden {day} opnieuw samenkomen.",
    "{Actor} wil voor {month} duidelijkheid over {topic}.",
    "Analisten van {agency} wijzen op de {adj_plain} toon van de laatste weken.",
    "Een woordvoerder van {actor} wilde {time} niet reageren op vragen van {agency}.",
    "De gesprekken duurden {n} uur, langer dan gepland.",
    "Een akkoord over {topic} lijkt voorlopig ver weg.",
    "Intussen stijgt in {city} de druk om {topic} op te schorten.",
)
_UNITS = ("diplomaten", "miljard dollar", "raketten", "bedrijven", "tankers", "gevangenen",
          "drones", "procent", "miljoen euro", "vaten olie per dag", "soldaten")
_VERB_PAST = ("kondigde", "bevestigde", "ondertekende", "blokkeerde", "schortte", "verlengde",
              "bekritiseerde", "verdedigde")
_ADJ_PLAIN = ("scherpere", "verzoenende", "afwachtende", "grimmige", "voorzichtige",
              "opvallend milde")
_ORD = ("tweede", "derde", "vierde", "vijfde", "zesde")
_TITLE_FORMS = (
    "{Short} waarschuwt {T} voor {topic}",
    "Kremlin {reacts} op {topic}",
    "{Short}: '{quote_short}'",
    "{Short} over {topic}: {adj_word}",
    "Rusland en {T} botsen over {topic}",
    "{Short} wil praten met {T} over {topic}",
    "Kremlin neemt {T} serieus - echt waar?",
    "Moskou noemt {topic} {neg}",
)
_REACTS = ("reageert koel", "reageert positief", "reageert woedend", "haalt uit", "reageert")
_SOURCES = ("Belga", "ANP", "AFP", "Reuters", "agentschappen", "Belga/AFP", "DPA")
_HEADLINE_PARTS_A = (
    "Aardbeving met een kracht van {d},{d2} schokt", "Files op de E{n2} na ongeval bij",
    "Nieuwe fietsbrug geopend in", "Zware storm trekt over", "Stakingen verwacht in",
    "Recordaantal toeristen in", "Brand in opslagloods bij", "Rechter spreekt verdachte vrij in",
    "Voetbalclub ontslaat trainer in", "Treinverkeer verstoord rond",
)
_HEADLINE_PARTS_B = (
    "de Azoren", "Leuven", "Utrecht", "Gent", "Groningen", "Antwerpen", "Zwolle", "Brugge",
    "Maastricht", "Hasselt", "Den Bosch", "Kortrijk",
)
_ADS = (
    "Waar ren jij tegen kanker? Ook met een korte afstand kun jij impact maken. "
    "Laat je sponsoren en steun onderzoek, ook bij jou in de buurt.",
    "Advertentie",
    "Abonneer nu en lees onbeperkt voor \u20ac 1 per week.",
    "Deel dit artikel: Facebook | X | WhatsApp | E-mail",
    "Volg ons op WhatsApp voor het laatste nieuws.",
    "Reageer op dit artikel",
    "Lees meer over: Rusland, Verenigde Staten, Kremlin",
    "Meld je aan voor onze nieuwsbrief en mis niets.",
)
_BARS = ("\u2191\u2191\u21d1\u21d1\u2191\u2191", "\u2593\u2593\u2591\u2591", "\u25b6 \u25b6 \u25b6")
_INTROS = (
    "Dit bericht verscheen eerder bij {agency}.",
    "Overgenomen van {agency}.",
    "Van onze correspondent in {city}.",
    "(Door onze redactie buitenland)",
    "{city} - ",
)
_SIMPLE_SLOTS: dict[str, tuple[str, ...]] = {
    "topic": _TOPICS,
    "city": _CITIES,
    "agency": _AGENCIES,
    "day": _DAYS,
    "month": _MONTHS,
    "pos": _POS_ADJ,
    "neg": _NEG_ADJ,
    "neu": _NEUTRAL_ADJ,
    "posadj2": ("pragmatische", "constructieve", "open", "redelijke"),
    "negadj2": ("vijandige", "gevaarlijke", "provocerende", "onverantwoorde"),
    "unit": _UNITS,
    "actor": _US + _OTHERS,
    "verb_past": _VERB_PAST,
    "time": _TIMES,
    "ord": _ORD,
    "adj_plain": _ADJ_PLAIN,
    "reacts": _REACTS,
    "adj_word": _POS_ADJ + _NEG_ADJ,
}
_SYNONYMS = {
    "zei": "verklaarde", "verklaarde": "zei", "benadrukte": "onderstreepte", "stelde": "meende",
    "eerder": "vroeger", "nieuwe": "verse", "gesprekken": "besprekingen", "maatregel": "stap",
    "vandaag": "deze dag", "langer": "veel langer", "voorlopig": "vooralsnog",
    "intussen": "ondertussen", "waarnemers": "kenners", "analisten": "experts",
}


# The chance that a generated body sentence is a statement by a Russian official. The tests'
# default is dense (more statements to check per article). Real articles are sparser: in the
# three seed articles 0.40 of the sentences are labelled statements, in the 24 hand-written
# articles of tests/heldout and tests/heldout2 0.25-0.26 (2.6-3.1 statements per 1,000
# characters; the dense corpus has 5.2): the benchmark uses REALISTIC_STATEMENT_SHARE.
DENSE_STATEMENT_SHARE = 0.55
REALISTIC_STATEMENT_SHARE = 0.30


class _Gen:
    """All random choices of one corpus, driven by one seeded `random.Random`."""

    def __init__(self, seed: int, statement_share: float = DENSE_STATEMENT_SHARE) -> None:
        self.rng = random.Random(seed)
        self.statement_share = statement_share
        self.choice = self.rng.choice
        self.random = self.rng.random
        self.randint = self.rng.randint

    # -- small pieces ------------------------------------------------------------------------
    def _target(self) -> str:
        return self.choice(_US) if self.random() < 0.7 else self.choice(_OTHERS)

    def _fill(self, template: str, target: str | None = None) -> str:
        """Fill the {slots} of a template with random vocabulary (drawn only when used)."""
        if "{" not in template:
            return template
        slots = _Slots(self, target)
        out = template.format_map(slots)
        if "{" in out:  # slots inside slot values ({city} in a time phrase)
            out = out.format_map(slots)
        return out

    def _quote_text(self, stance: str, target: str) -> str:
        pool = {"pos": _POS_QUOTES, "neu": _NEU_QUOTES, "neg": _NEG_QUOTES}[stance]
        text = _cap(self._fill(self.choice(pool), target)) + self._fill(self.choice(_EXTRAS))
        if self.random() < 0.35:
            second = {"pos": _POS_QUOTES, "neu": _NEU_QUOTES, "neg": _NEG_QUOTES}[
                self.choice(("pos", "neu", "neg"))
            ]
            text += ". " + _cap(self._fill(self.choice(second)))
        return text

    def _dat_clause(self, stance: str, target: str) -> str:
        pool = {"pos": _POS_DAT, "neu": _NEU_DAT, "neg": _NEG_DAT}[stance]
        return self._fill(self.choice(pool), target)

    def statement(self, speaker: str, first: bool) -> str:
        """One statement by `speaker`: direct quote (several layouts) or indirect speech."""
        full, short = _SPEAKERS[speaker]
        who = self.choice(full) if first else self.choice(short)
        stance = self.choice(("pos", "neu", "neg"))
        target = self._target()
        when = self._fill(self.choice(_TIMES))
        said = self.choice(_SAID)
        form = self.randint(0, 6)
        if form <= 2:
            op, cl = self.choice(_QUOTE_MARKS)
            quote = self._quote_text(stance, target)
            if form == 0:
                tail = ""
                if self.random() < 0.3:
                    tail = f" volgens persbureau {self.choice(_AGENCIES)}"
                return f"{op}{quote}{cl}, {said} {who}{tail}."
            if form == 1:
                return f"{op}{quote}{cl}, aldus {who}."
            return f"{_cap(who)} {said} {when}: {op}{quote}.{cl}"
        if form <= 4:
            return f"{_cap(who)} {said} {when} dat {self._dat_clause(stance, target)}."
        if form == 5:
            return f"Volgens {who} {self._fill(self.choice(_VOLGENS[stance]), target)}."
        return f"{_cap(who)} {said} {when} te geloven dat {self._dat_clause(stance, target)}."

    def narrative(self) -> str:
        return _cap(self._fill(self.choice(_NARRATIVE)))

    def date_forms(self) -> tuple[str, str]:
        """(text as printed, ISO value as precise as the text) for a random date."""
        y, m, d = self.randint(2014, 2025), self.randint(1, 12), self.randint(1, 28)
        hh, mm = self.randint(6, 23), self.randint(0, 59)
        iso = f"{y:04d}-{m:02d}-{d:02d}"
        form = self.randint(0, 7)
        if form == 0:
            return f"date {y:04d}-{m:02d}", f"{y:04d}-{m:02d}"
        if form == 1:
            return f"{d} {_MONTHS[m - 1]} {y}", iso
        if form == 2:
            return f"{self.choice(_DAYS)} {d} {_MONTHS[m - 1]} {y}", iso
        if form == 3:
            return f"{d:02d}/{m:02d}/{y}", iso
        if form == 4:
            return f"{d:02d}-{m:02d}-{y} {hh:02d}:{mm:02d}", iso
        if form == 5:
            return f"{self.choice(_DAYS)[:2]} {d} {_MONTHS[m - 1][:3]} {y}, {hh:02d}:{mm:02d}", iso
        if form == 6:
            return f"Gepubliceerd op {d} {_MONTHS[m - 1]} {y} om {hh:02d}.{mm:02d} uur", iso
        return f"Bijgewerkt: {d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}", iso

    def headline(self) -> str:
        return self._fill(f"{self.choice(_HEADLINE_PARTS_A)} {self.choice(_HEADLINE_PARTS_B)}")

    def furniture_line(self) -> str:
        kind = self.randint(0, 4)
        if kind == 0:
            return (f"Laat Voorlezen? {self.choice(_BARS)} | Leestijd van het artikel: "
                    f"ca. {self.randint(2, 9)} Minuten -")
        if kind == 1:
            return f"{self.choice(('Lees ook:', 'Leestip:', 'LEES OOK |'))} {self.headline()}"
        if kind == 2:
            return f"Leestijd: {self.randint(2, 9)} minuten"
        return self.choice(_ADS)

    def title(self, speaker: str) -> str:
        short = _SPEAKERS[speaker][1][0]
        quote = self._quote_text(self.choice(("pos", "neu", "neg")), self._target())
        words = quote.split()[: self.randint(3, 7)]
        values = {"Short": _cap(short), "quote_short": " ".join(words).rstrip(",.")}
        template = self.choice(_TITLE_FORMS)
        return _cap(self._fill(template.replace("{Short}", values["Short"]).replace(
            "{quote_short}", values["quote_short"])))

    # -- whole articles ----------------------------------------------------------------------
    def paragraphs(self, target_chars: int) -> tuple[list[list[str]], list[str]]:
        """Body paragraphs (lists of sentences) of about `target_chars`, and the direct-quote
        sentences among them (for articles that share quotes)."""
        speakers = self.rng.sample(_SPEAKER_KEYS, self.randint(2, 4))
        seen: set[str] = set()
        paras: list[list[str]] = []
        quotes: list[str] = []
        size = 0
        while size < target_chars:
            para: list[str] = []
            for _ in range(self.randint(2, 4)):
                if self.random() < self.statement_share:
                    sp = self.choice(speakers)
                    sentence = self.statement(sp, sp not in seen)
                    seen.add(sp)
                    if sentence[0] in "\"'\u201c\u201e\u2018\u00ab":
                        quotes.append(sentence)
                else:
                    sentence = self.narrative()
                para.append(sentence)
                size += len(sentence) + 1
            paras.append(para)
        return paras, quotes

    def header(self, title: str, source: str) -> tuple[list[str], str, str, bool]:
        """Header lines, the source printed, the ISO date printed (or ""), and whether the
        last header line is glued to the first body paragraph ("Bron: Belga 0 De ...")."""
        date_text, iso = self.date_forms()
        form = self.randint(0, 6)
        if form == 0:
            return [title], "", "", False
        if form == 1:
            return [title, f"Bron: {source}", date_text], source, iso, False
        if form == 2:
            return [title, date_text], "", iso, False
        if form == 3:
            return [f"Bron: {source} 0"], source, "", True
        if form == 4:
            y, m = iso[:4], iso[5:7]
            return [f" date {y}-{m}"], "", f"{y}-{m}", True
        if form == 5:
            return [title, f"({source})" if self.random() < 0.3 else f"Bron: {source}"], (
                source), "", False
        return [title, f"{self.choice(_CITIES).upper()} ({source}) -"], source, "", True


class _Slots(dict):
    """Template slot values, drawn at random on first use (format_map calls __missing__)."""

    def __init__(self, g: _Gen, target: str | None) -> None:
        super().__init__()
        self.g = g
        if target is not None:
            self["T"] = target

    def __missing__(self, key: str) -> str:
        g = self.g
        c = g.choice
        if key in _SIMPLE_SLOTS:
            value = c(_SIMPLE_SLOTS[key])
        elif key == "T":
            value = g._target()
        elif key in ("city2", "topic2"):
            first = self[key[:-1]]
            pool = _SIMPLE_SLOTS[key[:-1]]
            value = c(pool)
            while value == first:
                value = c(pool)
        elif key == "n":
            value = str(g.randint(2, 60))
        elif key == "n2":
            value = str(g.randint(10, 411))
        elif key == "d":
            value = str(g.randint(3, 7))
        elif key == "d2":
            value = str(g.randint(0, 9))
        elif key == "Time":
            value = _cap(self["time"])
        elif key == "Actor":
            value = _cap(self["actor"])
        else:
            raise KeyError(key)
        self[key] = value
        return value


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _render(
    g: _Gen, title: str, source: str, paras: list[list[str]], furniture_rate: float
) -> tuple[str, str, str, str, str]:
    """Lay out one article file: (text, title, source, published, body)."""
    header, shown_source, published, glued = g.header(title, source)
    body_paras = [" ".join(p) for p in paras]
    body = "\n\n".join(body_paras)
    lines: list[str] = []
    if glued:
        first = header[-1] + " " + body_paras[0]
        lines.extend(header[:-1])
        lines.append(first)
        rest = body_paras[1:]
    else:
        lines.extend(header)
        if g.random() < 0.5:
            lines.append(g.furniture_line())
        rest = body_paras
    for para in rest:
        lines.append(para)
        if g.random() < furniture_rate:
            lines.append(g.furniture_line())
    if g.random() < 0.4:
        foot = g.choice(("Bron: agentschappen", f"\u00a9 {source}", f"({source})"))
        lines.append(foot)
    shown_title = title if header[0] == title else ""
    return "\n\n".join(lines), shown_title, shown_source, published, body


def _edit(g: _Gen, paras: list[list[str]]) -> list[list[str]]:
    """A few word changes and a sentence added or removed."""
    paras = [list(p) for p in paras]
    for _ in range(g.randint(1, 4)):
        p = g.choice(paras)
        i = g.randint(0, len(p) - 1)
        words = p[i].split(" ")
        j = g.randint(0, len(words) - 1)
        w = words[j]
        words[j] = _SYNONYMS.get(w.lower(), w + ("s" if w[-1:].isalpha() else ""))
        p[i] = " ".join(words)
    action = g.randint(0, 2)
    if action == 0:
        g.choice(paras).append(g.narrative())
    elif action == 1:
        candidates = [p for p in paras if len(p) > 1]
        if candidates:
            p = g.choice(candidates)
            del p[g.randint(0, len(p) - 1)]
    return paras


def _reflow_whitespace(g: _Gen, text: str) -> str:
    """Same text with other whitespace: doubled spaces, tabs, no-break spaces, blank lines."""
    words = text.split(" ")
    out = []
    for w in words:
        out.append(w)
        r = g.random()
        out.append("  " if r < 0.05 else "\u00a0" if r < 0.07 else "\t" if r < 0.08 else " ")
    return ("".join(out[:-1]) + "  \n").replace("\n\n", "\n \n\n")


_STRAIGHTEN = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'",
                             "\u2019": "'"})


def generate_corpus(
    n_files: int,
    seed: int = 0,
    duplicate_share: float = 0.2,
    target_chars: int = 4000,
    statement_share: float = DENSE_STATEMENT_SHARE,
) -> list[SynthFile]:
    """Generate `n_files` articles; about `duplicate_share` of them are duplicate variants
    of an earlier original. Deterministic for a given seed. Files are returned in name order,
    every duplicate after its original. `target_chars`: mean body size (bodies vary 0.6-1.4x).
    `statement_share`: the chance that a body sentence is a Kremlin statement (see
    REALISTIC_STATEMENT_SHARE).
    """
    if n_files <= 0:
        return []
    g = _Gen(seed, statement_share)
    n_dup = min(n_files - 1, round(n_files * duplicate_share))
    n_orig = n_files - n_dup
    # which originals get which duplicate variants, decided up front so that each original's
    # sentences can be dropped once its copies exist (memory stays flat for 50,000 files)
    names, weights = zip(*_VARIANT_WEIGHTS, strict=True)
    planned: dict[int, list[str]] = {}
    for _ in range(n_dup):
        planned.setdefault(g.randint(0, n_orig - 1), []).append(
            g.rng.choices(names, weights)[0]
        )
    window: list[dict] = []  # recent originals: donors of shared quotes and paragraphs
    keyed: list[tuple[float, SynthFile]] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of small acyclic objects: the cycle collector only costs time
    try:
        for k in range(n_orig):
            orig, variant = _original(g, k, target_chars, window)
            t, s, pub, body = orig["gold"]
            keyed.append((k + g.random() * 0.5, SynthFile("", orig["text"], k, variant,
                                                         "utf-8", t, s, pub, body)))
            for dup_variant in planned.get(k, ()):
                f = _variant(g, orig, k, dup_variant)
                # after the original, anywhere up to the end (many land in a later batch)
                keyed.append((k + 0.5 + g.random() * (n_orig - k), f))
            window.append(orig)
            if len(window) > _DONOR_WINDOW:
                window.pop(0)
        keyed.sort(key=lambda kv: kv[0])
        width = max(3, len(str(n_files - 1)))
        out = []
        for i, (_, f) in enumerate(keyed):
            name = f"{i:0{width}d}_{g.rng.getrandbits(64):016x}.txt"
            out.append(SynthFile(name, f.text, f.cluster, f.variant, f.encoding, f.title,
                                 f.source, f.published, f.body))
        return out
    finally:
        if gc_was_enabled:
            gc.enable()


def _original(g: _Gen, k: int, target_chars: int, window: list[dict]) -> tuple[dict, str]:
    """One original article (as a dict of its parts) and its variant name."""
    size = int(target_chars * (0.6 + 0.8 * g.random()))
    paras, quotes = g.paragraphs(size)
    variant = "original"
    share = g.random() if window else 1.0
    if share < _SHARED_QUOTES_SHARE:
        donor = g.choice(window)
        if len(donor["quotes"]) >= 2:
            for q in g.rng.sample(donor["quotes"], 2):
                g.choice(paras).insert(1, q)
            variant = "unrelated_shared_quotes"
    elif share < _SHARED_QUOTES_SHARE + _SHARED_PARAGRAPH_SHARE and len(paras) > 4:
        donor = g.choice(window)
        paras.insert(g.randint(1, len(paras) - 1), list(g.choice(donor["paras"])))
        variant = "unrelated_shared_paragraph"
    title = g.title(g.choice(_SPEAKER_KEYS))
    source = g.choice(_SOURCES)
    text, t, s, pub, body = _render(g, title, source, paras, 0.25)
    orig = {"paras": paras, "quotes": quotes, "title": title, "source": source, "text": text,
            "gold": (t, s, pub, body)}
    return orig, variant


def _variant(g: _Gen, orig: dict, cluster: int, variant: str) -> SynthFile:
    """One duplicate variant of an original article."""
    text = orig["text"]
    t, s, pub, body = orig["gold"]
    encoding = "utf-8"
    if variant == "crlf":
        text = text.replace("\n", "\r\n")
    elif variant == "bom":
        encoding = "utf-8-sig"
    elif variant == "cp1252":
        try:
            text.encode("cp1252")
            encoding = "cp1252"
        except UnicodeEncodeError:
            variant, encoding = "utf16", "utf-16"
    elif variant == "utf16":
        encoding = "utf-16"
    elif variant == "whitespace":
        text = _reflow_whitespace(g, text)
    elif variant == "quotes":
        text = text.translate(_STRAIGHTEN)
        body = body.translate(_STRAIGHTEN)
        t = t.translate(_STRAIGHTEN)
    elif variant == "edited":
        paras = _edit(g, orig["paras"])
        text, t, s, pub, body = _render(g, orig["title"], orig["source"], paras, 0.25)
    elif variant == "furniture":
        text, t, s, pub, body = _render(g, orig["title"], orig["source"], orig["paras"], 0.6)
    elif variant == "reprint":
        paras = [list(p) for p in orig["paras"]]
        intro = g._fill(g.choice(_INTROS))
        paras[0] = [intro.strip() + " " + paras[0][0], *paras[0][1:]] if intro.endswith(
            " ") else [intro, *paras[0]]
        if len(paras) > 3 and g.random() < 0.5:
            paras = paras[:-1]  # the reprint drops the last paragraph
        other_title = g.title(g.choice(_SPEAKER_KEYS))
        other_source = g.choice([x for x in _SOURCES if x != orig["source"]])
        text, t, s, pub, body = _render(g, other_title, other_source, paras, 0.3)
    return SynthFile("", text, cluster, variant, encoding, t, s, pub, body)


def write_corpus(files: list[SynthFile], folder: Path) -> None:
    """Write the files as bytes (CRLF kept, BOM/UTF-16/Windows-1252 where the variant says)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        (folder / f.name).write_bytes(f.to_bytes())
