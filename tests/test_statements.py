"""Statement extraction on hand-made Dutch and Flemish sentences in many news styles.

Each case lists every statement the text holds (speaker, kind, a piece of its text) and pieces
of text that must not be in any statement (quotes of non-Russian speakers, scare quotes, news
agencies). The extraction must find exactly the listed statements: nothing more.
"""

from __future__ import annotations

import re
import shutil
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stancewatch.actors import DATA_DIR, ActorRegistry
from stancewatch.statements import Statement, extract_statements

_QUOTES = re.compile("[\"“”„‟«»'‘’‚‹›]")


def _fold(text: str) -> str:
    return " ".join(_QUOTES.sub("", text).split())


# (id, published, text, [(speaker, kind, anchor)], [forbidden anchors])
CASES: list[tuple[str, date | None, str, list[tuple[str, str, str]], list[str]]] = [
    (
        "nos_zegt_dat",
        None,
        "Poetin zegt dat Rusland klaar is voor gesprekken met de Verenigde Staten.",
        [("Putin", "indirect", "klaar is voor gesprekken")],
        [],
    ),
    (
        "quote_zei_after",
        None,
        "“We zijn bereid tot een dialoog”, zei Peskov donderdag tegen journalisten in Moskou.",
        [("Peskov", "direct", "bereid tot een dialoog")],
        [],
    ),
    (
        "nrc_low_quotes",
        None,
        "„Washington speelt met vuur”, aldus Zacharova op Telegram.",
        [("Zakharova", "direct", "Washington speelt met vuur")],
        [],
    ),
    (
        "ds_single_curly",
        None,
        "‘De sancties zijn illegaal en zullen niets veranderen’, zei Lavrov.",
        [("Lavrov", "direct", "De sancties zijn illegaal")],
        [],
    ),
    (
        "reversed_curly",
        None,
        "”Dit is een provocatie van de NAVO“, verklaarde Sjojgoe.",
        [("Shoigu", "direct", "provocatie van de NAVO")],
        [],
    ),
    (
        "comma_comma_quotes",
        None,
        ",,Wij zullen hierop antwoorden op een manier die we zelf kiezen'', zei Medvedev.",
        [("Medvedev", "direct", "Wij zullen hierop antwoorden")],
        [],
    ),
    (
        "colon_no_verb",
        None,
        "Kremlinwoordvoerder Dmitri Peskov was duidelijk: “Er komt geen staakt-het-vuren zonder "
        "garanties.”",
        [("Peskov", "direct", "geen staakt-het-vuren")],
        [],
    ),
    (
        "colon_after_verb",
        None,
        "Lavrov zei tegen persbureau TASS: “Het Westen heeft geen enkel voorstel gedaan.”",
        [("Lavrov", "direct", "geen enkel voorstel")],
        [],
    ),
    (
        "split_quote_sentences",
        None,
        "“We willen vrede”, zei Poetin. “Maar niet tegen elke prijs.”",
        [("Putin", "direct", "We willen vrede"), ("Putin", "direct", "niet tegen elke prijs")],
        [],
    ),
    (
        "interrupted_quote",
        None,
        "Lavrov sprak in Peking met zijn Chinese ambtgenoot. “Rusland zal niet wijken”, zei hij, "
        "“ook niet onder druk van Washington.”",
        [
            ("Lavrov", "direct", "Rusland zal niet wijken"),
            ("Lavrov", "direct", "ook niet onder druk"),
        ],
        [],
    ),
    (
        "volgens_kremlin",
        None,
        "Volgens het Kremlin is de Amerikaanse aanpak contraproductief.",
        [("Kremlin", "indirect", "aanpak contraproductief")],
        [],
    ),
    (
        "volgens_agency_trap",
        None,
        "Volgens het persbureau Interfax wil Moskou snel een top organiseren.",
        [],
        ["top organiseren"],
    ),
    (
        "volgens_intel_trap",
        None,
        "Volgens Amerikaanse inlichtingendiensten bereidt Poetin een nieuw offensief voor.",
        [],
        ["nieuw offensief"],
    ),
    (
        "aldus_role_indirect",
        date(2022, 3, 1),
        "De sancties zijn een oorlogsdaad, aldus de Russische minister van Buitenlandse Zaken.",
        [("Lavrov", "indirect", "De sancties zijn een oorlogsdaad")],
        [],
    ),
    (
        "dat_heeft_gezegd",
        None,
        "Rusland wil binnenkort met de VS praten over kernwapens. Dat heeft vice-minister van "
        "Buitenlandse Zaken Sergej Rjabkov gezegd.",
        [("Ryabkov", "indirect", "praten over kernwapens")],
        [],
    ),
    (
        "dat_zei_role_date",
        date(2019, 5, 6),
        "Moskou ziet geen reden om de gesprekken af te breken. Dat zei de woordvoerder van het "
        "Kremlin maandag.",
        [("Peskov", "indirect", "geen reden om de gesprekken")],
        [],
    ),
    (
        "zelensky_pronoun_trap",
        None,
        "Zelensky reageerde woedend op de aanval. “Rusland moet hiervoor betalen”, zei hij.",
        [],
        ["moet hiervoor betalen"],
    ),
    (
        "zelensky_direct_trap",
        None,
        "“We zullen nooit capituleren”, zei Zelenski.",
        [],
        ["nooit capituleren"],
    ),
    (
        "trump_reports_putin_trap",
        None,
        "Trump zei dat Poetin hem had beloofd dat er geen aanval zou komen.",
        [],
        ["geen aanval"],
    ),
    (
        "trump_quotes_putin_trap",
        None,
        "“Poetin zei me: ‘Ik wil vrede’”, aldus Trump.",
        [],
        ["Ik wil vrede"],
    ),
    ("object_putin_trap", None, "Biden noemde Poetin een moordenaar.", [], ["moordenaar"]),
    (
        "russia_calls",
        None,
        "Rusland noemt de invasie nog altijd een “speciale militaire operatie”.",
        [("Russia", "indirect", "noemt de invasie")],
        [],
    ),
    (
        "scare_quotes_only",
        None,
        "De zogenaamde “speciale militaire operatie” duurt intussen al drie jaar.",
        [],
        ["speciale militaire operatie"],
    ),
    (
        "analysts_quote_trap",
        None,
        "Analisten spreken van een “nieuwe fase in het conflict tussen Oost en West”.",
        [],
        ["nieuwe fase"],
    ),
    (
        "inverted_adverb",
        None,
        "Ondertussen waarschuwde Medvedev dat Rusland kernwapens kan inzetten.",
        [("Medvedev", "indirect", "kernwapens kan inzetten")],
        [],
    ),
    (
        "president_2010_medvedev",
        date(2010, 6, 1),
        "De Russische president zei dat de relatie met Washington verbetert.",
        [("Medvedev", "indirect", "relatie met Washington")],
        [],
    ),
    (
        "president_2023_putin",
        date(2023, 6, 1),
        "De Russische president zei dat de relatie met Washington verslechtert.",
        [("Putin", "indirect", "relatie met Washington")],
        [],
    ),
    (
        "security_council_role",
        date(2024, 2, 1),
        "De vicevoorzitter van de Russische Veiligheidsraad noemde de Europese leiders "
        "“kakkerlakken”.",
        [("Medvedev", "indirect", "Europese leiders")],
        [],
    ),
    (
        "name_van_institution",
        None,
        "Woordvoerster Maria Zacharova van het Russische ministerie van Buitenlandse Zaken "
        "beschuldigde Washington van inmenging.",
        [("Zakharova", "indirect", "van inmenging")],
        [],
    ),
    (
        "female_pronoun",
        None,
        "Zacharova reageerde op Telegram op de beslissing van de EU. “Dit is pure hypocrisie van "
        "Brussel”, zei ze.",
        [
            ("Zakharova", "indirect", "op de beslissing van de EU"),
            ("Zakharova", "direct", "pure hypocrisie"),
        ],
        [],
    ),
    (
        "flemish_zegde",
        None,
        "Peskov zegde dat het Kremlin de voorstellen bestudeert.",
        [("Peskov", "indirect", "de voorstellen bestudeert")],
        [],
    ),
    (
        "flemish_klinkt_het",
        None,
        "“We zijn niet onder de indruk”, klinkt het in het Kremlin.",
        [("Kremlin", "direct", "niet onder de indruk")],
        [],
    ),
    (
        "hln_zegt",
        None,
        "“Het Westen speelt een gevaarlijk spel”, zegt Lavrov.",
        [("Lavrov", "direct", "gevaarlijk spel")],
        [],
    ),
    (
        "multi_paragraph_quote",
        None,
        "Poetin hield een lange toespraak voor het parlement.\n\n“We hebben deze oorlog niet "
        "gewild.\n\n“Maar we zullen ons land verdedigen”, zei hij.",
        [
            ("Putin", "direct", "deze oorlog niet gewild"),
            ("Putin", "direct", "ons land verdedigen"),
        ],
        [],
    ),
    (
        "next_paragraph_continuation",
        None,
        "Lavrov waarschuwde de NAVO voor escalatie.\n\n“Wie met vuur speelt, verbrandt zich.”",
        [("Lavrov", "indirect", "voor escalatie"), ("Lavrov", "direct", "met vuur speelt")],
        [],
    ),
    (
        "moskou_reacts",
        None,
        "Moskou reageerde woedend op de nieuwe sancties.",
        [("Russia", "indirect", "woedend op de nieuwe sancties")],
        [],
    ),
    (
        "rusland_denies",
        None,
        "Rusland ontkent elke betrokkenheid bij de aanslag.",
        [("Russia", "indirect", "elke betrokkenheid")],
        [],
    ),
    (
        "mfa_liet_weten",
        None,
        "Het Russische ministerie van Buitenlandse Zaken liet weten dat de Amerikaanse ambassadeur "
        "is ontboden.",
        [("Russian MFA", "indirect", "ambassadeur is ontboden")],
        [],
    ),
    (
        "inverted_liet_weten",
        None,
        "Dinsdag liet Zacharova weten dat Moskou zal reageren.",
        [("Zakharova", "indirect", "Moskou zal reageren")],
        [],
    ),
    (
        "ushakov_role_name",
        None,
        "Kremlinadviseur Joeri Oesjakov bevestigde dat er een telefoongesprek komt.",
        [("Ushakov", "indirect", "telefoongesprek komt")],
        [],
    ),
    (
        "nebenzya_un",
        None,
        "“Dit is een schaamteloze leugen”, zei de Russische VN-ambassadeur Vasili Nebenzja.",
        [("Nebenzya", "direct", "schaamteloze leugen")],
        [],
    ),
    (
        "dmitriev_envoy",
        None,
        "Poetins gezant Kirill Dmitriev zei na afloop dat de gesprekken „constructief” waren.",
        [("Dmitriev", "indirect", "constructief")],
        [],
    ),
    ("passive_trap", None, "Poetin werd door Biden een moordenaar genoemd.", [], ["moordenaar"]),
    (
        "pronoun_to_trump_trap",
        None,
        "Trump belde Poetin op. Hij zei dat de gesprekken goed verliepen.",
        [],
        ["goed verliepen"],
    ),
    (
        "possessive_role",
        None,
        "Poetins woordvoerder zei dat er geen plannen zijn voor een ontmoeting.",
        [("Peskov", "indirect", "geen plannen")],
        [],
    ),
    (
        "name_colon",
        None,
        "Peskov: “Dat is voorlopig niet aan de orde.”",
        [("Peskov", "direct", "niet aan de orde")],
        [],
    ),
    (
        "apostrophes_not_quotes",
        None,
        "Peskov zei dat zo'n ontmoeting 's avonds zou plaatsvinden in Trump's hotel in Washington.",
        [("Peskov", "indirect", "Trump's hotel")],
        [],
    ),
    (
        "defence_2020",
        date(2020, 5, 1),
        "De Russische minister van Defensie zei dat het leger vorderingen maakt.",
        [("Shoigu", "indirect", "vorderingen maakt")],
        [],
    ),
    (
        "defence_2025",
        date(2025, 5, 1),
        "De Russische minister van Defensie zei dat het leger vorderingen maakt.",
        [("Belousov", "indirect", "vorderingen maakt")],
        [],
    ),
    (
        "ellipsis_in_quote",
        None,
        "“Wij willen (...) geen oorlog met de NAVO. […] Maar we zijn er klaar voor”, verklaarde "
        "Poetin.",
        [("Putin", "direct", "geen oorlog met de NAVO")],
        [],
    ),
    (
        "embedded_quote_indirect",
        None,
        "Medvedev schreef op Telegram dat Europa “de prijs zal betalen” voor zijn steun aan Kiev.",
        [("Medvedev", "indirect", "de prijs zal betalen")],
        [],
    ),
    (
        "role_anaphora",
        None,
        "Vice-minister van Buitenlandse Zaken Sergej Rjabkov zei dat Moskou openstaat voor "
        "gesprekken. De Russische vice-minister voegde eraan toe dat de VS de eerste stap moeten "
        "zetten.",
        [
            ("Ryabkov", "indirect", "openstaat voor gesprekken"),
            ("Ryabkov", "indirect", "de eerste stap"),
        ],
        [],
    ),
    (
        "deputy_fm_context",
        None,
        "De Russische vice-minister van Buitenlandse Zaken zei dat de gesprekken over "
        "wapenbeheersing met Washington zijn vastgelopen.",
        [("Ryabkov", "indirect", "zijn vastgelopen")],
        [],
    ),
    (
        "kremlin_laat_weten",
        None,
        "Het Kremlin laat weten dat Poetin geen haast heeft.",
        [("Kremlin", "indirect", "geen haast")],
        [],
    ),
    (
        "nested_putin_inside_peskov",
        None,
        "Peskov zei dat Poetin “op elk moment” bereid is om Trump te ontmoeten.",
        [("Peskov", "indirect", "bereid is om Trump")],
        [],
    ),
    (
        "volgens_hem",
        None,
        "Lavrov sprak donderdag in Moskou. Volgens hem is de oorlog een zaak van de NAVO.",
        [("Lavrov", "indirect", "een zaak van de NAVO")],
        [],
    ),
    (
        "ook_particle",
        None,
        "Ook Peskov zei dat de sancties geen effect hebben.",
        [("Peskov", "indirect", "geen effect")],
        [],
    ),
    (
        "biden_then_kremlin",
        None,
        "Biden zei dat hij Poetin niet vertrouwt. Volgens het Kremlin is dat “een "
        "onverantwoordelijke uitspraak”.",
        [("Kremlin", "indirect", "onverantwoordelijke uitspraak")],
        ["niet vertrouwt"],
    ),
    (
        "french_president_trap",
        None,
        "De Franse president waarschuwde voor een escalatie. “We moeten nu waakzaam blijven”, zei "
        "hij.",
        [],
        ["waakzaam"],
    ),
    (
        "sprak_van",
        None,
        "Zacharova sprak van een “schandalige provocatie”.",
        [("Zakharova", "indirect", "schandalige provocatie")],
        [],
    ),
    (
        "curly_apostrophe_in_quote",
        None,
        "‘We vergaderen ’s avonds nog met de Amerikanen’, zei Oesjakov.",
        [("Ushakov", "direct", "vergaderen")],
        [],
    ),
    (
        "schreef_x",
        None,
        "“Europa zal hiervoor de rekening betalen”, schreef Medvedev op X.",
        [("Medvedev", "direct", "rekening betalen")],
        [],
    ),
    (
        "heading_no_continuation",
        None,
        "Peskov sprak van een provocatie.\n\nReacties uit Europa\n\n“Dit is onaanvaardbaar en "
        "gevaarlijk voor iedereen.”",
        [("Peskov", "indirect", "provocatie")],
        ["onaanvaardbaar en gevaarlijk"],
    ),
    (
        "aldus_hij_tail",
        None,
        "Lavrov kwam donderdag aan in Ankara. De NAVO is een agressief blok, aldus hij.",
        [("Lavrov", "indirect", "agressief blok")],
        [],
    ),
    (
        "tail_pronoun_not_content",
        None,
        "Peskov reageerde kort op de vraag. Trump is een betrouwbare partner, zei hij.",
        [
            ("Peskov", "indirect", "kort op de vraag"),
            ("Peskov", "indirect", "betrouwbare partner"),
        ],
        [],
    ),
    (
        "coord_other_speaker",
        None,
        "Lavrov zei dat “de deur open blijft”, maar Blinken reageerde sceptisch.",
        [("Lavrov", "direct", "de deur open blijft")],
        ["sceptisch"],
    ),
    (
        "hand_gewezen",
        None,
        "Het Kremlin heeft de beschuldigingen van de hand gewezen.",
        [("Kremlin", "indirect", "van de hand gewezen")],
        [],
    ),
    (
        "embassy",
        None,
        "De Russische ambassade in Washington noemde de maatregelen „vijandig”.",
        [("Russian embassy", "indirect", "vijandig")],
        [],
    ),
    (
        "adverbial_pp_with_name",
        None,
        "In een gesprek met Trump zei Poetin dat hij een bestand overweegt.",
        [("Putin", "indirect", "bestand overweegt")],
        [],
    ),
    (
        "relative_apposition",
        None,
        "Poetin, die donderdag in Minsk was, zei dat de oorlog nog lang kan duren.",
        [("Putin", "indirect", "lang kan duren")],
        [],
    ),
    (
        "role_apposition",
        None,
        "Dmitri Peskov, de woordvoerder van het Kremlin, zei dat er geen deadline is.",
        [("Peskov", "indirect", "geen deadline")],
        [],
    ),
    (
        "question_quote",
        None,
        "“Waarom zouden we dat nu doen?”, vroeg Lavrov zich af.",
        [("Lavrov", "direct", "Waarom zouden we")],
        [],
    ),
    (
        "one_word_attributed",
        None,
        "“Nee”, zei Peskov op de vraag of er een top komt.",
        [("Peskov", "direct", "Nee")],
        [],
    ),
    (
        "quote_then_dat_zei",
        date(2021, 12, 1),
        "“Rusland is niet van plan Oekraïne aan te vallen.” Dat zei Poetin donderdag.",
        [("Putin", "direct", "niet van plan")],
        [],
    ),
    (
        "volgens_zelensky_trap",
        None,
        "Volgens Zelensky liegt Poetin over zijn plannen.",
        [],
        ["liegt"],
    ),
    (
        "klonk_uit_kremlin",
        None,
        "“Dit verandert niets aan onze positie”, klonk het uit het Kremlin.",
        [("Kremlin", "direct", "onze positie")],
        [],
    ),
    (
        "perfect_tense_inst",
        None,
        "Rusland heeft Oekraïne opnieuw beschuldigd van terrorisme.",
        [("Russia", "indirect", "van terrorisme")],
        [],
    ),
    (
        "passive_inst_trap",
        None,
        "Oekraïne wordt door Rusland beschuldigd van terrorisme.",
        [],
        ["terrorisme"],
    ),
    (
        "headline_colon",
        None,
        "Kremlin: ‘Geen top zonder grondige voorbereiding’\n\nHet Kremlin wil eerst afspraken.",
        [("Kremlin", "direct", "Geen top zonder")],
        [],
    ),
    (
        "state_media_trap",
        None,
        "Russische staatsmedia meldden dat de president een decreet tekende.",
        [],
        ["decreet"],
    ),
    (
        "riep_no_particle",
        None,
        "“Dat is een leugen!” riep Poetin.",
        [("Putin", "direct", "een leugen")],
        [],
    ),
    (
        "tail_with_two_names",
        None,
        "De Russische president Vladimir Poetin en zijn Amerikaanse ambtgenoot Donald Trump zullen "
        "elkaar binnenkort ontmoeten, zei Peskov.",
        [("Peskov", "indirect", "elkaar binnenkort ontmoeten")],
        [],
    ),
    (
        "dat_meldt_agency_trap",
        None,
        "Er zijn nieuwe gesprekken gepland in Istanbul. Dat meldt het Russische persbureau TASS.",
        [],
        ["Istanbul"],
    ),
    (
        "volgens_role_name",
        None,
        "Volgens Kremlinwoordvoerder Dmitri Peskov is er nog geen datum.",
        [("Peskov", "indirect", "nog geen datum")],
        [],
    ),
    (
        "dat_rule_names_the_paraphrased_speaker",
        None,
        'Rusland dreigt met "gepaste maatregelen" als de VS raketten in Duitsland stationeren. '
        "Dat heeft vicevoorzitter van de Veiligheidsraad Dmitri Medvedev laten weten.",
        [("Medvedev", "indirect", "gepaste maatregelen")],
        [],
    ),
    (
        "dat_rule_separable_participle",
        None,
        "Rusland is bereid om de gesprekken te hervatten. Dat heeft het Russische ministerie "
        "van Buitenlandse Zaken donderdag bekendgemaakt.",
        [("Russian MFA", "indirect", "gesprekken te hervatten")],
        [],
    ),
    (
        "zelf_after_subject",
        None,
        "Poetin zelf sprak zich eerder deze week uit over de kwestie.",
        [("Putin", "indirect", "over de kwestie")],
        [],
    ),
    (
        "apposition_then_sprak_van",
        None,
        "Zacharova, de woordvoerster van het Russische ministerie van Buitenlandse Zaken, sprak "
        "op haar wekelijkse persconferentie van “een provocatie”.",
        [("Zakharova", "indirect", "een provocatie")],
        [],
    ),
    (
        "trump_quote_after_peskov",
        None,
        "“We bestuderen de tekst nog”, zei Peskov. “Poetin wil een deal, dat weet ik zeker”, "
        "zei Trump in het Witte Huis.",
        [("Peskov", "direct", "bestuderen de tekst")],
        ["wil een deal"],
    ),
    (
        "pronoun_in_subordinate_clause_biden",
        None,
        "Peskov sprak van een kans. Sinds Joe Biden aan de macht kwam, beloofde hij om harder "
        "op te treden tegen Moskou.",
        [("Peskov", "indirect", "een kans")],
        ["harder op te treden"],
    ),
    (
        "time_clause_about_someone_else_is_cut",
        None,
        "Peskov verwees naar een uitnodiging in maart, nadat Joe Biden Poetin een "
        "'moordenaar' had genoemd.",
        [("Peskov", "indirect", "een uitnodiging in maart")],
        ["moordenaar"],
    ),
    (
        "joint_statement_russian_partner",
        None,
        "Xi en Poetin verklaarden na afloop dat hun banden nooit zo sterk zijn geweest.",
        [("Putin", "indirect", "nooit zo sterk")],
        [],
    ),
    (
        "refusal_is_no_statement",
        None,
        "Het Kremlin wilde niet reageren op de berichten. Peskov weigerde te bevestigen dat "
        "er een top komt.",
        [],
        ["reageren op de berichten", "een top komt"],
    ),
    (
        "relative_clause_continues_the_speaker",
        None,
        "„Het is te vroeg om conclusies te trekken”, aldus Peskov, die eraan toevoegde dat het "
        "Kremlin „alle signalen” ernstig neemt.",
        [("Peskov", "direct", "te vroeg"), ("Peskov", "indirect", "alle signalen")],
        [],
    ),
    (
        "media_quote_introduced_by_colon",
        None,
        "Russische staatsmedia citeerden Poetin: „Niemand kan Rusland dwingen om te capituleren.”",
        [("Putin", "direct", "Niemand kan Rusland dwingen")],
        [],
    ),
    (
        "quote_in_paragraph_after_announcement",
        None,
        "Peskov reageerde als volgt op de vraag van een journalist:\n\n„Wij zullen niet "
        "toelaten dat men ons de les leest. Dat is duidelijk voor iedereen.”",
        [("Peskov", "indirect", "als volgt"), ("Peskov", "direct", "de les leest")],
        [],
    ),
    (
        "separable_verbs_that_are_no_speech",
        None,
        "Poetin stelde donderdag een nieuwe premier aan. Lavrov zegt zijn bezoek aan Ankara af. "
        "Rusland riep zijn ambassadeur in Washington terug.",
        [],
        ["premier", "Ankara", "ambassadeur"],
    ),
    (
        "genitive_before_the_subject",
        None,
        "Lavrovs woordvoerster Maria Zacharova zei dat Washington liegt. Trumps gezant Steve "
        "Witkoff zei dat Poetin wil praten.",
        [("Zakharova", "indirect", "Washington liegt")],
        ["wil praten"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "expected", "forbidden"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_hand_made_sentences_yield_exactly_their_statements(
    published: date | None,
    text: str,
    expected: list[tuple[str, str, str]],
    forbidden: list[str],
) -> None:
    found = extract_statements(text, published)
    described = [(s.speaker, s.kind, s.text) for s in found]
    for speaker, kind, anchor in expected:
        hits = [s for s in found if _fold(anchor) in _fold(s.text)]
        assert hits, f"no statement holds {anchor!r}: {described}"
        assert any((h.speaker, h.kind) == (speaker, kind) for h in hits), described
    for anchor in forbidden:
        assert not any(_fold(anchor) in _fold(s.text) for s in found), described
    assert len(found) == len(expected), described


def test_there_are_at_least_forty_hand_made_cases_with_traps() -> None:
    assert len(CASES) >= 40
    assert sum(1 for case in CASES if not case[3]) >= 10  # texts without any statement


def _check_invariants(body: str, found: list[Statement]) -> None:
    spans = [(s.start, s.end) for s in found]
    assert spans == sorted(spans)
    assert len(set(spans)) == len(spans)
    for s in found:
        assert body[s.start : s.end] == s.text
        assert s.text.strip() == s.text and s.text
        assert s.kind in ("direct", "indirect")


def test_statement_spans_point_into_the_body() -> None:
    for _, published, text, _, _ in CASES:
        _check_invariants(text, extract_statements(text, published))


def test_speaker_mention_and_cue_say_how_the_speaker_was_found() -> None:
    found = extract_statements(
        "Het Kremlin wil praten. “We zijn er klaar voor”, zei de woordvoerder van het Kremlin. "
        "“Maar niet ten koste van alles.”",
        date(2022, 5, 1),
    )
    assert [(s.speaker, s.speaker_mention, s.cue) for s in found] == [
        ("Peskov", "de woordvoerder van het Kremlin", "zei"),
        ("Peskov", "de woordvoerder van het Kremlin", "(vervolg)"),
    ]


def test_published_date_chooses_the_role_holder() -> None:
    text = "“Wij willen goede betrekkingen”, zei de Russische president."
    assert extract_statements(text, date(2010, 3, 1))[0].speaker == "Medvedev"
    assert extract_statements(text, "2019-03-01")[0].speaker == "Putin"
    assert extract_statements(text, None)[0].speaker == "Putin"


def test_empty_and_statement_free_bodies_give_nothing() -> None:
    assert extract_statements("") == []
    assert extract_statements("   \n\n ") == []
    assert extract_statements("Het regent in Brussel. De trein had vertraging.") == []


_ALPHABET = st.sampled_from(
    list("abcdefghijklmnop rstuvwz.,;:!?'\"“”„‘’‚«»‹›()-\n")
    + [
        "Poetin ",
        "Peskov ",
        "zei ",
        "aldus ",
        "volgens ",
        "dat ",
        "hij ",
        "ze ",
        "Het Kremlin ",
        "Biden ",
        "'s ",
        "zo'n ",
        "De Russische president ",
        ". ",
        "\n\n",
        ",,",
        "''",
        "Dat zei ",
        "Zo ",
        "die ",
        "heeft ",
        "gezegd ",
        "voegde ",
        "toe ",
        "oud-president ",
        "de minister ",
        "Volgens hem ",
        "klinkt het ",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
@example(" Poetin zei ")  # the sentence span held the leading blank (found by hypothesis)
def test_any_text_gives_consistent_statements(body: str) -> None:
    _check_invariants(body, extract_statements(body))


def test_a_long_article_gives_every_russian_statement_of_each_paragraph() -> None:
    paragraph = (
        "“We zijn bereid tot gesprekken met Washington, maar niet onder druk”, zei Peskov "
        "donderdag. Volgens Lavrov speelt de NAVO met vuur. De Russische vice-minister van "
        "Buitenlandse Zaken Sergej Rjabkov waarschuwde dat Moskou zal reageren. Zelensky "
        "reageerde woedend. “Rusland liegt”, zei hij. Het Kremlin liet weten dat er geen "
        "top gepland is.\n\n"
    )
    body = paragraph * 12  # about 5 KB
    found = extract_statements(body)
    assert len(found) == 4 * 12  # Peskov, Lavrov, Rjabkov and the Kremlin; not Zelensky


# --- third pass: coordinated speech verbs, cataphora, interview layout ----------------------


def _spans(body: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract_statements(body, date(2025, 3, 1))]


def test_coordinated_second_speech_verb_is_a_statement_of_its_own() -> None:
    body = (
        "Lavrov zei dat Washington de vrede ondermijnt en benadrukte dat Rusland altijd klaar "
        "staat voor dialoog."
    )
    assert _spans(body) == [
        ("Lavrov", "Lavrov zei dat Washington de vrede ondermijnt"),
        ("Lavrov", "en benadrukte dat Rusland altijd klaar staat voor dialoog."),
    ]  # the "en" opens the second clause: labels quote it with it ("en zei dat Rusland ...")


def test_coordinated_content_clauses_stay_one_statement() -> None:
    body = "Peskov zei dat Trump en Poetin elkaar spreken en dat de gesprekken goed verlopen."
    assert len(_spans(body)) == 1


def test_pronoun_without_antecedent_is_resolved_forward() -> None:
    body = (
        "De Russische diplomatie reageerde scherp. Ze voegde eraan toe dat de Britse regering "
        "leugens verspreidt. Het ging om Maria Zacharova, de woordvoerster van het ministerie."
    )
    assert ("Zakharova", "Ze voegde eraan toe dat de Britse regering leugens verspreidt.") in (
        _spans(body)
    )


def test_pronoun_with_an_earlier_antecedent_is_not_resolved_forward() -> None:
    body = (
        "Maria Zacharova reageerde scherp. Ze voegde eraan toe dat Londen liegt. "
        "Het ging om Peskov, die later iets anders zei."
    )
    assert ("Zakharova", "Ze voegde eraan toe dat Londen liegt.") in _spans(body)


def test_die_opening_a_sentence_is_the_last_person_named_before() -> None:
    body = (
        "En premier Vladimir Poetin? Die liet weten dat hij de ontmoeting met belangstelling "
        "heeft gevolgd."
    )
    assert _spans(body) == [
        ("Putin", "Die liet weten dat hij de ontmoeting met belangstelling heeft gevolgd.")
    ]


def test_die_after_a_foreign_person_gives_no_russian_statement() -> None:
    body = "Lavrov sprak met Blinken. Die zei dat het gesprek nuttig was."
    assert _spans(body) == []


def test_a_relative_die_is_no_subject_pronoun() -> None:
    body = "Poetin was er niet. Er zijn diplomaten die zeggen dat het gesprek nuttig was."
    assert _spans(body) == []


def test_interview_answers_labelled_with_the_speaker_are_statements() -> None:
    body = (
        "De krant sprak met minister Lavrov in Moskou.\n\n"
        "Vraag: Hoe ziet u de rol van de Verenigde Staten?\n\n"
        "Lavrov: De Amerikanen willen de wereld domineren. Die tijd is voorbij.\n\n"
        "Vraag: En Europa?\n\n"
        "Lavrov: Europa heeft zijn soevereiniteit verloren."
    )
    assert _spans(body) == [
        ("Lavrov", "De Amerikanen willen de wereld domineren. Die tijd is voorbij."),
        ("Lavrov", "Europa heeft zijn soevereiniteit verloren."),
    ]


def test_interview_answers_labelled_a_belong_to_the_interviewee() -> None:
    body = (
        "Sergej Lavrov gaf een interview aan de krant.\n\n"
        "V: Hoe ziet u de rol van de Verenigde Staten?\n\n"
        "A: De Amerikanen willen de wereld domineren."
    )
    assert _spans(body) == [("Lavrov", "De Amerikanen willen de wereld domineren.")]


def test_a_foreign_interviewee_gets_no_statements() -> None:
    body = (
        "De krant sprak met president Zelensky.\n\n"
        "Vraag: Hoe ziet u de rol van Rusland?\n\n"
        "Zelensky: Poetin wil geen vrede."
    )
    assert _spans(body) == []


def test_interview_layout_stays_fast_on_thousands_of_lines() -> None:
    line = "Lavrov: De Amerikanen willen de wereld domineren.\nVraag: En Europa?\n"
    body = "Sergej Lavrov gaf een interview.\n" + line * 5000
    t = time.perf_counter()
    found = extract_statements(body)
    assert time.perf_counter() - t < 5.0
    assert len(found) == 5000


def _who(body: str) -> list[tuple[str, str]]:
    """(speaker, cue) of each statement found in a body."""
    return [(s.speaker, s.cue) for s in extract_statements(body, date(2024, 8, 2))]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Voorzitter Gennadi Seleznjov zei dat de Amerikanen de baas willen spelen.", "Seleznyov"),
        ("Admiraal Vladimir Koerojedov zei dat er ernstige aanwijzingen zijn.", "Kuroyedov"),
        ("Federatieraadvoorzitter Jegor Strojev zei dat de senaat een compromis wil.", "Stroyev"),
        (
            "Generaal-majoor Igor Konasjenkov herhaalde dat de luchtmacht alleen IS aanvalt.",
            "Konashenkov",
        ),
        (
            "Zijn naamgenoot Igor Ivanov liet weten dat de gesprekken gewoon doorgaan.",
            "Igor Ivanov",
        ),
    ],
)
def test_a_bare_or_compound_title_the_registry_has_no_role_for_is_part_of_the_subject(
    body: str, speaker: str
) -> None:
    assert [s.speaker for s in extract_statements(body, date(2001, 1, 1))] == [speaker]


def test_a_bare_named_ministry_after_a_russian_official_is_the_russian_one() -> None:
    body = (
        "Peskov zei dat het om een strafbaar feit gaat. Het ministerie van Buitenlandse Zaken "
        "liet weten dat een Amerikaanse consul hem heeft mogen bezoeken."
    )
    assert [s.speaker for s in extract_statements(body, date(2024, 6, 20))] == [
        "Peskov",
        "Russian MFA",
    ]


def test_a_bare_named_ministry_after_a_foreign_official_is_not_russian() -> None:
    body = (
        "Blinken zei dat het om een gijzeling gaat. Het ministerie van Buitenlandse Zaken "
        "liet weten dat een consul hem heeft mogen bezoeken."
    )
    assert extract_statements(body, date(2024, 6, 20)) == []


def test_a_perfect_with_a_long_object_in_a_news_lead_is_the_subjects_statement() -> None:
    body = (
        "De Russische president Vladimir Poetin heeft de erkenning van Kosovo door het Westen "
        "een “verschrikkelijk precedent” genoemd, dat zich tegen de landen zal keren."
    )
    assert [s.speaker for s in extract_statements(body, date(2008, 2, 22))] == ["Putin"]


def test_dat_deed_names_the_speaker_of_the_sentence_before() -> None:
    body = (
        "Rusland heeft de kritiek van Powell koeltjes van tafel geveegd. Dat deed minister van "
        "Buitenlandse Zaken Igor Ivanov maandag op een persconferentie."
    )
    [found] = extract_statements(body, date(2004, 1, 27))
    assert (found.speaker, found.cue) == ("Igor Ivanov", "Dat deed")
    assert found.text.startswith("Rusland heeft de kritiek")


def test_a_bare_ministry_after_a_russian_official_is_that_officials_ministry() -> None:
    body = (
        "Viceminister van Buitenlandse Zaken Sergej Rjabkov raadde Washington aan geen "
        "overhaaste stappen te zetten. Het ministerie liet ook weten dat de ambassade "
        "consulaire toegang krijgt."
    )
    found = extract_statements(body, date(2023, 3, 30))
    assert [s.speaker for s in found] == ["Ryabkov", "Russian MFA"]


def test_a_bare_ministry_after_a_foreign_ministry_is_not_russian() -> None:
    body = (
        "Rjabkov noemde het verbod politiek gemotiveerd. Het Amerikaanse ministerie van "
        "Binnenlandse Veiligheid gaf de diensten negentig dagen. Het ministerie zegt bezorgd te "
        "zijn over de banden met de inlichtingendiensten."
    )
    assert [s.speaker for s in extract_statements(body, date(2017, 9, 14))] == ["Ryabkov"]


def test_reported_words_with_the_attribution_after_them_keep_the_attribution() -> None:
    [found] = extract_statements(
        "Rusland doet niet mee, liet president Boris Jeltsin weten.", date(1998, 5, 12)
    )
    assert (found.speaker, found.text) == (
        "Yeltsin",
        "Rusland doet niet mee, liet president Boris Jeltsin weten.",
    )


def test_a_quote_with_the_attribution_after_it_is_the_quote_only() -> None:
    [found] = extract_statements("“Rusland doet niet mee”, zei Jeltsin.", date(1998, 5, 12))
    assert found.text == "“Rusland doet niet mee”"


def test_toen_as_then_does_not_cut_the_statement() -> None:
    body = "Zijn woordvoerder Aleksej Gromov liet toen wel weten dat Rusland geen troepen stuurt."
    [found] = extract_statements(body, date(2003, 3, 12))
    assert found.text == body


def test_an_unregistered_official_whose_title_names_his_post_is_found() -> None:
    body = (
        "De Russische ambassadeur in Havana, Viktor Koronelli, zei dat het bezoek voor geen "
        "enkel land een bedreiging is."
    )
    assert [s.speaker for s in extract_statements(body, date(2008, 1, 1))] == ["Koronelli"]


def test_a_workplace_with_adjectives_after_the_name_is_part_of_the_subject() -> None:
    body = (
        "Inlichtingenchef Sergej Naryshkin van de buitenlandse inlichtingendienst SVR zei dat "
        "de contacten met de CIA blijven lopen."
    )
    assert [s.speaker for s in extract_statements(body, date(2022, 1, 1))] == ["Naryshkin"]


def test_title_adjective_before_a_role_is_part_of_the_subject() -> None:
    body = "Presidentieel adviseur Joeri Ushakov zei dat Moskou openstaat voor uitwisselingen."
    assert _who(body) == [("Ushakov", "zei")]


def test_toen_right_before_the_verb_is_an_adverb_of_an_inverted_clause() -> None:
    assert _who("Toen zei Dmitri Peskov nog dat Poetin niet zou bellen.") == [("Peskov", "zei")]
    assert _who("Toen Dmitri Peskov zei dat Poetin niet kwam, lachte Biden.") == [("Peskov", "zei")]


def test_proposing_is_a_speech_verb_and_a_time_adverbial_inverts_the_clause() -> None:
    body = (
        "Enkele uren eerder had minister van Buitenlandse Zaken Sergej Lavrov nog voorgesteld "
        "om 35 Amerikaanse diplomaten het land uit te zetten."
    )
    assert _who(body) == [("Lavrov", "voorgesteld")]


def test_a_quote_attributed_to_the_document_it_stands_in() -> None:
    body = (
        "Het Russische ministerie van Buitenlandse Zaken liet weten dat Moskou zich aan het "
        'verdrag houdt. "Rusland kiest voor een verantwoordelijke aanpak", stond in de '
        "verklaring van het ministerie."
    )
    assert _who(body) == [("Russian MFA", "liet"), ("Russian MFA", "stond")]
    body = (
        "Poetin besliste anders. „Wij zullen ons niet verlagen tot het niveau van "
        "keukendiplomatie”, luidde het in een verklaring op de website van het Kremlin."
    )
    assert _who(body) == [("Kremlin", "luidde")]


def test_a_sentence_opening_with_the_low_double_quote_starts_a_new_sentence() -> None:
    body = (
        "Sergej Riabkov koos voor een ernstiger toon. ,,Wij zijn niet degenen die de bruggen "
        "opblazen'', zei hij tegen persbureau Interfax."
    )
    assert _who(body) == [("Ryabkov", "zei")]


def test_a_genitive_person_is_what_the_next_pronoun_refers_to() -> None:
    body = (
        "Trump won. Hoe serieus Poetins uitspraken te nemen zijn, is altijd de vraag. In "
        "september verklaarde hij dat Moskou de voorkeur gaf aan Kamala Harris."
    )
    assert _who(body) == [("Putin", "verklaarde")]


def test_a_compound_title_noun_before_the_name_is_part_of_the_subject() -> None:
    body = "Veiligheidsadviseur Nikolaj Patroesjev vertelde journalisten dat het gesprek goed was."
    assert _who(body) == [("Patrushev", "vertelde")]
    body = "Topdiplomaat Lavrov zei dat de VS de gesprekken rekken."
    assert _who(body) == [("Lavrov", "zei")]


def test_the_subject_before_a_relative_clause_says_what_the_verb_after_it_says() -> None:
    body = (
        "Sergej Lavrov, die maandag in Ankara zijn Turkse collega ontmoette, had vooraf tegen "
        "de staatstelevisie gezegd dat Moskou geen voorspellingen doet."
    )
    assert _who(body) == [("Lavrov", "gezegd")]
    body = "Peskov, die maandag met Oesjakov naar Sotsji reisde, zei dat Poetin het plan leest."
    assert _who(body) == [("Peskov", "zei")]
    # the relative clause belongs to a foreign subject: nothing Russian is said
    body = "Rubio, die Lavrov in Riyad sprak, zei dat de gesprekken nuttig waren."
    assert _who(body) == []


def test_a_fronted_object_before_the_verb_and_a_subject_pronoun_is_his_statement() -> None:
    body = (
        "Lavrov beschuldigde Londen van sabotage. Het voorstel om Europese troepen als "
        "vredesmacht te sturen noemde hij ‘volstrekt onaanvaardbaar’."
    )
    found = extract_statements(body, date(2025, 3, 1))
    assert [(s.speaker, s.cue) for s in found] == [("Lavrov", "beschuldigde"), ("Lavrov", "noemde")]
    assert found[1].text.startswith("Het voorstel om Europese troepen")
    # a name after the verb may be its object: "the report called Putin ..." is nobody's statement
    assert _who("Het rapport noemde Poetin een gevaar voor de vrede.") == []


def test_a_perfect_tense_statement_keeps_its_subject_across_en_and_om_in_the_object() -> None:
    body = (
        "De Russische premier Vladimir Poetin heeft het besluit van de Amerikaanse president "
        "Barack Obama om af te zien van een raketschild in Polen en Tsjechië een moedig besluit "
        "genoemd."
    )
    found = extract_statements(body, date(2009, 9, 18))
    assert [(s.speaker, s.cue) for s in found] == [("Putin", "genoemd")]
    body = "Poetin heeft Xi ontmoet en Biden heeft de oorlog een schande genoemd."
    assert _who(body) == []


def test_a_perfect_keeps_its_subject_across_a_comma_list_in_the_object() -> None:
    body = (
        "Rusland heeft de beschuldigingen van Nederland, Groot-Brittannië en de Verenigde Staten "
        "over een reeks cyberaanvallen door de inlichtingendienst GRU van tafel geveegd."
    )
    assert [(s.speaker, s.cue) for s in extract_statements(body, date(2018, 10, 4))] == [
        ("Russia", "geveegd")
    ]
    aside = "Poetin heeft, zo zei Peskov, de oorlog een schande genoemd."
    assert [(s.speaker, s.cue) for s in extract_statements(aside, date(2018, 10, 4))] == [
        ("Peskov", "zei")
    ]


def test_spoke_of_a_quoted_phrase_after_a_long_adverbial_is_a_statement() -> None:
    body = (
        "Lavrov sprak op een gezamenlijke persconferentie met zijn Amerikaanse ambtgenoot John "
        "Kerry van „een uitstekend resultaat van ons werk”."
    )
    assert _who(body) == [("Lavrov", "sprak")]
    assert _who("Lavrov sprak met Kerry over Syrië en de plannen van de coalitie.") == []


def test_the_ministry_and_an_unnamed_spokesman_refer_back_to_the_russian_institution() -> None:
    body = (
        "Het Russische ministerie van Buitenlandse Zaken verklaarde dat de schepen de spanning "
        "opvoeren. Volgens het ministerie is het 'merkwaardig' dat hulp met oorlogsschepen komt."
    )
    assert _who(body) == [("Russian MFA", "verklaarde"), ("Russian MFA", "Volgens")]
    body = "Het Kremlin houdt een slag om de arm. Een woordvoerder zei dat Moskou niet toegeeft."
    assert _who(body) == [("Kremlin", "zei")]
    # another country's institution: its spokesman is not Russian
    body = "Het Witte Huis zweeg. Een woordvoerder zei dat Washington geen concessies doet."
    assert _who(body) == []
    body = "Het Kremlin zweeg. Het Nederlandse kabinet vergaderde. Volgens de ambassade klopt het."
    assert _who(body) == []


def test_a_name_in_commas_after_the_opening_role_is_the_subject() -> None:
    body = "De woordvoerder van het Kremlin, Dmitri Peskov, zei dat de gesprekken goed verliepen."
    assert _who(body) == [("Peskov", "zei")]
    body = "De Russische ambassadeur bij de VN, Vasili Nebenzja, heeft gezegd dat het veto blijft."
    assert _who(body) == [("Nebenzya", "gezegd")]
    body = "De Amerikaanse minister van Buitenlandse Zaken, Marco Rubio, zei dat Lavrov liegt."
    assert _who(body) == []


def test_a_compound_title_before_the_name_after_a_quote_does_not_hide_the_speaker() -> None:
    for title in ("vicewoordvoerder van het Kremlin", "vicewoordvoerder", "vicebuitenlandminister"):
        body = f"„Wij hebben geen confrontatie gezocht”, zei {title} Dmitri Peskov. Het regende."
        found = extract_statements(body, date(2007, 2, 12))
        assert [(s.speaker, s.kind, s.start) for s in found] == [("Peskov", "direct", 0)], title


def test_a_perfect_auxiliary_after_a_quote_puts_its_subject_before_the_participle() -> None:
    body = (
        "“Wie er het meest onder zal lijden, zijn de burgers van Libië”, had de Russische "
        "VN-ambassadeur Vitali Tsjoerkin donderdag bij de stemming al gezegd. Het regende."
    )
    found = extract_statements(body, date(2011, 3, 21))
    assert [(s.speaker, s.kind, s.start) for s in found] == [("Churkin", "direct", 0)]
    biden = "“Dit is een goede dag”, heeft Biden gezegd. Het regende."
    assert extract_statements(biden, date(2022, 1, 1)) == []


def test_a_leading_particle_belongs_to_the_statement() -> None:
    body = "Het regende. Ook de Russische ambassade sprak van „een gedachteloze escalatie”."
    (found,) = extract_statements(body, date(2021, 3, 3))
    assert found.text.startswith("Ook de Russische ambassade")


def test_a_person_followed_by_their_workplace_is_the_subject() -> None:
    body = (
        "Woordvoerster Maria Zacharova van het ministerie van Buitenlandse Zaken noemde de reis "
        "van Zelensky naar Washington ‘de zoveelste bedeltocht’. Het regende."
    )
    (found,) = extract_statements(body, date(2025, 10, 17))
    assert (found.speaker, found.cue) == ("Zakharova", "noemde")


def test_hastening_to_declare_is_a_statement() -> None:
    body = "Peskov haastte zich te verklaren dat de premier slechts zijn mening gaf. Het regende."
    (found,) = extract_statements(body, date(2011, 3, 21))
    assert (found.speaker, found.kind) == ("Peskov", "indirect")
    assert extract_statements("Peskov haastte zich naar de auto. Het regende.") == []


def test_volgens_a_source_the_person_named_after_its_verb_is_the_speaker() -> None:
    body = "Volgens het Russische ministerie zei Sjojgoe dat de vluchten provocerend zijn. Oké."
    (found,) = extract_statements(body, date(2023, 3, 15))
    assert (found.speaker, found.kind) == ("Shoigu", "indirect")
    kremlin = "Volgens het Kremlin zei Poetin dat inmenging onaanvaardbaar is. Oké."
    assert [s.speaker for s in extract_statements(kremlin, date(2019, 1, 30))] == ["Putin"]


def test_a_russian_official_the_registry_does_not_know_is_found_by_title_and_name() -> None:
    body = (
        "In de Veiligheidsraad noemde de Russische vice-ambassadeur Vladimir Safronkov de aanval "
        '"een schending". Tsjoerkov zei niets. Later zei Safronkov dat de VS fout zaten.'
    )
    found = extract_statements(body, date(2017, 4, 7))
    assert [s.speaker for s in found] == ["Safronkov", "Safronkov"]
    opposition = "De Russische oppositieleider Ilja Jasjin zei dat het regime corrupt is. Oké."
    assert extract_statements(opposition, date(2022, 1, 1)) == []


def test_dutch_transliterations_of_new_names_get_english_spelling() -> None:
    from stancewatch.statements import _english_spelling

    assert _english_spelling("Tsjoerkin") == "Churkin"
    assert _english_spelling("Dzjabarov") == "Dzhabarov"
    assert _english_spelling("Jakovenko") == "Yakovenko"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "De woordvoerder van de Russische buitenlandse inlichtingendienst SVR, Joeri "
            "Kobaladze, zei dinsdag dat Galkin al jaren niets met de dienst te maken heeft.",
            "Kobaladze",  # a Georgian surname ending in -dze
        ),
        ("De woordvoerder van het ministerie, Pavel Smirnov, zei dat alles goed is.", "Smirnov"),
        ("SVR-woordvoerder Joeri Kobaladze zei dinsdag dat de VS liegen.", "Kobaladze"),
    ],
)
def test_an_unregistered_official_named_in_apposition_after_his_title_is_found(
    body: str, speaker: str
) -> None:
    assert [s.speaker for s in extract_statements(body, date(1996, 4, 2))] == [speaker]


