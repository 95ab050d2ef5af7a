"""The tagger beyond the table-driven corpus: the reference article exactly, ids,
anchors, relations, sets' quant/freq, articles without a DCT, and linear time on
adversarial input."""

from __future__ import annotations

import datetime as dt
import pathlib
import time

import pytest

from timeline import reading, temporal
from timeline.temporal import grammar
from test_properties import TIMEX3_VALUE


def tag(text: str, dct: str | None = "2025-11-11", **kwargs):
    document = reading.read(
        text, dct=dt.date.fromisoformat(dct) if dct else None, language="es", dct_optional=dct is None, **kwargs
    )
    return document, temporal.tag(document)


REFERENCE_EXPECTED = [
    ("hoy", "DATE", "2025-11-11", None),
    ("menos de una semana", "DURATION", "P1W", "LESS_THAN"),
    ("hoy", "DATE", "2025-11-11", None),
    ("esta tarde", "TIME", "2025-11-11TAF", None),
    ("el miércoles", "DATE", "2025-11-12", None),
    ("diaria", "SET", "P1D", None),
    ("las últimas semanas", "DURATION", "PXW", None),
    ("abril pasado", "DATE", "2025-04", None),
]


def test_reference_article_exactly(reference_timeline):
    timexes = reference_timeline.timexes
    assert timexes[0].id == "t0" and timexes[0].function == "CREATION_TIME" and timexes[0].value == "2025-11-11"
    body = [(t.text, str(t.type), t.value, t.mod and str(t.mod)) for t in timexes[1:]]
    assert body == REFERENCE_EXPECTED
    assert [t.id for t in timexes] == [f"t{i}" for i in range(len(timexes))]
    text = reference_timeline.document.text
    for timex in timexes[1:]:
        assert text[timex.start : timex.end] == timex.text
        sentence = reference_timeline.document.sentences[timex.sentence]
        assert sentence.start <= timex.start and timex.end <= sentence.end


def test_reference_article_tags_no_amount_code_or_percentage(reference_timeline):
    tagged = " | ".join(t.text for t in reference_timeline.timexes)
    for text in ("30.000", "4.000", "410.000", "17.000", "787-9", "70 %", "30 %", "15 aviones", "cinco repúblicas", "diario"):
        assert text not in tagged


def test_reference_relation_to_the_summit(reference_timeline):
    week = next(t for t in reference_timeline.timexes if t.text == "menos de una semana")
    relation = week.relation
    assert relation is not None and relation.direction == "after" and relation.signal == "después de"
    assert relation.anchor.text.startswith("participar en Washington en la cumbre EE.UU.-Asia Central")
    text = reference_timeline.document.text
    assert text[relation.anchor.start : relation.anchor.end] == relation.anchor.text


def test_reference_anchors_and_rules(reference_timeline):
    by_text = {t.text: t for t in reference_timeline.timexes}
    assert by_text["el miércoles"].anchor == "t0"
    assert "future" in by_text["el miércoles"].rule
    assert by_text["abril pasado"].interval.grain == "month"
    assert by_text["esta tarde"].anchor == "t0"


def test_narrative_anchor_is_the_earlier_timex():
    _, timexes = tag("El 5 de marzo de 2020 llegó a Madrid. Al día siguiente se reunió con el Rey.")
    assert timexes[1].anchor is None  # absolute
    assert timexes[2].anchor == "t1"
    assert timexes[2].value == "2020-03-06"


def test_deictic_anchor_is_the_dct():
    _, timexes = tag("El 5 de marzo de 2020 llegó a Madrid. Ayer volvió.")
    assert timexes[2].anchor == "t0" and timexes[2].value == "2025-11-10"


