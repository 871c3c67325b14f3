"""Metadata of one article: title, byline, publication date and where that date came from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stancewatch.parse import ParsedArticle, parse_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

LEAD = (
    "Het Kremlin heeft donderdag scherp gereageerd op de nieuwe Amerikaanse sancties tegen "
    "Russische banken en energiebedrijven."
)
MORE = (
    "Woordvoerder Dmitri Peskov noemde de maatregelen 'onvriendelijk', maar zei ook dat "
    "Moskou openstaat voor overleg met Washington."
)


def _parse(*paragraphs: str) -> ParsedArticle:
    return parse_article("\n\n".join(paragraphs))


# --- title ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Kremlin neemt Trump eindelijk serieus – echt waar?",
        "Poetin wil Trump ontmoeten",
        "Peskov: 'De sancties zijn onaanvaardbaar'",
        "“We zijn bereid”, zegt het Kremlin",
        "Lavrov haalt uit naar Europa!",
        "2025: het jaar van de onderhandelingen",
    ],
)
def test_short_first_line_followed_by_a_blank_line_is_the_title(title: str) -> None:
    article = _parse(title, LEAD, MORE)
    assert article.title == title
    assert article.body == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize(
    "first",
    [
        LEAD,  # a full first sentence
        "Het Kremlin reageert.",  # short, but a sentence with a final period
        "Het Kremlin reageerde. Peskov zei niets",  # two sentences
        "Volgens het Kremlin,",  # unfinished
        "Eén",  # a single word
    ],
)
def test_first_body_sentence_is_not_taken_as_title(first: str) -> None:
    article = _parse(first, MORE)
    assert article.title is None
    assert article.body.startswith(first)


def test_first_line_of_a_multi_line_paragraph_is_not_a_title() -> None:
    article = parse_article(f"Poetin wil praten\n{LEAD}\n\n{MORE}")
    assert article.title is None


def test_single_paragraph_article_has_no_title() -> None:
    assert parse_article("Poetin wil praten met Trump").title is None


def test_title_after_reading_bar_and_before_byline() -> None:
    article = _parse("Leestijd 3 min", "Poetin wil Trump ontmoeten", "Door Jan Jansen", LEAD)
    assert (article.title, article.source, article.body) == (
        "Poetin wil Trump ontmoeten",
        None,  # an author, not an outlet
        LEAD,
    )


def test_title_with_a_byline_on_the_next_line_of_the_same_paragraph() -> None:
    article = parse_article(f"Poetin wil Trump ontmoeten\nDoor Anna de Vries\n\n{LEAD}")
    assert (article.title, article.source, article.body) == (
        "Poetin wil Trump ontmoeten",
        None,  # an author, not an outlet
        LEAD,
    )


def test_section_label_above_the_title_is_not_the_title() -> None:
    article = _parse("Buitenland", "Lavrov: 'Europa wil geen vrede'", LEAD)
    assert (article.title, article.body) == ("Lavrov: 'Europa wil geen vrede'", LEAD)


def test_title_followed_by_a_date_line_in_a_file_without_blank_lines() -> None:
    article = parse_article(f"Kremlin: 'Gesprek met Trump was nuttig'\n14 juli 2025 10:12\n{LEAD}")
    assert article.title == "Kremlin: 'Gesprek met Trump was nuttig'"
    assert (article.published, article.published_from) == (date(2025, 7, 14), "dateline")
    assert article.body == LEAD


def test_web_page_layout_with_kicker_byline_date_and_share_menu() -> None:
    text = (
        "Buitenland\n\nLavrov: 'Europa wil geen vrede'\n\nDoor Pieter Janssens\n"
        "ma 14 jul 2025 om 18:22 - Bijgewerkt om 19:05\n\n"
        f"{LEAD}\n\n{MORE}\n\nDeel dit artikel\nFacebook\nX\nWhatsApp\nE-mail\n\n"
        "MEEST GELEZEN\n1. Brand in Gentse haven\n2. Trump dreigt met nieuwe heffingen"
    )
    article = parse_article(text)
    assert article == ParsedArticle(
        "Lavrov: 'Europa wil geen vrede'",
        None,  # an author, not an outlet
        date(2025, 7, 14),
        "day",
        "dateline",
        f"{LEAD}\n\n{MORE}",
    )


def test_date_and_byline_on_one_line_above_the_body() -> None:
    article = _parse("27/03/2018 om 14:05 door Belga", LEAD)
    assert (article.source, article.published, article.published_from) == (
        "Belga",
        date(2018, 3, 27),
        "dateline",
    )
    assert article.body == LEAD


def test_update_stamp_is_used_when_no_other_date_is_given() -> None:
    article = _parse("Poetin belt Trump", "Bijgewerkt: 02.11.2017 21:45", LEAD)
    assert (article.published, article.published_from) == (date(2017, 11, 2), "dateline")


# --- byline -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (f"Bron: Belga 0 {LEAD}\n\n{MORE}", "Belga"),
        (f"Bron: Belga\n\n{LEAD}", "Belga"),
        (f"{LEAD}\n\n{MORE}\n\nBron: agentschappen", "agentschappen"),
        (f"{LEAD}\n\n{MORE}\n\nBron: ANP/Reuters\n\nDeel dit artikel", "ANP/Reuters"),
        (f"{LEAD}\n\n{MORE} (ANP)", "ANP"),
        (f"{LEAD}\n\n{MORE}\n\n(ANP)", "ANP"),
        (f"Door Belga\n\n{LEAD}", "Belga"),
        (f"(Belga) - {LEAD}", "Belga"),
        (f"WASHINGTON (Reuters) - {LEAD}", "Reuters"),
    ],
)
def test_byline_at_start_or_end_gives_the_source(text: str, source: str) -> None:
    article = parse_article(text)
    assert article.source == source
    if text.startswith("WASHINGTON"):  # a dateline opens the copy: it gives the source, stays
        assert article.body == text
        return
    assert article.body.startswith(LEAD)
    assert source not in article.body


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (f"Door Jan Jansen\n\n{LEAD}", None),
        (f"Door Jan Jansen | 15 juli 2025 14:32\n\n{LEAD}", None),
        (f"Door Jan Jansen {LEAD}\n\n{MORE}", None),
        (f"Een titel\n\nDoor Thijs Wouters\n\n{LEAD}\n\n{MORE}\n\nBron: NU.nl", "NU.nl"),
        (f"Een titel\n\nSamengesteld door Joris Peeters\n\n{LEAD}", None),
    ],
)
def test_an_authors_byline_is_furniture_and_leaves_the_source_to_a_bron_line(
    text: str, source: str | None
) -> None:
    """The labels' convention (tests/gold/README.md): `source` is the outlet or agency of a
    `Bron:` line (or a dateline's), not the person who wrote the piece."""
    article = parse_article(text)
    assert article.source == source
    assert article.body.startswith(LEAD) and "Jansen" not in article.body
    assert "Wouters" not in article.body and "Peeters" not in article.body


def test_a_closing_bron_line_names_the_source_over_a_datelines_agency() -> None:
    article = parse_article(f"MOSKOU (Belga) - {LEAD}\n\n{MORE}\n\nBron: Belga, AFP")
    assert article.source == "Belga, AFP"
    assert parse_article(f"MOSKOU (Belga) - {LEAD}\n\n{MORE} (ANP)").source == "Belga"


def test_article_without_byline_has_no_source() -> None:
    assert _parse(LEAD, MORE).source is None


def test_chart_credit_in_the_middle_is_not_the_byline() -> None:
    article = _parse(LEAD, "Bron: CBS", MORE)
    assert article.source is None


# --- dates ------------------------------------------------------------------------------------


def test_a_title_over_a_subtitle_and_a_masthead_line_with_an_abbreviated_month() -> None:
    a = parse_article(
        "Rusland beperkt export van verrijkt uranium naar Amerikaanse centrales\n"
        "Tenex mag alleen nog leveren met een vergunning. Amerikaanse bedrijven hebben voorraden.\n"
        "Het Financieele Dagblad, 15 nov. 2024, 14:12\n"
        "Leestijd 3 min\n\n"
        "MOSKOU - Rusland legt beperkingen op aan de export. Dat heeft de regering gezegd.\n"
    )
    assert a.title == "Rusland beperkt export van verrijkt uranium naar Amerikaanse centrales"
    assert a.published == date(2024, 11, 15)
    assert a.body.startswith("MOSKOU - Rusland legt") and "Financieele" not in a.body


def test_header_date_glued_to_first_sentence() -> None:
    article = parse_article(f" date 2021-04 {LEAD}\n\n{MORE}")
    assert (article.published, article.published_precision, article.published_from) == (
        date(2021, 4, 1),
        "month",
        "header",
    )
    assert article.title is None
    assert article.body.startswith(LEAD)


def test_header_date_on_its_own_line_with_a_day() -> None:
    article = _parse("Datum: 15 juli 2025", "Poetin wil Trump ontmoeten", LEAD)
    assert (article.published, article.published_precision, article.published_from) == (
        date(2025, 7, 15),
        "day",
        "header",
    )
    assert article.title == "Poetin wil Trump ontmoeten"


def test_header_year_only_gives_year_precision() -> None:
    article = _parse("date 2019", LEAD)
    assert (article.published, article.published_precision) == (date(2019, 1, 1), "year")


@pytest.mark.parametrize(
    "text",
    [
        f"MOSKOU, 3 juli 2025 - {LEAD}",
        f"MOSKOU, 3 juli 2025 – {LEAD}",
        f"Moskou, 3 juli 2025 - {LEAD}",
        f"3 juli 2025\n\n{LEAD}",
        f"donderdag 3 juli 2025, 14:32\n\n{LEAD}",
        f"Poetin belt Trump\n\n3-7-2025 10:15\n\n{LEAD}",
    ],
)
def test_dateline_or_date_line_at_the_top_gives_the_date(text: str) -> None:
    article = parse_article(text)
    assert (article.published, article.published_precision, article.published_from) == (
        date(2025, 7, 3),
        "day",
        "dateline",
    )
    # a date line is furniture; a dateline opens the copy and stays (the held-out sets' gold)
    assert article.body == (text if text.lower().startswith("moskou") else LEAD)


def test_date_is_inferred_from_the_latest_full_date_in_the_text() -> None:
    article = _parse(
        "Op 3 juli 2025 belde Poetin met Trump.",
        "Lavrov verklaarde dinsdag (15 juli 2025) in Peking dat Trump onder druk staat.",
        "Eerder, op 1 juni 2025, was er een gevangenenruil.",
    )
    assert (article.published, article.published_precision, article.published_from) == (
        date(2025, 7, 15),
        "day",
        "text",
    )


def test_only_a_deadline_date_gives_no_publication_date() -> None:
    deadline = "Volgens Peskov kan een nieuwe ronde plaatsvinden tegen 1 september 2025."
    article = _parse(LEAD, deadline)
    assert (article.published, article.published_from) == (None, "none")


def test_deadline_dates_are_not_taken_as_publication_date() -> None:
    article = _parse(
        "Lavrov sprak op 15 juli 2025 in Peking.",
        "Trump gaf Rusland tijd tot 2 september 2025 om een akkoord te sluiten.",
    )
    assert article.published == date(2025, 7, 15)


def test_dates_without_year_or_only_a_month_are_not_used_to_infer() -> None:
    article = _parse("Poetin belde op 3 juli met Trump.", "In maart 2022 was dat anders.")
    assert (article.published, article.published_precision, article.published_from) == (
        None,
        "unknown",
        "none",
    )


def test_article_without_any_date() -> None:
    article = _parse(LEAD, MORE)
    assert (article.published, article.published_precision, article.published_from) == (
        None,
        "unknown",
        "none",
    )


def test_header_wins_over_dates_in_the_text() -> None:
    article = parse_article(f"date 2021-04 {LEAD}\n\nOp 15 juli 2025 gebeurde er iets.")
    assert (article.published, article.published_from) == (date(2021, 4, 1), "header")


# --- body -------------------------------------------------------------------------------------


def test_body_is_cleaned_and_paragraphs_separated_by_blank_lines() -> None:
    article = parse_article(
        f"Poetin wil praten\r\n\r\nLeestijd 2 min\r\n\r\n{LEAD}\r\n\r\nAdvertentie\r\n\r\n{MORE}"
    )
    assert article.body == f"{LEAD}\n\n{MORE}"


def test_article_of_only_furniture_has_an_empty_body() -> None:
    article = parse_article("Bron: Belga\n\nLeestijd 3 min\n\nAdvertentie")
    assert article.body == ""
    assert article.source == "Belga"


def test_empty_text_parses_to_nothing() -> None:
    assert parse_article("") == ParsedArticle(None, None, None, "unknown", "none", "")


def test_title_above_a_header_date_with_the_dateline_and_body_glued_to_it() -> None:
    text = (
        "Rusland en VS willen ambassades weer op volle sterkte\n"
        " date 2025-02 RIAD (ANP) - Rusland en de Verenigde Staten hebben dinsdag voor het "
        "eerst op hoog niveau met elkaar om de tafel gezeten.\n\n"
        "Het overleg duurde ruim vier uur.\n"
    )
    parsed = parse_article(text)
    assert parsed.title == "Rusland en VS willen ambassades weer op volle sterkte"
    assert (parsed.source, parsed.published, parsed.published_precision) == (
        "ANP",
        date(2025, 2, 1),
        "month",
    )
    assert parsed.published_from == "header"
    assert parsed.body.startswith("RIAD (ANP) - Rusland en de Verenigde Staten hebben dinsdag")


def test_a_first_sentence_directly_above_body_text_is_not_a_title() -> None:
    text = "Poetin sprak dinsdag met Trump\nHet gesprek duurde twee uur, zei Peskov.\n"
    parsed = parse_article(text)
    assert parsed.title is None
    assert parsed.body.startswith("Poetin sprak dinsdag met Trump")


def test_date_of_a_meta_line_with_time_and_section_is_the_publication_date() -> None:
    text = (
        "Poetin over Afghanistan: 'Twintig jaar oorlog, resultaat nul'\n\n"
        "25 augustus 2021 | 16u05 | Buitenland\n\n"
        "Terwijl in Kaboel de chaos op de luchthaven aanhoudt, kijkt Rusland toe.\n"
    )
    parsed = parse_article(text)
    assert (parsed.published, parsed.published_precision) == (date(2021, 8, 25), "day")
    assert parsed.body.startswith("Terwijl in Kaboel")


@pytest.mark.parametrize(
    "text",
    [
        f"Poetin: opzeggen ABM-verdrag is een vergissing\nMoskou reageert kalm\n"
        f"date 2001-12-14\n\n{LEAD}",
        f"Poetin en de vijand van buiten\nNa Beslan zoekt het Kremlin schuldigen. Een analyse.\n"
        f"date 2001-12-14\nLeestijd: 6 minuten\n\n{LEAD}",
        f"Kremlin lacht om sancties Obama\nMoskou slaat terug met een zwarte lijst\n"
        f"date 2001-12-14 Bron: ANP {LEAD}",
        f"Een top zonder geld\nAchtergrond\ndate 2001-12-14\n\n{LEAD}",
        f"Lavrov tegen Blinken: over Gershkovich beslist de rechter\n"
        f"Washington spreekt van gijzeling, Moskou van spionage\ndate 2001-12-14\n{LEAD}",
        f",,Moskou schuift de grens op''\nInterview met een analist\ndate 2001-12-14\n\n{LEAD}",
        f"LIVE. Moskou ontkurkt de champagne, Kremlin voorzichtig\ndate 2001-12-14\n\n{LEAD}",
        f"Poetin vergelijkt resolutie met kruistocht\n\nPremier en president oneens\n\n"
        f"date 2001-12-14\n\n{LEAD}",
    ],
)
def test_a_subtitle_under_the_title_is_neither_title_nor_body(text: str) -> None:
    article = parse_article(text)
    assert article.title == text.split("\n", 1)[0]
    assert article.published == date(2001, 12, 14)
    assert article.body == LEAD


def test_a_title_over_a_dateline_stays_a_title() -> None:
    article = parse_article(f"Medvedev: uitspraak ruikt naar Hollywood\nMOSKOU (ANP) - {LEAD}")
    assert (article.title, article.source) == ("Medvedev: uitspraak ruikt naar Hollywood", "ANP")
    assert article.body == f"MOSKOU (ANP) - {LEAD}"


def test_a_date_only_in_a_dropped_subtitle_still_dates_the_article() -> None:
    article = parse_article(
        f"LIVE Akkoord in Genève\nHet nieuws van donderdag 17 april 2014 op een rij.\n"
        f"Deze liveblog wordt niet langer bijgewerkt.\n\n{LEAD}"
    )
    assert (article.published, article.published_from) == (date(2014, 4, 17), "text")
    assert article.body == LEAD


def test_a_correspondent_byline_with_a_name_is_furniture() -> None:
    article = parse_article(
        f"Titel van het stuk\ndate 1993-01-04\nVan onze correspondent Jan Bosman\n\n{LEAD}"
    )
    assert article.body == LEAD


def test_a_title_may_ask_a_question_and_go_on() -> None:
    text = f"Draait Rusland bij over sancties? Vijf vragen\ndate 2009-09-25 {LEAD}\n\n{MORE}"
    article = parse_article(text)
    assert article.title == "Draait Rusland bij over sancties? Vijf vragen"
    assert article.published == date(2009, 9, 25)
    assert article.body.startswith(LEAD)


def test_a_correspondent_byline_glued_to_a_dateline_is_furniture() -> None:
    text = (
        "Rusland biedt radar aan\n date 2007-07-03\nVan onze correspondent Pieter Heerma "
        "KENNEBUNKPORT – Rusland is bereid om een tweede radar aan te bieden.\n\nPoetin zei dat."
    )
    article = parse_article(text)
    assert article.body.startswith("KENNEBUNKPORT – Rusland is bereid")
    assert "Heerma" not in article.body


def test_text_after_a_byline_and_a_dateline_is_kept() -> None:
    text = (
        "Titel hier\n date 2020-01-01\nDoor Jan Jansen MOSKOU - Het Kremlin zegt niets.\n\n"
        "Tweede alinea over Poetin en de Verenigde Staten."
    )
    article = parse_article(text)
    assert (
        article.body.startswith("MOSKOU - Het Kremlin zegt niets.")
        and article.source is None  # an author, not an outlet
    )


def test_a_bare_author_name_under_the_masthead_is_furniture() -> None:
    text = (
        "Wie wint er bij de S-400? Vooral Moskou\nAnalyse\nDe Standaard | donderdag 18 juli "
        "2019, 03.00 uur\nLeestijd 4 min\nBart Vandenbroucke\nDe eerste onderdelen landden "
        "vrijdag bij Ankara.\n\nPoetin was tevreden."
    )
    article = parse_article(text)
    assert article.body.startswith("De eerste onderdelen") and article.published == date(
        2019, 7, 18
    )


def test_a_date_line_with_a_two_digit_year_dates_the_article() -> None:
    text = (
        "Wie de maan wil verdelen\nColumn\n16-10-20, 06:00\nLeestijd: vier minuten\n\n"
        "Er zijn weinig dingen zo ontroerend."
    )
    article = parse_article(text)
    assert (article.published, article.published_precision) == (date(2020, 10, 16), "day")
    assert "16-10-20" not in article.body


def test_the_note_about_the_columnist_at_the_end_is_furniture() -> None:
    for note in (
        "Marjolein Brinkman is columnist van deze krant.",
        "Lien Vandamme schrijft elke week over Rusland en Europa.",
    ):
        text = f"Een column\n date 2011-12-20\n\nHet begon met foto's.\n\nDat is slim.\n\n{note}"
        article = parse_article(text)
        assert article.body.endswith("Dat is slim."), note


def test_an_audio_player_line_of_a_radio_fragment_is_furniture() -> None:
    text = (
        "Radio 1: Jeltsin in Halifax\n\nBeluister het fragment (5 min) | Deel dit fragment\n\n"
        "PRESENTATOR: Het is zaterdag 17 juni 1995. De top is afgelopen."
    )
    assert parse_article(text).body.startswith("PRESENTATOR: Het is zaterdag 17 juni 1995.")


def test_a_title_may_quote_two_sentences() -> None:
    text = (
        "Persoverzicht: ‘Ja, er kwamen testapparaten. Nee, er waren geen telefoontjes’\n"
        "date 2024-10\n4 min leestijd\nHet nieuwe boek van Bob Woodward zorgt voor koppen."
    )
    article = parse_article(text)
    assert article.title.startswith("Persoverzicht:") and article.published_precision == "month"
    assert article.body.startswith("Het nieuwe boek")


def test_a_header_date_glued_to_the_first_sentence_without_a_space() -> None:
    text = (
        "Waarom stemt de Doema nu wel in met het verdrag?\ndate 2003-05-14De Russische Doema "
        "heeft vandaag het verdrag geratificeerd.\n\nWat staat erin?"
    )
    article = parse_article(text)
    assert article.published_from == "header" and article.body.startswith("De Russische Doema")
    assert article.title == "Waarom stemt de Doema nu wel in met het verdrag?"


@pytest.mark.parametrize("kicker", ["ANALYSE", "Analyse", "INTERVIEW", "Column", "GESPREK"])
def test_a_genre_kicker_glued_to_the_first_sentence_is_furniture(kicker: str) -> None:
    text = (
        "Primakov houdt Albright aan het lijntje\n\n"
        f"{kicker} Het moest een demonstratie van eensgezindheid worden. Dat lukte niet."
    )
    assert parse_article(text).body.startswith("Het moest een demonstratie")


def test_a_genre_kicker_on_its_own_line_is_furniture() -> None:
    text = "Een tunnel naar Alaska\n\nCOLUMN\n\nEr zijn ideeën die zo groot zijn dat ze slagen."
    assert parse_article(text).body.startswith("Er zijn ideeën")


def test_a_capitalised_word_after_interview_is_only_cut_with_a_lower_case_word_after_it() -> None:
    text = "Titel van het stuk\n\nInterview. Ruslandkenner Lieve Desmet over het bezoek\n\nTekst."
    assert parse_article(text).body.startswith("Interview. Ruslandkenner")


def test_an_audio_players_line_and_a_replay_note_are_furniture() -> None:
    text = (
        "Radio 1: Kroatië herovert de Krajina\n\nFragment beluisteren (4:12)\n\n"
        "PRESENTATOR: Goeiemorgen. Het leger heeft de Krajina heroverd.\n\n"
        "Het volledige gesprek is te herbeluisteren via radio1.be."
    )
    body = parse_article(text).body
    assert body.startswith("PRESENTATOR:") and body.endswith("heroverd.")


@pytest.mark.parametrize(
    "byline",
    [
        "Door onze columnist",
        "Van onze redacteur energie, Peter Roelofsen",
        "Van onze correspondent in Genève, Tom Peeters",
        "Door redactie buitenland",
    ],
)
def test_a_staff_byline_is_furniture_and_names_no_source(byline: str) -> None:
    text = f"Rusland ziet handel als buitenkans\n\n{byline}\n\nHet klimaatverdrag is rond."
    article = parse_article(text)
    assert article.body == "Het klimaatverdrag is rond." and article.source is None


def test_a_staff_byline_with_a_date_gives_the_date() -> None:
    text = (
        "Uitleg: waarom Moskou zich druk maakt\n\n"
        "Door onze redactie buitenland, woensdag 17 juli 1996\n\n"
        "President Bill Clinton heeft dinsdag beslist."
    )
    article = parse_article(text)
    assert article.published == date(1996, 7, 17) and article.source is None
    assert article.body.startswith("President Bill Clinton")


def test_a_staff_byline_leaves_the_source_to_a_closing_bron_line() -> None:
    text = "Titel\n\nVan onze correspondent\n\nHet Kremlin zweeg.\n\nBron: Belga"
    assert parse_article(text).source == "Belga"


@pytest.mark.parametrize(
    "footer", ["© NRC Handelsblad, 2 september 1996", "NRC Handelsblad, 2 september 1996"]
)
def test_a_masthead_date_under_the_article_is_its_date(footer: str) -> None:
    text = (
        "Lebed sluit vrede\n\nMOSKOU, 1 SEPT. Na twintig maanden oorlog ligt er een papier.\n\n"
        f"Het akkoord werd in 1996 getekend.\n\n{footer}"
    )
    article = parse_article(text)
    assert article.published == date(1996, 9, 2) and article.published_precision == "day"
    assert "Handelsblad" not in article.body


def test_a_broadcast_line_with_its_date_and_kind_is_read_and_removed() -> None:
    text = (
        "Poetin ingehuldigd\nNOS Journaal | uitzending van 7 mei 2000 | transcriptie\n\n"
        "PRESENTATOR: Goedenavond. Vladimir Poetin is vandaag ingehuldigd."
    )
    article = parse_article(text)
    assert article.published == date(2000, 5, 7) and article.body.startswith("PRESENTATOR:")


def test_a_reading_time_beside_the_last_update_gives_the_date() -> None:
    text = (
        "Wagner keert om\n\nLeestijd: 3 minuten | Laatste update: 26-06-2023, 23:12\n\n"
        "De opstand van Wagner is voorbij."
    )
    article = parse_article(text)
    assert article.published == date(2023, 6, 26) and article.body.startswith("De opstand")


@pytest.mark.parametrize(
    "bar",
    [
        "Video afspelen | Ondertiteling beschikbaar",
        "Beluister de uitzending ▶ 00:00 / 06:18\nTranscript",
        "Meer video's",
        "Beluister de uitzending terug | 06:12",
        "Luister terug | Deel dit fragment",
    ],
)
def test_a_media_players_bar_is_furniture(bar: str) -> None:
    text = f"Poetin na Alaska\n\n{bar}\n\nPRESENTATOR: Goeiemorgen. De top is voorbij."
    assert parse_article(text).body.startswith("PRESENTATOR: Goeiemorgen.")


def test_a_staff_byline_may_name_a_desk_in_one_word() -> None:
    text = (
        "Rusland ontsnapt aan de nieuwe tarieven\n\nDoor onze economieredactie\n\n"
        "Van de Europese Unie tot Antarctica."
    )
    article = parse_article(text)
    assert article.body.startswith("Van de Europese Unie") and article.source is None


@pytest.mark.parametrize(
    "line",
    ["Interview | Door Sarah Verlinden", "Column | Ruben Verhoeven", "Column – Marc Vandenbroucke"],
)
def test_a_genre_kicker_beside_a_byline_is_furniture(line: str) -> None:
    text = f"Rusland levert brandstof aan Boesjehr\n\n{line}\n\nZondag tekenden Rusland en Iran."
    assert parse_article(text).body == "Zondag tekenden Rusland en Iran."


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("26 nov. 2014 | Economie & Politiek", date(2014, 11, 26)),
        ("Het Financieele Dagblad, 13 april 2024 | Grondstoffen", date(2024, 4, 13)),
        ("7 september 2024 | Interview: Bart Wuyts", date(2024, 9, 7)),
    ],
)
def test_a_date_line_with_a_section_masthead_or_credit_is_read_and_removed(
    line: str, day: date
) -> None:
    text = f"Rusland doet luchtig over de maatregelen\n\n{line}\n\nRusland doet luchtig."
    article = parse_article(text)
    assert article.published == day and article.body == "Rusland doet luchtig."