def test_an_apposition_after_a_foreign_title_names_no_russian_official() -> None:
    body = "De woordvoerder van de Amerikaanse ambassade, Joeri Smirnov, zei dat alles goed is."
    assert extract_statements(body, date(1996, 4, 2)) == []


@pytest.mark.parametrize("title", ["Federatieraadslid", "Senaatslid"])
def test_a_member_of_a_chamber_title_before_a_registered_name_keeps_the_statement(
    title: str,
) -> None:
    body = f"{title} Konstantin Kosatsjov zei dat Washington met vuur speelt."
    assert [s.speaker for s in extract_statements(body, date(2018, 4, 12))] == ["Kosachev"]


@pytest.mark.parametrize(
    ("body", "speaker", "day"),
    [
        (
            "Minister van Economische Zaken German Gref wees erop dat Russische oliebedrijven "
            "al decennia in Irak actief zijn.",
            "Gref",
            date(2003, 4, 1),
        ),
        (
            "Minister van Digitale Ontwikkeling Maksoet Sjadajev zei dat Russische bedrijven "
            "zich allang hebben voorbereid.",
            "Shadayev",
            date(2024, 6, 21),
        ),
    ],
)
def test_a_minister_named_with_his_ministry_before_his_name_speaks(
    body: str, speaker: str, day: date
) -> None:
    """The ministry's name between the title and the name, spelled as the registry's roles do
    not ("Economische Zaken" for the ministry of economic development), still makes one mention
    of the person."""
    assert [s.speaker for s in extract_statements(body, day)] == [speaker]