@pytest.mark.parametrize(
    "language,text,value,quant,freq",
    [
        ("es", "Se celebra cada año.", "P1Y", "EVERY", None),
        ("es", "Entrena dos veces por semana.", "P1W", None, "2X"),
        ("es", "Abre todos los lunes.", "XXXX-WXX-1", "EVERY", None),
        ("es", "Lo dijo en su rueda de prensa diaria.", "P1D", None, None),
        ("es", "Se reúne el primer lunes de cada mes.", "XXXX-XX-WXX-1", "EVERY", "1X"),
        ("es", "Se reúne cada dos lunes.", "XXXX-WXX-1", "EVERY OTHER", None),
        ("en", "It meets every other Monday.", "XXXX-WXX-1", "EVERY OTHER", None),
        ("en", "It meets the last Friday of each month.", "XXXX-XX-WXX-5", "EVERY", "1X"),
    ],
)
def test_sets_quant_and_freq(language, text, value, quant, freq):
    document = reading.read(text, dct=dt.date(2025, 11, 11), language=language)
    timexes = temporal.tag(document)
    (timex,) = timexes[1:]
    assert (str(timex.type), timex.value, timex.quant, timex.freq) == ("SET", value, quant, freq)


def test_intervals_carry_the_grain():
    _, timexes = tag("La semana pasada, el 3 de abril de 2024 y a las 15.00 horas.")
    grains = [t.interval.grain for t in timexes[1:]]
    assert grains == ["week", "day", "minute"]
    assert timexes[1].interval.earliest == dt.date(2025, 11, 3)
    assert timexes[1].interval.latest == dt.date(2025, 11, 9)


def test_without_a_dct_relative_values_stay_open():
    document, timexes = tag("Hoy llega a Moscú. El miércoles se reunirán. En abril hubo una cumbre. El 3 de mayo de 2020 nevó.", dct=None)
    assert document.dct is None
    assert timexes[0].value == "XXXX-XX-XX"
    values = [t.value for t in timexes[1:]]
    assert values == ["XXXX-XX-XX", "XXXX-WXX-3", "XXXX-04", "2020-05-03"]


def test_tagging_is_deterministic():
    text = open(__file__.replace("test_temporal.py", "../seeds/000_ad79f3d90c75c4c0.txt"), encoding="utf-8").read()
    first = [t.model_dump_json() for t in tag(text, dct=None)[1]]
    second = [t.model_dump_json() for t in tag(text, dct=None)[1]]
    assert first == second


def _tag_time(text: str) -> tuple[float, int]:
    document = reading.read("Madrid, 11 nov (EFE).- " + text, dct=dt.date(2025, 11, 11), language="es")
    start = time.perf_counter()
    timexes = temporal.tag(document)
    return time.perf_counter() - start, len(timexes)


