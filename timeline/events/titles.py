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

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from timeline import lang
from timeline.events.lexicon import LASTING_KINDS, Lexicon, fold
from timeline.reading import verbs as verb_forms

if TYPE_CHECKING:
    from timeline.events.mentions import Mention, Ref

# Kinds whose title names what is done, not who does it: "Construcción de un puente".
_OBJECT_KINDS = frozenset({"construction", "acquisition", "signing", "publication", "launch", "inauguration", "presentation", "premiere", "approval", "ratification", "destruction"})
# the kinds of a noun whose "de" + name is what is done, not who does it ("la
# inauguración del Aeropuerto de Changi", "la investidura de Juanma Moreno")
_OF_OBJECT_KINDS = frozenset({"construction", "signing", "acquisition", "publication", "presentation", "launch", "release", "rescue", "evacuation", "inauguration", "closing", "recall"})
_MOTION = frozenset({"arrival", "visit", "trip", "return", "deportation", "expulsion", "relocation"})
_SIDES = frozenset({"country", "region", "org"})
# Kinds whose events carry a proper name a title keeps: storms are named.
_NAMED = frozenset({"storm"})


@dataclass(frozen=True)
class Actor:
    display: str  # as listed: "Donald Trump", "Unión Europea"
    short: str  # in titles: "Trump", "UE"
    type: str  # person | country | city | region | org | group
    country: str | None
    article: str | None  # the article the text puts before it ("el Kremlin")
    # the folded display: who the actor is, compared across mentions (read often)
    key: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", fold(self.display))


# The words titles are built with, per language (events.toml [titles]).
_DEFAULTS = {"contractions": {}, "articles": {}, "object_prepositions": [], "reflexive": "", "verdict_prepositions": {}}


def _words(lexicon: Lexicon | None) -> dict:
    words = lexicon.title_words if lexicon is not None else _NO_WORDS
    merged = _MERGED.get(id(words))
    if merged is None or merged[0] is not words:
        merged = _MERGED[id(words)] = (words, {**_DEFAULTS, **words})
    return merged[1]


# id of a lexicon's title words -> (those words, merged with _DEFAULTS): asked many
# times per title; the words are kept so that a reused id is never mistaken
_MERGED: dict[int, tuple[dict, dict]] = {}
_NO_WORDS: dict = {}


def _join(names: list[str], lexicon: Lexicon | None = None) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {_words(lexicon)['and']} " + names[-1]


def _article(article: str | None, lexicon: Lexicon | None) -> str | None:
    """The article as the title writes it (English: "the", where the rules saw "el")."""
    if article is None:
        return None
    return _words(lexicon)["articles"].get(article, article)


def _name(actor: Actor) -> str:
    """How a title names an actor: a person by the short form, an organisation by
    its acronym when it has one ("BCE"), anyone else as written."""
    return actor.short if actor.type in ("person", "org") else actor.display


def _of(actors: list[Actor], lexicon: Lexicon | None = None, kind: str | None = None) -> str:
    """"de Tokáyev y Putin", "del Kremlin", "de la Unión Europea", "of the Kremlin"; a
    kind whose actor does it, not undergoes it, takes its own preposition ("Investigation
    by the NHTSA")."""
    words = _words(lexicon)
    of = words.get("actor_prepositions", {}).get(kind, words["of"])
    if len(actors) > 1:  # "Talks between Ford and UAW"
        of = words.get("pair_prepositions", {}).get(kind, of)
    first = actors[0]
    names = _join([_name(a) for a in actors], lexicon)
    article = _article(first.article, lexicon)
    if article and len(actors) == 1 and lexicon is not None and first.article in lexicon.fw.definite:
        phrase = f"{of} {article}"
        return words["contractions"].get(phrase, phrase) + " " + names
    return f"{of} " + names