@pytest.mark.parametrize("subject", ["Rusland", "Het Kremlin"])
def test_an_institution_that_hopes_volgens_hem_speaks_through_him(subject: str) -> None:
    body = (
        "Woordvoerder Dmitri Peskov sprak van een goede stap. "
        f"{subject} hoopt volgens hem dat er geen escalatie komt."
    )
    assert [s.speaker for s in extract_statements(body, date(2016, 1, 1))] == ["Peskov"] * 2


def test_an_unregistered_official_is_found_by_title_and_a_russian_given_name() -> None:
    cases = {
        "Viceminister Viktor Posoevaljoek zei dat de VS moeten meewerken.": "Posuvalyuk",
        "Kinderrechtencommissaris Pavel Astachov noemde het besluit van de VS schandalig.": (
            "Astakhov"
        ),
        "Ook minister van Pers Michail Lesin zei dat NTV mag blijven uitzenden.": "Lesin",
    }
    for body, speaker in cases.items():
        assert [s.speaker for s in extract_statements(body, date(2000, 6, 15))] == [speaker]
    # a pronoun after such an introduction is theirs, not the previous speaker's
    body = (
        "Procureur-generaal Vladimir Oestinov zei dat de zaak doorgaat. Ook minister van Pers "
        "Michail Lesin probeerde de zorgen weg te nemen. ,,NTV kan blijven uitzenden,'' zei hij."
    )
    assert [s.speaker for s in extract_statements(body, date(2000, 6, 15))][-1] == "Lesin"


@pytest.mark.parametrize(
    "body",
    [
        "De Oekraïense minister Dmytro Koeleba zei dat Rusland liegt.",
        "Premier Alexander De Croo zei dat Rusland liegt.",
        "De Amerikaanse woordvoerder Anna Ivanova zei dat Rusland liegt.",
        "Advocaat Pavel Astachov zei dat de VS liegen.",
        "Oppositieleider Boris Nemtsov zei dat het Kremlin liegt.",
    ],
)
def test_a_given_name_alone_makes_no_russian_official(body: str) -> None:
    assert extract_statements(body, date(2010, 6, 15)) == []


def test_dutch_j_and_ski_are_english_y_and_sky_in_new_names() -> None:
    from stancewatch.statements import _english_spelling

    assert _english_spelling("Posoevaljoek") == "Posuvalyuk"
    assert _english_spelling("Razvozjajev") == "Razvozhayev"
    assert _english_spelling("Drobysjevski") == "Drobyshevsky"
    assert _english_spelling("Zjirinovskij") == "Zhirinovsky"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Rusland stuurt hulp naar de VS. Dat heeft het Russische ministerie voor "
            "Noodsituaties maandag laten weten.",
            "Russian ministry",
        ),
        ("Rospotrebnadzor zei dat het Amerikaanse vlees gevaarlijk is. Oké.", "Rospotrebnadzor"),
    ],
)
def test_russian_ministries_and_agencies_speak_for_russia(body: str, speaker: str) -> None:
    assert [s.speaker for s in extract_statements(body, date(2013, 9, 5))] == [speaker]


def test_a_particle_may_close_a_long_clause() -> None:
    body = (
        "Vicewoordvoerder Dmitry Peskov van het Kremlin wees suggesties van Amerikaanse "
        "commentatoren dat Moskou de ramp gebruikt om punten te scoren van de hand. Oké."
    )
    assert [s.speaker for s in extract_statements(body, date(2005, 9, 5))] == ["Peskov"]


def test_an_official_of_a_service_and_an_order_are_found() -> None:
    body = "Woordvoerder Aleksej Aleksejenko van de dienst zei dat Amerikaanse labs liegen. Oké."
    assert [s.speaker for s in extract_statements(body, date(2013, 2, 5))] == ["Alekseyenko"]
    order = "Daarna droeg Poetin het ministerie op een „symmetrisch antwoord” voor te bereiden."
    assert [s.cue for s in extract_statements(order, date(2019, 8, 20))] == ["droeg"]


def test_an_institution_reporting_a_person_gives_the_person_whatever_the_verb() -> None:
    body = "Volgens het Kremlin heeft Poetin bovendien een uitnodiging van Kim aanvaard."
    assert [s.speaker for s in extract_statements(body, date(2023, 9, 13))] == ["Putin"]
    person = "Volgens Peskov neemt Poetin de beslissingen die nodig zijn."
    assert [s.speaker for s in extract_statements(person, date(2023, 9, 13))] == ["Peskov"]
    readout = "Volgens Poetins adviseur Joeri Oesjakov zei Poetin tegen Trump dat het kan."
    assert [s.speaker for s in extract_statements(readout, date(2025, 3, 19))] == ["Ushakov"]