@pytest.mark.parametrize(
    "closing",
    [
        "Volgende week: de zomer van de Doema.",
        "Dit fragment werd uitgezonden op Radio 1.",
        "Ontvang elke ochtend het belangrijkste nieuws in je mailbox.",
    ],
)
def test_a_series_service_line_or_newsletter_call_at_the_end_is_furniture(closing: str) -> None:
    body = "De president ontving een trein vol raketbeloften."
    text = f"Een trein vol beloften\n\n{body}\n\n{closing}"
    assert parse_article(text).body == body


@pytest.mark.parametrize(
    "line",
    [
        "NOS Nieuws – Buitenland",
        "VRT NWS – liveblog",
        "De Morgen – De pers van vandaag",
        "VRT Journaal – transcriptie van de uitzending van 19 uur",
        "BNR Nieuwsradio – De Ochtend",
        "NOS Nieuws • Buitenland",
        "VRT Journaal 19 uur | Buitenland",
        "NOS Radio 1 Journaal – Buitenland",
        "De Wereld Vandaag – Radio 1 – transcript",
        "Radio 1, De Ochtend – uitgeschreven fragment",
        "▶ Beluister het volledige fragment (6 min.)",
        "Uitzending van 19 uur",
        "Deel dit artikel via Facebook, Twitter, LinkedIn of e-mail",
        # session 15: a programme line, genre and desk bylines
        "Het Journaal – 19 uur – Buitenland",
        "VRT Het Journaal – transcriptie van het nieuwsitem",
        "Persoverzicht door Jonas Peeters",
        "Een column van Ine Maes",
        "door redacteur buitenland Sanne Kuipers",
        "Redactie buitenland",
        "Samengesteld door onze redactie buitenland",
        "Radio 1 - De ochtend - fragment (6 min.)",
    ],
)
def test_an_outlets_section_line_a_broadcast_slot_and_a_long_share_line_are_furniture(
    line: str,
) -> None:
    title = "Russisch toestel cirkelt rond torpedojager"
    text = f"{title}\n\n{line}\n\nEen Russisch vliegtuig cirkelde."
    assert parse_article(text).body == "Een Russisch vliegtuig cirkelde."