def _subject(actors: list[Actor], lexicon: Lexicon | None = None) -> str:
    names = _join([_name(a) for a in actors], lexicon)
    first = actors[0]
    article = _article(first.article, lexicon)
    if lexicon is not None and first.short != first.display and _plural_article(first.article, lexicon):
        article = None  # "las Naciones Unidas" shortened: "ONU", not "Las ONU"
    if article and len(actors) == 1 and first.type != "person":
        return f"{article.capitalize()} {names}"
    if len(actors) > 1 and lexicon is not None and not lexicon.definite_article and any(a.article and a.type != "person" for a in actors):
        # "El Gobierno vasco y el Gobierno catalán firman", as each is written alone
        parts = [f"{_article(a.article, lexicon)} {_name(a)}" if a.article and a.type != "person" and _name(a) == a.display else _name(a) for a in actors]
        return _capitalise(_join(parts, lexicon))
    return names


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def motion_preposition(kind: str, lexicon: Lexicon | None) -> str | None:
    """The preposition toward a motion's place in a title ("arrives in", "visit to",
    "llega a"); None for a kind that is no motion."""
    motion = _words(lexicon)["motion"]
    if isinstance(motion, dict):  # English: one per kind
        return motion.get(kind)
    return motion if kind in _MOTION else None


def _place_phrase(place: Ref | None, kind: str, lexicon: Lexicon | None = None, lemma: str | None = None) -> str:
    if place is None:
        return ""
    words = _words(lexicon)
    if lemma and lemma in words.get("place_by_verb", {}):  # "aterriza en Singapur", not "a"
        preposition = words["place_by_verb"][lemma]
    else:
        preposition = motion_preposition(kind, lexicon) or words["place"]
    seat = place.entity is not None and not place.entity.is_place or lexicon is not None and place.text.split(" ", 1)[0].lower() in lexicon.seated
    seat = seat or place.text[:1].islower()  # a place told by its common noun keeps its article too: "llega al país"
    if place.article and seat:
        # a body's seat keeps its article: "llega al Kremlin", "a la Moncloa"
        return " " + _of_text(f"{_article(place.article, lexicon)} {place.text}", lexicon, preposition)
    return f" {preposition} {place.text}"


def _lower_article(text: str, lexicon: Lexicon) -> str:
    """"El conductor" -> "el conductor" (a name keeps its capital)."""
    first = text.split(" ", 1)[0].lower()
    # ("Uno de los arrestados ya había sido condenado": a count, in lower case)
    return text[:1].lower() + text[1:] if first in lexicon.fw.article or first in lexicon.fw.quantifier or first in lexicon.determiners or first in lexicon.cardinals else text


def _pointed_back(subject_text: str | None, lexicon: Lexicon) -> str | None:
    """A subject opened by a demonstrative, with the article instead: "Aquel acuerdo" -> "el acuerdo"."""
    if not subject_text:
        return subject_text
    first, _, rest = subject_text.partition(" ")
    article = _words(lexicon).get("demonstratives", {}).get(first.lower())
    return f"{article} {rest}" if article and rest else subject_text


def _subject_phrase_of_verb(best: Mention, main: list[Actor], mentions: list[Mention]) -> str | None:
    """The subject phrase of a verb event whose actors only take part ("El consejo asesor se
    reunió con Rutte", "Las conversaciones entre el Gobierno y los sindicatos se rompieron"):
    the phrase is its subject, not the participants."""
    if main or best.source != "verb" or best.subject or not best.participants:
        return None
    return next((m.subject_text for m in mentions if m.subject_text and m.source == best.source), None)