def test_a_message_sent_through_a_named_spokesman_is_the_spokesmans() -> None:
    body = "Het Kremlin liet via woordvoerder Dmitri Jakoesjkin weten dat de president boos is."
    assert [s.speaker for s in extract_statements(body, date(1999, 10, 14))] == ["Yakushkin"]
    unnamed = "Poetin liet via zijn woordvoerder weten dat hij boos is."
    assert [s.speaker for s in extract_statements(unnamed, date(2010, 1, 1))] == ["Putin"]


def test_a_quote_after_ik_citeer_is_the_person_just_spoken_about() -> None:
    body = (
        "CORRESPONDENT: Peskov was vanochtend heel duidelijk. Ik citeer: „Wij vinden zulke "
        "retoriek onaanvaardbaar.” PRESENTATOR: Dank je."
    )
    assert [(s.speaker, s.cue) for s in extract_statements(body, date(2022, 3, 17))] == [
        ("Peskov", ":")
    ]


def test_a_sentence_opening_with_dan_has_its_subject_after_it() -> None:
    body = (
        "President Joe Biden zei dat het bevel gerechtvaardigd is. Dan Dmitri Medvedev, "
        "oud-president. Hij zei dat er ooit een raket neerkomt."
    )  # "Dan" is "then" here, not the "than" of a comparison
    assert [s.speaker for s in extract_statements(body, None)] == ["Medvedev"]


def test_a_registry_role_as_the_title_of_an_unregistered_official_is_part_of_it() -> None:
    body = "Plaatsvervangend chef van de generale staf Anatoli Nogovitsyn zei dat Polen faalt."
    assert [s.speaker for s in extract_statements(body, date(2008, 8, 15))] == ["Nogovitsyn"]


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Lavrov wijst de kritiek af. Oké.", "wijst"),
        (
            "Het Russische ministerie van Buitenlandse Zaken wees de kritiek af als ,,inmenging''.",
            "wees",
        ),
        ("Lavrov heeft de kritiek afgewezen. Oké.", "afgewezen"),
        ("Rogozin haastte zich er wel bij te zeggen dat het verdrag geen geschenk is.", "haastte"),
        ("Lavrov pleitte opnieuw voor het Russisch-Chinese plan. Oké.", "pleitte"),
        ("Lavrov schat dat Rusland veel zal verdienen. Oké.", "schat"),
        ("Lavrov ziet achter de Amerikaanse kritiek vooral jaloezie. Oké.", "ziet"),
        ("Lavrov bood Reynolds zijn excuses aan. Oké.", "bood"),
        ("Poetin had in een telegram aan Bush zijn medeleven betuigd. Oké.", "betuigd"),
        ("Lavrov verdedigde de wet als een kwestie van transparantie. Oké.", "verdedigde"),
        ("Lavrov vond de uitspraken van zijn Amerikaanse collega ‘onaanvaardbaar’. Oké.", "vond"),
        ("Poetin prijst de nieuwe hoop die Obama heeft gebracht. Oké.", "prijst"),
        ("Wel liet Poetin doorschemeren dat hij voorarrest overdreven vindt. Oké.", "liet"),
        ("Lavrov liet blijken dat hij boos was. Oké.", "liet"),
        ("Het Kremlin heeft de conclusie van tafel geveegd. Oké.", "geveegd"),
    ],
)
def test_more_verbs_of_news_reporting_are_statements(body: str, cue: str) -> None:
    # rejecting, pleading, estimating, offering, defending, labelling, praising, hinting
    assert [s.cue for s in extract_statements(body, date(2012, 1, 25))] == [cue]


@pytest.mark.parametrize(
    "body",
    ["Lavrov vond het boek ‘De oorlog’ van Tolstoj mooi. Oké.", "Poetin liet de hond uit. Oké."],
)
def test_the_same_verbs_in_other_senses_are_no_statements(body: str) -> None:
    assert extract_statements(body, date(2012, 1, 25)) == []


def test_an_apposition_may_open_with_a_genitive_name() -> None:
    body = "Joeri Oesjakov, Poetins adviseur voor buitenlands beleid, zei dat het moeilijk blijft."
    assert [s.speaker for s in extract_statements(body, date(2015, 9, 5))] == ["Ushakov"]


def test_dismissing_and_comparing_are_statements() -> None:
    dismissed = "Zacharova deed de berichten af als een 'informatieoorlog'. Het regende."
    assert [s.cue for s in extract_statements(dismissed, date(2015, 10, 1))] == ["deed"]
    compared = "Lavrov vergeleek de aanval met de invasie van Irak. Het regende."
    assert [s.cue for s in extract_statements(compared, date(2017, 4, 7))] == ["vergeleek"]
    assert extract_statements("Lavrov deed de deur dicht. Het regende.", date(2017, 4, 7)) == []


def test_a_described_institution_and_advice_are_statements() -> None:
    body = "Het regende. De binnenlandse veiligheidsdienst FSB meldde dat hij is opgepakt. Oké."
    (found,) = extract_statements(body, date(2019, 1, 1))
    assert (found.speaker, found.text[:10]) == ("FSB", "De binnenl")
    advice = "Vice-minister Sergej Rjabkov raadde Washington aan om niet te dreigen. Oké."
    assert [s.speaker for s in extract_statements(advice, date(2023, 4, 1))] == ["Ryabkov"]


def test_an_adverbial_or_title_before_an_indirect_statement_belongs_to_it() -> None:
    then = "Het regende. Toen beschuldigde Poetin de Verenigde Staten ervan alles te bederven."
    (found,) = extract_statements(then, date(2007, 10, 1))
    assert found.text.startswith("Toen beschuldigde Poetin")
    title = (
        "Het regende. De Russische ambassadeur in Washington, Anatoli Antonov, noemde het "
        "pakket gevaarlijk."
    )
    (found,) = extract_statements(title, date(2024, 4, 21))
    assert (found.speaker, found.text[:26]) == ("Antonov", "De Russische ambassadeur i")


def test_a_quote_before_an_indirect_statement_stays_outside_it() -> None:
    body = "Het regende. „Dat is goed”, zei Biden, waarna Lavrov zei dat het slecht is."
    found = extract_statements(body, date(2021, 6, 1))
    assert all("Biden" not in s.text for s in found)


def test_blaming_and_thinking_that_are_statements() -> None:
    blame = "Medvedjev gaf de Verenigde Staten de schuld van de oorlog. Oké."
    assert [s.speaker for s in extract_statements(blame, date(2008, 11, 5))] == ["Medvedev"]
    think = "Leonid Sloetski denkt dat de aanval de VS duur komt te staan. Oké."
    assert [s.speaker for s in extract_statements(think, date(2020, 1, 4))] == ["Slutsky"]
    admitted = "Lavrov gaf toe dat het fout ging. Oké."
    assert [s.speaker for s in extract_statements(admitted, date(2020, 1, 4))] == ["Lavrov"]
    assert extract_statements("Poetin gaf een toespraak. Oké.", date(2020, 1, 4)) == []


def test_an_unregistered_official_with_an_apposition_naming_a_russian_body_is_found() -> None:
    body = (
        "Frants Klintsevitsj, vicevoorzitter van de defensiecommissie van de Federatieraad, was "
        "minder terughoudend. “Dit is een provocatie.”"
    )
    assert [s.speaker for s in extract_statements(body, date(2017, 2, 15))] == ["Klintsevich"]
    analyst = (
        "Jan Peeters, analist bij de Russische afdeling van Clingendael, zei dat het slecht gaat."
    )
    assert extract_statements(analyst, date(2017, 2, 15)) == []


def test_an_unregistered_official_with_a_russian_title_in_apposition_is_found() -> None:
    body = (
        "Aleksandr Tokovinin, sinds vorig jaar Russisch ambassadeur in Brussel, zei dat Moskou "
        "niet smeekt."
    )
    assert [s.speaker for s in extract_statements(body, date(2020, 10, 24))] == ["Tokovinin"]
    titled = "Een hoge Russische diplomaat, Pavel Sidorenko, zei dat satellieten een doelwit zijn."
    assert [s.speaker for s in extract_statements(titled, date(2022, 10, 27))] == ["Sidorenko"]
    journalist = "Ivan Petrov, een Russisch journalist in Brussel, zei dat Moskou niet smeekt."
    assert extract_statements(journalist, date(2020, 10, 24)) == []


def test_expecting_seeing_no_reason_and_full_blame_are_statements() -> None:
    cases = {
        "Rjabkov verwacht dat een volgende ronde snel komt. Oké.": "verwacht",
        "Poetin ziet geen enkele reden om in te grijpen. Oké.": "ziet",
        "Lavrov ziet met de nieuwe regering een kans. Oké.": "ziet",
        "Viceminister Sergej Rjabkov gaf Washington de volle schuld. Oké.": "gaf",
    }
    for body, cue in cases.items():
        assert [s.cue for s in extract_statements(body, date(2023, 2, 22))] == [cue], body
    assert extract_statements("Lavrov zag de film. Oké.", date(2023, 2, 22)) == []


_PLAIN_INTERVIEW = (
    "Minister Sergej Lavrov ontvangt ons in Moskou.\n\n"
    "Hoe ziet u de rol van de Verenigde Staten?\n\n"
    "De Amerikanen willen de wereld domineren. Die tijd is voorbij.\n\n"
    "Is er nog hoop op dialoog?\n\n"
    "Onze deur staat open, maar Washington moet de eerste stap zetten.\n\n"
    "Europa zegt dat het zelf beslist.\n\n"
    "Europa heeft zijn soevereiniteit allang verloren aan Washington.\n\n"
    "Blijft u optimistisch?\n\n"
    "'Een diplomaat moet optimistisch zijn', zei Obama ooit.\n\n"
    "Blijft u optimistisch, ondanks alles?\n\n"
    "Een diplomaat moet altijd optimistisch zijn."
)


def test_answers_of_an_unlabelled_interview_belong_to_the_interviewee() -> None:
    assert _spans(_PLAIN_INTERVIEW) == [
        ("Lavrov", "De Amerikanen willen de wereld domineren. Die tijd is voorbij."),
        ("Lavrov", "Onze deur staat open, maar Washington moet de eerste stap zetten."),
        # a short question put as a statement between two answers
        ("Lavrov", "Europa heeft zijn soevereiniteit allang verloren aan Washington."),
        # an answer opening with someone's quote is not his; the next one is
        ("Lavrov", "Een diplomaat moet altijd optimistisch zijn."),
    ]
    assert {s.kind for s in extract_statements(_PLAIN_INTERVIEW)} == {"direct"}


def test_a_transcript_line_after_a_question_is_no_answer_of_the_interviewee() -> None:
    body = _PLAIN_INTERVIEW.replace(
        "Een diplomaat moet altijd optimistisch zijn.",
        "PRESENTATOR: Dat was onze correspondent in Moskou.",
    )
    assert [text for _, text in _spans(body)][-1].startswith("Europa heeft")


def test_we_spoke_to_announces_the_interviewee() -> None:
    body = _PLAIN_INTERVIEW.replace(
        "Minister Sergej Lavrov ontvangt ons in Moskou.",
        "Wij spraken minister Sergej Lavrov een dag na de top in Moskou.",
    )
    assert {s.speaker for s in extract_statements(body)} == {"Lavrov"}
    assert len(extract_statements(body)) == 4


def test_an_unlabelled_interview_whose_interviewee_is_not_introduced_gets_no_statements() -> None:
    body = _PLAIN_INTERVIEW.replace(
        "Minister Sergej Lavrov ontvangt ons in Moskou.",
        "Minister Sergej Lavrov vloog gisteren naar Genève.",
    )
    assert _spans(body) == []


def test_fewer_than_three_questions_are_no_interview() -> None:
    body = (
        "Minister Sergej Lavrov ontvangt ons in Moskou.\n\n"
        "Hoe ziet u de rol van de Verenigde Staten?\n\n"
        "De Amerikanen willen de wereld domineren."
    )
    assert _spans(body) == []


def test_the_interviewee_is_the_official_named_where_the_interview_is_announced() -> None:
    body = _PLAIN_INTERVIEW.replace(
        "Minister Sergej Lavrov ontvangt ons in Moskou.",
        "Poetin stelde vorige week een verlenging voor. De krant sprak met een Russische "
        "diplomaat in Brussel.",
    )
    assert _spans(body) == [("Putin", "Poetin stelde vorige week een verlenging voor.")]


def test_a_quote_first_lead_is_attributed_by_zo_or_met_die_woorden() -> None:
    on = date(2023, 1, 26)
    cases = {
        '"Dan heeft de president extra uren." Zo reageerde Kremlinwoordvoerder Dmitri Peskov op '
        "het bericht dat Trump de ontmoeting afblaast.": '"Dan heeft de president extra uren."',
        ",,Deze tanks zullen branden.'' Met die woorden deed Kremlinwoordvoerder Dmitri Peskov "
        "het besluit af.": ",,Deze tanks zullen branden.''",
        "Rusland is geen papieren tijger. Zo pareerde het Kremlin de ommezwaai van Trump, die "
        "Rusland een tijger noemde.": "Rusland is geen papieren tijger.",
    }
    for body, statement in cases.items():
        assert [s.text for s in extract_statements(body, on)] == [statement], body
    # "Zo zei X dat ...": a statement of its own
    body = "Het is koud. Zo zei Peskov dat de tanks zullen branden."
    assert [s.text for s in extract_statements(body, on)] == [
        "Zo zei Peskov dat de tanks zullen branden."
    ]


def test_waving_away_is_a_speech_verb() -> None:
    body = "Kremlinwoordvoerder Dmitri Peskov wuifde die oproep woensdag weg als onzin."
    assert [s.cue for s in extract_statements(body, date(2025, 9, 24))] == ["wuifde"]


def test_more_speech_verbs_of_news_reporting() -> None:
    on = date(2016, 10, 4)
    cases = {
        "Poetin klaagde in april al dat de Amerikanen het plutonium willen houden. Oké.": "klaagde",
        "Poetin herinnerde er fijntjes aan dat de VS kernwapens hebben ingezet. Oké.": "herinnerde",
        "Poetin nodigde Trump ook uit voor de parade in Moskou. Oké.": "nodigde",
        "Lavrov wijt de mislukking aan de generaals in Washington. Oké.": "wijt",
        "Maria Zacharova had het spottend over Twitterdiplomatie. Oké.": "had",
        "Kosatsjov verwacht niets meer van de regering-Obama. Oké.": "verwacht",
        "Poetin sprak daarin de hoop uit op betere betrekkingen. Oké.": "sprak",
        "Jeltsin rekent erop dat ook Bill Clinton het verdrag steunt. Oké.": "rekent",
        "Jeltsin grapte dat Bush na zijn pensioen welkom is. Oké.": "grapte",
        "Jeltsin bedankte Bush voor de steun. Oké.": "bedankte",
        "Jeltsin herinnerde eraan dat de VS kernwapens hebben ingezet. Oké.": "herinnerde",
        "Jastrzjembski verduidelijkte later dat Jeltsin de VS bedoelde. Oké.": "verduidelijkte",
    }
    for body, cue in cases.items():
        assert [s.cue for s in extract_statements(body, on)] == [cue], body
    for body in (
        "Lavrov had de brief al gelezen. Oké.",
        "Poetin heeft een nieuwe auto. Oké.",
        "Peskov sprak met Trump. Oké.",
        "Lavrov rekende de kosten uit. Oké.",
    ):
        assert extract_statements(body, on) == [], body


def test_a_later_critic_speaks_for_russia_while_he_held_office() -> None:
    body = "Minister van Buitenlandse Zaken Andrej Kozyrev zei dat de VS partners zijn."
    assert [s.speaker for s in extract_statements(body, date(1993, 1, 3))] == ["Kozyrev"]
    critic = "Andrej Kozyrev zei dat het Kremlin liegt."
    assert extract_statements(critic, date(2022, 3, 3)) == []
    body = "Vicepresident Aleksandr Roetskoj noemde het akkoord een capitulatie."
    assert [s.speaker for s in extract_statements(body, date(1993, 1, 3))] == ["Rutskoy"]


def test_lashing_out_and_a_warning_that_attributes_the_lead() -> None:
    on = date(1994, 12, 5)
    body = "Tijdens de top haalde Jeltsin uit naar de plannen om de NAVO uit te breiden. Oké."
    assert [s.cue for s in extract_statements(body, on)] == ["haalde"]
    body = "Europa loopt gevaar. Met die waarschuwing reageerde president Boris Jeltsin op de NAVO."
    assert [s.text for s in extract_statements(body, on)] == ["Europa loopt gevaar."]
    assert extract_statements("Peskov haalde de kastanjes uit het vuur. Oké.", on) == []


def test_yeltsins_spokesman_medvedev_is_not_the_later_president() -> None:
    body = "Woordvoerder Sergej Medvedev zei dat de president zeer tevreden was. Oké."
    assert [s.speaker for s in extract_statements(body, date(1996, 4, 21))] == ["Sergei Medvedev"]
    body = "Medvedev zei dat de relatie volwassen is geworden. Oké."
    assert [s.speaker for s in extract_statements(body, date(1996, 4, 21))] == ["Sergei Medvedev"]
    later = (
        "Kremlinwoordvoerster Natalja Timakova bevestigde de reis. Medvedev zei dat de relatie "
        "volwassen is geworden. Oké."
    )
    assert [s.speaker for s in extract_statements(later, date(2010, 6, 24))] == [
        "Timakova",
        "Medvedev",
    ]


def test_a_fronted_participle_phrase_inverts_the_clause_and_stays_in_the_statement() -> None:
    body = "Gevraagd naar de vinger van Trump zei Poetin dat het een grapje was."
    [st] = extract_statements(body, date(2019, 6, 29))
    assert (st.speaker, st.text) == ("Putin", body)  # not Trump, who is inside "van Trump"
    body = "Over Boedapest zei Poetin dat de top eerder is uitgesteld dan afgelast."
    assert extract_statements(body, date(2025, 10, 23))[0].text == body


@pytest.mark.parametrize(
    "body",
    [
        "Minister van Buitenlandse Zaken Sergej Lavrov, vorige week op de OVSE-top in de "
        "Kazachse hoofdstad Astana: „Ik lees geen roddelbladen, en dit is roddelpraat.”",
        "Lavrov verzekerde dat Rusland geen troepen stuurt. Over de Amerikaanse sanctiedreiging "
        "was hij kort: 'Sancties maken op ons geen indruk.'",
    ],
)
def test_a_quote_after_a_colon_belongs_to_the_subject_before_it(body: str) -> None:
    found = extract_statements(body, date(2014, 4, 17))
    assert [s.speaker for s in found if "indruk" in s.text or "roddel" in s.text] == ["Lavrov"]