@pytest.mark.parametrize(
    ("byline", "body"),
    [
        ("Door Bram KuipersHet Kremlin heeft vrijdag gereageerd.", "Het Kremlin heeft"),
        ("Van onze correspondent Eva WoutersMONTREUX. Op de eerste dag bleek het.", "MONTREUX. Op"),
    ],
)
def test_a_byline_glued_to_the_copy_without_a_space_is_still_removed(
    byline: str, body: str
) -> None:
    article = parse_article(f"Een titel hier\n\n{byline}\n\nTweede alinea.")
    assert article.body.startswith(body) and article.source is None


def test_a_name_with_a_capital_inside_is_not_cut() -> None:
    assert parse_article("Een titel hier\n\nDoor Michael McFaul\n\nHet Kremlin zweeg.").body == (
        "Het Kremlin zweeg."
    )


def test_a_programme_title_with_a_colon_after_the_outlet_is_the_title() -> None:
    text = "Radio 1 - De Wereld: Jeltsin wil geen sancties\n\nJeltsin sprak gisteren."
    assert parse_article(text).title == "Radio 1 - De Wereld: Jeltsin wil geen sancties"


def test_an_outlets_name_under_the_article_is_furniture() -> None:
    text = "Poetin belt Bush\n\nHet Kremlin liet weten dat beide leiders praten.\n\nNRC Handelsblad"
    assert parse_article(text).body == "Het Kremlin liet weten dat beide leiders praten."