def title(best: Mention, actors: list[Actor], place: Ref | None, lexicon: Lexicon, mentions: list[Mention]) -> str:
    kind = best.kind
    if place is not None and best.obj and fold(place.text) in fold(best.obj):
        place = None  # "Apertura del Aeropuerto de Changi": the place is already named
    if place is not None and best.source in ("verb", "reporting") and not actors and any(m.subject_text and fold(place.text) in fold(m.subject_text) for m in mentions):
        place = None  # "Residents in Kyiv flee the city", "a dealer in Ohio reported": the subject names it
    plural: str | bool  # the plural noun, then whether the subject is plural
    singular, plural = lexicon.kind_nouns.get(kind, (kind, kind))
    participant_texts = [_participant(p, lexicon) for m in mentions for p in m.participants if not p.name and p.entity is None]
    named_participants = {a.key for m in mentions for a in m.participant_actors}
    main = [a for a in actors if a.key not in named_participants]
    phrase = _subject_phrase_of_verb(best, main, mentions)
    if not main and phrase is None and (best.source == "verb" or len(actors) > 1):
        main = actors  # a verb's title needs a subject; "Meeting of Trump and Xi": both sides
    others = [a for a in actors if a not in main]  # "Talks with Wang Yi": only those taking part
    if phrase is not None:
        # "Las conversaciones entre el Gobierno y los sindicatos se rompieron": the sides
        # its subject phrase names are not written again
        written = f" {fold(phrase)} "
        others = [a for a in others if f" {fold(a.short)} " not in written]
        participant_texts = [p for p in participant_texts if f" {fold(p)} " not in written]
    # the verb's own noun names its own kind only: "reunir" read as a plain act is no "Reunión"
    verb_kind: str | None
    verb_noun: str | None
    verb_kind, verb_noun = lexicon.verb_kinds.get(best.lemma, (None, None)) if best.source == "verb" else (None, None)
    if verb_kind != kind:
        verb_noun = None

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
            if _words(lexicon).get("name_first"):  # "US-Central Asia summit in Washington"
                return f"{name} {fold_case(noun)}{_place_phrase(place, kind, lexicon)}"
            return f"{noun} {name}{_place_phrase(place, kind, lexicon)}"
        sides = [a for a in actors if a.type in _SIDES]
        return f"{noun} {_of(sides, lexicon)}{_place_phrase(place, kind, lexicon)}" if sides else f"{noun}{_place_phrase(place, kind, lexicon)}"

    subject_text = _pointed_back(next((m.subject_text for m in mentions if m.subject_text and m.source == best.source), None), lexicon)
    # "Sánchez anuncia la disolución de las Cortes": a reporting verb with what it announces
    said = best.source == "reporting" and best.obj and (actors or subject_text)
    # "The results were announced on Monday": what is made known, no speaker ("The results are announced")
    said = said or best.source == "reporting" and best.reflexive and not best.obj and not actors and subject_text
    # "está en libertad": a copula names no act, the kind's noun does ("Liberación de Gómez")
    # ("Los colegios permanecerán cerrados hasta el viernes": as the copula, "Cierre de los colegios")
    state = best.lemma in lexicon.fw.copula or best.lemma in lexicon.lasting_state_verbs and kind in lexicon.states_until.values()
    if (best.source == "verb" and verb_noun is None and not state and (actors or subject_text)) or said:
        plural = len(main) > 1 or (main[0].type == "group" and _plural_word(main[0].display.split(" ")[-1 if lexicon.names_before_nouns else 0], lexicon)) or main[0].short == main[0].display and _plural_article(main[0].article, lexicon) or _plural_name(main[0], lexicon) if main else _plural_subject(subject_text, lexicon)
        verb = present(best.lemma, plural, lexicon.language)
        obj = best.obj
        obliged = _obligation_title(best, plural, lexicon) or _plan_title(best, plural, lexicon)
        if obliged is not None:
            verb, obj = obliged
        words = _words(lexicon)
        if best.reflexive and best.agents and main and (subject_text or obj) and not best.subject and not words["reflexive"]:
            # "The deal was approved by the European Commission", "the plan, which was
            # approved by lawmakers": the agent approves it
            patient = subject_text or obj or ""
            obj, subject_text = _lower_article(patient, lexicon), None
            if obj == patient:
                obj = _name_kept_case(patient)  # "Retail sales will be released by ...": "releases retail sales"
        elif best.reflexive and not words["reflexive"]:  # "Takaichi is elected", not "elects"
            verb = verb_forms.passive_present(best.lemma, plural, lexicon.language) or verb
        if verb and best.particle:
            verb += " " + best.particle  # "is sworn in", "calls off"
        if verb:
            reflexive = words["reflexive"] + " " if best.reflexive and words["reflexive"] else ""
            # (no subject told: the actors, though each only takes part)
            parts = [_subject(main, lexicon) if main else subject_text or _subject(actors, lexicon), reflexive + verb]
            companions = _join([a.short for a in others], lexicon) if others else participant_texts[0] if participant_texts else None
            tail = [f"{words.get('recipients', {}).get(kind, words['with'])} {companions}" if companions else None, short_object(_without_plan_word(obj, lexicon), lexicon) if obj else None]
            if words.get("object_first") or _object_written_first(best):  # "Prosecutors charge the former aide with fraud"
                tail.reverse()
            parts += filter(None, tail)
            return _capitalise(" ".join(parts) + _place_phrase(place, kind, lexicon, best.lemma))

    if best.source == "verb" and kind in _NAMED:  # "Typhoon Kalmaegi", as its noun mention writes it
        noun = next((m.noun for m in mentions if m.source != "verb" and m.kind == kind and m.noun), verb_noun or singular)
    elif best.source == "verb":
        noun = verb_noun or singular
        one_noun = _words(lexicon).get("one_object_nouns", {}).get(kind)
        if one_noun and verb_noun is None and best.obj and not _plural_word(best.obj.split()[-1], lexicon):
            noun = one_noun  # "cuyo director será elegido": "Elección de director"
    elif best.source == "reporting":
        noun = lexicon.reporting_noun
    else:
        noun = best.noun or singular
        if best.kind == "statement" and best.noun and fold(best.noun) in ("afirmaciones", "declaraciones"):
            noun = singular
        if best.noun and best.noun.lower() in lexicon.titled_by_kind:
            noun = singular  # "convocados a las urnas": "Elecciones", not "Urnas"
    words = _words(lexicon)
    text = _capitalise(fold_case(noun))
    closing = _closing_noun(best, mentions, kind, lexicon)
    if closing:
        text = f"{_capitalise(closing)} {words['of']} {_name_kept_case(noun)}"  # "Cierre de campaña", "End of Berlin Film Festival"
    name = next((m.name for m in mentions if m.name), None) if kind in _NAMED else None
    if name and fold(name) not in fold(text):
        text += " " + name  # "Typhoon Kalmaegi", "Huracán Melissa"
    of_object = best.source != "verb" and _last_word_kind(best, lexicon) in _OF_OBJECT_KINDS  # "Sesión de investidura de Juanma Moreno"
    if main and not ((kind in _OBJECT_KINDS or of_object) and best.obj):
        text += " " + _of(main, lexicon, kind)
    elif subject_text and not best.obj and (modifier := _modifier_subject(subject_text, kind, lexicon)):
        text = f"{_capitalise(modifier)} {fold_case(text)}"  # "Union strike"
    elif subject_text and not best.obj:  # "Declaración de sus abogados", "Reunión del consejo asesor"
        # ("The agency opened an investigation": "Investigation by the agency", as by a name)
        text += " " + _of_text(fold_case(subject_text), lexicon, words.get("actor_prepositions", {}).get(kind))
    pair_sides = _pair_sides(mentions, others, participant_texts, kind, lexicon) if not main else []
    if pair_sides:
        text += f" {words['pair_prepositions'][kind]} " + _join(pair_sides, lexicon)  # "Talks between Boeing and machinists' union"
    elif others:
        text += f" {words['with']} " + _join([a.short for a in others], lexicon)
    elif participant_texts:
        text += f" {words.get('with_prepositions', {}).get(kind, words['with'])} " + participant_texts[0]
    if best.obj and kind == "visit" and place is None and len(best.obj.split()) <= 5 and best.obj.split(" ", 1)[0].lower() in lexicon.fw.article:
        # "Visita de Sánchez a las zonas afectadas": what is visited, when short
        return f"{text} {_of_text(best.obj, lexicon, motion_preposition(kind, lexicon) or words['place'])}"  # "al barrio inundado", not "a el"
    if best.obj and kind == "visit" and place is None and best.obj.startswith(tuple(words["object_prepositions"])):
        return f"{text} {best.obj}"  # "Visita del Betis al Rayo Vallecano"
    # "obligó a desalojar": the infinitive is the event the noun names, no object of it;
    # nor is "a disposición judicial" of "Comparecencia judicial"
    # nor is a disaster's toll ("it killed five people": no "Storm of five people"; a killing keeps it)
    if best.obj and (kind not in ("meeting", "visit", "trip") or of_object) and not best.obj_infinitive and not best.obj_in_kind and not (best.source == "verb" and best.lemma in words.get("toll_verbs", ()) and verb_kind != kind):
        obj = short_object(best.obj, lexicon)
        verdict = next((v for v in words["verdict_prepositions"] if obj.lower().startswith(v + " ")), None)
        if verdict:  # "Conviction for murder", not "of guilty of murder"
            text += f" {words['verdict_prepositions'][verdict]} {obj[len(verdict) + 1 :]}"
        elif obj.startswith(tuple(words["object_prepositions"])):
            text += " " + obj
        elif best.lemma in words.get("object_preposition", {}):  # "beat Bulgaria": "Victory over Bulgaria"
            text += f" {words['object_preposition'][best.lemma]} {obj}"
        elif kind in words.get("object_preposition", {}):  # "Attack on energy facilities"
            text += f" {words['object_preposition'][kind]} {obj}"
        else:
            text += " " + _of_text(obj, lexicon)
    return text + _place_phrase(place, kind, lexicon)


