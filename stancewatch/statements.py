"""Statements of Russian officials and institutions in a cleaned Dutch/Flemish news body.

What counts as a statement:
- a direct quote in any quote style („…”, “…”, ”…“, "…", '…', ‘…’, ,,…'') attributed after it
  ("…", zei Peskov / aldus hij / benadrukte de Russische minister ...), before it ("Peskov: …",
  "Lavrov zei tegen journalisten: …"), or by continuation (a quote standing on its own continues
  the speaker of the previous sentence);
- indirect speech: "X zei/verklaarde/waarschuwde ... dat ...", inverted word order ("Ondertussen
  verwierp X ...", "..., verklaarde X dinsdag dat ..."), "volgens X ...", "..., aldus X", and a
  lead sentence attributed by the next one ("... . Dat zei de woordvoerder van het Kremlin."); a
  second speech verb coordinated with the first ("X zei dat A en benadrukte dat B") starts a
  statement of its own (from its "en" on);
- interview answers: a paragraph labelled with the speaker ("Lavrov: …") or "A:"/"Antwoord:"
  (the interviewee: the speaker found last, else the person the introduction is about); an
  answer printed as one quote („Feller. Woordvoerster Zacharova sprak van …”) that holds no
  statement is read again without its outer marks, so the officials it reports are found.

Speakers are names, role phrases resolved on the publication date ("woordvoerder van het
Kremlin" -> Peskov), institutions ("het Kremlin", "Moskou") or pronouns resolved to the most
salient earlier person (subjects first), or, when there is none, to the person a next
sentence names ("Ze voegde eraan toe … . Het ging om Maria Zacharova"). Statements of
non-Russian speakers (Biden, Zelensky, "de Amerikaanse president") are recognised, so their
quotes are never given to a Kremlin speaker, and then dropped. Speech reported inside another
statement ("Trump zei dat Poetin hem had gezegd ...") is part of the outer statement and not a
statement of its own.

Everything is regular expressions over the body plus one linear pass over its sentences; no
tagger, no model. See tests/test_statements*.py for the behaviour in examples.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from stancewatch.actors import (
    FOREIGN,
    RUSSIAN_GIVEN_NAMES,
    Actor,
    ActorRegistry,
    Mention,
    default_registry,
)

__all__ = ["Statement", "extract_statements"]


@dataclass(frozen=True)
class Statement:
    """One statement: who, how (direct quote or indirect speech) and where in the body."""

    speaker: str  # canonical English name ("Peskov") or institution ("Kremlin", "Russia")
    kind: str  # "direct" | "indirect"
    start: int  # offset in the body, inclusive
    end: int  # offset in the body, exclusive; body[start:end] == text
    text: str
    speaker_mention: str  # what named the speaker: "Dmitri Peskov", "hij", "het Kremlin"
    cue: str  # "zei", "aldus", "volgens", "Dat zei", ":" or "(vervolg)" for a continued quote

    def _replace_text(self, body: str, end: int) -> Statement:
        """The statement ending at `end`, its text taken from `body`."""
        return Statement(
            self.speaker,
            self.kind,
            self.start,
            end,
            body[self.start : end],
            self.speaker_mention,
            self.cue,
        )


# an unidentified person: blocks pronoun resolution to an older speaker, is never emitted
_UNKNOWN = Actor("?unknown", "person", False, "")

# ---------------------------------------------------------------------------------------------
# lexicon


def _words(text: str) -> list[str]:
    """The whitespace-separated words of a lexicon table."""
    return text.split()


# Speech verbs, one per line: lemma | finite singular | finite plural (its first form is also
# the infinitive) | participles and separable infinitives | particle. The particle, when given,
# is a regex that must match in the clause after the verb ("voegde ... toe", "liet ... weten");
# before a participle it may precede it ("van de hand gewezen").
# documents whose words are their author's ("staat in de verklaring", "in een nota van ...")
_DOCUMENT_NOUNS = (
    r"verklaring|mededeling|persbericht|samenvatting|nota|protestnota|brief|communiqué|tekst"
)
_DOCUMENTS = rf"(?:{_DOCUMENT_NOUNS})"
_VERB_TABLE = r"""
zeggen | zegt zei zegde | zeggen zeiden zegden | gezegd
verklaren | verklaart verklaarde | verklaren verklaarden | verklaard
stellen | stelt stelde | stellen stelden | gesteld
benadrukken | benadrukt benadrukte | benadrukken benadrukten | benadrukt
onderstrepen | onderstreept onderstreepte | onderstrepen onderstreepten | onderstreept
beklemtonen | beklemtoont beklemtoonde | beklemtonen beklemtoonden | beklemtoond
waarschuwen | waarschuwt waarschuwde | waarschuwen waarschuwden | gewaarschuwd
verwerpen | verwerpt verwierp | verwerpen verwierpen | verworpen
ontkennen | ontkent ontkende | ontkennen ontkenden | ontkend
noemen | noemt noemde | noemen noemden | genoemd
beschuldigen | beschuldigt beschuldigde | beschuldigen beschuldigden | beschuldigd
eisen | eist eiste | eisen eisten | geëist
dreigen | dreigt dreigde | dreigen dreigden | gedreigd
herhalen | herhaalt herhaalde | herhalen herhaalden | herhaald
toevoegen | voegt voegde | voegen voegden | toegevoegd toevoegen | \btoe\b
toevoegen | toevoegt toevoegde | toevoegden |
laten weten | laat liet | laten lieten | laten | \b(?:weten|doorschemeren|blijken|verstaan|(?:er)?op\s+volgen|geen\s+(?:enkele\s+)?(?:twijfel|misverstand)\s+(?:bestaan|over))\b
melden | meldt meldde | melden meldden | gemeld
verzekeren | verzekert verzekerde | verzekeren verzekerden | verzekerd
beweren | beweert beweerde | beweren beweerden | beweerd
erkennen | erkent erkende | erkennen erkenden | erkend
bevestigen | bevestigt bevestigde | bevestigen bevestigden | bevestigd
antwoorden | antwoordt antwoordde | antwoorden antwoordden | geantwoord
reageren | reageert reageerde | reageren reageerden | gereageerd
vragen | vraagt vroeg | vragen vroegen | gevraagd
roepen | roept riep | roepen riepen | geroepen opgeroepen oproepen
roepen | oproept opriep | opriepen |
betogen | betoogt betoogde | betogen betoogden | betoogd
aankondigen | kondigt kondigde | kondigen kondigden | aangekondigd aankondigen | \baan\b
aankondigen | aankondigt aankondigde | aankondigden |
verwijten | verwijt verweet | verwijten verweten | verweten
suggereren | suggereert suggereerde | suggereren suggereerden | gesuggereerd
opmerken | merkt merkte | merken merkten | opgemerkt opmerken | \bop\b
opmerken | opmerkt opmerkte | opmerkten |
toelichten | licht lichtte | lichten lichtten | toegelicht toelichten | \btoe\b
toelichten | toelicht toelichtte | toelichtten |
vertellen | vertelt vertelde | vertellen vertelden | verteld
schrijven | schrijft schreef | schrijven schreven | geschreven
weerspreken | weerspreekt weersprak | weerspreken weerspraken | weersproken
tweeten | tweet tweette twittert twitterde | tweetten twitterden | getweet getwitterd tweeten
uitleggen | legt legde | leggen legden | uitgelegd uitleggen | \b(?:uit|schuld)\b
uitleggen | uitlegt uitlegde | uitlegden |
hekelen | hekelt hekelde | hekelen hekelden | gehekeld
veroordelen | veroordeelt veroordeelde | veroordelen veroordeelden | veroordeeld
prijzen | prijst prees | prijzen prezen | geprezen
bekritiseren | bekritiseert bekritiseerde | bekritiseren bekritiseerden | bekritiseerd
protesteren | protesteert protesteerde | protesteren protesteerden | geprotesteerd
spreken | spreekt sprak | spreken spraken | gesproken uitgesproken | ^(?:\s+(?:(?!met\b)\S+\s+){0,4}?(?:van|zich)\b|\s+(?:(?!met\b)\S+\s+){0,4}?tegen(?:\s+dat\b|\s*[.,;:]|$)|[^.?!;]{0,110}?\svan\s+(?:,,|[„“"'‘])|\s+(?:\S+\s+){0,2}?(?:de\s+hoop|zijn\s+steun|zijn\s+bezorgdheid|zijn\s+zorgen|zijn\s+waardering|zijn\s+vertrouwen|zijn\s+twijfels?)\s+(?:\S+\s+){0,2}?uit\b)
zich tonen | toont toonde | tonen toonden | getoond | ^\s+(?:\S+\s+){0,3}?zich\b
klagen | klaagt klaagde | klagen klaagden | geklaagd | ^\s+(?:\S+\s+){0,4}?(?:dat|over)\b
herinneren | herinnert herinnerde | herinneren herinnerden | herinnerd | ^\s+(?:\S+\s+){0,4}?(?:er)?aan\s+(?:dat|het\s+feit)\b
rekenen | rekent rekende | rekenen rekenden | gerekend | ^\s+(?:\S+\s+){0,3}?(?:erop\s+dat|op\s+(?!\d)|voor\s+dat\b)
grappen | grapt grapte | grappen grapten | gegrapt
bedanken | bedankt bedankte | bedanken bedankten | bedankt
uitnodigen | nodigt nodigde | nodigen nodigden | uitgenodigd uitnodigen | \buit\b
uitnodigen | uitnodigt uitnodigde | uitnodigden |
wijten | wijt weet | wijten |  | \baan\b
het hebben over | heeft had | hebben hadden |  | ^\s+het\s+(?:\S+\s+){0,4}?over\b
uithalen | haalt haalde | halen haalden | uitgehaald uithalen | \buit\s+naar\b
uithalen | uithaalt uithaalde | uithaalden |
wegwuiven | wuift wuifde | wuiven wuifden | weggewuifd wegwuiven | \bweg\b
wegwuiven | wegwuift wegwuifde | wegwuifden |
pareren | pareert pareerde | pareren pareerden | gepareerd
vegen | veegt veegde | vegen veegden | geveegd | \bvan\s+tafel\b
opdragen | draagt droeg | dragen droegen | opgedragen | \bop\b
afdoen | doet deed | doen deden | afgedaan afdoen | \baf\b
afdoen | afdoet afdeed | afdeden |
vergelijken | vergelijkt vergeleek | vergelijken vergeleken | vergeleken | ^\s+(?:\S+\s+){0,8}?met\b
aanraden | raadt raadde | raden raadden | aangeraden aanraden | \baan\b
aanraden | aanraadt aanraadde | aanraadden |
zich haasten | haast haastte | haasten haastten | gehaast | ^\s+(?:\S+\s+){0,2}?zich\s+(?:\S+\s+){0,3}?te\s+(?:zeggen|verklaren|benadrukken|melden|ontkennen|verzekeren|stellen|laten\s+weten)\b
verwijzen | verwijst verwees | verwijzen verwezen | verwezen | \bnaar\b
wijzen op | wijst wees | wijzen wezen | gewezen afgewezen afwijzen | \b(?:erop|op|hand|af)\b
wijzen op | afwijst afwees | afwezen |
aangeven | geeft gaf | geven gaven | aangegeven toegegeven aangeven toegeven | \b(?:(?:aan|toe)\s+dat|de\s+(?:volle\s+|hele\s+|volledige\s+)?schuld)\b
aangeven | aangeeft aangaf toegeeft toegaf | aangaven toegaven |
uitsluiten | sluit sloot | sluiten sloten | uitgesloten uitsluiten | \buit\b
uitsluiten | uitsluit uitsloot | uitsloten |
volhouden | houdt hield | houden hielden | volgehouden volhouden | \b(?:vol|staande)\b|\bvast\s+aan\s+(?:de|het|zijn|haar|hun)\s+(?:\w+\s+){0,2}?dat\b|\bhet\s+(?:[^\s.!?;:]+\s+){0,4}?bij\s+(?:(?:de|één|een)\s+\w+\s*)?(?:dat\b|[„“"'‘]|,,|:)|\bhet\s+(?:[^\s.!?;:]+\s+){0,3}?kort\s*:|\bhet\s+(?:[^\s.!?;:]+\s+){0,4}?op\s+(?:[„“"'‘]|,,)
volhouden | volhoudt volhield | volhielden |
beloven | belooft beloofde | beloven beloofden | beloofd
menen | meent meende | menen meenden | gemeend
vinden | vindt vond | vinden vonden |  | ^\s+(?:\S+\s+){0,5}?dat\b|[^.;:!?]{0,90}?\s(?:[„“"‘]|,,)\w[^”"’']{0,100}[”"’'](?:'|\s*[.,;])
denken | denkt dacht | denken dachten |  | ^\s+(?:\S+\s+){0,3}?dat\b
verwachten | verwacht verwachtte | verwachten verwachtten |  | ^\s+(?:\S+\s+){0,3}?(?:(?:dat|niets|weinig|veel|geen)\b|(?:[„“"‘]|,,)\w)
zien | ziet zag | zien zagen |  | ^\s+(?:\S+\s+){0,5}?(?:geen\s+(?:enkele\s+)?(?:reden|grond|aanleiding|noodzaak|bedreiging|gevaar)|een\s+(?:kans|bedreiging|gevaar|provocatie|poging|bewijs|teken|signaal)|achter\b|vooral\s+\w|de\s+hand\s+van\b)|\s+er\s+(?:[^\s.!?;:]+\s+){1,5}?in\s+(?:dat\b|om\b|,,|[„“"'‘])|\s+(?:in\s+(?:[^\s.!?;:]+\s+){1,5}?|(?:daarin|hierin|erin)\s+(?:[^\s.!?;:„“"'‘]+\s+){0,3}?)(?:(?:een|het)\s+(?:[^\s„“"'‘,.!?;:]+\s+){0,3}?(?:,,|[„“"'‘])|,,|[„“"'‘]|(?:een|het)\s+(?:bewijs|teken|signaal|poging|uiting|bevestiging|voorbeeld|bekentenis|erkenning|provocatie|bedreiging|uitgestoken\s+hand|handreiking|opening|gebaar)\b)
claimen | claimt claimde | claimen claimden | geclaimd | ^\s+(?:\S+\s+){0,3}?dat\b
geloven | gelooft geloofde | geloven geloofden |  | ^\s+(?:\S+\s+){0,3}?dat\b
hopen | hoopt hoopte | hopen hoopten | gehoopt | ^\s+(?:\S+\s+){0,3}?(?:dat|op)\b
betreuren | betreurt betreurde | betreuren betreurden | betreurd
verwelkomen | verwelkomt verwelkomde | verwelkomen verwelkomden | verwelkomd
toejuichen | juicht juichte | juichen juichten | toegejuicht toejuichen | \btoe\b
toejuichen | toejuicht toejuichte | toejuichten |
uiten | uitte | uitten | geuit uiten
aandringen | dringt drong | dringen drongen | aangedrongen aandringen | \baan\b
aandringen | aandringt aandrong | aandrongen |
bekendmaken | maakt maakte | maken maakten | bekendgemaakt bekendmaken | \b(?:bekend|duidelijk)\b
bekendmaken | bekendmaakt bekendmaakte | bekendmaakten |
concluderen | concludeert concludeerde | concluderen | geconcludeerd
opperen | oppert opperde | opperen | geopperd
voorstellen | voorstelt voorstelde | voorstelden | voorgesteld
onthullen | onthult onthulde | onthullen onthulden | onthuld
verduidelijken | verduidelijkt verduidelijkte | verduidelijken verduidelijkten | verduidelijkt
pleiten | pleit pleitte | pleiten pleitten | gepleit | ^\s+(?:\S+\s+){0,4}?(?:voor|ervoor)\b
schatten | schat schatte | schatten schatten | geschat | ^\s+(?:\S+\s+){0,3}?dat\b
aanbieden | biedt bood | bieden boden | aangeboden aanbieden | \baan\b
aanbieden | aanbiedt aanbood | aanboden |
betuigen | betuigt betuigde | betuigen betuigden | betuigd
willen | wil wilde | willen wilden |  | ^\s+(?:\S+\s+){0,2}?dat\s+(?!niet\b|wel\b|ook\b|graag\b|nu\b|zelf\b|[.,;:!?])
verdedigen | verdedigt verdedigde | verdedigen verdedigden | verdedigd | ^(?:\s+(?:\S+\s+){0,6}?als\b|\s+(?:\S+\s+){0,3}?(?:besluit|beslissing|beleid|keuze|optreden|aanpak|standpunt|houding)\b)
preciseren | preciseert preciseerde | preciseren preciseerden | gepreciseerd
klinken | klinkt klonk luidt luidde |  |  | ^\s+het\b
citeren | citeert citeerde | citeren citeerden | geciteerd
nuanceren | nuanceert nuanceerde | nuanceren nuanceerden | genuanceerd
schamperen | schampert schamperde | schamperen schamperden | geschamperd
insinueren | insinueert insinueerde | insinueren insinueerden | geïnsinueerd
instemmen | stemt stemde | stemmen stemden | ingestemd | \b(?:er|hier|daar)(?:\s+\w+){0,2}?\s*mee\s+in\s+(?:dat|om)\b
vestigen | vestigt vestigde | vestigen vestigden | gevestigd | \baandacht\s+op\b
erbij blijven | blijft bleef | blijven bleven | gebleven | ^\s+(?:\w+\s+){0,2}?(?:erbij|er\s+(?:\w+\s+){0,2}?bij)\s+(?:dat\b|:)
staan | staat stond | staan stonden |  | ^\s+(?:in\s+\w+\s+(?:\w+\s+)?<DOCUMENT>\b|er(?:\s+(?:ook|nog|verder|bovendien|voorts|tevens|eveneens)){0,2}(?:\s*in)?\s*[.,;:])
samenvatten | vat vatte | vatten | samengevat samenvatten | ^\s+(?:\S+\s+){0,5}?samen\s*:
samenvatten | samenvat samenvatte | samenvatten |
voorrekenen | voorrekent voorrekende | voorrekenden | voorgerekend voorrekenen
"""  # noqa: E501 - one verb per line; the particle of "spreken" is long
# surface form -> (lemma, grammatical kinds, particle regex)
_FORMS: dict[str, tuple[str, frozenset[str], str]] = {}
for _line in _VERB_TABLE.replace("<DOCUMENT>", _DOCUMENTS).strip().splitlines():
    _lemma, _fin, _pl, _nonfinite, _particle = ([*map(str.strip, _line.split("|", 4)), ""])[:5]
    _plural = _words(_pl)
    _table = [("fin", _words(_fin)), ("pl", _plural), ("inf", _plural[:1])]
    for _kind, _forms in (*_table, ("part", _words(_nonfinite))):
        for _w in _forms:
            _old = _FORMS.get(_w)
            _kinds = frozenset({_kind}) | (_old[1] if _old else frozenset())
            _FORMS[_w] = (_lemma, _kinds, _particle)
_FORMS["aldus"] = ("aldus", frozenset({"aldus"}), "")
_FORMS["volgens"] = ("volgens", frozenset({"volgens"}), "")
_PRONOUNS = frozenset({"hij", "zij", "ze"})
# a sentence opening with the demonstrative "Die" as its subject ("En premier Poetin? Die liet
# via zijn woordvoerder weten ...") is about the last person named in the sentence before
_DEMONSTRATIVE_SUBJECT_RE = re.compile(r"Die(?=\s+[a-z])")  # at a sentence start
# a speaker's label in a transcript before it: "CORRESPONDENT MOSKOU: Die zei dat ..."
_LABEL_BEFORE_RE = re.compile(r"[A-Z][A-Z ]{3,30}:\s+$")
# a sentence naming who a pronoun before it was: "Het ging om Maria Zacharova", "Dat was Peskov"
_CATAPHOR_RE = re.compile(
    r"\s*[\"“„'‘]?\s*(?:Het|Dit|Dat)\s+(?:ging|gaat|betrof|betreft|was|is)\s+(?:om\s+)?",
)
# an interview answer labelled with its speaker at the start of a paragraph: "Lavrov: De ..."
# an all-capitals speaker label opening a transcript's paragraph ("PRESENTATOR:", "CORRESPONDENT
# MOSKOU:")
_TRANSCRIPT_LABEL_RE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40}:\s")
_QA_LABEL_RE = re.compile(r"[ \t]*([^\W\d_][\w.'’ -]{0,40}?)[ \t]*:[ \t]+(?=\S)")
_ANSWER_LABELS = frozenset({"a", "antwoord"})
# unlabelled interviews (question paragraph, answer paragraph)
_QA_MIN_QUESTIONS = 3
_QA_QUESTION_CHARS = 400
_QA_SHORT_QUESTION_CHARS = 200
_INTERVIEW_CUE_RE = re.compile(
    r"\b(?:interview|vraaggesprek)\b|\bgesprek\s+met\b|\bontv(?:angt|ing)\s+ons\b"
    r"|\bspr(?:eekt|ak|aken)\s+(?:met\b|ons\b)|\b(?:wij|we|ik)\s+spr(?:aken|ak|eken|eek)\b",
    re.IGNORECASE,
)
# "... en benadrukte dat ...": a coordinated second speech verb (see _coordinated_cue), at most
# this many characters after the first
_COORD_REACH = 400
_COORD_EN_RE = re.compile(r",?\s+en\s+(?:ook\s+|tegelijk\s+|verder\s+)?$")
_SPEECH_FOLLOWS_RE = re.compile(
    r"(?:\s+(?:ook|nog|verder|daarbij|tegelijk|eraan\s+toe|er\s+\w+\s+bij))*\s*(?:dat\b|:|,?\s*[\"“„'‘])"
)
# particles that, closing the clause, turn a speech verb into another verb
_OTHER_VERB = {
    "stellen": frozenset(_words("aan uit in teleur gerust samen op beschikbaar")),
    "zeggen": frozenset(_words("af op")),
    "roepen": frozenset(_words("terug bijeen")),
    "vragen": frozenset(_words("aan")),
    "melden": frozenset(_words("aan af")),
}
# forms that carry their particle: "toegevoegd", "bekendgemaakt", "(die eraan) toevoegde"
_SEPARABLE = ("toe", "aan", "op", "bekend", "uit", "vol", "weg", "af")
# found together with the role phrases in one pass over the lower-cased body
_LOWER_WORDS = frozenset(_FORMS) | _PRONOUNS
_PARTICLE_RES = {p: re.compile(p) for (_, _, p) in _FORMS.values() if p}
# the same, matched right after the verb and within its clause: one regex call per verb
_PARTICLE_AFTER_RES = {
    p: re.compile(p[1:] if p.startswith("^") else "[^.?!;]{0,120}?(?:" + p + ")")
    for p in _PARTICLE_RES
}

_ACTIVE_AUX = frozenset(
    _words("""heeft hebben had hadden zal zullen zou zouden wil willen wilde wilden kan kunnen
    kon konden moet moeten moest moesten mag mocht blijft bleef gaat ging""")
)
_PASSIVE_AUX = frozenset(_words("werd wordt worden werden is was zijn waren geworden"))
# words that may stand before a subject without making it an inverted sentence
_PARTICLES = frozenset(_words("maar en want ook zelfs alleen enkel dus of"))
# "Zijn naamgenoot Igor Ivanov liet weten", "Haar collega Lavrov zei": a relation before a name
_RELATION_NOUNS = frozenset(
    _words(
        "zijn haar hun collega naamgenoot opvolger voorganger plaatsvervanger rechterhand "
        "dezelfde diezelfde"
    )
)
# first words of an adverbial that puts the subject after the verb ("Ondertussen verwierp X",
# "Enkele uren eerder had X gezegd"; a subject "Een woordvoerder zei" is found before this)
# words before a subject that keep the sentence start out of the statement
_LEAD_STOP_RE = re.compile(r"[,;:()\"“”„‘’«»]|\s'|^'")
# "Over Comey: „…”", "En: „…”": a topic or a connective before a colon, not a speaker; the
# quote continues the sentence before
_TOPIC_HEAD_RE = re.compile(
    r"\s*(?:(?:En\s+)?(?:Over|Wat\s+betreft)\s+[^:.!?„“\"'‘]{1,60}"
    r"|(?:En|Maar|Ook|Verder|Daarna|Later|Bovendien|Voorts|Tot\s+slot|Ten\s+slotte|Tenslotte)"
    r"(?P<more>(?:,?\s+[a-zà-ÿ][\w-]*){0,5}))\s*:"
)  # "En meteen daarna:", "En na een korte pauze:" (lower-case words only, and no mention)
# a quote after a colon belongs to the subject of the words before the colon, up to this many
# ("Minister Sergej Lavrov, vorige week op de OVSE-top in Astana: „...”")
_COLON_HEAD_WORDS = 16
# "liet via (zijn) woordvoerder Dmitri Jakoesjkin weten": the spokesman is the speaker
_VIA_SPOKESMAN_RE = re.compile(
    r"\s+via\s+(?:zijn\s+|haar\s+|hun\s+)?(?:\w+\s+)?(?:woordvoerder|woordvoerster|perschef|"
    r"persvoorlichter|persvoorlichtster|persattaché)\s+"
)
# a reporter's cue before a quote of the person just spoken about: "Ik citeer:", "Letterlijk:"
_CITE_RE = re.compile(r"(?:\b[Ii]k\s+citeer(?:\s+\w+)?|\b[Cc]itaat|\b[Ll]etterlijk)\s*:$")
_ADVERBIAL_START = frozenset(
    _words("""in op tegen tijdens na bij voor met aan over uit van door tot sinds namens tussen
    onder rond vanuit naar zonder ondanks wegens per binnen buiten achter vanwege via omtrent
    inzake ondertussen intussen daarop daarna eerder later gisteren vandaag vanochtend
    vanmorgen vanmiddag vanavond vannacht gisteravond eergisteren toen nu toch echter zo daarbij
    daarnaast bovendien verder opnieuw eveneens tevens vervolgens daarom daarin daarover
    hierover hierop hiermee daarmee daartegen hierbij dus wel al reeds nog kort onlangs recent
    eind begin half midden vorige vorig afgelopen deze dit tegelijk tegelijkertijd desondanks
    niettemin evenwel overigens uiteindelijk nadien meteen onmiddellijk inmiddels sindsdien
    zondag maandag dinsdag woensdag donderdag vrijdag zaterdag januari februari maart april
    mei juni juli augustus september oktober november december vooral anderzijds enerzijds
    pas ten tot diezelfde datzelfde enkele een twee drie gevraagd desgevraagd geconfronteerd
    aangesproken ondervraagd daar hier dan eerst zelfs ook daarentegen voorts ditmaal nogmaals
    aanvankelijk""")  # "Gevraagd naar de vinger van Trump zei Poetin: ..."
)
_WEEKDAY_RE = re.compile(r"(?:maan|dins|woens|donder|vrij|zater|zon)dag\w*$")
# words allowed between a verb and its (inverted) subject: "aldus nog Peskov",
# "zei woordvoerder Dmitri Peskov", "verklaarde donderdag de Russische president"
_GAP_WORDS = frozenset(
    _words("""de het nog ook dan daarop later toen eerder vandaag gisteren opnieuw nogmaals
    eveneens tevens zelf zelfs echter evenwel wel al daarbij daarover hierover bovendien nu
    intussen ondertussen woordvoerder woordvoerster minister president premier topdiplomaat
    diplomaat ambassadeur adviseur gezant onderhandelaar leider chef secretaris voorzitter
    vicevoorzitter russische russisch kremlinwoordvoerder zondag maandag dinsdag woensdag
    donderdag vrijdag zaterdag eraan daaraan toe weten eerste waarnemend waarnemende""")
)
_PREPOSITIONS = frozenset(
    _words("""in op tegen tijdens na bij voor met aan over uit van door tot namens tussen onder
    rond vanuit naar zonder ondanks wegens per binnen buiten achter vanwege via omtrent inzake
    dan volgens""")
)
# words that open a clause after "dat" ("merkt op dat de Russen"): after a preposition, "dat"
# before any other lower-case word is a determiner ("van dat aanbod")
_CLAUSE_OPENERS = frozenset(
    _words("""de het een hij zij ze er zijn haar hun men wij we ik u jij je dit dat die deze
    niet geen alle iedereen niemand iets niets zo ook nu dan al""")
)
_COMPLEMENT_RE = re.compile(r"\b(?:dat|of|te|om|wat|hoe|waarom|wie|welke|waar)\b|:", re.I)
_CLAUSE_PUNCT_RE = re.compile("[,;:()\u2013\u2014]| - ")
# words that open a clause; capitalised only where a sentence can start with them
_BOUNDARY_WORDS = frozenset(
    _words("""dat omdat hoewel nadat zoals terwijl toen wanneer als of die wat waarin waarop
    waarmee waardoor doordat zodat voordat tenzij aangezien waar wie en maar Dat Omdat Hoewel
    Nadat Zoals Terwijl Toen Wanneer Als Sinds Aangezien Voordat Doordat""")
)
_RELATIVES = frozenset({"die", "wie"})
# "…, luidde het in een verklaring op de website van het Kremlin", "stond in de mededeling van X"
_DOCUMENT_OF_RE = re.compile(
    r"\s+(?:het\s+)?(?:ook\s+)?in\s+(?:de|een|het)\s+(?:\w+\s+)?(?:verklaring|mededeling|"
    r"communiqué|persbericht|brief|tekst|bericht)\s+(?:op\s+de\s+website\s+)?van\s+"
)
# adjectives of a title before a speaker's role or name ("Presidentieel adviseur Joeri Ushakov",
# "Voormalig president Medvedev", "waarnemend president Poetin") and party descriptors ("De
# nationalist Vladimir Zjirinovski"): part of the subject, not a word that ends it
_TITLE_MODIFIERS = frozenset(
    _words("""presidentieel presidentiële voormalig voormalige toenmalig toenmalige huidig huidige
    plaatsvervangend plaatsvervangende permanent permanente vast vaste hooggeplaatst
    hooggeplaatste invloedrijk invloedrijke machtige ervaren senior nationalist ultranationalist
    communist communistische nationalistische liberaal waarnemend waarnemende""")
)
# a compound title noun before a name ("Buitenlandadviseur Joeri Oesjakov", "Topdiplomaat
# Lavrov", "Kremlinstrateeg ..."): part of the subject, like a title modifier
# "Zacharova van het ministerie van Buitenlandse Zaken zei": lower-case words of the workplace
_WORKPLACES = frozenset(
    _words(
        "ministerie ambassade dienst agentschap inlichtingendienst veiligheidsdienst "
        "commissie raad staf delegatie administratie regering bank partij fractie"
    )
)
_WORKPLACE_ENDINGS = tuple(_WORKPLACES)  # also as the head of a compound: "defensiecommissie"
_POSTMODIFIER_WORDS = (
    frozenset(
        _words(
            "van het de departement russische in te kantoor buitenlandse binnenlandse "
            "federale militaire generale centrale nationale presidentiële zijn haar premier "
            "president"
        )
    )
    | _WORKPLACES
)
# a Russian official the registry does not know: "de Russische vice-ambassadeur Vladimir
# Safronkov" (a Russian title of lower-case words, then two or three capitalised names)
_UNREGISTERED_RE = re.compile(  # also past a capitalised adjective ("Arctische ambassadeur")
    r"[Dd]e\s+Russische\s+(?:[A-ZÀ-Ý][a-zà-ÿ-]*(?:sche|se)\s+)?(?:[a-zà-ÿ][\w-]*\s+){1,3}?"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'-]+){1,2})\b"
)
_DE = ("de ", "De ")
# "een hoge Russische diplomaat, Konstantin Vorontsov,": the title first, the name in commas
_UNREGISTERED_COMMA_RE = re.compile(
    r"\b(?:[Dd]e|[Ee]en)\s+(?:[a-zà-ÿ]+\s+)?Russische\s+(?P<title>(?:[a-zà-ÿ][\w-]*\s+){0,2}?"
    r"[a-zà-ÿ][\w-]*)(?:\s+(?:in|bij|te)\s+(?:de\s+|het\s+)?[A-ZÀ-Ý][\w-]+)?,"  # "in Havana"
    r"\s+(?P<name>[A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'-]+){1,2}),"
)
_RUSSIAN_BODIES = ("Doema", "Federatieraad", "Kremlin")
# "[Senator ]Frants Klintsevitsj, vicevoorzitter van de defensiecommissie van de " before the
# Russian body's name (searched back from it), then at most a few words and the closing comma
_APPOSITION_OFFICIAL_RE = re.compile(
    r"(?:\b[A-ZÀ-Ý][a-zà-ÿ]+\s+)?"  # "Senator" or a first name
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'-]+\s+[A-ZÀ-Ý][a-zà-ÿ'-]+),\s+"
    r"(?P<title>[a-zà-ÿ-]+\s+(?:[\wà-ÿ-]+\s+){0,7}?)(?:van|bij|in)\s+(?:de|het)\s+$"
)
_APPOSITION_CLOSE_RE = re.compile(r"\w+[^,.;:\"“„'‘]{0,40},")
_INSTITUTION_DESCRIPTOR_RE = re.compile(  # "Het Russische landbouwagentschap Rosselkhoznadzor"
    r"\W*(?:(?:maar|en|ook)\s+)?(?:[Dd]e|[Hh]et)\s+(?:Russische\s+)?(?:[a-zà-ÿ-]+(?:e|se)\s+){0,2}"
    r"(?:[a-zà-ÿ]*dienst|[a-zà-ÿ]*bureau|[a-zà-ÿ]*agentschap|[a-zà-ÿ]*zender|[a-zà-ÿ]*instantie)"
    r"\s*$"
)
_OFFICIAL_TITLE_RE = re.compile(
    r"(?:ambassadeur|minister|staatssecretaris|woordvoer|diplomaat|gezant|generaal|gouverneur|"
    r"senator|parlementari|doemalid|afgevaardigde|premier|president|adviseur|functionaris|"
    r"ambtenaar|onderhandelaar|commandant|ombudsman|procureur|aanklager|consul|"
    r"vertegenwoordiger|voorzitter|secretaris|commissaris|chef|zaakgelastigde|parlementslid|"
    r"doemalid|raadslid|senaatslid|kamerlid)"  # "Federatieraadslid Konstantin Kosatsjov"
)
# a correspondent's "Einde citaat." between two quotes of the same speaker
_END_OF_QUOTE_RE = re.compile(r"\W*(?:Einde|Eind)\s+(?:citaat|quote)\W*", re.IGNORECASE)
# a capitalised name right after a title mention ("Ambassadeur Jon Huntsman"): the title is his
_NAME_AFTER_TITLE_RE = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+")
# determiners that open a noun phrase fronted before a finite verb of labelling ("Het gesprek
# ... noemde X"); a noun phrase naming a person is the subject instead ("De Navo-chef noemde X")
_FRONTED_NP_START = frozenset(_words("het de zijn haar hun dat die deze dit"))
_LABEL_VERBS = frozenset(("noemen", "vinden", "omschrijven", "bestempelen"))
_PERSON_NOUN_RE = re.compile(
    _OFFICIAL_TITLE_RE.pattern + r"|leider|hoofd|baas|topman|kanselier|koning|regering|kabinet"
    r"|krant|zender|analist|deskundige|expert|journalist|correspondent|rapport|onderzoek|verslag"
    r"|document|resolutie|strategie|aanklacht|wet\b|tekst|artikel|boek|studie|peiling|brief|nota"
    r"|persbericht|parlement|rechtbank|rechter|commissie|comité|oppositie|organisatie|partij"
    r"|bondgenoot|bondgenoten|land\b|landen|staat\b|staten|navo|unie|bedrijf|bank",
    re.IGNORECASE,
)
# "de militaire expert Viktor Malin", "IMF-directeur Michel Camdessus": a person the registry does
# not know, named with a trade or a title; a pronoun after him is not an official named before
_NAMED_NON_OFFICIAL_RE = re.compile(  # the trade in any case ("Admiraal Timothy Keating zei")
    r"\b(?i:expert|analist|politicolo(?:og|ge)|deskundige|hoogleraar|professor|onderzoeke?r"
    r"|onderzoekster|journaliste?|commentator|econoom|historic(?:us|a)|advocaat|advocate"
    r"|schrijver|schrijfster|blogger|activiste?|kenner|specialist|wetenschapper|socioloog"
    r"|directeur|voorzitter|topman|topvrouw|chef|baas|secretaris-generaal|admiraal|generaal"
    r"|kolonel|senator|minister)\s+"
    r"[A-ZÀ-Ý][\w'-]+\s+[A-ZÀ-Ý][\w'-]+"
)
# "Aleksandr Tokovinin, sinds vorig jaar Russisch ambassadeur in Brussel": a full name, a comma
# and an apposition of a few lower-case words before "Russisch(e)" and an official title
_RUSSIAN_APPOSITION_RE = re.compile(
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'-]+\s+[A-ZÀ-Ý][a-zà-ÿ'-]+),\s+(?:[a-z0-9][\w-]*\s+){0,5}?"
    r"Russisch(?:e)?\s+(?P<title>(?:[a-zà-ÿ-]+\s+){0,2}?[a-zà-ÿ-]+)\b"
)
_APPOSITION_REST_RE = re.compile(r"[^,.;:\"“„'‘]{0,40},|")  # to its closing comma, if any
# "Andrej Kroetskich, de speciale vertegenwoordiger van Poetin voor informatieveiligheid,": a full
# name and an apposition with an official title of a Russian official named by surname (an aide,
# envoy or adviser speaks for him); the surname is checked against the registry
_LEADER_APPOSITION_RE = re.compile(
    r",\s+(?:de\s+|het\s+)?(?P<title>(?:[a-zà-ÿ][\w-]*\s+){0,3}?[a-zà-ÿ-]+)\s+van\s+"
    r"(?:de\s+)?(?:(?:Russische\s+)?(?:president|premier|minister)\s+)?(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?"
    r"(?P<leader>[A-ZÀ-Ý][a-zà-ÿ'-]+)(?P<rest>[^,.;:\"“„'‘]{0,40}),"
)
_NAME_BEFORE_COMMA_RE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'-]+\s+[A-ZÀ-Ý][a-zà-ÿ'-]+$")
# "Viceminister Viktor Posoevaljoek", "minister van Pers Michail Lesin", "kinderrechtencommissaris
# Pavel Astachov": an official title, a Russian given name (data/russian_given_names.csv) and a
# surname of Russian form. Without "Russische" the given name and the surname say whose official
# it is; a foreign nationality adjective before the title says otherwise.
_RUSSIAN_SURNAME_ENDINGS = tuple(
    _words(
        "ov ev in yn ova eva ina ski sky skij skaja skaya ij iy oj oy itsj ich ytsj oek uk jan enko"
        " dze sjvili shvili ny nyj nij ki"
    )
)
_TITLE_ENDINGS = tuple(
    _words(
        "ambassadeur minister staatssecretaris woordvoerder woordvoerster diplomaat gezant "
        "gouverneur senator premier president adviseur functionaris onderhandelaar commandant "
        "ombudsman procureur aanklager consul vertegenwoordiger voorzitter secretaris commissaris "
        "chef directeur generaal generaal-majoor admiraal afgevaardigde parlementslid doemalid "
        "raadslid senaatslid "
        "zaakgelastigde kolonel kapitein majoor"
    )
)
_TITLE_BEFORE_NAME_RE = re.compile(
    r"(?:^|[\s(])(?P<title>(?:eerste\s+)?[\w-]*(?:" + "|".join(_TITLE_ENDINGS) + r"))"
    r"(?:\s+van\s+(?:de\s+|het\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)?(?P<comma>,)?\s+$",
    re.IGNORECASE,
)
_FOREIGN_ADJECTIVE_BEFORE_RE = re.compile(r"\b(?!Russisch)[A-ZÀ-Ý][\w-]*(?:se|sche)\s+$")
_FOREIGN_ADJECTIVE_IN_RE = re.compile(r"\b(?!Russisch)[A-ZÀ-Ý][\w-]*(?:se|sche)\s")
# the title of "Roskomnadzor-topman", "Rosatom-chef": after a Russian body and a hyphen
_COMPOUND_TITLES = frozenset(
    _words(
        "topman topvrouw baas chef hoofd directeur woordvoerder woordvoerster voorzitter "
        "commandant onderhandelaar adviseur"
    )
)
# after a Russian given name and surname: an official title in apposition with a lower-case
# workplace ("Viktor Danilov-Daniljan, de voorzitter van het staatscomité voor
# milieubescherming,"; a capitalised word there is a country or a foreign body: "de president van
# Oekraïne"), or a Russian party ("Vladimir Loekin van de partij Jabloko")
_RUSSIAN_PARTIES = (
    r"Jabloko|Yabloko|Verenigd\s+Rusland|Rechtvaardig\s+Rusland|LDPR|KPRF|Rodina"
    r"|Ons\s+Huis\s+Rusland|Unie\s+van\s+Rechtse\s+Krachten|[Cc]ommunistische\s+[Pp]artij"
    r"|[Ll]iberaal-[Dd]emocratische\s+[Pp]artij"
)
_TITLE_AFTER_NAME_RE = re.compile(
    r",\s+(?:de\s+|het\s+)?(?P<title>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*){0,2}?)"
    r"\s+(?:van|bij)\s+(?:de\s+|het\s+)?[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*){0,5},"
    r"|\s+van\s+(?:de\s+)?(?:partij\s+)?(?P<party>" + _RUSSIAN_PARTIES + r")\b"
)
# "Sergej Gorboenov, de woordvoerder van Rosaviakosmos,": an official title in apposition with a
# capitalised workplace, which must be a Russian institution of the registry; the apposition
# closes with a comma or ends the sentence ("..., zei Sergej Gorboenov, de woordvoerder van X.")
_TITLE_AT_BODY_RE = re.compile(
    r",\s+(?:de\s+|het\s+)?(?P<title>[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*){0,2}?)"
    r"\s+(?:van|bij)\s+(?:de\s+|het\s+)?(?P<body>[A-ZÀ-Ý][\w-]*(?:\s+[\w-]+){0,4}?)"
    r"(?:,|(?=[.;:]))"
)


# a capitalised word before a capitalised word (the second in a lookahead, so a failed pair does
# not swallow the next one); checked in Python against RUSSIAN_GIVEN_NAMES and the surname
# endings: cheaper than an alternation of 137 names tried at every position
_GIVEN_NAME_RE = re.compile(
    r"\b(?P<given>[A-ZÀ-Ý][a-zà-ÿ]+)"
    r"(?=\s+(?P<sur>[A-ZÀ-Ý][a-zà-ÿ']*(?:-[A-ZÀ-Ý]?[a-zà-ÿ']+)*)\b)"  # "Danilov-Daniljan"
)
_TRANSLITERATION = (("tsj", "ch"), ("sj", "sh"), ("zj", "zh"), ("oe", "u"))


def _unregistered_candidates(body: str, reg: ActorRegistry) -> Iterator[tuple[int, int, int, int]]:
    """(mention start, name start, name end, apposition end) of each Russian official the body
    introduces with an official title: "de Russische vice-ambassadeur Vladimir Safronkov", a
    name with an apposition holding "Russisch(e)" and a title ("Aleksandr Tokovinin, sinds vorig
    jaar Russisch ambassadeur in Brussel"), or a name with an apposition naming a Russian body
    ("Frants Klintsevitsj, vicevoorzitter van de defensiecommissie van de Federatieraad,").
    Cheap: plain substring searches first."""
    idx = body.find("Russische ")
    while idx >= 3:
        um = _UNREGISTERED_RE.match(body, idx - 3) if body[idx - 3 : idx] in _DE else None
        if um is not None and _OFFICIAL_TITLE_RE.search(body, um.start(), um.start("name")):
            ns, ne = um.span("name")
            yield um.start(), ns, ne, ne
        else:
            cm = _UNREGISTERED_COMMA_RE.search(body, max(0, idx - 20), idx + 120)
            if cm is not None and _OFFICIAL_TITLE_RE.search(cm.group("title")):
                yield cm.start(), cm.start("name"), cm.end("name"), cm.end()
        idx = body.find("Russische ", idx + 10)
    idx = body.find(", ")
    while idx >= 0:
        near = body.find("Russisch", idx, idx + 80)
        if near >= 0:
            for am in _RUSSIAN_APPOSITION_RE.finditer(body, max(0, idx - 60), near + 60):
                if am.end("name") == idx and _OFFICIAL_TITLE_RE.search(am.group("title")):
                    close = _APPOSITION_REST_RE.match(body, am.end())
                    yield am.start(), am.start("name"), am.end("name"), close.end()
                    break
        idx = body.find(", ", idx + 2)
    for gm in _GIVEN_NAME_RE.finditer(body):
        if gm.group("given") not in RUSSIAN_GIVEN_NAMES or not gm.group("sur").endswith(
            _RUSSIAN_SURNAME_ENDINGS
        ):
            continue
        after = _TITLE_AFTER_NAME_RE.match(body, gm.end("sur"))
        if after is not None and (
            after.group("party") or _OFFICIAL_TITLE_RE.search(after.group("title") or "")
        ):
            end = gm.end("sur")
            yield gm.start(), gm.start(), end, after.end()
            continue
        at = _TITLE_AT_BODY_RE.match(body, gm.end("sur"))
        if (
            at is not None
            and _OFFICIAL_TITLE_RE.search(at.group("title"))
            and _russian_body(reg, at.group("body"))
        ):
            yield gm.start(), gm.start(), gm.end("sur"), at.end()
            continue
        head = body[max(0, gm.start() - 90) : gm.start()]
        last = head.rsplit(None, 1)[-1].lower() if head.strip() else ""
        org, dash, title = last.rpartition("-")
        if dash and title in _COMPOUND_TITLES and head.endswith(" "):
            # "Roskomnadzor-topman Aleksandr Zjarov": a Russian body of the registry and a title
            word = head.rsplit(None, 1)[-1]
            if _russian_body(reg, word[: len(org)]):
                yield gm.start() - len(word) - 1, gm.start(), gm.end("sur"), gm.end("sur")
                continue
        if not last.endswith(_TITLE_ENDINGS) and " van " not in head[-80:]:
            continue  # cheap test before the regex: no title right before, no "van ..." phrase
        tm = _TITLE_BEFORE_NAME_RE.search(head)
        apposition = tm is not None and tm.group("comma") is not None
        if apposition and body[gm.end("sur") : gm.end("sur") + 1] != ",":
            continue  # "De woordvoerder van het ministerie, Joeri X, zei": closed by a comma
        if tm is None or ("Russisch" in head[tm.start() :] and not apposition):
            continue  # "de Russische minister X" is found above
        if apposition and _FOREIGN_ADJECTIVE_IN_RE.search(head, tm.start()):
            continue  # "De woordvoerder van de Amerikaanse ambassade, Joeri X,"
        before = head[: tm.start("title")]
        if _FOREIGN_ADJECTIVE_BEFORE_RE.search(before) or re.search(r"\bvan\s+de\s+$", before):
            continue  # "de Oekraïense minister ...", "woordvoerder van de Amerikaanse ..."
        name_end = gm.end("sur")
        if apposition:  # the name alone is the mention; its closing comma leads to the verb
            yield gm.start(), gm.start(), name_end, name_end + 1
            continue
        yield gm.start() - len(head) + tm.start("title"), gm.start(), name_end, name_end
    idx = body.find(" van ")
    while idx >= 0:
        comma = body.rfind(", ", max(0, idx - 60), idx)
        lm = _LEADER_APPOSITION_RE.match(body, comma) if comma >= 0 else None
        nm = _NAME_BEFORE_COMMA_RE.search(body, max(0, comma - 50), comma) if lm else None
        if (
            lm is not None
            and nm is not None
            and _OFFICIAL_TITLE_RE.search(lm.group("title"))
            and _russian_person(reg, lm.group("leader"))
        ):
            yield nm.start(), nm.start(), nm.end(), lm.end()
        idx = body.find(" van ", idx + 5)
    for word in _RUSSIAN_BODIES:
        idx = body.find(word)
        while idx >= 0:
            # the apposition ends in "van de Federatieraad,": look back from the body's name
            if body[max(0, idx - 4) : idx] in (" de ", "het "):
                comma = body.rfind(",", max(0, idx - 120), idx)
                am = (
                    _APPOSITION_OFFICIAL_RE.search(body, max(0, comma - 60), idx)
                    if comma >= 0
                    else None
                )
                close = _APPOSITION_CLOSE_RE.match(body, idx) if am is not None else None
                if close is not None and _OFFICIAL_TITLE_RE.search(am.group("title")):
                    yield am.start(), am.start("name"), am.end("name"), close.end()
            idx = body.find(word, idx + len(word))


_WORD_APOSTROPHE_RE = re.compile(r"(?<=\w)['’](?=\w)")
# subordinators that open a clause fronted before the main clause ("Toen hem werd gevraagd ...,
# zei Lavrov dat")
_FRONTING_SUBORDINATORS = frozenset(
    _words("toen als nadat voordat hoewel omdat terwijl zodra wanneer zolang aangezien")
)
# a time of day that opens a live blog's entry, and what may follow it: "11.20", "uur", "-"
_CLOCK_TIME_RE = re.compile(r"\d{1,2}[.:u]\d{2}[:.]?|uur[:.]?|[-–—:|]")
# a singular finite verb after "Ze" ("Ze liet weten"; not "Ze moeten", "Ze zijn")
_SINGULAR_VERB_AFTER_RE = re.compile(r"\s+(?!zijn\b)[a-z]+(?<!en)\b")
# a closing quote and a comma right before a verb: "‘...’, klaagt hij"
_AFTER_QUOTE_RE = re.compile(r"[”\"’'»],\s*$|,[”\"’'»]\s*$")
# "..., zoals Trump vorige maand aankondigde, antwoordt Poetin": a speech verb in an aside
_ASIDE_RE = re.compile(r"\bzoals\s+[^,.;:!?\"“”„'‘’]{0,60}$", re.IGNORECASE)


def _without_aside_cues(body: str, sent_start: int, cues: list[_Cue]) -> list[_Cue]:
    """A sentence's speech verbs without those in a `zoals` aside when another one is left: the
    aside reports someone else's words in passing, the sentence's own verb says who speaks."""
    kept = [
        c for c in cues if _ASIDE_RE.search(body, max(sent_start, c.start - 70), c.start) is None
    ]
    return kept if kept else cues


def _russian_person(reg: ActorRegistry, surname: str) -> bool:
    """Whether the registry knows this surname as a Russian person ("Poetin", "Lavrov")."""
    actor = reg.lookup(surname)
    return actor is not None and actor.kind == "person" and actor.russian


def _russian_body(reg: ActorRegistry, name: str) -> bool:
    """Whether the registry knows this name as a Russian institution ("Rosaviakosmos")."""
    actor = reg.lookup(name)
    return actor is not None and actor.kind == "institution" and actor.russian


def _maybe_unregistered(body: str, reg: ActorRegistry) -> bool:
    """Whether the body may introduce an unregistered Russian official (cheap pre-check)."""
    return next(_unregistered_candidates(body, reg), None) is not None


def _english_spelling(surname: str) -> str:
    """A Dutch transliteration of a Russian surname in English spelling ("Tsjoerkin" ->
    "Churkin", "Dzjabarov" -> "Dzhabarov"), as the registry and gold files name people."""
    low = surname.lower()
    if "ch" in low and "tsj" not in low:
        low = low.replace("ch", "kh")  # Dutch "ch" is English "kh" ("Chodorkovski")
    for dutch, english in _TRANSLITERATION:
        low = low.replace(dutch, english)
    low = low.replace("j", "y")  # Dutch j is English y ("Jakoesjkin", "Posoevaljoek")
    if low.endswith(("ski", "skiy")):
        low = low.removesuffix("iy").removesuffix("i") + "y"  # "Drobysjevski" -> "Drobyshevsky"
    return "-".join(part[:1].upper() + part[1:] for part in low.split("-"))


# '"…", had X gezegd': a perfect auxiliary right after the quote, subject and participle follow
_AUX_AFTER_QUOTE_RE = re.compile(r"(?:had|heeft|hadden|hebben)\s+", re.IGNORECASE)
_TITLE_NOUN_RE = re.compile(
    r"\w{3,}(?:adviseur|adviseuse|woordvoerder|woordvoerster|minister|ambassadeur|gezant|"
    r"diplomaat|onderhandelaar|strateeg|ideoloog|chef|topman|topvrouw|president|premier)$"
    # titles the registry has no role for, bare or compound ("Voorzitter Gennadi Seleznjov")
    r"|\w*(?:voorzitter|voorzitster|generaal|admiraal|kolonel|senator|gouverneur|directeur|"
    r"commandant|opperbevelhebber|doemalid|dumalid|parlementslid|senaatslid|raadslid|"
    r"secretaris)$"
    # "Generaal-majoor", "chef-staf", "adjunct-woordvoerder"
    r"|(?:generaal|kolonel|luitenant|vice|schout|chef|adjunct)-\w+$"
)
# '"…", aldus de generaal': a bare title after the verb stands for the person the text is about
_BARE_TITLE_RE = re.compile(
    r"\s+de\s+(?:generaal|admiraal|kolonel|diplomaat|minister|viceminister|ambassadeur|"
    r"woordvoerder|woordvoerster|adviseur|senator|gezant)\s*[.,;]"
)
# military ranks between a title and a name: "woordvoerder generaal-majoor Igor Konasjenkov"
_RANKS = (
    r"(?:luitenant-|vice-|schout-bij-nacht|kolonel-)?(?:generaal|admiraal|kolonel|majoor|"
    r"kapitein|luitenant)(?:-majoor|-generaal|-admiraal)?"
)
_RANK_RE = re.compile(_RANKS + r"$")
_RANKS_ONLY_RE = re.compile(r"\s*(?:" + _RANKS + r"\s+){0,2}", re.IGNORECASE)
_TITLE_JOIN_RE = re.compile(r"\s+en\s+")
_APPOSED_NAME_GAP_RE = re.compile(r",\s+(?:" + _RANKS + r"\s+){0,2}", re.IGNORECASE)
# "Het voorstel noemde hij 'onaanvaardbaar'": a finite verb directly followed by a subject
# pronoun is an inverted main clause whatever stands first (a name there could be the object)
_SUBJECT_PRONOUN_AFTER_RE = re.compile(r"\s+(?:hij|zij)\b")
# "Lavrov, die bij aankomst opviel door een trui, had gezegd": a relative clause between the
# subject and its verb (at most this many words in it, no quote)
_RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:die|dat|wiens|wier)\s+[^,;:\"“„'‘]*,\s*$")
_RELATIVE_MAX_WORDS = 20
# "De woordvoerder van het Kremlin, Dmitri Peskov, zei": the noun phrase that opens the
# sentence before a name in commas (determiner, then at most 12 words without a verb of speech
# or another comma)
_APPOSITION_HEAD_RE = re.compile(  # also after a particle: "En de Russische ambassadeur, X, zei"
    r"\W*(?:(?:En|Maar|Ook|en|maar|ook)\s+)?(?:De|Het|de|het|Zijn|Haar|zijn|haar)\s+"
    r"[^,;:.!?\"“„'‘]{3,100},\s*(?:" + _RANKS + r"\s+)?"  # "De woordvoerder …, kapitein X,"
)
# "X heeft <object> genoemd" with an "en"/"om" inside the object: at most this many words
# between the subject and the participle
_PERFECT_MAX_WORDS = 30
# "Volgens het ministerie ...", "Een woordvoerder zei ...": a bare institution noun (or an
# unnamed spokesman) refers back to the institution the last sentences were about, when its
# kind fits (see _backref_actor)
_BACKREF_RE = re.compile(
    r"\b(?:[Hh]et\s+ministerie(?:\s+van\s+(?:[Bb]uitenlandse\s+[Zz]aken|[Dd]efensie))?|"
    r"(?:[Zz]ijn|[Hh]aar)\s+(?:ministerie|ambassade)|"
    r"[Dd]e\s+ambassade|(?:[Ee]en|[Dd]e)\s+(?:woordvoerder|woordvoerster|zegsman))\b"
    r"(?!\s+(?:van|in|bij|uit)\b)"
)
# "het ministerie van ..." after a sentence about the Russian state itself
_RUSSIAN_STATE = frozenset({"Russia", "Kremlin"})
_MINISTRY_OF = {"buitenlandse zaken": "Russian MFA", "defensie": "Russian MoD"}
_MINISTRIES = frozenset(_MINISTRY_OF.values())
_BACKREF_SENTENCES = 8  # how far back a bare "het ministerie" looks for the one it means


def _ministry_of(low: str) -> str | None:
    """The Russian ministry a lower-cased "het ministerie van ..." names, if one of _MINISTRY_OF."""
    return next((v for k, v in _MINISTRY_OF.items() if k in low), None)


_OF_INSTITUTION_RE = re.compile(r"\s+van\s+")
_BY_PRONOUN_RE = re.compile(r"\s+(?:hem|haar)\b")  # "volgens hem", "volgens haar"
# the bodies of other states a spokesman may be "van" ("het State Department", "het Pentagon",
# "de Amerikaanse ambassade", "het Oekraïense leger")
_FOREIGN_BODY_RE = re.compile(
    r"(?:het\s+|de\s+)?(?:State\s+Department|Pentagon|(?!Russisch)[A-ZÀ-Ý][\w-]*(?:se|sche)\s)"
)
_BACKREF_NOUN_RE = re.compile(r"ministerie|ambassade|woordvoer|zegsman")
_SPOKESMAN_KEYS = frozenset({"woordvoerder", "woordvoerster", "zegsman", "woordvoerders"})
_BACKREF_FITS = {
    "ministerie": ("Russian MFA", "Russian MoD", "Russian ministry"),
    "ambassade": ("Russian embassy",),
}
# "Toen zei X", "toen verklaarde hij": "toen" right before the verb is the adverb "then" (an
# inverted main clause), not the conjunction "when" ("toen hij zei ...")
_TOEN = frozenset({"toen", "Toen"})
_REFUSAL_RE = re.compile(r"\b(?:niet|geen|weigerde|weigert|te)\s+(?:\w+\s+)?$")
_CONTEXT_CLAUSE_RE = re.compile(r" (?:nadat|toen|voordat|terwijl|sinds) ")
# what was said, named again: "Met die waarschuwing ...", "Die boodschap herhaalde X"
_SAID_NOUNS = r"woorden|waarschuwing|boodschap|uitspraak|oproep|belofte|dreiging"
_DAT_START_RE = re.compile(
    r"\s*(?:Dat|Dit|Zo|(?:Met\s+)?(?:die|deze|Die|Deze)\s+(?:\w+\s+)?(?:"
    + _SAID_NOUNS
    + r"|opmerking|verklaring))\s+"
)
# "Dat deed minister Ivanov maandag": the pro-verb "doen" stands for the statement before
_PRO_VERBS = frozenset(("deed", "deden"))
# "staat in de verklaring van de FSB" / "in een verklaring van het ministerie" / "in een
# verklaring die het Kremlin uitgaf": the author
_AUTHOR_GAP_RE = re.compile(
    r"\s+in\s+(?:\w+\s+){1,3}?" + _DOCUMENTS + r",?\s+(?:van|die|dat)\s+(?:de\s+|het\s+)?"
)
# "Het rapport verwijt ...", "De nieuwe doctrine stelt ...": a document as the subject
_DOCUMENT_SUBJECT_RE = re.compile(
    r"\s*(?:Het|De|Dat|Dit|Deze|Die)\s+(?:[a-zà-ÿ-]+\s+){0,2}?("
    + _DOCUMENT_NOUNS
    + r"|rapport|document|doctrine|concept|memorandum|ontwerpverdrag|veiligheidsconcept)\s*"
)
# "volgens de verklaring": the document a speaker just issued
_THE_DOCUMENT_RE = re.compile(r"\s+de\s+" + _DOCUMENTS + r"\b(?!\s+van\b)")
# "‘…’, aldus een verklaring."
_ALDUS_DOCUMENT_RE = re.compile(r"\s+(?:een|de|het)\s+(?:[\w-]+\s+)?" + _DOCUMENTS + r"\b")
_DOCUMENT_NOUN_RE = re.compile(r"\s+in\s+(?:de|het)\s+(" + _DOCUMENTS + r")\b")
# "In de officiële samenvatting van het Kremlin heet het ...": a document and its author first
_IN_DOCUMENT_OF_RE = re.compile(
    r"\s*In\s+(?:de|een|het|zijn|haar)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENTS + r"\s+van\s+"
)
_OF_DOCUMENT_RE = re.compile(_DOCUMENTS + r"\s+van\s+(?:de\s+|het\s+)?$")
# "maakte dat dinsdag bekend", "liet dat gisteren weten": "dat" is the object, the sentence
# before it is what was made known
_DEMONSTRATIVE_DAT_RE = re.compile(r"\s+dat\s+(?:[\w-]+\s+){0,5}?(?:bekend|weten)\b")
# "Dat maakte de dienst bekend": a body referred to by its kind
_BODY_AFTER_RE = re.compile(
    r"\s+(?:de|het)\s+(?:dienst|ministerie|departement|agentschap|parket|Kremlin)\b"
)
# "„…”, citeert de krant." (the paper and nothing else after the verb)
_CITED_BY_PAPER_RE = re.compile(
    r"\s+(?:de|het)\s+(?:krant|blad|dagblad|persbureau|zender)\s*[.!]?\s*"
)
# "Daarin staat dat ...": what a document just named says (`staan` is a speech verb only so)
_IN_IT_RE = re.compile(r"(?:^|[.!?”\"'’]\s+|\n)(?:Daarin|Hierin)\s+$")
# "In een verklaring (van het ministerie) staat dat ...": the document fronted before `staat`
_IN_DOCUMENT_BEFORE_RE = re.compile(
    r"(?:^|[.!?”\"'’]\s+|\n)In\s+(?:de|een|het|zijn|haar)\s+(?:[\w-]+\s+){0,2}?"
    + _DOCUMENTS
    + r"(?:\s+van\s+[^.!?]{1,60}?)?\s+$"
)
# "heeft een verklaring verspreid waarin staat dat ...": the document of the sentence's subject
_WHEREIN_RE = re.compile(r"\b" + _DOCUMENTS + r"\s+(?:[\w-]+\s+){0,4}?waarin\s+$")
_DAT_DEED_RE = re.compile(r"(?:^|[.!?”\"'’]\s+|\n)Dat\s+$")
# "Met die waarschuwing heeft X ...": the sentence before is X's, whatever the verb
_WITH_THOSE_WORDS_RE = re.compile(r"\s*Met\s+(?:die|deze)\s+(?:\w+\s+)?(?:" + _SAID_NOUNS + r")\b")
# "Zo reageerde X op het bericht dat ...": a "dat" after such a noun is the noun's, not the verb's
_NOUN_CLAUSE_RE = re.compile(
    r"\b(?:bericht|berichten|nieuws|vraag|besluit|beslissing|aankondiging|uitspraak|verklaring|"
    r"kritiek|beschuldiging|beschuldigingen|voorstel|plan|eis|dreigement|mededeling|nieuws)"
    r"(?:\s+(?:van|uit)\s+(?:[\w-]+\s+){0,6}?[\w-]+)?\s+(?:dat|om)\b",
    re.IGNORECASE,
)
# ", vicepremier sinds 2019, " / ", Poetins adviseur voor buitenlands beleid, " (a genitive first)
_APPOSITION_RE = re.compile(r",\s+(?=[a-z]|[A-ZÀ-Ý][a-zà-ÿ]+s\s+[a-z])[^,;:.!?“”„\"()]{1,160}?,\s*")
_VAN_RE = re.compile(r"\s+(?:van|uit)\s+")  # "Michail Margelov uit de Federatieraad"
_PLACE_RE = re.compile(r"\s+(?:in|te|uit)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s)")
_CLAUSE_CUT_RE = re.compile(r"[.?!;]")
_CLAUSE_END_RE = re.compile(r"[.?!;,:]")

# ---------------------------------------------------------------------------------------------
# quotes

_QUOTE_MARK_RE = re.compile("[\"“”„‟«»'‘’‚‹›]")  # ",," is found with str.find
_DOUBLE = frozenset({'"', "“", "”", "„", "‟", "«", "»", ",,", "''"})
_OPEN_ONLY = frozenset({"„", ",,", "‚", "«", "‹"})
_CLOSE_ONLY = frozenset({"»", "›", "''"})
_QUOTE_CHARS = "\"“”„‟«»'‘’‚‹›"
_OPEN_BEFORE = " \t\n([{/—–-" + _QUOTE_CHARS
_CLOSE_AFTER = " \t\n.,;:!?)]}…/—–-" + _QUOTE_CHARS
_CLITIC_RE = re.compile(r"[sStTnNkK]\b")


@dataclass
class _Quote:
    start: int  # the opening mark
    end: int  # after the closing mark (or the end of the paragraph when unclosed)
    words: int
    unclosed: bool
    # a quoted clause, not a scare-quoted word or phrase ('onaanvaardbare'): four words or
    # more, or a short sentence of its own ("Nee, nooit.")
    substantial: bool


def _mark_roles(body: str, s: int, e: int) -> tuple[bool, bool]:
    """(can open, can close) for a quote mark, judged by its neighbours, not its glyph:
    Dutch texts use ”…“, “…“ and ”…” as freely as „…” and “…”."""
    mark = body[s:e]
    prev = body[s - 1] if s > 0 else " "
    nxt = body[e] if e < len(body) else " "
    if mark in _OPEN_ONLY:
        return (prev.isspace() if mark == ",," else not nxt.isspace()), False
    if mark in _CLOSE_ONLY:
        return False, not prev.isspace()
    if mark in ("'", "’", "‘"):
        if prev.isalnum() and nxt.isalnum():
            return False, False  # zo'n, Trump's, d'r
        if prev.isspace() and (nxt.isdigit() or _CLITIC_RE.match(body, e) is not None):
            return False, False  # 's avonds, 't, de jaren '80
    return prev in _OPEN_BEFORE and not nxt.isspace(), not prev.isspace() and nxt in _CLOSE_AFTER


# a quote mark: (start, end, double family, can open, can close)
_Mark = tuple[int, int, bool, bool, bool]


def _quote_marks(body: str) -> list[_Mark]:
    """Every quote mark of the body with its family and possible roles; '' and ,, are one
    mark. A newline counts as a space, so a paragraph edge needs no special case."""
    spans: list[tuple[int, int]] = []
    for m in _QUOTE_MARK_RE.finditer(body):
        s = m.start()
        if spans and spans[-1][1] == s and body[s] == "'" and body[s - 1] == "'":
            spans[-1] = (s - 1, s + 1)  # '' closes a ,,quote''
            continue
        spans.append((s, s + 1))
    comma = body.find(",,")
    if comma >= 0:
        while comma >= 0:
            spans.append((comma, comma + 2))
            comma = body.find(",,", comma + 2)
        spans.sort()
    return [(s, e, body[s:e] in _DOUBLE, *_mark_roles(body, s, e)) for s, e in spans]


def _find_quotes(
    body: str, marks: list[_Mark], para_start: int, para_end: int, next_para_opens: bool
) -> list[_Quote]:
    """Pair the quote marks of one paragraph. A mark of the other family inside a quote is a
    nested quote or an apostrophe and is ignored; an unclosed single quote was an apostrophe;
    an unclosed double quote runs to the end of the paragraph (a quote over several
    paragraphs) when it starts a sentence."""
    quotes: list[_Quote] = []
    i = 0
    n = len(marks)
    while i < n:
        s, e, double, can_open, _ = marks[i]
        if not can_open:
            i += 1
            continue
        j = i + 1
        closed_at = reopened_at = None
        while j < n:
            mark = marks[j]
            if mark[2] == double:
                if mark[4]:
                    closed_at = j
                    break
                if mark[3]:
                    reopened_at = j
                    break
            j += 1
        if closed_at is not None:
            close = marks[closed_at]
            quotes.append(_make_quote(body, s, close[1], e, close[0], False))
            i = closed_at + 1
            continue
        if not double:
            i += 1  # an opening single mark that never closes was an apostrophe
            continue
        stop = marks[reopened_at][0] if reopened_at is not None else para_end
        head = body[max(para_start, s - 2) : s]
        starts_sentence = s == para_start or head.rstrip()[-1:] in (".", "!", "?", ":", "")
        if starts_sentence and (reopened_at is not None or next_para_opens or stop == para_end):
            end = len(body[:stop].rstrip())
            quotes.append(_make_quote(body, s, end, e, end, True))
            i = reopened_at if reopened_at is not None else n
            continue
        i += 1
    return quotes


def _make_quote(body: str, s: int, end: int, inner_s: int, inner_e: int, unclosed: bool) -> _Quote:
    inner = body[inner_s:inner_e].rstrip()
    words = len(inner.split())
    final = inner[-1:] in (".", "!", "?", "…")
    return _Quote(s, end, words, unclosed, words >= 4 or (words >= 2 and final))


# ---------------------------------------------------------------------------------------------
# sentences

# the next sentence may open with ",," (the Flemish low double quote) as well
_SENT_END_RE = re.compile(r"([.!?…]+)([\"'”“’‘»)\]]*)\s+(?=[A-ZÀ-ÞА-Я0-9\"“”„‘’'‚«(–—\-\[]|,,)")
_ABBREVIATIONS_LOW = _words(
    """bv bijv o.a oa m.a.w d.w.z dwz ca nl resp vs mr dr drs ir prof dhr mevr mw st jr sr
    gen kol lt min max nr no art blz p e.d etc enz incl excl afb vgl zgn z.g.a.w jl a.s
    n.a.v i.p.v ipv t.o.v tov m.b.t mbt"""
)
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_LOW) | {w.capitalize() for w in _ABBREVIATIONS_LOW}


@dataclass
class _Sentence:
    start: int
    end: int
    para: int
    heading: bool = False


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    """Paragraphs: blank lines always separate; a single newline too, unless it merely wraps
    a running sentence (a letter or comma before it, a lower-case letter after it)."""
    spans: list[tuple[int, int]] = []
    start = None
    prev_end = 0
    for m in re.finditer(r"[^\n]+", body):
        line = m.group()
        if not line.strip():
            continue
        if start is not None:
            gap = body[prev_end : m.start()]
            last = body[prev_end - 1]
            wraps = (
                gap.count("\n") == 1
                and (last.isalnum() or last == ",")
                and line.lstrip()[:1].islower()
            )
            if not wraps:
                spans.append((start, prev_end))
                start = m.start()
        else:
            start = m.start()
        prev_end = m.end()
    if start is not None:
        spans.append((start, prev_end))
    return spans


def _sentence_ends(body: str) -> list[tuple[int, int]]:
    """Candidate sentence ends of the body as (end of the sentence, start of the next one):
    punctuation, closing quotes and brackets, whitespace, then a capital, digit or quote;
    not after an abbreviation ("o.a.", "Mr.") or an initial ("J. Biden")."""
    out = []
    abbreviations = _ABBREVIATIONS
    for m in _SENT_END_RE.finditer(body):
        start = m.start()
        if m.group(1) == ".":
            word_start = body.rfind(" ", max(0, start - 12), start) + 1
            token = body[word_start:start].lstrip("(")
            if token in abbreviations or (len(token) == 1 and token.isalpha()):
                continue
        out.append((m.end(2), m.end()))
    return out


def _split_sentences(
    body: str,
    ends: list[tuple[int, int]],
    p_start: int,
    p_end: int,
    para: int,
    quotes: list[_Quote],
) -> list[_Sentence]:
    """Sentences of one paragraph; a quote is never split, whatever it contains.

    Linear in the paragraph: whether a sentence end falls inside a quote is a bisect over the
    quote starts plus a running maximum of their ends (quotes may nest), not a scan of all quotes.
    """
    out: list[_Sentence] = []
    start = p_start
    q_starts = sorted(q.start for q in quotes)
    reach: list[int] = []  # reach[i]: the furthest end among the i+1 earliest-starting quotes
    for q in sorted(quotes, key=lambda q: q.start):
        reach.append(max(q.end, reach[-1]) if reach else q.end)
    for point, cut in ends:
        if point <= p_start:
            continue
        if cut >= p_end:
            break
        i = bisect_left(q_starts, point) - 1  # quotes starting strictly before the point
        if i >= 0 and reach[i] > point:
            continue
        out.append(_Sentence(start, point, para))
        start = cut
    tail_end = p_end
    while tail_end > start and body[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > start:
        out.append(_Sentence(start, tail_end, para))
    if len(out) == 1:
        text = body[out[0].start : out[0].end].rstrip(_QUOTE_CHARS + ") ")
        out[0].heading = len(text) < 120 and text[-1:] not in (".", "!", "?", ":", "…")
    return out


# ---------------------------------------------------------------------------------------------
# extraction


class _M:
    """A mention during extraction: registry mention or pronoun, with its resolved actor."""

    __slots__ = (
        "start",
        "end",
        "text",
        "kind",
        "actor",
        "possessive",
        "subjectish",
        "base",
        "ext_end",
        "si",
        "resolved",
    )

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str,
        actor: Actor | None,
        possessive: bool,
        base: Mention | None,
    ) -> None:
        self.start, self.end, self.text, self.kind = start, end, text, kind
        self.actor, self.possessive, self.base = actor, possessive, base
        self.subjectish: bool | None = None  # not after a preposition, not genitive; lazy
        self.ext_end = end
        self.si = -1
        # names and institutions are known at once; roles and pronouns resolve when needed
        self.resolved = kind in ("name", "institution")


@dataclass
class _Cue:
    start: int
    end: int
    word: str
    lemma: str
    kinds: frozenset[str]


@dataclass
class _Found:
    actor: Actor
    kind: str
    start: int
    end: int
    mention: str
    cue: str
    sent: int
    weak: bool = False  # a continued quote: may be overridden by "Dat zei X" in the next one
    explicit: bool = True


_TRAILING = " \t\n,;:–—-"


def _start_of(m: _M) -> int:
    return m.start


_INITIAL_RE = re.compile(r"\b[A-Z]\.(?=\s)")


def _has_stop(gap: str) -> bool:
    """A full stop, semicolon or colon in the words between a subject and its verb; the
    period of an initial is none ("heeft de Amerikaanse president George W. Bush bedankt")."""
    return any(ch in gap for ch in ";:") or "." in _INITIAL_RE.sub("", gap)


def _merge_named_institutions(body: str, ments: list[_M]) -> list[_M]:
    """One mention for an institution described and then named ("Het Russische
    ruimtevaartagentschap Rosaviakosmos", "de Russische veiligheidsdienst FSB"): the
    description and the name are the same subject, so a verb after the name is adjacent to
    it."""
    out: list[_M] = []
    for m in ments:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == m.kind == "institution"
            and prev.actor is not None
            and prev.actor == m.actor
            and body[prev.end : m.start] == " "
            and not prev.possessive
        ):
            merged = _M(
                prev.start,
                m.end,
                body[prev.start : m.end],
                "institution",
                m.actor,
                m.possessive,
                prev.base,
            )
            out[-1] = merged
            continue
        out.append(m)
    return out


class _Extractor:
    def __init__(self, body: str, on: date | None, registry: ActorRegistry) -> None:
        self.body = body
        self.on = on
        self.reg = registry
        self.found: list[_Found] = []
        self.by_sent: dict[int, list[_Found]] = {}
        self._subjects: dict[int, tuple[tuple[Actor, str] | None, tuple[Actor, str] | None]] = {}
        self.colon_speaker: tuple[Actor, str, int] | None = None
        self.pending: list[tuple[_Quote, int, tuple[Actor, str, str, bool] | None]] = []
        self._clauses: dict[int, tuple[int, str, int]] = {}
        self.paras: list[tuple[int, int]] = []
        self._titled: frozenset[str] | None = None  # undated articles: see _official

    # -- setup ----------------------------------------------------------------------------
    def prepare(self) -> None:
        """Find paragraphs, quotes, sentences, mentions and speech verbs, and file the last
        three under their sentence."""
        body = self.body
        self.quotes: list[_Quote] = []
        self.sents: list[_Sentence] = []
        # one pass over the lower-cased body: names, institutions, roles, verbs, pronouns
        reg_ments, hits = self.reg.scan(body, _LOWER_WORDS, on=self.on)
        if not any(
            m.kind == "role" or (m.actor is not None and self._official(m.actor)) for m in reg_ments
        ) and not _maybe_unregistered(body, self.reg):
            return  # nobody Russian is named: nothing to attribute
        paras = self.paras = _paragraph_spans(body)
        marks = _quote_marks(body)
        ends = _sentence_ends(body)
        mark_starts = [m[0] for m in marks]
        end_points = [e[0] for e in ends]
        for idx, (ps, pe) in enumerate(paras):
            nxt_opens = idx + 1 < len(paras) and body[paras[idx + 1][0]] in _QUOTE_CHARS
            lo, hi = bisect_right(mark_starts, ps - 1), bisect_right(mark_starts, pe)
            qs = _find_quotes(body, marks[lo:hi], ps, pe, nxt_opens) if hi > lo else []
            self.quotes.extend(qs)
            lo, hi = bisect_right(end_points, ps), bisect_right(end_points, pe)
            self.sents.extend(_split_sentences(body, ends[lo:hi], ps, pe, idx, qs))
        self.q_starts = [q.start for q in self.quotes]
        self.s_starts = [s.start for s in self.sents]
        n_sents = len(self.sents)
        self.sent_ments: list[list[_M]] = [[] for _ in range(n_sents)]
        self.sent_cues: list[list[_Cue]] = [[] for _ in range(n_sents)]
        self.sent_quotes: list[list[_Quote]] = [[] for _ in range(n_sents)]
        if not n_sents:
            return
        in_quote = self._in_quote
        ments: list[_M] = [
            _M(m.start, m.end, m.text, m.kind, m.actor, m.possessive, m)
            for m in reg_ments
            if not in_quote(m.start)
        ]
        cue_hits = []
        for s, e, word in hits:
            if in_quote(s):
                continue
            if word in _PRONOUNS:
                ments.append(_M(s, e, body[s:e], "pron", None, False, None))
            else:
                cue_hits.append((s, e, word))
        sentence_starts = set(self.s_starts)
        for dm in _DEMONSTRATIVE_SUBJECT_RE.finditer(body):
            label = _LABEL_BEFORE_RE.search(body, max(0, dm.start() - 40), dm.start())
            if (
                dm.start() in sentence_starts or (label and label.start() in sentence_starts)
            ) and not in_quote(dm.start()):
                ments.append(_M(dm.start(), dm.end(), "Die", "pron", None, False, None))
        taken = sorted((m.start, m.end) for m in ments)
        starts = [a for a, _ in taken]
        # speed: find the nouns (a plain alternation of words is fast), then check the article
        # before each ("het ", "een " or "de ") with the full pattern
        for km in _BACKREF_NOUN_RE.finditer(body):
            k = km.start()
            bm = _BACKREF_RE.match(body, k - 4) if k >= 4 else None
            if bm is None and k >= 3:
                bm = _BACKREF_RE.match(body, k - 3)
            if bm is None and k >= 5:  # "zijn ministerie", "haar ministerie"
                bm = _BACKREF_RE.match(body, k - 5)
            if bm is not None:
                s, e = bm.span()
                i = bisect_left(starts, e)  # mentions starting before the end of this one
                if in_quote(s):
                    continue
                if i and taken[i - 1] == (s, s + 4) and body[s : s + 4].lower() in ("zijn", "haar"):
                    # "volgens haar ministerie": the possessive is part of the noun phrase
                    ments = [m for m in ments if not (m.kind == "pron" and m.start == s)]
                    ments.append(_M(s, e, bm.group(), "backref", None, False, None))
                elif not (i and taken[i - 1][1] > s):
                    ments.append(_M(s, e, bm.group(), "backref", None, False, None))
        unregistered = self._unregistered_officials(taken, starts)
        if unregistered:  # their title ("Viceminister Viktor ...", "chef van de generale staf
            # Anatoli ...") is part of them: no role or institution of its own
            spans = [(u.start, u.end) for u in unregistered]
            ments = [
                m
                for m in ments
                if m.kind not in ("role", "institution")
                or not any(
                    (m.start < e and s < m.end)
                    # "De Russische vicepremier en minister van Financiën Boris Fjodorov": a
                    # title joined to his by "en" is his too
                    or (m.kind == "role" and _TITLE_JOIN_RE.fullmatch(body, m.end, s))
                    for s, e in spans
                )
            ]
            ments.extend(unregistered)
        ments.sort(key=_start_of)
        ments = _merge_named_institutions(body, ments)
        sents = self.sents
        for m in ments:
            si = self._sent_of(m.start)
            if si >= 0 and m.start < sents[si].end:
                m.si = si
                self.sent_ments[si].append(m)
        for s, e, word in cue_hits:
            lemma, kinds, particle = _FORMS[word]
            if (
                particle
                and not word.startswith(_SEPARABLE)
                and not self._particle_ok(particle, s, e, kinds)
                # "‘Niemand heeft geantwoord’, klaagt hij": the quote before is the content
                and not (
                    particle.startswith("^")
                    and "fin" in kinds
                    and _AFTER_QUOTE_RE.search(body, max(0, s - 4), s) is not None
                )
                and not (word in _PRO_VERBS and _DAT_DEED_RE.search(body, max(0, s - 6), s))
                and not (
                    lemma == "staan"
                    and (
                        _IN_IT_RE.search(body, max(0, s - 10), s)
                        or _WHEREIN_RE.search(body, max(0, s - 100), s)
                        or _IN_DOCUMENT_BEFORE_RE.search(body, max(0, s - 120), s)
                    )
                )
            ):
                continue
            if lemma in _OTHER_VERB and kinds & {"fin", "pl"} and self._other_verb(lemma, e):
                continue
            si = self._sent_of(s)
            if si >= 0 and s < sents[si].end:
                self.sent_cues[si].append(_Cue(s, e, body[s:e], lemma, kinds))
        for si, cues in enumerate(self.sent_cues):
            if len(cues) > 1:
                self.sent_cues[si] = _without_aside_cues(body, sents[si].start, cues)
        for q in self.quotes:
            si = self._sent_of(q.start)
            if si >= 0:
                self.sent_quotes[si].append(q)

    def _unregistered_officials(self, taken: list[tuple[int, int]], starts: list[int]) -> list[_M]:
        """Russian officials the registry does not know, introduced with a Russian title and a
        full name ("de Russische vice-ambassadeur Vladimir Safronkov"): a person named by their
        surname (transliterated to English spelling), for this article only; later bare
        mentions of the surname are theirs too. No registry spelling may overlap."""
        body = self.body
        found: list[_M] = []
        names: dict[str, Actor] = {}

        def free(s: int, e: int) -> bool:
            i = bisect_left(starts, e)
            return not (i and taken[i - 1][1] > s) and not self._in_quote(s)

        for ms, ns, ne, ext in _unregistered_candidates(body, self.reg):
            surname = body[ns:ne].split()[-1]
            if not free(ns, ne) or surname.lower() in _LOWER_WORDS:
                continue
            actor = names.setdefault(surname, Actor(_english_spelling(surname), "person", True))
            m = _M(ms, ne, body[ms:ne], "name", actor, False, None)
            m.ext_end = ext  # "Klintsevitsj, vicevoorzitter van ... de Federatieraad, zei"
            found.append(m)
        for surname, actor in names.items():
            for sm in re.finditer(rf"\b{re.escape(surname)}\b", body):
                s, e = sm.span()
                if free(s, e) and not any(f.start <= s < f.end for f in found):
                    found.append(_M(s, e, surname, "name", actor, False, None))
        return found

    def _official(self, actor: Actor) -> bool:
        """Speaks for Russia on the article's date (ActorRegistry.official_on). An undated
        article (a column) that names a later critic by the Russian office he held then
        ("Andrej Kozyrev, de Russische minister van Buitenlandse Zaken") is about that time."""
        if self.reg.official_on(actor, self.on):
            return True
        if self.on is not None or not self.reg.held_russian_office(actor):
            return False
        if self._titled is None:
            self._titled = self._titled_officials()
        return actor.name in self._titled

    def _titled_officials(self) -> frozenset[str]:
        """People the article names together with a Russian office they held at some time."""
        out = set()
        for m in self.reg.mentions(self.body):
            actor = m.named if m.named is not None else (m.actor if m.role_key else None)
            if (
                actor is not None
                and m.country in ("", "Russia")
                and any(
                    r.actor == actor
                    for r in self.reg.role_holders(m.role_key, "Russia", None, True)
                )
            ):
                out.add(actor.name)
        return frozenset(out)

    def _other_verb(self, lemma: str, end: int) -> bool:
        """A particle closing the clause makes another verb of a speech verb: "stelde een
        premier aan" (appointed), "zegt een bezoek af" (cancels), "riep zijn ambassadeur
        terug" (recalled)."""
        tail = _CLAUSE_END_RE.split(self.body[end : end + 120], 1)[0].split()
        return bool(tail) and tail[-1].lower() in _OTHER_VERB[lemma]

    def _particle_ok(self, particle: str, start: int, end: int, kinds: frozenset[str]) -> bool:
        """The separable part of a verb follows in the clause ("voegde ... toe"); before a
        participle it may precede it ("van de hand gewezen")."""
        if _PARTICLE_AFTER_RES[particle].match(self.body, end, end + 120) is not None:
            return True
        if kinds & {"part", "inf"} and not particle.startswith("^"):
            head = _CLAUSE_CUT_RE.split(self.body[max(0, start - 40) : start])[-1]
            return _PARTICLE_RES[particle].search(head) is not None
        return False

    def _in_quote(self, pos: int) -> bool:
        i = bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.quotes[i].start < pos < self.quotes[i].end

    def _sent_of(self, pos: int) -> int:
        return bisect_right(self.s_starts, pos) - 1

    def _subj(self, m: _M) -> bool:
        """Could be a subject: not genitive ("Poetins") and not after a preposition."""
        if m.subjectish is None:
            prev = self._prev_word(m.start)
            m.subjectish = (
                not m.possessive
                and (
                    prev not in _PREPOSITIONS
                    # "Dan Dmitri Medvedev, ..." opens a sentence: "then", not "than"
                    or (prev == "dan" and self.body[max(0, m.start - 4) : m.start - 1] == "Dan")
                )
            )
        return m.subjectish

    def _prev_word(self, pos: int) -> str:
        """The lower-cased word before `pos` (punctuation stripped)."""
        body = self.body
        end = pos
        while end > 0 and body[end - 1] in " \n":
            end -= 1
        lo = max(0, end - 25)
        start = max(body.rfind(" ", lo, end), body.rfind("\n", lo, end)) + 1
        return body[start:end].lower().strip("(\"“„'‘,")

    # -- resolution -----------------------------------------------------------------------
    def _resolve_role(self, m: _M, si: int) -> Actor:
        """The person (or, for "een woordvoerder van het Kremlin", the institution) a role
        phrase stands for on the publication date: its one holder; else the holder the
        article named last; else the holder the context points to (deputy ministers have
        topics); else the institution all holders belong to. FOREIGN for another country's
        office, _UNKNOWN when nothing fits."""
        base = m.base
        assert base is not None
        if base.former:
            # "de oud-president", "de voormalige premier": someone named before who held it
            now = {r.actor for r in self.reg.role_holders(base.role_key, base.country, self.on)}
            past = {
                r.actor
                for r in self.reg.role_holders(base.role_key, base.country, None, True)
                if r.actor is not None and r.actor not in now
            }
            found = self._recent_holder(base.role_key, past, m, False) if past else None
            return found or _UNKNOWN
        country = base.country
        rows = self.reg.role_holders(base.role_key, country if country != "other" else "x", self.on)
        if country and country != "Russia":
            actors = {r.actor for r in rows if r.actor is not None}
            return next(iter(actors)) if len(actors) == 1 else FOREIGN
        if base.determiner == "een":
            insts = {r.institution for r in rows if r.institution is not None}
            if len(insts) == 1:
                return next(iter(insts))
            return self._unnamed_spokesman(m) or _UNKNOWN
        if self.on is None:
            # an undated article ("Jeltsin en de wereldoorlog", a column): the holder of any
            # time whom the article names ("Boris Jeltsin ... zei de Russische president")
            ever = self.reg.role_holders(base.role_key, country or "Russia", None, True)
            named = {r.actor for r in ever if r.actor is not None}
            picked = self._recent_holder(base.role_key, named, m, russian_only=bool(country))
            if picked is not None:
                return picked
        actors = {r.actor for r in rows if r.actor is not None}
        if len(actors) == 1:
            return next(iter(actors))
        # several holders ("de president"), or a bare role noun ("de minister"): whom of
        # them did the article name last?
        picked = self._recent_holder(base.role_key, actors, m, russian_only=bool(country))
        if picked is not None:
            return picked
        if len(actors) > 1:
            context = self.body[self.sents[max(0, si - 1)].start : self.sents[si].end]
            fit = {
                r.actor
                for r in rows
                if r.actor is not None and r.context and any(k in context for k in r.context)
            }
            if len(fit) == 1:
                return next(iter(fit))
            if all(r.country == "Russia" for r in rows):
                insts = {r.institution for r in rows if r.institution is not None}
                if len(insts) == 1:
                    return next(iter(insts))
            if all(r.country != "Russia" for r in rows):
                return FOREIGN
        return self._unnamed_spokesman(m) or _UNKNOWN

    def _unnamed_spokesman(self, m: _M) -> Actor | None:
        """ "Het Kremlin houdt een slag om de arm. Een woordvoerder zei ...": a spokesman of no
        named office speaks for the Russian institution the sentences before were about."""
        base = m.base
        if base is None or base.country or base.role_key not in _SPOKESMAN_KEYS:
            return None
        of = _OF_INSTITUTION_RE.match(self.body, m.end)
        if of is not None:
            # "een woordvoerder van het Witte Huis / het State Department / de Amerikaanse
            # ambassade": the spokesman of the body named, not of the last Russian one
            if _FOREIGN_BODY_RE.match(self.body, of.end()):
                return FOREIGN
            nxt = next(
                (x for x in self.sent_ments[m.si] if of.end() <= x.start <= of.end() + 4), None
            )  # the mention may hold its article ("het Witte Huis")
            actor = self._actor(nxt) if nxt is not None else None
            if actor is not None and actor.kind == "institution":
                return actor if actor.russian else FOREIGN
        return self._backref_actor(m)

    def _recent_holder(
        self, key: str, actors: set[Actor | None], m: _M, russian_only: bool
    ) -> Actor | None:
        """The person a definite role phrase points back to: one of the role's holders or,
        for a bare role noun ("de minister", "de woordvoerster"), someone who held a role of
        that name ("minister van Buitenlandse Zaken", not "vice-minister"). Recent speakers
        first, then people named in the last sentences (before the phrase)."""
        head = key.split()[0] if key else ""
        si = m.si

        def fits(actor: Actor | None) -> int:
            if actor is None or (russian_only and not actor.russian):
                return 0
            if actors:
                return 2 if actor in actors else 0
            held = self.reg.held_roles(actor)
            if any(k.split()[0] == head for k in held):
                return 2
            return 1 if any(head in k for k in held) else 0

        loose = None
        for sj in range(si - 1, -1, -1):
            for f in reversed(self.by_sent.get(sj, ())):
                score = fits(f.actor)
                if score == 2:
                    return f.actor
                if score and loose is None:
                    loose = f.actor
        for sj in range(si, -1, -1):
            for x in reversed(self.sent_ments[sj]):
                if x.kind != "name" or x.start >= m.start:
                    continue
                score = fits(x.actor)
                if score == 2:
                    return x.actor
                if score and loose is None:
                    loose = x.actor
        return loose

    def _actor(self, m: _M) -> Actor | None:
        """The actor a mention stands for; roles and pronouns are resolved on first use."""
        if not m.resolved:
            m.resolved = True
            if m.kind == "role":
                m.actor = self._resolve_role(m, m.si)
            elif m.kind == "pron":
                res = self._resolve_pronoun(m)
                m.actor = res[0] if res else None
            elif m.kind == "backref":
                m.actor = self._backref_actor(m)
        return m.actor

    def _backref_actor(self, m: _M) -> Actor | None:
        """The Russian institution "het ministerie" / "de ambassade" / "een woordvoerder" stands
        for: the institution one of the two sentences before was about, of a fitting kind."""
        low = m.text.lower()
        if low.startswith(("zijn ", "haar ")) and low.endswith("ambassade"):
            # "De Russische ambassadeur, Anatoli Antonov, zei ... . Zijn ambassade schreef ...":
            # the embassy of the Russian official the sentence before was about
            first = self._opening_mention(m.si - 1) if m.si > 0 else None
            person = self._actor(first) if first is not None and first.kind != "pron" else None
            if person is None or person.kind != "person" or not self._official(person):
                return None
            return self.reg.actor("Russian embassy")
        if low.startswith(("zijn ", "haar ")):
            # "Zacharova was boos. Haar ministerie liet weten ...": the ministry of the official
            # the possessive refers to
            inst = self._ministry_of_last_official(m.si, m.text, possessive=True)
            return inst[0] if inst is not None and inst[0].russian else None
        inst = self._salient_inst(m.si)
        noun = next((k for k in _BACKREF_FITS if k in low), None)
        if noun is not None and (inst is None or inst[0].name not in _BACKREF_FITS[noun]):
            state = inst is not None and inst[0].name in _RUSSIAN_STATE
            if inst is None:  # "Peskov zei ... . Het ministerie van Buitenlandse Zaken liet weten"
                state = self._after_russian_person(m.si)
            inst = self._last_named(noun, m.si)
            if inst is None and state:
                # "Rusland is voorzichtig positief. Dat liet het ministerie van Buitenlandse Zaken
                # weten": the ministry of the state the sentence before was about; a bare "het
                # ministerie" after "Hoe reageerde Buitenlandse Zaken?" is the one asked about
                office = _ministry_of(low) or self._ministry_asked_about(m.si)
                actor = self.reg.actor(office) if office else None
                inst = (actor, m.text) if actor is not None else None
        if inst is None and noun == "ministerie":
            # "Zacharova verweet ... . Het ministerie liet weten": the ministry of the Russian
            # official the sentence before (or the one before it) was about; a ministry named
            # ("Lavrov zei ... . Het ministerie van Defensie hield vol") is that one
            inst = self._ministry_of_last_official(m.si, m.text)
            office = _ministry_of(low)
            if inst is not None and office is not None and inst[0].name != office:
                actor = self.reg.actor(office)
                inst = (actor, m.text) if actor is not None else None
        if inst is None or not inst[0].russian:
            return None
        return inst[0] if noun is None or inst[0].name in _BACKREF_FITS[noun] else None

    def _ministry_asked_about(self, si: int) -> str | None:
        """The ministry named by its department alone in one of the two sentences before
        ("Hoe reageerde Buitenlandse Zaken?"), unless another ministry is named nearer ("Het
        ministerie van Energie hield het sober.")."""
        for sj in (si - 1, si - 2):
            if sj < 0:
                return None
            sent = self.sents[sj]
            text = self.body[sent.start : sent.end].lower()
            office = _ministry_of(text)
            if office is not None:
                return office
            if "ministerie" in text:
                return None
        return None

    def _ministry_of_last_official(
        self, si: int, text: str, possessive: bool = False
    ) -> tuple[Actor, str] | None:
        """The ministry (foreign affairs or defence, from roles.csv) of the Russian person the
        sentence before `si`, or the one before it, is about; None when no such person or when
        the person held roles in both or neither. A possessive ("haar ministerie") looks past a
        ministry named there."""
        for sj in (si - 1, si - 2):
            sent = self.sents[sj] if sj >= 0 else None
            if sent is None or (
                not possessive and "ministerie" in self.body[sent.start : sent.end]
            ):
                return None  # a ministry named there is the one meant (_last_named)
            person, inst = self._subject(sj)
            if person is None:
                if inst is not None:
                    return None  # a sentence about an institution
                continue
            actor = person[0]
            if not actor.russian:
                return None
            offices = {
                r.institution.name
                for key in self.reg.held_roles(actor)
                for r in self.reg.role_holders(key, ever=True)
                if r.actor == actor and r.institution is not None
            } & _MINISTRIES
            if len(offices) != 1:
                return None
            office = self.reg.actor(next(iter(offices)))
            return (office, text) if office is not None else None
        return None

    def _after_russian_person(self, si: int) -> bool:
        """The last of the four sentences before `si` that has a person as its subject is about
        a Russian official: a bare named ministry after it is the Russian one."""
        for sj in range(si - 1, si - 5, -1):
            if sj < 0:
                return False
            person = self._subject(sj)[0]
            if person is not None:
                return person[0].russian
        return False

    def _last_named(self, noun: str, si: int) -> tuple[Actor, str] | None:
        """The institution last named with this noun ("ministerie", "ambassade") in the
        sentences before `si`, up to _BACKREF_SENTENCES back: "Het ministerie liet daarop weten"
        three sentences after "Het ministerie van Buitenlandse Zaken in Moskou sprak van ...".
        An American ministry named in between is the one meant (then None: not Russian)."""
        for sj in range(si - 1, max(-1, si - 1 - _BACKREF_SENTENCES), -1):
            sent = self.sents[sj]
            named = [
                x for x in self.sent_ments[sj] if noun in x.text.lower() and x.kind != "backref"
            ]
            last = self.body.rfind(noun, sent.start, sent.end)
            if last < 0:
                continue
            x = next((x for x in reversed(named) if x.start <= last < x.end), None)
            if x is None:  # a bare "het ministerie" there too: what it stood for
                return self._bare_named(noun, sj, last)
            a = self._actor(x)
            if a is None or a.kind != "institution":
                return None  # another ministry ("het Amerikaanse ministerie") is the last named
            return a, x.text
        return None

    def _bare_named(self, noun: str, sj: int, at: int) -> tuple[Actor, str] | None:
        """What the bare "het ministerie (van ...)" at `at` in sentence `sj` stood for: the
        ministry of the Russian official it follows ("Maria Zacharova van het ministerie van
        Buitenlandse Zaken"), else what it refers back to itself."""
        x = next(
            (x for x in self.sent_ments[sj] if x.kind == "backref" and x.start <= at < x.end),
            None,
        )
        if x is None:
            return None
        before = next((y for y in reversed(self.sent_ments[sj]) if y.end <= x.start), None)
        person = self._actor(before) if before is not None else None
        if (
            person is not None
            and person.russian
            and person.kind == "person"
            and self.body[before.ext_end : x.start].strip() == "van"
        ):
            office = _ministry_of(x.text.lower()) or "Russian MFA"
            actor = self.reg.actor(office) if noun == "ministerie" else None
            return (actor, x.text) if actor is not None else None
        a = self._actor(x)
        return (a, x.text) if a is not None and a.kind == "institution" else None

    def _resolve_pronoun(self, m: _M) -> tuple[Actor, str] | None:
        """hij -> the first subject-like male person earlier in the sentence, else the most
        salient male person so far; zij/ze likewise for women."""
        if m.text == "Die":
            return self._last_person(m.si - 1)
        gender = "m" if m.text.lower() == "hij" else "f"
        for x in self.sent_ments[m.si]:
            if x.start >= m.start:
                break
            if self._subj(x):
                a = self._actor(x)
                if a is not None and a.kind == "person" and a.gender in (gender, ""):
                    return a, x.text
        start = self.sents[m.si].start
        named = _NAMED_NON_OFFICIAL_RE.search(self.body, start, m.start)
        if named is not None and len(self.body[start : named.start()].split()) <= 1:
            return None  # "Admiraal Timothy Keating zei dat hij …": the subject just named
        if (
            gender == "f"
            and m.text in ("Ze", "Zij")
            and m.si > 0
            and _SINGULAR_VERB_AFTER_RE.match(self.body, m.end) is not None
        ):
            person, inst = self._subject(m.si - 1)
            if (
                person is None
                and inst is not None
                and inst[0].russian
                # a noun phrase with "de" ("de Russische ambassade", "de Doema": registry
                # mentions of institutions keep their article), which a later "ze" may refer to
                and inst[1].lower().startswith("de ")
                and self._cataphor(gender, m.si) is None  # "Het ging om Maria Zacharova"
            ):
                # "Ook de Russische ambassade reageerde. Ze liet weten dat ...": the body just
                # named, a "de" word, is "ze" when no person was
                return inst
        return self._salient_person(gender, m.si) or self._cataphor(gender, m.si)

    def _cataphor(self, gender: str, si: int) -> tuple[Actor, str] | None:
        """A pronoun with no antecedent before it, named in the next sentences instead: "Ze
        voegde eraan toe dat ... . Het ging om Maria Zacharova, ..." (also "Dat was ...",
        "Het betrof ..."). Only a person of the pronoun's gender right after the frame."""
        body = self.body
        for sj in range(si + 1, min(len(self.sents), si + 3)):
            frame = _CATAPHOR_RE.match(body, self.sents[sj].start)
            if frame is None:
                continue
            for x in self.sent_ments[sj]:
                if x.start < frame.end():
                    continue
                if x.start > frame.end() + 1 or x.kind == "pron":
                    break
                a = self._actor(x)
                if a is not None and a.kind == "person" and a.gender in (gender, ""):
                    return a, x.text
                break
        return None

    def _last_person(self, sj: int) -> tuple[Actor, str] | None:
        """The person named last in sentence ``sj`` ("Die" at the start of the next one refers
        to it), or None when its last actor is no person."""
        if sj < 0:
            return None
        for x in reversed(self.sent_ments[sj]):
            if x.kind == "pron":
                continue
            a = self._actor(x)
            if a is not None:
                return (a, x.text) if a.kind == "person" else None
        return None

    def _salient_person(self, gender: str, si: int) -> tuple[Actor, str] | None:
        """The subject of the nearest earlier sentence that has a person of that gender (or
        an unknown person, which blocks older ones) as its subject."""
        for sj in range(si - 1, max(-1, si - 15), -1):
            person = self._subject(sj)[0]
            if person is None and sj == si - 1:
                person = self._only_person(sj)
            if person is not None and person[0].gender in (gender, ""):
                return person
            if person is None and _NAMED_NON_OFFICIAL_RE.search(
                self.body, self.sents[sj].start, self.sents[sj].end
            ):
                return None  # "De krant laat de militaire expert Viktor Malin aan het woord."
        return None

    def _only_person(self, sj: int) -> tuple[Actor, str] | None:
        """The one person a sentence without a person subject names ("Het begon met minister
        Igor Ivanov." before "Hij zei: ..."), else None."""
        people = {
            a: x.text
            for x in self.sent_ments[sj]
            if x.kind != "pron" and (a := self._actor(x)) is not None and a.kind == "person"
        }
        return next(iter(people.items())) if len(people) == 1 else None

    def _salient_inst(self, si: int) -> tuple[Actor, str] | None:
        for sj in (si - 1, si - 2):
            if sj >= 0:
                inst = self._subject(sj)[1]
                if inst is not None:
                    return inst
        return None

    def _subject(self, sj: int) -> tuple[tuple[Actor, str] | None, tuple[Actor, str] | None]:
        """(person, institution) a processed sentence is about: its first speakers, else its
        first subject-like mentions."""
        cached = self._subjects.get(sj)
        if cached is not None:
            return cached
        person = inst = None
        for f in self.by_sent.get(sj, ()):
            if f.sent != sj:
                continue
            if person is None and f.actor.kind == "person":
                person = (f.actor, f.mention)
            elif inst is None and f.actor.kind == "institution":
                inst = (f.actor, f.mention)
        if person is None or inst is None:
            for m in self.sent_ments[sj]:
                if not self._subj(m):
                    continue
                a = self._actor(m)
                if a is None:
                    continue
                if person is None and a.kind == "person":
                    person = (a, m.text)
                elif inst is None and a.kind == "institution":
                    inst = (a, m.text)
        if person is not None and not person[0].russian:
            # a Russian official who opens the sentence as its subject, not the foreigner who
            # speaks in its "dat" clause ("Hij maakte zich er vrolijk over dat Trump zegt ...":
            # "hij" in the next sentence is still he)
            first = self._opening_mention(sj)
            a = self._actor(first) if first is not None and self._subj(first) else None
            if a is not None and a.kind == "person" and a.russian:
                person = (a, first.text)
        if person is None:
            # a sentence whose only person is a genitive ("Hoe serieus Poetins uitspraken zijn,
            # ...") is still about that person: "hij" in the next sentence is Putin
            for m in self.sent_ments[sj]:
                a = self._actor(m) if m.possessive else None
                if a is not None and a.kind == "person":
                    person = (a, m.text)
                    break
        result = (person, inst)
        self._subjects[sj] = result
        return result

    def _actor_of(self, m: _M, si: int, in_sentence: bool = True) -> tuple[Actor, str] | None:
        """Resolved actor of a mention; a pronoun may look for its antecedent in the sentence
        only when the sentence is not the statement itself ("Trump is betrouwbaar, zei hij")."""
        if m.kind == "pron" and not in_sentence and m.text != "Die":  # "Die": never in-sentence
            res = self._salient_person("m" if m.text.lower() == "hij" else "f", si)
            return (res[0], m.text) if res else None
        a = self._actor(m)
        return (a, m.text) if a is not None else None

    # -- main loop ------------------------------------------------------------------------
    def run(self) -> list[Statement]:
        for si in range(len(self.sents)):
            self._sentence(si)
        if self.pending:
            self._resolve_pending(len(self.sents), [], {})
        self._interview_answers()
        self._unlabelled_interview()
        out: dict[tuple[int, int], Statement] = {}
        for f in sorted(self.found, key=lambda f: (f.start, f.end)):
            if f.end <= f.start or (f.start, f.end) in out or not self._official(f.actor):
                continue
            start = f.start
            sent_start = self.sents[f.sent].start if 0 <= f.sent < len(self.sents) else start
            if sent_start < start and self._lead_belongs(f, sent_start, start):
                start = sent_start  # "Ook de Russische ambassade ...": the whole sentence
                while start < f.end and self.body[start].isspace():
                    start += 1  # a sentence span may open with the body's leading blanks
                if (start, f.end) in out:
                    continue
            text = self.body[start : f.end]
            out[(start, f.end)] = Statement(
                f.actor.name, f.kind, start, f.end, text, f.mention, f.cue
            )
        return list(out.values())

    def _lead_belongs(self, f: _Found, sent_start: int, start: int) -> bool:
        """Whether the words before an indirect statement in its sentence are part of it: an
        adverbial or the subject's title ("Toen beschuldigde Poetin ...", "Wel herhaalde hij
        ...", "De Russische ambassadeur in Washington, Anatoli Antonov, noemde ..."). Not when
        they hold a quote, a speech verb or another statement, or more than 12 words."""
        lead = self.body[sent_start:start]
        words = lead.split()
        if all(w.lower() in _PARTICLES for w in words):
            return True
        if _INSTITUTION_DESCRIPTOR_RE.match(self.body, sent_start, start) is not None:
            return True
        if f.kind != "indirect" or len(words) > 12 or any(q in lead for q in _QUOTE_CHARS):
            return False
        if any(sent_start <= c.start < start for c in self.sent_cues[f.sent]):
            return False
        return not any(
            o is not f and o.start < start and o.end > sent_start
            for o in self.by_sent.get(f.sent, [])
        )

    def _coordinated_cue(
        self, c: _Cue, cstart: int, cend: int, si: int
    ) -> tuple[int, _Cue, int] | None:
        """A second finite speech verb of the same subject coordinated with "en" inside the
        statement ("Lavrov zei dat A en benadrukte dat B"): (where the first statement ends,
        the second cue, where the second statement starts: at its "en", which belongs to the
        second clause, not the first). Only when the verb directly follows "en" (no new
        subject) and itself introduces speech ("dat", a colon or a quote)."""
        body = self.body
        for c2 in self.sent_cues[si]:
            if c2.start <= c.end:
                continue
            if c2.start >= cend or c2.start - c.end > _COORD_REACH:
                break  # cues are in text order
            if "fin" not in c2.kinds:
                continue
            en = _COORD_EN_RE.search(body, max(cstart, c2.start - 12), c2.start)
            if en is None or en.end() != c2.start:
                continue
            if _SPEECH_FOLLOWS_RE.match(body, c2.end) is None:
                continue
            return en.start(), c2, body.index("en", en.start())
        return None

    def _interview_answers(self) -> None:
        """Interview layout: a paragraph "Lavrov: <answer>" (the label a name or role of a
        known speaker) or "A:/Antwoord: <answer>" (the interviewee: the speaker found last
        before it) is a direct statement of that speaker, unless a statement was already found
        in it. Question paragraphs ("Vraag:", "V:", a journalist's name) have no Russian label.
        Linear in paragraphs and statements (sorted look-ups), also for thousands of lines."""
        body = self.body
        spans = sorted((f.start, f.end) for f in self.found)
        starts = [a for a, _b in spans]
        max_end = []  # max_end[i]: the furthest end among spans[:i + 1]
        for _a, b in spans:
            max_end.append(max(b, max_end[-1]) if max_end else b)
        persons = sorted(
            ((f.end, i) for i, f in enumerate(self.found) if f.actor.kind == "person"),
        )
        person_ends = [e for e, _i in persons]
        for ps, pe in self.paras:
            label = _QA_LABEL_RE.match(body, ps, pe)
            if label is None:
                continue
            start = label.end()
            k = bisect_left(starts, pe)  # spans starting before the paragraph ends
            if k and max_end[k - 1] > start:
                continue  # a statement was already found in it
            si = self._sent_of(start)
            if si < 0:
                continue
            actor = mention = None
            if label.group(1).lower() in _ANSWER_LABELS:
                j = bisect_right(person_ends, ps)
                if j:
                    last = self.found[persons[j - 1][1]]
                    actor, mention = last.actor, last.mention
                else:  # nobody quoted yet: the person the introduction is about
                    person = next(
                        (
                            p
                            for sj in range(si - 1, max(-1, si - 15), -1)
                            if (p := self._subject(sj)[0])
                        ),
                        None,
                    )
                    if person is not None:
                        actor, mention = person
            else:
                for x in self.sent_ments[si]:
                    if x.start == label.start(1) and x.end == label.end(1) and x.kind != "pron":
                        actor = self._actor(x)
                        mention = x.text
                        break
            if actor is not None and mention is not None and actor.kind == "person":
                self._add(actor, "direct", start, pe, mention, ":", si)

    def _is_question(self, ps: int, pe: int) -> bool:
        """A question paragraph of an interview: it ends in "?" and is no quote itself."""
        text = self.body[ps:pe].rstrip()
        return text.endswith("?") and text[:1] not in _QUOTE_CHARS and pe - ps <= _QA_QUESTION_CHARS

    def _unlabelled_interview(self) -> None:
        """Interview layout without labels (Dutch and Flemish papers print the question, then
        the answer, as plain paragraphs): with at least three question paragraphs, each answer
        (the paragraph right after a question, or after a short statement-like question between
        two answers) is a direct statement of the interviewee, unless a statement was already
        found in it. The interviewee is the Russian official the introduction presents: the first
        one named in the sentence before the first question that says it is an interview
        ("interview met", "sprak met", "ontvangt ons"); without one nobody is (a wrong speaker
        is worse than a missed answer)."""
        paras = self.paras
        questions = [i for i, (ps, pe) in enumerate(paras) if self._is_question(ps, pe)]
        if len(questions) < _QA_MIN_QUESTIONS:
            return
        first = questions[0]
        interviewee = None
        for i in range(first - 1, max(-1, first - 6), -1):
            cue = _INTERVIEW_CUE_RE.search(self.body, *paras[i])
            si = self._sent_of(cue.start()) if cue is not None else -1
            if si >= 0:  # the official named in the sentence that says it is an interview
                sent = self.sents[si]
                interviewee = self._first_official(sent.start, sent.end)
                if interviewee is not None:
                    break
        if interviewee is None:
            return  # whose answers they are is not said: better none than a wrong speaker
        actor, mention = interviewee
        found = [(f.start, f.end) for f in self.found if f.actor.russian]
        answers: list[int] = []
        is_q = set(questions)
        for i in range(first + 1, len(paras)):
            ps, pe = paras[i]
            if i in is_q:
                continue
            if i - 1 in is_q:
                answers.append(i)
            elif (
                answers
                and answers[-1] == i - 1
                and i + 1 < len(paras)
                and pe - ps <= _QA_SHORT_QUESTION_CHARS
                and paras[i + 1][1] - paras[i + 1][0] > pe - ps
                and i + 1 not in is_q
                and i < questions[-1]
            ):  # a question put as a statement ("Billingslea zei dat er een akkoord was.")
                is_q.add(i)
        for i in answers:
            ps, pe = paras[i]
            if self.body[ps] in _QUOTE_CHARS or any(a < pe and b > ps for a, b in found):
                continue
            if _TRANSCRIPT_LABEL_RE.match(self.body, ps, pe):
                continue  # "PRESENTATOR: Dat was …": a radio transcript's speaker, no answer
            si = self._sent_of(ps)
            if si >= 0:
                self._add(actor, "direct", ps, pe, mention, "interview", si)

    def _first_official(self, ps: int, pe: int) -> tuple[Actor, str] | None:
        """The first Russian official named (not by a pronoun) in body[ps:pe]."""
        si = self._sent_of(ps)
        while 0 <= si < len(self.sents) and self.sents[si].start < pe:
            for m in self.sent_ments[si]:
                if m.kind == "pron" or not ps <= m.start < pe:
                    continue
                actor = self._actor(m)
                if actor is not None and actor.russian and actor.kind == "person":
                    return actor, m.text
            si += 1
        return None

    def _sentence(self, si: int) -> None:
        body = self.body
        sent = self.sents[si]
        ments = self.sent_ments[si]
        cues = self.sent_cues[si]
        quotes = self.sent_quotes[si]
        if not cues and self._in_document_of(si):
            return
        if not cues and not quotes:
            self._words_before(si)
            return
        if cues:
            last_cue = cues[-1].start
            for k, m in enumerate(ments):
                if m.start < last_cue:
                    self._extend(m, ments[k + 1] if k + 1 < len(ments) else None, sent, cues)
        claimed: list[tuple[int, int]] = []
        used_cues: set[int] = set()
        attributed: dict[int, _Found] = {}  # quote start -> statement
        # 1. quotes with their attribution right after them
        for q in quotes:
            res = self._after_quote(q, si)
            if res is None:
                continue
            actor, mention, cue = res
            start = q.start
            head = body[sent.start : q.start]
            prior = [p for p in quotes if p.end <= q.start]
            end = q.end
            if head.strip(_TRAILING + _QUOTE_CHARS):
                if not prior and not q.substantial:
                    start = sent.start  # an embedded phrase: the sentence up to the quote
                elif (
                    (q.substantial or prior)
                    and not head.rstrip().endswith((":", ",", ";", ".", "!", "?"))
                    and body[sent.start] not in _QUOTE_CHARS
                ):
                    # a quote that only ends the clause it is part of ("Moskou zal niet
                    # toestaan dat de kwestie 'op de lange baan …', waarschuwt hij", also after
                    # other quoted words in it): the sentence with its attribution, as without
                    # quote marks
                    start, end = sent.start, sent.end
            f = self._add(actor, "direct", start, end, mention, cue.word, si)
            attributed[q.start] = f
            used_cues.add(cue.start)
            claimed.append((start, end))
        # 2. speech verbs
        for c in self.sent_cues[si]:
            if c.start in used_cues or any(a <= c.start < b for a, b in claimed):
                continue
            res = self._attribute_cue(c, si)
            if res is None:
                continue
            actor, mention, cstart, cend, cue_text, target_si = res
            if (not self._official(actor) or actor.kind == "institution") and any(
                c2.lemma == "volgens" and _BY_PRONOUN_RE.match(body, c2.end)
                for c2 in self.sent_cues[si]
                if c2.start > c.start
            ):
                # "Washington beschuldigt volgens haar anderen …", "Het Kremlin hoopt volgens
                # hem dat …": a foreign subject's or an institution's words as he or she reports
                # them; the sentence is theirs ("volgens haar" below)
                continue
            if target_si != si:
                self._dat_rule(actor, mention, cue_text, target_si, si)
                used_cues.add(c.start)
                continue
            colon_quotes = self._colon_quotes(max(c.end, cstart), cend, quotes, attributed)
            if colon_quotes:
                for q in colon_quotes:
                    f = self._add(actor, "direct", q.start, q.end, mention, ":", si)
                    attributed[q.start] = f
                claimed.append((cstart, cend))
                used_cues.add(c.start)
                continue
            if body[cstart:cend].rstrip().endswith(":") and not [
                q for q in quotes if q.start > c.start
            ]:
                self.colon_speaker = (actor, mention, si)
            second = self._coordinated_cue(c, cstart, cend, si)
            if second is not None:  # "X zei dat A en benadrukte dat B": two statements
                cut, c2, start2 = second
                kind2 = self._kind(start2, cend, quotes)
                self._add(actor, kind2, start2, cend, mention, c2.word, si)
                used_cues.add(c2.start)
                claimed.append((start2, cend))
                cend = cut
            kind = self._kind(cstart, cend, quotes)
            f = self._add(actor, kind, cstart, cend, mention, cue_text, si)
            claimed.append((cstart, cend))
            used_cues.add(c.start)
            for q in quotes:
                if cstart <= q.start and q.end <= cend:
                    attributed.setdefault(q.start, f)
        # 3. quotes without attribution of their own
        for qi, q in enumerate(quotes):
            if q.start in attributed or not q.substantial:
                continue
            if any(a <= q.start < b for a, b in claimed):
                continue
            guess = self._continue_quote(q, qi, quotes, attributed, si)
            if q.unclosed and qi == 0:
                # a quote running over paragraphs: its speaker is named where it ends
                self.pending.append((q, si, guess))
                continue
            if guess is not None:
                actor, mention, cue, weak = guess
                f = self._add(actor, "direct", q.start, q.end, mention, cue, si, weak=weak)
                attributed[q.start] = f
        self._resolve_pending(si, quotes, attributed)

    # -- attribution helpers --------------------------------------------------------------
    def _in_document_of(self, si: int) -> bool:
        """A sentence with no speech verb that opens with a document and its author ("In de
        officiële samenvatting van het Kremlin heet het gesprek ‘openhartig en zakelijk’"): the
        author's statement, when a Russian official; True when it was added."""
        sent = self.sents[si]
        dm = _IN_DOCUMENT_OF_RE.match(self.body, sent.start, sent.end)
        if dm is None:
            return False
        sp = self._speaker_after(dm.end(), si, dm.end() + 5)
        res = self._actor_of(sp, si) if sp is not None else None
        if res is None or not self._official(res[0]):
            return False
        self._add(res[0], "indirect", sent.start, sent.end, res[1], "in", si)
        return True

    def _extend(self, m: _M, nxt: _M | None, sent: _Sentence, cues: list[_Cue]) -> None:
        """Words after a subject that still belong to it, so its verb counts as adjacent:
        "de Russische ambassade in Washington", "woordvoerder Dmitri Peskov van het
        Kremlin", "Poetin, die donderdag in Minsk was,"."""
        body = self.body
        after = body[m.end : m.end + 5]
        if not after.startswith((",", " in ", " te ", " uit ", " van ")):
            return
        if m.kind == "pron" or self._actor(m) is None:
            return
        place = _PLACE_RE.match(body, m.end)
        if place is not None and place.end() < sent.end:
            m.ext_end = place.end()
        if m.actor.kind != "person":
            return
        if (
            nxt is not None
            and nxt.kind == "institution"
            and _VAN_RE.fullmatch(body, m.end, nxt.start)
        ):
            m.ext_end = nxt.end
        if body.startswith(",", m.ext_end):
            ext = _APPOSITION_RE.match(body, m.ext_end)
            if (
                ext is not None
                and ext.end() <= sent.end
                and not any(m.end <= c.start < ext.end() for c in cues)
            ):
                m.ext_end = ext.end()

    def _add(
        self,
        actor: Actor,
        kind: str,
        start: int,
        end: int,
        mention: str,
        cue: str,
        si: int,
        weak: bool = False,
    ) -> _Found:
        body = self.body
        while end > start and body[end - 1] in _TRAILING:
            end -= 1
        while start < end and body[start] in " \t\n":
            start += 1
        f = _Found(actor, kind, start, end, mention, cue, si, weak=weak, explicit=not weak)
        self.found.append(f)
        self.by_sent.setdefault(si, []).append(f)
        self._subjects.pop(si, None)
        return f

    def _kind(self, start: int, end: int, quotes: list[_Quote]) -> str:
        quoted = sum(
            q.end - q.start for q in quotes if q.substantial and start <= q.start and q.end <= end
        )
        return "direct" if quoted * 2 >= (end - start) else "indirect"

    def _quoted_by(self, c: _Cue, si: int) -> tuple[Actor, str, int, int, str, int] | None:
        """`„…”, citeert de krant de president`: the words before the verb are those of the
        Russian official it names after the newspaper (the one quoted, not the one quoting)."""
        body, sent = self.body, self.sents[si]
        head = body[sent.start : c.start].rstrip(_TRAILING)
        if not head or head[-1] not in _QUOTE_CHARS + "”’":
            return None
        for m in self.sent_ments[si]:
            if m.start < c.end:
                continue
            if len(body[c.end : m.start].split()) > 4:
                return None  # later mentions are further still
            res = self._actor_of(m, si)
            if res is not None and self._official(res[0]):
                return res[0], res[1], sent.start, c.start, c.word, si
            return None
        # "„…”, citeert de krant." naming nobody: the official the sentence before quoted
        if si > 0 and _CITED_BY_PAPER_RE.fullmatch(body, c.end, sent.end):
            prev = self.sents[si - 1]
            found = [f for f in self.by_sent.get(si - 1, ()) if f.sent == si - 1]
            if found and prev.para == sent.para and self._official(found[-1].actor):
                return found[-1].actor, found[-1].mention, sent.start, c.start, c.word, si
        return None

    def _document(self, c: _Cue, si: int) -> tuple[Actor, str, int, int, str, int] | None:
        """Words printed in a document (`„…”, staat in de verklaring (van de FSB)`, `‘…’, stond
        erin`, `Daarin staat dat …`): the statement of the document's author, named after the
        verb (`van de FSB`), else in the sentence before: its subject (`Het ministerie heeft een
        protestnota overhandigd.`), else whoever the document is `van` (`in een verklaring van
        het ministerie …`); only a Russian official. `Dat staat in een verklaring die het Kremlin
        uitgaf.` gives the sentence before to the author named after the verb; `X heeft een
        verklaring verspreid waarin staat dat …` is X's, and `In een verklaring (van X) staat dat
        …` the author's named there, else the subject of the sentence before."""
        body, sent = self.body, self.sents[si]
        head = body[sent.start : c.start].rstrip(_TRAILING)
        if not head:
            return None
        if _WHEREIN_RE.search(head + " "):
            # "Het ministerie heeft een verklaring verspreid waarin staat dat ...": the subject's
            m = self._opening_mention(si)
            res = self._actor_of(m, si) if m is not None and self._subj(m) else None
            if res is None or not self._official(res[0]):
                return None
            return res[0], res[1], sent.start, sent.end, c.word, si
        fronted = _IN_DOCUMENT_BEFORE_RE.search(head + " ")
        if fronted is not None:
            # "In een verklaring (van het ministerie) staat dat ...": its author named there,
            # else the subject of the sentence before
            of = next((m for m in self.sent_ments[si] if m.start < c.start), None)
            res = self._actor_of(of, si) if of is not None else None
            if res is None and si > 0:
                subject = self._subject(si - 1)
                res = subject[1] or subject[0]
            if res is None or not self._official(res[0]):
                return None
            return res[0], res[1], sent.start, sent.end, c.word, si
        start, end = (
            (sent.start, sent.end) if _IN_IT_RE.search(head + " ") else (sent.start, c.start)
        )
        # "Dat staat in een verklaring die het Kremlin uitgaf.": the sentence before is the text
        dm = _DAT_START_RE.match(body, sent.start)
        lead = si > 0 and dm is not None and dm.end() >= c.start
        res = None
        for m in self.sent_ments[si]:
            if m.start > c.end and _AUTHOR_GAP_RE.match(body, c.end, m.start):
                res = self._actor_of(m, si)
                break
        if res is None and si > 0 and not lead:
            subject = self._subject(si - 1)
            res = subject[1] or subject[0]
            if res is None:
                res = next(
                    (
                        r
                        for m in self.sent_ments[si - 1]
                        if _OF_DOCUMENT_RE.search(body, max(0, m.start - 40), m.start)
                        for r in (self._actor_of(m, si - 1),)
                        if r is not None
                    ),
                    None,
                )
        if (res is None or not self._official(res[0])) and not lead:
            res = self._author_named_before(c, si)
        if res is None or not self._official(res[0]):
            return None
        if lead:
            return res[0], res[1], 0, 0, f"{head} {c.word}", si - 1
        return res[0], res[1], start, end, c.word, si

    def _author_named_before(self, c: _Cue, si: int) -> tuple[Actor, str] | None:
        """Who issued "de verklaring" a quote `staat in`, when the sentence before does not say:
        the speaker (else the subject) of the last sentence, up to _BACKREF_SENTENCES back,
        that names the same kind of document ("Dat liet het ministerie in een verklaring
        weten." ... „…”, staat in de verklaring.)."""
        dm = _DOCUMENT_NOUN_RE.match(self.body, c.end)
        if dm is None:
            return None
        return self._document_author(dm.group(1), si, fallback=True)

    def _opening_author(self, si: int) -> tuple[Actor, str] | None:
        """Who issued "een verklaring" quoted with `aldus`: the institution that opens the
        sentence before `si` (or the one before it) as its subject ("Het ministerie kondigde
        een antwoord aan."); nothing when a person opens it, or a sentence like "Vilsack en Kirk
        noemden … in een gezamenlijke verklaring" names no institution first."""
        for sj in (si - 1, si - 2):
            if sj < 0:
                return None
            m = self._opening_mention(sj)
            if m is None or not self._subj(m):
                continue
            res = self._actor_of(m, sj)
            return res if res is not None and res[0].kind == "institution" else None
        return None

    def _document_author(
        self, noun: str, si: int, fallback: bool = False
    ) -> tuple[Actor, str] | None:
        """Who issued the document `noun` ("verklaring", "rapport") the sentence `si` quotes: the
        speaker (else the subject) of the last sentence, up to _BACKREF_SENTENCES back, that
        names it; with `fallback`, else the Russian institution that spoke in the three
        sentences before."""
        for sj in range(si - 1, max(-1, si - 1 - _BACKREF_SENTENCES), -1):
            sent = self.sents[sj]
            if noun not in self.body[sent.start : sent.end]:
                continue
            said = next((f for f in self.by_sent.get(sj, ()) if f.sent == sj and f.explicit), None)
            if said is not None:
                return said.actor, said.mention
            person, inst = self._subject(sj)
            return inst or person
        if not fallback:
            return None
        # no such document named: the Russian institution that spoke last, up to three
        # sentences back ("Volgens het ministerie ... . „…”, staat in de verklaring.")
        for sj in range(si - 1, max(-1, si - 4), -1):
            said = next(
                (
                    f
                    for f in reversed(self.by_sent.get(sj, ()))
                    if f.sent == sj and f.explicit and f.actor.kind == "institution"
                ),
                None,
            )
            if said is not None and said.actor.russian:
                return said.actor, said.mention
        return None

    def _speaker_after(self, pos: int, si: int, limit: int) -> _M | None:
        """The first mention after `pos` with only gap words in between ("aldus nog
        Peskov", "zei woordvoerder Dmitri Peskov", "verklaarde hij")."""
        ments = self.sent_ments[si]
        for i, m in enumerate(ments):
            if m.start < pos:
                continue
            if m.start > limit:
                return None
            gap = self.body[pos : m.start]
            titled = False  # "zei vicewoordvoerder (van het Kremlin) Dmitri Peskov"
            for w in gap.split():
                lw = w.lower().rstrip(",")  # "de stafchef, generaal Makarov"
                if _TITLE_NOUN_RE.match(lw) is not None or _RANK_RE.match(lw) is not None:
                    titled = True
                elif titled and lw == "van":
                    continue
                elif lw not in _GAP_WORDS and lw not in ("de", "het") and not _WEEKDAY_RE.match(lw):
                    return None
            nxt = ments[i + 1] if i + 1 < len(ments) else None
            if (
                m.kind == "role"
                and nxt is not None
                and _RANKS_ONLY_RE.fullmatch(self.body[m.end : nxt.start]) is not None
                and (a := self._actor(nxt)) is not None
                and a.kind == "person"
            ):  # "zei woordvoerder generaal-majoor Igor Konasjenkov": the named person
                return nxt
            if (
                m.kind == "role"
                and nxt is not None
                and nxt.kind == "name"
                and _APPOSED_NAME_GAP_RE.fullmatch(self.body, m.end, nxt.start) is not None
                and self.body.startswith(",", nxt.end)
                and (a := self._actor(nxt)) is not None
                and a.kind == "person"
            ):  # "waarschuwde de stafchef, generaal Makarov, voor ...": the name in apposition
                return nxt
            if titled and m.actor is not None and m.actor.kind == "institution":
                # the institution is part of the title: the person named right after it speaks
                nxt = ments[i + 1] if i + 1 < len(ments) else None
                if (
                    nxt is not None
                    and not self.body[m.end : nxt.start].strip()
                    and nxt.actor is not None
                    and nxt.actor.kind == "person"
                ):
                    return nxt
            return m
        return None

    def _after_quote(self, q: _Quote, si: int) -> tuple[Actor, str, _Cue] | None:
        """ ", zei Peskov" / ", aldus hij" / ", benadrukte de Russische minister" right after a
        quote."""
        body = self.body
        sent = self.sents[si]
        pos = q.end
        while pos < sent.end and body[pos] in " ,\t\n":
            pos += 1
        if body[pos : pos + 3].lower() == "zo ":
            pos += 3
        cue = next((c for c in self.sent_cues[si] if c.start == pos), None)
        if cue is None:
            aux = _AUX_AFTER_QUOTE_RE.match(body, pos)
            if aux is not None:
                return self._perfect_after_quote(aux.end(), si)
            m = next((x for x in self.sent_ments[si] if x.start == pos), None)
            if m is None:
                return None
            cue = next((c for c in self.sent_cues[si] if c.start > m.end), None)
            if cue is None or body[m.end : cue.start].strip() or "fin" not in cue.kinds:
                return None
            res = self._actor_of(m, si, in_sentence=False)
            return (res[0], res[1], cue) if res else None
        if cue.lemma in ("klinken", "staan"):
            return self._klinkt_het(cue, si)
        m = self._speaker_after(cue.end, si, cue.end + 60)
        if m is None:
            return None
        if cue.lemma == "volgens" and m.kind == "pron":
            return None
        res = self._actor_of(m, si, in_sentence=False)
        if res is not None and res[0] is _UNKNOWN and _BARE_TITLE_RE.match(body, cue.end):
            # '"…", aldus de generaal': a title no registry row fits stands for the person the
            # text is about, if Russian
            res = self._salient_person("m", si) or self._salient_person("f", si)
            res = res if res is not None and res[0].russian else None
        if res is None:
            return None
        return res[0], res[1], cue

    def _perfect_after_quote(self, pos: int, si: int) -> tuple[Actor, str, _Cue] | None:
        """'"…", had de Russische VN-ambassadeur Vitali Tsjoerkin donderdag al gezegd': an
        auxiliary right after the quote, its subject next, and a participle of speech before the
        sentence ends (at most 12 words on)."""
        m = self._speaker_after(pos, si, pos + 60)
        if m is None:
            return None
        sent = self.sents[si]
        cue = next(
            (
                c
                for c in self.sent_cues[si]
                if c.start > m.end and "part" in c.kinds and c.end <= sent.end
            ),
            None,
        )
        if cue is None:
            return None
        gap = self.body[m.end : cue.start]
        if len(gap.split()) > 12 or any(q in gap for q in _QUOTE_CHARS if q != "'"):
            return None  # (an apostrophe in the gap is "zo'n", not a quote)
        res = self._actor_of(m, si, in_sentence=False)
        return (res[0], res[1], cue) if res else None

    def _klinkt_het(self, cue: _Cue, si: int) -> tuple[Actor, str, _Cue] | None:
        """'…', klinkt het (bij het Kremlin / in Moskou), '…', luidde het in een verklaring van
        het Kremlin, '…', stond in de verklaring van het ministerie: the speaker named after a
        preposition (or as the author of the document), or the last speaker."""
        body = self.body
        after = body[cue.end : self.sents[si].end]
        m = _DOCUMENT_OF_RE.match(after) or re.match(
            r"\s+het\s+(?:\w+\s+){0,2}?(?:bij|in|uit|vanuit)\s+", after
        )
        if m is not None:
            sp = self._speaker_after(cue.end + m.end(), si, cue.end + m.end() + 5)
            actor = self._actor(sp) if sp is not None else None
            if sp is not None and actor is not None:
                return actor, sp.text, cue
        last = self._last_speaker(si)
        return (last[0], "het", cue) if last else None

    def _last_speaker(self, si: int) -> tuple[Actor, str] | None:
        for sj in (si, si - 1):
            found = self.by_sent.get(sj)
            if found:
                return found[-1].actor, found[-1].mention
        return None

    def _colon_quotes(
        self, pos: int, end: int, quotes: list[_Quote], attributed: dict[int, _Found]
    ) -> list[_Quote]:
        """Quotes introduced by a colon after the speaker and verb ("zei hij: “…”")."""
        after = [
            q for q in quotes if q.start >= pos and q.end <= end + 1 and q.start not in attributed
        ]
        if not after:
            return []
        between = self.body[pos : after[0].start].rstrip()
        if not between.endswith(":") or len(between.split()) > 12:
            return []
        return after

    def _clause_start(self, sent: _Sentence, pos: int) -> tuple[int, str, int]:
        """Start of the clause a verb at `pos` belongs to: (offset, kind of boundary, offset of
        the boundary) with kind 'start', 'comma', 'quote', 'sub' (subordinator), 'rel'
        (relative pronoun) or 'coord' (en/maar)."""
        cached = self._clauses.get(pos)
        if cached is None:
            cached = self._clauses[pos] = self._find_clause_start(sent, pos)
        return cached

    def _find_clause_start(self, sent: _Sentence, pos: int) -> tuple[int, str, int]:
        body = self.body
        best = (sent.start, "start", sent.start)
        for q in self.sent_quotes[self._sent_of(sent.start)]:
            if q.substantial and q.end <= pos and q.end > best[0]:
                best = (q.end, "quote", q.start)
        lo = best[0]
        region = body[lo:pos]
        # the last punctuation mark that separates clauses (outside quotes)
        p = -1
        for pm in _CLAUSE_PUNCT_RE.finditer(region):
            if not self._in_quote(lo + pm.start()):
                p = pm.start()
        if p >= 0:
            if region[p] == " ":
                p += 1  # " - ": the dash itself
            best = (lo + p + 1, "comma", lo + p)
        # then the last subordinating or coordinating word after it
        first = p + 1
        sub = region[first:]
        offset = 0
        last = None
        prev = ""
        for tok in sub.split():
            j = sub.find(tok, offset)
            offset = j + len(tok)
            before, prev = prev, tok.lower()
            if tok in _BOUNDARY_WORDS and not self._in_quote(lo + first + j):
                if tok in _TOEN and not sub[offset:].strip():
                    continue  # "Toen zei X": the adverb of an inverted main clause
                if tok in ("dat", "die") and before in _PREPOSITIONS:
                    nxt = sub[offset:].split(None, 1)
                    if nxt and nxt[0].islower() and nxt[0] not in _CLAUSE_OPENERS:
                        continue  # "bij de presentatie van dat aanbod": a determiner
                last = (lo + first + j, tok)
        if last is not None:
            start, word = last
            low = word.lower()
            if low in _RELATIVES or (low == "dat" and body[start - 2 : start] == ", "):
                kind = "rel"
            elif low in ("en", "maar"):
                kind = "coord"
            else:
                kind = "sub"
            best = (start + len(word), kind, start)
        return best

    def _attribute_cue(self, c: _Cue, si: int) -> tuple[Actor, str, int, int, str, int] | None:
        """Speaker and content of a speech verb: (actor, mention, start, end, cue, sentence
        the content is in)."""
        body = self.body
        sent = self.sents[si]
        ments = self.sent_ments[si]
        if c.lemma == "volgens":
            return self._volgens(c, si)
        if c.lemma == "staan":
            return self._document(c, si)
        if c.lemma == "citeren":
            return self._quoted_by(c, si)
        if c.lemma == "aldus":
            sp = self._speaker_after(c.end, si, c.end + 60)
            if sp is None:
                dm = _ALDUS_DOCUMENT_RE.match(body, c.end)
                head = body[sent.start : c.start].rstrip(_TRAILING)
                author = self._opening_author(si) if dm and head else None
                if author is not None and self._official(author[0]):
                    # "Het ministerie kondigde een antwoord aan. ‘…’, aldus een verklaring."
                    return author[0], author[1], sent.start, c.start, c.word, si
                return None
            res = self._actor_of(sp, si, in_sentence=False)
            if res is None:
                return None
            head = body[sent.start : c.start].rstrip(_TRAILING)
            if not head:
                return (res[0], res[1], 0, 0, "aldus", si - 1) if si > 0 else None
            rest = body[sp.end : sent.end]
            if rest.startswith(",") and len(rest.split()) >= 3:
                # "Wie overal politiek in ziet, aldus Putin, moet maar eens naar de cijfers
                # kijken": an aside in the middle, the whole sentence is his
                return res[0], res[1], sent.start, sent.end, c.word, si
            return res[0], res[1], sent.start, c.start, c.word, si
        # "Dat zei de woordvoerder van het Kremlin": the previous sentence is the statement
        dm = _DAT_START_RE.match(body, sent.start)
        if dm is not None and si > 0:
            rest = body[dm.end() : c.start]
            sp = None
            cue_text = f"{dm.group().strip()} {c.word}"  # "Dat zei"
            if not rest.strip():
                sp = self._speaker_after(c.end, si, c.end + 80)
                if (
                    sp is None
                    and _BODY_AFTER_RE.match(body, c.end)
                    and (inst := self._salient_inst(si))
                ):
                    # "Dat maakte de dienst vrijdag bekend": the institution just named
                    return inst[0], inst[1], 0, 0, cue_text, si - 1
            else:
                words = rest.split()
                if words and words[0].lower() in _ACTIVE_AUX:
                    sp = next((m for m in ments if dm.end() < m.start < c.start), None)
                    cue_text = f"{dm.group().strip()} {words[0]} {c.word}"  # "Dat heeft gezegd"
            if sp is not None:
                zo = body[sent.start : dm.end()].strip().split()[0] in ("Zo", "Met")
                # "Zo zei X dat ..." opens a statement of its own; a clause after a comma
                # ("..., die Rusland een papieren tijger noemde") does not
                tail = _NOUN_CLAUSE_RE.sub(" ", body[max(c.end, sp.end) : sent.end])
                if not (zo and _COMPLEMENT_RE.search(tail.split(",")[0])):
                    res = self._actor_of(sp, si)
                    if res is None:
                        return None
                    if c.lemma in _LABEL_VERBS and len(tail.split()) >= 2:
                        # "Dat noemde hij „een dubbele standaard”": the label is the statement
                        return res[0], res[1], sent.start, sent.end, cue_text, si
                    return res[0], res[1], 0, 0, cue_text, si - 1
        bound, bkind, bpos = self._clause_start(sent, c.start)
        region = body[bound : c.start]
        words = region.split()
        if _REFUSAL_RE.search(region[-25:]) and c.lemma in ("reageren", "zeggen", "bevestigen"):
            return None  # "wilde niet reageren", "weigerde te bevestigen": no statement
        # relative clause: "..., die eraan toevoegde dat" -> the antecedent speaks
        if bkind == "rel":
            ante = next(
                (
                    m
                    for m in reversed(ments)
                    if m.end <= bpos
                    and (
                        not body[m.end : bpos].strip(" ,")
                        or (m.ext_end <= bpos and not body[m.ext_end : bpos].strip(" ,"))
                    )
                ),
                None,
            )
            inner = next((m for m in ments if bound <= m.start < c.start), None)
            if (
                ante is None
                and inner is not None
                and inner.kind == "pron"
                and c.lemma in _LABEL_VERBS
                and not body[bound : inner.start].strip()
            ):
                # "..., die hij „een vlucht vooruit” noemde": "die" is the object of a verb of
                # labelling, the pronoun after it the subject; the sentence is his
                res = self._actor_of(inner, si)
                return (res[0], res[1], sent.start, sent.end, c.word, si) if res else None
            if ante is None or len(words) > 8:
                return None
            res = self._actor_of(ante, si)
            return (res[0], res[1], bpos, sent.end, c.word, si) if res else None
        if bkind == "coord" and not words and "fin" in c.kinds:
            shared = self._shared_subject(c, si, bpos)
            if shared is not None:
                return shared
        # subject first: "Peskov zei", "Het Kremlin heeft positief gereageerd", "dat hij ...
        # noemde", "Rusland, dat weigert ..., verwijt"
        subj = self._subject_first(c, si, bound, bkind, region)
        if subj == "reject":
            return None
        if subj is None and bkind == "comma":
            subj = self._subject_before_relative(c, si, bpos, words)
            if subj is None:
                subj = self._name_in_apposition(c, si, bpos, words)
        if subj is None and "part" in c.kinds and bkind in ("coord", "sub"):
            subj = self._subject_of_perfect(c, si)
        if subj is None and bkind == "start" and "fin" in c.kinds:
            dm = _DOCUMENT_SUBJECT_RE.fullmatch(region)
            author = self._document_author(dm.group(1), si) if dm is not None else None
            if author is not None and self._official(author[0]):
                # "Het rapport verwijt de Verenigde Staten ...": the document's author speaks
                return author[0], author[1], sent.start, sent.end, c.word, si
        if subj is not None:
            m = subj
            res = self._actor_of(m, si) if m.kind != "het" else self._het(si, m)
            if res is None:
                return None
            if (
                si > 0
                and c.lemma in ("bekendmaken", "laten weten")
                and _DEMONSTRATIVE_DAT_RE.match(body, c.end) is not None
            ):
                # "President Poetin maakte dat dinsdag bekend": the sentence before is his
                return res[0], res[1], 0, 0, f"{c.word} dat", si - 1
            via = _VIA_SPOKESMAN_RE.match(body, c.end)
            if via is not None:  # "Het Kremlin liet via woordvoerder X weten": X speaks
                spokesman = next(
                    (
                        x
                        for x in ments
                        if via.start() < x.start < via.end() + 3 and x.kind != "role"
                    ),
                    None,
                )
                said = self._actor_of(spokesman, si) if spokesman is not None else None
                if said is not None and said[0].kind == "person" and said[0].russian:
                    res = said
            end = sent.end
            if bkind == "sub" and not body[c.end : c.end + 2].startswith(","):
                # "nadat X had gezegd dat ..., <main clause>": the subordinate clause only;
                # but "Zoals X benadrukt, is het bereid ...": the main clause is the content
                nxt = body.find(",", c.end, sent.end)
                end = nxt if nxt > 0 else sent.end
            end = self._cut_at_other_speaker(c, si, end, res[0])
            start = m.start
            lead = body[bound : m.start]
            if bkind == "start" and len(lead.split()) <= 4 and not _LEAD_STOP_RE.search(lead):
                start = bound  # "Ook minister ... Lavrov vond", "Ministeriewoordvoerder X sprak"
            return res[0], res[1], start, end, c.word, si
        # inverted: "Ondertussen verwierp X", "..., verklaarde X dat", "Donderdag heeft X
        # gezegd"
        first = words[0].lower().strip("(\"“„'‘") if words else ""
        adverbial = (
            not words
            or first in _ADVERBIAL_START
            or first[:1].isdigit()
            or _WEEKDAY_RE.match(first) is not None
        )
        if words and first in _PARTICLES and len(words) > 1:
            second = words[1].lower()
            adverbial = second in _ADVERBIAL_START or _WEEKDAY_RE.match(second) is not None
        fronted = (
            not adverbial
            and (bkind == "start" or (bkind == "sub" and body[bpos:bound].lower() == "als"))
            and "fin" in c.kinds
            and (
                _SUBJECT_PRONOUN_AFTER_RE.match(body, c.end) is not None
                # "Het gesprek van woensdag noemde Oesjakov „nuttig”": a noun phrase fronted
                # before the verb, the name right after it is the subject
                or (
                    c.lemma in _LABEL_VERBS
                    and first in _FRONTED_NP_START
                    and not _PERSON_NOUN_RE.search(region)
                    and not any(bound <= x.start < c.start and self._subj(x) for x in ments)
                    and any(x.start == c.end + 1 and x.kind != "pron" for x in ments)
                )
            )
        )
        if not adverbial and not fronted:
            return None
        if not words and bkind not in ("comma", "quote", "start"):
            return None
        # inverted with auxiliary: "Donderdag heeft Poetin gezegd dat"
        if words and ("part" in c.kinds or "inf" in c.kinds):
            for m in ments:
                if bound <= m.start < c.start:
                    prev = self._prev_word(m.start)
                    if prev in _ACTIVE_AUX:
                        res = self._actor_of(m, si)
                        return (res[0], res[1], bound, sent.end, c.word, si) if res else None
                    if prev in _PASSIVE_AUX:
                        return None
        if c.kinds <= {"part", "inf"}:
            return None
        sp = self._speaker_after(c.end, si, c.end + 80)
        if sp is None:
            return None
        in_sentence = True
        tail = body[sp.end : sent.end]
        before = body[sent.start : bpos].strip(_TRAILING + _QUOTE_CHARS)
        content_before = (
            not words
            and bkind == "comma"
            and before
            and not _COMPLEMENT_RE.search(tail)
            and len(tail.split()) <= 8
        )
        if content_before or (fronted and sp.kind == "pron"):
            in_sentence = False  # "Trump noemde hij …": not the fronted object
        res = self._actor_of(sp, si, in_sentence=in_sentence)
        if res is None:
            return None
        if content_before:
            if before[:1] in _QUOTE_CHARS or body[sent.start] in _QUOTE_CHARS:
                return res[0], res[1], sent.start, bpos, c.word, si  # a quote: its words only
            # reported words with their attribution after them ("Rusland doet niet mee, liet
            # president Boris Jeltsin weten"): the sentence, as the hand labels quote it
            return res[0], res[1], sent.start, sent.end, c.word, si
        end = self._cut_at_other_speaker(c, si, sent.end, res[0])
        # the whole sentence when the verb only follows a fronted phrase ("Gevraagd naar het
        # conflict zei hij dat ..."); after a comma or a quote, from the verb on
        start = sent.start if fronted or (adverbial and bkind == "start") else c.start
        if bkind == "comma" and not words and self._fronted_clause(sent.start, bpos):
            start = sent.start  # "Op de vraag of Poetin Trump belt, antwoordde Peskov dat ..."
        return res[0], res[1], start, end, c.word, si

    def _fronted_clause(self, start: int, comma: int) -> bool:
        """Whether the words from `start` to the comma at `comma` are an adverbial phrase or a
        subordinate clause fronted before an inverted speech verb ("Op de vraag of ...,",
        "Toen hem werd gevraagd ...,"): part of the statement, not someone else's words."""
        head = _WORD_APOSTROPHE_RE.sub("", self.body[start:comma])  # "regio's" quotes nothing
        if any(ch in head for ch in _QUOTE_CHARS) or len(head.split()) > 25:
            return False
        first = head.split(None, 1)[0].lower() if head.strip() else ""
        return first in _ADVERBIAL_START or first in _FRONTING_SUBORDINATORS

    def _shared_subject(
        self, c: _Cue, si: int, conj: int
    ) -> tuple[Actor, str, int, int, str, int] | None:
        """`Lavrov deed er een schepje bovenop en sprak van een „Hollywoodscenario”`: a finite
        speech verb right after "en" (or ", maar") shares the subject of the clause before, when
        that clause opens the sentence with its subject and holds no speech verb of its own; the
        sentence is the statement."""
        body, sent, ments = self.body, self.sents[si], self.sent_ments[si]
        if any(c2.start < c.start for c2 in self.sent_cues[si]):
            return None
        m = self._opening_mention(si)
        if (
            m is None
            or m.start >= conj
            # no comma but those of an apposition to the subject ("Viktor Michajlov,
            # viceminister van Atoomenergie, leidde Baker rond en sprak van ...") and one right
            # before "maar" ("wilde de woorden niet beoordelen, maar zei dat ...")
            or "," in body[sent.start : m.start]
            or "," in self._gap_before_conj(m.ext_end, conj)
            or not self._subj(m)
            or any(x.start >= m.ext_end and x.start < conj and self._subj(x) for x in ments)
            or _NAME_AFTER_TITLE_RE.match(body, m.ext_end)  # "Ambassadeur Jon Huntsman": his
        ):
            return None
        res = self._actor_of(m, si) if m.kind != "het" else self._het(si, m)
        if res is None:
            return None
        return res[0], res[1], sent.start, sent.end, c.word, si

    def _gap_before_conj(self, start: int, conj: int) -> str:
        """The words between a subject and the conjunction at `conj`, without the comma that
        may stand before "maar"."""
        gap = self.body[start:conj].rstrip()
        if gap.endswith(",") and self.body.startswith("maar", conj + (self.body[conj] == " ")):
            gap = gap[:-1]
        return gap

    def _subject_before_relative(self, c: _Cue, si: int, comma: int, words: list[str]) -> _M | None:
        """The subject of "Lavrov, die bij aankomst opviel door een trui, had vooraf gezegd dat":
        the first mention of the sentence, right before a relative clause that the comma at
        `comma` closes, followed by the finite verb or an auxiliary of the participle."""
        if words:
            if not (
                words[0].lower() in _ACTIVE_AUX and c.kinds & {"part", "inf"} and len(words) <= 10
            ):
                return None
        elif "fin" not in c.kinds:
            return None
        body, sent = self.body, self.sents[si]
        rel = _RELATIVE_CLAUSE_RE.search(body, sent.start, comma + 1)
        if rel is None or len(body[rel.start() : comma].split()) > _RELATIVE_MAX_WORDS:
            return None
        ments = self.sent_ments[si]
        m = next((x for x in ments if x.start < rel.start()), None)
        if m is None or body[m.end : rel.start()].strip() not in ("", "zelf"):
            return None
        if not self._only_particles(sent.start, m.start, ments) and not (
            self._described_institution(m, sent.start)  # "De veiligheidsdienst FSB, die …,"
        ):
            return None
        return m

    def _name_in_apposition(self, c: _Cue, si: int, comma: int, words: list[str]) -> _M | None:
        """The subject of "De Russische ambassadeur in Den Haag, Aleksandr Sjoelgin, zei dat":
        a name set off by commas after the noun phrase that opens the sentence."""
        if words:
            if not (
                words[0].lower() in _ACTIVE_AUX and c.kinds & {"part", "inf"} and len(words) <= 10
            ):
                return None
        elif "fin" not in c.kinds:
            return None
        body, sent, ments = self.body, self.sents[si], self.sent_ments[si]
        m = next(
            (x for x in reversed(ments) if x.end <= comma and not body[x.end : comma].strip()),
            None,
        )
        if m is None or m.kind != "name" or m.possessive:
            return None
        if _APPOSITION_HEAD_RE.fullmatch(body, sent.start, m.start) is None:
            return None
        return m

    def _opening_mention(self, si: int) -> _M | None:
        """The sentence's first mention when nothing but particles stands before it and it is no
        possessive ("Poetins ..."): the subject a clause later in the sentence may share."""
        sent, ments = self.sents[si], self.sent_ments[si]
        m = next((x for x in ments if x.start >= sent.start), None)
        if m is None or m.possessive or not self._only_particles(sent.start, m.start, ments):
            return None
        return m

    def _subject_of_perfect(self, c: _Cue, si: int) -> _M | None:
        """The subject of a participle at the end of a long main clause whose object holds an
        "en" or "om" ("Poetin heeft het besluit van Obama om af te zien van een schild in Polen
        en Tsjechië een moedig besluit genoemd"): the sentence's first mention, directly
        followed by an active auxiliary, when no other auxiliary and no stop but a comma comes
        between (a list in the object: "de beschuldigingen van Nederland, Groot-Brittannië en
        de VS van tafel geveegd")."""
        body = self.body
        m = self._opening_mention(si)
        if m is None:
            return None
        gap = body[m.ext_end : c.start]
        words = gap.split()
        if not words or words[0].lower() not in _ACTIVE_AUX or len(words) > _PERFECT_MAX_WORDS:
            return None
        if _has_stop(gap) or any(
            w.lower() in _ACTIVE_AUX or w.lower() in _PASSIVE_AUX for w in words[1:]
        ):
            return None
        return m

    def _cut_at_other_speaker(self, c: _Cue, si: int, end: int, actor: Actor) -> int:
        """Where the speaker's statement ends: before "..., maar Y reageerde sceptisch" (another
        speaker's clause) and before "nadat Biden hem een moordenaar had genoemd" (a time
        clause about someone else: the journalist's context, not the speaker's words)."""
        body = self.body
        for tm in _CONTEXT_CLAUSE_RE.finditer(body, c.end, end):
            for x in self.sent_ments[si]:
                if x.start < tm.end() - 1:
                    continue
                if x.start > tm.end() + 40 or body[tm.end() : x.start].count(" ") > 1:
                    break
                other = self._actor(x)
                if x.kind != "pron" and self._subj(x) and other not in (None, actor):
                    cut = tm.start()
                    while cut > c.end and body[cut - 1] in " ,":
                        cut -= 1
                    return cut
                break
        for c2 in self.sent_cues[si]:
            if c2.start <= c.end or c2.start >= end:
                continue
            between = body[c.end : c2.start]
            if "," not in between and " en " not in between and " maar " not in between:
                continue
            bound, bkind, bpos = self._clause_start(self.sents[si], c2.start)
            if bkind not in ("coord", "comma"):
                continue
            subj = self._subject_first(c2, si, bound, bkind, self.body[bound : c2.start])
            if (
                isinstance(subj, _M)
                and self._actor(subj) not in (None, actor)
                and subj.kind != "pron"
            ):
                cut = bpos
                while cut > c.end and self.body[cut - 1] in " ,":
                    cut -= 1
                return cut
        return end

    def _titled_person_after(self, m: _M, bound: int, verb: int, ments: list[_M]) -> _M | None:
        """A title the registry does not know, "van" and an institution, then the person's name
        right before the verb: "Vicewoordvoerder van het Kremlin Dmitri Peskov zegt"."""
        words = self.body[bound : m.start].split()
        titles = all(_TITLE_NOUN_RE.match(w.lower()) or w.lower() in _PARTICLES for w in words[:-1])
        if len(words) < 2 or words[-1] != "van" or not titles:
            return None
        nxt = next((x for x in ments if x.start >= m.end), None)
        a = self._actor(nxt) if nxt is not None else None
        if (
            a is None
            or a.kind != "person"
            or self.body[m.end : nxt.start].strip()
            or self.body[nxt.ext_end : verb].strip()
        ):
            return None
        return nxt

    def _subject_first(self, c: _Cue, si: int, bound: int, bkind: str, region: str):
        """The subject standing before the verb, 'reject' for a passive, or None."""
        body = self.body
        ments = self.sent_ments[si]
        # apposition / relative clause between subject and verb
        for m in ments:
            if (
                m.ext_end != m.end
                and bound <= m.ext_end <= c.start
                and self._only_particles(self._clause_start(self.sents[si], m.start)[0], m.start)
            ):
                between = body[m.ext_end : c.start].split()
                if (
                    not between
                    or (  # "X, de woordvoerder van Poetin, heeft … bevestigd"
                        between[0].lower() in _ACTIVE_AUX
                        and c.kinds & {"part", "inf"}
                        and len(between) <= 6
                        and not any(ch in body[m.ext_end : c.start] for ch in ".;:,")
                    )
                ):
                    return m
        # the first mention of the clause; a genitive belongs to the subject after it
        # ("Lavrovs woordvoerster Maria Zacharova zei")
        m = next((x for x in ments if bound <= x.start < c.start and not x.possessive), None)
        if m is None:
            words = region.split()
            lead = [w for w in words if w.lower() not in _PARTICLES]
            if lead and lead[0] in ("het", "Het") and len(lead) == 1:
                return _M(
                    bound + region.find(lead[0]),
                    bound + region.find(lead[0]) + 3,
                    lead[0],
                    "het",
                    None,
                    False,
                    None,
                )
            return None
        if not self._only_particles(bound, m.start, ments) and not self._described_institution(
            m, bound
        ):
            return self._titled_person_after(m, bound, c.start, ments)
        gap = body[m.ext_end : c.start]
        gap_words = gap.split()
        if gap_words and gap_words[0] in ("zelf", "zelve"):
            del gap_words[0]  # "Poetin zelf sprak zich uit"
        if gap_words and gap_words[0] == "en":
            # "Poetin en Xi verklaarden": a joint statement, the Russian partner speaks
            other = next((x for x in self.sent_ments[si] if x.start > m.end), None)
            if (
                other is not None
                and other.start < c.start
                and not body[other.ext_end : c.start].strip()
            ):
                first_actor, other_actor = self._actor(m), self._actor(other)
                russian = other_actor is not None and other_actor.russian
                if russian and not (first_actor is not None and first_actor.russian):
                    return other
                return m
        if not gap_words:
            if (
                bkind == "start"
                and "fin" in c.kinds
                and _SUBJECT_PRONOUN_AFTER_RE.match(body, c.end) is not None
            ):
                return None  # "Trump noemde hij …": the name is the fronted object
            return m
        if self._institution_postmodifier(m, gap, gap_words):
            return m  # "Maria Zacharova van het ministerie van Buitenlandse Zaken noemde ..."
        first = gap_words[0].lower()
        if first in _PASSIVE_AUX and "part" in c.kinds:
            return "reject"
        if (
            first in _ACTIVE_AUX
            and (c.kinds & {"part", "inf"})
            and not _has_stop(gap)
            and (
                len(gap_words) <= 10
                or (  # a long object in a news lead: "heeft de erkenning van Kosovo door het
                    # Westen een verschrikkelijk precedent genoemd"; no second verb between
                    len(gap_words) <= _PERFECT_MAX_WORDS
                    and "," not in gap
                    and not any(
                        w.lower() in _ACTIVE_AUX or w.lower() in _PASSIVE_AUX for w in gap_words[1:]
                    )
                )
            )
        ):
            return m
        if bkind == "sub" and len(gap_words) <= 8 and not any(ch in gap for ch in ";:"):
            if any(w.lower() in _PASSIVE_AUX for w in gap_words) and "part" in c.kinds:
                return "reject"
            return m
        return None

    def _described_institution(self, m: _M, bound: int) -> bool:
        """'De binnenlandse veiligheidsdienst FSB meldde': a descriptive noun phrase before an
        institution's name is part of the subject."""
        actor = self._actor(m)
        return (
            actor is not None
            and actor.kind == "institution"
            and _INSTITUTION_DESCRIPTOR_RE.match(self.body, bound, m.start) is not None
        )

    def _institution_postmodifier(self, m: _M, gap: str, gap_words: list[str]) -> bool:
        """A person followed by "van <institution>" before the verb: the institution is where
        the person works ("Zacharova van het ministerie van Buitenlandse Zaken", "Loekasjevitsj
        van het ministerie"), not the subject. Capitalised words and the institution nouns
        only, at most 8 words."""
        actor = self._actor(m)
        if actor is None or actor.kind != "person" or gap_words[0] != "van":
            return False
        if len(gap_words) > 8 or any(ch in gap for ch in ",;:.!?\"“”„'‘’()"):
            return False
        # a compound of a workplace counts as one ("van de defensiecommissie van de Federatieraad")
        return all(
            w[:1].isupper()
            or w.lower() in _POSTMODIFIER_WORDS
            or w.lower().endswith(_WORKPLACE_ENDINGS)
            for w in gap_words[1:]
        ) and any(w[:1].isupper() or w.endswith(_WORKPLACE_ENDINGS) for w in gap_words[1:])

    def _only_particles(self, start: int, end: int, ments: list[_M] | None = None) -> bool:
        """Nothing but particles ("Maar", "Ook"), genitive names ("Lavrovs") and titles between
        (after a genitive in lower case too: "Poetins buitenlandadviseur Joeri Oesjakov")."""
        text = self.body[start:end]
        genitive = False
        if ments:
            for x in ments:
                if x.possessive and start <= x.start and x.end <= end:
                    text = text.replace(x.text, " ")
                    genitive = True
        words = text.split()
        while words and _CLOCK_TIME_RE.fullmatch(words[0]):
            words = words[1:]  # a live blog's "11.20 (uur) -" before the subject
        if len(words) > 1 and words[0] in ("Zijn", "Haar", "zijn", "haar"):
            # "Zijn adjunct-woordvoerder Dmitri Peskov": a possessive pronoun before the title
            words, genitive = words[1:], True
        elif len(words) > 1 and words[0] in ("De", "de") and words[1].lower() in _TITLE_MODIFIERS:
            words = words[1:]  # "De nationalist Vladimir Zjirinovski zei"
        return all(
            (lw := w.lower().strip("(\"“„'‘")) in _PARTICLES
            or lw in _TITLE_MODIFIERS
            or lw in _RELATION_NOUNS
            or ((genitive or w[:1].isupper()) and _TITLE_NOUN_RE.match(lw) is not None)
            for w in words
        )

    def _het(self, si: int, m: _M) -> tuple[Actor, str] | None:
        """'het' as the subject of a speech verb: the institution just spoken about."""
        for x in self.sent_ments[si]:
            if x.start >= m.start:
                break
            if x.kind == "institution" and self._subj(x) and x.actor is not None:
                return x.actor, "het"
        inst = self._salient_inst(si)
        return (inst[0], "het") if inst else None

    def _volgens(self, c: _Cue, si: int) -> tuple[Actor, str, int, int, str, int] | None:
        body = self.body
        sent = self.sents[si]
        after = body[c.end : c.end + 6]
        if re.match(r"\s+(?:hem|haar)\b", after):
            gender = "m" if "hem" in after else "f"
            res = self._salient_person(gender, si)
            if res is None:
                return None
            return res[0], after.split()[0], sent.start, sent.end, c.word, si
        sp = self._speaker_after(c.end, si, c.end + 60)
        if sp is not None and sp.kind == "pron":
            return None
        if sp is None and _THE_DOCUMENT_RE.match(body, c.end):
            # "…, maakt hen dat volgens de verklaring nog niet": the document just quoted, so
            # whoever issued the statements before
            last = self._last_speaker(si)
            if last is not None and self._official(last[0]):
                return last[0], last[1], sent.start, sent.end, c.word, si
            return None
        # "Volgens het Russische ministerie zei Sjojgoe dat ...": the source reports what the
        # person named after its speech verb said; that person is the speaker (also when the
        # source itself is no known actor)
        source_end = sp.ext_end if sp is not None else c.end
        verb = next(
            (
                x
                for x in self.sent_cues[si]
                if x.start >= source_end
                and "fin" in x.kinds
                and (
                    not body[source_end : x.start].strip()
                    if sp is not None
                    else x.start - c.end <= 60
                    and not re.search(r"[,;:\"“„'‘]", body[c.end : x.start])
                )
            ),
            None,
        )
        if sp is None and verb is None:
            return None
        source = self._actor(sp) if sp is not None else None
        if verb is None and source is not None and source.kind == "institution":
            # "Volgens het Kremlin heeft/bedankte Poetin ...": any verb, then a Russian person:
            # the institution reports that person's words or acts (a person as the source,
            # "volgens Peskov neemt Poetin ...", speaks himself)
            vm = re.match(r"\s+[a-zà-ÿ]+\s+", body[sp.ext_end : sp.ext_end + 40])
            if vm is not None:
                at = sp.ext_end + vm.end()
                person = next((x for x in self.sent_ments[si] if x.start == at), None)
                found = self._actor_of(person, si) if person is not None else None
                if found is not None and found[0].kind == "person" and found[0].russian:
                    sp = person
        if verb is not None and not (source is not None and source.kind == "person"):
            inner = self._speaker_after(verb.end, si, verb.end + 60)
            if inner is not None:
                found = self._actor_of(inner, si)
                if (
                    found is not None
                    and found[0].kind == "person"
                    and (inner.kind != "pron" or found[0].russian)  # "zei hij": the leader
                ):
                    sp = inner
        if sp is None:
            return None
        res = self._actor_of(sp, si)
        if res is None:
            return None
        return res[0], res[1], sent.start, sent.end, c.word, si

    def _words_before(self, si: int) -> None:
        """ "Met die waarschuwing heeft president Boris Jeltsin gisteren de top geopend": a
        sentence opening with "Met die woorden/waarschuwing/..." attributes the sentence before
        it to its subject even when its verb is no speech verb."""
        if si == 0 or not (m := _WITH_THOSE_WORDS_RE.match(self.body, self.sents[si].start)):
            return
        if self.sents[si - 1].heading or any(
            f.explicit and f.sent == si - 1 for f in self.by_sent.get(si - 1, ())
        ):
            return  # a statement there has its own attribution
        # the subject: the first mention, after the finite verb (and an auxiliary's subject)
        subject = next((x for x in self.sent_ments[si] if x.start >= m.end()), None)
        if subject is None or len(self.body[m.end() : subject.start].split()) > 3:
            return
        res = self._actor_of(subject, si)
        if res is not None and res[0].russian:
            self._dat_rule(res[0], res[1], m.group().strip(), si - 1, si)

    def _dat_rule(self, actor: Actor, mention: str, cue: str, target: int, si: int) -> None:
        """The previous sentence is the statement; it replaces a guessed continuation."""
        previous = self.by_sent.get(target, [])
        # "Rusland dreigt met ... . Dat heeft Medvedev laten weten.": the paraphrase in the
        # previous sentence is the named speaker's; only a quote attributed there stays
        if any(f.explicit and f.kind == "direct" for f in previous):
            self.by_sent.setdefault(si, []).append(
                _Found(actor, "indirect", 0, 0, mention, cue, si, explicit=False)
            )
            return
        dropped = {id(f) for f in previous}
        self.found = [f for f in self.found if id(f) not in dropped]
        self.by_sent[target] = []
        sent = self.sents[target]
        kind = self._kind(sent.start, sent.end, self.sent_quotes[target])
        f = self._add(actor, kind, sent.start, sent.end, mention, cue, target)
        # remember the speaker in this sentence too, for salience and continuation
        self.by_sent.setdefault(si, []).append(
            _Found(actor, kind, f.start, f.end, mention, cue, si, explicit=False)
        )

    def _continue_quote(
        self, q: _Quote, qi: int, quotes: list[_Quote], attributed: dict[int, _Found], si: int
    ) -> tuple[Actor, str, str, bool] | None:
        """Speaker of a quote without attribution of its own, as (actor, mention, cue, weak):
        the speaker of the quote just before it in the sentence, a speaker introduced with a
        colon, or the speaker (else the subject) of the previous sentence (also after a topic or
        a connective and a colon, `Over Comey: „…”`, `En na een korte pauze: „…”`, and past a
        correspondent's `Einde citaat.`)."""
        body = self.body
        sent = self.sents[si]
        if qi > 0 and quotes[qi - 1].start in attributed:
            prev = attributed[quotes[qi - 1].start]
            return prev.actor, prev.mention, "(vervolg)", True
        outside = body[sent.start : q.start] + body[q.end : sent.end]
        for other in quotes:
            if other is not q:
                outside = outside.replace(body[other.start : other.end], "")
        head = body[sent.start : q.start].rstrip()
        tm = _TOPIC_HEAD_RE.fullmatch(head)
        topic = (
            tm is not None
            and not body[q.end : sent.end].strip(_TRAILING + _QUOTE_CHARS + ".!?…()")
            and not (tm.group("more") and any(x.start < q.start for x in self.sent_ments[si]))
        )
        if outside.strip(_TRAILING + _QUOTE_CHARS + ".!?…()") and not topic:
            if head.endswith(":") and len(head.split()) <= _COLON_HEAD_WORDS + (
                self._apposition_words(si, q.start)
            ):
                # a person before an institution: "Op de vraag of Rusland informatie deelt, was
                # hij kort:" is his answer, not Russia's; the subject among persons first
                before = [x for x in self.sent_ments[si] if x.start < q.start]
                persons = [x for x in before if (a := self._actor(x)) and a.kind == "person"]
                m = next((x for x in persons if self._subj(x)), None) or next(
                    iter(persons or before), None
                )
                if m is not None:
                    res = self._actor_of(m, si)
                    if res is not None:
                        return res[0], res[1], ":", False
                elif _CITE_RE.search(head):
                    # "Ik citeer: „…”" (a correspondent quoting): the person spoken about last
                    for sj in range(si - 1, max(-1, si - 4), -1):
                        person = self._subject(sj)[0]
                        if person is not None:
                            return person[0], person[1], ":", False
            return None
        if si == 0:
            return None
        back = si - 1
        if back > 0 and _END_OF_QUOTE_RE.fullmatch(
            body[self.sents[back].start : self.sents[back].end].strip()
        ):
            back -= 1  # "Ik citeer: „…” Einde citaat. En meteen daarna: „…”"
        prev_sent = self.sents[back]
        if prev_sent.heading or sent.para - prev_sent.para > 1:
            return None
        found = self.by_sent.get(back)
        if found:
            last = found[-1]
            return last.actor, last.mention, "(vervolg)", True
        if self.colon_speaker is not None and self.colon_speaker[2] == back:
            actor, mention, _ = self.colon_speaker
            return actor, mention, ":", False
        person = self._subject(back)[0]
        if prev_sent.para == sent.para and person is not None:
            return person[0], person[1], "(vervolg)", True
        return None

    def _apposition_words(self, si: int, limit: int) -> int:
        """Words of an apposition between commas right after the mention that opens sentence
        `si` ("Vladimir Loekin, voorzitter van de commissie Internationale Zaken, twijfelde
        ..."): they describe the subject and do not lengthen the clause before a colon."""
        m = self._opening_mention(si)
        if m is None or not self.body.startswith(",", m.end):
            return 0
        ext = _APPOSITION_RE.match(self.body, m.end)
        return len(ext.group().split()) if ext is not None and ext.end() < limit else 0

    def _resolve_pending(
        self, si: int, quotes: list[_Quote], attributed: dict[int, _Found]
    ) -> None:
        """Give waiting multi-paragraph quotes the speaker of the quote that ends them, or
        their own guess when no attributed quote follows."""
        earlier = [p for p in self.pending if p[1] < si]
        if not earlier:
            return
        first = None
        if quotes and not self.body[self.sents[si].start : quotes[0].start].strip():
            first = quotes[0]  # (quotes is empty for the final flush past the last sentence)
        if first is not None and first.unclosed and any(p[0] is first for p in self.pending):
            return  # the quote goes on in the next paragraph
        speaker = attributed.get(first.start) if first is not None else None
        for q, sj, guess in earlier:
            if speaker is not None and speaker.explicit:
                self._add(speaker.actor, "direct", q.start, q.end, speaker.mention, "(vervolg)", sj)
            elif guess is not None:
                actor, mention, cue, weak = guess
                self._add(actor, "direct", q.start, q.end, mention, cue, sj, weak=weak)
        self.pending = [p for p in self.pending if p[1] >= si]


def _as_date(published: date | datetime | str | None) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        text = str(published).strip()
        if len(text) == 7:
            text += "-15"
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def extract_statements(
    body: str,
    published: date | datetime | str | None = None,
    registry: ActorRegistry | None = None,
) -> list[Statement]:
    """All statements of Russian officials and institutions in a cleaned body, sorted by
    start; never two with the same span. `published` picks the holders of roles ("de
    Russische president" in 2010 is Medvedev); without it, today's holders."""
    if not body or not body.strip():
        return []
    on = _as_date(published)
    registry = registry or default_registry()
    ex = _Extractor(body, on, registry)
    ex.prepare()
    found = _join_coordinated(body, ex.run())
    answers = _quoted_answers(body)
    if not answers:
        return found
    # an interviewee's answer in quote marks reports what Russian officials said ("Feller.
    # Woordvoerster Maria Zacharova sprak van ..."): read the answers again without their outer
    # marks, the rest of the body blanked (same offsets; a second pass over it all would double
    # the cost of the text that needs none)
    masked = [c if c == "\n" else " " for c in body]
    for (_s, _e), (inner_s, inner_e) in answers:
        masked[inner_s:inner_e] = body[inner_s:inner_e]
    again = _Extractor("".join(masked), on, registry)
    again.prepare()
    first = list(found)
    for st in again.run():
        end = st.start + len(st.text.rstrip())
        if (
            end > st.start
            and any(s <= st.start and end <= e for (s, e), _inner in answers)
            and not any(f.start < end and st.start < f.end for f in first)
        ):
            found.append(st._replace_text(body, end))
    return sorted(found, key=lambda st: (st.start, st.end))


# a clause with content of its own: a "dat"/"of" clause or a quote (also a label in straight
# single quotes, "noemde ze 'ongehoord'"; not the apostrophe of "zo'n")
_CONTENT_CLAUSE_RE = re.compile(r"\b(?:dat|of)\b|[„“”\"‘’]|,,|(?:^|\s)'\w")


def _join_coordinated(body: str, found: list[Statement]) -> list[Statement]:
    """One statement for a sentence whose first clause only leads up to the second one the
    same speaker says, joined by "en" ("Peskov bevestigde het bezoek en zei dat ...", "noemde
    de beschuldigingen ongegrond en beloofde dat ...", "spreekt van een realistisch akkoord en
    vindt dat Washington ‘…’"); two clauses with content of their own ("zei dat ... en
    benadrukte dat ...") stay two statements."""
    out: list[Statement] = []
    for st in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.speaker == st.speaker
            and prev.kind == "indirect"
            and not body[prev.end : st.start].strip()
            and st.text.startswith("en ")
            and not _CONTENT_CLAUSE_RE.search(prev.text)
        ):
            out[-1] = prev._replace_text(body, st.end)
            continue
        out.append(st)
    return out


_OPENING_MARKS = ("„", "“", '"', ",,")
_CLOSING_MARKS = ("”", '"', "''", "“")
_ANSWER_MIN_CHARS = 150
_QUOTE_THEN_ATTRIBUTION_RE = re.compile(r"(?:[”\"]|'')[,;]\s+[a-z]")


def _quoted_answers(body: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Paragraphs that are one quote from its first character to its last (an interviewee's
    answer, an analyst's long quote): (paragraph span, span inside the marks). Statements found
    in them already (where a quote inside the answer broke the pairing of its marks) stay; the
    second reading adds only what they miss."""
    out = []
    for ps, pe in _paragraph_spans(body):
        text = body[ps:pe].rstrip()
        pe = ps + len(text)
        if len(text) < _ANSWER_MIN_CHARS:
            continue
        opening = next((m for m in _OPENING_MARKS if text.startswith(m)), None)
        closing = next((m for m in _CLOSING_MARKS if text.endswith(m)), None)
        if opening is None or closing is None:
            continue
        if _QUOTE_THEN_ATTRIBUTION_RE.search(text):
            continue  # „…”, zegt analist X. „…”: two quotes of the one who speaks, no answer
        out.append(((ps, pe), (ps + len(opening), pe - len(closing))))
    return out