def test_a_quote_after_a_colon_is_not_given_to_a_foreigner_named_before_it() -> None:
    body = "Trump reageerde op Truth Social met een verwijzing naar Poetin: 'Hij is gek geworden.'"
    assert extract_statements(body, date(2025, 5, 26)) == []


def test_a_bare_ministry_refers_back_to_the_last_ministry_named_a_few_sentences_earlier() -> None:
    body = (
        "Het ministerie van Buitenlandse Zaken in Moskou sprak toen van een onvriendelijke daad. "
        "Ook de nieuwe toon zit Moskou dwars. Rice noemde Rusland een bedreiging. "
        "Het ministerie liet daarop weten dat zulke uitspraken niet helpen."
    )
    assert [s.speaker for s in extract_statements(body, date(2001, 3, 1))] == ["Russian MFA"] * 2
    american = body.replace("Ook de nieuwe", "Het Amerikaanse ministerie zweeg. Ook de nieuwe")
    assert [s.speaker for s in extract_statements(american, date(2001, 3, 1))] == ["Russian MFA"]


def test_a_spokesman_of_the_ministry_and_a_title_compound_belong_to_the_statement() -> None:
    body = "Woordvoerder Aleksandr Loekasjevitsj van het ministerie zei dat Rusland geen hulp wil."
    assert _who(body) == [("Lukashevich", "zei")]
    body = "Ministeriewoordvoerder Grigori Karasin sprak van „een gedwongen stap”."
    [st] = extract_statements(body, date(1994, 3, 1))
    assert (st.speaker, st.text) == ("Karasin", body)


def test_a_rank_after_a_bare_title_leads_to_the_named_person() -> None:
    body = (
        "Rusland wijst de kritiek af. Dat heeft het ministerie van Defensie laten weten.\n\n"
        '"Wij begrijpen de nerveuze reactie niet", zei woordvoerder generaal-majoor Igor '
        "Konasjenkov."
    )
    speakers = [s.speaker for s in extract_statements(body, date(2016, 4, 14))]
    assert speakers[-1] == "Konashenkov"
    body = '"Wij begrijpen de reactie niet", zei generaal-majoor Igor Konasjenkov.'
    assert [s.speaker for s in extract_statements(body, date(2016, 4, 14))] == ["Konashenkov"]


def test_an_unknown_title_of_an_institution_before_a_name_is_the_persons() -> None:
    body = "Vicewoordvoerder van het Kremlin Dmitri Peskov zegt dat de stap niets te maken heeft."
    assert [s.speaker for s in extract_statements(body, date(2007, 7, 14))] == ["Peskov"]


def test_a_quote_after_a_colon_is_the_persons_answer_not_the_institution_in_the_question() -> None:
    body = (
        "'Ongelukken gebeuren', zei Kremlinwoordvoerder Dmitri Peskov. Op de vraag of Rusland "
        "informatie zou delen met buitenlandse experts was hij kort: 'Het gaat om een militair "
        "project.'"
    )
    found = extract_statements(body, date(2019, 8, 12))
    assert [s.speaker for s in found if "militair" in s.text] == ["Peskov"]


def test_a_role_in_an_undated_article_is_the_holder_the_article_names() -> None:
    body = (
        "Je moet het Boris Jeltsin nageven: hij weet hoe je een persconferentie opvrolijkt. "
        ",,Clinton kan een wereldoorlog veroorzaken,'' zei de Russische president."
    )
    assert [s.speaker for s in extract_statements(body, None)] == ["Yeltsin"]
    assert [
        s.speaker for s in extract_statements("Het gaat goed, zei de Russische president.", None)
    ] == ["Putin"]  # no holder named: today's


def test_separable_participles_with_weg_and_af_are_speech_verbs_without_a_particle_after() -> None:
    on = date(2024, 3, 22)
    body = "Vorige week had president Vladimir Poetin de Amerikaanse waarschuwing nog weggewuifd."
    assert [s.speaker for s in extract_statements(body, on)] == ["Putin"]
    body = "Lavrov heeft de kritiek afgedaan als propaganda."
    assert [s.speaker for s in extract_statements(body, on)] == ["Lavrov"]


def test_seeing_proof_in_an_event_is_a_statement() -> None:
    body = "Kosatsjov zag in de operatie een bewijs dat samenwerking tegen terreur mogelijk is."
    assert [s.speaker for s in extract_statements(body, date(2019, 10, 28))] == ["Kosachev"]


def test_a_bare_title_after_the_quote_is_the_russian_the_text_is_about() -> None:
    on = date(2019, 10, 28)
    body = (
        'Generaal Igor Konasjenkov was sceptisch. "De details roepen vragen op", aldus de generaal.'
    )
    assert [s.speaker for s in extract_statements(body, on)] == ["Konashenkov"]
    trump = 'Trump was blij. "Het was een geweldige operatie", aldus de generaal.'
    assert extract_statements(trump, on) == []


def test_a_readout_with_a_pronoun_is_the_russian_leaders_statement() -> None:
    body = (
        "En Poetin gaf haar wat ze wilde horen. Volgens het Kremlin zei hij dat Rusland "
        "geïnteresseerd is in constructieve betrekkingen."
    )
    assert [s.speaker for s in extract_statements(body, date(2000, 2, 2))] == ["Putin"]
    biden = "Biden was streng. Volgens het Kremlin zei hij dat de sancties blijven."
    assert [s.speaker for s in extract_statements(biden, date(2022, 2, 2))] == ["Kremlin"]


def test_the_foreign_ministry_after_a_sentence_about_the_russian_state_is_russian() -> None:
    body = (
        "Rusland is voorzichtig positief over het overleg. Dat liet het ministerie van "
        "Buitenlandse Zaken weten."
    )
    assert [s.speaker for s in extract_statements(body, date(2021, 4, 1))] == ["Russian MFA"]
    body = "Washington is positief. Dat liet het ministerie van Buitenlandse Zaken weten."
    assert extract_statements(body, date(2021, 4, 1)) == []


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Het is aan de Verenigde Staten om de spanningen weg te nemen. Die boodschap herhaalde "
            "de Russische president Vladimir Poetin donderdag.",
            "Putin",
        ),
        (
            "Rusland is tevreden over het besluit van Obama. Dat maakte president Dmitri Medvedev "
            "donderdagavond duidelijk in een toespraak.",
            "Medvedev",
        ),
    ],
)
def test_a_lead_attributed_by_die_boodschap_or_dat_maakte_duidelijk(
    body: str, speaker: str
) -> None:
    [st] = extract_statements(body, date(2009, 9, 17))
    assert st.speaker == speaker and st.text == body.split(". ")[0] + "."


def test_met_die_waarschuwing_attributes_the_sentence_before_whatever_the_verb() -> None:
    on = date(1994, 12, 6)
    body = (
        "Europa loopt het gevaar in een 'koude vrede' weg te zakken. Met die waarschuwing heeft "
        "president Boris Jeltsin gisteren de top geopend."
    )
    [st] = extract_statements(body, on)
    assert st.speaker == "Yeltsin" and st.text.startswith("Europa loopt")
    assert (
        extract_statements("Europa loopt gevaar. Met die waarschuwing opende Clinton de top.", on)
        == []
    )


def test_a_bare_ministry_follows_the_chain_back_to_an_officials_ministry() -> None:
    body = (
        "Woordvoerster Maria Zacharova van het ministerie van Buitenlandse Zaken sprak vorige week "
        "van een bekentenis. Het ministerie lanceerde een campagne. Volgens het ministerie wordt "
        "Boetina in de gevangenis vernederd."
    )
    found = extract_statements(body, date(2018, 12, 10))
    assert [s.speaker for s in found] == ["Zakharova", "Russian MFA"]


# --- session 8: an interviewee's answer in quote marks ----------------------------------------

_QUOTED_INTERVIEW = (
    "We vroegen ruimtejuriste Joke Lambrecht wat er op het spel staat.\n\n"
    "Hoe reageerde de Russische diplomatie?\n\n"
    "“Feller. Woordvoerster Maria Zacharova sprak van ‘een nieuwe propagandacampagne’ die moet "
    "verbergen dat de Verenigde Staten zelf de ruimte militariseren. Ambassadeur Anatoli Antonov "
    "zei het zo: ‘Wie zelf een ruimtemacht opricht, moet anderen geen lessen geven.’”\n\n"
    "Is dit het begin van een wapenwedloop?\n"
)


def test_officials_reported_in_a_quoted_interview_answer_are_found() -> None:
    got = _spans(_QUOTED_INTERVIEW)
    assert [speaker for speaker, _text in got] == ["Zakharova", "Antonov"]
    assert got[0][1].startswith("Woordvoerster Maria Zacharova sprak van")
    assert not any("”" in text for _speaker, text in got)  # the answer's marks stay outside


def test_an_analysts_two_quotes_in_one_paragraph_are_no_answer() -> None:
    body = (
        "Poetin veroordeelde de oorlog.\n\n"
        "„Poetin kiest zijn woorden heel zorgvuldig”, zegt Fjodor Loekjanov, hoofdredacteur van "
        "een tijdschrift. „Hij veroordeelt de oorlog, omdat de Russische publieke opinie dat "
        "verwacht. Maar hij gaat de relatie met Bush niet opofferen.”\n"
    )
    assert [text for _speaker, text in _spans(body)] == ["Poetin veroordeelde de oorlog."]


def test_a_paragraph_long_quote_of_an_official_is_read_once() -> None:
    body = (
        "„Wij hebben de Amerikanen keer op keer gewaarschuwd dat deze weg nergens heen leidt, en "
        "wij doen dat vandaag opnieuw, omdat niemand er iets aan heeft als de gesprekken "
        "stilvallen”, zei Lavrov.\n"
    )
    assert [speaker for speaker, _text in _spans(body)] == ["Lavrov"]


def test_an_unregistered_aide_named_in_apposition_to_a_russian_leader_is_found() -> None:
    envoy = (
        "Nee. Andrej Kroetskich, de speciale vertegenwoordiger van Poetin voor "
        "informatieveiligheid, zei vandaag dat de Amerikanen elk gesprek hebben afgehouden."
    )
    assert [s.speaker for s in extract_statements(envoy, date(2020, 9, 25))] == ["Krutskikh"]
    adviser = (
        "Kritiek. Andrei Illarionov, de economisch adviseur van president Vladimir Putin, noemt "
        "het protocol een rem op de groei."
    )
    assert [s.speaker for s in extract_statements(adviser, date(2004, 5, 1))] == ["Illarionov"]
    for body in (
        "John Bolton, de veiligheidsadviseur van president Trump, zei dat het slecht gaat.",
        "Jan Peeters, een kenner van Poetin, zei dat het slecht gaat.",
    ):
        assert extract_statements(body, date(2019, 1, 1)) == []


def test_a_speech_verb_in_a_zoals_aside_leaves_the_sentence_to_its_own_speaker() -> None:
    body = (
        "Lavrov reisde mee. Op de vraag wat er gebeurt als Washington uit het verdrag stapt, zoals "
        "Trump vorige maand aankondigde, antwoordt Poetin kort: 'Dan reageren wij snel.' Hij zegt "
        "dat Moskou bereid blijft om te praten."
    )
    assert [s.speaker for s in extract_statements(body, date(2018, 11, 11))] == ["Putin", "Putin"]
    alone = "Lavrov reisde mee. Zoals Poetin gisteren zei, is de situatie ernstig."
    assert [s.speaker for s in extract_statements(alone, date(2018, 11, 11))] == ["Putin"]


def test_he_after_a_sentence_without_a_person_subject_is_the_one_person_it_names() -> None:
    body = (
        "Het begon vanochtend met minister van Buitenlandse Zaken Igor Ivanov. Hij zei: „Dit is "
        "een ernstige klap voor het hele systeem.”"
    )
    assert [s.speaker for s in extract_statements(body, date(1999, 10, 14))] == ["Igor Ivanov"]
    two = (
        "Het begon met Igor Ivanov en de Amerikaanse minister Madeleine Albright. Hij zei: „Dit "
        "is een ernstige klap.”"
    )
    assert extract_statements(two, date(1999, 10, 14)) == []


def test_summing_up_before_a_colon_and_reckoning_that_are_speech_verbs() -> None:
    summed = (
        "Konstantin Kosatsjov, vicevoorzitter van de Federatieraad, vatte de stemming op Facebook "
        "samen: de top was 'beter dan verwacht, maar minder dan nodig'."
    )
    assert [s.speaker for s in extract_statements(summed, date(2021, 6, 17))] == ["Kosachev"]
    reckoned = "Minister Sergej Lavrov rekende voor dat de handel veel kan opleveren."
    assert [s.speaker for s in extract_statements(reckoned, date(2015, 1, 1))] == ["Lavrov"]
    for body in (
        "Lavrov rekende af met zijn tegenstanders.",
        "Lavrov vatte het samen in één zin.",
    ):
        assert extract_statements(body, date(2015, 1, 1)) == []


def test_a_quote_first_lead_is_attributed_by_with_those_words_whatever_the_verb() -> None:
    lead = (
        "„Bij dit akkoord zijn er geen verliezers. Iedereen wint.” Met die woorden vatte de "
        "Russische minister van Buitenlandse Zaken Sergej Lavrov vannacht de uitkomst samen."
    )
    assert [(s.speaker, s.kind) for s in extract_statements(lead, date(2013, 11, 25))] == [
        ("Lavrov", "direct")
    ]
    answered = (
        "“Wie het zegt, is het zelf.” Met die woorden heeft president Vladimir Poetin gereageerd "
        "op de uitspraak van zijn Amerikaanse ambtgenoot Joe Biden dat hij een moordenaar is."
    )
    found = extract_statements(answered, date(2021, 3, 18))
    assert [(s.speaker, s.text) for s in found] == [("Putin", "“Wie het zegt, is het zelf.”")]
    attributed = (
        "Biden sprak. ‘Dit is een mooie dag’, zei hij. Met die woorden opende Poetin de top."
    )
    assert extract_statements(attributed, date(2021, 3, 18)) == []


def test_words_printed_in_a_document_are_its_russian_authors_statement() -> None:
    in_it = (
        "Het Russische ministerie van Defensie heeft woensdag een verklaring verspreid. Daarin "
        "staat dat de Amerikanen vooraf waren ingelicht over de route van de patrouille."
    )
    found = extract_statements(in_it, date(2020, 8, 27))
    assert [(s.speaker, s.text[:12]) for s in found] == [("Russian MoD", "Daarin staat")]
    of_the = (
        'Het was stil. "Wij konden de verdachten tijdig opsporen", stond in een latere verklaring '
        "van de FSB."
    )
    assert [(s.speaker, s.kind) for s in extract_statements(of_the, date(2017, 12, 17))] == [
        ("FSB", "direct")
    ]
    previous = 'De FSB greep in. "De groep heeft opgehouden te bestaan", staat in de verklaring.'
    assert [s.speaker for s in extract_statements(previous, date(2022, 1, 14))] == ["FSB"]
    for body in (
        "Het Witte Huis stuurde Moskou een brief. Daarin staat dat Rusland moet stoppen.",
        'Biden belde. "Wij staan pal", staat in de verklaring van het Witte Huis.',
        "Lavrov sprak. Het akkoord staat in de krant.",
    ):
        assert extract_statements(body, date(2022, 1, 14)) == [], body


def test_a_sentence_said_to_stand_in_a_document_is_its_named_authors_statement() -> None:
    body = (
        "Het verdrag is getekend. Rusland behoudt zich het recht voor het verdrag op te zeggen. "
        "Dat staat in een verklaring die het Kremlin bij de ondertekening uitgaf."
    )
    found = extract_statements(body, date(2010, 4, 8))
    assert [(s.speaker, s.text[:22]) for s in found] == [("Kremlin", "Rusland behoudt zich h")]
    of_the = (
        "Het nieuws. Washington moet stoppen. Dat staat in een brief van het Russische "
        "ministerie van Buitenlandse Zaken."
    )
    assert [s.text for s in extract_statements(of_the, date(2015, 1, 1))] == [
        "Washington moet stoppen."
    ]
    for body in (
        "Het nieuws. Rusland moet stoppen. Dat staat in een verklaring van het Witte Huis.",
        "Lavrov sprak in Genève. Rusland wil praten. Dat staat in de verklaring.",
    ):
        assert extract_statements(body, date(2015, 1, 1)) == [], body


def test_a_quote_after_a_topic_and_a_colon_continues_the_speaker_before() -> None:
    body = (
        "Het nieuws. Volgens Lavrov wil de president „zakelijke betrekkingen”. Over Comey: "
        "„Wij bemoeien ons niet met de binnenlandse zaken van de Verenigde Staten.” Daarna "
        "vertrok hij."
    )
    found = extract_statements(body, date(2017, 5, 10))
    assert [(s.speaker, s.kind, s.text[:8]) for s in found] == [
        ("Lavrov", "indirect", "Volgens "),
        ("Lavrov", "direct", "„Wij bem"),
    ]
    comey = "Het nieuws. Comey zweeg. Over Lavrov: „Wij bemoeien ons nergens mee.”"
    assert extract_statements(comey, date(2017, 5, 10)) == []


def test_a_quote_after_a_bare_connective_and_a_colon_continues_the_speaker_before() -> None:
    body = "Het nieuws. Medvedev schreef dat Biden faalde. En: „Trump is nu een oorlogspresident.”"
    found = extract_statements(body, date(2025, 6, 22))
    assert [(s.speaker, s.kind, s.cue) for s in found] == [
        ("Medvedev", "indirect", "schreef"),
        ("Medvedev", "direct", "(vervolg)"),
    ]


def test_clauses_one_speaker_says_in_turn_joined_by_en_are_one_statement() -> None:
    body = (
        "Het nieuws. Kremlinwoordvoerder Dmitri Peskov noemde de beschuldigingen ongegrond en "
        "beloofde dat Moskou zal antwoorden."
    )
    found = extract_statements(body, date(2018, 3, 1))
    assert [(s.speaker, s.text) for s in found] == [("Peskov", body[len("Het nieuws. ") :])]
    two = (
        "Het nieuws. Peskov noemde de beschuldigingen ongegrond en Zacharova zei dat Moskou zal "
        "antwoorden."
    )
    assert [s.speaker for s in extract_statements(two, date(2018, 3, 1))] == [
        "Peskov",
        "Zakharova",
    ]