def _last_word_kind(m: Mention, lexicon: Lexicon) -> str | None:
    """The kind of the last word of a noun of several words ("sesión de investidura": an
    investiture's), whose "de" + name after is that word's ("la sesión de investidura de
    Juanma Moreno": who is invested), or None."""
    if " " not in m.lemma:
        return None
    found = lexicon.nouns.get(m.lemma.rsplit(" ", 1)[1])
    return found[0] if found is not None else None


def _object_written_first(best: Mention) -> bool:
    """Whether the text writes the verb's object before who takes part ("recibirán un
    correo con las alternativas", "firmó un acuerdo con los vecinos"): the title keeps
    that order ("acordó con Trump la creación de ..." keeps its own)."""
    first = best.participants[0].start if best.participants else None
    return best.obj is not None and best.obj_start is not None and first is not None and first > best.obj_start


# kinds not in LASTING_KINDS whose closing is an act of its own ("cerró la investigación
# en julio": the investigation ran for years, its closing was in July)
_CLOSED_KINDS = frozenset({"investigation"})


def _closing_noun(best: Mention, mentions: list[Mention], kind: str, lexicon: Lexicon) -> str | None:
    """The noun of the act that closes a lasting event, when every mention of it is its
    noun after a closing verb, dated by the verb's clause ("La candidata cerrará la
    campaña el viernes 21": the closing is that day's, not the campaign; "Cierre de
    campaña"); None otherwise ("arrancará el 26 de febrero y terminará el 12 de marzo":
    the whole campaign)."""
    words = _words(lexicon)
    closings = words.get("closing_nouns", {})
    if kind not in LASTING_KINDS and kind not in _CLOSED_KINDS or best.source == "verb":
        return None
    if any(m.source == "verb" or m.verb is None or m.verb.lemma not in closings or m.own_timexes or m.window is not None and (m.window.dated_by.startswith("own") or len(m.window.timex_ids) > 1) for m in mentions):
        return None  # ("Talks on April 14 and 15 ended without a deal": the talks, dated by their own days; "lasted 43 days and ended on Nov. 12": all of them)
    return closings[best.verb.lemma] if best.verb is not None else None