@pytest.mark.parametrize("filler", ["de ", "de", "1.", "1", "9.9.", ". ", "-1", "diez y ", "el 11 de ", "hace dos "])
def test_adversarial_megabyte_is_fast(filler):
    """1 MB of what a backtracking pattern would choke on: no pattern may
    backtrack over it; time grows linearly (the bound is generous)."""
    elapsed, _ = _tag_time(filler * (1_000_000 // len(filler)))
    assert elapsed < 6.0, f"{filler!r}: {elapsed:.1f} s"


@pytest.mark.parametrize("filler", ["lunes ", "a las 15.00 ", "1 de mayo de "])
def test_time_is_linear_when_every_token_is_a_timex(filler):
    small, count_small = _tag_time(filler * (20_000 // len(filler)))
    large, count_large = _tag_time(filler * (80_000 // len(filler)))
    assert count_large > 3 * count_small
    assert large < 8 * small + 0.5, f"{filler!r}: {small:.2f} s -> {large:.2f} s for 4x the text"


def test_eve_of_an_event_keeps_the_event_for_the_events_stage():
    _, timexes = tag("La víspera de la cumbre, los ministros se reunieron en Roma.")
    eve = timexes[1]
    assert (eve.text, eve.value) == ("La víspera", "XXXX-XX-XX")
    assert eve.relation.direction == "before" and eve.relation.anchor.text == "la cumbre"


def test_durations_measured_from_a_clause():
    _, timexes = tag("El paso de GM llega un día después de que Chrysler publicara una lista de concesionarios.")
    day = timexes[1]
    assert (day.text, day.value, day.relation.signal) == ("un día", "P1D", "después de que")
    assert day.relation.anchor.text == "Chrysler publicara una lista de concesionarios"


def test_event_phrase_ends_are_found_again_wherever_the_words_are():
    """tense.phrase_end remembers the end it found for a stretch of words: the same
    words elsewhere end at the same place after their own start; a limit at or before
    the start is the end, whatever the limit."""
    from timeline.temporal import tense

    text = "la cumbre de Roma, y luego la cumbre de Roma, y"
    second = text.index("la cumbre", 1)
    assert tense.phrase_end(text, 0, len(text)) == len("la cumbre de Roma")
    assert tense.phrase_end(text, second, len(text)) == second + len("la cumbre de Roma")
    assert tense.phrase_end(text, 0, 9) == 9 and tense.phrase_end(text, 0, 10) == 9
    assert [tense.phrase_end(text, 10, limit) for limit in (10, 5, 8)] == [10, 5, 8]


def test_text_as_written_has_the_classes_of_its_lower_case():
    """The tokenizer splits text as written (grammar._AS_WRITTEN) where every letter
    lowers to one letter: each character must then fall in the classes its lower
    case falls in, or the tokens would not be those of the lower case."""
    import re
    import sys

    def classes(char: str, pattern) -> tuple[bool, ...]:
        # every class the tokenizer tells characters apart by
        return tuple(bool(re.fullmatch(p, char)) for p in (r"\s", r"\d", r"\w", r"_", r"[ºª°]", r"[^\W\d_]", r"[^\w\s]", pattern))

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if lower == char or len(lower) != 1 or char == "Σ":
            continue
        assert classes(char, r"[.,:/hH-]") == classes(lower, r"[.,:/h-]"), f"U+{code:04X} {char!r}"


@pytest.mark.parametrize("language", ["es", "en"])
def test_tokens_as_written_are_those_of_the_lower_case(language):
    """The fast tokenizer (text as written, a stretch at a time) and the slow one
    (lower case, token by token) agree, phrases, glued suffixes and numbers included."""
    seeds = sorted(pathlib.Path(__file__).parent.parent.joinpath("seeds").glob("*.txt"))
    texts = [path.read_text("utf-8") for path in seeds[:5]] + [
        "A las 15H30 del 21st de Mayo, el 2008-2009 y 1990s: 9/11, 1.234,5 y 12345678901234567890123456 PM.",
        "Hace dos años y medio, the day after tomorrow, fin de semana, a.m. p. m. 3 p.m. 10-11 3º 4ª",
        "Straße, ǅemal, ÁNGEL, 5 de abril de 2025 — next Monday's “fin de año”",
        "İSTANBUL, ΟΔΟΣ ΑΣ'Α",
    ]
    lex = grammar.lexicon(language)
    for text in texts:
        fast = grammar.Tokens(text)
        grammar.tokenize_spans(text, lex, [(0, len(text))], fast)
        slow = grammar.Tokens(text)
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(c.lower()[0] for c in text)
        grammar._tokenize_slowly(text, lowered, 0, lex, slow)
        for field in ("starts", "ends", "lows", "classes", "infos", "lengths"):
            assert getattr(fast, field) == getattr(slow, field), (field, text[:40])


@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.date(1, 1, 7), dt.date(9999, 12, 26), dt.date(9999, 12, 31)])
@pytest.mark.parametrize(
    "text, language",
    [
        ("«Mañana firmaremos», dijo el domingo. «Ayer perdimos», dijo el lunes.", "es"),
        ("El toque de queda regirá de 22.00 a 6.00 horas.", "es"),
        ("The quake struck at 3 a.m. local time (1900 GMT), then at 10:30 p.m. local time (0230 GMT).", "en"),
        ("The deal will close a week from Tuesday, the day after Christmas.", "en"),
        ("Another curfew will run from 10 p.m. to 6 a.m. on Saturday.", "en"),
        ("Los resultados del próximo ejercicio y del ejercicio pasado.", "es"),
        ("Viajó el lunes, el martes y el miércoles pasado; viajará del lunes al jueves.", "es"),
    ],
)
def test_day_shifts_at_the_calendar_ends_leave_the_expression_unresolved(text, language, dct):
    """A shift by a day or a week past year 1 or 9999 (overnight ranges, another zone's
    clock, quoted "mañana", "a week from", a run of weekdays) keeps the expression,
    unresolved, no crash."""
    from timeline.pipeline import extract

    found = extract(text, dct=dct, lang=language)
    assert all(TIMEX3_VALUE.fullmatch(t.value) for t in found.timexes if t.value)