def test_her_ministry_is_the_ministry_of_the_official_the_possessive_refers_to() -> None:
    body = (
        "Zacharova was boos. Haar ministerie liet weten dat de Amerikaanse ambassade om "
        "consulaire toegang heeft gevraagd."
    )
    assert [s.speaker for s in extract_statements(body, date(2024, 4, 1))] == ["Russian MFA"]
    his = "Lavrov sprak. Volgens zijn ministerie is de actie illegaal."
    assert [s.speaker for s in extract_statements(his, date(2024, 4, 1))] == ["Russian MFA"]
    blinken = "Blinken sprak. Zijn ministerie eist dat Moskou de toegang herstelt."
    assert extract_statements(blinken, date(2024, 4, 1)) == []


def test_a_quote_followed_by_stond_er_ook_in_is_the_documents() -> None:
    body = (
        'Het nieuws. Het Russische ministerie van Defensie noemde dat in een verklaring "niets '
        'anders dan banditisme". "Washington beschermt daar geen olie", stond er ook in.'
    )
    found = extract_statements(body, date(2019, 10, 28))
    assert [(s.speaker, s.kind, s.cue) for s in found][-1] == ("Russian MoD", "direct", "stond")


def test_an_unregistered_generaal_majoor_with_a_russian_name_is_an_official() -> None:
    body = (
        "Officieel niet. Maar generaal-majoor Oleg Ostapenko, de bevelhebber van de "
        "ruimtestrijdkrachten, liet doorschemeren dat hij een Amerikaans experiment niet uitsluit."
    )
    assert [s.speaker for s in extract_statements(body, date(2009, 2, 12))] == ["Ostapenko"]
    retired = "Het nieuws. De gepensioneerde majoor Oleg Petrov zei dat hij niets weet."
    assert extract_statements(retired, date(2009, 2, 12)) == []


def test_a_quote_in_the_statement_named_paragraphs_before_is_its_authors() -> None:
    body = (
        "De aanval was volgens Moskou zelfverdediging. Dat liet het Russische ministerie van "
        "Buitenlandse Zaken zondag in een verklaring weten.\n\nAmerikaanse schepen vuurden "
        "raketten af. Volgens Iraakse bronnen kwamen acht burgers om.\n\n,,Wel hadden wij "
        "graag gezien dat Washington de Veiligheidsraad had geraadpleegd.'', staat in de "
        "verklaring."
    )
    found = extract_statements(body, date(1993, 6, 28))
    assert [(s.speaker, s.cue) for s in found][-1] == ("Russian MFA", "staat")
    white_house = (
        "Het Witte Huis gaf een verklaring uit. Volgens bronnen vielen er doden.\n\n"
        "„Wij hebben gehandeld”, staat in de verklaring."
    )
    assert extract_statements(white_house, date(1993, 6, 28)) == []


def test_a_quote_followed_by_staat_er_is_the_documents() -> None:
    body = (
        "Het nieuws. In een korte verklaring stelde het Russische ministerie van Buitenlandse "
        "Zaken dat ‘de basis is weggevallen’. ‘Rusland ziet geen grond meer’, staat er."
    )
    found = extract_statements(body, date(2002, 6, 14))
    assert [(s.speaker, s.cue) for s in found][-1] == ("Russian MFA", "staat")
    assert extract_statements("Het nieuws. Wat staat er op het spel?", date(2002, 6, 14)) == []


def test_a_noun_phrase_fronted_before_noemde_and_a_name_makes_the_name_the_subject() -> None:
    body = "Het nieuws. Het gesprek met Witkoff van woensdag noemde Oesjakov „nuttig”."
    assert [s.speaker for s in extract_statements(body, date(2025, 8, 7))] == ["Ushakov"]
    body = "Het nieuws. De Duitse terughoudendheid noemde Rogozin ‘verstandig en moedig’."
    assert [s.speaker for s in extract_statements(body, date(2008, 4, 4))] == ["Rogozin"]
    for body in (
        "Het nieuws. De Navo-chef noemde Poetin een leugenaar.",
        "Het nieuws. Het rapport noemde Poetin verantwoordelijk.",
        "Het nieuws. Het Witte Huis noemde Poetin een leugenaar.",
    ):
        assert extract_statements(body, date(2020, 1, 1)) == [], body


def test_a_quote_after_a_connective_of_a_few_lower_case_words_continues_the_speaker() -> None:
    body = "Lavrov sprak. „Wij zijn geduldig.” En na een korte pauze: „Maar niet eindeloos.”"
    found = extract_statements(body, date(2021, 6, 8))
    assert [(s.speaker, s.text) for s in found][-1] == ("Lavrov", "„Maar niet eindeloos.”")


def test_a_label_in_a_relative_clause_with_die_hij_is_the_subjects_statement() -> None:
    body = "Het nieuws. Rjabkov was scherper over de sancties, die hij „een vlucht vooruit” noemde."
    found = extract_statements(body, date(2019, 6, 26))
    assert [(s.speaker, s.text[:7]) for s in found] == [("Ryabkov", "Rjabkov")]
    subject = "Het nieuws. Hij sprak met Rycroft, die Rusland had verweten Assad te steunen."
    assert extract_statements(subject, date(2017, 4, 12)) == []


def test_zag_in_x_a_quoted_label_is_a_statement() -> None:
    body = (
        "Het nieuws. Ambassadeur Anatoli Antonov zag in de aanklacht een uiting van "
        "„ongebreidelde russofobie”."
    )
    assert [s.speaker for s in extract_statements(body, date(2020, 10, 20))] == ["Antonov"]
    for body in (
        "Het nieuws. Lavrov zag in Genève een oude vriend terug.",
        'Het nieuws. Gref ziet in de verkoop een tegenbewijs. "Dit is goed."',
    ):
        assert all(
            s.cue not in ("zag", "ziet") for s in extract_statements(body, date(2004, 9, 30))
        )


def test_a_speech_verb_right_after_en_shares_the_subject_of_the_clause_before() -> None:
    body = (
        "Het nieuws. Minister Sergej Lavrov deed er een schepje bovenop en sprak van een "
        "„Hollywoodscenario”."
    )
    found = extract_statements(body, date(2024, 4, 1))
    assert [(s.speaker, s.text[:8]) for s in found] == [("Lavrov", "Minister")]
    for body in (
        "Het nieuws. Biden ging naar Kiev en zei dat Poetin faalt.",
        "Het nieuws. Lavrov zweeg en Blinken zei dat Moskou wacht.",
        "Pompeo sprak. Ambassadeur Jon Huntsman bezocht Whelan en zei dat hij gezond is.",
    ):
        assert extract_statements(body, date(2019, 1, 4)) == [], body


def test_the_shared_subject_may_carry_an_apposition_between_commas() -> None:
    body = (
        "Baker kwam vrijdag aan. Viktor Michajlov, viceminister van Atoomenergie, leidde Baker "
        "rond en sprak van een historisch moment voor beide landen."
    )
    found = extract_statements(body, date(1992, 2, 15))
    assert [(s.speaker, s.text[:6]) for s in found] == [("Viktor Mikhailov", "Viktor")]
    # a comma after the apposition still ends the shared subject
    body = (
        "Baker kwam vrijdag aan. Viktor Michajlov, viceminister van Atoomenergie, leidde Baker "
        "rond, en Baker sprak van een historisch moment."
    )
    assert extract_statements(body, date(1992, 2, 15)) == []


def test_a_quote_after_einde_citaat_and_a_connective_continues_the_quoted_speaker() -> None:
    body = (
        "Het nieuws. Lavrov gaf een persconferentie. Ik citeer: “Een wereld zonder kernwapens is "
        "een doel.” Einde citaat. En meteen daarna: “Maar wie een raketschild bouwt, maakt het "
        "moeilijk.”"
    )
    found = extract_statements(body, date(2009, 4, 6))
    assert [(s.speaker, s.cue) for s in found] == [("Lavrov", ":"), ("Lavrov", "(vervolg)")]


def test_a_document_quote_after_a_foreign_subject_is_the_russian_institution_before() -> None:
    body = (
        "Het nieuws. Volgens het Russische ministerie van Buitenlandse Zaken hielden de "
        "diplomaten zich bezig met spionage. De Amerikaanse ambassade wilde niet reageren. "
        ",,Zulke acties blijven niet onbeantwoord'', staat in de verklaring."
    )
    found = extract_statements(body, date(2023, 9, 14))
    assert [(s.speaker, s.cue) for s in found] == [
        ("Russian MFA", "Volgens"),
        ("Russian MFA", "staat"),
    ]


def test_a_possessive_apposition_head_before_the_name_is_part_of_the_subject() -> None:
    body = (
        "Het nieuws. Zijn collega in Washington, Anatoli Antonov, sprak van „russofobe "
        "hysterie”. Het ministerie van Defensie hield vol dat het om een rotatie gaat."
    )
    found = extract_statements(body, date(2020, 7, 17))
    assert [s.speaker for s in found] == ["Antonov", "Russian MoD"]


def test_a_relative_clause_after_a_named_person_is_that_persons_words() -> None:
    body = "Het nieuws. Dmitri Peskov, die ze een teken noemde van „onkunde”, reageerde kalm."
    assert [s.speaker for s in extract_statements(body, date(2021, 7, 28))] == ["Peskov"]


def test_a_lower_case_title_after_a_genitive_leads_to_the_named_person() -> None:
    body = (
        "Het nieuws. Poetins buitenlandadviseur Joeri Oesjakov bevestigt dat Poetin en Trump "
        "elkaar zullen spreken."
    )
    assert [s.speaker for s in extract_statements(body, date(2018, 11, 11))] == ["Ushakov"]
    friend = "Het nieuws. Poetins grote vriend Sergej Roldoegin zei dat het goed gaat."
    assert extract_statements(friend, date(2018, 11, 11)) == []


def test_an_unregistered_officer_with_a_surname_in_oj_is_found() -> None:
    body = (
        "Het nieuws. Luitenant-generaal Sergej Roedskoj van de Russische generale staf herhaalde "
        "dat het toestel “geen seconde” in het Turkse luchtruim is geweest."
    )
    assert [s.speaker for s in extract_statements(body, date(2015, 11, 25))] == ["Rudskoy"]


def test_seeing_mainly_seeing_the_hand_of_and_claiming_that_are_speech_verbs() -> None:
    cases = {
        "Kosatsjov ziet vooral economische motieven.": "Kosachev",
        "Kremlinadviseur Jastrzjembski zag de hand van ,,bepaalde kringen in Washington''.": (
            "Yastrzhembsky"
        ),
        "Tegelijk claimt Lavrov dat zijn diplomatie meer heeft bereikt.": "Lavrov",
    }
    for body, speaker in cases.items():
        assert [s.speaker for s in extract_statements(body, date(2001, 3, 23))] == [speaker], body
    for body in ("Lavrov ziet Blinken morgen.", "Lavrov sprak. Rusland claimde de overwinning."):
        assert extract_statements(body, date(2015, 1, 1)) == [], body


def test_a_name_fronted_before_verb_and_hij_is_the_object_not_the_speaker() -> None:
    body = (
        "Poetin sprak over Europa. Trump noemde hij in hetzelfde interview ‘een getalenteerd man, "
        "die goed weet wat zijn kiezers verwachten’."
    )
    found = extract_statements(body, date(2019, 6, 28))
    assert [(s.speaker, s.speaker_mention) for s in found] == [("Putin", "hij")]
    plain = "Lavrov sprak. Poetin noemde Trump een getalenteerd man."
    assert [s.speaker for s in extract_statements(plain, date(2019, 6, 28))] == ["Putin"]


def test_leaving_no_doubt_is_a_speech_verb() -> None:
    body = (
        "Primakov sprak. Over de uitbreiding van de NAVO liet hij geen twijfel bestaan: Rusland "
        "blijft daar 'ronduit negatief' over."
    )
    assert [s.speaker for s in extract_statements(body, date(1996, 3, 22))] == ["Primakov"]
    assert extract_statements("Primakov liet de delegatie wachten.", date(1996, 3, 22)) == []


def test_made_that_known_attributes_the_sentence_before() -> None:
    body = (
        "Rusland schort zijn deelname aan New START op. President Vladimir Poetin maakte dat "
        "dinsdag bekend aan het eind van een toespraak."
    )
    found = extract_statements(body, date(2023, 2, 21))
    assert [(s.speaker, s.text) for s in found] == [
        ("Putin", "Rusland schort zijn deelname aan New START op.")
    ]
    clause = "Het regent. Lavrov zei dat Rusland het plan bekend zal maken."
    assert [s.cue for s in extract_statements(clause, date(2023, 2, 21))] == ["zei"]


def test_that_made_the_service_known_is_the_institution_just_named() -> None:
    body = (
        "Het Russische openbaar ministerie heeft de NED op de lijst van ongewenste organisaties "
        "gezet. Dat maakte het parket dinsdag bekend."
    )
    found = extract_statements(body, date(2015, 7, 28))
    assert [(s.speaker, s.cue) for s in found] == [("Prosecutor General", "Dat maakte")]
    foreign = "De CIA heeft een spion opgepakt. Dat maakte de dienst vrijdag bekend."
    assert extract_statements(foreign, date(2015, 7, 28)) == []


def test_a_given_name_tells_two_registered_namesakes_apart() -> None:
    body = "Rusland gaat uranium verkopen. Dat heeft minister Viktor Michajlov gezegd."
    assert [s.speaker for s in extract_statements(body, date(1993, 2, 18))] == ["Viktor Mikhailov"]


def test_a_perfect_of_comparing_with_met_right_after_the_participle_is_a_statement() -> None:
    body = (
        "Het nieuws. De Russische premier Vladimir Poetin heeft de resolutie over Libië vergeleken "
        "met een middeleeuwse oproep tot een kruistocht."
    )
    assert [s.speaker for s in extract_statements(body, date(2011, 3, 21))] == ["Putin"]
    assert extract_statements("Poetin heeft de cijfers vergeleken.", date(2011, 3, 21)) == []


def test_a_described_institution_before_a_relative_clause_is_the_subject() -> None:
    body = (
        "Het was koud. De veiligheidsdienst FSB, die de zaak onderzocht, hield ook donderdag vol "
        "dat Pope ,,in opdracht van de Amerikaanse inlichtingendiensten'' werkte."
    )
    assert [s.speaker for s in extract_statements(body, date(2000, 12, 7))] == ["FSB"]


def test_finding_something_a_long_quoted_label_is_a_statement() -> None:
    body = (
        "Het was koud. Woordvoerster Maria Zakharova vond Bidens Armageddon dan weer ‘een poging "
        "om de eigen kiezers bang te maken voor de tussentijdse verkiezingen’."
    )
    assert [s.speaker for s in extract_statements(body, date(2022, 10, 7))] == ["Zakharova"]
    book = "Lavrov vond het boek 'De oorlog en de vrede' uit de bibliotheek."
    assert extract_statements(book, date(2022, 10, 7)) == []


def test_a_name_with_an_apposition_before_a_perfect_is_the_subject() -> None:
    body = (
        "Het was laat. Maar Dmitri Peskov, de woordvoerder van Poetin, heeft vanochtend bevestigd "
        "dat Burns gisteren met de president heeft gebeld."
    )
    assert [s.speaker for s in extract_statements(body, date(2021, 11, 3))] == ["Peskov"]


def test_the_same_before_a_name_belongs_to_the_subject() -> None:
    body = "Rogozin twitterde. Dezelfde Rogozin zei deze week wel dat het ISS gewoon blijft werken."
    found = extract_statements(body, date(2022, 3, 1))
    assert [(s.speaker, s.cue) for s in found][-1] == ("Rogozin", "zei")


def test_an_apposition_naming_a_duma_committee_in_capitals_makes_an_official() -> None:
    body = (
        "Het was laat. Anatoly Aksakov, voorzitter van de commissie Financiële Markten van de "
        "Doema, verwacht dat de koers hooguit een paar dagen zal schommelen."
    )
    assert [s.speaker for s in extract_statements(body, date(2024, 6, 13))] == ["Aksakov"]


def test_expecting_something_quoted_is_a_statement() -> None:
    body = 'Viceminister Georgi Mamedov verwacht "binnen enkele weken" een nieuwe ronde.'
    assert [s.speaker for s in extract_statements(body, date(1992, 5, 1))] == ["Mamedov"]
    assert extract_statements("Lavrov verwacht Blinken morgen.", date(2021, 1, 1)) == []


def test_a_hyphenated_chef_title_before_a_name_after_the_verb() -> None:
    body = (
        "Het was een conferentie. Op een conferentie in Moskou waarschuwde chef-staf Nikolaj "
        "Makarov dat Rusland een preventieve aanval niet uitsluit."
    )
    found = extract_statements(body, date(2012, 5, 3))
    assert [(s.speaker, s.cue) for s in found] == [("Makarov", "waarschuwde")]


def test_zelf_between_a_name_and_its_relative_clause() -> None:
    body = "Het nieuws. Lavrov zelf, die net terug was, ontkende dat."
    assert [s.speaker for s in extract_statements(body, date(2012, 5, 3))] == ["Lavrov"]


def test_die_after_a_transcript_label_is_the_person_just_asked_about() -> None:
    body = (
        "PRESENTATOR: En minister van Buitenlandse Zaken Igor Ivanov?\n"
        "CORRESPONDENT MOSKOU: Die zei dat Moskou pas over geld voor Irak praat als de VN een "
        "echte rol krijgen."
    )
    assert [s.speaker for s in extract_statements(body, date(2003, 9, 27))] == ["Igor Ivanov"]


def test_a_quote_the_paper_cites_is_the_russian_it_names_after_the_verb() -> None:
    body = "Het blad schrijft veel. ‘Wij vragen open markten’, citeert de krant Boris Jeltsin."
    found = extract_statements(body, date(1993, 7, 9))
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Yeltsin", "direct", "‘Wij vragen open markten’")
    ]
    foreign = "Het blad. ‘Wij vragen open markten’, citeert de krant Bill Clinton."
    assert extract_statements(foreign, date(1993, 7, 9)) == []
    colon = "De krant citeert Kremlinwoordvoerder Dmitri Peskov: ‘Wij zien geen reden tot paniek.’"
    assert [s.cue for s in extract_statements(colon, date(2015, 1, 1))] == [":"]


def test_holding_on_to_the_theory_that_is_a_statement() -> None:
    body = (
        "De Koersk zonk. Het Russische ministerie van Defensie houdt vast aan de theorie dat de "
        "Koersk na een aanvaring is gezonken."
    )
    assert [s.speaker for s in extract_statements(body, date(2000, 8, 21))] == ["Russian MoD"]
    assert extract_statements("Lavrov houdt vast aan het akkoord.", date(2000, 8, 21)) == []