def _obligation_title(best: Mention, plural: bool, lexicon: Lexicon) -> tuple[str, str | None] | None:
    """The verb and object of a title for "tener que" + infinitive: the act done under a
    preterite ("El tribunal tuvo que suspender la vista": "El tribunal suspende la
    vista"; "Los vecinos pudieron regresar": "Los vecinos regresan"), due otherwise, told by the title words' modal ("tiene que suspender":
    "debe suspender la vista"); None for other verbs."""
    met = best.tense is verb_forms.Tense.PRETERITE and best.lemma in lexicon.obligation_met
    if best.lemma not in lexicon.obligation_by_que and not met or not best.obj_infinitive or not best.obj:
        return None
    act = best.obj  # "pudieron regresar": the infinitive right after the verb
    if best.lemma in lexicon.obligation_by_que:
        link, _, act = best.obj.partition(" ")
        if link.lower() not in lexicon.fw.complementiser or not act:
            return None
    infinitive, _, rest = act.partition(" ")
    if met:
        done = present(infinitive.lower(), plural, lexicon.language)
        return (done, rest or None) if done else None
    modal = _words(lexicon).get("obligation_verb")
    due = present(modal, plural, lexicon.language) if modal else None
    return (f"{due} {infinitive}", rest or None) if due else None


