"""TimeML export: well-formed XML, inline TIMEX3 at the right offsets, DCT as t0."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import timeline
from timeline.export import render


def _timeml(text: str, dct: str = "2025-11-11") -> tuple[str, timeline.models.Timeline]:
    result = timeline.extract(text, dct=dct, lang="es")
    return render(result, "timeml").decode("utf-8"), result


def test_reference_article_timeml_is_well_formed(reference_timeline):
    xml = render(reference_timeline, "timeml").decode("utf-8")
    root = ET.fromstring(xml)
    assert root.tag == "TimeML"
    dct = root.find("DCT/TIMEX3")
    assert dct.get("tid") == "t0" and dct.get("functionInDocument") == "CREATION_TIME" and dct.get("value") == "2025-11-11"
    body = root.find("TEXT").findall("TIMEX3")
    assert [t.get("tid") for t in body] == [t.id for t in reference_timeline.timexes[1:]]
    assert [t.text for t in body] == [t.text for t in reference_timeline.timexes[1:]]
    week = body[1]
    assert (week.get("type"), week.get("value"), week.get("mod")) == ("DURATION", "P1W", "LESS_THAN")
    assert body[0].get("anchorTimeID") == "t0" and body[0].get("temporalFunction") == "true"


def test_text_without_tags_is_the_document_text_so_offsets_hold(reference_timeline):
    xml = render(reference_timeline, "timeml").decode("utf-8")
    root = ET.fromstring(xml)
    plain = "".join(root.find("TEXT").itertext())
    assert plain == reference_timeline.document.text
    # offsets: each TIMEX3 starts where the timex starts in the plain text
    position = 0
    text_element = root.find("TEXT")
    position = len(text_element.text or "")
    for element, timex in zip(text_element.findall("TIMEX3"), reference_timeline.timexes[1:]):
        assert position == timex.start
        position += len(element.text or "") + len(element.tail or "")


def test_special_characters_are_escaped():
    xml, result = _timeml('Madrid, 11 nov (EFE).- "A&B" <dijo> que hoy llega & mañana se va.')
    root = ET.fromstring(xml)
    assert "".join(root.find("TEXT").itertext()) == result.document.text
    assert "&amp;" in xml and "&lt;dijo&gt;" in xml
    assert [t.text for t in root.find("TEXT").findall("TIMEX3")] == ["hoy", "mañana"]


def test_sets_carry_quant_and_freq():
    xml, _ = _timeml("Madrid, 11 nov (EFE).- Se reúnen cada año y entrenan dos veces por semana.")
    timexes = ET.fromstring(xml).find("TEXT").findall("TIMEX3")
    assert timexes[0].get("quant") == "EVERY" and timexes[0].get("type") == "SET"
    assert timexes[1].get("freq") == "2X"


def test_timeml_is_deterministic(reference_timeline):
    assert render(reference_timeline, "timeml") == render(reference_timeline, "timeml")
    xml = render(reference_timeline, "timeml").decode("utf-8")
    assert re.search(r"<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-11-11\"", xml)