@pytest.mark.parametrize(
    ("first", "source"),
    [
        ("(Belga) Een Russisch vliegtuig cirkelde.", "Belga"),
        ("LIEN VERMEIRE · Een Russisch vliegtuig cirkelde.", None),
        ("ANALYSE Tom PeetersEen Russisch vliegtuig cirkelde.", None),
    ],
)
def test_an_agency_or_an_author_glued_before_the_copy_is_removed(
    first: str, source: str | None
) -> None:
    article = parse_article(f"Russisch toestel cirkelt rond torpedojager\n\n{first}")
    assert article.body == "Een Russisch vliegtuig cirkelde." and article.source == source


@pytest.mark.parametrize("line", ["De Ochtend | Radio 1", "Het Journaal – VRT één, 19.00 uur"])
def test_a_programme_beside_a_broadcaster_is_no_title(line: str) -> None:
    article = parse_article(f"{line}\n\nPRESENTATOR: Het is dinsdag. Moskou reageert.")
    assert article.title is None and article.body.startswith("PRESENTATOR:")


def test_a_broadcast_line_with_a_date_keeps_its_date() -> None:
    text = "Poetin in Athene\nHet Journaal 19 uur – vrijdag 27 mei 2016 – VRT\n\nPoetin sprak."
    assert str(parse_article(text).published) == "2016-05-27"