def test_an_aides_principal_is_checked_against_the_registry_in_use(tmp_path: Path) -> None:
    shutil.copy(DATA_DIR / "roles.csv", tmp_path / "roles.csv")
    actors = (DATA_DIR / "actors.csv").read_text(encoding="utf-8")
    (tmp_path / "actors.csv").write_text(
        actors + "Borodavkin,person,1,m,name,Borodavkin\n", encoding="utf-8"
    )
    body = "Nee. Sergej Testov, de adviseur van Borodavkin, zei dat het gesprek niet doorgaat."
    assert extract_statements(body, date(2015, 1, 1)) == []
    found = extract_statements(body, date(2015, 1, 1), ActorRegistry.load(tmp_path))
    assert [s.speaker for s in found] == ["Testov"]


def test_an_apposition_to_the_subject_does_not_count_toward_the_words_before_a_colon() -> None:
    body = (
        "Het plan lag er. Vladimir Loekin, voorzitter van de commissie Internationale Zaken, "
        "twijfelde aan het plan, maar niet aan de aanleiding: „Na Irak hebben de Amerikanen "
        "ons weinig keus gelaten.” Daarna niets."
    )
    found = extract_statements(body, date(1998, 12, 1))
    assert [(s.speaker, s.text[:7]) for s in found] == [("Lukin", "„Na Ira")]
    # a long clause with no apposition is still too long to introduce the quote
    body = (
        "Het plan lag er. Vladimir Loekin twijfelde gisteren in de Doema in Moskou urenlang en "
        "hardop aan het plan, maar niet aan de aanleiding ervan: „Na Irak hebben de Amerikanen "
        "ons weinig keus gelaten.” Daarna niets."
    )
    assert extract_statements(body, date(1998, 12, 1)) == []


def test_spreken_with_tegen_closing_the_clause_is_a_denial() -> None:
    body = (
        "Koptev zei dat het goed gaat. Woordvoerder Sergej Gorboenov sprak geruchten tegen dat "
        "de drie bemanningsleden gevaar lopen. Peskov sprak dat bericht tegen. Peskov sprak met "
        "Trump tegen de avond."
    )
    found = extract_statements(body, date(2003, 2, 2))
    assert [(s.speaker, s.text[:14]) for s in found] == [
        ("Koptev", "Koptev zei dat"),
        ("Gorbunov", "Woordvoerder S"),
        ("Peskov", "Peskov sprak d"),
    ]


def test_an_institution_described_and_then_named_is_one_subject() -> None:
    body = (
        "De shuttle verongelukte. De Russische veiligheidsdienst FSB had gisteravond al "
        "bevestigd dat de lancering doorgaat. Het Russische ruimtevaartagentschap Rosaviakosmos "
        "maakte bekend dat de vlucht doorgaat."
    )
    found = extract_statements(body, date(2003, 2, 2))
    assert [(s.speaker, s.text[:6]) for s in found] == [("FSB", "De Rus"), ("Roscosmos", "Het Ru")]


def test_the_period_of_an_initial_does_not_end_the_gap_between_subject_and_verb() -> None:
    body = (
        "Het nieuws. Medvedev heeft de Amerikaanse president George W. Bush zaterdag bedankt "
        "voor acht jaar samenwerking."
    )
    found = extract_statements(body, date(2008, 11, 23))
    assert [(s.speaker, s.text[:8]) for s in found] == [("Medvedev", "Medvedev")]


def test_a_document_waarin_staat_dat_is_the_statement_of_the_sentences_subject() -> None:
    body = (
        "Het nieuws. Het Kremlin publiceerde een mededeling waarin staat dat de top doorgaat. "
        "Biden gaf een verklaring uit waarin staat dat Rusland liegt."
    )
    found = extract_statements(body, date(2010, 6, 9))
    assert [(s.speaker, s.text[:10]) for s in found] == [("Kremlin", "Het Kremli")]


def test_a_bare_ministry_after_sentences_without_a_person_is_the_last_persons() -> None:
    body = (
        "CORRESPONDENTE: Ambassadeur Vitali Tsjoerkin zei na de stemming dat de tekst "
        "evenwichtig is.\n\nPRESENTATOR: Maar er is dus een voorbehoud?\n\nCORRESPONDENTE: Een "
        "groot voorbehoud. Het ministerie van Buitenlandse Zaken zei vanavond dat eenzijdige "
        "sancties onaanvaardbaar zijn."
    )
    found = extract_statements(body, date(2010, 6, 9))
    assert [(s.speaker, s.text[:10]) for s in found] == [
        ("Churkin", "CORRESPOND"),
        ("Russian MFA", "Het minist"),
    ]
    body = body.replace("Een groot voorbehoud.", "Biden was boos. Een groot voorbehoud.")
    found = extract_statements(body, date(2010, 6, 9))
    assert [s.speaker for s in found] == ["Churkin"]


def test_liet_er_op_volgen_dat_adds_a_statement() -> None:
    body = (
        "Poetin sprak zondag. Hij liet er meteen op volgen dat de Georgische leiders zich dat "
        "niet zouden veroorloven. Lavrov liet erop volgen dat het zo is. Peskov liet de woorden "
        "volgen door een bezoek."
    )
    found = extract_statements(body, date(2006, 10, 3))
    assert [(s.speaker, s.text[:6]) for s in found] == [("Putin", "Hij li"), ("Lavrov", "Lavrov")]


def test_bleef_erbij_dat_and_vestigde_de_aandacht_op_are_speech() -> None:
    body = (
        "Het nieuws. Lavrov bleef erbij dat Oekraïne een federale staat moet worden. Ook "
        "vestigde hij de aandacht op de blokkade van Transnistrië. Peskov bleef in Moskou."
    )
    found = extract_statements(body, date(2014, 3, 31))
    assert [(s.speaker, s.cue) for s in found] == [("Lavrov", "bleef"), ("Lavrov", "vestigde")]


def test_a_quote_the_paper_cites_without_naming_anyone_is_the_official_it_quoted_before() -> None:
    body = (
        "De krant drukt af wat Poetin zei. Volgens de president bouwen de Verenigde Staten een "
        "schild. “Het akkoord is gesloten, en toch wordt er verder gebouwd”, citeert de krant."
    )
    found = extract_statements(body, date(2015, 11, 12))
    assert [(s.speaker, s.cue) for s in found][-1] == ("Putin", "citeert")
    body = "Obama sprak. “Het akkoord is gesloten”, citeert de krant."
    assert extract_statements(body, date(2015, 11, 12)) == []


def test_vond_may_stand_five_words_before_its_dat() -> None:
    body = (
        "Het nieuws. Woordvoerster Maria Zacharova vond op haar wekelijkse persbriefing dat wie "
        "zich zorgen maakt over een dia op televisie, “beter naar zijn eigen raketten kan kijken”."
    )
    found = extract_statements(body, date(2015, 11, 12))
    assert [(s.speaker, s.cue) for s in found] == [("Zakharova", "vond")]


def test_zag_daarin_or_erin_with_a_quote_or_a_sign_is_a_statement() -> None:
    body = (
        "Het nieuws. Woordvoerster Maria Zacharova zag daarin ‘het resultaat van gerichte druk’. "
        "Lavrov zag erin vooral een teken van zwakte. Peskov zag daarin niets."
    )
    found = extract_statements(body, date(2017, 11, 1))
    assert [(s.speaker, s.cue) for s in found] == [("Zakharova", "zag"), ("Lavrov", "zag")]


def test_a_named_expert_between_stops_a_pronoun_reaching_an_older_official() -> None:
    body = (
        "Kosatsjov noemde het systeem een antwoord.\n\nDe krant laat de militaire expert Viktor "
        "Malin aan het woord. “Een wapen dat nog niet bestaat, kan al afschrikken”, schrijft hij."
    )
    found = extract_statements(body, date(2015, 11, 12))
    assert [s.speaker for s in found] == ["Kosachev"]


def test_hield_het_bij_dat_and_zag_er_een_teken_in_dat_are_statements() -> None:
    body = (
        "Het nieuws. Minister Sergej Lavrov hield het in Sotsji bij de vaststelling dat "
        "Washington geen feit heeft voorgelegd. Senator Konstantin Kosatsjov zag er het bewijs in "
        "dat Rusland zich aan het verdrag houdt. Peskov hield het hoofd koel. Peskov zag er "
        "niets in."
    )
    found = extract_statements(body, date(2019, 11, 1))
    assert [(s.speaker, s.cue) for s in found] == [("Lavrov", "hield"), ("Kosachev", "zag")]


def test_zijn_ambassade_after_a_russian_ambassador_is_the_russian_embassy() -> None:
    body = (
        "Het nieuws. De Russische ambassadeur in Washington, Anatoli Antonov, zei dat hij om "
        "uitleg heeft gevraagd. Zijn ambassade schreef op Facebook dat zulke uitspraken gevaarlijk "
        "zijn. Mattis zei dat hij wacht. Zijn ambassade schreef dat het goed is."
    )
    found = extract_statements(body, date(2018, 10, 3))
    assert [s.speaker for s in found] == ["Antonov", "Russian embassy"]


def test_a_sentence_opening_with_a_document_and_its_russian_author_is_the_authors() -> None:
    body = (
        "Het gesprek duurde een uur. In de officiële samenvatting van het Kremlin heet het gesprek "
        "‘openhartig en zakelijk’. In de verklaring van het Witte Huis heet het ‘constructief’."
    )
    found = extract_statements(body, date(2021, 12, 31))
    assert [(s.speaker, s.text[:6]) for s in found] == [("Kremlin", "In de ")]


def test_a_titled_foreigner_the_registry_does_not_know_stops_a_later_pronoun() -> None:
    body = (
        "Zjoeganov sprak van een politieke lening.\n\nIMF-directeur Michel Camdessus wees elke "
        "politieke bedoeling van de hand. ,,Niet helpen zou ook partij kiezen zijn'', zei hij."
    )
    found = extract_statements(body, date(1996, 3, 27))
    assert [s.speaker for s in found] == ["Zyuganov"]


def test_eerste_before_a_title_is_part_of_the_title() -> None:
    body = (
        "Het nieuws. Eerste vicepremier Vladimir Kadannikov wees erop dat de lening goed is. "
        "Tijdens het debat waarschuwde eerste vice-minister van Buitenlandse Zaken Igor Ivanov "
        "dat een weigering slecht is."
    )
    found = extract_statements(body, date(1996, 3, 27))
    assert [s.speaker for s in found] == ["Kadannikov", "Igor Ivanov"]


def test_stemde_ermee_in_dat_is_speech_and_stemde_in_met_is_not() -> None:
    body = (
        "Het nieuws. Jeltsin stemde er wel mee in dat Tsjernomyrdin en Gore hun contacten "
        "opvoeren. Lavrov stemde ermee in om de gesprekken voort te zetten. Lavrov stemde in met "
        "het plan. De Doema stemde tegen."
    )
    found = extract_statements(body, date(1999, 4, 25))
    assert [(s.speaker, s.cue) for s in found] == [("Yeltsin", "stemde"), ("Lavrov", "stemde")]


def test_a_possessive_and_a_hyphenated_title_before_a_name_open_the_subject() -> None:
    body = (
        "Het nieuws. Zijn adjunct-woordvoerder Dmitri Peskov legde achteraf uit dat de "
        "vergelijking geen dreigement was. Zijn vicevoorzitter Vladimir Dzjabarov verwacht dat "
        "de maatregel weinig uithaalt."
    )
    found = extract_statements(body, date(2007, 10, 27))
    assert [s.speaker for s in found] == ["Peskov", "Dzhabarov"]


def test_daarin_staan_and_houdt_het_op_a_label_are_statements() -> None:
    body = (
        "Vrijdag ondertekende president Dmitri Medvedev een nieuwe militaire doctrine. Daarin "
        "staan de uitbreiding van de NAVO en raketschilden bovenaan de lijst van gevaren. "
        "Viceminister Sergej Rjabkov houdt het in dezelfde krant op ‘voorzichtig optimisme’."
    )
    found = extract_statements(body, date(2010, 2, 6))
    assert [(s.speaker, s.cue) for s in found] == [("Medvedev", "staan"), ("Ryabkov", "houdt")]


def test_a_lead_up_clause_joins_a_second_clause_with_a_quote_but_a_label_quote_is_content() -> None:
    body = (
        "Het nieuws. Kosatsjov spreekt van een realistisch akkoord en vindt dat Washington ‘lang "
        "genoeg heeft gedaan alsof het zonder Moskou kon’. Antonov noemde ze 'ongehoord' en zei "
        "dat het Pentagon niemand lessen moet geven."
    )
    found = extract_statements(body, date(2016, 9, 10))
    assert [(s.speaker, s.text[:12]) for s in found] == [
        ("Kosachev", "Kosatsjov sp"),
        ("Antonov", "Antonov noem"),
        ("Antonov", "en zei dat h"),
    ]


def test_doemalid_is_a_title_before_a_name() -> None:
    body = "Het nieuws. Doemalid Leonid Sloetski noemde de sancties ,,het bewijs van angst''."
    found = extract_statements(body, date(2023, 11, 3))
    assert [s.speaker for s in found] == ["Slutsky"]


def test_a_quote_that_ends_its_clause_before_the_attribution_takes_the_whole_sentence() -> None:
    body = (
        "Lavrov sprak. Moskou zal niet toestaan dat de kwestie 'op de lange baan wordt "
        "geschoven', waarschuwt hij. Het Kremlin ziet in de toespraak „geen directe boodschap "
        "aan Rusland”, zegt vicewoordvoerder Dmitri Peskov in Izvestija. Peskov sprak: „Dit is "
        "een lange zin zonder einde”, zei hij."
    )
    found = extract_statements(body, date(2022, 1, 27))
    assert [(s.speaker, s.text[:12]) for s in found] == [
        ("Lavrov", "Moskou zal n"),
        ("Peskov", "Het Kremlin "),
        ("Peskov", "„Dit is een "),
    ]
    assert found[0].text.endswith("waarschuwt hij.")


def test_a_foreigner_speaking_in_a_dat_clause_does_not_take_hij_from_the_russian_subject() -> None:
    body = (
        "Poetin sprak op het forum. Hij maakte zich er vrolijk over dat Trump zegt de oorlog in "
        "enkele dagen te kunnen beëindigen. „Dat kan ons alleen maar gelukkig maken”, zei hij."
    )
    found = extract_statements(body, date(2023, 9, 12))
    assert [(s.speaker, s.text[:5]) for s in found] == [("Putin", "„Dat ")]


def test_sprak_tegen_dat_zag_in_x_een_bekentenis_and_a_compound_workplace_after_a_name() -> None:
    body = (
        "Het nieuws. Kremlinwoordvoerder Vjatsjeslav Kostikov sprak tegen dat de Amerikanen de "
        "campagne hebben beïnvloed. Peskov sprak tegen de pers over het weer. Maria Zacharova, "
        "woordvoerster van Buitenlandse Zaken, zag in de uitspraak van Pyatt een bekentenis. "
        "Senator Frants Klintsevitsj van de defensiecommissie van de Federatieraad noemde de "
        "uitspraak een dreiging."
    )
    found = extract_statements(body, date(2018, 10, 3))
    assert [s.speaker for s in found] == ["Kostikov", "Zakharova", "Klintsevich"]


def test_an_answer_whose_inner_quote_breaks_the_pairing_of_its_marks_is_read_again() -> None:
    body = (
        "Waarom dan die ophef?\n\n"
        '"Omdat ze zo dicht bij Sint-Petersburg vliegen. Minister van Defensie Sergej Ivanov zei '
        'dat de vliegtuigen "op enkele minuten vliegen" van de stad staan. Woordvoerder Aleksandr '
        'Jakovenko zei dat Moskou in die patrouilles "een overblijfsel" ziet."'
    )
    found = extract_statements(body, date(2004, 4, 3))
    assert [s.speaker for s in found] == ["Ivanov", "Yakovenko"]


def test_a_bare_ministry_after_a_question_naming_its_department_is_that_ministry() -> None:
    body = (
        "Poetin zei dat Bush een mens is met wie je kunt praten.\n\nHoe reageerde Buitenlandse "
        "Zaken?\n\nHet ministerie liet zondag in een verklaring weten dat de relatie een nieuwe "
        "fase ingaat."
    )
    found = extract_statements(body, date(2001, 11, 18))
    assert [s.speaker for s in found] == ["Putin", "Russian MFA"]
    body = body.replace("Hoe reageerde Buitenlandse Zaken?", "Het ministerie van Energie zweeg.")
    found = extract_statements(body, date(2001, 11, 18))
    assert [s.speaker for s in found] == ["Putin"]


def test_a_document_as_subject_speaks_for_whoever_issued_it() -> None:
    body = (
        "Het Russische ministerie van Buitenlandse Zaken publiceerde dinsdag een rapport over "
        "de VS. Het rapport verwijt de Verenigde Staten de doodstraf. Biden stuurde een brief. "
        "De brief stelt dat Rusland liegt."
    )
    found = extract_statements(body, date(2012, 12, 28))
    assert [(s.speaker, s.text[:11]) for s in found] == [("Russian MFA", "Het rapport")]


def test_a_bare_named_ministry_in_lower_case_is_a_back_reference_too() -> None:
    body = (
        "Lavrov zei dat het incident ernstig is. Het ministerie van buitenlandse zaken diende "
        "een protest in en sprak van een „grove schending van de Russische soevereiniteit”."
    )
    found = extract_statements(body, date(2008, 6, 20))
    assert [s.speaker for s in found] == ["Lavrov", "Russian MFA"]


def test_in_een_verklaring_staat_dat_is_the_statement_of_its_author() -> None:
    body = (
        "De toestellen vlogen langs Noorwegen. Het Russische ministerie van Defensie noemt het een "
        "routinevlucht. In een verklaring staat dat geen enkel land reden heeft om zich zorgen te "
        "maken. In de verklaring van het Witte Huis staat dat het goed is."
    )
    found = extract_statements(body, date(2007, 8, 20))
    assert [(s.speaker, s.text[:8]) for s in found] == [
        ("Russian MoD", "Het Russ"),
        ("Russian MoD", "In een v"),
    ]


def test_a_spokesman_of_a_foreign_body_is_not_the_russian_institution_named_before() -> None:
    body = (
        "De Doema stemde voor de resolutie. In Washington noemde een woordvoerder van het State "
        "Department de stemming ‘zeer verontrustend en onverantwoordelijk’. ‘Wij gaan ervan uit "
        "dat de regering haar buren respecteert’, zei hij. Een woordvoerder van het Kremlin zei "
        "dat het goed is."
    )
    found = extract_statements(body, date(1996, 3, 16))
    assert [(s.speaker, s.text[:6]) for s in found] == [("Kremlin", "Een wo")]


