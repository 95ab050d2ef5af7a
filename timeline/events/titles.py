"""Titles built from an event's parts, in the article's language: kind noun or
verb, actors, object and place. Never a cut of the sentence.

- noun events: "Cumbre EE.UU.-Asia Central en Washington", "Visita de Tokáyev a
  Moscú", "Reuniones de Tokáyev y Putin con miembros de ambos gobiernos",
  "Firma de una declaración", "Rueda de prensa de Dmitri Peskov";
- verb events: the verb in the present, as headlines write it: "Tokáyev llega a
  Moscú", "Estados Unidos y Kazajistán firman un conjunto de acuerdos"; verbs the
  lexicon gives a noun for read as that noun ("Reunión de Tokáyev y Putin");
- a summit between two sides with no written name gets one: "Cumbre UE-Asia Central".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.events.lexicon import Lexicon, fold
from timeline.reading import verbs as verb_forms

if TYPE_CHECKING:
    from timeline.events.mentions import Mention, Ref

# Kinds whose title names what is done, not who does it: "Construcción de un puente".
_OBJECT_KINDS = frozenset({"construction", "acquisition", "signing", "publication", "launch", "inauguration", "presentation", "premiere", "approval", "ratification"})
_MOTION = frozenset({"arrival", "visit", "trip", "return", "deportation", "expulsion"})
_SIDES = frozenset({"country", "region", "org"})


@dataclass(frozen=True)
class Actor:
    display: str  # as listed: "Donald Trump", "Unión Europea"
    short: str  # in titles: "Trump", "UE"
    type: str  # person | country | city | region | org | group
    country: str | None
    article: str | None  # the article the text puts before it ("el Kremlin")

    @property
    def key(self) -> str:
        return fold(self.display)  # cached by fold


def _join(names: list[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " y " + names[-1]


def _of(actors: list[Actor]) -> str:
    """"de Tokáyev y Putin", "del Kremlin", "de la Unión Europea"."""
    first = actors[0]
    names = _join([a.short if a.type == "person" else a.display for a in actors])
    if first.article == "el" and len(actors) == 1:
        return "del " + names
    if first.article in ("la", "los", "las") and len(actors) == 1:
        return f"de {first.article} " + names
    return "de " + names


def _subject(actors: list[Actor]) -> str:
    names = _join([a.short if a.type == "person" else a.display for a in actors])
    first = actors[0]
    if first.article and len(actors) == 1 and first.type != "person":
        return f"{first.article.capitalize()} {names}"
    return names


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _place_phrase(place: Ref | None, kind: str) -> str:
    if place is None:
        return ""
    preposition = "a" if kind in _MOTION else "en"
    return f" {preposition} {place.text}"


def title(best: Mention, actors: list[Actor], place: Ref | None, lexicon: Lexicon, mentions: list[Mention]) -> str:
    kind = best.kind
    singular, plural = lexicon.kind_nouns.get(kind, (kind, kind))
    participant_texts = [p.text for m in mentions for p in m.participants if not p.name and p.entity is None]
    named_participants = {a.key for m in mentions for a in getattr(m, "participant_actors", ())}
    main = [a for a in actors if a.key not in named_participants] or actors
    others = [a for a in actors if a not in main]
    verb_noun = lexicon.verb_kinds.get(best.lemma, (None, None))[1] if best.source == "verb" else None

    if kind == "summit":
        name = next((m.name for m in mentions if m.name), None)
        noun = _capitalise(best.noun or singular) if best.source != "verb" else _capitalise(singular)
        if name is None:
            sides = [a for a in actors if a.type in _SIDES]
            regions = [p.entity for m in mentions for p in m.participants if p.entity is not None and p.entity.type in _SIDES]
            regions += [e for m in mentions for p in m.participants if not p.name for e in _entities_in(p.text, lexicon)]
            if sides and regions:
                name = "-".join(dict.fromkeys([sides[0].short] + [e.short or e.name for e in regions]))
        if name:
            return f"{noun} {name}{_place_phrase(place, kind)}"
        sides = [a for a in actors if a.type in _SIDES]
        return f"{noun} {_of(sides)}{_place_phrase(place, kind)}" if sides else f"{noun}{_place_phrase(place, kind)}"

    if best.source == "verb" and verb_noun is None and actors:
        verb = present(best.lemma, len(main) > 1 or (main[0].type == "group" and main[0].display.endswith("s")))
        if verb:
            parts = [_subject(main), ("se " if best.reflexive else "") + verb]
            if others:
                parts.append("con " + _join([a.short for a in others]))
            elif participant_texts:
                parts.append("con " + participant_texts[0])
            if best.obj:
                parts.append(best.obj)
            return _capitalise(" ".join(parts) + _place_phrase(place, kind))

    if best.source == "verb":
        noun = verb_noun or singular
    elif best.source == "reporting":
        noun = lexicon.reporting_noun
    else:
        noun = best.noun or singular
        if best.kind == "statement" and best.noun and fold(best.noun) in ("afirmaciones", "declaraciones"):
            noun = singular
    text = _capitalise(fold_case(noun))
    if main and not (kind in _OBJECT_KINDS and best.obj):
        text += " " + _of(main)
    if others:
        text += " con " + _join([a.short for a in others])
    elif participant_texts:
        text += " con " + participant_texts[0]
    if best.obj and kind not in ("meeting", "visit", "trip"):
        text += " de " + best.obj if not best.obj.startswith(("a ", "al ")) else " " + best.obj
    return text + _place_phrase(place, kind)


def fold_case(noun: str) -> str:
    """Lower-case a noun written capitalised at the start of a sentence."""
    return noun[:1].lower() + noun[1:] if noun[:1].isupper() and not noun.isupper() else noun


def _entities_in(text: str, lexicon: Lexicon) -> list:
    words = text.split()
    found = []
    i = 0
    while i < len(words):
        for size in range(min(4, len(words) - i), 0, -1):
            entity = lexicon.entities.get(fold(" ".join(words[i : i + size])))
            if entity is not None:
                found.append(entity)
                i += size
                break
        else:
            i += 1
    return found


def present(lemma: str, plural: bool) -> str | None:
    """Third person present of a verb: "llega", "firman", "se reúnen"."""
    return verb_forms.present_third(lemma, plural)
