"""Reading articles: decoding, the dateline (DCT), language, paragraphs, sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.errors import DctError, InputError
from timeline.reading import read


def sentences_of(document) -> list[str]:
    return [document.text[s.start : s.end] for s in document.sentences]


def test_reference_header_dateline(reference_bytes):
    document = read(reference_bytes, "ref")
    assert document.dct == dt.date(2025, 11, 11)
    assert document.dct_source == "dateline"
    assert document.dct_span.text == "2025-11-11"
    assert document.text[document.dct_span.start : document.dct_span.end] == "2025-11-11"
    assert document.language == "es"
    assert document.encoding == "utf-8"
    # The header is not part of the body: the first sentence starts at the quote.
    assert sentences_of(document)[0].startswith('"El punto clave')
    assert len(document.paragraphs) == 15


@pytest.mark.parametrize(
    "text, expected",
    [
        ("MOSCÚ, 11 nov 2025 (EFE).- Tokáyev llega hoy a Moscú.", dt.date(2025, 11, 11)),
        ("Madrid, 3 de abril de 2025 (Europa Press)\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 4, 3)),
        ("11/11/2025\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        ("Un titular\n11 de noviembre de 2025\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        ("martes, 11 de noviembre de 2025\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        ("Apple resigns\nAugust 25, 2011\n\nSteve Jobs resigned today.", dt.date(2011, 8, 25)),
        ("WASHINGTON, Nov 11, 2025 (Reuters) - The president said on Tuesday.", dt.date(2025, 11, 11)),
        # AP style: the region after the city
        ("MANILA, Philippines, Nov. 10, 2025 (AP) — The typhoon hit late Sunday.", dt.date(2025, 11, 10)),
        ("SPRINGFIELD, Ill., March 3, 2025 (AP) — The governor spoke on Monday.", dt.date(2025, 3, 3)),
        # a web page's date line: a label, or a byline and a bar, before the date
        ("Un titular\nActualizado: martes, 11 noviembre 2025 09:14\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        ("Un titular\nPor Juan Pérez | 11/11/2025 - 10:32h\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        ("A headline\nPublished Nov. 11, 2025 5:30 PM ET · 3 min read\n\nThe Senate voted today.", dt.date(2025, 11, 11)),
        ("A headline\nUpdated: November 11, 2025 at 5:30 p.m. EST\n\nThe Senate voted today.", dt.date(2025, 11, 11)),
        ("A headline\nLast modified on Tue 11 Nov 2025 10.02 GMT\n\nThe Senate voted today.", dt.date(2025, 11, 11)),
        ("Un titular\nModificado el 11/11/2025 a las 10:32\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        ("A headline\nNov. 11, 2025 / 10:32 AM\n\nThe Senate voted today.", dt.date(2025, 11, 11)),
        # the clock before the date, as CNN writes it
        ("A headline\nUpdated 10:32 AM EST, Tue November 11, 2025\n\nThe Senate voted today.", dt.date(2025, 11, 11)),
        ("Un titular\nActualizado 10:32 CET, martes 11 de noviembre de 2025\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        # ISO 8601 with the time, as feeds and page metadata write it
        ("2025-11-11T09:30:00Z\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        ("Publicado: 2025-11-11T23:30:00.123-05:00\n\nEl Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        # a date with its year opening the text, a dash and the body
        ("11/11/2025 - El Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
        ("11 de noviembre de 2025 — El Gobierno aprobó hoy el plan.", dt.date(2025, 11, 11)),
    ],
)
def test_datelines(text, expected):
    document = read(text)
    assert document.dct == expected
    assert document.dct_source == "dateline"
    span = document.dct_span
    assert document.text[span.start : span.end] == span.text


def test_dateline_without_year_takes_the_year_the_article_mentions():
    document = read("MOSCÚ, 11 nov (EFE).- El acuerdo de 2025 se firmó hoy; en 2025 habrá más.")
    assert document.dct == dt.date(2025, 11, 11)
    assert any("no indica el año" in note for note in document.notes)  # in the article's language
    assert document.dct_year_guessed


@pytest.mark.parametrize(
    "text, expected",
    [
        # 14 Nov is a Friday in 2025 only: the weekday beats the one year written (a past one)
        ("Sevilla, 12 nov (EFE).- El jurado dará su fallo el viernes 14. En 2024 ganó otra.", dt.date(2025, 11, 12)),
        ("WASHINGTON, Nov 12 (Reuters) - It opens Friday, Nov. 14. In 2024 it did not.", dt.date(2025, 11, 12)),
        # a day far below the dateline's is next month's (Tuesday 2 December 2025)
        ("Sevilla, 28 nov (EFE).- Llega el martes 2. En 2024 no llegó.", dt.date(2025, 11, 28)),
        # across the year end: Friday 27 December 2024, so the dateline is January 2025
        ("Sevilla, 3 ene (EFE).- Llegó el viernes 27 de diciembre. En 2024 no.", dt.date(2025, 1, 3)),
        # a bare day is of the month written before it in the sentence: Friday 5 and Monday 8
        # December 2025 (was 2027, with Friday 5 and Monday 8 November)
        ("Madrid, 11 nov (EFE).- El puente de diciembre comienza el viernes 5 y termina el lunes 8. En 2024 y 2026 no.", dt.date(2025, 11, 11)),
        ("LONDON, Nov 11 (Reuters) - The December break starts on Friday 5 and ends on Monday 8. Not in 2024 or 2026.", dt.date(2025, 11, 11)),
        # of the years the weekdays fit, none before a year told as past (was 2003, where
        # Wednesday was 26 November too); a bound with its part ("until the summer of 2028")
        # is no year told as past
        ("LONDON, Nov 11 (Reuters) - They play on Wednesday, Nov. 26. He signed in September 2024 until the summer of 2028. Their last title came in 2003.", dt.date(2025, 11, 11)),
        ("Madrid, 11 nov (EFE).- Juegan el miércoles 26 de noviembre. Renovó en septiembre de 2024 hasta finales de 2028. Su último título llegó en 2003.", dt.date(2025, 11, 11)),
        # a weekday date months away may be of any year: no evidence, the year written wins
        ("Sevilla, 12 nov (EFE).- Llegó el domingo 14 de septiembre. En 2024 no.", dt.date(2024, 11, 12)),
        # weekdays that fit no year near those written: the year written
        ("Sevilla, 12 nov (EFE).- Llegó el lunes 14. En 2024 no.", dt.date(2024, 11, 12)),
        # weekdays that fit no year near those written but one a few years after them: that
        # year, as an article comes after the years it tells (was 2023)
        ("Valencia, 18 nov (EFE).- La mediación será el próximo lunes, 24 de noviembre, y la marcha el sábado 29 de noviembre. En marzo de 2023 hubo otra huelga.", dt.date(2025, 11, 18)),
        # a count after a weekday is no day of the month
        ("WASHINGTON, Nov 12 (Reuters) - Officials reported on Friday 14 new cases. In 2024 it did not.", dt.date(2024, 11, 12)),
        # the year the article names as its own beats one written later (was 2028)
        ("Madrid, 11 nov (EFE).- En 2028 habrá otra muestra. En lo que va de 2025 supera la cifra.", dt.date(2025, 11, 11)),
        ("Madrid, 11 nov (EFE).- Este 2025 será récord; en 2030 se duplicará.", dt.date(2025, 11, 11)),
        ("WASHINGTON, Nov 12 (Reuters) - Sales rose 3% so far in 2024. In 2027 they will rise.", dt.date(2024, 11, 12)),
        ("WASHINGTON, Nov 12 (Reuters) - In 2024 so far, sales rose 3%. In 2027 they will rise.", dt.date(2024, 11, 12)),
        # a stretch opened by a year is no naming of the article's own (the latest year written)
        ("WASHINGTON, Nov 12 (Reuters) - Sales have risen from 2020 to date. In 2021 they fell.", dt.date(2021, 11, 12)),
        ("Madrid, 11 nov (EFE).- Ha crecido desde 2020 hasta la fecha. En 2021 cayó.", dt.date(2021, 11, 11)),
        # the past year is the guess, not the bound or the plan written more often
        ("MADRID, 11 nov (EFE).- Llegó en 2019 y renovó hasta 2030; jugará hasta 2030.", dt.date(2019, 11, 11)),
        ("MADRID, 11 nov (EFE).- El plan para 2030 prevé más trenes. En 2024 se aprobó.", dt.date(2024, 11, 11)),
        # no earlier than a year told under a past verb, though another is written more
        # often (was 2023, 2019)
        ("Madrid, 11 nov (EFE).- Funciona con las cuentas de 2023, prorrogadas desde 2023. El intento fracasó en marzo de 2024.", dt.date(2024, 11, 11)),
        ("LONDON, Nov 11 (Reuters) - The 2019 plan, a 2019 law, still applies. The talks collapsed in 2021.", dt.date(2021, 11, 11)),
        # a full date the article plans for: the article comes in the year before it (was 2008, 2026)
        ("Madrid, 11 nov (EFE).- La muestra podrá visitarse hasta el 8 de marzo de 2026. La anterior fue en 2008.", dt.date(2025, 11, 11)),
        ("LONDON, Nov 11 (Reuters) - The plant will close on March 8, 2026. It opened in 2008.", dt.date(2025, 11, 11)),
        ("Madrid, 11 nov (EFE).- La obra terminará el 30 de diciembre de 2026. En 2019 se aprobó.", dt.date(2026, 11, 11)),
        # a plan for the year two after one told as past: the article stands in the year
        # between (was 2024, the year told as past); a bound ("hasta 2026") is no plan
        ("Madrid, 11 nov (EFE).- La Comisión evaluará las cuentas a principios de 2026. El último intento fracasó en marzo de 2024.", dt.date(2025, 11, 11)),
        ("LONDON, Nov 11 (Reuters) - The commission will review the accounts in early 2026. The last attempt failed in March 2024.", dt.date(2025, 11, 11)),
        ("Madrid, 11 nov (EFE).- El contrato durará hasta 2026. Firmó en 2024.", dt.date(2024, 11, 11)),
        # ... and a plan further ahead: the year after the one told as past, not that year,
        # which the plan left behind (was 2024, 2023), nor the year before a far plan (2049)
        ("CAPE CANAVERAL, Nov 11 (Reuters) - The crew will arrive in 2027. The probe launched in 2024.", dt.date(2025, 11, 11)),
        ("Madrid, 11 nov (EFE).- El proyecto comenzó en 2024. La obra terminará en 2027.", dt.date(2025, 11, 11)),
        ("Madrid, 11 nov (EFE).- En 2023 se aprobó la ley. España alcanzará la neutralidad en 2050.", dt.date(2024, 11, 11)),
        # a plan the year after the one told as past places nothing (a year told as past
        # may be the article's own)
        ("Madrid, 11 nov (EFE).- El proyecto comenzó en 2024. La obra terminará en 2025.", dt.date(2024, 11, 11)),
        # a date told as past is no plan
        ("Madrid, 11 nov (EFE).- El Prado inauguró el 8 de marzo de 2026 la muestra.", dt.date(2026, 11, 11)),
        # a count of years from a year written (was 2024, 2023, the years written)
        ("Valencia, 11 nov (EFE).- Las lluvias llegan un año después de la dana del 29 de octubre de 2024.", dt.date(2025, 11, 11)),
        ("Madrid, 11 nov (EFE).- La participación fue menor que hace dos años, en 2023.", dt.date(2025, 11, 11)),
        ("LONDON, Nov 11 (Reuters) - Turnout was higher than two years ago, in 2023.", dt.date(2025, 11, 11)),
        # the lead's "said on Tuesday" is the dateline's day: the one year near those written
        # where 11 Nov is a Tuesday (was 2026, the year written most, a plan's bound)
        ("WASHINGTON, Nov 11 (Reuters) - Talks will resume next week, a U.S. official said on Tuesday.\n\nPrices rose the most since January 2022. Nucor expects demand to remain strong through the first half of 2026.", dt.date(2025, 11, 11)),
        # (Spanish "este lunes" is no such evidence: "según anunció este lunes la ministra" is
        # often the day before the dateline's Tuesday)
        # ... none before a year told as past ("said on Monday" may be the day before: 2024,
        # where 11 Nov is a Monday, is before "collapsed in 2025")
        ("LONDON, Nov 11 (Reuters) - The bank cut rates, an official said on Monday.\n\nThe talks collapsed in 2025.", dt.date(2025, 11, 11)),
        # the lead is the dateline's paragraph, after a headline; a move's new year is ahead,
        # not told as past (was 2026, the moved launch's year)
        ("NASA delays launch to February\n\nWASHINGTON, Nov 11 (Reuters) - NASA said on Tuesday it was pushing back the launch of its mission, which will carry four astronauts, to February 2026 after tests found cracks.", dt.date(2025, 11, 11)),
        # in past narration the count is from the year written, not from the article
        ("Madrid, 11 nov (EFE).- Dos años después de la crisis de 2008, la empresa quebró.", dt.date(2008, 11, 11)),
    ],
)
def test_dateline_without_year_guesses_the_year_its_weekdays_fit_names_as_its_own_or_tells_as_past(text, expected):
    document = read(text)
    assert document.dct == expected
    assert document.dct_year_guessed


def test_a_guessed_year_is_shown_where_the_dct_is():
    import timeline
    from timeline import export

    guessed = timeline.extract("MOSCÚ, 11 nov (EFE).- El acuerdo de 2025 se firmó hoy.")
    assert "(2025-11-11; año deducido del texto" in export.render(guessed, "md").decode()
    assert "año deducido del texto" in export.render(guessed, "html").decode()
    # a written year, or --dct, is not a guess
    for document in (read("MOSCÚ, 11 nov 2025 (EFE).- Hoy."), read("MOSCÚ, 11 nov (EFE).- Hoy.", dct=dt.date(2025, 1, 2))):
        assert not document.dct_year_guessed


@pytest.mark.parametrize(
    "text",
    [
        "MOSCÚ, 11 nov (EFE).- Tokáyev llega hoy a Moscú.",
        # a bound or a plan may lie years ahead: no year of the article's own (was 2030, 2027)
        "MADRID, 11 nov (EFE).- El club renovó su contrato hasta 2030.",
        "MADRID, 11 nov (EFE).- El Gobierno fija el objetivo para 2030.",
        "CAPE CANAVERAL, Nov 11 (Reuters) - The crew will arrive in 2027, officials said.",
        "LONDON, Nov 11 (Reuters) - The plant must close by 2028.",
    ],
)
def test_dateline_without_year_and_no_year_of_its_own_asks_for_dct(text):
    with pytest.raises(DctError, match="--dct"):
        read(text)


def test_dateline_text_is_not_part_of_the_body():
    document = read("MOSCÚ, 11 nov 2025 (EFE).- Tokáyev llega hoy a Moscú.")
    assert sentences_of(document) == ["Tokáyev llega hoy a Moscú."]


def test_option_wins_over_dateline(reference_bytes):
    document = read(reference_bytes, dct=dt.date(2020, 1, 2))
    assert document.dct == dt.date(2020, 1, 2)
    assert document.dct_source == "option"


@pytest.mark.parametrize("text", [
    "11 nov - El Gobierno aprobó hoy el plan.",  # no year: any sentence may open so
    "Cronología del 11-M\n\n11 de marzo de 2004 - Atentados en Madrid.",  # a chronology's line, not the text's opening
    "2025-11-11T25:99\n\nEl Gobierno aprobó hoy el plan.",  # no clock has that time: no timestamp
])
def test_dates_before_a_dash_that_are_no_dateline(text):
    with pytest.raises(DctError, match="--dct"):
        read(text)


def test_missing_dateline_is_an_error_unless_optional():
    with pytest.raises(DctError, match="--dct"):
        read("El Gobierno aprobó hoy el plan.")
    document = read("El Gobierno aprobó hoy el plan.", dct_optional=True)
    assert document.dct is None and document.dct_source is None


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\x00\x01\x02\x03binary\x00\xff" * 20])
def test_unreadable_input(data):
    with pytest.raises(InputError):
        read(data)


@pytest.mark.parametrize("encoding, name", [("latin-1", "iso-8859-1"), ("cp1252", "windows-1252")])
def test_legacy_encodings_read_like_utf8(reference_bytes, encoding, name):
    text = reference_bytes.decode("utf-8")
    if encoding == "cp1252":
        text = text.replace('"El punto', "“El punto")  # a cp1252-only character
    original = read(text.encode("utf-8"))
    legacy = read(text.encode(encoding))
    assert legacy.encoding == name
    assert legacy.text == original.text
    assert legacy.sentences == original.sentences


def test_utf8_bom_and_crlf(reference_bytes):
    document = read(b"\xef\xbb\xbf" + reference_bytes.replace(b"\n", b"\r\n"))
    assert document.encoding == "utf-8-sig"
    assert "\r" not in document.text
    assert document.dct == dt.date(2025, 11, 11)


def test_utf16_with_bom(reference_bytes):
    document = read(reference_bytes.decode("utf-8").encode("utf-16"))
    assert document.encoding == "utf-16"
    assert document.dct == dt.date(2025, 11, 11)


def test_damaged_utf8_is_kept_and_reported():
    data = "MOSCÚ, 11 nov 2025 (EFE).- Tokáyev llegó a Moscú".encode() + b" \xff\xfe " + "y habló.".encode()
    document = read(data)
    assert "replaced" in document.encoding
    assert "\ufffd" in document.text


def test_text_in_another_encoding_is_refused():
    with pytest.raises(InputError, match="UTF-8"):
        read("Москва, 11 ноября 2025 года. Президент прибыл сегодня.".encode("koi8-r"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La cumbre EE.UU.-Asia Central terminó. El Sr. Pérez habló.", ["La cumbre EE.UU.-Asia Central terminó.", "El Sr. Pérez habló."]),
        ("Sancionada por EE.UU. y la UE. Otra frase.", ["Sancionada por EE.UU. y la UE.", "Otra frase."]),
        ("Un volumen de 30.000 millones. El núm. 5 ganó.", ["Un volumen de 30.000 millones.", "El núm. 5 ganó."]),
        ("Lo dijo J. Smith ayer. ¿Vendrá? ¡Sí!", ["Lo dijo J. Smith ayer.", "¿Vendrá?", "¡Sí!"]),
        # a capital letter and its dot before a word that opens sentences and no name end one
        ("Llegará al sistema Mac OS X. En el día de hoy, Jobs habló.", ["Llegará al sistema Mac OS X.", "En el día de hoy, Jobs habló."]),
        ("Lo firmó Juan C. Rodríguez ayer.", ["Lo firmó Juan C. Rodríguez ayer."]),
        ('Dijo: "Vendré mañana." Luego se fue.', ['Dijo: "Vendré mañana."', "Luego se fue."]),
    ],
)
def test_sentences(text, expected):
    document = read(text, dct=dt.date(2025, 1, 1))
    assert sentences_of(document) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Polls close at 8 p.m. Officials expect a high turnout.", ["Polls close at 8 p.m.", "Officials expect a high turnout."]),
        ("The talks resume at 10 a.m. Wednesday in Paris.", ["The talks resume at 10 a.m. Wednesday in Paris."]),
        ("The U.S. President spoke.", ["The U.S. President spoke."]),
        ("Russia accused the U.S. Monday of lying.", ["Russia accused the U.S. Monday of lying."]),
        ("Trading resumes at 9:30 a.m. Eastern time.", ["Trading resumes at 9:30 a.m. Eastern time."]),
        ("Polls close at 8 p.m. Eastern voters wait.", ["Polls close at 8 p.m.", "Eastern voters wait."]),
        # a federal court or service after "U.S." is its name, but another word opens a sentence
        (
            "At a hearing on Thursday, U.S. District Judge Elena Ruiz said no.",
            ["At a hearing on Thursday, U.S. District Judge Elena Ruiz said no."],
        ),
        ("The U.S. Circuit Court of Appeals ruled.", ["The U.S. Circuit Court of Appeals ruled."]),
        ("The firm moved to the U.S. Shares fell.", ["The firm moved to the U.S.", "Shares fell."]),
    ],
)
def test_english_sentences_after_final_abbreviations(text, expected):
    # after a clock's "p.m." only a day or a zone goes on; after "U.S." a title too
    document = read(text, dct=dt.date(2025, 1, 1), language="en")
    assert sentences_of(document) == expected


def test_language_detection():
    assert read("The president said on Tuesday that the talks would go on.", dct=dt.date(2025, 1, 1)).language == "en"
    assert read("El presidente dijo el martes que las conversaciones seguirán.", dct=dt.date(2025, 1, 1)).language == "es"


def test_html_input_is_reduced_to_text():
    page = "<!DOCTYPE html><html><head><title>T</title><script>x=1</script></head><body><p>11/11/2025</p><p>El Rey viajó ayer a Roma.</p></body></html>"
    document = read(page)
    assert document.dct == dt.date(2025, 11, 11)
    assert "x=1" not in document.text and "<p>" not in document.text
    assert any("HTML" in note for note in document.notes)


@pytest.mark.parametrize(
    "text",
    [
        "Se conoció el martes, 11 de noviembre de 2025.",  # a sentence, not a place and a date
        "El acuerdo, 3 de abril de 2025 (según fuentes).- No es una fecha de cabecera.",
        "Publicado en el BOE el 3 de abril de 2025 | El plan entra en vigor.",  # a label, but a sentence
    ],
)
def test_sentences_that_look_like_datelines_are_not(text):
    with pytest.raises(DctError):
        read(text)


def test_month_abbreviations_for_chronologies():
    from timeline import lang

    spanish, english = lang.load("es"), lang.load("en")
    assert [spanish.month_name(m, short=True) for m in (1, 5, 9, 11)] == ["ene", "may", "sep", "nov"]
    assert spanish.month_name(9) == "septiembre"
    assert english.month_name(5, short=True) == "May"  # English capitalises month names (calendar.toml: capitalised)


@pytest.mark.parametrize(
    "text, language, words",
    [
        ("<html><body><p>Madrid, 11 nov (EFE).- El Gobierno <b>aprobó</b> ayer el decreto.</p><p>Fin.</p></body></html>", "es", ["la entrada era HTML", "la data '11 nov' no indica el año"]),
        ("<html><body><p>MADRID, Nov 11 (Reuters) - The government <b>approved</b> the decree.</p><p>End.</p></body></html>", "en", ["the input was HTML", "the dateline 'Nov 11' gives no year"]),
    ],
)
def test_notes_are_in_the_article_language(text, language, words):
    """A Spanish article's notes are in Spanish (its JSON had "the input was HTML")."""
    document = read(text, dct=dt.date(2025, 11, 11))
    assert document.language == language
    assert len(document.notes) == len(words) and all(note.startswith(w) for note, w in zip(document.notes, words)), document.notes


def test_missing_date_error_stays_in_english():
    with pytest.raises(DctError, match="the dateline '11 nov' gives no year"):
        read("Madrid, 11 nov (EFE).- El Gobierno aprobó ayer el decreto.")


def test_dateline_year_is_the_year_of_a_yearless_dateline():
    document = read("Madrid, 11 nov (EFE).- El Gobierno aprobó hoy el decreto.", dateline_year=2025)
    assert document.dct == dt.date(2025, 11, 11) and not document.dct_year_guessed


def test_dateline_year_comes_before_a_guess_from_the_text():
    # the user knows the archive's year; the text's evidence is a guess ("en lo que va de 2024")
    text = "Madrid, 11 nov (EFE).- El paro ha bajado un 3 % en lo que va de 2024."
    assert read(text).dct == dt.date(2024, 11, 11)
    assert read(text, dateline_year=2025).dct == dt.date(2025, 11, 11)