def _plan_title(best: Mention, plural: bool, lexicon: Lexicon) -> tuple[str, str | None] | None:
    """The verb and object of a title for a plan + infinitive: the act planned, in the
    present, as for any event to come, whose status says it is planned ("El Ayuntamiento
    prevé licitar las obras": "El Ayuntamiento licita las obras"; "tiene previsto pagar la
    paga extra": "paga la paga extra"); None for other verbs."""
    if not best.obj_infinitive or not best.obj:
        return None
    words = best.obj.split(" ")
    if best.lemma in lexicon.plan_holders and len(words) > 1 and verb_forms.non_finite_clause_head(words[1].lower(), lexicon.language):
        words = words[1:]  # "tiene previsto pagar": past the plan's participle
    elif best.lemma not in lexicon.planning:
        return None
    act = present(words[0].lower(), plural, lexicon.language) if words else None
    return (act, " ".join(words[1:]) or None) if act else None


def _participant(ref: Ref, lexicon: Lexicon) -> str:
    """A participant as the title writes it: a role keeps the article its language
    needs ("con el primer ministro"), as participant_articles lists."""
    if ref.role and ref.article in _words(lexicon).get("participant_articles", ()):
        return f"{ref.article} {ref.text}"
    return ref.text


def _pair_sides(mentions: list[Mention], others: list[Actor], participant_texts: list[str], kind: str, lexicon: Lexicon) -> list[str]:
    """The two sides of a kind told between them ("Talks between Boeing and the
    machinists' union", "between the airline and the pilots' union"), named or not, when a
    side has no name; none otherwise (two names are the title's actors already)."""
    if not participant_texts or kind not in _words(lexicon).get("pair_prepositions", {}):
        return []
    sides = [a.short for a in others] + participant_texts
    if len(sides) < 2 or not any(f" {w} " in f" {m.phrase.lower()} " for m in mentions if m.phrase for w in lexicon.fw.between):
        return []
    return sides


def _modifier_subject(phrase: str, kind: str, lexicon: Lexicon) -> str | None:
    """A short common noun subject of an event its actor carries out, written before the
    noun as an analyst does: "The union went on strike" -> "Union strike", "Nurses staged
    a walkout" -> "Nurses walkout" (the kinds of [titles] modifier_subject_kinds); None
    for a longer phrase ("Strike by the pilots of the regional airline")."""
    if kind not in _words(lexicon).get("modifier_subject_kinds", ()):
        return None
    words = phrase.split(" ")
    if words and words[0].lower() in lexicon.fw.np_articles:
        words = words[1:]
    if not words or len(words) > 2 or any(not w.replace("'", "").replace("-", "").isalpha() or w.lower() in lexicon.prepositions for w in words):
        return None
    if words[0].lower() in lexicon.cardinals or words[0].lower() in lexicon.fw.both:
        return None  # "The two sides held talks": "Talks of the two sides", no "Two sides talks"
    return fold_case(" ".join(words))


def _of_text(phrase: str, lexicon: Lexicon | None, preposition: str | None = None) -> str:
    """"de" (or another preposition) + a phrase, contracted with its article: "del
    consejo asesor", "al Kremlin"."""
    words = _words(lexicon)
    preposition = preposition or words["of"]
    first, _, rest = phrase.partition(" ")
    joined = f"{preposition} {first}"
    if rest and joined.lower() in words["contractions"]:
        return words["contractions"][joined.lower()] + " " + rest
    return f"{preposition} {phrase}"


def _head(phrase: str | None, lexicon: Lexicon) -> str:
    """The head noun of a subject phrase: last in English ("Wall Street stocks") or
    before its complement ("Shares of Tesla", "Residents in Kyiv", "services between
    Tokyo and Aomori"), after the article or count in Spanish
    ("las bolsas europeas", "Tres de los principales índices", "los 65 diputados"),
    first when there is none ("Decenas de vecinos")."""
    words = (phrase or "").split(" ")
    fw = lexicon.fw
    if lexicon.names_before_nouns:
        # "The deadline for applications": the head comes before any preposition
        return next((words[k - 1] for k in range(1, len(words)) if words[k].lower() in fw.of_any or words[k].lower() in fw.in_ or words[k].lower() in fw.between or words[k].lower() in lexicon.prepositions), words[-1])
    k = 0  # past determiners and counts: "las bolsas", "Tres de los principales índices"
    while k < len(words) - 1 and (words[k].lower() in fw.article or words[k].lower() in lexicon.determiners or words[k].lower() in fw.quantifier or words[k].lower() in fw.of_any or words[k].lower() in fw.contraction or words[k][:1].isdigit()):
        k += 1
    return words[k]