def test_a_party_descriptor_before_a_name_belongs_to_the_subject() -> None:
    body = (
        "Niet overal. De nationalist Vladimir Zjirinovski, wiens fractie tegenstemde, noemde "
        "Primakov ,,een pro-Amerikaanse kandidaat''. De communist Gennadi Zjoeganov zei dat het "
        "slecht is."
    )
    found = extract_statements(body, date(1998, 9, 11))
    assert [s.speaker for s in found] == ["Zhirinovsky", "Zyuganov"]


def test_waarnemend_before_a_title_is_part_of_it() -> None:
    body = (
        "Rusland zou op een dag lid kunnen worden van de NAVO. Dat zei waarnemend president "
        "Vladimir Poetin in een vraaggesprek met de BBC."
    )
    found = extract_statements(body, date(2000, 3, 6))
    assert [(s.speaker, s.text[:6]) for s in found] == [("Putin", "Ruslan")]


def test_aldus_as_an_aside_in_the_middle_gives_the_whole_sentence() -> None:
    body = (
        "Hij reageerde kortaf. Wie overal politiek in ziet, aldus Putin, moet maar eens naar de "
        "cijfers kijken. Het is onzin, aldus Peskov."
    )
    found = extract_statements(body, date(2006, 10, 10))
    assert [s.text for s in found] == [
        "Wie overal politiek in ziet, aldus Putin, moet maar eens naar de cijfers kijken.",
        "Het is onzin",
    ]


def test_an_unregistered_official_after_russische_and_a_capitalised_adjective() -> None:
    body = (
        "Wat overblijft is een strijdtoneel. De Russische Arctische ambassadeur Nikolaj "
        "Kortsjoenov vatte het na afloop samen: „Wij blijven samenwerken met wie wil "
        "samenwerken.”"
    )
    found = extract_statements(body, date(2019, 5, 7))
    assert [s.speaker for s in found] == ["Korchunov"]


def test_a_name_in_apposition_after_en_or_ook_and_a_charge_d_affaires() -> None:
    body = (
        "Nee, zeker niet. En de Russische ambassadeur in Washington, Anatoli Antonov, zei dat "
        "de betrekkingen slecht zijn. De Russische zaakgelastigde in Warschau, Andrej Ordasj, zei "
        "dat Polen geen bewijs heeft geleverd."
    )
    found = extract_statements(body, date(2023, 5, 20))
    assert [s.speaker for s in found] == ["Antonov", "Ordash"]


def test_aldus_een_verklaring_is_the_institution_that_opened_the_sentence_before() -> None:
    body = (
        "Kadyrov staat op de lijst. Het ministerie van Buitenlandse Zaken kondigde een antwoord "
        "aan. ‘Wij zullen de lijst niet onbeantwoord laten’, aldus een verklaring. Biden sprak. "
        "‘Dit is goed’, aldus een verklaring."
    )
    found = extract_statements(body, date(2017, 12, 21))
    assert [(s.speaker, s.text[:6]) for s in found] == [
        ("Russian MFA", "Het mi"),
        ("Russian MFA", "‘Wij z"),
    ]


def test_zag_in_x_een_uitgestoken_hand_or_opening_is_a_statement() -> None:
    body = (
        "Lukin sprak. Vladimir Loekin ziet in het stuk een uitgestoken hand naar de Amerikanen. "
        "Lavrov zag in Washington een oude vriend."
    )
    found = extract_statements(body, date(1999, 5, 27))
    assert [s.speaker for s in found] == ["Lukin"]


def test_a_rank_may_stand_before_the_name_in_apposition() -> None:
    body = (
        "CORRESPONDENT: Laconiek. De woordvoerder van de marine, kapitein Igor Dygalo, zegt dat "
        "de schepen in internationale wateren varen."
    )
    found = extract_statements(body, date(2009, 8, 5))
    assert [s.speaker for s in found] == ["Dygalo"]


def test_a_foreign_subject_reported_volgens_haar_is_the_russians_statement() -> None:
    body = (
        "Het nieuws. Woordvoerster Maria Zacharova van Buitenlandse Zaken ging verder. Washington "
        "beschuldigt volgens haar anderen van wapenleveringen."
    )
    found = extract_statements(body, date(2024, 1, 10))
    assert [(s.speaker, s.cue) for s in found] == [("Zakharova", "volgens")]


def test_van_zijn_ministerie_parlementslid_and_hield_het_bij_een_zin() -> None:
    body = (
        "Het nieuws. Woordvoerder Aleksandr Loekasjevitsj van zijn ministerie vond dat de "
        "verklaring de realiteit negeert. Parlementslid Oleg Morozov zei dat Rusland nooit zal "
        "instemmen. En Peskov hield het bij één zin: Rusland heeft er niets mee te maken."
    )
    found = extract_statements(body, date(2019, 3, 22))
    assert [s.speaker for s in found] == ["Lukashevich", "Morozov", "Peskov"]


def test_a_speech_verb_after_comma_maar_shares_the_opening_subject() -> None:
    body = (
        "Het nieuws. Poetins woordvoerder Dmitri Peskov wilde Clintons woorden niet beoordelen, "
        "maar zei dat Rusland geen rekeningen betaalt. Lavrov ging naar huis, en Kerry zei dat "
        "het goed was."
    )
    found = extract_statements(body, date(2012, 12, 7))
    assert [(s.speaker, s.text[:6]) for s in found] == [("Peskov", "Poetin")]


def test_a_sentence_with_two_embedded_quotes_and_its_attribution_after_is_one_statement() -> None:
    body = (
        "Over de WTO was hij ontevreden. De onderhandelingen met de Verenigde Staten “duren te "
        "lang” en Washington “blijft nieuwe voorwaarden verzinnen”, zei Poetin."
    )
    found = extract_statements(body, date(2005, 9, 16))
    assert [(s.speaker, s.text[:6]) for s in found] == [("Putin", "De ond")]


def test_volgens_de_verklaring_is_whoever_issued_the_statements_before() -> None:
    body = (
        "In Moskou klonk het bekende verhaal. ‘Het is betreurenswaardig dat valse informatie de "
        "norm is’, schreef het Russische ministerie van Buitenlandse Zaken. Dat de verdachten "
        "officieren worden genoemd, maakt hen dat volgens de verklaring nog niet."
    )
    found = extract_statements(body, date(2018, 7, 13))
    assert [(s.speaker, s.text[:6]) for s in found] == [
        ("Russian MFA", "‘Het i"),
        ("Russian MFA", "Dat de"),
    ]


def test_nuanceerde_schamperde_and_insinueerde_are_speech_verbs() -> None:
    body = (
        "Het nieuws. Poetin nuanceerde vrijdag dat Rusland de dollar de rug toekeert. “Clinton had "
        "moeten aftreden”, schamperde Zjirinovski. Senator Michail Margelov insinueerde dat "
        "iedereen het weet."
    )
    found = extract_statements(body, date(2005, 5, 17))
    assert [s.cue for s in found] == ["nuanceerde", "schamperde", "insinueerde"]


def test_a_described_russian_agency_a_colonel_and_a_spokesman_of_the_premier_speak() -> None:
    body = (
        "Het nieuws. Het Russische landbouwagentschap Rosselkhoznadzor laat intussen weten dat het "
        "open staat voor gesprekken. “We hebben hen gezien”, zei kolonel Aleksandr Drobysjevski, "
        "woordvoerder van de luchtmacht. Woordvoerder Dmitri Peskov van premier Poetin noemde de "
        "suggesties „absurd”. Kremlinwoordvoerder Dmitri Peskov hield het kort: het Kremlin steunt "
        "de lijn."
    )
    found = extract_statements(body, date(2010, 4, 12))
    assert [s.speaker for s in found] == ["Rosselkhoznadzor", "Drobyshevsky", "Peskov", "Peskov"]


def test_a_titled_foreigner_opening_the_sentence_keeps_hij_from_an_older_official() -> None:
    body = (
        "Het nieuws. Kolonel Aleksandr Drobysjevski zei dat het goed is. Het commando reageerde "
        "kalm. Admiraal Timothy Keating zei dat hij de vlucht niet provocerend wilde noemen. Over "
        "zijn ontmoeting met minister Rex Tillerson zei Lavrov dat hij klaar is voor een gesprek."
    )
    found = extract_statements(body, date(2008, 2, 11))
    assert [s.speaker for s in found] == ["Drobyshevsky", "Lavrov"]


def test_an_unregistered_official_with_a_title_and_a_lower_case_workplace_after_the_name() -> None:
    body = (
        "Eerste vicepremier Boris Nemtsov was enthousiast. Viktor Danilov-Daniljan, de voorzitter "
        "van het staatscomité voor milieubescherming, sloeg een voorzichtiger toon aan. Volgens "
        "hem moet de opbrengst „in schone technologie worden geïnvesteerd”."
    )
    found = extract_statements(body, date(1997, 12, 11))
    assert [s.speaker for s in found if "opbrengst" in s.text] == ["Danilov-Danilyan"]


def test_a_capitalised_workplace_after_the_name_is_no_russian_office() -> None:
    body = "Viktor Janoekovitsj, de president van Oekraïne, zei dat het gas te duur is."
    assert extract_statements(body, date(2010, 3, 1)) == []


def test_a_politician_of_a_russian_party_is_an_official() -> None:
    body = (
        "Doemavoorzitter Gennadi Seleznjov zei dat START II van de agenda is. Vladimir Loekin van "
        "de partij Jabloko waarschuwde daarentegen voor overhaaste reacties."
    )
    found = extract_statements(body, date(1999, 7, 23))
    assert [s.speaker for s in found if "Jabloko" in s.text] == ["Lukin"]


def test_an_unregistered_official_titled_at_a_registered_russian_body_after_the_name() -> None:
    body = (
        "Volgens de Russen is er niet betaald. “Het contract is niet nagekomen”, zei Sergej "
        "Gorboenov, de woordvoerder van Rosaviakosmos. “De deur is niet dicht”, zei Gorboenov."
    )
    found = extract_statements(body, date(2002, 9, 4))
    assert [s.speaker for s in found] == ["Gorbunov", "Gorbunov"]


def test_a_title_at_a_foreign_body_after_the_name_is_no_russian_office() -> None:
    body = "“Het contract is niet nagekomen”, zei Sergej Gorboenov, de woordvoerder van NASA."
    assert extract_statements(body, date(2002, 9, 4)) == []


def test_a_russian_body_joined_to_a_title_by_a_hyphen_makes_an_official() -> None:
    body = (
        "Roskomnadzor-topman Aleksandr Zjarov hield de deur open. Over de Amerikaanse kritiek zei "
        "Zjarov dat „buitenlandse regeringen zich niet hoeven te mengen”."
    )
    found = extract_statements(body, date(2012, 6, 1))
    assert [s.speaker for s in found] == ["Zharov"]


def test_a_russian_fleet_is_a_russian_body_that_speaks() -> None:
    body = "Volgens de Noordelijke Vloot raakte niemand gewond bij de botsing met de Amerikanen."
    assert [s.speaker for s in extract_statements(body, date(1993, 3, 20))] == ["Russian MoD"]


@pytest.mark.parametrize(
    "body",
    [
        "Daar liet Dmitri Peskov, de woordvoerder van het Kremlin, vanochtend weten dat Rusland "
        "het oneens is.",
        "Ook zei Peskov dat Rusland het oneens is.",
        "Eerst verklaarde Peskov dat Rusland het oneens is.",
    ],
)
def test_an_adverb_before_an_inverted_speech_verb(body: str) -> None:
    assert [s.speaker for s in extract_statements(body, date(2023, 3, 1))] == ["Peskov"]


def test_a_clause_fronted_before_an_inverted_verb_belongs_to_the_statement() -> None:
    body = (
        "Op de vraag of Poetin president Trump zal bellen, antwoordde Peskov dat er ‘voorlopig "
        "geen concrete plannen’ zijn."
    )
    (found,) = extract_statements(body, date(2025, 2, 1))
    assert found.text.startswith("Op de vraag of Poetin")


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Poetin verdedigt zijn besluit om het leveringsverbod op te heffen.", "Putin"),
        ("Lavrov verdedigde het besluit om de diplomaten uit te wijzen.", "Lavrov"),
        ("Wel wil Lavrov dat beide landen afspreken hoe dicht hun onderzeeërs komen.", "Lavrov"),
        (
            "Lavrov liet daar geen misverstand over bestaan: sancties lossen niets op.",
            "Lavrov",
        ),
    ],
)
def test_defending_a_decision_wanting_that_and_leaving_no_misunderstanding_are_statements(
    body: str, speaker: str
) -> None:
    assert [s.speaker for s in extract_statements(body, date(2004, 5, 1))] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "Lavrov wilde dat niet bevestigen.",
        "Poetin wil de samenwerking voortzetten.",
        "Het leger verdedigt de stad.",
    ],
)
def test_wanting_without_a_clause_and_defending_a_city_are_no_statements(body: str) -> None:
    assert extract_statements(body, date(2004, 5, 1)) == []


def test_a_role_in_apposition_after_a_name_describes_that_person() -> None:
    body = (
        "Vremja Novostej vroeg Sergej Jastrzjembski, de adviseur van Poetin voor Tsjetsjenië, om "
        "een reactie. Die blijft kalm. 'Wij zijn niet bang voor een radiozender', zegt hij."
    )
    assert [s.speaker for s in extract_statements(body, date(2002, 5, 1))] == ["Yastrzhembsky"]


def test_a_demonstrative_labelled_by_a_speaker_is_a_statement_of_its_own() -> None:
    body = (
        "Lavrov vroeg waarom de Verenigde Staten asiel verlenen aan Tsjetsjeense leiders. Dat "
        "noemde hij “een dubbele standaard die de strijd tegen de terreur ondermijnt”."
    )
    found = extract_statements(body, date(2003, 9, 1))
    assert [s.text[:14] for s in found] == ["Lavrov vroeg w", "Dat noemde hij"]


def test_a_verb_that_needs_a_clause_takes_the_quote_before_it() -> None:
    body = (
        "Rogozin was boos. 'Niemand in Washington heeft de moeite genomen om te antwoorden', "
        "klaagt hij."
    )
    found = extract_statements(body, date(2001, 5, 1))
    assert [(s.speaker, s.kind) for s in found] == [("Rogozin", "direct")]


def test_ze_after_a_russian_body_with_de_is_that_body() -> None:
    body = (
        "Ook de Russische ambassade in Washington reageerde. Ze liet weten dat Rusland geen reden "
        "ziet om het onderzoek opnieuw te openen."
    )
    found = extract_statements(body, date(2001, 5, 1))
    assert [s.speaker for s in found] == ["Russian embassy", "Russian embassy"]


def test_plural_ze_after_a_russian_body_is_not_that_body() -> None:
    body = "De Russische ambassade reageerde. Ze zeggen dat het onderzoek opnieuw moet."
    found = extract_statements(body, date(2001, 5, 1))
    assert [s.speaker for s in found] == ["Russian embassy"]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Kremlinwoordvoerder Dmitri Peskov weet dat aan een cyberaanval.", "Peskov"),
        ("Peskov weersprak berichten als zou Rusland eisen stellen.", "Peskov"),
        ("Zacharova twittert dat Washington de afspraken breekt.", "Zakharova"),
    ],
)
def test_blaming_denying_and_tweeting_in_more_forms(body: str, speaker: str) -> None:
    assert [s.speaker for s in extract_statements(body, date(2021, 6, 1))] == [speaker]


def test_another_transliteration_of_a_listed_first_name_keeps_the_subject() -> None:
    body = "Alexej Poesjkov twitterde dat de Democraten „een Russisch spook” nodig hebben."
    assert [s.speaker for s in extract_statements(body, date(2014, 6, 1))] == ["Pushkov"]


@pytest.mark.parametrize(
    "body",
    [
        "11.20 Minister van Buitenlandse Zaken Igor Ivanov zegt dat er geen verschil is.",
        "11.20 uur - Minister van Buitenlandse Zaken Igor Ivanov zegt dat er geen verschil is.",
    ],
)
def test_a_live_blog_time_before_the_subject(body: str) -> None:
    assert [s.speaker for s in extract_statements(body, date(2001, 11, 13))] == ["Igor Ivanov"]


def test_a_name_with_its_russian_body_after_uit_is_the_subject() -> None:
    body = "Michail Margelov uit de Federatieraad sprak van „een onvriendelijke daad”."
    assert [s.speaker for s in extract_statements(body, date(2008, 1, 1))] == ["Margelov"]


def test_dat_after_a_preposition_is_a_determiner_not_a_clause() -> None:
    body = (
        "Poetin zelf had bij de presentatie van dat aanbod gezegd dat hij „onze westerse "
        "partners” een kans wilde geven."
    )
    assert [s.speaker for s in extract_statements(body, date(2013, 12, 20))] == ["Putin"]


def test_dat_after_a_separable_particle_still_opens_a_clause() -> None:
    body = "De krant merkt op dat Baloejevski eerder waarschuwde voor Amerikaanse bases."
    assert [s.speaker for s in extract_statements(body, date(2004, 8, 1))] == ["Baluyevsky"]


def test_secretaris_is_a_title_before_a_name() -> None:
    body = "Secretaris Nikolaj Patroesjev van de Veiligheidsraad waarschuwde dat terroristen komen."
    assert [s.speaker for s in extract_statements(body, date(2021, 8, 16))] == ["Patrushev"]


def test_an_apostrophe_in_a_fronted_phrase_is_no_quote() -> None:
    body = (
        "Poetin sprak. In zijn toespraak bij de annexatie van vier regio's, eind september, "
        "verweet hij Washington een “economische oorlog” te voeren."
    )
    found = extract_statements(body, date(2022, 10, 10))
    assert [s.text[:17] for s in found] == ["In zijn toespraak"]


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Vorige week waarschuwde de stafchef, generaal Makarov, voor een aanval.", "Makarov"),
        ("Vorige week waarschuwde de minister, Sergej Lavrov, voor een aanval.", "Lavrov"),
    ],
)
def test_a_name_in_apposition_after_a_role_after_an_inverted_verb_speaks(
    body: str, speaker: str
) -> None:
    assert [s.speaker for s in extract_statements(body, date(2012, 5, 10))] == [speaker]


def test_an_undated_column_names_a_later_critic_by_his_office_of_then() -> None:
    body = (
        "Andrej Kozyrev, de Russische minister van Buitenlandse Zaken, koos voor een artikel. "
        "Rusland is volgens Kozyrev „gedoemd een grote mogendheid te zijn”."
    )
    assert [s.speaker for s in extract_statements(body, None)] == ["Kozyrev"]


def test_an_undated_article_without_his_office_leaves_a_later_critic_out() -> None:
    body = "Rusland is volgens Kozyrev „gedoemd een grote mogendheid te zijn”."
    assert extract_statements(body, None) == []