def _plural_subject(phrase: str | None, lexicon: Lexicon) -> bool:
    """A subject phrase whose head is plural, or coordinated right after its head
    ("Inflación y paro bajaron": two things make a plural subject), or opened by a plural
    article."""
    head = _head(phrase, lexicon)
    words = (phrase or "").lower().split(" ")
    following = words.index(head.lower()) + 1 if head.lower() in words else len(words)
    # ("Los cerca de 1.200 vecinos regresaron": a plural article, whatever the head read)
    return _plural_word(head, lexicon) or following < len(words) - 1 and words[following] in lexicon.fw.coordinator or _plural_article(words[0], lexicon)


def _plural_article(article: str | None, lexicon: Lexicon) -> bool:
    """"los Veintisiete", "las Naciones Unidas": a name the text makes plural."""
    articles: Sequence[str] = lexicon.genders.get("articles", ()) if lexicon.genders else ()
    return article is not None and len(articles) == 4 and fold(article) in (articles[2], articles[3])


def _plural_name(actor: Actor, lexicon: Lexicon) -> bool:
    """"the Los Angeles Lakers": a name the text gives "the", ending on a plural word, that
    the entity data does not know (a team's name; "the United Nations" is one body,
    "the United States" one country, "The New York Times" one paper: "times" is singular)."""
    if not lexicon.names_before_nouns or actor.article is None or fold(actor.article) not in lexicon.fw.definite or fold(actor.display) in lexicon.entities or actor.short != actor.display:
        return False  # ("the UAW": written as an abbreviation, one union)
    words = actor.display.split(" ")
    # the word before "of" is the head ("the House of Lords" sits, one body)
    last = next((words[k - 1] for k in range(1, len(words)) if words[k] in lexicon.fw.of_any), words[-1])
    return last[:1].isupper() and _plural_word(last, lexicon)


def _plural_word(word: str, lexicon: Lexicon) -> bool:
    return lang.load(lexicon.language).plural_noun(word)


def _without_plan_word(obj: str, lexicon: Lexicon) -> str:
    """An object without the plan's participle its date was cut from ("cancelled the rally
    planned for Saturday": "cancels the rally", not "the rally planned")."""
    head, _, last = obj.rpartition(" ")
    return head if head and last.lower() in lexicon.plan_words_after_noun else obj


def short_object(obj: str, lexicon: Lexicon) -> str:
    """A long object cut at a natural boundary: each conjunct ends with the noun
    of its first complement ("la convocatoria de elecciones generales anticipadas"
    -> "la convocatoria de elecciones")."""
    words = obj.split()
    if len(words) <= 8:
        return obj
    fw = lexicon.fw
    parts: list[list[str]] = []
    current: list[str] = []
    for word in words:
        if word.lower() in fw.and_ and current:
            parts.append(current)
            current = []
            continue
        current.append(word)
    parts.append(current)
    cut = []
    for part in parts:
        for i, word in enumerate(part):
            if word.lower() in fw.of_any:
                k = i + 1
                # past its articles, possessives and codes: "version of its 777 airliner"
                while k < len(part) - 1 and (part[k].lower() in fw.article or part[k].lower() in fw.possessive or part[k][:1].isdigit()):
                    k += 1
                if k < len(part) - 1 and part[k].lower() in lexicon.complement_adjectives:
                    k += 1  # "de largo alcance": the adjective's noun
                part = part[: k + 1]
                break
        cut.append(" ".join(part))
    return f" {_words(lexicon)['and']} ".join(cut)


def fold_case(noun: str) -> str:
    """Lower-case a noun written capitalised at the start of a sentence."""
    return noun[:1].lower() + noun[1:] if noun[:1].isupper() and not noun.isupper() else noun


def _name_kept_case(noun: str) -> str:
    """A noun lower-cased as `fold_case` does, but a name of several capitalised words
    as written ("End of Berlin Film Festival", not "berlin")."""
    words = noun.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words[:2]):
        return noun
    return fold_case(noun)


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


def present(lemma: str, plural: bool, language: str = "es") -> str | None:
    """Third person present of a verb: "llega", "firman", "se reúnen", "arrives"."""
    return verb_forms.present_third(lemma, plural, language)
