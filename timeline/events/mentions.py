"""Event mentions in one sentence: triggers (event verbs, event nouns, light verb +
noun, reporting verbs) with their arguments as written. Resolution of actors,
dating and merging happen later, over the whole document."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple, cast

from timeline.events.lexicon import LASTING_KINDS, Entity, Lexicon, fold
from timeline.events.sentence import Segment, Sentence, capitalised_inside, implied_complementiser
from timeline.events.titles import _OF_OBJECT_KINDS, _head, _last_word_kind, _lower_article, _plural_word, _words, motion_preposition
from timeline.models import Timex, TimexType
from timeline.reading.verbs import Tense, Verb, infinitive_after_mark, is_passive, may_be_participle, non_finite_clause_head, passive_present, shares_passive
from timeline.reading.verbs import verbs as read_verbs

if TYPE_CHECKING:
    from timeline.events.dating import Window
    from timeline.events.titles import Actor

# Kinds whose "de X" names a party rather than a place: "la cumbre de Asia Central".
_SOCIAL = frozenset({"summit", "conference", "meeting", "visit", "trip", "talks", "agreement", "signing", "statement"})
# kinds whose subject may follow the verb ("murió el presidente", "llegaron 200 migrantes")
_SUBJECT_AFTER = frozenset({"arrival", "death", "return", "resignation"})


@dataclass
class Ref:
    """Someone or something named in the text, as written; resolved later."""

    text: str
    entity: Entity | None = None
    name: bool = False  # a proper name
    role: str | None = None  # the role noun of a role phrase ("líderes")
    countries: tuple[str, ...] = ()  # countries a role phrase points at
    article: str | None = None  # the article written before it ("el", "la")
    pronoun: str | None = None  # "su" / "mi": a possessive to resolve
    start: int = 0


@dataclass(slots=True)  # built by the dozen per article: slots make that and every read cheaper
class Mention:
    sentence: int
    paragraph: int
    start: int  # trigger offsets
    end: int
    kind: str
    source: str  # verb | noun | light | reporting
    lemma: str
    noun: str | None = None  # the noun as written, for titles
    plural: bool = False
    verb: Verb | None = None  # the trigger verb, or the light verb of a noun
    tense: Tense | None = None
    reflexive: bool = False
    passive: bool = False  # "fue detenido": the participle's event, done to the subject
    segment: int = 0
    subject: list[Ref] = field(default_factory=list)
    participants: list[Ref] = field(default_factory=list)
    agents: list[Ref] = field(default_factory=list)
    place: Ref | None = None
    name: str | None = None  # a name complement: "EE.UU.-Asia Central"
    obj: str | None = None  # what is signed, built, agreed: "una declaración"
    particle: str | None = None  # the adverb that completes the verb: "sworn in"
    obj_start: int | None = None
    own_timexes: list[Timex] = field(default_factory=list)
    clause_dated: bool = True  # takes the date of its clause
    signal: tuple[str, str] | None = None  # (relation, signal words) before a noun: ("during", "durante")
    anaphoric: bool = False  # "la visita": refers back to an event already named
    introduced: bool = False  # the definite object of a verb like "presidir": an event of its own, kept undated
    obj_infinitive: bool = False  # the object opens with the infinitive that is the event ("a desalojar a 300 vecinos")
    obj_infinitive_start: int | None = None  # "ordered troops to leave Syria on Monday": a date after "to" is the infinitive's
    obj_in_kind: bool = False  # the object is the fixed predicate the kind was read from ("pasa a disposición judicial": a hearing)
    specific: bool = False  # has a complement that identifies it
    also: bool = False  # "también"
    daily: Timex | None = None  # a daily SET attached to it
    hypothetical: bool = False
    possible: bool = False  # threatened ("amenaza con una huelga el lunes"): may not take place
    in_quote: bool = False
    np_end: int = 0  # offset where the noun phrase ends
    claims_until: int = 0  # "before joining the bank in 2019": the offset up to which the dates are this act's alone
    light_start: int | None = None
    clause_tense: Tense | None = None  # the tense of the clause a noun sits in
    verb_subject: list[Ref] = field(default_factory=list)  # the light verb's subject
    topic: bool = False  # what a verb talks about ("se abordará la construcción"): not dated by it
    generic: bool = False  # a clause event the lexicon has no word for: an event only when dated
    subject_text: str | None = None  # a common noun phrase subject, for titles ("La próxima edición del torneo")
    occasion: bool = False  # a statement noun naming an occasion ("rueda de prensa")
    own_subject: bool = False  # the noun is its light verb's subject ("la campaña arrancará"): no other actor
    subject_carried: bool = False  # no subject written: the one named last in the paragraph ("Luego viajó a Londres")
    several: bool = False  # a plural event noun after a count ("tres derrotas", "several strikes"): a series, not one event
    time_allowed: Timex | None = None  # the length given to do it, from the DCT ("tiene diez días para ingresar en prisión")
    held_for: bool = False  # a crime someone is held or sought for ("a man wanted for murder"): no date of the clause's
    deadline_end: Timex | None = None  # the day a deadline given by a verb runs to ("tienen hasta el 15 de diciembre para presentar")
    due_from: int | None = None  # an ordered act's deadline is written after this offset ("to pay a fine by Friday and to close the plant by March 1")
    noun_subject: bool = False  # its subject opens on an event noun ("Talks resumed on Monday"): the noun tells it, no actor carried
    # what the events stage (events/__init__.py) learns of the mention as it dates and resolves it
    phrase: str | None = field(default=None, compare=False, repr=False)  # the noun phrase as written
    window: Window | None = field(default=None, compare=False, repr=False)  # its dates
    in_anchor: bool = field(default=False, compare=False, repr=False)  # inside a relation's anchor
    related: bool = field(default=False, compare=False, repr=False)  # placed by a relation to another event
    corefers: Mention | None = field(default=None, compare=False, repr=False)  # the earlier mention it names again
    actors: Sequence[Actor] = field(default=(), compare=False, repr=False)
    participant_actors: Sequence[Actor] = field(default=(), compare=False, repr=False)

    @property
    def position(self) -> int:
        return self.start


def _is_role(s: Sentence, t: int, lexicon: Lexicon) -> int:
    """Number of tokens of a role noun starting at t ("primer ministro": 2), or 0."""
    if t >= len(s.low) or s.low[t] not in lexicon.role_first_words:
        return 0
    if s.low[t] in lexicon.adjective_roles and _describes_noun(s, t, lexicon):
        return 0
    for size in range(min(lexicon.role_max_words, len(s.low) - t), 0, -1):
        if " ".join(s.low[t : t + size]) in lexicon.roles:
            return size
    return 0


def _role_around(s: Sentence, back: int, size: int, lexicon: Lexicon) -> tuple[int, int]:
    """A role found walking back, widened to the longer role that ends with it
    ("ministro" -> "primer ministro"): (first token, size)."""
    for first in range(back - 1, max(-1, back - lexicon.role_max_words), -1):
        wider = _is_role(s, first, lexicon)
        if wider >= back - first + max(size, 1):
            return first, wider
    return back, size


def _describes_noun(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the word at t stands where an adjective of the noun beside it would
    ("el marco fiscal", "los países miembros"; "general election", "member states"):
    right after (Spanish) or before (English) a lowercase word that is no function word or verb."""
    k = t + 1 if lexicon.names_before_nouns else t - 1
    if not 0 <= k < len(s.words):
        return False
    word = s.words[k]
    return word.isalpha() and word.islower() and s.low[k] not in lexicon.function_words and k not in s.verb_token


def _measured_object(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the object from token t is a measure ("won more", "beat analysts'
    forecasts"): its first word, or a word of its phrase before a preposition."""
    for k in range(t, min(len(s.low), t + 4)):
        if s.low[k] in lexicon.measured:
            return True
        if k > t and (s.low[k] in lexicon.prepositions or not s.words[k][:1].isalnum() and s.words[k] not in ("'", "’")):
            return False
        if k in s.timex_tokens:
            return False
    return False


def _starts_or_ends_on_date(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Does a verb that opens or closes an event follow at token t (after "se"), with a date
    right after it and nothing more before the clause ends ("El partido comenzó a las 21.00",
    "La exposición comenzó el pasado 3 de noviembre"; not "El partido comenzó el lunes su
    congreso": a party, with an object)?"""
    n = len(s.low)
    relative = t < n and s.low[t] in lexicon.fw.relative
    if relative:
        t += 1  # "a campaign that officially began on Oct. 18 and will end": its own clause
        if t + 1 < n and t not in s.verb_token and t + 1 in s.verb_at and s.words[t].isalpha() and s.words[t].islower():
            t += 1  # past an adverb ("officially")
    if t < n and s.low[t] in lexicon.fw.reflexive:
        t += 1
    verb = s.verb_at.get(t)
    if verb is None or verb.lemma not in lexicon.opening and verb.lemma not in lexicon.closing:
        return False
    k = t + 1
    while k < n and s.verb_token.get(k) == t:
        k += 1
    if k < n and k not in s.timex_tokens and _date_preposition(s, k, lexicon, durations=False):
        k += 1
    if k >= n or k not in s.timex_tokens:
        return False
    while k < n and k in s.timex_tokens:
        k += 1
    return relative or k >= n or s.words[k] in (".", ",", ";") or s.low[k] in lexicon.fw.np_stop


def _money_figure(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the figure at t is an amount of money ("142 millones de euros", "5 millones
    de dólares", "30 millones €"): a currency word or sign within its next few words."""
    for k in range(t, min(len(s.low), t + 5)):
        if s.low[k] in lexicon.money_words:
            return True
        if k > t and not (s.words[k][:1].isdigit() or s.low[k] in lexicon.fw.of_any or s.low[k] in lexicon.measured_amounts):
            return False
    return False


def _date_preposition(s: Sentence, t: int, lexicon: Lexicon, durations: bool = True) -> bool:
    """Is token t a preposition right before a date ("en octubre", "on Monday") or, with
    `durations`, before a length of time ("durante tres meses")?"""
    return s.low[t] in lexicon.prepositions and t + 1 in s.timex_tokens and (durations or t + 1 not in s.duration_tokens)


def _skip_determiners(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> int:
    fw = lexicon.fw
    while t < limit and (
        s.low[t] in lexicon.determiners or s.low[t] in fw.definite or s.low[t] in fw.neuter or s.low[t] in fw.quantifier or s.words[t][:1].isdigit()
        or _approximate_figure(s, t, limit, lexicon)  # "about 120,000 vehicles"
    ):
        if t in s.timex_tokens and t not in s.duration_tokens and not s.words[t][:1].isdigit():
            break  # "a reunirse el 18 de diciembre": a date's article (but "the 1991 agreement")
        if s.low[t] in lexicon.role_first_words and _is_role(s, t, lexicon) > 1:
            break  # "el primer ministro": the ordinal opens the role
        t += 1
    if t + 2 < limit and s.low[t] in lexicon.honorifics and s.words[t + 1] == "." and t + 2 in s.chunk_at:
        t += 2  # "met Mr. Blair": the name after the title's dot
    return t


def _article_before(s: Sentence, t: int, lexicon: Lexicon) -> str | None:
    """The definite article written before token t (the one a contraction holds)."""
    if t > 1 and s.low[t - 1] in lexicon.fw.skip_adverb and s.low[t - 2] in lexicon.fw.definite:
        t -= 1  # "el entonces alcalde", "el hoy ministro": the article past the adverb
    if t > 0:
        word = s.low[t - 1]
        if word in lexicon.fw.definite:
            return word
        if word in lexicon.fw.contraction:
            return lexicon.fw.contractions.get(word) or None
    return None


def _chunk_refs(s: Sentence, c: int, lexicon: Lexicon) -> list[Ref]:
    chunk = s.chunks[c]
    article = _article_before(s, chunk.t0, lexicon)
    if len(chunk.parts) == 1 or all(p[2] is None for p in chunk.parts):
        entity = chunk.parts[0][2] if len(chunk.parts) == 1 else None
        return [Ref(chunk.text, entity, name=True, article=article, start=chunk.start)]
    return [Ref(text, entity, name=True, article=article, start=s.starts[t0]) for t0, _t1, entity, text in chunk.parts if entity is not None]


def _onset_before_date(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether token t is an onset word ("starting") before a date, a preposition
    between them allowed ("starting in March")."""
    if (s.low[t],) not in lexicon.onsets:
        return False
    return t + 1 in s.timex_tokens or t + 2 in s.timex_tokens and s.low[t + 1] in lexicon.prepositions


def noun_phrase(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> tuple[int, list[Ref], str]:
    """The noun phrase starting at token t: (end token, refs for names and roles, text).
    A name or a role phrase gives refs; a common noun phrase only text, cut at
    the second preposition: "un conjunto de acuerdos", "la creación de una empresa conjunta"."""
    begin = t
    t = _skip_determiners(s, t, limit, lexicon)
    if t >= limit:
        return t, [], ""
    refs: list[Ref] = []
    fw = lexicon.fw
    if t in s.chunk_at and not _currency_prefix(s, s.chunks[s.chunk_at[t]].t1):
        end = t
        while True:
            c = s.chunk_at[end]
            refs += _chunk_refs(s, c, lexicon)
            end = s.chunks[c].t1
            nxt = end
            if nxt + 1 < limit and (s.low[nxt] in fw.and_ or s.low[nxt] == ",") and _skip_determiners(s, nxt + 1, limit, lexicon) in s.chunk_at:
                end = _skip_determiners(s, nxt + 1, limit, lexicon)
                continue
            while nxt + 2 < limit and s.low[nxt] in lexicon.honorifics and s.words[nxt + 1] == ".":
                nxt += 2  # "Republican Lt. Gov. Winsome Earle-Sears": the name after its titles
            if nxt > end and nxt in s.chunk_at:
                refs = []  # the words before the titles describe the person named after them
                end = nxt
                continue
            break
        possessed = _possessed(s, begin, end, limit, lexicon)
        if possessed is not None:
            return possessed
        # ("buy Norwegian rival Norvik ASA": a demonym alone before a noun is its adjective)
        adjective = end - t == 1 and s.low[t] in lexicon.demonyms
        if not (lexicon.names_before_nouns and (begin < t or adjective or _plural_head_after_name(s, refs, end, limit, lexicon)) and common_word(s, end, limit, lexicon)):
            return end, refs, s.span_text(begin, end)
        t = end  # "a Texas law": a name before a noun qualifies it, the phrase is the noun's
    size = _is_role(s, t, lexicon)
    # "approved police reforms", "The government shutdown, which lasted": a one-word role
    # before a noun (a plural one when no article opens the phrase) qualifies it
    qualifies = (
        size <= 1 and lexicon.names_before_nouns and common_word(s, t + 1, limit, lexicon) and (begin < t or _plural_word(s.low[t + 1], lexicon))
        and not _is_role(s, t + 1, lexicon) and s.low[t + 1] not in lexicon.collective
    )
    if (size or s.low[t] in lexicon.collective) and not qualifies:
        phrase = _role_phrase(s, begin, t, size or 1, limit, lexicon)
        return _possessed(s, begin, phrase[0], limit, lexicon) or phrase
    # a common noun phrase
    end = t
    prepositions = 0
    while end < limit:
        word = s.low[end]
        if s.words[end] in ',;:()"«»“”—–.' or word in fw.np_stop or end in s.verb_token and s.verb_at.get(s.verb_token[end]) and s.verb_at[s.verb_token[end]].finite and not _noun_of_complement_adjective(s, end, t, lexicon):
            break
        if word in fw.clitic and end + 1 < limit and (verb := s.verb_of(end + 1)) is not None and verb.finite:
            break  # "el estreno de la película se celebrará": the clitic is the verb's
        if _onset_before_date(s, end, lexicon):
            break  # "Prices rose sharply starting in March": when it began, no noun
        if lexicon.names_before_nouns and end > t and s.participle_at(end):
            break  # "a man wanted for murder": where modifiers go before the noun, one after it opens a clause
        if end > t and (word in fw.skip_adverb or fw.adverb(word) or end + 1 < limit and s.low[end + 1] in lexicon.prepositions and _loose_adverb(s, end, lexicon)) and not (end > 1 and _genitive(s, end - 2, lexicon)):
            # (after a possessive ending the possessed phrase opens: "the bill's first draft")
            break  # "delayed the mission once", "arrested the suspect again", "tomará posesión previsiblemente", "a verdict shortly after noon": the verb's adverb
        if end > t and _leads_into_date(s, end, limit, lexicon):
            break  # "convocaron paros los días 24 y 25": the date, no more of the phrase
        if end in s.timex_tokens and end not in s.duration_tokens:
            after = end
            while after < limit and after in s.timex_tokens:
                after += 1
            if not (end == t > begin and common_word(s, after, limit, lexicon)):
                break
            end = after  # "their January sales", "los datos de octubre": a date naming the thing
            continue
        if word in lexicon.prepositions or word in fw.contraction:
            if word not in fw.of_any or prepositions >= 1:
                break
            # "billions of dollars of bad loans": the amount's "of" is no complement's
            prepositions += not _amount_of_money_of(s, t, end, limit, lexicon)
        end += 1
        if end - begin >= 9:
            break
    while end > t and (s.low[end - 1] in lexicon.prepositions or s.low[end - 1] in fw.contraction or s.low[end - 1] in fw.definite):
        end -= 1
    return end, [], s.span_text(begin, end)


def _plural_head_after_name(s: Sentence, refs: list[Ref], end: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether a plural noun right after a name with no article before it is the
    phrase's head ("bought Treasury bills", "Apple Watch bands"); a place may be the
    first of two objects ("sent Ukraine missiles"), a singular noun the second's role
    ("named Smith chairman")."""
    return end < limit and bool(refs) and not any(ref.entity is not None and ref.entity.is_place for ref in refs) and _plural_word(s.low[end], lexicon)


def _noun_of_complement_adjective(s: Sentence, k: int, t: int, lexicon: Lexicon) -> bool:
    """Whether the word at k, read as a verb, is the noun of a "de" + adjective complement
    inside the phrase begun at t ("una nueva versión de largo alcance": "alcance" no verb)."""
    return k - 2 > t and s.low[k - 1] in lexicon.complement_adjectives and s.low[k - 2] in lexicon.fw.of_any


def _amount_of_money_of(s: Sentence, t: int, k: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether the "of" at k is an amount's, opening the phrase at t, before its currency
    and a bare noun's "of": "billions of dollars of bad loans", "millones de euros de
    deuda" ("de 700.000 millones de $ del gobierno": who gives it, the phrase is cut)."""
    fw = lexicon.fw
    if not (k > t and s.low[k - 1] in lexicon.measured_amounts and k + 3 < limit and s.low[k + 1] in lexicon.money_words):
        return False
    if not all(s.words[j][:1].isdigit() or s.low[j] in lexicon.measured_amounts for j in range(t, k)):
        return False
    return s.low[k + 2] in fw.of_any and s.low[k + 2] not in fw.contraction and s.low[k + 3] not in fw.np_articles


def _leads_into_date(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether an article and a noun of time at token t stand before a date the tagger
    left out of them: "los días 24 y 25", "el día 3"."""
    return t + 2 < limit and s.low[t] in lexicon.fw.definite and s.low[t + 1] in lexicon.fw.time_noun and t + 2 in s.timex_tokens


def _currency_prefix(s: Sentence, t: int) -> bool:
    """Whether the name before token t is a currency's prefix, "$" written right after
    it: "US$ 6 billion" is an amount, no one named."""
    return t < len(s.words) and s.words[t] == "$" and s.starts[t] == s.ends[t - 1]


def _possessed(s: Sentence, begin: int, end: int, limit: int, lexicon: Lexicon) -> tuple[int, list[Ref], str] | None:
    """After a possessor ending at `end` ("Japan's first female prime minister", "the
    administration's plan"): the thing possessed, the phrase from `begin`; None when
    there is no "'s" there or nothing after it."""
    if not _genitive(s, end, lexicon) or end + 2 >= limit:
        return None
    stop, owned, _text = noun_phrase(s, end + 2, limit, lexicon)
    return (stop, owned, s.span_text(begin, stop)) if stop > end + 2 else None


def common_word(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> bool:
    """Is token t a lower-case word that may head a noun phrase (no verb,
    preposition, conjunction, date or stop word)?"""
    if t >= limit or t in s.timex_tokens or t in s.verb_token or t in s.chunk_at:
        return False
    word, fw = s.low[t], lexicon.fw
    loose = lexicon.loose_adverb_suffix
    return s.words[t].isalpha() and s.words[t].islower() and not fw.adverb(word) and not (loose and word.endswith(loose)) and word not in lexicon.prepositions and word not in fw.np_stop and word not in fw.and_ and word not in fw.complementiser and word not in fw.relative


def _role_phrase(s: Sentence, begin: int, t: int, size: int, limit: int, lexicon: Lexicon) -> tuple[int, list[Ref], str]:
    """"los líderes kazajo y ruso", "el jefe de la Casa Blanca, Donald Trump",
    "el presidente de Kazajistán", "el Gobierno": a role with its countries."""
    role = " ".join(s.low[t : t + size])
    end = t + size
    countries: list[str] = []
    fw = lexicon.fw
    # "el rey Mohamed VI", "la ministra Yolanda Díaz", "el presidente ruso, Vladímir Putin"
    probe: int | list[Ref]  # a position, then the refs found there
    probe = end + 1 if end < limit and s.low[end] in lexicon.demonyms else end
    if probe < limit and probe in s.chunk_at and s.chunks[s.chunk_at[probe]].t0 == probe:
        refs = _chunk_refs(s, s.chunk_at[probe], lexicon)
        if len(refs) == 1 and (refs[0].entity is None or refs[0].entity.type == "person"):
            refs[0].role = role
            return s.chunks[s.chunk_at[probe]].t1, refs, s.span_text(begin, s.chunks[s.chunk_at[probe]].t1)
    while end < limit:
        word = s.low[end]
        if word in lexicon.demonyms:
            countries.append(lexicon.demonyms[word])
            end += 1
            continue
        if word in fw.and_ and end + 1 < limit and s.low[end + 1] in lexicon.demonyms:
            end += 1
            continue
        if word in fw.of_any and end + 1 < limit:
            nxt = _skip_determiners(s, end + 1, limit, lexicon)
            if nxt in s.chunk_at:
                chunk = s.chunks[s.chunk_at[nxt]]
                for _a, _b, entity, _text in chunk.parts:
                    if entity is not None and entity.country:
                        countries.append(entity.country)
                end = chunk.t1
                continue
            if nxt < limit and s.low[nxt] in fw.role_complement:
                end = nxt + 1
                continue
        if word in fw.role_modifier:
            end += 1
            continue
        if word in fw.of_any and end + 1 < limit and not countries:
            # "miembros de ambos gobiernos", "portavoz del Ejecutivo"
            nxt, _refs, _text = noun_phrase(s, end + 1, limit, lexicon)
            if nxt > end + 1:
                end = nxt
        break
    first = begin
    while first < t and s.low[first] in fw.np_articles:
        first += 1
    if lexicon.names_before_nouns and first == t:
        while first > 0 and s.low[first - 1] in lexicon.demonyms:
            first -= 1  # "Russian forces": the demonym before the noun
            countries.insert(0, lexicon.demonyms[s.low[first]])
    text = s.span_text(first, end)
    article = _article_before(s, first, lexicon) or (s.low[first - 1] if first > 0 and s.low[first - 1] in fw.indefinite else None)
    ref = Ref(text, None, role=role, countries=tuple(dict.fromkeys(countries)), article=article, start=s.starts[t])
    # "el presidente valenciano, Carlos Mazón": an adjective the gazetteer does not know before the name
    if end + 2 < len(s.words) and s.words[end + 1] == "," and end + 2 in s.chunk_at and s.words[end].isalpha() and s.words[end].islower() and end not in s.verb_token and s.low[end] not in lexicon.prepositions and s.low[end] not in fw.np_stop and s.low[end] not in fw.article:
        probe = _chunk_refs(s, s.chunk_at[end + 2], lexicon)
        if len(probe) == 1 and probe[0].entity is None and s.chunks[s.chunk_at[end + 2]].t0 == end + 2:
            end += 1
    # apposition: "el jefe de la Casa Blanca, Donald Trump"; "el juez del Supremo Ángel Hurtado"
    comma = end < len(s.words) and s.words[end] == ","
    if end + comma < limit and end + comma in s.chunk_at and s.chunks[s.chunk_at[end + comma]].t0 == end + comma and (comma or end > t + size):
        chunk = s.chunks[s.chunk_at[end + comma]]
        name_refs = _chunk_refs(s, s.chunk_at[end + comma], lexicon)
        if len(name_refs) == 1 and (name_refs[0].entity is None or name_refs[0].entity.type == "person"):
            person = name_refs[0]
            person.role = role
            person.countries = ref.countries
            return chunk.t1, [person], s.span_text(begin, chunk.t1)
    return end, [ref], s.span_text(begin, end)


def _date_goes_after(s: Sentence, vt: int, same: list[tuple[int, Mention]]) -> None:
    """"The visit follows a meeting ... last month": across a state verb, a date
    written after it dates the event noun after it (of `same`, the clause's nouns),
    not the one before."""
    lo, hi = s.clause_range(s.segment_of[vt])
    before = [m for t, m in same if t < vt]
    after = [m for t, m in same if t > vt]
    dates = [t for t in s.timex_tokens if lo <= t < hi]
    if before and after and dates and min(dates) > vt:
        for m in before:
            m.clause_dated = False


def _genitive(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether token t opens a possessive ending: the "'s" of "Ukraine's needs"."""
    return t + 1 < len(s.words) and s.words[t] in ("'", "’") and s.low[t + 1] in lexicon.fw.genitive


def _opens_date(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Is token t a word that only leads into the date after it ("a partir del 3")?"""
    limit = len(s.words)
    if t + 1 >= limit or t in s.timex_tokens or not (s.words[t].isalpha() and s.words[t].islower()):
        return False
    # ("detuvieron al sospechoso el lunes": a noun and then a date of the clause's own)
    return s.low[t + 1] in lexicon.fw.of_any and t + 2 in s.timex_tokens


def _place_after(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> tuple[Ref | None, int]:
    """A place named from token t (just after en/a/desde...): "Washington", "la
    histórica ciudad uzbeka de Samarcanda", "la localidad de Paiporta". A name
    the gazetteer does not know is a place only after "en" or a place noun."""
    # "its stake in Nvidia": what is held, no place
    after_en = t > 0 and s.low[t - 1] in lexicon.fw.in_ and not _holding_before(s, t - 1, lexicon)
    k = t
    saw_place_noun = False
    while k < limit and k - t < 8:
        if k in s.timex_tokens:
            return None, k
        if k in s.chunk_at:
            chunk = s.chunks[s.chunk_at[k]]
            places = [p for p in chunk.parts if p[2] is not None and p[2].is_place]
            if _genitive(s, chunk.t1, lexicon):
                owned = chunk.t1 + 2
                if places and places[0][0] == chunk.t0 and places[0][1] == chunk.t1 and owned < limit and (owned in s.chunk_at or s.low[owned] in lexicon.place_nouns):
                    # "landed at Singapore's Changi International Airport", "at Singapore's airport": the place owns what follows
                    after = s.chunks[s.chunk_at[owned]].t1 if owned in s.chunk_at else owned
                    return Ref(places[0][3], places[0][2], name=True, start=s.starts[chunk.t0]), _past_place_noun(s, after, limit, lexicon)
                return None, chunk.t1  # "to meet Ukraine's needs": a possessor, no place
            if _club(s, chunk, lexicon):
                return None, chunk.t1  # "at Newcastle United": a club
            if _name_before_its_noun(s, chunk.t1, limit, lexicon):
                return None, chunk.t1  # "bad loans from US banks": the banks', no place
            if _company_chunk(s, chunk, lexicon):
                return None, chunk.t1  # "Flight attendants at Horizon Pacific Airlines": a company
            if places:
                t0, _t1, entity, text = places[0]
                article = _article_before(s, t0, lexicon)
                if _club_article(article, entity, text):
                    return None, chunk.t1  # "al Barcelona", "ante el Sevilla": a club
                return Ref(text, entity, name=True, article=article, start=s.starts[t0]), _past_place_noun(s, chunk.t1, limit, lexicon)
            others = [p for p in chunk.parts if p[2] is not None]
            if not others and fold(chunk.text) in lexicon.not_places:
                return None, chunk.t1  # "por aula en Infantil": a school stage
            placed = saw_place_noun or k == t and after_en or s.low[chunk.t0] in lexicon.place_nouns  # "el Aeropuerto Internacional Changi"
            # "en el Congreso de Valparaíso": a seated body's name ending on a known place is its seat
            seat = not placed and after_en and s.low[chunk.t0] in lexicon.seated
            if not others and (placed or seat):
                inner = _place_at_end(s, chunk.t0, chunk.t1, lexicon)  # "estadio Al-Awwal Park de Riad"
                if inner is not None and seat:
                    return Ref(chunk.text, inner.entity, name=True, article=_article_before(s, chunk.t0, lexicon), start=chunk.start), chunk.t1
                if inner is not None:
                    return inner, chunk.t1
                if seat:
                    return None, chunk.t1
                if chunk.t0 > t and s.low[chunk.t0 - 1] in lexicon.street_nouns:  # "la plaza Nueva"
                    return Ref(s.span_text(chunk.t0 - 1, chunk.t1), None, name=True, article=_article_before(s, chunk.t0 - 1, lexicon), start=s.starts[chunk.t0 - 1]), chunk.t1
                return Ref(chunk.text, None, name=True, start=chunk.start), _past_place_noun(s, chunk.t1, limit, lexicon)
            return None, chunk.t1
        word = s.low[k]
        if _is_role(s, k, lexicon):
            return None, k  # "juzgará al alcalde de Marbella": the person's town, not where it happens
        if word in lexicon.place_nouns:
            saw_place_noun = True
        elif word in lexicon.fw.of_any:
            pass
        elif word in lexicon.prepositions or s.words[k] in ',;:()"«»“”—–.' or k in s.verb_token:
            return None, k
        k += 1
    return None, k


def _holding_before(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the "in" at token t follows a holding noun, its share between them or not:
    "its stake in Nvidia", "una participación del 41 % en ITA" (what is held follows)."""
    k = t - 1
    while k >= 0 and t - k <= 5 and s.low[k] not in lexicon.holding_nouns and (s.low[k] in lexicon.fw.of_any or s.words[k][:1].isdigit() or any(s.low[k] in words for words in lexicon.percent_words)):
        k -= 1
    return k >= 0 and s.low[k] in lexicon.holding_nouns


def _name_before_its_noun(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether a name ending before token t only describes the common noun at t, where
    names go before nouns ("from US banks", "at French ports"; "in Kasai province" names
    the place, "in Paris on Monday" ends on it)."""
    if not lexicon.names_before_nouns or t >= limit or t in s.verb_token or t in s.timex_tokens:
        return False
    word = s.words[t]
    # ("landed in Paris safely": an adverb of the verb)
    return word.isalpha() and word.islower() and s.low[t] not in lexicon.function_words and s.low[t] not in lexicon.place_nouns and not _loose_adverb(s, t, lexicon) and not lexicon.fw.adverb(s.low[t]) and s.low[t] not in lexicon.fw.skip_adverb


def _named_destination(s: Sentence, t: int, kind: str, lexicon: Lexicon) -> Ref | None:
    """A name the gazetteer does not know right after the motion's own preposition at token
    t, right after its verb: where the motion goes ("will travel to Dunmore on Friday";
    `_place_after` takes such a name only after "in")."""
    if kind not in lexicon.destination_kinds or t + 1 >= len(s.low) or s.low[t] != motion_preposition(kind, lexicon) or t + 1 not in s.chunk_at:
        return None
    chunk = s.chunks[s.chunk_at[t + 1]]
    if chunk.t0 != t + 1 or any(p[2] is not None for p in chunk.parts) or _company_chunk(s, chunk, lexicon) or _club(s, chunk, lexicon) or _genitive(s, chunk.t1, lexicon):
        return None
    return Ref(chunk.text, None, name=True, start=chunk.start)


def _company_chunk(s: Sentence, chunk, lexicon: Lexicon) -> bool:
    """Whether the name of several words ends on a company's last word ("Horizon Pacific
    Airlines", "Keystone Brands"): a company, no place."""
    return chunk.t1 - chunk.t0 > 1 and s.low[chunk.t1 - 1] in lexicon.company_endings


def _past_place_noun(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> int:
    """Past the place noun after a place's name, where names go before nouns: "Kasai
    province", "Kano state" (the name alone is the place)."""
    return t + 1 if lexicon.names_before_nouns and t < limit and s.low[t] in lexicon.place_nouns else t


def _club_article(article: str | None, entity, text: str) -> bool:
    """Whether a city's name has an article before it that is not its own: its club ("al
    Barcelona", "ante el Elche"; "El Cairo" writes its article)."""
    return article is not None and entity.type == "city" and fold(text).split()[0] != article


def _city_club(s: Sentence, chunk, lexicon: Lexicon) -> bool:
    """Whether a name is a city's club (`_club_article`)."""
    place = next((p for p in chunk.parts if p[2] is not None and p[2].is_place), None)
    return place is not None and _club_article(_article_before(s, place[0], lexicon), place[2], place[3])


def _visits_club(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether the one visited ("a" + someone), or the name right before the verb, is a
    city's club: "El Real Madrid visitará al Elche", "el Sevilla visita al Rayo" (a match)."""
    after = _after_to(s, vt_end, lexicon)
    return any(t in s.chunk_at and _city_club(s, s.chunks[s.chunk_at[t]], lexicon) for t in (after, vt - 1) if t is not None)


def _club(s: Sentence, chunk, lexicon: Lexicon) -> bool:
    """Whether a name is a club's: its last word is a club word ("Newcastle United",
    "Manchester City") and no place the gazetteer knows spans it ("Mexico City")."""
    if s.words[chunk.t1 - 1] not in lexicon.club_words or chunk.t1 - chunk.t0 < 2:
        return False
    return not any(p[0] == chunk.t0 and p[1] == chunk.t1 and p[2] is not None and p[2].is_place for p in chunk.parts)


def clause_places(s: Sentence, host: int, near: int, lexicon: Lexicon, skip: Sequence[range] = ()) -> list[tuple[int, Ref]]:
    """Places named in the clause `host` (its own segments only, not the relative
    clauses inside it), the ones after token `near` first, nearest first."""
    places = s.host_places.get(host)
    if places is None:  # the same for every verb of the clause: read once (Refs are not mutated)
        lo, hi = s.clause_range(host)  # a host is its own clause's host
        places = s.host_places[host] = [(t, ref) for t, ref in _places_in(s, lo, hi, lexicon) if s.segments[s.segment_of[t]].host == host]
    if not places:
        return []
    own_aside = near < len(s.segment_of) and _in_dated_aside(s, near, lexicon)  # "La muestra, presentada este martes, es ... en España": not where it was presented
    found = [(t, ref) for t, ref in places if not any(t in span for span in skip) and not _attribution_apart(s, t, near, lexicon) and not _in_other_dated_aside(s, t, near, lexicon)
             and not (own_aside and s.segment_of[t] != s.segment_of[near])]
    found.sort(key=lambda p: (p[0] < near, abs(p[0] - near)))
    return found


def _in_other_dated_aside(s: Sentence, t: int, near: int, lexicon: Lexicon) -> bool:
    """Whether token t sits in a dated participle aside other than the one of token
    `near`: "celebrará una vista sobre la extradición de un empresario, detenido en Lisboa
    el 3 de noviembre" (where he was arrested, not where the hearing is)."""
    if near < len(s.segment_of) and s.segment_of[near] == s.segment_of[t]:
        return False
    return _in_dated_aside(s, t, lexicon)


def _in_dated_aside(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether token t sits in a dated participle aside ("detenido en Lisboa el lunes")."""
    segment = s.segment_of[t]
    t0 = s.segments[segment].t0
    if s.segments[segment].opener in lexicon.fw.coordinator:
        t0 += 1  # "y fallecida en Palermo en 1625": the second of two
    verb = s.verb_at.get(t0)
    return verb is not None and _dated_participle_aside(s, t0, verb, lexicon)


def _attribution_apart(s: Sentence, t: int, near: int, lexicon: Lexicon) -> bool:
    """Whether token t sits in a "según ..." part of the clause other than the one of
    token `near`: "aprobará la declaración, según anunció en Alzira el ministro" (where
    it was said, not where it is done)."""
    segment = s.segment_of[t]
    return s.low[s.segments[segment].t0] in lexicon.fw.according_to and (near >= len(s.segment_of) or s.segment_of[near] != segment)


def _place_in_clause(s: Sentence, host: int, vt: int, noun: "Mention", lexicon: Lexicon) -> Ref | None:
    """The first place of the clause (host segment) of the verb at token vt, outside
    the event noun's own phrase."""
    places = clause_places(s, host, vt, lexicon, [range(s.token_at(noun.start), s.token_at(noun.np_end - 1) + 1)])
    return places[0][1] if places else None


def _places_in(s: Sentence, t0: int, t1: int, lexicon: Lexicon) -> list[tuple[int, Ref]]:
    found = []
    fw = lexicon.fw
    position = t0  # past the last place found
    # the words that may open a place ("en", "a", "de" after "ciudad"), by a C-level scan
    for t in compress(range(t0, t1), map(fw.place_lead.__contains__, s.low[t0:t1])):
        if t < position:
            continue
        if s.low[t] in fw.place_openers or t > 0 and s.low[t - 1] in fw.place_of_noun:
            ref, nxt = _place_after(s, t + 1, t1, lexicon)
            if ref is not None:
                found.append((t, ref))
                position = nxt
    return found


def _seat_reached(s: Sentence, t: int, lexicon: Lexicon) -> Ref | None:
    """A body that sits in one place, named right after "a" at token t: its seat is
    where a verb that needs a place goes ("llegará al Congreso", "llegó al Kremlin")."""
    if t + 1 >= len(s.low) or s.low[t] not in lexicon.fw.to_any:
        return None
    c = s.chunk_at.get(t + 1, s.chunk_at.get(t + 2))  # past "la" in "a la Moncloa"
    if c is None:
        return None
    refs = _chunk_refs(s, c, lexicon)
    if len(refs) != 1:
        return None
    entity = refs[0].entity
    seated = entity is not None and entity.type == "org" and entity.country is not None
    return refs[0] if seated or refs[0].text.split(" ", 1)[0].lower() in lexicon.seated else None


def _place_noun_reached(s: Sentence, t: int, lexicon: Lexicon) -> Ref | None:
    """A place told by its common noun right after "a" at token t ("llegó al país", "a la
    capital"): where a verb that needs a place goes, as written."""
    fw = lexicon.fw
    if t + 1 >= len(s.low) or s.low[t] not in fw.to_any:
        return None
    article = "el" if s.low[t] in fw.contraction_to else None
    k = t + 1
    if article is None and s.low[k] in fw.definite:
        article, k = s.low[k], k + 1
    if article is None and s.low[k] in fw.possessive and k + 1 < len(s.low) and s.low[k + 1] in lexicon.home_nouns:
        article, k = s.low[k], k + 1  # "regresaron a sus viviendas": home, as written
    if article is None or k >= len(s.low) or not (s.low[k] in lexicon.place_nouns or s.low[k] in lexicon.home_nouns) or not s.words[k].islower():
        return None
    return Ref(s.words[k], article=article, start=s.starts[k])


def _participle_before(s: Sentence, k: int) -> bool:
    """Whether the word before token k is a participle that describes the subject, before
    the sentence's first finite verb ("Los vecinos desalojados por el incendio pudieron
    regresar"); no passive's ("fue aprobado por el pleno": the clause's agent), nor one
    after the verb ("fue una jornada marcada por los disturbios": that day's)."""
    if k < 2 or not s.participle_at(k - 1) or k - 2 in s.verb_token:
        return False
    start = s.starts[k - 1]
    return not any(v.finite and v.start < start for v in s.verbs) and any(v.finite and v.start > start for v in s.verbs)


def _word_before_phrase(s: Sentence, t: int, lexicon: Lexicon) -> str:
    """The word before the noun phrase whose noun is token t (past its articles)."""
    k = _token_before_phrase(s, t, lexicon)
    return s.low[k] if k >= 0 else ""


def _token_before_phrase(s: Sentence, t: int, lexicon: Lexicon) -> int:
    """The token before the noun phrase whose noun is token t, past its articles,
    demonstratives and quantifiers ("according to the statement": "to"); -1 at the
    sentence's start."""
    k = t - 1
    fw = lexicon.fw
    while k >= 0 and (s.low[k] in fw.np_articles or s.low[k] in fw.demonstrative or s.low[k] in fw.quantifier):
        k -= 1
    return k


def _alternative_not_taken(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun phrase whose noun is token t follows the words of an alternative
    not taken, past a gerund ("instead of pursuing acquisitions", "rather than a strike")."""
    k = t - 1
    fw = lexicon.fw
    while k >= 0 and (s.low[k] in fw.np_articles or s.low[k] in lexicon.determiners or s.low[k] in fw.quantifier or s.low[k] in fw.possessive):
        k -= 1
    if k >= 0 and s.low[k].endswith("ing") and s.words[k].islower():
        k -= 1  # "pursuing"
    return any(k + 1 >= len(words) and tuple(s.low[k + 1 - len(words) : k + 1]) == words for words in lexicon.alternatives)


def _noun_after_according_to(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun phrase whose noun is token t follows a source's two words
    ("according to the statement"), the first of them in [function_words] according_to."""
    k = _token_before_phrase(s, t, lexicon)
    fw = lexicon.fw
    return k > 0 and s.low[k] in fw.to and s.low[k - 1] in fw.according_to


def _approximate_figure(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether token t is an approximator before a figure ("about 120,000"), before `limit`,
    or one of a comparison's two words ("more than 200 people")."""
    fw = lexicon.fw
    if t + 1 >= limit:
        return False
    if s.low[t] in fw.comparison and t > 0 and s.low[t - 1] in fw.approximator:
        return s.words[t + 1][:1].isdigit()
    return s.low[t] in fw.approximator and (s.words[t + 1][:1].isdigit() or t + 2 < limit and s.low[t + 1] in fw.comparison and s.words[t + 2][:1].isdigit())


def _purpose_of_noun(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun phrase of token t, after "para", tells what a common noun is
    for: "las entradas para el derbi", "los preparativos para la cumbre"."""
    k = t - 1
    fw = lexicon.fw
    while k >= 0 and s.low[k] not in fw.for_:
        k -= 1
    noun = k - 1
    if noun < 0 or noun in s.timex_tokens or not s.words[noun].isalpha() or not s.words[noun].islower():
        return False
    verb = s.verb_at.get(noun)
    word = s.low[noun]
    return (verb is None or not verb.finite) and word not in lexicon.prepositions and word not in fw.clitic and word not in lexicon.date_setting_nouns


def _object_place(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> Ref | None:
    """The place named in a verb's object ("sacudió la noche del viernes el sur de
    Marruecos", "destruyó la ciudad de Agadir")."""
    while t < limit and t in s.timex_tokens:
        t += 1
    ref, _end = _place_after(s, t, limit, lexicon)
    return ref


def _place_at_end(s: Sentence, t0: int, t1: int, lexicon: Lexicon) -> Ref | None:
    """A known place closing an unknown name after a connector: "Al-Awwal Park de
    Riad" -> Riad, "Saint-Charles de Marsella" -> Marsella."""
    for k in range(t1 - 1, t0, -1):
        if s.low[k - 1] in lexicon.fw.of_any:
            entity = lexicon.entities.get(fold(s.span_text(k, t1)))
            if entity is not None and entity.is_place:
                return Ref(s.span_text(k, t1), entity, name=True, start=s.starts[k])
    return None


def _relative_event_noun(s: Sentence, seg_index: int, noun_mentions: dict[int, Mention]) -> Mention | None:
    """The event noun a relative clause hangs from: the last event noun before it
    with no finite verb in between ("el atentado con cuchillo que causó",
    "el acuerdo firmado en 2019 entre ..., que vence")."""
    seg = s.segments[seg_index]
    best = None
    for t, m in noun_mentions.items():
        if t < seg.t0 and (best is None or t > best[0]):
            best = (t, m)
    if best is None:
        return None
    t, m = best
    for k in range(t + 1, seg.t0):
        verb = s.verb_at.get(k)
        if verb is not None and verb.finite:
            return None
    return m


def _new_complement_between(s: Sentence, noun: Mention, seg_index: int, lexicon: Lexicon) -> bool:
    """Whether a coordinated complement with its own preposition ("y con el puente")
    stands between the event noun and the relative clause after it: the relative is that
    complement's ("coincide con la campaña navideña y con el puente, que comienza el 6 de
    diciembre"), not the event's ("el acuerdo entre el Gobierno y los sindicatos, que vence")."""
    first = s.token_at(max(noun.end, noun.np_end) - 1) + 1
    return any(s.low[k] in lexicon.fw.coordinator and s.low[k + 1] in lexicon.prepositions for k in range(first, s.segments[seg_index].t0 - 1))


def _said_noun_before(s: Sentence, t: int, lemma: str, lexicon: Lexicon) -> int | None:
    """The token of a noun the verb is said of ([verb_subjects]) heading the phrase that
    ends at token t, right after its article, a few words back with no comma or finite
    verb between: "partido" in "el partido de Copa del Rey ante el Zamora"."""
    table = lexicon.verb_subjects.get(lemma, {})
    for k in range(t - 1, max(0, t - 9), -1):
        if s.words[k] in ',;:()"«»“”' or k in s.verb_token and s.verb_of(k) is not None and s.verb_of(k).finite:  # type: ignore[union-attr]
            return None
        if s.low[k] in table and s.words[k].islower() and s.low[k - 1] in lexicon.fw.definite:
            return k
    return None


def _before_adverbs(s: Sentence, t: int, t0: int, lexicon: Lexicon) -> int:
    """Token t, or the first before it past adverbs down to t0: "The storm" of "The
    storm also left"."""
    while t > t0 and (s.low[t] in lexicon.fw.skip_adverb or s.low[t] in lexicon.also):
        t -= 1
    return t


def _subject_kind(lemma: str, subject: list[Ref], noun: Mention | None, lexicon: Lexicon, before: str | None = None) -> str | None:
    """[verb_subjects]: the kind a verb takes with a given subject ("el acuerdo
    vence": an expiry, where "el Madrid vence" is a victory)."""
    table = lexicon.verb_subjects.get(lemma)
    if not table:
        return None
    heads = [fold(noun.lemma)] if noun is not None else []
    heads += [fold(r.role or r.text.split(" ")[0]) for r in subject if r.text]
    # "Super Typhoon Fung-wong struck": a name whose words say what it is
    heads += [fold(word) for r in subject if r.name for word in r.text.split(" ")[1:]]
    if before:
        heads.append(fold(before))  # "Wall Street stocks rallied": the noun just before the verb
    for head in heads:
        kind = table.get(head)
        if kind:
            return kind
    return None


def _phrase_head(s: Sentence, t0: int, vt: int, lexicon: Lexicon) -> str | None:
    """The noun after the article that opens a clause at token t0, before its verb at
    vt: "partido" in "El partido entre el Betis y el Linares se jugará", "muestra" in "La
    última gran muestra dedicada a Goya se celebró"; a relative that is a determiner opens
    one too ("cuyo plazo de presentación terminó")."""
    k = _phrase_head_token(s, t0, vt, lexicon)
    return s.low[k] if k is not None else None


def _phrase_head_token(s: Sentence, t0: int, vt: int, lexicon: Lexicon) -> int | None:
    """The token of `_phrase_head`, past the quantifiers after the article ("La última
    gran muestra"), when it is a lower-case word; else None."""
    # ("Another fire in the same county burned": a quantifier may open it, as the article)
    opener = s.low[t0] if t0 < len(s.low) else ""
    if not (t0 + 2 < vt and (opener in lexicon.fw.article or opener in lexicon.determiners and (opener in lexicon.fw.relative or opener in lexicon.fw.quantifier))):
        return None
    k = t0 + 1
    while k + 2 < vt and s.low[k] in lexicon.fw.quantifier:
        k += 1
    return k if s.words[k].islower() else None


def _head_before_event_nouns(s: Sentence, t0: int, vt: int, before_nouns: list[Mention], lexicon: Lexicon) -> bool:
    """Whether the event nouns before the verb all sit in the complement of the noun that
    opens the clause (`_phrase_head`), no event itself: "The deadline to register to vote
    in the runoff passed on Monday" is the deadline's, not the runoff's."""
    k = _phrase_head_token(s, t0, vt, lexicon)
    return k is not None and all(n.start > s.starts[k] for n in before_nouns)


def _agreeing_phrase_before(s: Sentence, t: int, participle: str, lexicon: Lexicon) -> str | None:
    """The noun phrase ending at token t that a participle after it describes: in a
    language whose participles agree, the nearest phrase whose determiner agrees ("la
    extradición de uno de los empresarios, detenido": "uno de los empresarios"), else
    the phrase from its article (`_phrase_before`)."""
    agreement = lexicon.genders.get("participle_agreement")
    if not agreement:
        return _phrase_before(s, t, lexicon)
    for k in range(t, max(-1, t - 8), -1):
        if _phrase_stops(s, k):
            return None
        ending = agreement.get(s.low[k])
        if ending is not None and participle.endswith(ending):
            return s.span_text(k + (s.low[k] in lexicon.fw.contraction), t + 1)
    return None


def _participle_aside(s: Sentence, between: range) -> bool:
    """Whether the tokens between a noun and its verb are an aside opened by a
    participle: "El acuerdo, valorado en 15 millones de euros, entrará en vigor"."""
    if len(between) < 3 or s.words[between[0]] != "," or s.words[between[-1]] != ",":
        return False
    verb = s.verb_of(between[0] + 1)
    return verb is not None and verb.tense is Tense.PARTICIPLE and "," not in s.words[between[0] + 1 : between[-1]]


def _word_before_clause_aside(s: Sentence, vt: int, lexicon: Lexicon) -> str | None:
    """The word before an aside opened by a participle or a relative that ends right
    before the verb at vt (past its "se"): "premio" in "El premio, dotado con 50.000
    euros, se entregará", "mandato" in "Su mandato, que comenzó en 2021, termina"."""
    t = vt - 1 if vt > 0 and s.low[vt - 1] in lexicon.fw.reflexive else vt
    if t < 4 or s.words[t - 1] != ",":
        return None
    k = next((k for k in range(t - 2, max(0, t - 14), -1) if s.words[k] == ","), None)
    if k is None or k == 0:
        return None
    relative = s.low[k + 1] in lexicon.fw.relative and s.low[k + 1] not in lexicon.determiners
    return s.low[k - 1] if relative or _participle_aside(s, range(k, t)) else None


def _fixed_after(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether a fixed complement of the verb opens at token t: "en vigor", "en libertad"."""
    return t < len(s.low) and any(tuple(s.low[t : t + len(p)]) == p for p in lexicon.fixed_complements.get(s.low[t], ()))


def _predicate_object_after(s: Sentence, lemma: str, t: int, lexicon: Lexicon) -> bool:
    """Whether the light verb and the word at t make one predicate: "took effect"."""
    return t < len(s.low) and f"{lemma} {s.low[t]}" in lexicon.predicate_objects


def _event_subject_without_object(s: Sentence, seg: Segment, vt_end: int, before_nouns: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """The event noun that opens the clause, as the subject of a light verb with no object
    after it, only a date, a preposition or the clause's end: "Talks between the union
    and the airline resumed on Monday", "said talks would resume" (the talks resume, no
    act apart); "The union resumed the strike" has its object."""
    if not before_nouns or before_nouns[0].kind in lexicon.recurring and before_nouns[0].name is None:
        return []  # "La feria abrirá el lunes": an unnamed recurring event is none alone; its opening is one
    if vt_end < len(s.low) and vt_end not in s.timex_tokens and s.words[vt_end][0].isalnum() and s.low[vt_end] not in lexicon.prepositions:
        return []  # "The treaty signed on Monday takes effect in January": an object
    opening = _event_noun_opening_clause(s, seg, before_nouns, lexicon)
    return [opening] if opening is not None else []


def _event_noun_opening_clause(s: Sentence, seg: Segment, before_nouns: list[Mention], lexicon: Lexicon) -> Mention | None:
    """The first event noun before the verb when it opens its clause, past an article or
    a count: the verb's subject ("The talks resumed", "said talks would resume", "Two
    crashes on the highway killed five people"); None when another noun opens it ("The
    deadline to register to vote in the runoff passed")."""
    if not before_nouns:
        return None
    k = _past_determiners(s, seg, s.token_at(before_nouns[0].start), lexicon, counts=True)  # "The talks resumed", "Two crashes"
    opens = k == seg.t0 or s.low[k - 1] == seg.opener or s.words[k - 1] == "," or k - 1 in s.verb_at
    return before_nouns[0] if opens else None


def _subject_before_asides(s: Sentence, seg_index: int) -> Segment | None:
    """The segment opening the sentence when only asides with no verb set it off from the
    verb's clause at seg_index ("The storm, in 2017, destroyed", "Los trabajos,
    presupuestados en 12 millones de euros, comenzaron"): the verb's subject; else None."""
    if seg_index < 2:
        return None
    first, host = s.segments[0], s.segments[seg_index].host
    if first.verbs or first.opener is not None or first.host != host or s.words[first.t1 - 1] != ",":
        return None
    if any(between.verbs or between.host != host for between in s.segments[1:seg_index]):
        return None
    return first


def _event_noun_before_asides(s: Sentence, seg_index: int, before_nouns: list[Mention], lexicon: Lexicon) -> Mention | None:
    """The event noun opening the sentence before asides (`_subject_before_asides`): "The
    storm, in 2017, destroyed 300 homes", "The last major cholera outbreak in Sudan, in
    2017, infected ..." (the verb's subject); else None."""
    first = _subject_before_asides(s, seg_index) if before_nouns else None
    if first is None:
        return None
    noun = before_nouns[0]
    k = s.token_at(noun.start)
    if k >= first.t1:
        return None
    # ("The last major cholera outbreak in Sudan, in 2017, infected": its words before it)
    modifiers = s.low[0] in lexicon.fw.article or s.low[0] in lexicon.determiners
    plain = all(s.words[t].isalpha() and t not in s.verb_token and s.low[t] not in lexicon.prepositions for t in range(1, k))
    return noun if _past_determiners(s, first, k, lexicon, counts=True) == 0 or modifiers and plain else None


def _past_determiners(s: Sentence, seg: Segment, k: int, lexicon: Lexicon, counts: bool) -> int:
    """Where the noun phrase of the noun at token k opens, back past its articles and
    quantifiers, and with `counts` its count ("Two crashes"), within the clause seg."""
    while k > seg.t0 and (s.low[k - 1] in lexicon.fw.np_articles or s.low[k - 1] in lexicon.fw.quantifier
                          or counts and (s.low[k - 1] in lexicon.cardinals or s.low[k - 1].isdigit())):
        k -= 1
    return k


def _reporter_noun_of_pronoun(s: Sentence, seg: Segment, pronoun: int, lexicon: Lexicon) -> str | None:
    """The common noun right before the reporting verb that says the clause opened by the
    pronoun at token `pronoun`: "union" in "The union said it would strike on Nov. 20"
    (the union strikes, a walkout); None past a name ("Halden said it would strike")."""
    if pronoun != seg.t0 or s.low[pronoun] not in lexicon.fw.subject_pronoun:
        return None
    said = max((k for k, v in s.verb_at.items() if k < seg.t0 and v.lemma in lexicon.reporting), default=None)
    if said is None or said < 2 or any(k in s.verb_at for k in range(s.token_at(s.verb_at[said].end - 1) + 1, seg.t0)):
        return None
    return s.low[said - 1] if s.words[said - 1].isalpha() and s.words[said - 1].islower() else None


def _object_after(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether a noun phrase opens at token t, right after a verb: its object."""
    return t < len(s.low) and t not in s.timex_tokens and (s.low[t] in lexicon.fw.np_articles or s.low[t] in lexicon.fw.possessive)


def _pronoun_kind(s: Sentence, t: int, lemma: str, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> str | None:
    """[verb_subjects] for a pronoun subject at token t: the kind of the last event
    noun before it in the sentence that the verb takes ("Typhoon Kalmaegi killed 114
    people after it struck": the storm strikes, no attack by someone)."""
    kinds = set(lexicon.verb_subjects.get(lemma, {}).values())
    before = [n for n in noun_mentions.values() if n.start < s.starts[t] and n.kind in kinds]
    return max(before, key=lambda n: n.start).kind if before else None


def _phrase_stops(s: Sentence, k: int) -> bool:
    """Whether token k ends a walk back over a noun phrase: a mark or a verb (a participle
    may describe the noun: "los viajeros afectados")."""
    return s.words[k] in ',;:()"«»“”' or k in s.verb_token and not s.participle_at(k)


def _phrase_before(s: Sentence, t: int, lexicon: Lexicon) -> str | None:
    """The noun phrase ending at token t ("el decreto de convocatoria"), from its
    article, or from the preposition of a verb before it; None when there is neither
    within a few words (two "de" complements: "el calendario de la reforma de las
    pensiones")."""
    fw = lexicon.fw
    for k in range(t, max(-1, t - 8), -1):
        if _phrase_stops(s, k):
            return None
        if k + 1 < t and s.low[k] in fw.to and infinitive_after_mark(s.low[k + 1], lexicon.language):
            return s.span_text(k + 2, t + 1)  # "to tame inflation that peaked": the infinitive's object
        if k in s.timex_tokens and k - 1 not in s.timex_tokens and not any(j >= 0 and (s.low[j] in fw.of_any or s.low[j] in fw.contraction) for j in (k - 1, k)):
            # "aprobó el martes recortes de plantilla que": the date is the verb's, not the phrase's
            last = k
            while last < t and last + 1 in s.timex_tokens:
                last += 1
            return s.span_text(last + 1, t + 1) if last < t else None
        if s.low[k] in fw.definite or s.low[k] in fw.indefinite or s.low[k] in fw.possessive:  # ("su nuevo teléfono, que se lanzará")
            if k > 0 and (s.low[k - 1] in fw.of_any or s.low[k - 1] in fw.contraction):
                continue
            return s.span_text(k, t + 1)
        if k < t and k > 0 and s.low[k] in lexicon.prepositions and k - 1 in s.verb_token and not s.participle_at(k - 1):
            return s.span_text(k + 1, t + 1)  # "warned about U.S. tariffs on steel, which": a bare phrase the verb's preposition opens
    return None


def _relative_antecedent_object(s: Sentence, seg_index: int, vt: int, vt_end: int, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> str | None:
    """"la ley de simplificación administrativa, que el Parlamento aprobó el pasado
    jueves con los votos del PP": a relative clause that writes its own subject and
    leaves out the verb's object has the phrase before "que" for object; None when the
    antecedent is an event noun (told by its own mention), a time, or an object follows."""
    fw = lexicon.fw
    seg = s.segments[seg_index]
    if seg.opener not in fw.relative or seg.opener in lexicon.determiners or seg.opener in fw.where:
        return None
    after = seg.t0 + 1
    if not (after < vt and after not in s.timex_tokens and (s.low[after] in fw.np_articles or s.words[after][:1].isupper())):
        return None  # "que aprobó": the antecedent is the subject
    t = seg.t0 - 1
    if t >= 0 and s.words[t] == ",":
        t -= 1
    last = t
    t = _before_term_complement(s, t, lexicon)  # "los presupuestos para 2026, que": the budget's own year
    if t < 1 or s.low[t] in lexicon.time_antecedents or s.low[t] in fw.of_any or not s.words[t].isalpha():
        return None
    k = vt_end
    while k < len(s.low) and (k in s.timex_tokens or fw.adverb(s.low[k]) or s.low[k] in fw.skip_adverb):
        k += 1
    if k < len(s.low) and not (s.words[k] in ',;:.()"«»“”' or s.low[k] in lexicon.prepositions and s.low[k] not in fw.to_any):
        return None  # "que el Gobierno aprobó un decreto": an object of its own
    # the innermost phrase from its article: "la ley de ..." of "la votación de la ley de ..."
    first = next((j for j in range(t, max(-1, t - 8), -1) if s.low[j] in fw.definite or s.low[j] in fw.indefinite), None)
    if first is None or any(s.words[j] in ',;:()"«»“”' or j in s.verb_token for j in range(first, t + 1)):
        return None
    if first + 1 in noun_mentions and (s.verb_at[vt].lemma in lexicon.light or s.verb_at[vt].lemma not in lexicon.verb_kinds):
        return None  # "la huelga, que los pilotos iniciaron el lunes": the strike's own event ("los presupuestos, que aprobó": approved)
    outer = first - 1
    if outer > 0 and (s.low[outer] in fw.of_any or s.low[outer] in fw.contraction) and outer - 1 not in noun_mentions:
        return None  # "el calendario de la reforma, que ...": which noun is meant is not told
    if outer > 0 and s.low[outer] in lexicon.prepositions and not (s.low[outer] in fw.of_any or s.low[outer] in fw.contraction) and _event_noun_before_complement(s, outer, noun_mentions):
        return None  # "exigió un tercer debate a seis en la televisión nacional, que la presidenta rechazó": the debate, not the channel
    return _lower_article(s.span_text(first, last + 1), lexicon)


def _before_term_complement(s: Sentence, t: int, lexicon: Lexicon) -> int:
    """Token t, or, when a date after "para" or "de" ends there, the token before that
    preposition: "presupuestos" in "los presupuestos para 2026"."""
    if t not in s.timex_tokens:
        return t
    k = t
    while k > 0 and k - 1 in s.timex_tokens:
        k -= 1
    return k - 2 if k > 1 and (s.low[k - 1] in lexicon.fw.for_ or s.low[k - 1] in lexicon.fw.of_any) else t


def _event_noun_before_complement(s: Sentence, k: int, noun_mentions: dict[int, Mention]) -> bool:
    """Whether an event noun stands before the preposition at token k, with no finite verb
    between: the complement after k is the noun's, and a relative after it may be said of
    the noun ("un tercer debate a seis en la televisión nacional, que ...")."""
    for j in range(k - 1, -1, -1):
        if j in noun_mentions:
            return True
        verb = s.verb_at.get(j)
        if verb is not None and verb.finite:
            return False
    return False


def _other_count_noun(s: Sentence, m: Mention, mentions: list[Mention], lexicon: Lexicon) -> str | None:
    """"se cancelaron 40 vuelos y se retrasaron otros 200": a bare count after "otros"
    counts the noun of the count an earlier act of the sentence took ("otros 200
    vuelos"); m's object as it is otherwise."""
    words = (m.obj or "").split(" ")
    if len(words) != 2 or not words[1][:1].isdigit():
        return m.obj
    earlier = next((x for x in reversed(mentions) if x.sentence == s.index and x.source == "verb" and x.obj and x.start < m.start), None)
    counted = earlier.obj.split(" ") if earlier is not None and earlier.obj else []
    if len(counted) < 2 or not counted[0][:1].isdigit() or not counted[1].isalpha():
        return m.obj
    return f"{m.obj} {counted[1]}"


def _loose_adverb(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether token t is a lower-case word with the adverb ending, not after a
    determiner: "A federal judge on Monday temporarily blocked" ("the family")."""
    suffix = lexicon.loose_adverb_suffix
    word = s.low[t]
    if not suffix or not word.endswith(suffix) or len(word) < len(suffix) + 4 or not s.words[t].islower():
        return False
    return t == 0 or s.low[t - 1] not in lexicon.determiners and s.low[t - 1] not in lexicon.fw.np_articles


def _subject_before(s: Sentence, vt: int, lexicon: Lexicon) -> list[Ref]:
    """The subject written before the verb at token vt, within its segment."""
    seg = s.segments[s.segment_of[vt]]
    fw = lexicon.fw
    t = vt - 1
    while t >= seg.t0 and (
        s.words[t] == "." or s.low[t] in fw.clitic or s.low[t] in lexicon.negation or s.low[t] in lexicon.also
        or t in s.timex_tokens or fw.adverb(s.low[t]) or s.low[t] in fw.skip_adverb or t == vt - 1 and _loose_adverb(s, t, lexicon)
        or t + 1 < vt and _date_preposition(s, t, lexicon, durations=False)  # "Police in Colorado on Sunday arrested"
        or t + 1 < vt and t + 1 in s.timex_tokens and s.participle_at(t)  # "El Consejo de Ministros celebrado el martes aprobó"
    ):
        t -= 1
    if t >= 0 and s.words[t] == ")":  # "El Banco Central Europeo (BCE) subió"
        k = t
        while k > 0 and s.words[k] != "(" and t - k < 6:
            k -= 1
        if s.words[k] == "(" and k - 1 >= 0:
            t = k - 1
            seg = s.segments[s.segment_of[t]]
    if t < seg.t0:
        return []
    if t - 2 >= seg.t0 and t - 2 in s.chunk_at and _genitive(s, t - 1, lexicon):
        return _name_with_ending(s, t - 2, t + 1, lexicon)
    if t in s.chunk_at:
        c = s.chunk_at[t]
        chunk = s.chunks[c]
        before = chunk.t0 - 1
        probe = before
        while probe >= 0 and s.low[probe] in fw.np_articles:
            probe -= 1
        opener = probe == seg.t0 and seg.opener == s.low[probe]  # "a day after Trump spoke": a clause's subject
        # ", with England hosting Serbia on Thursday": a gerund's own subject (its clause in the main verb's tense)
        opener = opener or probe == seg.t0 and s.low[probe] in fw.absolute_opener and s.verb_at.get(vt) is not None and s.verb_at[vt].finite
        if probe >= 0 and not opener and (s.low[probe] in lexicon.prepositions or s.low[probe] in fw.contraction):
            # "a Moscú", "a los Países Bajos" are not subjects; "un tribunal de París",
            # "Lawmakers in the House" are
            if probe > seg.t0 and (s.low[probe] in fw.of_any or _is_role(s, probe - 1, lexicon) or s.low[probe - 1] in lexicon.collective):
                return _role_before(s, probe - 1, vt, seg.t0, lexicon)
            return []
        refs = _chunk_refs(s, c, lexicon)
        before = _descriptor_start(s, before, seg.t0, lexicon)
        while before >= seg.t0 + 1 and (s.low[before] in fw.and_ or s.low[before] == ","):
            prev = before - 1
            if prev in s.chunk_at:
                c2 = s.chunk_at[prev]
                probe = s.chunks[c2].t0 - 1
                while probe > seg.t0 and s.low[probe] in fw.np_articles:
                    probe -= 1
                if probe > seg.t0 and s.low[probe] in fw.of_any:
                    # "La ministra de Defensa y Sánchez": the role the name completes
                    return (_role_before(s, probe - 1, vt, seg.t0, lexicon) or _chunk_refs(s, c2, lexicon)) + refs
                if probe > seg.t0 and s.low[probe] in fw.between:
                    return []  # "services between Tokyo and Aomori were suspended": the pair completes the subject
                if probe > seg.t0 and (s.low[probe] in lexicon.prepositions or s.low[probe] in fw.contraction):
                    # "Knife crime in England and Wales rose": the pair completes the subject, as
                    # one name after a preposition does ("Lawmakers in France and Germany" are people)
                    if _is_role(s, probe - 1, lexicon) or s.low[probe - 1] in lexicon.collective:
                        return _role_before(s, probe - 1, vt, seg.t0, lexicon)
                    return []
                refs = _chunk_refs(s, c2, lexicon) + refs
                before = _descriptor_start(s, s.chunks[c2].t0 - 1, seg.t0, lexicon)
            else:
                break
        if len(refs) > 1 and before < seg.t0:
            # "France, Germany and Italy signed": the list's first names, each cut off by its comma
            k = s.segment_of[seg.t0] - 1
            while k >= 0 and _name_alone(s, s.segments[k]):
                refs = _chunk_refs(s, s.chunk_at[s.segments[k].t0], lexicon) + refs
                k -= 1
        return refs
    return _role_before(s, t, vt, seg.t0, lexicon)


def _name_ends_at(s: Sentence, t: int, end: int) -> bool:
    """Whether a name starts at token t and ends at token end: "of the Liberal Party"."""
    return t in s.chunk_at and s.chunks[s.chunk_at[t]].t0 == t and s.chunks[s.chunk_at[t]].t1 == end


def _name_alone(s: Sentence, seg: Segment) -> bool:
    """Whether the segment is one name and its comma: "France," in a list of names."""
    return not seg.verbs and seg.opener is None and seg.t0 in s.chunk_at and s.chunks[s.chunk_at[seg.t0]].t1 == seg.t1 - 1 and s.words[seg.t1 - 1] == ","


def _name_with_ending(s: Sentence, t: int, end: int, lexicon: Lexicon) -> list[Ref]:
    """The name ending at token t whose "'s" (tokens up to end) comes right before
    its verb: no possessive but the name's own ending ("Lowe's is", "McDonald's
    said")."""
    refs = _chunk_refs(s, s.chunk_at[t], lexicon)
    last = refs[-1]
    return refs[:-1] + [Ref(s.text[last.start : s.ends[end - 1]], None, name=True, article=last.article, start=last.start)]


def _descriptor_start(s: Sentence, t: int, t0: int, lexicon: Lexicon) -> int:
    """The token before the article, demonym or role words that describe a name
    ending at t ("Sinner y el italiano Musetti": back to "y"), else t."""
    k = t
    while k > t0 and (s.low[k] in lexicon.fw.np_articles or s.low[k] in lexicon.demonyms or s.low[k] in lexicon.roles):
        k -= 1
    return k if k < t and s.low[k] in lexicon.fw.and_ else t


def _role_before(s: Sentence, t: int, vt: int, t0: int, lexicon: Lexicon) -> list[Ref]:
    """A role phrase ending at token t: walk back to its role noun."""
    fw = lexicon.fw
    for back in range(t, max(t0, t - 6) - 1, -1):
        if s.low[back] in lexicon.prepositions and back != t or back in s.verb_token:
            break  # "the minister said the group would meet": the role before another verb is that verb's
        size = _is_role(s, back, lexicon)
        if size or s.low[back] in lexicon.collective:
            first, size = _role_around(s, back, size, lexicon)
            k = first - 1
            while k > t0 and s.low[k] in fw.np_articles:
                k -= 1
            opener = k == t0 and s.segments[s.segment_of[k]].opener is not None  # "after inspectors found": the clause's
            if k >= 0 and not opener and (s.low[k] in lexicon.prepositions or s.low[k] in fw.contraction):
                # "Los beneficios de la compañía crecieron": the complement is no subject,
                # the noun it completes may be ("el portavoz de la compañía")
                return _role_before(s, k - 1, vt, t0, lexicon) if k > t0 and s.low[k] in fw.of_any else []
            if back < t and _genitive(s, back + 1, lexicon):
                return []  # "The company's profits rose": the company owns the subject, is not it
            if back < t and lexicon.names_before_nouns and _describes_noun(s, back, lexicon):
                return []  # "Ford Motor Company sales dropped": the company describes the subject
            _end, refs, _text = _role_phrase(s, first, first, size or 1, vt, lexicon)
            if k > t0 and s.low[k] in fw.and_:
                # "El Gobierno vasco y el Gobierno catalán firmaron": both, as two names are
                other = _chunk_refs(s, s.chunk_at[k - 1], lexicon) if k - 1 in s.chunk_at and s.chunks[s.chunk_at[k - 1]].t0 >= t0 else _role_before(s, k - 1, vt, t0, lexicon)
                return other + refs
            return refs
    return []


def _subject_after(s: Sentence, vt: int, lexicon: Lexicon) -> list[Ref]:
    """Inverted subject: "dijo Dmitri Peskov", "comentó a EFE Eduard Poletáyev"."""
    seg = s.segments[s.segment_of[vt]]
    verb = s.verb_at[vt]
    t = s.token_at(verb.end)
    limit = len(s.words)
    while t < limit and t in s.timex_tokens:  # "informaron este miércoles fuentes jurídicas"
        t += 1
    if t < limit and s.low[t] in lexicon.fw.to_any and t + 1 < limit:
        end, _refs, _ = noun_phrase(s, t + 1, limit, lexicon)
        t = end
    t = _past_place_after_verb(s, t, limit, lexicon)  # "anunció este martes en Alzira el ministro"
    if t < limit:
        _end, refs, _text = noun_phrase(s, t, limit, lexicon)
        if refs and all(r.entity is None or not r.entity.is_place for r in refs):
            return refs
    _ = seg
    return []


def _name_closing_relative(s: Sentence, seg_index: int, vt: int, vt_end: int, lexicon: Lexicon) -> list[Ref]:
    """"el contrato, que finalmente ganó Lockheed": a relative clause on a common noun
    thing whose verb is followed by a name (after an article or not) that closes the
    clause has that name for subject, the antecedent for object; else []."""
    fw = lexicon.fw
    seg = s.segments[seg_index]
    if seg.opener not in fw.relative or seg.opener in lexicon.determiners or seg.opener in fw.where or s.low[seg.t0] != seg.opener or seg.opener in lexicon.gap_relatives:
        return []  # ("the plan, which angered Democrats": the plan did)
    if any(not (fw.adverb(s.low[k]) or s.low[k] in fw.skip_adverb) for k in range(seg.t0 + 1, vt)):
        return []  # "que el Parlamento aprobó": the subject before the verb, read already
    t = seg.t0 - 1 - (seg.t0 > 0 and s.words[seg.t0 - 1] == ",")
    if t < 1 or t in s.chunk_at or not s.words[t].isalpha() or not s.words[t].islower() or _is_role(s, t, lexicon) or s.low[t] in lexicon.collective:
        return []  # "Tokáyev, que llega hoy": the antecedent acts
    k = vt_end
    while k < len(s.low) and (k in s.timex_tokens or fw.adverb(s.low[k]) or s.low[k] in fw.skip_adverb):
        k += 1
    k += 1 if k + 1 < len(s.low) and s.low[k] in fw.definite else 0
    if k not in s.chunk_at or s.chunks[s.chunk_at[k]].t0 != k:
        return []
    chunk = s.chunks[s.chunk_at[k]]
    refs = _chunk_refs(s, s.chunk_at[k], lexicon)
    if not refs or any(r.entity is not None and r.entity.is_place for r in refs):
        return []
    end = chunk.t1
    while end < len(s.low) and (end in s.timex_tokens or _date_preposition(s, end, lexicon)):
        end += 1
    return refs if end >= len(s.low) or s.words[end] in ',;:.()"«»“”' else []


def _verb_after_according_to(s: Sentence, vt: int, lexicon: Lexicon) -> bool:
    """Whether the verb at vt follows "según" (past its auxiliary or clitic), whose
    subject comes after it as a reporting verb's does ("según ha publicado hoy el Boletín
    Oficial del Estado": the BOE published)."""
    k = vt - 1
    while k > 0 and (s.low[k] in lexicon.fw.clitic or s.low[k] in lexicon.fw.reflexive):
        k -= 1
    return k >= 0 and s.low[k] in lexicon.fw.according_to

def _reporter_after_according_to(s: Sentence, m: Mention, lexicon: Lexicon) -> None:
    """"según informó este martes su matriz": the common phrase read as the object of a
    reporting verb after "según" is who told it, no object; a name set off after it is
    that one ("su matriz, International Airlines Group (IAG),")."""
    t = s.token_at(m.obj_start or 0)
    end, _refs, _text = noun_phrase(s, t, len(s.words), lexicon)
    m.subject_text, m.obj, m.obj_start = m.obj, None, None
    if end + 1 < len(s.words) and s.words[end] == ",":
        after, refs, _text = noun_phrase(s, end + 1, len(s.words), lexicon)
        if refs and all(r.name and (r.entity is None or not r.entity.is_place) for r in refs) and after < len(s.words) and s.words[after] in (",", "("):
            m.subject, m.subject_text = refs, None


def _past_place_after_verb(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> int:
    """The token after "en" + a place name at t, and any date after it ("según anunció
    este martes en Alzira el ministro": the subject comes after the place); else t."""
    if t + 1 >= limit or s.low[t] not in lexicon.fw.in_:
        return t
    end, refs, _ = noun_phrase(s, t + 1, limit, lexicon)
    if not refs or not all(r.entity is not None and r.entity.is_place for r in refs) or end >= limit or s.words[end] == ",":
        return t
    while end < limit and end in s.timex_tokens:
        end += 1
    return end


def _antecedent(s: Sentence, seg_index: int, lexicon: Lexicon) -> tuple[list[Ref], int | None]:
    """For a relative clause ("Tokáyev, que llega..."), the phrase before "que":
    its refs, or the token of an event noun antecedent ("los contactos que tuvieron lugar")."""
    seg = s.segments[seg_index]
    if seg.opener in lexicon.fw.where:
        return [], None  # "viajará a Rabat, donde se reunirá": the place is no subject
    after = seg.t0 + 1
    if after < len(s.low) and after not in s.timex_tokens and s.low[after] in lexicon.fw.np_articles:
        return [], None  # "an order, which the agency appealed": the clause writes its own subject
    t = seg.t0 - 1
    if t >= 0 and s.words[t] == ",":
        t -= 1
    if t > 1 and s.words[t] == ")" and t - 1 in s.chunk_at and s.words[t - 2] == "(" and seg.verbs and seg.verbs[0].tense is not Tense.PRESENT:
        # "la Confederación ... (Codapa), que ha convocado": the acronym names who ("(CCE),
        # que reúne a los operadores": what the body is, in the present, no act)
        t -= 1
    if t > 0 and t in s.timex_tokens and s.words[seg.t0 - 1] == ",":
        k = t
        while k > 0 and (k in s.timex_tokens or s.low[k] in lexicon.prepositions or s.low[k] in lexicon.fw.contraction):
            k -= 1
        if s.low[k] in lexicon.nouns:
            return [], k  # "una manifestación el sábado 29 de noviembre, que partirá": the demonstration, not its day
    if t < 0 or s.low[t] in lexicon.fw.of:
        return [], None  # "advirtió el lunes de que el empleo se frenará": "que" after "de" opens what is said
    if t > 0 and s.low[t] in lexicon.fw.definite and s.low[t - 1] in lexicon.prepositions:
        return [], None  # "una sesión en la que se elegirá la Mesa": where or when, the clause's own subject and object
    if t in s.chunk_at:
        c = s.chunk_at[t]
        before = s.chunks[c].t0 - 1
        counted = before > 1 and _is_count(s.low[before - 2], lexicon)
        if before > 0 and s.low[before] in lexicon.fw.of_any and s.words[before - 1].islower() and s.low[before - 1] not in lexicon.roles and not counted:
            # "el conjunto de Simeone, que perdió": the head is the noun, not the name
            # ("a tres puntos del Real Madrid, que empató": a measure, the name is); a noun
            # that is itself a complement leaves the name's token ending the phrase of the
            # noun before it ("Las obras del túnel de Guadarrama, que comenzaron")
            return [], t if before > 2 and s.low[before - 2] in lexicon.fw.of_any else None
        of = before - 1 if before > 1 and s.low[before] in lexicon.fw.definite else before
        if of > 0 and s.low[of] in lexicon.fw.of_any and s.words[seg.t0 - 1] == "," and (role_size := _is_role(s, of - 1, lexicon)):
            # "El presidente de la Generalitat, que visitó": the role heads the phrase, not the body it is of
            back, size = _role_around(s, of - 1, role_size, lexicon)
            return _role_phrase(s, back, back, size, t + 1, lexicon)[1], None
        noun = (_noun_placed_by(s, before, lexicon) or _event_noun_joined_by(s, before, lexicon)) if s.words[seg.t0 - 1] != "," else _event_noun_placed_by(s, before, c, lexicon)
        if noun is not None:
            return [], noun  # "an Ebola outbreak in Congo that killed 45 people": the outbreak did
        measure = _measure_before_complement(s, s.chunks[c].t0, lexicon) if _done_to_measure(s, seg, lexicon) else None
        if measure is not None:
            return [], measure  # "una moción a la Mesa, que se votará el jueves": the motion
        return _chunk_refs(s, c, lexicon), None
    purpose_head = _head_before_purpose(s, t, lexicon)
    if purpose_head is not None:
        return [], purpose_head  # "un plan para reducir las emisiones, que entrará en vigor": the plan
    measure_head = _measure_before_complement(s, t, lexicon)
    if measure_head is not None:
        return [], measure_head  # "una enmienda a la totalidad, que se debatirá": the amendment
    if s.low[t] in lexicon.demonyms or _is_role(s, t, lexicon) or s.low[t] in lexicon.collective:
        return _subject_before_token(s, t + 1, lexicon), None
    if t > 0 and s.words[t].isalpha() and s.words[t].islower() and t not in s.verb_token and s.low[t] not in lexicon.nouns and _is_role(s, t - 1, lexicon):
        return _subject_before_token(s, t, lexicon), None  # "del director manchego, que estrenó": the role before its adjective
    return [], t


def _antecedent_named_again(text: str, lexicon: Lexicon) -> str:
    """A relative's antecedent as its clause names it again, an indefinite article made
    definite ("un plan ..., que entrará en vigor": "el plan entra en vigor")."""
    first, _, rest = text.partition(" ")
    article = lexicon.title_words.get("named_again", {}).get(first.lower()) if rest else None
    return f"{article} {rest}" if article else text


def _definite_again(text: str, lexicon: Lexicon) -> str:
    """An indefinite phrase a pronoun stands for, with the definite article: "filed a
    motion, but the judge denied it": "the motion"."""
    first, _, rest = text.partition(" ")
    return f"{lexicon.article(rest.split()[-1], False)} {rest}" if rest and first.lower() in lexicon.fw.indefinite else text


def _head_before_purpose(s: Sentence, t: int, lexicon: Lexicon) -> int | None:
    """The token of a noun of a measure before a purpose clause ("para" + infinitive)
    whose object ends at token t, before the comma of a relative after it ("un plan para
    reducir las emisiones, que entrará en vigor": the plan enters into force, not the
    emissions); None otherwise."""
    fw = lexicon.fw
    for k in range(t - 1, max(0, t - 7), -1):
        if s.words[k] in ',;:()"«»“”':
            return None
        verb = s.verb_at.get(k + 1)
        if s.low[k] in fw.purpose and verb is not None and verb.tense is Tense.INFINITIVE:
            return _measure_noun_before(s, k, lexicon)
    return None


def _measure_before_complement(s: Sentence, t: int, lexicon: Lexicon) -> int | None:
    """The token of a noun of a measure whose complement with "a" ends at token t, before
    the comma of a relative after it ("una enmienda a la totalidad, que se debatirá el 10
    de diciembre": the amendment is debated, not the whole); None otherwise."""
    fw = lexicon.fw
    for k in range(t - 1, max(0, t - 4), -1):
        if not s.words[k].isalpha() or k in s.verb_token:
            return None
        if s.low[k] in fw.to or s.low[k] in fw.contraction_to:
            return _measure_noun_before(s, k, lexicon)
    return None


def _done_to_measure(s: Sentence, seg: Segment, lexicon: Lexicon) -> bool:
    """Whether the relative clause opens on "que se" + what a body does to a measure
    ("que se votará"): its subject is the thing voted."""
    after = seg.t0 + 1
    return bool(seg.verbs) and after in range(len(s.low)) and s.low[after] in lexicon.fw.reflexive and seg.verbs[0].lemma in lexicon.measure_acts


def _measure_noun_before(s: Sentence, k: int, lexicon: Lexicon) -> int | None:
    """The token before token k when it is a noun of a measure after its article ("una
    enmienda a", "un plan para"), else None."""
    head = k - 1
    return head if head > 0 and s.low[head] in lexicon.measure_nouns and s.low[head - 1] in lexicon.fw.article else None


def _named_by_noun(s: Sentence, ref: Ref, lexicon: Lexicon) -> bool:
    """Whether the name `ref` stands right after a noun it names ("el premio Cervantes",
    "el caso Gürtel", "la operación Kitchen"): the thing's name, no actor."""
    t = s.token_at(ref.start) - 1
    return ref.name and t >= 0 and s.words[t].islower() and fold(s.low[t]) in lexicon.naming_nouns


def _made_thing_object(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the object opening at token t (past dates and articles) is headed by a
    noun of a made thing ("presentó ayer el cartel de la feria": the poster)."""
    while t < len(s.low) and (t in s.timex_tokens or s.low[t] in lexicon.determiners or s.low[t] in lexicon.fw.definite):
        t += 1
    return t < len(s.low) and fold(s.low[t]) in lexicon.product_nouns


def _product_name_before(s: Sentence, seg_index: int, lexicon: Lexicon) -> int | None:
    """The last token of a name right before a relative clause when a noun of a made
    thing stands right before the name ("el próximo sistema operativo Mac OS X Lion de
    Apple, que", "el nuevo móvil Galaxy S30, que"): a thing, no one who acts; or None."""
    seg = s.segments[seg_index]
    t = seg.t0 - 1
    if t >= 0 and s.words[t] == ",":
        t -= 1
    if t not in s.chunk_at:
        return None
    before = s.chunks[s.chunk_at[t]].t0 - 1
    if before < 0 or not s.words[before].islower():
        return None
    return t if fold(s.low[before]) in lexicon.product_nouns or before > 0 and fold(s.low[before - 1] + " " + s.low[before]) in lexicon.product_nouns else None


def _noun_placed_by(s: Sentence, t: int, lexicon: Lexicon) -> int | None:
    """The token of the common noun that the name after token t places: "an outbreak
    in (the) Congo" (the articles before the name skipped), or None."""
    while t > 0 and s.low[t] in lexicon.fw.np_articles:
        t -= 1
    return t - 1 if t > 0 and s.low[t] in lexicon.fw.in_ and common_word(s, t - 1, t, lexicon) else None


def _event_noun_joined_by(s: Sentence, t: int, lexicon: Lexicon) -> int | None:
    """The token of the event noun whose other party the name after token t ("con") is:
    "un acuerdo con Vox que se rompió en julio" (the agreement broke, not Vox), or None."""
    while t > 0 and s.low[t] in lexicon.fw.np_articles:
        t -= 1
    return t - 1 if t > 0 and s.low[t] in lexicon.fw.with_ and s.low[t - 1] in lexicon.nouns else None


def _event_noun_placed_by(s: Sentence, t: int, c: int, lexicon: Lexicon) -> int | None:
    """The token of the event noun that the place named in chunk c, after token t and
    before a comma and a relative, places, past the noun's agent: "A strike by port
    workers in Antwerp, which began on Monday" (the strike began; a person's name there
    is who: "the meeting with Sanchez, who arrived"), or None."""
    entities = [p[2] for p in s.chunks[c].parts]
    while t > 0 and s.low[t] in lexicon.fw.np_articles:
        t -= 1
    if not (t > 0 and s.low[t] in lexicon.fw.in_ and entities and all(e is not None and e.is_place for e in entities)):
        return None
    for k in range(t - 1, max(-1, t - 6), -1):
        if s.words[k] in ",;:()" or k in s.verb_token or k in s.chunk_at:
            return None
        if s.low[k] in lexicon.nouns and s.words[k].islower():
            return k
    return None


def _where_antecedent(s: Sentence, t: int, lexicon: Lexicon) -> Ref | None:
    """The place that a "donde"/"where" at token t refers to: the one named right
    before it ("llegó a Bruselas, donde se reunió"), or None. The clause's date is
    not taken from it: the same visit, but not surely the same day."""
    places = [p for p in _places_in(s, max(0, t - _ANTECEDENT_REACH), t, lexicon) if s.token_at(p[1].start) not in s.timex_tokens]
    if not places:
        return None
    ref = places[-1][1]
    after = s.token_at(ref.start + len(ref.text) - 1) + 1
    # only a comma or a date between: "llegó a Bruselas el lunes, donde", "arrived in Brussels on Monday, where"
    return ref if all(s.words[k] == "," or k in s.timex_tokens or _date_preposition(s, k, lexicon) for k in range(after, t)) else None


_ANTECEDENT_REACH = 12  # tokens: "a la histórica ciudad uzbeka de Samarcanda, donde"


def _subject_before_token(s: Sentence, t: int, lexicon: Lexicon) -> list[Ref]:
    for back in range(t - 1, max(-1, t - 7), -1):
        size = _is_role(s, back, lexicon)
        if size or s.low[back] in lexicon.collective:
            back, size = _role_around(s, back, size, lexicon)
            _end, refs, _text = _role_phrase(s, back, back, size or 1, t, lexicon)
            return refs
    return []


def _main_subject(s: Sentence, seg_index: int, lexicon: Lexicon) -> list[Ref]:
    """The subject written before this clause, set off by commas: "Tokáyev, que
    llega hoy a Moscú, hizo..."; "El presidente francés, Emmanuel Macron, llegó...".
    Relative clauses in between are skipped; the nearest name wins."""
    k = _before_relatives(s, seg_index, lexicon)
    if k == seg_index - 1 and _told_aside_segment(s, k, lexicon):
        k -= 1  # "The Financial Conduct Authority, investors said on Friday, will publish": the authority's
    found: list[Ref] = []
    # asides skipped: "El conductor, de 58 años, fue", "Salvador Nasralla, of the Liberal Party, will"
    while k >= 0 and not s.segments[k].verbs:
        seg = s.segments[k]
        begin = seg.t0
        if seg.opener is not None:
            if seg.opener not in lexicon.fw.complementiser or s.low[begin] != seg.opener:
                break
            begin += 1  # "anunció que Thibaut Courtois, lesionado ..., volverá": the subject after "que"
        end = seg.t1 - 1 if s.words[seg.t1 - 1] in ',;:"”»' else seg.t1  # a closing quote: "the film "Frankenstein" premiered"
        if seg.opener is None and _bracketed_only(s, begin, end):
            k -= 1  # "La Comisión Central de Explotación (CCE), que reúne ..., aprobó": the acronym and its comma
            continue
        if " ".join(s.low[begin:end]) in lexicon.fw.parenthetical or s.low[begin] in lexicon.fw.of_any and end > begin + 1 and (all(x in s.duration_tokens for x in range(begin + 1, end)) or _name_ends_at(s, _skip_determiners(s, begin + 1, end, lexicon), end)) or (
            seg.opener is None and (s.participle_at(begin) or s.low[begin] in lexicon.ordinals)
        ):
            k -= 1  # "El Madrid, por su parte, aplazó", "El conductor, de 58 años, fue", "..., lesionado desde enero, volverá", "..., quinto en LaLiga, suma": an aside
            continue
        if _prepositional_aside(s, k, end, lexicon):
            k -= 1  # "El ministro, en una rueda de prensa celebrada el lunes, anunció": the minister's
            continue
        if end <= begin or s.low[begin] in lexicon.prepositions:
            break
        stop, refs, _ = noun_phrase(s, begin, end, lexicon)
        if stop < end:
            if end - 1 in s.chunk_at and (_titles_only(s, begin, s.chunks[s.chunk_at[end - 1]].t0, lexicon) or _descriptor_only(s, begin, s.chunks[s.chunk_at[end - 1]].t0, lexicon)):
                named = _chunk_refs(s, s.chunk_at[end - 1], lexicon)  # "Opposition leader Axel Kicillof,"
                if any(r.name for r in named):
                    return named
            if s.low[begin] not in lexicon.fw.np_articles or seg.opener is not None:
                break
            # "the governor of Buenos Aires province,": an apposition the phrase reader
            # does not cover; the name may stand before it
            found = found or refs
            k -= 1
            continue
        if any(r.name for r in refs):
            if _ends_aside_list(s, k, lexicon):
                k -= 2  # "The tournament, co-hosted by the United States, Canada and Mexico, starts"
                continue
            if s.in_quote[begin] and end < seg.t1:
                return []  # 'Her novel "The Long Field" won': a title in quotes names a work, no one who acts
            return refs
        found = found or refs  # a common noun phrase is an apposition: "matriz de Airbus"
        if seg.opener is not None:
            break
        k -= 1
    return found


def _told_aside_segment(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether segment k is an aside that tells who says it, set off by commas between a
    subject and the verb of the next segment ("The committee, | its chair said on Monday, |
    will hold a hearing")."""
    seg = s.segments[k]
    if seg.opener is not None or not seg.verbs or seg.t0 < 2 or s.words[seg.t0 - 1] != "," or k + 1 >= len(s.segments):
        return False
    after = _verb_past_told_aside(s, seg.t0 - 1, lexicon)
    return after is not None and after in s.segments[k + 1].verbs


def _bracketed_only(s: Sentence, begin: int, end: int) -> bool:
    """Whether tokens begin to end hold nothing or one short aside in brackets ("(CCE)")."""
    return end <= begin or s.words[begin] == "(" and s.words[end - 1] == ")" and end - begin <= 5


def _ends_aside_list(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether segment k ends a list of names that a participle aside before it opened
    ("co-hosted by the United States, Canada and Mexico,"): part of the aside."""
    if k == 0:
        return False
    aside = s.segments[k - 1]
    seg = s.segments[k]
    return not aside.verbs and aside.opener is None and s.participle_at(aside.t0) and any(s.low[t] in lexicon.fw.and_ for t in range(seg.t0, seg.t1))


def _percent_words_end(s: Sentence, end: int, limit: int, lexicon: Lexicon) -> int:
    """Past the words that make the figure before token `end` a percentage ("1,5 por
    ciento", which a phrase reader cuts at "por"), else `end`."""
    if end == 0 or end >= limit or not s.words[end - 1][:1].isdigit():
        return end
    for words in lexicon.percent_words:
        if tuple(s.low[end : end + len(words)]) == words and end + len(words) <= limit:
            return end + len(words)
    return end


def _percentage_at(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether a percentage opens at token t: "20 %", "3,5 por ciento"."""
    if not s.words[t][:1].isdigit():
        return False
    return any(tuple(s.low[t + 1 : t + 1 + len(p)]) == p for p in lexicon.percent_words)


def _parliament_of_place(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the sitting noun at token t, capitalised, is a parliament: named after a
    place the gazetteer knows ("La Asamblea de Extremadura") or alone after its article
    ("la disolución de la Asamblea"); "la asamblea de trabajadores", "la Asamblea de
    Socios", "la Asamblea General" stay sittings."""
    if not s.words[t][:1].isupper() or s.low[t] in lexicon.sessions_of_body:
        return False
    fw = lexicon.fw
    if t > 0 and (s.low[t - 1] in fw.definite or s.low[t - 1] in fw.contraction_of) and s.chunk_at.get(t) is not None and s.chunks[s.chunk_at[t]].t1 == t + 1:
        return True  # "el decreto de disolución de la Asamblea": named alone, the chamber
    if t + 2 >= len(s.low) or s.low[t + 1] not in fw.of:
        return False
    place = t + 2
    if place not in s.chunk_at:
        return False
    entity = lexicon.entities.get(fold(s.span_text(place, s.chunks[s.chunk_at[place]].t1)))
    return entity is not None and entity.is_place


def _body_of_named_sitting(s: Sentence, t: int, lexicon: Lexicon) -> list[Ref]:
    """The body a sitting noun at token t names inside its own capitalised name: "El Pleno
    del Gobierno aprobó" is the Government's act, as "el pleno del Gobierno" is."""
    chunk = s.chunks[s.chunk_at[t]] if t in s.chunk_at else None
    if chunk is None or chunk.t0 != t or chunk.t1 - t < 3 or s.low[t] not in lexicon.sessions_of_body:
        return []
    of = t + 1
    fw = lexicon.fw
    if s.low[of] not in fw.of_any:
        return []
    article = fw.contractions.get(s.low[of]) if s.low[of] in fw.contraction_of else None
    first = of + 1
    if s.low[first] in fw.definite:
        article, first = s.low[first], first + 1
    if first >= chunk.t1:
        return []
    text = s.span_text(first, chunk.t1)
    return [Ref(text, lexicon.entities.get(fold(text)), name=True, article=article, start=s.starts[first])]


def _sitting_act_done_at(s: Sentence, m: Mention, clause_nouns: list[Mention], timexes: list[Timex], lexicon: Lexicon) -> None:
    """"El Consejo de Gobierno, en su reunión semanal, aprobó hoy el decreto": the sitting
    an act of another kind was done at, after "en", with no date, name or participants of
    its own, is told by the act (no meeting apart, nor one named before)."""
    fw = lexicon.fw
    for noun in clause_nouns:
        if noun.verb is not None or noun.kind not in lexicon.held_at_kinds or noun.kind == m.kind or noun.signal is None or noun.signal[1] not in fw.in_:
            continue
        if noun.participants or noun.name is not None or any(r.name or r.role for r in noun.subject):
            continue  # "en una reunión con los sindicatos", "en el pleno del Congreso": who met, a sitting of its own
        before = s.low[s.token_at(noun.start) - 1]
        if before in fw.demonstrative or before in fw.demonstrative_after_preposition:
            continue  # "En esa reunión se acordó", "At that meeting": the meeting told before, which dates the act
        if m.kind in lexicon.convened_kinds and noun.start > m.end and not any(m.end <= o.start < noun.start for o in clause_nouns):
            noun.signal = None  # "convocará el jueves a las comunidades en una reunión extraordinaria": the sitting called, as "a una reunión"
            continue
        end = max(noun.end, noun.np_end) + 1  # "en la reunión del lunes" has its own day ("semanal", a set, is none)
        if not any(x.start is not None and noun.start <= x.start <= end and x.type in (TimexType.DATE, TimexType.TIME) and not _date_past_place(s, noun, x, lexicon) for x in timexes):
            noun.verb, noun.source = m.verb, "consumed"
            m.place = m.place or noun.place  # "será investido en una ceremonia en el Congreso de Valparaíso": where the act was done


def _date_past_place(s: Sentence, noun: Mention, timex: Timex, lexicon: Lexicon) -> bool:
    """Whether a date in a sitting noun's phrase comes bare after it, its place or its
    adjective ("en una ceremonia en el Congreso el 11 de marzo", "en una conferencia
    telefónica el miércoles"): the clause's date, not the noun's own ("en la ceremonia del
    11 de marzo", "en la reunión celebrada el lunes")."""
    k = s.token_at(timex.start)  # type: ignore[arg-type]
    before = k - 1
    if s.low[k] in lexicon.fw.of_any or s.low[k] in lexicon.fw.contraction:
        return False  # the tagger's "del jueves": the noun's own
    return before > s.token_at(noun.start) and s.low[before] not in lexicon.fw.of_any and s.low[before] not in lexicon.prepositions and before not in s.verb_token


def _convened_by(m: Mention, clause_nouns: list[Mention], subject: list[Ref]) -> None:
    """"La Codapa ha convocado a sus asociaciones a una asamblea el próximo martes": the
    first event called after the verb, with no subject of its own, is held by who called it
    (by the phrase that names them when no name does)."""
    for noun in clause_nouns:
        if noun.start > m.end and noun.verb is None and not noun.subject and not noun.hypothetical:
            noun.subject = list(subject)
            if not subject and noun.subject_text is None:
                noun.subject_text = m.subject_text  # "Los sindicatos de la enseñanza pública convocaron una huelga": theirs, as written
            return


def _adjective_of_name(s: Sentence, between: range, lexicon: Lexicon) -> bool:
    """Whether the tokens between a sitting body's phrase and its verb are, besides dates,
    adverbs and "también", at most one adjective of the phrase right after it: a word in
    lower case, no verb or function word ("del Parlamento andaluz debatirá", "El pleno
    municipal aprobó", "El pleno del Ayuntamiento también aprobó")."""
    fw = lexicon.fw
    rest = [k for k in between if not (k in s.timex_tokens or s.low[k] in fw.clitic or fw.adverb(s.low[k]) or s.low[k] in lexicon.also)]
    if not rest:
        return True
    k = rest[0]
    # ("La asamblea general aprobó": "general" also completes a role, "secretario general")
    return len(rest) == 1 and k == between[0] and s.words[k].isalpha() and s.words[k].islower() and k not in s.verb_token and (s.low[k] not in lexicon.function_words or s.low[k] in lexicon.fw.role_modifier)


def _prepositional_aside(s: Sentence, k: int, end: int, lexicon: Lexicon) -> bool:
    """Whether segment k (its words up to end) is a phrase opened by a preposition and set
    off by commas after a clause part of no verb: "El ministro, en una rueda de prensa
    celebrada el lunes, anunció" (no subject; the one before it is)."""
    seg = s.segments[k]
    if k == 0 or seg.opener is not None or end <= seg.t0 + 1 or s.words[seg.t1 - 1] != ",":
        return False
    before = s.segments[k - 1]
    return s.low[seg.t0] in lexicon.prepositions and s.low[seg.t0] not in lexicon.fw.of_any and not before.verbs and s.words[before.t1 - 1] == "," and before.t1 == seg.t0


def _before_relatives(s: Sentence, seg_index: int, lexicon: Lexicon, participles: bool = False) -> int:
    """The segment before the relative clauses right before this one, each with its
    parts ("que entrará en vigor ... del Estado (BOE),"), and with `participles` the
    participle asides too ("presidido por el cineasta Thomas Vinterberg,"), or -1."""
    k = seg_index - 1
    while k >= 0 and (s.segments[k].opener in lexicon.fw.relative or s.segments[s.segments[k].host].opener in lexicon.fw.relative or participles and s.segments[k].opener is None and (s.participle_at(s.segments[k].t0) or _ends_aside_list(s, k, lexicon))
                      or _relative_goes_on(s, k, lexicon)):
        if k < seg_index - 1 and _opens_complement_clause(s, k):
            break  # "confirmed that defender Gabriel, who limped off, had scans": Gabriel's
        k -= 1
    return k


def _relative_goes_on(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether segment k goes on with the relative clause before it, joined by a
    coordinator with no subject of its own: "which lasted 43 days | and ended on Nov. 12,"."""
    seg = s.segments[k]
    return k > 0 and seg.opener in lexicon.fw.coordinator and s.segments[k - 1].opener in lexicon.fw.relative and opens_on_its_verb(s, seg, lexicon)


def resumes_after_relative(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether segment k is the main clause going on right after the relative clause
    before it, with its verb and no subject of its own ("The strike, which began on
    Oct. 1, | ended on Nov. 12", "El festival, que arrancó el viernes, | se prolongará")."""
    return k > 0 and s.segments[k - 1].opener in lexicon.fw.relative and s.segments[k].opener is None and opens_on_its_verb(s, s.segments[k], lexicon)


def opens_on_its_verb(s: Sentence, seg: Segment, lexicon: Lexicon) -> bool:
    """Whether the segment's first verb is its first word past its opener and clitics:
    a clause with no subject of its own ("and ended on Nov. 12", "se prolongará")."""
    first = seg.t0 + (seg.opener is not None and s.low[seg.t0] == seg.opener)
    while first < seg.t1 and s.low[first] in lexicon.fw.clitic:
        first += 1
    return bool(seg.verbs) and first < seg.t1 and seg.verbs[0].start == s.starts[first]


def _opens_complement_clause(s: Sentence, k: int) -> bool:
    """Whether segment k opens with its opener right after a finite verb: "confirmed
    that", a clause told, no relative clause of a noun."""
    t0 = s.segments[k].t0
    verb = s.verb_of(t0 - 1) if t0 > 0 else None
    return s.low[t0] == s.segments[k].opener and verb is not None and verb.finite


def _segment_last_word(s: Sentence, k: int) -> int:
    """The last token of segment k, before a comma that closes it ("El terremoto, que mató
    a 2.000 personas en 1960, destruyó Agadir": "terremoto")."""
    last = s.segments[k].t1 - 1
    return last - 1 if s.words[last] == "," and last > s.segments[k].t0 else last


def _disaster_before_relatives(s: Sentence, seg_index: int, vt: int, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> Mention | None:
    """The disaster noun closing the phrase before the relative clauses that the verb
    at token vt, first in its segment, goes on from: "El terremoto que mató a 2.000
    personas en 1960 destruyó Agadir" (the quake destroyed it), or None."""
    seg = s.segments[seg_index]
    k = _before_relatives(s, seg_index, lexicon)
    if seg.opener is not None or vt != seg.t0 or k < 0 or k == seg_index - 1:
        return None
    last = _segment_last_word(s, k)
    noun = next((m for m in noun_mentions.values() if m.segment == k and s.token_at(m.np_end - 1) == last), None)
    return noun if noun is not None and noun.kind in lexicon.impersonal else None


def _phrase_before_relative(s: Sentence, seg_index: int, lexicon: Lexicon, restrictive: bool = False) -> str | None:
    """"La norma, que entrará en vigor al día siguiente, limita", "El jurado,
    presidido por Thomas Vinterberg, dará": the common noun phrase before an aside
    set off by commas, subject of the verb after it; with `restrictive`, for a verb
    with no kind of its own, also before a relative with no comma opening the sentence
    ("El balance de víctimas de las inundaciones que azotan ... ascendió a siete")."""
    k = _before_relatives(s, seg_index, lexicon, participles=True)
    # ("The shutdown, which lasted 43 days and ended on Nov. 12, delayed": the phrase is
    # hosted by the relative's second verb, read as a clause of its own)
    if k < 0 or k == seg_index - 1 or s.segments[k].verbs or s.segments[k].host != s.segments[seg_index].host and not _relative_goes_on(s, s.segments[k].host, lexicon):
        return None
    comma = s.segments[k].t1 - 1
    if any(t in s.chunk_at for t in range(s.segments[k].t0, comma)):
        return None  # a name there is the subject `_main_subject` finds or leaves to the paragraph
    if s.words[comma] != ",":
        return _phrase_before(s, comma, lexicon) if restrictive and s.segments[k].t0 == 0 else None
    return _np_subject(s, comma, lexicon)


def _told_phrase_before_relative(s: Sentence, seg_index: int, lexicon: Lexicon) -> str | None:
    """"Police said the man who fled had surrendered": the noun phrase right after a
    reporting verb and before the relative clauses that end at this clause's verb is
    what was told of, the verb's subject (not the reporter, nor the paragraph's last
    name)."""
    k = _before_relatives(s, seg_index, lexicon)
    if k < 0 or k == seg_index - 1 or not s.segments[k].verbs:
        return None
    told = s.segments[k].verbs[-1]
    if told.lemma not in lexicon.reporting or not told.finite:
        return None
    last = _segment_last_word(s, k)  # ("said the man, who fled, had surrendered")
    begin = s.token_at(told.end)
    if begin > last or last - begin > 6 or s.low[begin] not in lexicon.fw.article:
        return None
    if any(t in s.chunk_at or t in s.timex_tokens or not s.words[t].isalpha() for t in range(begin, last + 1)):
        return None  # a name there is the subject `_main_subject` finds or leaves to the paragraph
    return s.span_text(begin, last + 1)


def _coordinated_phrase_before_relative(s: Sentence, seg_index: int, lexicon: Lexicon) -> str | None:
    """"..., y los electores que no hayan recibido la documentación podrán solicitarla":
    the common noun phrase opening a coordinated clause right before its relative, with
    no comma, subject of the verb after the relative (not the subject of the clause
    before the "y")."""
    k = _before_relatives(s, seg_index, lexicon)
    if k < 0 or k == seg_index - 1:
        return None
    seg = s.segments[k]
    end = seg.t1
    # "aprobó ayer el decreto y los alcaldes que lo soliciten recibirán": the "y" may
    # stand inside the segment, after its verb
    begin = next((t + 1 for t in range(end - 2, max(seg.t0, end - 8) - 1, -1) if s.low[t] in lexicon.fw.coordinator), None)
    if begin is None or end - begin < 2 or any(s.verb_of(t) is not None for t in range(begin, end)) or s.low[begin] not in lexicon.fw.article:
        return None
    if any(not s.words[t].isalpha() or t in s.chunk_at or t in s.timex_tokens for t in range(begin, end)):
        return None  # a name there is the subject `_main_subject` finds or leaves to the paragraph
    return s.span_text(begin, end)


def _descriptor_only(s: Sentence, begin: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens begin..end-1 are a short description of the name after them, only
    words, no verb or preposition ("Activist investor Crestline Partners, which owns ...,
    said": the investor is Crestline Partners)."""
    return 0 < end - begin <= 4 and all(
        s.words[t].isalpha() and s.verb_of(t) is None and s.low[t] not in lexicon.prepositions and s.low[t] not in lexicon.fw.np_articles and s.low[t] not in lexicon.determiners
        for t in range(begin, end)
    )


def _titles_only(s: Sentence, begin: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens begin..end-1 are only titles and roles ("Opposition leader",
    "el líder de la oposición"), so that the name after them is the phrase's head."""
    t = begin
    while t < end:
        size = _is_role(s, t, lexicon)
        if size:
            t += size
        elif s.low[t] in lexicon.title_role_words or s.low[t] in lexicon.demonyms or s.words[t][:1].isupper() or s.low[t] in lexicon.fw.np_articles:
            t += 1
        else:
            return False
    return True


def find_nouns(s: Sentence, lexicon: Lexicon) -> list[tuple[int, int, str, str, bool]]:
    """Event nouns: (first token, end token, kind, lemma, plural)."""
    found = []
    # where the trigger words stand, by a C-level scan: most words are none
    candidates = compress(range(len(s.low)), map(lexicon.trigger_words.__contains__, s.low))
    position = 0
    for t in candidates:
        if t < position:
            continue
        word = s.low[t]
        if t in s.verb_token:
            verb = s.verb_at.get(s.verb_token[t])
            # ("diez subidas de tipos": a count makes a participle's form a noun too)
            noun_position = t > 0 and (s.low[t - 1] in lexicon.determiners or s.low[t - 1] in lexicon.fw.definite or s.low[t - 1] in lexicon.fw.contraction or _count_before(s, t, lexicon) is not None)
            if verb is None or verb.finite or not (noun_position or _modified_gerund(s, t, lexicon)):
                continue
        match = None
        for words, kind, lemma, plural in lexicon.multiword.get(word, ()):
            if tuple(s.low[t : t + len(words)]) == words:
                match = (t, t + len(words), kind, lemma, plural)
                break
        if match is None and word in lexicon.nouns:
            kind, lemma, plural = lexicon.nouns[word]
            match = (t, t + 1, kind, lemma, plural)
        if match is None:
            continue
        if t in s.chunk_at and s.chunks[s.chunk_at[t]].t0 != t:
            continue
        if t in s.timex_tokens:
            continue  # "a finales de año": part of a date
        position = match[1]
        if _excluded(s, match[0], match[1], lexicon):
            continue
        if match[2] in lexicon.attributive_kinds and lexicon.names_before_nouns and _describes_noun(s, match[1] - 1, lexicon):
            continue  # "a World Cup shirt": the competition names the shirt
        found.append(match)
    if lexicon.named_event_heads and s.chunks:
        found += _named_event_heads(s, found, lexicon)
    if lexicon.ordinal_event_words and found:
        found = found + _ordinal_nouns(s, found, lexicon)
    return found + _elided_nouns(s, found, lexicon) if lexicon.elided_event_words and found else found


def _titled_by_its_name(s: Sentence, m: Mention, t0: int, lexicon: Lexicon) -> None:
    """The event noun that ends a name is titled by the whole name ("Cannes Film
    Festival"), a specific event."""
    if not lexicon.named_event_heads or t0 not in s.chunk_at:
        return
    chunk = s.chunks[s.chunk_at[t0]]
    if chunk.t1 == t0 + 1 and chunk.t0 < t0 and s.low[t0] in lexicon.named_event_heads:
        m.noun, m.name, m.specific = chunk.text, None, True


def _named_event_heads(s: Sentence, found: list[tuple[int, int, str, str, bool]], lexicon: Lexicon) -> list[tuple[int, int, str, str, bool]]:
    """A name of two words or more that ends on a capitalised event word is that event
    ("The Cannes Film Festival opened", "the G20 Summit", "the World Cup"): its last
    word, read as the event noun the whole name titles."""
    heads = []
    taken = {t for f in found for t in range(f[0], f[1])}
    for chunk in s.chunks:
        t = chunk.t1 - 1
        if t - chunk.t0 < 1 or t in taken or not s.words[t][:1].isupper() or t in s.timex_tokens:
            continue
        kind = lexicon.named_event_heads.get(s.low[t])
        # ("The FA Cup final": the name describes the noun after it; "the Western Conference": a league's division)
        if kind is not None and not _name_before_its_noun(s, t + 1, len(s.low), lexicon) and fold(chunk.text) not in lexicon.named_heads_not_events:
            heads.append((t, t + 1, kind, s.low[t], False))
    return heads


def _ordinal_nouns(s: Sentence, found: list[tuple[int, int, str, str, bool]], lexicon: Lexicon) -> list[tuple[int, int, str, str, bool]]:
    """"tiene previsto organizar dos debates: el primero se celebrará el martes 9 de
    diciembre y el segundo, el lunes 15": an ordinal after its article, with no noun after
    it, standing after a counted plural event noun of the sentence, is one of those events
    (its lemma, its kind)."""
    counted = [f for f in found if f[4] and _count_before(s, f[0], lexicon) is not None]
    if not counted:
        return []
    ordinals = []
    for t in range(counted[0][1] + 1, len(s.low) - 1):
        if s.low[t] not in lexicon.ordinal_event_words or s.low[t - 1] not in lexicon.fw.definite or t in s.timex_tokens:
            continue
        if not (s.low[t + 1] in lexicon.prepositions or t + 1 in s.timex_tokens or t + 1 in s.verb_token or s.low[t + 1] in lexicon.fw.clitic or s.words[t + 1] in ",."):
            continue  # "el primer debate", "el segundo partido": the noun is read as such
        _t0, _t1, kind, lemma, _plural = [f for f in counted if f[1] <= t][-1]
        ordinals.append((t, t + 1, kind, lemma, False))
    return ordinals


def _elided_nouns(s: Sentence, found: list[tuple[int, int, str, str, bool]], lexicon: Lexicon) -> list[tuple[int, int, str, str, bool]]:
    """"would hold a rally at O'Hare on Friday and another in Los Angeles on Saturday": a
    word standing for one more of the event noun before it, after "and", with no noun of
    its own after it, is another event of that noun (its lemma, its kind)."""
    elided = []
    for t in range(1, len(s.low) - 1):
        if s.low[t] not in lexicon.elided_event_words or s.low[t - 1] not in lexicon.fw.and_:
            continue
        if not (s.low[t + 1] in lexicon.prepositions or t + 1 in s.timex_tokens or s.words[t + 1] in ",."):
            continue  # "and another rally": the noun is read as such
        before = [f for f in found if f[1] <= t and s.segment_of[f[0]] == s.segment_of[t] and not f[4]]
        if before:
            _t0, _t1, kind, lemma, _plural = before[-1]
            elided.append((t, t + 1, kind, lemma, False))
    return elided


def _modified_gerund(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the gerund at token t heads a noun phrase, after a determiner and up to
    two modifiers (words or dates) or a name, with no object after it: "an emergency
    meeting on Friday", "a two-day meeting", "the ECB meeting" ("the government meeting
    the demands" is a verb)."""
    k = t - 1
    if lexicon.names_before_nouns and k in s.chunk_at and s.chunks[s.chunk_at[k]].t1 == t:
        k = s.chunks[s.chunk_at[k]].t0 - 1  # a name holding it: "the ECB meeting"
    else:
        while k >= 0 and t - k <= 2 and s.low[k] not in lexicon.determiners and (common_word(s, k, t, lexicon) or k in s.timex_tokens):
            k -= 1
        if k == t - 1:
            return False
    if k < 0 or s.low[k] not in lexicon.determiners and s.low[k] not in lexicon.fw.definite:
        return False
    # "the Fed meeting next week": a date after it, no object
    return t + 1 >= len(s.low) or t + 1 in s.timex_tokens or not (s.low[t + 1] in lexicon.determiners or s.low[t + 1] in lexicon.fw.definite or t + 1 in s.chunk_at)


def _begins_another_verb(s: Sentence, lemma: str, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether the verb of beginning ending before token vt_end begins the infinitive
    after it ("the shutdown began to strain air traffic control", "la huelga empezó a
    afectar"): what begins is that act, not its subject."""
    if lemma not in lexicon.opening or vt_end + 1 >= len(s.low) or s.low[vt_end] not in lexicon.fw.to or vt_end + 1 in s.timex_tokens:
        return False
    word = s.words[vt_end + 1]
    # a base the lexicon may not know ("to strain"), but no phrase ("began to cheers", "a las 10")
    return infinitive_after_mark(word, lexicon.language) or word.isalpha() and word.islower() and word not in lexicon.determiners and word not in lexicon.fw.np_articles


def _infinitive_after_verb_to(s: Sentence, t0: int, t1: int, lexicon: Lexicon) -> bool:
    """Whether the one-word noun at t0 is a verb's base after a verb and "to": "The
    deadline to register to vote passed on Monday" (no vote that day)."""
    if t1 - t0 != 1 or t0 < 2 or s.low[t0 - 1] != "to" or s.low[t0 - 1] not in lexicon.fw.to:
        return False
    if not infinitive_after_mark(s.low[t0], lexicon.language):
        return False
    # after a finite verb, or after another "to" + base ("to register to vote")
    return t0 - 2 in s.verb_token or t0 > 2 and s.low[t0 - 3] == "to" and infinitive_after_mark(s.low[t0 - 2], lexicon.language)


def _excluded(s: Sentence, t0: int, t1: int, lexicon: Lexicon) -> bool:
    lemma_word = s.low[t0]
    if _infinitive_after_verb_to(s, t0, t1, lexicon):
        return True  # "registered to vote"
    if lemma_word in lexicon.counted and t0 > 0 and (s.low[t0 - 1][:1].isdigit() or s.low[t0 - 1] in lexicon.fw.quantity_word):
        return True  # "failed by 12 votes", "311 votes to 112": ballots counted
    for offset, phrase in lexicon.not_events_by_word.get(lemma_word, ()):
        begin = t0 - offset
        if begin >= 0 and tuple(s.low[begin : begin + len(phrase)]) == phrase:
            return True
    if t0 > 0 and (s.low[t0 - 1] in lexicon.negative_determiners or t0 > 1 and s.low[t0 - 2] in lexicon.negative_determiners and s.words[t0 - 1].isalpha() and s.words[t0 - 1].islower() and s.verb_of(t0 - 1) is None):
        return True  # "said no deaths had been linked to the defect", "no major injuries": denied, no event
    if t1 - t0 == 1 and lemma_word in lexicon.sitting_bodies and _parliament_of_place(s, t0, lexicon):
        return True  # "La Asamblea de Extremadura celebró su último pleno": the body, no sitting
    if lexicon.nouns.get(lemma_word, ("", ""))[1] in lexicon.needs_determiner:
        k = t0 - 1
        fw = lexicon.fw
        while k >= 0 and s.low[k] in fw.quantifier:
            k -= 1  # "un fuerte temporal"
        if k < 0 or not (s.low[k] in lexicon.determiners or s.low[k] in fw.article or s.low[k] in fw.contraction or s.low[k] in fw.possessive or s.low[k] in fw.demonstrative):
            return True  # "empleo temporal": an adjective
    if lexicon.nouns.get(lemma_word, ("", ""))[1] in lexicon.needs_date:
        # "del sábado", "on Sunday" after it
        k = t1 + 2 if _held_aside(s, t1, lexicon) else _visiting_aside_end(s, t1, lexicon) or t1
        k = k + 1 if k + 1 < len(s.low) and (s.low[k] in lexicon.fw.of_any or _date_preposition(s, k, lexicon, durations=False)) else k
        if k not in s.timex_tokens and not _starts_or_ends_on_date(s, t1, lexicon):
            return True  # "el partido del Gobierno": a party; "el partido del sábado": a match
    if (lexicon.nouns.get(lemma_word, ("", ""))[1] in lexicon.needs_bound_date or t1 - t0 > 1 and " ".join(s.low[t0:t1]) in lexicon.needs_bound_date) and not (
        _starts_or_ends_on_date(s, t1, lexicon) and not _after_complement_preposition(s, t0, lexicon)
    ):
        return True  # "the season was a disappointment", "won their first game of the season on Friday": a span, no event
    if (lemma_word in lexicon.needs_until or " ".join(s.low[t0:t1]) in lexicon.needs_until) and _until_date_after(s, t1, lexicon) is None:
        return True  # "en un plazo de diez días": a span, no deadline told
    if t0 > 1 and s.low[t0 - 1] in lexicon.warning_links and (any(s.low[k] in lexicon.warnings for k in range(max(t0 - 4, 0), t0 - 1)) or _warned_of(s, t0 - 1, lexicon)):
        return True  # "activó el aviso rojo por lluvias torrenciales", "advirtió de lluvias": rain feared, none told
    cues = lexicon.needs_cue.get(lexicon.nouns.get(lemma_word, ("", ""))[1]) if lexicon.needs_cue else None
    if cues is not None and not _cue_near_noun(s, t0, t1, cues, lexicon):
        return True  # "la investigación sobre el cáncer": research, no inquiry into a wrong
    # a multiword noun is its own complement: "sesión plenaria", "sesión de investidura"
    # ("En esa reunión se acordó": a demonstrative points back at the event told before)
    if t1 - t0 == 1 and (lemma_word in lexicon.needs_complement or lexicon.nouns.get(lemma_word, ("", ""))[1] in lexicon.needs_complement) and not (t0 > 0 and s.low[t0 - 1] in lexicon.fw.demonstrative):
        k = t1
        while k + 1 < len(s.low) and s.low[k] in lexicon.fw.of_any and k + 1 in s.timex_tokens:
            k += 1  # "la sesión de hoy": a date is no complement
            while k in s.timex_tokens:
                k += 1
        if (not (k < len(s.low) and s.low[k] in lexicon.fw.of_any and k + 1 not in s.timex_tokens) and not _modifier_complement(s, t0, lexicon)
                and not _scheduled_subject(s, t1, lexicon) and not _made_known_subject(s, t0, t1, lexicon) and not _moved(s, t0, t1, lexicon) and not _measured_from(s, t0, lexicon) and not _counted_sitting(s, t0, lexicon)
                and not _begun_subject(s, t1, lexicon) and not _completed_by_its_verb(s, t0, t1, lexicon.nouns.get(lemma_word, ("", ""))[1], lexicon) and not _held_object(s, t0, lexicon) and not _state_of_copula(s, t0, lexicon)
                and not _scheduled_object_for_date(s, t0, t1, lexicon) and not _planned_for_date(s, t1, lexicon) and not _moved_subject_past_aside(s, t1, lexicon)
                and not _relative_dates_noun(s, t1, lexicon) and not _begun_past_complement(s, t1, lexicon)):
            return True
    return False


def _warned_of(s: Sentence, link: int, lexicon: Lexicon) -> bool:
    """Whether a verb of warning stands right before the link word at `link`, past a date
    ("advirtió el lunes de lluvias intensas")."""
    k = link - 1
    while k > 0 and k in s.timex_tokens:
        k -= 1
    verb = s.verb_of(k) if k >= 0 else None
    return verb is not None and verb.lemma in lexicon.warning_verbs


def _cue_near_noun(s: Sentence, t0: int, t1: int, cues: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether a cue word the noun at t0..t1 needs is in its sentence, a verb only in the
    noun's own clause or a relative clause right after it ("The cuts will start Friday",
    "The cuts, which start Friday,"; "ordered the cuts a week after the shutdown began
    to strain": the start is another's)."""
    segments = set(s.clause_segments(s.segment_of[t0]))
    k = t1 + (t1 < len(s.low) and s.words[t1] == ",")
    if k < len(s.low) and s.low[k] in lexicon.fw.relative:
        segments.update(s.clause_segments(s.segment_of[k]))
    return any(k not in s.verb_token or s.segment_of[k] in segments for k, word in enumerate(s.low) if word in cues)


def _until_date_after(s: Sentence, t1: int, lexicon: Lexicon) -> int | None:
    """The token of a date after "hasta" in the clause of the noun ending at t1, at
    most eight tokens on ("tienen de plazo hasta el 15 de enero"), or right after a
    link word ("a deadline of Dec. 15"), or None."""
    segment = s.segment_of[t1 - 1] if t1 - 1 < len(s.segment_of) else None
    if t1 + 1 < len(s.low) and s.low[t1] in lexicon.deadline_date_links and t1 + 1 in s.timex_tokens and t1 + 1 not in s.duration_tokens:
        return t1 + 1  # "set a deadline of Dec. 15 for the talks"
    for k in range(t1, min(t1 + 8, len(s.low) - 1)):
        if s.segment_of[k] != segment:
            return _until_date_past_relative(s, t1, lexicon)
        if s.words[k] in ",;:":
            return _until_date_past_relative(s, t1, lexicon) if s.words[k] == "," else None
        if s.low[k] in lexicon.fw.until and k + 1 in s.timex_tokens:
            return k + 1
    return None


def _until_date_past_relative(s: Sentence, t1: int, lexicon: Lexicon) -> int | None:
    """The token of a date after "hasta" at the head of the clause of the noun ending at
    t1 when relative clauses stand between ("El plazo de alegaciones al reglamento que
    desarrolla la ley estará abierto hasta el 15 de diciembre"; "El plazo para votar por
    correo, que Correos amplió la semana pasada, estará abierto hasta"), or None."""
    seg_index = s.segment_of[t1 - 1]
    seg = s.segments[seg_index]
    if seg.verbs or seg.host <= seg_index or any(s.words[k] in ",;:" for k in range(t1, seg.t1 - 1)) or s.words[seg.t1 - 1] in ";:":
        return None
    fw = lexicon.fw
    if any(not (b.opener in fw.relative or b.opener in fw.purpose and not b.verbs) for b in s.segments[seg_index + 1 : seg.host]):
        return None
    host = s.segments[seg.host]
    for k in range(host.t0, min(host.t0 + 8, host.t1 - 1)):
        if s.words[k] in ",;:":
            return None
        if s.low[k] in lexicon.fw.until and k + 1 in s.timex_tokens:
            return k + 1
    return None


def _moved(s: Sentence, t0: int, t1: int, lexicon: Lexicon) -> bool:
    """Whether the noun at tokens t0-t1 is what a verb before it moves from a date:
    "delayed the launch from Nov. 20 to Dec. 4" (a dated launch, then and now)."""
    if not (t1 + 1 < len(s.low) and s.low[t1] in lexicon.move_origins and (t1 in s.timex_tokens or t1 + 1 in s.timex_tokens)):
        return False
    return any(v.lemma in lexicon.move_verbs and v.end <= s.starts[t0] for v in s.verbs)


def _measured_from(s: Sentence, t0: int, lexicon: Lexicon) -> bool:
    """Whether the noun at t0 is what a span is measured from ("two weeks before
    launch", "days after the opening"): an event told elsewhere, no complement needed."""
    k = t0 - 1
    if k >= 0 and s.low[k] in lexicon.fw.article:
        k -= 1
    return k > 0 and s.low[k] in lexicon.fw.time_preposition and (k - 1 in s.duration_tokens or k - 1 in s.timex_tokens)


def _held_aside(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether a comma at token t opens an aside whose participle holds the noun
    before it: "la retrospectiva, celebrada entre octubre y enero" (not "abierta
    hasta enero": a bound, nor "inaugurada el lunes": the opening's date)."""
    verb = s.verb_of(t + 1) if t + 2 < len(s.low) and s.words[t] == "," else None
    return verb is not None and verb.tense is Tense.PARTICIPLE and (verb.lemma in lexicon.occur or fold(verb.lemma) in lexicon.occur)


def _visiting_aside_end(s: Sentence, t: int, lexicon: Lexicon) -> int | None:
    """Where the words after a relative that opens the noun before it to visitors end,
    from a comma at token t: "la exposición, que podrá visitarse del 18 de noviembre"
    (at "del"), "que se puede ver desde el lunes"; None if there is no such relative."""
    if not (t + 3 < len(s.low) and s.words[t] == "," and s.low[t + 1] in lexicon.fw.relative):
        return None
    k = t + 2
    reflexive = s.low[k] in lexicon.fw.reflexive
    k += reflexive
    allowed = s.verb_of(k)
    if allowed is None or allowed.lemma not in lexicon.permission or k + 1 >= len(s.low):
        return None
    k = s.token_at(allowed.end - 1) + 1
    verb = s.verb_of(k)
    if verb is None or verb.tense is not Tense.INFINITIVE or verb.lemma not in lexicon.open_to_visitors:
        return None
    if not (reflexive or s.low[k].endswith(tuple(lexicon.fw.reflexive))):
        return None  # "que podrá ver el público": someone's act
    return k + 1


def _commemorated(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun at token t is what an anniversary noun before it marks:
    "el bicentenario de la muerte del pintor"."""
    k = t - 1
    while k > 0 and s.low[k] in lexicon.fw.np_articles:
        k -= 1
    return k > 0 and s.low[k] in lexicon.fw.of_any and s.low[k - 1] in lexicon.commemorations


def _denied_ranking(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun at token t follows a denied copula, an article and an
    ordinal: "no es el primer incendio" says there were others, not that one was."""
    if t < 4 or s.low[t - 1] not in lexicon.ordinals or s.low[t - 2] not in lexicon.fw.article:
        return False
    copula = s.verb_of(t - 3)
    return copula is not None and copula.lemma in lexicon.fw.copula and s.low[t - 4] in lexicon.negation


def _planned_for_date(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether token t, right after an event noun, is a written form of a plan before a
    date, with or without its preposition: "the strike planned for Friday", "a rally set
    Saturday" (the date is the noun's, its complement)."""
    if t + 1 >= len(s.low) or s.low[t] not in lexicon.plan_words_after_noun:
        return False
    return t + 1 in s.timex_tokens and t + 1 not in s.duration_tokens or _date_preposition(s, t + 1, lexicon, durations=False)


def _scheduled_subject(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun ending before token t is what a passive scheduling verb right
    after it plans: "A second strike is planned for Dec. 2" (an act planned ahead)."""
    verb = s.verb_at.get(t)
    aside = s.verb_at.get(t + 1) if verb is None and t < len(s.words) and s.words[t] == "," else None
    if aside is not None and aside.tense is Tense.PARTICIPLE:
        # "The launch, originally scheduled for Nov. 20, was delayed to Dec. 4": past the aside
        # (moved, not called off: "The strike, called for Friday, was suspended" tells no strike)
        end = next((k for k in range(s.token_at(aside.end - 1) + 1, min(len(s.words), t + 12)) if s.words[k] == ","), None)
        verb = s.verb_at.get(end + 1) if end is not None else None
        verb = verb if verb is not None and verb.lemma in lexicon.move_verbs else None
    return verb is not None and verb.lemma in lexicon.scheduling and is_passive(verb, lexicon.language)


def _begun_past_complement(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun ending before token t is the subject of a verb of beginning past
    a complement of a few words, no comma nor verb between: "A strike by rail workers in
    the region is set to begin on Dec. 1" (as `_begun_subject` right after the noun)."""
    if not (t < len(s.low) and s.low[t] in lexicon.prepositions):
        return False
    for k in range(t + 1, min(len(s.low), t + 8)):
        if k in s.verb_token:
            return k in s.verb_at and _begun_subject(s, k, lexicon)
        if not s.words[k][:1].isalnum() or k in s.timex_tokens:
            return False
    return False


def _relative_dates_noun(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether a relative clause right after the noun ending before token t tells it
    taking place on a date of the clause: "The union announced a strike that will begin
    on Dec. 1", "job cuts that will take effect in January" (no plan nor copula: "a
    deal that was announced on Monday" dates the announcement)."""
    k = t + (t < len(s.words) and s.words[t] == ",")
    if not (k + 1 < len(s.low) and s.low[k] in lexicon.fw.relative):
        return False
    verb = s.verb_at.get(k + 1)
    if verb is None or not verb.finite or verb.lemma is None or verb.lemma in lexicon.scheduling or verb.lemma in lexicon.fw.copula:
        return False
    if not (verb.lemma in lexicon.light or verb.lemma in lexicon.opening or verb.lemma in lexicon.closing):
        return False
    seg = s.segment_of[k + 1]
    return any(j > k and s.segment_of[j] == seg for j in s.timex_tokens)


def _date_before_relative(s: Sentence, noun: Mention, seg: Segment, lexicon: Lexicon) -> bool:
    """Whether only a date and its preposition stand between the event noun and the
    relative that opens seg, no comma: "announced job cuts on Monday that will take
    effect in January" (the date the announcement's, the relative the cuts')."""
    if seg.opener not in lexicon.fw.relative or seg.t0 == 0 or seg.t0 - 1 not in s.timex_tokens:
        return False
    k = s.token_at(max(noun.end, noun.np_end) - 1) + 1
    if k >= seg.t0 or not _date_preposition(s, k, lexicon, durations=False):
        return False
    return all(j in s.timex_tokens for j in range(k + 1, seg.t0))


def _moved_subject_past_aside(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun ending before token t is the subject of a passive verb of moving
    a plan past an aside with no finite verb: "The delivery, originally due later this
    year, will be delayed until October 2007", "The launch, originally expected in
    December, has been pushed back to March" (the event itself, now moved)."""
    if not (t + 1 < len(s.words) and s.words[t] == ","):
        return False
    end = next((k for k in range(t + 1, min(len(s.words), t + 12)) if s.words[k] == ","), None)
    if end is None or any(v.finite for k, v in s.verb_at.items() if t < k < end):
        return False  # "The strike, which began on Monday, was suspended": a clause of its own
    verb = s.verb_at.get(end + 1)
    return verb is not None and verb.lemma in lexicon.move_verbs and is_passive(verb, lexicon.language)


def _complement_of_head(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the event noun at token t, past its determiner and a day before it, is the
    "of" complement of a common noun that is no event: "The minutes of this week's meeting
    will be released" (the minutes are, the meeting is told apart)."""
    k = t - 1
    while k > 0 and (k in s.timex_tokens or s.low[k] in lexicon.fw.np_articles or s.low[k] in lexicon.fw.demonstrative or s.words[k] in ("'", "’") or s.low[k] in lexicon.fw.genitive):
        k -= 1
    return k > 0 and s.low[k] in lexicon.fw.of and s.words[k - 1].isalpha() and s.words[k - 1].islower() and s.low[k - 1] not in lexicon.nouns


def _aside_end(s: Sentence, t: int) -> int | None:
    """The comma closing an aside that a comma at token t opens, within eight words, or None."""
    if not (t + 2 < len(s.words) and s.words[t] == ","):
        return None
    return next((k for k in range(t + 2, min(len(s.words), t + 8)) if s.words[k] == ","), None)


def _verb_past_verbless_aside(s: Sentence, t: int) -> Verb | None:
    """The verb right after an aside set off by commas from token t, with no verb of its
    own ("The strike, the third this year, is set to begin": "is set"), or None."""
    end = _aside_end(s, t)
    if end is None or any(t < k < end for k in s.verb_at):
        return None
    return s.verb_at.get(end + 1)


def _verb_past_told_aside(s: Sentence, t: int, lexicon: Lexicon) -> Verb | None:
    """The verb right after an aside set off by commas from token t that tells who says
    it, a reporting verb closing it ("The strike, the union said, will begin": "will
    begin"), or None."""
    end = _aside_end(s, t)
    if end is None:
        return None
    told = s.verb_of(_told_verb_ending_aside(s, end, lexicon))
    if told is None or told.lemma not in lexicon.reporting or any(t < k < end - 1 and s.verb_of(k) is not told for k in s.verb_at):
        return None
    return s.verb_at.get(end + 1)


def _told_verb_ending_aside(s: Sentence, end: int, lexicon: Lexicon) -> int:
    """The token of the verb that ends an aside closed by the comma at end, past the date
    the saying has after it ("The strike, union leaders said on Monday, will begin":
    "said")."""
    k = end - 1
    if k in s.timex_tokens:
        while k > 0 and k - 1 in s.timex_tokens:
            k -= 1
        k -= 1 if k > 0 and s.low[k - 1] in lexicon.fw.in_ else 0
        return k - 1
    return k


def _subject_before_told_aside(s: Sentence, vt: int, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> list[Mention]:
    """The event noun whose phrase ends right before an aside that tells who says it,
    the verb at vt right after the aside ("The strike, the union said, will begin on
    Thursday": the strike begins), as a one-item list; empty otherwise."""
    if vt < 4 or s.words[vt - 1] != ",":
        return []
    opening = next((k for k in range(vt - 3, max(0, vt - 9), -1) if s.words[k] == ","), None)
    if opening is None or _verb_past_told_aside(s, opening, lexicon) is not s.verb_at.get(vt):
        return []
    return [n for n in noun_mentions.values() if n.verb is None and s.token_at(max(n.end, n.np_end) - 1) == opening - 1][:1]


def _after_complement_preposition(s: Sentence, t0: int, lexicon: Lexicon) -> bool:
    """Whether the noun phrase of the noun at t0 (past a determiner and two modifiers)
    follows a preposition, so is the complement of a noun before it: "Registration for the
    spring term opens Dec. 1" (the registration opens; "before the regular season ends"
    opens a clause)."""
    k = t0 - 1
    while k >= 0 and t0 - k <= 3 and s.low[k] not in lexicon.prepositions and s.low[k] not in lexicon.determiners and s.words[k].isalpha():
        k -= 1
    if k >= 0 and s.low[k] in lexicon.determiners:
        k -= 1
    return k >= 0 and s.low[k] in lexicon.prepositions and s.low[k] not in lexicon.fw.time_preposition


def _begun_subject(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun ending before token t is the subject of a verb of beginning right
    after it: "The strike began on Oct. 20", "The strike will start Friday" (the strike
    itself, no complement needed; "began to spread" begins another act)."""
    verb = _verb_of_subject(s, t, lexicon)
    # "The strike lasted three weeks": a length is the strike's own
    lasted = verb is not None and verb.lemma in lexicon.lasting and s.token_at(verb.end - 1) + 1 in s.duration_tokens
    if verb is None or not verb.finite or verb.lemma is None or not (verb.lemma in lexicon.opening or verb.lemma in lexicon.resuming or (verb.lemma in lexicon.closing or verb.lemma in lexicon.lasting and (verb.lemma in lexicon.light or lasted)) and _lasting_noun(s, t - 1, lexicon)):
        return False  # ("The strike ended on Monday": the strike itself, to its end; "cuyo plazo de presentación terminó": no presentation)
    return not _begins_another_verb(s, verb.lemma, s.token_at(verb.end - 1) + 1, lexicon)


def _verb_of_subject(s: Sentence, t: int, lexicon: Lexicon) -> Verb | None:
    """The verb whose subject is the noun phrase ending before token t, written right
    after it or past its agent, its relative or an aside, or None."""
    verb = s.verb_at.get(t)
    if verb is None and t < len(s.low) and s.low[t] in lexicon.fw.by:
        verb = _verb_after_agent(s, t, lexicon)  # "The strike by pilots began on Oct. 20"
    if verb is None and t + 2 < len(s.low) and s.words[t] == "," and s.low[t + 1] in lexicon.fw.relative and s.low[t + 1] not in lexicon.determiners:
        verb = s.verb_at.get(t + 2)  # "The strike, which began on Oct. 1, ended": its own clause tells it
    if verb is None:
        verb = _verb_past_verbless_aside(s, t)  # "The strike, the third this year, is set to begin on Thursday"
    if verb is None:
        verb = _verb_past_told_aside(s, t, lexicon)  # "The strike, the union said, will begin on Thursday"
    return verb


def _completed_by_its_verb(s: Sentence, t0: int, t1: int, lemma: str, lexicon: Lexicon) -> bool:
    """Whether the noun at t0..t1 is the subject of a verb that tells which one it is:
    "The strike hit the port", "paralysed the metro" (a walkout), unless its sentence
    has a word of the other one ("killing two", "a drone strike hit the port": arms)."""
    verbs, objects = lexicon.completing_verbs.get(lemma, ()), lexicon.completing_objects.get(lemma, {})
    if not (verbs or objects) or t0 > 0 and s.low[t0 - 1] in lexicon.demonyms or any(word in lexicon.completing_vetoes.get(lemma, ()) for word in s.low):
        return False
    verb = _verb_of_subject(s, t1, lexicon)
    if verb is None or not verb.finite:
        return False
    if verb.lemma in verbs or s.low[s.token_at(verb.start)] in verbs:
        return True  # (by its written form where the lexicon knows no lemma: "paralysed")
    # "hit the port" ("hit a hospital" is as likely a military strike's)
    k = _skip_determiners(s, s.token_at(verb.end - 1) + 1, len(s.low), lexicon)
    return verb.lemma in objects and any(word in objects[verb.lemma] for word in s.low[k : k + 2])


def _lasting_noun(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the event noun at token t is of a kind that lasts, whose end a closing verb
    tells ("The strike ended", "The trial concluded")."""
    return lexicon.nouns.get(s.low[t], ("",))[0] in LASTING_KINDS


def _enters_noun(s: Sentence, t: int, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> bool:
    """Whether an event noun opens the phrase of the preposition at token t, right after a
    verb of entering: "The union went on strike", "went on a hunger strike" ("will go to
    the polls in a snap election": the polls)."""
    if t >= len(s.low) or s.low[t] not in lexicon.prepositions:
        return False
    k = t + 1
    while k < len(s.low) and (s.low[k] in lexicon.fw.np_articles or s.low[k] in lexicon.fw.quantifier):
        k += 1
    return k in noun_mentions or k + 1 in noun_mentions


def _held_object(s: Sentence, t0: int, lexicon: Lexicon) -> bool:
    """Whether the noun opening at token t0 is the object of a verb of holding right
    before it, past its article: "The union said it would hold a strike on Nov. 20"."""
    k = t0 - 1
    while k > 0 and (s.low[k] in lexicon.fw.np_articles or s.low[k] in lexicon.fw.quantifier):
        k -= 1
    verb = s.verb_of(k)
    if k == t0 - 1 or verb is None or verb.lemma not in lexicon.holding:
        return False
    # ("will hold his closing rally": "closing" only describes the rally)
    t1 = t0 + 1
    return t1 >= len(s.low) or t1 in s.timex_tokens or not s.words[t1].isalpha() or s.low[t1] in lexicon.prepositions or s.low[t1] in lexicon.fw.coordinator


def _scheduled_object_for_date(s: Sentence, t0: int, t1: int, lexicon: Lexicon) -> bool:
    """Whether the noun at t0..t1 is the object of a scheduling verb right before its
    article and has its own date after "for": "The union called a strike for Friday" (the
    strike set for that day, as "convocó una huelga para el viernes")."""
    if not (t1 + 1 < len(s.low) and s.low[t1] in lexicon.noun_periods and t1 + 1 in s.timex_tokens and t1 + 1 not in s.duration_tokens):
        return False
    k = t0 - 1
    while k > 0 and (s.low[k] in lexicon.fw.np_articles or s.low[k] in lexicon.fw.quantifier or k in s.duration_tokens):
        k -= 1
    verb = s.verb_of(k)
    # (a strike called off or put off is not set for that day: "cancelled a strike for Friday")
    return k < t0 - 1 and verb is not None and verb.lemma in lexicon.scheduling and verb.lemma not in lexicon.verb_kinds


def _state_of_copula(s: Sentence, t0: int, lexicon: Lexicon) -> bool:
    """Whether the noun at token t0 ends a fixed complement right after a copula, the
    state its subject is in: "The union has been on strike since Monday"."""
    if t0 < 2 or not _fixed_after(s, t0 - 1, lexicon):
        return False
    verb = s.verb_of(t0 - 2)
    # ("The union went on strike on Monday": a verb of holding enters it)
    return verb is not None and (verb.lemma in lexicon.fw.copula or verb.lemma in lexicon.holding)


def _verb_after_agent(s: Sentence, t: int, lexicon: Lexicon) -> Verb | None:
    """The verb right after the short phrase "by" opens at token t, in its clause, or None
    ("The strike by pilots began": "began"; "by the end of the year" has none)."""
    for k in range(t + 1, min(t + 6, len(s.low))):
        if k in s.verb_at:
            return s.verb_at[k] if s.segment_of[k] == s.segment_of[t] and k - 1 not in s.timex_tokens else None
        if s.words[k] == "," and k + 2 < len(s.low) and s.low[k + 1] in lexicon.fw.relative and s.low[k + 1] not in lexicon.determiners:
            return s.verb_at.get(k + 2)  # "The strike by dockers in Antwerp, which began on Monday": its own clause tells it
        if s.words[k] in ",;:" or k in s.timex_tokens or s.low[k] in lexicon.fw.relative:
            return None
    return None


def _made_known_subject(s: Sentence, t0: int, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun at t0, ending before token t, is what "se" and a verb of making
    it known right after it tell of: "el fallo se conocerá antes de Navidad" (a ruling)."""
    verbs = lexicon.made_known.get(s.low[t0])
    verb = s.verb_at.get(t + 1) if verbs and t < len(s.low) and s.low[t] in lexicon.fw.reflexive else None
    return verb is not None and verb.finite and verb.lemma in verbs  # type: ignore[operator]


def _counted_sitting(s: Sentence, t0: int, lexicon: Lexicon) -> bool:
    """Whether the noun at token t0 follows a determiner and an ordinal ("La comisión
    celebrará su primera sesión el 2 de diciembre"): one sitting of a series, no
    complement needed ("registró la sesión más negativa del año" has none)."""
    return t0 > 1 and s.low[t0 - 1] in lexicon.ordinals and (s.low[t0 - 2] in lexicon.determiners or s.low[t0 - 2] in lexicon.fw.article or s.low[t0 - 2] in lexicon.fw.possessive)


def _modifier_complement(s: Sentence, t: int, lexicon: Lexicon) -> int:
    """How many words written between its determiner and the noun at token t complete
    it ("a subway strike", "the general strike", "a yellow fever outbreak"), or 0."""
    words = lexicon.modifier_complements.get(lexicon.nouns.get(s.low[t], ("",))[0])
    if not words:
        return 0
    for size in (2, 1):  # the longer name first: "yellow fever", not "fever"
        if t > size and " ".join(s.low[t - size : t]) in words and s.low[t - size - 1] in lexicon.determiners:
            return size
    return 0


def _signal_before(s: Sentence, t: int, lexicon: Lexicon) -> tuple[str, str] | None:
    """The relation signal written before the phrase at token t: ("during", "durante"),
    ("after", "tras"), ("before", "antes de"). Skips articles and possessives."""
    k = _modifiers_before_noun(s, t, lexicon)
    low, skipped = s.low, lexicon.fw.before_signal
    dated = False  # a date written on the noun: "after the 2023 vote" ("a four day rally" is a length)
    # (a length joined to the noun is skipped too: "after a two-day strike")
    while k >= 0 and (low[k] in skipped or k in s.timex_tokens and (k not in s.duration_tokens or "-" in s.words[k]) or _date_possessive_token(s, k, lexicon)):
        dated = dated or k in s.timex_tokens
        k -= 1
    if k < 0:
        return None
    found = _signal_ending_at(s, k, lexicon)
    if found is None:
        return None
    relation, words = found
    # "the anniversary of the September 11 attacks": a dated noun's "of" is no setting
    return None if relation == "beside" or dated and relation == "during" else (relation, " ".join(words))


def _signal_ending_at(s: Sentence, k: int, lexicon: Lexicon) -> tuple[str, tuple[str, ...]] | None:
    """The relation signal whose last word is token k, with the words before it
    ("después de"): (relation, its words), or None."""
    for relation, words, head in lexicon.signal_index.get(s.low[k], ()):
        size = len(head)  # the words before the last one ("después" for "después de"/"después del")
        if k - size >= 0 and tuple(s.low[k - size : k]) == head:
            return relation, words
    return None


def _related_by_signal(s: Sentence, noun: Mention, lexicon: Lexicon) -> bool:
    """Whether a relation signal other than a weak one stands before the noun ("before a
    road trip", "after the summit"): a point in time, no object of the verb before it."""
    if noun.signal is not None:
        return noun.signal[1] not in lexicon.weak_signals
    t = s.token_at(noun.start)
    k = t - 1
    while k >= 0 and t - k <= 4 and k not in s.verb_token and k not in s.timex_tokens and s.words[k][:1].islower() and s.low[k] not in lexicon.signal_index:
        k -= 1  # "before a five-game road trip": past the article and the modifiers
    if k < 0 or k == t - 1 or k in s.verb_token:
        return False
    found = _signal_ending_at(s, k, lexicon)
    return found is not None and found[0] in ("before", "after")


def _modifiers_before_noun(s: Sentence, t: int, lexicon: Lexicon) -> int:
    """The token before the (at most two) adjectives an English noun at token t has after
    its determiner or a date's possessive ("after Sunday's deadly attack", "after the
    deadly attack on Sunday"); t - 1 when there are none."""
    k = t - 1
    if not lexicon.names_before_nouns:
        return k
    fw = lexicon.fw
    while k >= 0 and t - k <= 2 and s.words[k].isalpha() and s.words[k].islower() and k not in s.verb_token and k not in s.timex_tokens \
            and s.low[k] not in fw.before_signal and s.low[k] not in lexicon.prepositions and s.low[k] not in fw.np_stop and s.low[k] not in fw.and_ and s.low[k] not in lexicon.signal_index:
        k -= 1
    if k < t - 1 and k >= 0 and (_date_possessive_token(s, k, lexicon) or s.low[k] in fw.before_signal and (_date_after_noun(s, t) or _lasting_noun(s, t, lexicon) or not _after_or_before_word(s, k - 1, lexicon))):
        return k  # ("after a lengthy investigation": over before the clause's day, not on it)
    return t - 1


def _after_or_before_word(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether token k is a one-word "after" or "before" signal ("after a superficial accident")."""
    return k >= 0 and any((s.low[k],) in lexicon.signals.get(side, ()) for side in ("after", "before"))


def _date_after_noun(s: Sentence, t: int) -> bool:
    """Whether a date follows the noun at token t within a few words, before a comma or a
    verb ("after the deadly attack on Sunday"): a frame with a day of its own. Without one
    ("delayed today after a superficial accident at the airport") the noun keeps its clause's day."""
    for k in range(t + 1, min(t + 5, len(s.low))):
        if k in s.timex_tokens and k not in s.duration_tokens:
            return True
        if k in s.verb_token or not s.words[k][:1].isalnum():
            return False
    return False


def _date_possessive_token(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether token k is the apostrophe or the "s" of a date's possessive ending ("after
    Sunday's attack"): skipped as an article is before the noun."""
    if s.words[k] in ("'", "’"):
        return k > 0 and k - 1 in s.timex_tokens and k + 1 < len(s.low) and s.low[k + 1] in lexicon.fw.genitive
    return k > 1 and s.low[k] in lexicon.fw.genitive and s.words[k - 1] in ("'", "’") and k - 2 in s.timex_tokens


def _subject_of_signalled_clause(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun at token t opens, right after its opener (or with at most two
    words before it), a clause that opener introduces and whose finite verb follows: the
    signal relates that clause, the noun is its subject ("after talks with the carrier
    collapsed"; "after the talks on Monday" has no verb; "less than a week after Typhoon
    Kalmaegi killed" measures from the storm itself)."""
    seg = s.segments[s.segment_of[t]]
    if seg.opener is None or s.low[seg.t0] != seg.opener or not 0 < t - seg.t0 <= 3 or seg.t0 - 1 in s.timex_tokens and s.low[seg.t0 - 1] in lexicon.unit_words:
        return False
    return any(verb.finite and verb.start > s.starts[t] for verb in seg.verbs)


def _part_of(s: Sentence, t: int, lexicon: Lexicon) -> int | None:
    """The first token of the phrase of a part noun before "de" and the phrase at token
    t ("la segunda fase de la campaña"), or None."""
    k = t - 1
    while k >= 0 and s.low[k] in lexicon.fw.before_signal:
        k -= 1
    if not (k > 0 and s.low[k] in lexicon.fw.of_any and s.low[k - 1] in lexicon.part_nouns):
        return None
    k -= 1
    while k > 0 and s.low[k - 1] in lexicon.ordinals:
        k -= 1  # "la segunda fase"
    return k


def _length_of(s: Sentence, t: int, lexicon: Lexicon) -> int | None:
    """The first token of a length right before "de" and the event noun at token t
    ("tres jornadas de huelga", "dos días de paro"), or None."""
    k = t - 1
    if not (k > 0 and s.low[k] in lexicon.fw.of and k - 1 in s.duration_tokens):
        return None
    k -= 1
    while k > 0 and k - 1 in s.duration_tokens:
        k -= 1
    return k


def _after_of(s: Sentence, t: int, end: int, lexicon: Lexicon) -> str:
    """The phrase after "de" at token t, up to `end`, with the article a contraction
    holds: "la firma del acuerdo" -> "el acuerdo" (a title says "Firma del acuerdo")."""
    article = lexicon.fw.contractions.get(s.low[t])
    text = s.span_text(t + 1, end)
    return f"{article} {text}" if article else text


def _name_head_end(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> int:
    """Where a name's phrase ends from token t, the end of the name: in English past the
    common nouns the name describes ("its Argonaut lunar lander"), or past its possessive
    and the nouns it owns ("the release of Halden's former auditors")."""
    if lexicon.names_before_nouns and t + 2 < limit and _genitive(s, t, lexicon) and common_word(s, t + 2, limit, lexicon):
        t += 2
    while lexicon.names_before_nouns and common_word(s, t, limit, lexicon):
        t += 1
    return t


def _noun_complements(s: Sentence, m: Mention, t0: int, t1: int, lexicon: Lexicon) -> None:
    """What follows an event noun: a name ("cumbre EE.UU.-Asia Central"), an adjective
    ("telefónica diaria", "ruso"), "de X" (actor or object), "a/en X" (place),
    "con X" (participants), "presidida por X" (agent)."""
    ref: Ref | None  # a participant's, then a place that may not follow
    n = len(s.words)
    seg_end = s.segments[s.segment_of[t0]].t1
    t = t1
    fw = lexicon.fw
    if lexicon.names_before_nouns:
        _name_before(s, m, t0, lexicon)
    if t < n and t in s.chunk_at and s.chunks[s.chunk_at[t]].t0 == t:
        chunk = s.chunks[s.chunk_at[t]]
        m.name = chunk.text
        m.specific = True
        t = chunk.t1
    # a chunk that starts with the noun: "Cumbre del Clima"
    if t0 in s.chunk_at and s.chunks[s.chunk_at[t0]].t1 > t1:
        chunk = s.chunks[s.chunk_at[t0]]
        name_t0 = t1 + 1 if t1 < chunk.t1 - 1 and s.low[t1] in fw.of_any else t1
        m.name = s.span_text(name_t0, chunk.t1)
        if m.kind in lexicon.title_words.get("whole_names", ()):
            m.noun = chunk.text  # "Festival de Cine de Sevilla": the name is the title
        m.specific = True
        t = chunk.t1
    steps = 0
    while t < n and steps < 6:
        steps += 1
        word = s.low[t]
        if word in lexicon.demonyms:
            m.subject.append(Ref(lexicon.demonyms[word], lexicon.entities.get(fold(lexicon.demonyms[word])), countries=(lexicon.demonyms[word],), start=s.starts[t]))
            t += 1
            continue
        if word in fw.noun_modifier:
            t += 1
            continue
        if t in s.verb_at and s.verb_at[t].tense is Tense.PARTICIPLE and t + 1 < n and (t + 1 in s.timex_tokens or s.low[t + 1] in fw.in_ and t + 2 in s.timex_tokens):
            participle = word
            t += 1  # "el acuerdo firmado en 2019 entre ...": its own date, then its parties
            if s.low[t] in fw.in_:
                t += 1
            while t < n and t in s.timex_tokens:
                t += 1
            steps -= 1
            if participle in lexicon.agent_participles and t + 1 < n and s.low[t] in fw.by:
                t = _agents_after_by(s, m, t, n, lexicon)  # "una denuncia presentada en 2020 por un concejal"
            continue
        if t in s.timex_tokens or (word in fw.of_any or word in fw.for_) and t + 1 < n and (t + 1 in s.timex_tokens or _skip_determiners(s, t + 1, n, lexicon) in s.timex_tokens):
            # "del pasado 29 de octubre": the noun's own date, part of its phrase
            while t < n and (t in s.timex_tokens or s.low[t] in fw.of_any or s.low[t] in fw.for_ or s.low[t] in fw.definite or s.low[t] in fw.date_modifier):
                t += 1
            steps -= 1
            continue
        if word in fw.of_any and t + 1 < n:
            nxt = _skip_determiners(s, t + 1, n, lexicon)
            if nxt < n and nxt in s.chunk_at:
                refs = _chunk_refs(s, s.chunk_at[nxt], lexicon)
                if m.kind in _OF_OBJECT_KINDS or _last_word_kind(m, lexicon) in _OF_OBJECT_KINDS:
                    m.obj = _after_of(s, t, _name_head_end(s, s.chunks[s.chunk_at[nxt]].t1, seg_end, lexicon), lexicon)
                    m.obj_start = s.starts[t + 1]
                else:
                    for ref in refs:
                        entity = ref.entity
                        # "la cumbre de Pekín": a city is where; "la cumbre de la UE": who
                        # "el encuentro del Madrid", "la derrota del Madrid": a city's name after an article is its club
                        club = (m.kind == "match" or m.kind in lexicon.opponent_kinds) and s.low[t] in fw.contraction
                        if entity is not None and entity.is_place and (entity.type == "city" or m.kind not in _SOCIAL) and not club:
                            m.place = m.place or ref
                        elif entity is not None and entity.type == "competition":
                            if m.obj is None:  # "la final de la Copa del Rey": what is played, not who plays
                                m.obj, m.obj_start = _after_of(s, t, s.chunks[s.chunk_at[nxt]].t1, lexicon), s.starts[t + 1]
                        elif entity is None and ref.name and m.kind in lexicon.named_place_kinds and not _company_chunk(s, s.chunks[s.chunk_at[nxt]], lexicon):
                            m.place = m.place or ref  # "el incendio forestal de Cortes de Pallás": a name the gazetteer lacks, where it broke out
                        else:
                            m.subject.append(ref)
                m.specific = True
                t = s.chunks[s.chunk_at[nxt]].t1
                continue
            end, refs, text = noun_phrase(s, t + 1, seg_end, lexicon)
            if refs:
                m.subject += refs
                m.specific = True
            elif text and m.obj is None:
                m.obj = _after_of(s, t, end, lexicon)
                m.obj_start = s.starts[t + 1]
                m.specific = True
            t = max(end, t + 1)
            continue
        if word in fw.place_openers and t + 1 < n:
            ref, nxt = _place_after(s, t + 1, seg_end if seg_end > t + 1 else n, lexicon)
            if ref is not None:
                m.place = m.place or ref
                m.specific = True
                t = nxt
                continue
            break
        if word in fw.with_ and t + 1 < n:
            end, refs, text = _participants(s, t + 1, seg_end, lexicon)
            if _tells_means(s, t, n, lexicon):
                t = max(end, t + 1)  # "el pleno ... con los votos de PSOE y Vox": how, no one taking part
                continue
            if refs or text and "%" not in text:  # "con una subida del 1,2 %": a figure
                m.participants += refs or [Ref(text, None, start=s.starts[t + 1])]
                m.specific = True
            t = max(end, t + 1)
            continue
        if word in fw.between and t + 1 < n:
            end, refs, text = _participants(s, t + 1, seg_end, lexicon)
            if end + 1 < seg_end and s.low[end] in fw.and_:
                refs = refs or _common_side(s, t + 1, text)  # "between the airline and the pilots' union"
                # "between President Donald Trump and Chinese President Xi Jinping": both sides
                end2, refs2, text2 = _participants(s, end + 1, seg_end, lexicon)
                refs2 = refs2 or _common_side(s, end + 1, text2)  # "between Boeing and the machinists' union"
                if refs2:
                    refs, end = refs + refs2, end2
            if refs:
                m.participants += refs
                m.specific = True
            t = max(end, t + 1)
            continue
        if word in lexicon.agent_participles and t + 1 < n and s.low[t + 1] in fw.by:
            t = _agents_after_by(s, m, t + 1, n, lexicon)
            continue
        if m.obj is None and t + 1 < n and _words(lexicon).get("object_preposition", {}).get(m.kind) == word:
            end, _refs, text = noun_phrase(s, t + 1, seg_end, lexicon)
            if text:  # "a deadline of Dec. 15 for the talks": what it is for, as its title writes it
                m.obj, m.obj_start = text, s.starts[t + 1]
                t = end
                continue
        break
    m.np_end = s.ends[t - 1] if t > t1 else s.ends[t1 - 1]


def _common_side(s: Sentence, t: int, text: str) -> list[Ref]:
    """A side of "between X and Y" told by a common noun phrase opening at token t, as
    written ("Talks between Boeing and the machinists' union": the union, no name); none
    for a date or a figure ("between Monday and Friday", "between 20 and 30")."""
    if not text or t in s.timex_tokens or text[:1].isdigit():
        return []
    return [Ref(text, None, start=s.starts[t])]


def _tells_means(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether the phrase after "con" at token t tells how, not who takes part ("con
    los votos a favor de PP y Vox", "con el apoyo del PNV")."""
    head = _skip_determiners(s, t + 1, limit, lexicon)
    return head < limit and s.low[head] in lexicon.means_nouns


def _agents_after_by(s: Sentence, m: Mention, by: int, n: int, lexicon: Lexicon) -> int:
    """Read the agents after "por" at token `by` ("presidida por Sánchez") into `m`;
    the token after them."""
    end, refs, text = noun_phrase(s, by + 1, n, lexicon)
    m.agents += refs or ([Ref(text, None, start=s.starts[by + 1])] if text else [])
    return max(end, by + 1)


def _name_before(s: Sentence, m: Mention, t0: int, lexicon: Lexicon) -> None:
    """English: "the US-Central Asia summit" (a name), "Tokayev's visit", "the Obama
    visit" (who)."""
    k = t0 - 1
    possessive = k >= 1 and s.low[k] == "s" and s.words[k - 1] in ("'", "’")
    if possessive:
        k -= 2
    if k < 0 or k not in s.chunk_at or s.chunks[s.chunk_at[k]].t1 != k + 1:
        return
    index = s.chunk_at[k]
    refs = _chunk_refs(s, index, lexicon) if not possessive and m.kind not in _NAMED_KINDS else []
    if len(refs) == 1 and refs[0].entity is not None and refs[0].entity.type == "city":
        # "the Cannes festival": where it is held, no one's (was "Festival of the Cannes")
        m.place = m.place or replace(refs[0], article=None)
    elif m.kind in _NAMED_KINDS and not possessive:
        m.name = s.chunks[index].text
    else:
        m.subject += _chunk_refs(s, index, lexicon)
    m.specific = True


_NAMED_KINDS = frozenset({"summit", "conference", "election", "war", "storm", "agreement"})


def _participants(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> tuple[int, list[Ref], str]:
    """After "con": names or a phrase; "con participación de los miembros de ambos gobiernos"."""
    if s.low[t] in lexicon.fw.participation and t + 1 < limit and s.low[t + 1] in lexicon.fw.of_any:
        t += 2
    if s.words[t][:1].isdigit():
        # "ganó con 35 escaños", "won with 51% of the vote": a figure, no one taking part nor an object
        return max(noun_phrase(s, t, limit, lexicon)[0], t + 1), [], ""
    if lexicon.names_before_nouns:
        k = t  # "with Chinese Foreign Minister Wang Yi": the titles, then the name
        while k + 1 < limit and k not in s.chunk_at and (s.low[k] in lexicon.demonyms or s.low[k] in lexicon.title_role_words or _is_role(s, k, lexicon)):
            k += 1
        if k > t and k in s.chunk_at:
            t = k
    end, refs, text = noun_phrase(s, t, limit, lexicon)
    if not refs and text:
        first, _, rest = text.partition(" ")
        # a plural goes bare ("con miembros de ambos gobiernos"), a singular keeps the
        # article its language needs ("con el primer ministro")
        if rest and first.lower() in lexicon.fw.article and first.lower() not in lexicon.title_words.get("participant_articles", ()):
            return end, [], rest
    return end, refs, text


class _VerbEvent(NamedTuple):
    """How a verb is read as an event, before its arguments are found."""

    lemma: str
    seg_index: int
    seg: Segment
    same_clause: list[tuple[int, Mention]]
    passive: Verb | None
    aside: bool
    allowed: tuple[Timex, int] | None
    vt_end: int
    inner: tuple[int, Verb] | None
    frame: str | None
    is_event: bool
    is_light: bool
    is_reporting: bool
    generic: bool
    hypothetical: bool
    reflexive: bool
    clause_hi: int
    clause_nouns: list[Mention]
    after_nouns: list[Mention]
    before_nouns: list[Mention]


def _anchor_noun_before(s: Sentence, vt: int, kind: str, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> Mention | None:
    """The noun of `kind` that "after"/"before" measures from, ending right before the
    verb at vt ("two days after a crash in Arizona injured three people": the crash the
    relation dates, the verb its toll), or None."""
    before = _before_adverbs(s, vt - 1, 0, lexicon)
    return next((n for n in noun_mentions.values() if n.kind == kind and n.verb is None and n.signal is not None and n.signal[0] in ("after", "before")
                 and n.np_end and s.token_at(n.np_end - 1) == before), None)


def _anchor_noun_opening_clause(s: Sentence, seg: Segment, vt: int, kinds: set[str], noun_mentions: dict[int, Mention], lexicon: Lexicon) -> Mention | None:
    """The event noun of one of `kinds` that "after"/"before" measures from when it opens
    the clause of the verb at vt past its own complement ("Two days after a crash on the
    highway killed three people": the crash, the killed its toll), or None."""
    for n in noun_mentions.values():
        if n.verb is not None or n.signal is None or n.signal[0] not in ("after", "before") or n.kind not in kinds:
            continue
        k = s.token_at(n.start)
        if not seg.t0 <= k < vt:
            continue
        k = _past_determiners(s, seg, k, lexicon, counts=False)  # "after a crash"
        if k == seg.t0 or s.low[k - 1] == seg.opener:
            return n
    return None


def _agent_of_frame(kind: str, subject: list[Ref], toll_of: Mention | None, lexicon: Lexicon) -> bool:
    """Whether a named subject whose words gave the verb its kind is still the one who
    acts: "Georgia's Supreme Court rejected a challenge" (a ruling, a kind an act of
    someone's has, [verbs]); a storm, a prize or an event named is not ("Hurricane
    Melissa struck", "El Premio Goya recae en")."""
    # ("The court ruled on Tuesday": a body told by its noun acts as a named one does)
    if kind in lexicon.impersonal or toll_of is not None or not any(r.name or r.role is not None and r.role.lower() in lexicon.collective for r in subject):
        return False
    return any(k == kind for k, _noun in lexicon.verb_kinds.values())


def _participle_in_phrase(s: Sentence, vt: int, verb: Verb, lexicon: Lexicon) -> bool:
    """Whether a past form of no kind of its own right after "in/at/on" + article +
    noun describes that noun: "said in an advisory issued at 4 a.m.", "at a ceremony
    held on Monday" (never "after the storm passed")."""
    if verb.tense is not Tense.PRETERITE or vt < 3 or s.verb_token.get(vt + 1) == vt or not s.words[vt - 1].islower():
        return False
    fw = lexicon.fw
    if not may_be_participle(verb.text, lexicon.language) or s.low[vt - 1] in fw.relative or verb.lemma in lexicon.verb_kinds:
        return False  # "en una nave obligó a desalojar", "in which 12 died"; "a statement released hours after" keeps its release
    return (s.low[vt - 2] in fw.indefinite or s.low[vt - 2] in fw.definite) and s.low[vt - 3] in fw.in_ and s.verb_of(vt - 1) is None and not _sole_finite_verb(s, verb, lexicon)


def _record_before_participle(s: Sentence, vt: int, verb: Verb, lexicon: Lexicon) -> str | None:
    """The record noun phrase a past form of making public describes, written right
    before it with no object and a date after it: a reduced passive ("Steel prices rose,
    according to industry data published on Friday", "Shares fell after the report
    released last week", "A report released in June found"); None otherwise."""
    if verb.tense not in (Tense.PRETERITE, Tense.PARTICIPLE) or verb.lemma not in lexicon.record_participles or vt < 1 or " " in verb.text:
        return None  # (a participle before a present: "The report released last week shows")
    records = lexicon.due_release.get("records", ())
    if verb.lemma in lexicon.record_participle_kinds:
        records = lexicon.announced_records  # "a deal first announced in May 2023"
    noun = vt - 1
    if noun > 1 and s.low[noun] in lexicon.fw.skip_adverb:
        noun -= 1  # (the adverb is the participle's)
    end = noun + 1 if noun < vt - 1 else vt
    if not lexicon.names_before_nouns and noun > 0 and s.low[noun] not in records and s.low[noun - 1] in records and s.words[noun].isalpha() and noun not in s.verb_token and s.low[noun] not in lexicon.prepositions:
        noun -= 1  # a name or an adjective after the noun: "la encuesta Cadem publicada el domingo"
    if s.low[noun] not in records or noun in s.verb_token:
        return None
    after = vt + 1
    if not (after in s.timex_tokens or after + 1 in s.timex_tokens and s.low[after] in lexicon.prepositions):
        return None  # "the report released figures": an object, a clause of its own
    fw = lexicon.fw
    k = noun
    while lexicon.names_before_nouns and k > 0 and s.words[k - 1].isalpha() and s.words[k - 1].islower() and s.low[k - 1] not in lexicon.prepositions and s.low[k - 1] not in fw.article and k - 1 not in s.verb_token and k - 1 not in s.timex_tokens:
        k -= 1
    if lexicon.names_before_nouns and k > 1 and s.words[k - 1][:1].isupper() and s.low[k - 2] in fw.article:
        k -= 1  # a name before the noun: "a Cadem poll published Sunday"
    if k > 0 and s.low[k - 1] in fw.article:
        k -= 1
    phrase = s.span_text(k, end)
    return s.low[k] + phrase[len(s.low[k]) :] if k == 0 else phrase  # "A supplier report released in June": "a supplier report"


def _sole_finite_verb(s: Sentence, verb: Verb, lexicon: Lexicon) -> bool:
    """Whether `verb` is the first finite verb of a sentence opened by its subject and the
    only one of its clause, so the main verb and no participle of a noun before it ("The
    deadline to register to vote in the runoff passed on Monday, and early voting begins";
    "said in an advisory issued at 4 a.m." has "said"; "At a ceremony held on Monday, the
    mayor opened" opens with the phrase)."""
    if s.low[0] in lexicon.fw.in_ or s.low[0] in lexicon.prepositions:
        return False
    vt = s.token_at(verb.start)
    others = [s.token_at(other.start) for other in s.verb_at.values() if other.finite and other.start != verb.start]
    return not any(k < vt or s.segment_of[k] == s.segment_of[vt] for k in others)


def _time_subject(s: Sentence, vt: int, lexicon: Lexicon) -> bool:
    """Whether a time expression right before the verb at vt opens its clause, so is its
    subject ("that day has come", "Last year saw record sales"); a name or a role before it
    is the subject ("Boeing on Tuesday delivered")."""
    k = vt - 1
    while k >= 0 and (lexicon.fw.adverb(s.low[k]) or s.low[k] in lexicon.fw.skip_adverb):
        k -= 1
    if k < 0 or k not in s.timex_tokens:
        return False
    while k > 0 and k - 1 in s.timex_tokens:
        k -= 1
    return s.low[k] not in lexicon.prepositions and (k == s.segments[s.segment_of[k]].t0 or s.words[k - 1] == ",")


def _verb_event(s: Sentence, vt: int, verb: Verb, nouns: _SentenceNouns, mentions: list[Mention], timexes: list[Timex], lexicon: Lexicon) -> _VerbEvent | None:
    """Whether and as what the verb at vt is an event: its frame (kind), light, reporting or
    generic reading, negation and hypothesis, and the event nouns of its clause; None when
    it tells no event (an act it allows goes into mentions)."""
    fw = lexicon.fw
    noun_mentions, not_arguments, clause_of, _spans = nouns
    lemma = verb.lemma
    if lemma is None:
        return None
    if vt > 0 and s.low[vt - 1] in fw.according_to and lemma not in lexicon.reporting and lemma not in lexicon.verb_kinds:
        return None  # "según anticiparon ayer fuentes del organismo": an attribution, no act ("según ha publicado el BOE" is one)
    if _participle_in_phrase(s, vt, verb, lexicon):
        return None  # "said in an advisory issued at 4 a.m.": the advisory's, no act of its own
    if " " not in verb.text and _planned_for_date(s, vt, lexicon) and any(s.token_at(n.end - 1) == vt - 1 for n in noun_mentions.values()):
        return None  # "cancelled the strike scheduled for Friday": the strike's date, no act of scheduling
    if lexicon.subject_before_verb and _time_subject(s, vt, lexicon):
        return None  # "Unfortunately, that day has come": the time comes, no one acts
    seg_index = s.segment_of[vt]
    seg = s.segments[seg_index]
    same_clause = clause_of.get(seg.host, [])
    allowed_act = _allowed_act(s, vt, verb, seg_index, timexes, noun_mentions, lexicon)
    if allowed_act is not None:
        mentions.append(allowed_act)  # "Prosecutors have until Friday to file formal charges"
        return None
    summoned = _summoned_act(s, vt, verb, seg_index, mentions, lexicon) if verb.tense is Tense.INFINITIVE else None
    if summoned is not None:
        mentions.append(summoned)  # "la jueza lo citó a declarar el 2 de diciembre": the testimony
        return None
    passive = _passive_participle(s, vt, verb, lexicon)
    aside = passive is None and _dated_participle_aside(s, vt, verb, lexicon)
    if aside:
        passive = verb  # "El acusado, detenido en marzo de 2024, ...": a passive with its own date
    if passive is not None:
        lemma = cast(str, passive.lemma)  # "fue detenido": the participle's event, done to the subject (an event verb's: a lemma)
    allowed = _time_allowed(s, vt, verb, timexes, lexicon)
    if not verb.finite and not aside and allowed is None and _record_before_participle(s, vt, verb, lexicon) is None:
        signal = _signal_before(s, vt, lexicon)
        # "before moving to London in 1961": a gerund after its signal, dated in its own clause
        signalled_gerund = verb.tense is Tense.GERUND and _signalled_date_end(s, vt, verb, lexicon) is not None
        if verb.tense is not Tense.INFINITIVE and not signalled_gerund or signal is None or signal[0] == "during":
            if not _in_relation_anchor(s, verb, timexes):
                _purpose_goal_nouns(s, vt, verb, noun_mentions, lexicon)
                return None
    vt_end = s.token_at(verb.end)
    # "comenzó a subir los tipos": the event is the infinitive's, its aspect the verb's
    inner = _aspect_infinitive(s, vt_end, lemma, lexicon, verb.tense)
    declared = None if inner else _declared_participle(s, vt_end, lemma, lexicon)
    frame = _frame_kind(s, inner[0] if inner else vt_end, inner[1].lemma if inner else lemma, lexicon)
    if frame is not None and inner is None and lemma in lexicon.naming_verbs and _named_in_quotes(s, vt_end, lexicon):
        frame = "statement"  # "called the strike "reckless"": a judgement said, no strike called
    if frame == NO_EVENT:  # "meet Ukraine's financing needs": no meeting
        if inner is None:
            return None
        inner, frame = None, _frame_kind(s, vt_end, lemma, lexicon)  # "agreed to meet the needs": the agreement
    if inner and frame is None:
        frame = lexicon.verb_kinds.get(inner[1].lemma, (None, None))[0]  # type: ignore[arg-type]  # no lemma: no kind
    inner = inner or declared  # "dio por muerto al sospechoso": declared so, no death of its own kind
    if frame is None and lemma in lexicon.reflexive_kinds and _with_se(s, vt, vt_end, lexicon):
        frame = lexicon.reflexive_kinds[lemma]  # "se manifestaron el sábado": a protest ("manifestó que": a statement)
    if frame is None and is_passive(verb, lexicon.language):
        frame = _passive_frame(s, vt, lemma, lexicon)
    if frame is None and passive is not None and not aside:
        frame = _passive_frame(s, vt, lemma, lexicon)
        _frame_subject_consumed(noun_mentions, vt - 1, frame)
    elif frame is not None and passive is None and not inner and lemma in lexicon.light:
        _frame_object_consumed(s, vt_end, lemma, frame, noun_mentions, lexicon)
    if frame is None and passive is not None and lemma not in lexicon.verb_kinds and _done_to_someone(lemma, lexicon) and not any(n.start < verb.start for _t, n in same_clause):
        # "fue condenado": "condenar a" ("el atentado fue condenado": an event noun, a statement on it)
        frame = next(kind for word, kind in lexicon.verb_objects[lemma].items() if word in fw.to_any)
    if frame is None and lemma in lexicon.verb_objects and not inner:
        antecedent = _relative_antecedent_object(s, seg_index, vt, vt_end, noun_mentions, lexicon)
        frame = lexicon.verb_objects[lemma].get(_head(antecedent, lexicon)) if antecedent else None  # "el recurso que la defensa interpuso en marzo": an appeal
    term = _office_term(s, lemma, vt_end, lexicon)
    if frame is None and term is not None and verb.finite and (_bounded_both_sides(s, seg_index, lexicon) or lexicon.ended_states and verb.direction == "past" and _until_date_in_clause(s, seg_index, lexicon)):
        frame = term  # "gobernó la ciudad entre 2011 y 2019": a term in office; "hasta 2019": one that ended then
    if frame is None and lemma in lexicon.bare_reporting and seg_index == 0 and seg.verbs[0] is verb and _says_nothing(s, vt_end, lexicon):
        # "Walmart reports the following day": its results ("... jobs report on Friday" is no second verb)
        frame = lexicon.bare_reporting[lemma]
    if frame is None and lemma in lexicon.bare_reporting and is_passive(verb, lexicon.language) and _says_nothing(s, vt_end, lexicon):
        # "warned that the amount could rise before it is officially reported in March":
        # made public then, no one's statement
        frame = lexicon.bare_reporting[lemma]
    if frame is None and lemma in lexicon.moving_reporting and _moves_to_new_day(s, vt_end, lexicon):
        frame = lexicon.moving_reporting[lemma]  # "adelantará al próximo lunes la vacunación": a move, nothing told
    if frame is None and lemma in fw.copula and _record_due(s, vt, vt_end, lexicon):
        # "The jobs report is due Friday": released then, as "is released Friday"
        frame, lemma, passive = lexicon.due_release["kind"], lexicon.due_release["verb"], verb
    if frame is None and lemma in lexicon.competition_matches and _to_someone(s, vt_end, lexicon) and (_names_competition(s, seg_index, lexicon) or _visits_club(s, vt, vt_end, lexicon)):
        frame = "match"  # "visitará al Liverpool en la Liga de Campeones", "visitará al Elche": a team visited, in a competition
    if frame is None and lemma in lexicon.opponent_matches and _named_opponent(s, vt_end, lexicon) and _sports_sentence(s, lexicon):
        frame = "match"  # "Arsenal play Bayern Munich in the Champions League", "and face Brentford on Dec. 3, a midweek fixture"
    if frame is None and lemma in lexicon.opponent_matches and _away_opponent(s, _past_dates(s, vt_end, lexicon), lexicon):
        frame = "match"  # "The Lakers play at Golden State on Friday": a game away, at the opponent's
    if frame is None and (lemma in fw.copula or lemma in lexicon.lasting_state_verbs) and (verb.direction != "past" or lexicon.ended_states and lemma not in lexicon.state_onset_verbs):
        frame = _state_until(s, vt_end, lexicon)  # "will be out until mid-December": away from now until then; "estuvo de baja hasta marzo"
    if frame is None and lemma in lexicon.joint_appearances and _with_named_person(s, vt_end, lexicon):
        frame = lexicon.generic_kind  # "is expected to appear with Governor Brian Kemp in Macon on Saturday": an act, no state
    if lemma in lexicon.topic and lemma not in lexicon.light and frame is None:
        # "se abordará la construcción de la central": the noun is a topic
        for _t, noun in same_clause:
            if noun.start > verb.end and not (noun.occasion and noun.signal is not None):
                # "informó en una rueda de prensa de ...": the occasion it was told at is no topic
                noun.topic = True
                noun.clause_dated = False
                noun.clause_tense = None
                break
    planned, topic = _planned_subject(s, verb, same_clause, lexicon)
    if planned is not None and planned.verb is None:
        # "La comparecencia fue solicitada en octubre", "La reunión fue convocada el lunes":
        # the date is the request's or the call's, as with the noun after the active verb
        # (a noun its own relative clause dated keeps that date)
        planned.clause_dated = False
        planned.clause_tense = None
        planned.topic = planned.topic or topic
    acting = _recurring_body_subject(s, verb, same_clause, lexicon)
    if acting is not None:
        # "El Festival de Cine de Sevilla presentó ayer su programación": its organisers
        # acted then; the festival is held on its own days
        acting.clause_dated = False
        acting.clause_tense = None
    if lemma in lexicon.awaiting and any(noun.start > verb.end for _t, noun in same_clause):
        return None  # "Investors await the ECB meeting on Thursday": the meeting is what happens
    if lemma in lexicon.blames:
        _blamed_nouns(s, vt_end, seg_index, same_clause, lexicon)
    if _period_closed(s, inner[0] + 1 if inner else vt_end, inner[1].lemma if inner else lemma, lexicon):
        return None  # "El Gobierno cerrará el año con un déficit del 2,5 %": a figure, no act
    is_event = lemma in lexicon.verb_kinds or frame is not None or inner is not None
    if is_event and frame is None and lemma in lexicon.with_se_or_person and not aside and not _with_se_or_person(s, vt, vt_end, lexicon):
        return None  # "la muestra reunirá 65 obras", "el festival reunió a 85.000 espectadores": a figure, as "sumar", no event
    if is_event and frame is None and lemma in lexicon.hurt_own_body and passive is None and not is_passive(verb, lexicon.language) and not (vt_end < len(s.low) and s.low[vt_end] in fw.possessive):
        is_event = False  # "The explosion injured 12 workers": the harm is the blast's ("was injured", "sprained his wrist" are injuries)
    if is_event and frame is None and lemma in lexicon.with_person and passive is None and not is_passive(verb, lexicon.language) and not _to_someone(s, vt_end, lexicon) and not (
        vt > 0 and s.low[vt - 1] in fw.clitic and s.low[vt - 1] not in fw.reflexive
    ):
        is_event = False  # "La Liga se detiene": it stops, no one is arrested ("lo detuvo" is an arrest)
    if frame is None and is_passive(verb, lexicon.language) and _moving_particle(s, vt_end, lemma, lexicon):
        return None  # "The vote has been put off until June": the vote moved, as "was pushed back" tells it
    fixed = lexicon.fixed_light.get(lemma)
    is_light = lemma in lexicon.light and not inner and (lemma not in lexicon.entering or _enters_noun(s, vt_end, noun_mentions, lexicon)) and (fixed is None or tuple(s.low[vt_end : vt_end + len(fixed)]) == fixed)
    if frame is not None and lemma in lexicon.moving_reporting:
        is_light = True  # "adelantó al lunes la vacunación": the event moved is its object's, dated by it
    is_reporting = lemma in lexicon.reporting and frame is None
    responded = is_reporting and lemma in lexicon.responding and _with_noun_after(s, vt_end, lexicon)
    if responded:
        is_reporting = False  # "the EU responded in April with duties": an act, no statement
    # any other finite verb is an event of its clause when a date attaches to it
    generic = not (is_event or is_light or is_reporting) and (responded or _may_be_act(s, verb, allowed, lexicon))
    if lemma in lexicon.reflexive_states and vt > 0 and s.low[vt - 1] in fw.reflexive:
        is_event = is_light = is_reporting = generic = False  # "los hechos se remontan a 2003"
    if generic and _set_in_segment(s, seg, timexes):
        generic = False  # "autobuses que saldrán cada hora desde Chamartín": a routine, no one-off act
    if generic and verb.tense in (Tense.FUTURE, Tense.GOING_TO) and _bare_plural_antecedent(s, seg, lexicon) and not _day_in_segment(s, seg, timexes):
        generic = False  # "ofrecerá autobuses que saldrán de Atocha a las 6.00": what the buses do, at no day told
    if not (is_event or is_light or is_reporting or generic):
        if lemma in lexicon.states or lemma in fw.copula:
            _date_goes_after(s, vt, same_clause)
        return None
    if (_negated(s, vt, vt_end, lexicon) or _negative_subject(s, seg.t0, vt, lexicon)) and not_until(s, vt, lexicon) is None:
        if is_light and not is_event and lemma not in lexicon.scheduling and lemma not in fw.copula:
            # "no sufrió lesiones": the noun done is no event ("no aplazó la cumbre" keeps it)
            done = next((n for _t, n in same_clause if n.start >= verb.end and n.verb is None and n.signal is None), None)
            if done is not None:
                done.source = "consumed"
        return None
    # "esperan que la institución mantenga los tipos": wished or expected, not factual;
    # "might be released": only possible
    # "si no hay acuerdo, la huelga comenzará el lunes": the strike is set for Monday, the
    # condition's clause alone is unreal; "si hubiera acuerdo, se desconvocaría el lunes" and
    # an undated "si ..., se convocarán nuevas elecciones" tell no plan
    conditional = _condition_met(s, seg_index, verb, lexicon) and (verb.tense is Tense.CONDITIONAL or not _dated_segment(s, seg))
    hypothetical = (
        # "aunque las temperaturas bajarán": granted in the indicative ("aunque bajen": even if)
        seg.opener in lexicon.hypothetical and not _concessive(s, seg, lexicon) and not (seg.opener in fw.although and verb.tense not in _SUBJUNCTIVE)
        or conditional
        or (verb.tense in _SUBJUNCTIVE and seg.opener in fw.complementiser and not _factual_que(s, seg, lexicon) and not _planned_que(s, seg, lemma, lexicon))
        or s.low[vt] in lexicon.possibility
    )
    if allowed is not None:
        hypothetical = False  # "tiene diez días para ingresar en prisión": due, no mere purpose
    # "se firmó un acuerdo", "the agreement was signed": no agent in the subject
    reflexive = vt > 0 and s.low[vt - 1] in fw.reflexive or is_passive(verb, lexicon.language)
    # "antes de trasladarse a Madrid": the clitic written onto the infinitive
    # ("después de presentarse el Shuffle": a passive "se", its subject after it, read as before)
    after_verb = s.token_at(verb.end - 1) + 1
    reflexive = reflexive or verb.tense is Tense.INFINITIVE and verb.lemma is not None and any(verb.text.lower() == verb.lemma + clitic for clitic in fw.reflexive) and not (
        after_verb < len(s.low) and s.low[after_verb] in fw.article)
    clause_lo, clause_hi = s.clause_range(seg_index)
    # event nouns in this verb's clause
    clause_nouns = [m for t, m in same_clause if (m.signal is None or is_light and m.start > verb.end and m.signal[1] in lexicon.weak_signals) and t not in not_arguments]
    after_nouns = [m for m in clause_nouns if m.start >= verb.end]
    before_nouns = [m for m in clause_nouns if m.start < verb.start]
    for noun in after_nouns if conditional else ():
        noun.hypothetical = True  # "si no hay acuerdo, convocarán una huelga": no strike yet
    for noun in after_nouns[:1] if lemma in lexicon.averting else ():
        # "El Gobierno evitó una huelga": none held (a definite one may be planned: see
        # events `_called_off_nouns`)
        before = s.low[s.token_at(noun.start) - 1]
        noun.hypothetical = not (before in fw.definite or before in fw.contraction or before in fw.demonstrative or before in fw.possessive)
    if inner is not None and frame is None and before_nouns and inner[1].lemma in lexicon.occur:
        return None  # "el debate de investidura deberá celebrarse antes del 20": the debate, dated as its noun
    if is_event and is_light and frame is None and lemma in lexicon.carriers and after_nouns and not (after_nouns[0].signal is not None and _made_thing_object(s, vt_end, lexicon)):
        is_event = False  # "lanzó tres ataques": the attacks carry its subject and date ("presentó el cartel de la feria": the poster)
    return _VerbEvent(lemma, seg_index, seg, same_clause, passive, aside, allowed, vt_end, inner, frame, is_event, is_light, is_reporting, generic, hypothetical, reflexive, clause_hi, clause_nouns, after_nouns, before_nouns)


class _VerbSubject(NamedTuple):
    """The subject of a verb event and what it changes in the reading."""

    subject: list[Ref]
    relative_noun: Mention | None
    antecedent_noun: Mention | None
    antecedent_text: str | None
    hypothetical: bool
    antecedent_word: str | None
    by_subject: str | None
    shared_disaster: Mention | None
    pronoun_kind: str | None
    by_word: str | None
    frame: str | None
    is_event: bool
    is_light: bool
    is_reporting: bool
    generic: bool
    toll_of: Mention | None
    coordinated: bool
    reflexive: bool


def _verb_subject(s: Sentence, vt: int, verb: Verb, event: _VerbEvent, noun_mentions: dict[int, Mention], disaster: Mention | None, lexicon: Lexicon) -> _VerbSubject | None:
    """Who or what does the event of the verb at vt: its subject as written, before or after
    it, or the antecedent of a relative; a subject that names the kind ("The storm killed
    188", "stocks rallied") reframes the verb. None when it tells no event ("The death
    toll rose")."""
    fw = lexicon.fw
    lemma, seg_index, seg, vt_end, before_nouns = event.lemma, event.seg_index, event.seg, event.vt_end, event.before_nouns
    frame, is_event, is_light, is_reporting, generic, hypothetical, reflexive = event.frame, event.is_event, event.is_light, event.is_reporting, event.generic, event.hypothetical, event.reflexive
    # "El premio Cervantes se entregará": the name names the prize, no one who acts
    subject = [r for r in _subject_before(s, vt, lexicon) if not _named_by_noun(s, r, lexicon)]
    relative_noun = None
    antecedent_token = None
    antecedent_noun = None  # an event noun the relative clause is about
    antecedent_text = None  # the noun phrase before "que", for the object of a passive
    product = None  # the name of a made thing before "que" ("el sistema operativo Mac OS X Lion, que")
    # "whose shares fell": a relative that is a determiner has its own subject, not the antecedent
    if not subject and seg.opener in fw.relative and seg.opener not in lexicon.determiners and not implied_complementiser(s, seg, lexicon) and not _said_at_occasion(s, seg_index, noun_mentions, lexicon) and not _que_after_signal(s, seg, lexicon):
        subject, antecedent_token = _antecedent(s, seg_index, lexicon)
        product = _product_name_before(s, seg_index, lexicon) if subject and reflexive else None
        if product is not None:
            subject, antecedent_token = [], product  # "el sistema operativo Mac OS X Lion, que se lanzará": the thing launched
        if antecedent_token is not None:
            # the noun itself or one whose phrase ends there ("tres días de luto oficial, que")
            relative_noun = noun_mentions.get(antecedent_token) or next((n for n in noun_mentions.values() if n.np_end and s.token_at(n.np_end - 1) == antecedent_token), None)
        # ("una reunión ... en la zona, donde se han registrado cinco robos": what happens
        # where is no event of the noun before)
        antecedent_noun = relative_noun or (_relative_event_noun(s, seg_index, noun_mentions) if seg.opener not in fw.where else None)
        if antecedent_noun is not None and antecedent_noun is not relative_noun and _new_complement_between(s, antecedent_noun, seg_index, lexicon):
            antecedent_noun = None  # "coincide con la campaña navideña y con el puente, que comienza el 6": the bridge's start
        if relative_noun is None and _passive_of_event_noun(subject, antecedent_noun, lemma, event.reflexive, lexicon):
            # "un acuerdo entre el PP y Vox que se firmó": the agreement was signed, not Vox
            subject, relative_noun = [], antecedent_noun
        if antecedent_token is not None and s.low[antecedent_token] not in lexicon.time_antecedents:
            # ("la primera vez que ... se aprobó su Estatuto": when, not what is approved)
            antecedent_text = _phrase_before(s, antecedent_token, lexicon) if product is None else s.span_text(s.chunks[s.chunk_at[product]].t0, product + 1)
            # "No es la primera huelga que convocan": others were called, not this one
            hypothetical = hypothetical or _denied_ranking(s, antecedent_token, lexicon)
    if antecedent_text is not None and not subject and relative_noun is None and lemma in lexicon.object_relatives and _object_left_out(s, vt_end, lexicon) and not _is_role(s, cast(int, antecedent_token), lexicon):
        # "explicar el retraso, que atribuyó ayer a problemas informáticos": the delay is what is
        # put down to them, who did it is the subject of the clause that names it
        finite = [k for k, v in s.verb_at.items() if k < cast(int, antecedent_token) and v.finite]
        subject = _subject_before(s, max(finite), lexicon) if finite else []
        antecedent_text = None if subject or not finite else _np_subject(s, max(finite), lexicon)  # "El consejero": a role, no actor
        antecedent_token = None
    if antecedent_text is not None and not subject and relative_noun is None and antecedent_noun is None and not reflexive and verb.finite:
        # "el contrato, que finalmente ganó Lockheed": the name closing the clause is who won
        subject = _name_closing_relative(s, seg_index, vt, vt_end, lexicon)
    if seg.opener in fw.relative and antecedent_noun is None and subject:
        antecedent_noun = _relative_event_noun(s, seg_index, noun_mentions)
    # "el acuerdo ..., que vence en 2029": the verb's sense from the noun it is said of
    # "Hurricane Melissa made landfall": the subject is the name in an event noun's phrase
    named_noun = next((n for n in before_nouns if any(n.start <= r.start < n.np_end for r in subject)), None)
    # "made landfall" tells of the storm, "made history" does not: such a verb needs its object
    told = lemma not in lexicon.tells_of_disaster or vt_end < len(s.low) and s.low[vt_end] in lexicon.tells_of_disaster[lemma]
    # "el incendio se declaró extinguido": declared so, it did not break out
    told = told and not (event.inner is not None and lemma in lexicon.declaring)
    # "los trabajos, que comenzaron": the common noun the clause is said of
    # ("los trabajos que iniciaron los alumnos": the works are what they began)
    subject_after = vt_end < len(s.low) and s.low[vt_end] in fw.np_articles
    antecedent_word = s.low[antecedent_token] if antecedent_token is not None and antecedent_noun is None and not subject_after else None
    by_subject = _subject_kind(lemma, subject, antecedent_noun or named_noun, lexicon, antecedent_word) if told else None
    if by_subject is None and told and seg.opener in fw.relative and lemma in lexicon.verb_subjects and antecedent_noun is None and (not subject_after or vt_end in s.timex_tokens):
        # "el partido de Copa ante el Zamora, que se disputará": the match, not the team
        end = antecedent_token if antecedent_token is not None else s.token_at(subject[-1].start + len(subject[-1].text) - 1) if subject and subject[-1].start is not None else None
        head = _said_noun_before(s, end, lemma, lexicon) if end is not None and end < seg.t0 else None
        if head is not None:
            by_subject = lexicon.verb_subjects[lemma][s.low[head]]
    shared_disaster = None
    if by_subject is None and told and not subject and disaster is not None and seg.opener in fw.coordinator:
        # "killed 188 people and destroyed thousands of homes": still the storm's toll
        by_subject = _subject_kind(lemma, [], disaster, lexicon)
        shared_disaster = disaster if by_subject == disaster.kind else None
    pronoun_kind = None
    pronoun = _before_adverbs(s, vt - 1, seg.t0, lexicon)  # "It also killed five people"
    if by_subject is None and told and vt > seg.t0 and s.low[pronoun] in fw.object_pronoun:
        by_subject = pronoun_kind = _pronoun_kind(s, pronoun, lemma, noun_mentions, lexicon)
    if by_subject is None and told and vt > seg.t0 and lemma in lexicon.verb_subjects and (reporter := _reporter_noun_of_pronoun(s, seg, pronoun, lexicon)) is not None:
        by_subject = _subject_kind(lemma, [], None, lexicon, reporter)  # "The union said it would strike": a walkout
    # the word before the verb, past its reflexive pronoun ("el fuego se declaró")
    word_before = vt - 2 if vt - 1 > seg.t0 and s.low[vt - 1] in fw.reflexive else vt - 1
    # "Drivers in Chicago will strike": the noun before the place
    word_before = _place_complement(s, seg.t0, word_before + 1, lexicon) - 1
    word_before = _noun_before_participle(s, seg.t0, word_before)  # "An outbreak linked to cucumbers has sickened"
    word_before = _before_adverbs(s, word_before, seg.t0, lexicon)  # "The storm also left two dead"
    if word_before - 1 > seg.t0 and word_before in s.timex_tokens and s.low[word_before - 1] in fw.of_any:
        word_before -= 2  # "los presupuestos de 2024 llegaron": the noun before its own year
    by_word = None if by_subject is not None or vt <= seg.t0 or not told else _subject_kind(lemma, [], None, lexicon, s.low[word_before])
    if by_word is None and by_subject is None and told and vt > seg.t0 and lemma in lexicon.verb_subjects and (opening := _event_noun_opening_clause(s, seg, before_nouns, lexicon)) is not None:
        # "Two crashes on the highway killed five people": the crashes' toll, past the complement
        by_word = _subject_kind(lemma, [], opening, lexicon)
    if by_word is None and by_subject is None and told and vt == seg.t0 and lemma in lexicon.verb_subjects and (opening := _event_noun_before_asides(s, seg_index, before_nouns, lexicon)) is not None:
        by_word = _subject_kind(lemma, [], opening, lexicon)  # "The storm, in 2017, destroyed 300 homes": the storm's toll
    if by_word is None and by_subject is None and told and vt == seg.t0 and lemma in lexicon.verb_subjects and not before_nouns and (first := _subject_before_asides(s, seg_index)) is not None:
        # "Los trabajos, presupuestados en 12 millones de euros, comenzaron": a subject noun that is no event alone
        by_word = _subject_kind(lemma, [], None, lexicon, _phrase_head(s, first.t0, first.t1, lexicon))
    if by_word is None and by_subject is None and told and (not before_nouns or _head_before_event_nouns(s, seg.t0, vt, before_nouns, lexicon)) and lemma in lexicon.verb_subjects and not _object_after(s, vt_end, lexicon):
        # a subject noun that is no event alone: "El partido entre el Betis y el Linares
        # se jugará" ("El partido del Gobierno se jugará su futuro": no match)
        by_word = _subject_kind(lemma, [], None, lexicon, _phrase_head(s, seg.t0, vt, lexicon))
    if by_word is None and by_subject is None and told and lemma in lexicon.verb_subjects and not subject:
        by_word = _subject_kind(lemma, [], None, lexicon, _word_before_clause_aside(s, vt, lexicon))  # "El premio, dotado con 50.000 euros, se entregará"
    anchor = None
    if by_word is None and by_subject is None and told and vt > seg.t0 and lemma in lexicon.verb_subjects and (anchor := _anchor_noun_opening_clause(s, seg, vt, set(lexicon.verb_subjects[lemma].values()), noun_mentions, lexicon)) is not None:
        by_word = _subject_kind(lemma, [], anchor, lexicon)  # "after a crash on the highway killed three": the crash's toll
    if NO_EVENT in (by_subject, by_word):
        return None  # "The death toll rose to 200": a count updated, no event of its own
    if by_word is not None:  # "stocks rallied": the kind, the subject kept for the title
        frame, is_event, is_light, is_reporting, generic = by_word, True, False, False, False
    toll_of = None  # "after Typhoon Kalmaegi killed 200 people": the named storm's toll
    if by_subject is not None:
        frame, is_event, is_light, is_reporting, generic = by_subject, True, False, False, False
        toll_of = shared_disaster or next((n for n in noun_mentions.values() if n.kind == by_subject and n not in before_nouns and any(n.start <= r.start < n.np_end for r in subject)), None)
        if not _agent_of_frame(by_subject, subject, toll_of, lexicon):
            subject = []  # "Hurricane Melissa struck": the storm, no actor
        elif by_subject in lexicon.ends_subject and named_noun is not None:
            subject = []  # "Las conversaciones entre el Gobierno y los sindicatos se rompieron": the talks end, the sides are no subject
        if antecedent_noun is not None:
            antecedent_text = antecedent_text or s.text[antecedent_noun.start - (len(s.words[s.token_at(antecedent_noun.start) - 1]) + 1 if s.token_at(antecedent_noun.start) > 0 and s.low[s.token_at(antecedent_noun.start) - 1] in fw.definite else 0) : antecedent_noun.end]
    if by_word is not None:
        # "two days after a crash in Arizona injured three people": the crash the relation
        # dates, the injured its toll, no event apart
        toll_of = _anchor_noun_before(s, vt, by_word, noun_mentions, lexicon) or anchor
        by_subject = by_word if toll_of is not None else by_subject
    if relative_noun is None and antecedent_noun is not None and is_light and (lemma in lexicon.occur or fold(lemma) in lexicon.occur):
        # "el atentado con cuchillo que causó dos muertos el 1 de octubre": the attack's clause
        relative_noun = antecedent_noun
        subject = []
    if relative_noun is None and antecedent_noun is not None and is_light and lemma not in lexicon.scheduling and _date_before_relative(s, antecedent_noun, seg, lexicon):
        # "announced job cuts on Monday that will take effect in January": the cuts take effect
        relative_noun = antecedent_noun
        subject = []
    if not subject and seg.opener is None and not _verb_after_according_to(s, vt, lexicon) and not _coordinated_after_comma(s, seg, vt, lexicon):
        # ("Iberia Express ganó 142 millones, según informó su matriz": the subject is after
        # "según informó"; "mostró su nuevo sistema, Snow Leopard, y presentó": the first clause's)
        subject = _main_subject(s, seg_index, lexicon)
        if subject and _np_subject(s, vt, lexicon) is not None:
            # ("Según explicó su director, Miguel Falomir, la exposición se cerrará": the
            # clause's own phrase is its subject, not the name set off before it)
            subject = []
    if not subject and (is_reporting or (is_event and lexicon.verb_kinds.get(lemma, ("",))[0] in _SUBJECT_AFTER) or _verb_after_according_to(s, vt, lexicon)):
        subject = _subject_after(s, vt, lexicon)
    if event.allowed is not None and not subject:
        subject = _subject_before(s, event.allowed[1], lexicon)  # "El Gobierno tiene hasta el viernes para aprobar": the Government's
    if not verb.finite:
        # an infinitive shares the subject of the clause it sits in
        host = s.segments[seg.host]
        subject = subject or (_subject_before(s, s.token_at(host.verbs[0].start), lexicon) if host.verbs else [])
        if not subject and host.verbs:
            subject = _main_subject(s, seg.host, lexicon)
    coordinated = not subject and (seg.opener in fw.coordinator or _sequenced(s, seg, vt, lexicon) or _coordinated_after_comma(s, seg, vt, lexicon) and lexicon.verb_kinds.get(lemma, ("",))[0] not in _SUBJECT_AFTER)
    if coordinated and not reflexive and _joined_to_passive(s, seg_index, verb, vt_end, lexicon):
        reflexive = True  # "was arrested in July and charged in November": done to the subject
    if frame is not None and subject and is_passive(verb, lexicon.language):
        subject = [r for r in subject if not _names_frame_noun(r, lemma, frame, lexicon)]  # "The Nobel Peace Prize will be awarded"
    return _VerbSubject(subject, relative_noun, antecedent_noun, antecedent_text, hypothetical, antecedent_word, by_subject, shared_disaster, pronoun_kind, by_word, frame, is_event, is_light, is_reporting, generic, toll_of, coordinated, reflexive)


class _VerbKind(NamedTuple):
    """The kind a verb event is written with."""

    generic: bool
    kind: str
    source: str


def _ended_event_object(s: Sentence, vt_end: int, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a closing verb has a lasting event noun right after it, past its article,
    as its object: someone ends it, an act ("The union ended the strike on Monday"; "The
    festival ended on Sunday" only occurs)."""
    if lemma not in lexicon.closing:
        return False
    k = vt_end
    while k < len(s.low) and (s.low[k] in lexicon.fw.definite or s.low[k] in lexicon.fw.possessive):
        k += 1
    return vt_end < k < len(s.low) and _lasting_noun(s, k, lexicon)


def _subject_opens_or_closes_object(s: Sentence, vt: int, vt_end: int, lemma: str, coordinated: bool, lexicon: Lexicon) -> bool:
    """Whether a verb of opening or closing has a subject right before it (a pronoun or a
    common noun) and an object after it: someone's act ("The company said that on Monday it
    closed the plant", "The city will open the bridge in March"; "It began on Monday", with
    no object, only occurs, and "it closed the year" names a time)."""
    if coordinated or lemma not in lexicon.opening and lemma not in lexicon.closing or vt == 0 or not s.words[vt - 1].isalpha() or s.low[vt - 1] in lexicon.function_words and s.low[vt - 1] not in lexicon.fw.subject_pronoun:
        return False
    fw = lexicon.fw
    k = vt_end
    while k < len(s.low) and (s.low[k] in fw.definite or s.low[k] in fw.indefinite or s.low[k] in fw.possessive or s.low[k] in lexicon.cardinals or s.words[k][:1].isdigit()):
        k += 1
    return vt_end < k < len(s.low) and s.words[k].isalpha() and k not in s.timex_tokens and s.low[k] not in lexicon.unit_words


def _origin_of_motion(s: Sentence, t: int, kind: str, lexicon: Lexicon) -> bool:
    """Whether the place opened by token t is where a motion toward somewhere started:
    "The minister arrived from Paris" (no arrival in Paris; "expelled from" is the place)."""
    toward = motion_preposition(kind, lexicon)
    return toward is not None and s.low[t] in lexicon.fw.from_ and toward not in lexicon.fw.from_


def _on_route(s: Sentence, t: int, kind: str, lemma: str | None, lexicon: Lexicon) -> bool:
    """Whether the place opened by token t is an end of a route ("from A to B") told of an
    event that is no motion: "unveiled a version of its 777, capable of flying from London
    to Sydney" (no unveiling in London, nor in Sydney; "flew from London to Sydney" went there)."""
    fw = lexicon.fw
    if motion_preposition(kind, lexicon) is not None or lemma in lexicon.title_words.get("place_by_verb", {}):
        return False
    if s.low[t] in fw.from_:
        return any(s.low[k] in fw.to and s.words[k + 1][:1].isupper() for k in range(t + 2, min(len(s.low) - 1, t + 6)))
    return s.low[t] in fw.to and any(s.low[k] in fw.from_ for k in range(max(0, t - 5), t - 1))


def _setting_after_object(s: Sentence, vt_end: int, noun: Mention, lexicon: Lexicon) -> bool:
    """Whether the event noun follows the verb's own object and a preposition: where or
    when the act was done, not the act ("delivered the final jet to AirTran in ceremonies
    in Long Beach"; "took part in the summit", "held talks" carry their noun)."""
    fw = lexicon.fw
    k, end = vt_end, s.token_at(noun.start)
    while k < end and (k in s.timex_tokens or fw.adverb(s.low[k]) or s.low[k] in fw.skip_adverb):
        k += 1
    if k >= end or not (s.low[k] in fw.definite or s.low[k] in fw.indefinite or s.low[k] in fw.possessive or s.words[k][:1].isdigit()):
        return False  # "took part in the summit", "participó en la cumbre": no object of its own
    # the preposition that leads to the noun says where ("put the bill to a vote", "had
    # its best week after a rally": the vote put, the rally's relation)
    lead = next((j for j in range(end - 1, k, -1) if s.low[j] in lexicon.prepositions), None)
    return lead is not None and s.low[lead] in fw.in_


def _behind_with(s: Sentence, vt_end: int, noun: Mention, lexicon: Lexicon) -> bool:
    """Whether "with" stands between the verb (ending before token vt_end) and the event
    noun after it: "ended with a rally" tells how it ended, not what ended ("was on
    strike" stays the strike)."""
    return any(s.low[k] in lexicon.fw.with_ for k in range(vt_end, s.token_at(noun.start)))


def _verb_kind(s: Sentence, vt: int, verb: Verb, event: _VerbEvent, found: _VerbSubject, noun_mentions: dict[int, Mention], mentions: list[Mention], timexes: list[Timex], lexicon: Lexicon) -> _VerbKind | None:
    """The kind of the event the verb at vt tells and its source (verb or reporting); a
    light verb instead dates and places its event noun ("participó en la cumbre"), and a
    verb that strikes a disaster named before places it. None when no mention of the verb
    is to be made."""
    fw = lexicon.fw
    lemma, seg_index, seg, vt_end, clause_hi, after_nouns, before_nouns = event.lemma, event.seg_index, event.seg, event.vt_end, event.clause_hi, event.after_nouns, event.before_nouns
    subject, relative_noun, coordinated, hypothetical, reflexive = found.subject, found.relative_noun, found.coordinated, found.hypothetical, found.reflexive
    frame, is_event, is_light, is_reporting, generic = found.frame, found.is_event, found.is_light, found.is_reporting, found.generic
    struck = _disaster_before_relatives(s, seg_index, vt, noun_mentions, lexicon) if not subject and not is_reporting and lemma in lexicon.place_objects else None
    if struck is not None:
        # "El terremoto que mató a 2.000 personas en 1960 destruyó Agadir", "El incendio que
        # se declaró el domingo arrasó 300 hectáreas en Tarragona": where it struck
        struck.place = struck.place or _object_place(s, vt_end, clause_hi, lexicon) or _place_in_clause(s, seg.host, vt, struck, lexicon)
        return None
    if is_event and (frame or lexicon.verb_kinds.get(lemma, ("",))[0]) in lexicon.scheduling_kinds and not any(t in s.timex_tokens and s.segments[s.segment_of[t]].host == seg.host for t in range(vt_end, clause_hi)):
        # "on Tuesday postponed the launch": the launch is not on Tuesday (a date after
        # the noun may be its own: "aplazó el juicio el jueves", also past a relative
        # aside: "retrasa el lanzamiento de la misión, que llevará ..., hasta febrero")
        for noun in after_nouns[:1]:
            noun.clause_dated = False
    if is_light and not is_event:
        targets = []
        if relative_noun is not None:
            targets = [relative_noun]
        elif lemma in lexicon.occur or fold(lemma) in lexicon.occur or (vt_end < len(s.low) and f"{lemma} {s.low[vt_end]}" in lexicon.occur):
            targets = (before_nouns[-1:] if before_nouns else []) or [n for n in after_nouns[:1] if not _behind_with(s, vt_end, n, lexicon)]
        else:
            # ("will host Memphis on Wednesday before a road trip": the trip a relation points to is no object)
            targets = [n for n in after_nouns[:1] if not _setting_after_object(s, vt_end, n, lexicon) and not _related_by_signal(s, n, lexicon)]
            if (lemma in fw.copula or reflexive and not targets) and before_nouns:
                # "la final de la Copa se disputará el sábado": what is done is its subject
                targets = before_nouns[-1:]
            elif not targets:
                targets = _event_subject_without_object(s, seg, vt_end, before_nouns, lexicon)
        if not targets and not before_nouns:
            targets = _subject_before_told_aside(s, vt, noun_mentions, lexicon)  # "The strike, the union said, will begin on Thursday"
        if lemma in fw.copula and not any(t.own_timexes or _timex_in_clause(s, seg_index, timexes) for t in targets):
            targets = []
        if _begins_another_verb(s, lemma, vt_end, lexicon):
            # "the shutdown began to strain air traffic control": the strain begun, not the
            # shutdown, which the clause neither tells nor dates
            targets = []
            for noun in before_nouns[-1:]:
                noun.clause_dated = False
        for target in targets:
            if target is relative_noun and target.verb is not None and target.source == "light" and _timex_in_clause(s, seg_index, timexes) and (not _timex_in_clause(s, target.segment, timexes) or _date_before_relative(s, target, s.segments[seg_index], lexicon) or target.verb.lemma in lexicon.scheduling):
                # "participará en la reunión, que se celebrará un día antes", "convocaron una
                # huelga, que comenzará el lunes": the relative dates it
                target.light_start, target.tense, target.clause_dated = verb.start, verb.tense, True
                continue
            if target is relative_noun and target.source == "consumed" and lemma in lexicon.opening and _timex_in_clause(s, seg_index, timexes):
                # "decretó tres días de luto oficial, que comenzarán el miércoles": the mourning itself, from then
                target.source, target.verb, target.tense, target.light_start, target.own_subject, target.clause_dated = "light", verb, verb.tense, verb.start, True, True
                if target.signal is not None and target.signal[1] in lexicon.weak_signals:
                    target.signal = None  # "tres días de luto": a complement, no frame
                continue
            if target.verb is not None:
                continue
            target.verb = verb
            target.tense = verb.tense
            target.light_start = verb.start
            if target.signal is not None and target.signal[1] in lexicon.weak_signals:
                target.signal = None  # "participar en la cumbre": a complement
            target.source = "light"
            # its own relative clause dates it, whatever a verb before it planned ("convocaron una huelga, que comenzará el lunes")
            target.clause_dated = (target.clause_dated or target is relative_noun) and lemma not in lexicon.scheduling
            # "Si la reunión del jueves termina sin acuerdo": a subject with its own day is there, whatever the condition
            target.hypothetical = hypothetical and not (target.start < verb.start and _own_day_after(s, target, lexicon))
            if event.allowed is not None:  # "tienen hasta el 15 de diciembre para presentar la declaración": due by then
                target.time_allowed, target.tense, target.clause_dated = event.allowed[0], Tense.FUTURE, False
            target.reflexive = reflexive
            target.own_subject = target is relative_noun or target.start < verb.start or _postverbal_event_subject(s, vt_end, target, lemma, subject, coordinated, lexicon)
            target.introduced = lemma in lexicon.introduces and not target.own_subject and s.low[s.token_at(target.start) - 1] in fw.definite
            # "El Festival de Cine de Sevilla arrancó": the subject is the event itself
            own_name = any(r.start == target.start or r.text == target.name for r in subject)  # "Storm Claudia hit": its name
            own_name = own_name or any(r.start is not None and r.start < target.start < r.start + len(r.text) for r in subject)  # "The Cannes Film Festival opened": the name holds the noun
            if target is not relative_noun and subject and target.kind not in lexicon.impersonal and not own_name:
                # "Sánchez participó en la cumbre de la OTAN": Sánchez, then the OTAN
                written = [r for r in target.subject if not r.pronoun]
                target.subject = subject + [r for r in written if fold(r.text) not in {fold(x.text) for x in subject}]
                target.verb_subject = subject
            own_np = _np_subject(s, vt, lexicon) if coordinated and not target.subject else None
            if own_np is not None and target.start < verb.start:
                pass  # "and the protest began on Tuesday": the noun is its verb's subject, no one's (was "Protest protest")
            elif own_np is not None:
                # "Negotiations resumed ... and the two sides reached a tentative agreement": theirs, as written
                target.subject_text = target.subject_text or own_np
            elif coordinated:
                target.subject = target.subject or [Ref("", pronoun="coordinated")]
                # "Los representantes sindicales se concentrarán ... y celebrarán asambleas": theirs
                target.subject_text = target.subject_text or _earlier_np_subject(s, seg_index, lexicon)
            elif not subject and not target.own_subject:
                # "La nueva comisión celebrará su primera reunión": who, as written
                # ("Los contribuyentes tienen hasta el 15 de diciembre para presentar": the giver's subject)
                target.subject_text = _np_subject(s, event.allowed[1] if event.allowed is not None else vt, lexicon) or _np_subject_before_aside(s, seg_index, vt, lexicon)
            if target.place is None and lemma in lexicon.place_objects:
                target.place = _object_place(s, vt_end, clause_hi, lexicon)  # "sacudió el sur de Marruecos"
            if target.place is None:
                target.place = _place_in_clause(s, seg.host, vt, target, lexicon)
        if targets and lemma not in lexicon.scheduling:
            return None
        if not is_reporting:
            # a light verb with no event noun is an event of its own when dated
            # ("celebró el domingo los resultados"); a copula, a state or a verb of
            # occurring ("y causó 820 muertos": the quake's toll) never
            if lemma in fw.copula or lemma in lexicon.states and not _pronominal_event(s, verb, lexicon) or not _may_be_act(s, verb, event.allowed, lexicon):
                return None
            if (lemma in lexicon.occur or fold(lemma) in lexicon.occur) and (coordinated or not subject and not _nameless_subject(s, vt, lexicon)) and not _ended_event_object(s, vt_end, lemma, lexicon) and not _subject_opens_or_closes_object(s, vt, vt_end, lemma, coordinated, lexicon):
                return None
            generic = True
    if is_reporting and not is_event and event.allowed is not None and not _has_content(s, vt, vt_end, seg_index, lemma, lexicon):
        is_reporting, generic = False, True  # "tendrán hasta el 30 de enero para reclamar": the claim, due by then
    if is_reporting and not is_event and lemma in lexicon.dated_topic_events and not _has_content(s, vt, vt_end, seg_index, lemma, lexicon) and _asks_for(s, vt_end, lemma, lexicon):
        is_reporting, generic = False, True  # "The union criticized the agreement on Monday": an act when dated, the agreement its topic
    if is_reporting and not is_event and not _has_content(s, vt, vt_end, seg_index, lemma, lexicon):
        to = _told_to(s, vt_end, clause_hi, lexicon) if lemma in lexicon.object_infinitive else None
        # "asked prosecutors to file briefs by Friday": no statement, a task
        mentions += _ordered_acts(s, vt_end, to + 1, clause_hi, seg_index, hypothetical, noun_mentions, lexicon) if to is not None else []
        return None  # "recordaron a sus familiares": not a statement
    held = _held_body_kind(subject, lemma, lexicon) if generic and reflexive and not is_event and not is_reporting else None
    if held is not None:
        return _VerbKind(False, held, "verb")  # "el Consejo Europeo, que se celebrará el jueves": the summit held
    # a verb with its own kind, a reporting verb, or a clause event
    if frame is not None:
        kind, source = frame, "verb"
    elif is_event and lemma in lexicon.verb_kinds:
        kind, _noun = lexicon.verb_kinds[lemma]
        source = "verb"
    elif generic or is_event:
        kind, source = lexicon.generic_kind, "verb"
    else:
        kind, source = "statement", "reporting"
    if kind == lexicon.generic_kind and s.in_quote[vt] and vt > 0 and s.low[vt - 1] in fw.first_person_subject:
        return None  # "Today we leave behind a hundred years of decadence": the speaker's rhetoric
    return _VerbKind(generic, kind, source)


def _held_body_kind(subject: list[Ref], lemma: str, lexicon: Lexicon) -> str | None:
    """The kind of the sitting a body named as the subject of a verb of holding with "se"
    is ("el Consejo Europeo, que se celebrará el jueves": a summit; "el Consejo de Ministros
    celebró el acuerdo" holds nothing), or None."""
    if len(subject) != 1 or lemma not in lexicon.held_participles:
        return None
    return lexicon.held_bodies.get(fold(subject[0].text))


# the kinds of a verb that calls an event off: its object noun is told by the act
_CALLED_OFF = frozenset({"cancellation", "suspension"})
# the kinds of a noun that calls off or puts off the event after its "de": that event is
# one of its own ("la suspensión del concierto del sábado")
_PUT_OFF_NOUN_KINDS = _CALLED_OFF | {"postponement"}


def _verb_final(s: Sentence, vt: int, verb: Verb, m: Mention, kind: str, source: str, event: _VerbEvent, subject: list[Ref], object_spans: list[range], noun_spans: list[range], timexes: list[Timex], lexicon: Lexicon) -> bool:
    """The last readings of the verb event m once its object is known: its place, the
    occasion or same-kind noun it takes over, the object of a passive. False when no
    event of the verb is left ("como ya hizo en mayo", "ha llegado el día")."""
    fw = lexicon.fw
    lemma, seg_index, seg, same_clause, passive, aside, vt_end, inner = event.lemma, event.seg_index, event.seg, event.same_clause, event.passive, event.aside, event.vt_end, event.inner
    clause_nouns, after_nouns, before_nouns = event.clause_nouns, event.after_nouns, event.before_nouns
    if m.obj is None and m.generic and lemma in lexicon.pro_verbs:
        return False  # "como ya hizo en mayo de 2023": the act told before, no event of its own
    if m.obj_start is not None and subject and subject[0].start is not None and subject[0].start >= m.obj_start and _verb_after_according_to(s, vt, lexicon):
        m.obj, m.obj_start = None, None  # "según ha publicado hoy el BOE": its subject, read after it
    elif m.obj_start is not None and not subject and m.subject_text is None and source == "reporting" and _verb_after_according_to(s, vt, lexicon):
        _reporter_after_according_to(s, m, lexicon)
    if m.place is None:
        skipped = noun_spans + object_spans + _other_anchors(s, verb, timexes)
        # a place inside an event noun's phrase is that event's ("desde la invasión de Ucrania")
        places = [(t, ref) for t, ref in clause_places(s, seg.host, vt, lexicon, skipped) if not any(s.token_at(ref.start) in span for span in noun_spans) and not _origin_of_motion(s, t, kind, lexicon) and not _on_route(s, t, kind, lemma, lexicon)]
        if places and not aside:
            # "El cuñado, detenido en octubre de 2023 en Alicante, será juzgado": the arrest's place
            places = [(t, ref) for t, ref in places if not _in_participle_aside_before(s, t, vt)]
        if places:
            m.place = places[0][1]
        elif seg.opener in fw.where:
            m.place = _where_antecedent(s, seg.t0, lexicon)  # "llegó a Bruselas, donde se reunió"
        else:
            m.place = _named_destination(s, vt_end, kind, lexicon)
    if kind in lexicon.needs_place and m.place is None:
        reached = vt_end
        while reached in s.timex_tokens or inner is not None and reached == inner[0]:
            reached += 1  # "regresaron este martes a sus viviendas", "deberán regresar el jueves a": past the date, the infinitive
        m.place = _seat_reached(s, reached, lexicon) or _place_noun_reached(s, reached, lexicon)  # "llegará al Congreso en enero", "llegó al país"
        if m.place is None and not any(_origin_of_motion(s, t, kind, lexicon) for t, _ref in clause_places(s, seg.host, vt, lexicon)):
            return False  # "ha llegado el día", "llegó a un acuerdo" ("arrived from Paris" arrived)
    # a statement noun in the clause names the occasion: "dijo en su rueda de prensa"
    if source == "reporting":
        occasion = next((n for n in clause_nouns + [n for _t, n in same_clause] if n.kind == "statement" and n.verb is None), None)
        if occasion is not None and occasion.lemma in lexicon.occasions and m.obj_start is not None and m.obj_start > verb.start and (m.obj_start >= occasion.end or _object_before_occasion(s, m, occasion, lexicon)):
            # "ha informado hoy en una rueda de prensa del cierre de la planta": what was told
            # ("El ministro, en una rueda de prensa celebrada el lunes, anunció la subida": so before the verb)
            occasion.verb, occasion.source = verb, "consumed"
            occasion = None
        if occasion is not None and occasion.lemma in lexicon.occasions:
            if occasion.topic and occasion.signal is not None:
                # "ha informado hoy en la rueda de prensa de que ...": where it was told, no topic
                occasion.topic, occasion.clause_dated, occasion.clause_tense = False, True, verb.tense
            occasion.signal = None  # "en su rueda de prensa": the occasion, not a setting
            occasion.verb = verb
            occasion.light_start = occasion.light_start if occasion.light_start is not None else verb.start  # dated as the saying
            occasion.tense = verb.tense
            occasion.light_start = verb.start  # dated from the verb's clause ("según informó el martes X, en una rueda de prensa")
            occasion.source = "light"
            occasion.subject = subject or occasion.subject
            occasion.in_quote = m.in_quote
            return False
    if source == "verb":
        _sitting_act_done_at(s, m, [n for _t, n in same_clause], timexes, lexicon)
    if kind in lexicon.convened_kinds and (subject or m.subject_text):
        _convened_by(m, [n for _t, n in same_clause], subject)
    if kind in lexicon.ends_subject:
        _end_subject_noun(s, verb, before_nouns, lexicon)
        _ended_anchor_subject(s, verb, event.same_clause, lexicon)
        _sides_of_ended(s, m, verb, before_nouns)
    # the object noun of a same-kind verb is this event: "firmaron un conjunto de acuerdos"
    weak_after = [n for _t, n in same_clause if n.start >= verb.end and n.signal is not None and n.signal[1] in lexicon.weak_signals and n.kind == kind]
    for noun in after_nouns + weak_after:
        if noun.verb is None and (lexicon.same_or_compatible(noun.kind, kind) or noun.kind == "statement"):
            noun.verb = verb
            noun.source = "consumed"
            m.specific = True
            m.several = m.several or noun.several
    # "Los bomberos sofocaron el incendio el domingo": the fire is what the act is done
    # to, told as known; the day is the act's, no event of the fire
    if m.generic and source == "verb" and lemma in lexicon.date_setting_verbs and _noun_set_for_date(s, m, after_nouns, lexicon) is not None:
        return False  # "ha fijado para el 3 de diciembre la vista del recurso": the hearing, on that day
    # ("They moved the vote to Friday": the vote, on its new day, is no known object)
    # ("recurrirá la sentencia el lunes": the ruling appealed is known, the day the appeal's)
    known = _known_event_object(s, m, after_nouns, lexicon) if (m.generic or kind in lexicon.known_object_kinds) and source == "verb" and not (lemma in lexicon.move_verbs and _moves_to_new_day(s, vt_end, lexicon)) else None
    if known is None and kind in _CALLED_OFF and source == "verb":
        known = _called_off_object(s, m, after_nouns, lexicon)
    if known is not None:
        known.verb, known.source = verb, "consumed"
    if not subject and m.subject_text is None and kind in _SUBJECT_AFTER and m.obj_start is not None and _counted_phrase(s, s.token_at(m.obj_start), lexicon):
        m.own_subject = True  # "donde murieron 50 personas": who died is written, no one dropped
    elif subject and kind in _SUBJECT_AFTER and m.obj is not None and any(r.text in m.obj for r in subject):
        m.obj, m.obj_start = None, None  # "donde murió el alcalde": the subject after the verb, no object
    if passive is not None:
        # "el conductor fue detenido": the subject is what the event is done to
        paired = _first_of_paired_aside(s, vt, lexicon) if aside else None
        patient = (_aside_head(s, seg_index if paired is None else paired, lexicon) if aside else None) or _patient(s, vt, lexicon) or _fronted_phrase(s, seg_index, lexicon) or " ".join(filter(None, [subject[0].article if subject else None, subject[0].text if subject else None]))
        m.obj, m.obj_start = (_lower_article(patient, lexicon) or None), None
        m.subject, m.subject_text, m.reflexive = [], None, True
        m.end = passive.end
    if inner and m.obj_start == s.starts[inner[0]]:
        m.obj_infinitive = True  # "deberá comparecer de nuevo": bare, as after "a"
    if m.obj_start is not None and not m.several:
        m.several = _counted_object(s, s.token_at(m.obj_start), lexicon)  # "carried out three strikes"
    return True


def _subject_text(s: Sentence, vt: int, verb: Verb, m: Mention, source: str, event: _VerbEvent, found: _VerbSubject, mentions: list[Mention], timexes: list[Timex], lexicon: Lexicon) -> bool:
    """The subject of the verb event m as a phrase, when no name is its subject ("Oil prices
    rallied"); whether the clause has a phrase of its own."""
    fw = lexicon.fw
    seg_index, seg, vt_end, allowed = event.seg_index, event.seg, event.vt_end, event.allowed
    subject, by_word, by_subject, antecedent_text, reflexive, coordinated = found.subject, found.by_word, found.by_subject, found.antecedent_text, found.reflexive, found.coordinated
    own_phrase = False  # a subject phrase of its own: "y la bolsa cayó" is no coordinated subject
    if not subject and source in ("verb", "reporting"):
        # "Oil prices rallied"; "two months after auditors flagged irregularities": the event a date is counted from
        # "after talks with the carrier collapsed": the talks collapsed ("Talks resumed": the talks' event, told by the noun)
        m.noun_subject = _event_noun_opens_phrase(s, seg, vt, event.same_clause, lexicon)
        m.subject_text = _np_subject(s, vt, lexicon, bare=by_word is not None or seg.opener in fw.time_preposition and _in_relation_anchor(s, verb, timexes) or m.noun_subject and not m.generic)
        if m.subject_text is None and verb.tense is Tense.GOING_TO and vt == seg.t0 and s.low[vt] in fw.to:
            m.subject_text = _noun_before_passive_plan(s, vt, lexicon)  # "Apple's next system, to be released in mid-2011"
        if m.subject_text is None and seg.opener is None and vt == seg.t0:
            m.subject_text = _phrase_before_relative(s, seg_index, lexicon, restrictive=m.generic) or _coordinated_phrase_before_relative(s, seg_index, lexicon) or _told_phrase_before_relative(s, seg_index, lexicon)
        own_phrase = m.subject_text is not None
        if m.subject_text is None and antecedent_text and not (reflexive or by_subject) and _relative_subject(s, seg, vt_end, verb, antecedent_text, lexicon, restrictive=not m.generic and seg.opener in fw.person_relative or _dated_relative(s, seg, vt, verb, antecedent_text, lexicon)):
            m.subject_text = _antecedent_named_again(antecedent_text, lexicon)  # "el marco fiscal, que entrará en vigor": the phrase is the subject
        if m.subject_text is None and antecedent_text and vt > 0 and s.low[vt - 1] in fw.reflexive and m.generic and not by_subject and seg.opener in fw.relative and verb.finite:
            # "una enmienda a la totalidad, que se debatirá el 10 de diciembre": what "se" does is done to the antecedent
            m.subject_text = _antecedent_named_again(antecedent_text, lexicon)
        put_off = seg.opener in fw.but and reflexive and not (common_word(s, vt_end, seg.t1, lexicon) or vt_end in s.chunk_at)
        if m.subject_text is None and (coordinated or put_off):
            # "El juicio estaba previsto para junio, pero se aplazó": the trial is what was put off
            m.subject_text = _shared_subject_phrase(mentions, m.start) or _earlier_np_subject(s, seg_index, lexicon)
        if m.subject_text is None and seg.opener is None and _np_subject(s, vt, lexicon) is None:
            m.subject_text = _np_subject_before_aside(s, seg_index, vt, lexicon) or _np_subject_before_acronym(s, seg_index, vt, lexicon) or _np_subject_before_title(s, seg_index, vt, lexicon)
        if m.subject_text is None and not reflexive and seg.opener in fw.complementiser:
            m.subject_text = _reporter_phrase(s, seg_index, mentions, lexicon)
        if m.subject_text is None and allowed is not None:
            m.subject_text = _np_subject(s, allowed[1], lexicon)  # "El condenado tiene diez días para ingresar"
        if m.subject_text is None and m.generic and seg.opener is None and _only_date_before(s, seg, vt, lexicon):
            _subject_after_fixed_complement(s, seg, vt_end, m, lexicon)
    return own_phrase


def _only_date_before(s: Sentence, seg: Segment, vt: int, lexicon: Lexicon) -> bool:
    """Whether the clause opens with a date and nothing else before its verb ("El 1 de
    enero entran en vigor", "A partir del lunes cambia"): no subject before it."""
    first = seg.t0
    onset = next((o for o in lexicon.onsets if tuple(s.low[first : first + len(o)]) == o), None)
    first += len(onset) if onset is not None else 0
    before = range(first, vt)
    return any(k in s.timex_tokens for k in before) and all(k in s.timex_tokens or s.low[k] in lexicon.prepositions or s.low[k] in lexicon.fw.reflexive or s.words[k] == "," for k in before)


def _subject_after_fixed_complement(s: Sentence, seg: Segment, vt_end: int, m: Mention, lexicon: Lexicon) -> None:
    """The subject of a verb with no kind written after its fixed complement, closing
    the clause, when a date alone opens it ("El 1 de enero entran en vigor las nuevas
    tarifas": the new rates do)."""
    k = vt_end
    fixed = next((p for p in lexicon.fixed_complements.get(s.low[k], ()) if tuple(s.low[k : k + len(p)]) == p), None) if k < seg.t1 else None
    if fixed is None:
        return
    k += len(fixed)
    if k >= seg.t1 or s.low[k] not in lexicon.fw.definite:
        return
    end, _refs, _text = noun_phrase(s, k, seg.t1, lexicon)
    if end > k + 1 and (end >= seg.t1 or s.words[end] in ",;:.") and _one_phrase(s, k, end, lexicon):
        m.subject_text = s.span_text(k, end)


def _one_phrase(s: Sentence, k: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens k to end are one noun phrase: no article inside but after a
    preposition ("el horario de la estación"; "la planta de Vigo el grupo Stellantis" is two)."""
    return not any(s.low[j] in lexicon.fw.definite and s.low[j - 1] not in lexicon.prepositions for j in range(k + 1, end))


def _object_is_inverted_subject(s: Sentence, seg: Segment, vt: int, verb: Verb, m: Mention, lexicon: Lexicon) -> bool:
    """Whether the object read after a verb of change with no kind, in the present or
    future of a schedule, with a date alone before it, is its subject: a definite phrase
    closing the clause ("A partir del lunes cambia el horario": the timetable changes)."""
    if not (m.generic and m.obj is not None and m.obj_start is not None and m.subject_text is None and not m.subject and seg.opener is None):
        return False
    if verb.lemma not in lexicon.inverted_subject_verbs or verb.tense not in (Tense.PRESENT, Tense.FUTURE) or not _only_date_before(s, seg, vt, lexicon):
        return False
    k = s.token_at(m.obj_start)
    if s.low[k] not in lexicon.fw.definite:
        return False
    end, refs, _text = noun_phrase(s, k, seg.t1, lexicon)
    return not refs and (end >= seg.t1 or s.words[end] in ",;:.") and _one_phrase(s, k, end, lexicon)


def _reporter_closing_sentence(s: Sentence, seg: Segment, vt: int, vt_end: int, m: Mention, lexicon: Lexicon) -> bool:
    """Whether the object read after a reporting verb that closes the sentence after a
    comma (`_inverted_attribution`) is who tells it: a definite phrase ("Adif cortará la
    circulación ..., informó este martes el gestor ferroviario")."""
    if not (m.source == "reporting" and m.obj is not None and m.obj_start is not None and m.subject_text is None and not m.subject):
        return False
    return seg.opener is None and vt == seg.t0 and s.low[s.token_at(m.obj_start)] in lexicon.fw.definite and _inverted_attribution(s, vt, vt_end, lexicon)


_PLAN_NOUN_REACH = 10  # tokens: "Apple ' s forthcoming Mac OS X Lion operating system"


def _noun_before_passive_plan(s: Sentence, vt: int, lexicon: Lexicon) -> str | None:
    """The noun phrase right before the comma of a passive plan that follows a noun
    ("a preview of Apple's forthcoming Mac OS X Lion system, to be released in
    mid-2011": the system), back to a verb, a preposition or a mark; None when there is
    none within _PLAN_NOUN_REACH tokens."""
    comma = vt - 1
    if comma < 1 or s.words[comma] != ",":
        return None
    first = comma
    while first > 0 and comma - first <= _PLAN_NOUN_REACH:
        k = first - 1
        if s.words[k] in ',;:()"«»“”' or k in s.verb_at and s.verb_at[k].finite or s.low[k] in lexicon.prepositions or k in s.timex_tokens:
            break  # ("operating system": a gerund describes the noun)
        first = k
    if first == comma or comma - first > _PLAN_NOUN_REACH:
        return None
    return s.span_text(first, comma)


def _shared_subject_phrase(mentions: list[Mention], start: int) -> str | None:
    """The subject phrase a coordinated verb at offset `start` shares: the last verb's
    that has one, else the reporting verb's before it when no name acts between ("The
    airline said it had cancelled 900 flights and warned": the airline warned;
    "confirmed that Gabriel had scans and will be out": Gabriel will)."""
    shared = next((x.subject_text for x in reversed(mentions) if x.source == "verb" and x.subject_text), None)
    if shared is not None:
        return shared
    for x in sorted((x for x in mentions if x.start < start), key=lambda x: x.start, reverse=True):
        if any(r.name or r.role for r in x.subject + x.verb_subject):
            return None
        if x.source == "reporting" and x.subject_text:
            return x.subject_text
    return None


def _noun_set_for_date(s: Sentence, m: Mention, after_nouns: list[Mention], lexicon: Lexicon) -> Mention | None:
    """The event noun that opens, after its article, the object of the verb m setting a
    day, with "para" and a date between them or right after its phrase ("ha fijado para el
    3 de diciembre la vista del recurso", "fijó la vista para el 3 de diciembre"); None
    otherwise ("fijó el precio", "fijó el lunes la vista": no day set)."""
    if m.obj_start is None or m.verb is None:
        return None
    k = s.token_at(m.obj_start)
    if k + 1 >= len(s.low) or not (s.low[k] in lexicon.fw.definite or s.low[k] in lexicon.fw.indefinite):
        return None
    noun = next((n for n in after_nouns if n.start == s.starts[k + 1] and n.verb is None), None)
    if noun is None:
        return None
    end = s.token_at(max(noun.end, noun.np_end) - 1) + 1
    # ("fijó la vista del recurso para el 3 de diciembre": the date may be in its phrase)
    for t in [*range(s.token_at(m.verb.end - 1) + 1, k), *range(s.token_at(noun.end - 1) + 1, min(end + 1, len(s.low) - 1))]:
        if s.low[t] in lexicon.fw.for_ and t + 1 in s.timex_tokens and t + 1 not in s.duration_tokens:
            return noun
    return None


def _known_event_object(s: Sentence, m: Mention, after_nouns: list[Mention], lexicon: Lexicon) -> Mention | None:
    """The event noun that opens, after its definite article, the object of the act m
    with no kind, with no date in or right after its phrase: a known event the act is
    done to ("dieron por estabilizado el incendio el domingo"); None otherwise ("sofocaron
    el incendio del sábado" leaves the fire its day)."""
    if m.obj_start is None:
        return None
    k = s.token_at(m.obj_start)
    preposition = lexicon.declaring.get(m.lemma)
    if preposition is not None:  # "dieron por estabilizado el incendio": past the act declared
        k += 1 if preposition and s.low[k] == preposition else 0
        k += 1 if k < len(s.low) and s.participle_at(k) else 0
    if k + 1 >= len(s.low) or s.low[k] not in lexicon.fw.definite:
        return None
    noun = next((n for n in after_nouns if n.start == s.starts[k + 1]), None)
    if noun is None or noun.verb is not None or noun.signal is not None:
        return None
    after = s.token_at(noun.end - 1) + 1
    if after + 1 < len(s.low) and s.low[after] in lexicon.fw.of_any and after + 1 in s.chunk_at:
        after = s.chunks[s.chunk_at[after + 1]].t1  # "el incendio de Tarifa": its place, then the act's day
    if after < len(s.low) and (s.low[after] in lexicon.fw.of_any or s.low[after] in lexicon.fw.contraction or s.participle_at(after)):
        return None  # "el incendio del sábado", "el incendio declarado el sábado": a day of its own may follow
    return noun


def _called_off_object(s: Sentence, m: Mention, after_nouns: list[Mention], lexicon: Lexicon) -> Mention | None:
    """The event noun that is the object of a verb calling it off, with no date in or
    right after its phrase ("Se suspendieron tres reuniones de la mesa sectorial", "desconvocó
    el lunes la huelga de pilotos"): told by the act's title, no undated event of its own
    ("suspendió la huelga prevista para el lunes" keeps the strike's day)."""
    if m.obj_start is None:
        return None
    k = s.token_at(m.obj_start)
    noun = next((n for n in after_nouns if s.token_at(n.start) - k in (0, 1, 2)), None)
    if noun is None or noun.verb is not None or noun.signal is not None:
        return None
    last = s.token_at(max(noun.end, noun.np_end) - 1)
    if any(t in s.timex_tokens or s.participle_at(t) for t in range(k, min(len(s.low), last + 3))):
        return None
    if _planned_for_date(s, last + 1, lexicon):
        return None  # "cancelled the rally planned for Friday": the rally's day, an event of its own
    return noun


def _postverbal_event_subject(s: Sentence, vt_end: int, noun: Mention, lemma: str, subject: list[Ref], coordinated: bool, lexicon: Lexicon) -> bool:
    """Whether the event noun right after a verb of occurring with no subject of its own,
    after its definite article, is that verb's subject ("dos días antes de que comience
    la huelga de médicos": the strike, no one before it; "y comenzó la huelga" shares its
    subject)."""
    if subject or coordinated or not (lemma in lexicon.occur or fold(lemma) in lexicon.occur):
        return False
    k = vt_end
    return k + 1 < len(s.low) and s.low[k] in lexicon.fw.definite and s.starts[k + 1] == noun.start


def _event_noun_opens_phrase(s: Sentence, seg: Segment, vt: int, same_clause: list[tuple[int, Mention]], lexicon: Lexicon) -> bool:
    """Whether the clause's words before its verb at vt open, past its opener and at most
    two words that describe it, on an event noun ("after talks with the carrier
    collapsed", "Previous talks broke down"): a bare phrase that is the verb's subject,
    naming no one to carry."""
    first = seg.t0 + 1 if seg.opener is not None and s.low[seg.t0] == seg.opener else seg.t0
    # ("Durante su visita a EE.UU. acordó": a phrase after a preposition is no subject)
    return any(first <= t < vt and t - first <= 2 and all(s.words[k].isalpha() and k not in s.verb_token and k not in s.chunk_at and s.low[k] not in lexicon.prepositions for k in range(first, t)) for t, _m in same_clause)


def _verb_pass(s: Sentence, vt: int, verb: Verb, nouns: _SentenceNouns, mentions: list[Mention], disaster: Mention | None, timexes: list[Timex], lexicon: Lexicon) -> Mention | None:
    """The event the verb at vt tells, if any, into mentions, with what it does to the
    sentence's nouns, in passes: whether and as what it is an event (_verb_event), its
    subject (_verb_subject), its kind or the noun a light verb carries (_verb_kind), the
    subject phrase (_subject_text), the object, participants and place (_object_pass) and
    the last readings (_verb_final). Returns the disaster the clause told by its subject,
    for the next clause ("The storm killed 188 and destroyed ...")."""
    fw = lexicon.fw
    noun_mentions, noun_spans = nouns.mentions, nouns.spans
    event = _verb_event(s, vt, verb, nouns, mentions, timexes, lexicon)
    if event is None:
        return disaster
    found = _verb_subject(s, vt, verb, event, noun_mentions, disaster, lexicon)
    if found is None:
        return disaster
    reading = _verb_kind(s, vt, verb, event, found, noun_mentions, mentions, timexes, lexicon)
    if reading is None:
        return disaster
    lemma, seg_index, seg, vt_end, clause_hi, before_nouns = event.lemma, event.seg_index, event.seg, event.vt_end, event.clause_hi, event.before_nouns
    passive, aside, allowed, inner = event.passive, event.aside, event.allowed, event.inner
    subject, coordinated, reflexive, hypothetical, frame, is_light = found.subject, found.coordinated, found.reflexive, found.hypothetical, found.frame, found.is_light
    by_subject, by_word, pronoun_kind, toll_of, shared_disaster = found.by_subject, found.by_word, found.pronoun_kind, found.toll_of, found.shared_disaster
    antecedent_noun, antecedent_text, antecedent_word = found.antecedent_noun, found.antecedent_text, found.antecedent_word
    generic, kind, source = reading
    m = Mention(
        sentence=s.index, paragraph=s.paragraph, start=verb.start, end=verb.end, kind=kind, source=source,
        lemma=lemma, verb=verb, tense=verb.tense, reflexive=reflexive, passive=passive is not None and not aside, segment=seg_index, subject=subject,
        hypothetical=hypothetical, in_quote=s.in_quote[vt], generic=generic or kind == lexicon.generic_kind,
    )
    if allowed is not None:
        m.time_allowed, m.tense = allowed[0], Tense.FUTURE  # still to be done, within that time
    date_end = _signalled_date_end(s, vt, verb, lexicon) if not verb.finite else None
    if date_end is not None:
        # "Before joining the bank in 2019, Smith worked": 2019 is the joining's, a
        # relation's anchor, as "tras la reunión del lunes"; no date of the main verb
        m.claims_until = s.ends[date_end - 1]
    if inner is not None and _plan_infinitive_start(s, vt_end, lemma, lexicon, verb.tense) == inner[0] - 1:
        m.tense = Tense.FUTURE  # "prevé cerrar el año con un déficit": the act planned is to come
    if by_subject is not None and (antecedent_noun is not None and antecedent_noun.kind == by_subject or toll_of is not None):
        if toll_of is None and antecedent_noun.verb is None and (reflexive or _timex_in_clause(s, seg_index, timexes)):  # type: ignore[union-attr]
            # "el incendio que se declaró el domingo": the fire's own breaking out dates it;
            # "el terremoto que mató a 2.000 personas en 1960": so does its toll
            antecedent_noun.verb, antecedent_noun.tense, antecedent_noun.light_start, antecedent_noun.source = verb, verb.tense, verb.start, "light"  # type: ignore[union-attr]
            if antecedent_noun.signal is not None and antecedent_noun.signal[1] in lexicon.weak_signals:  # type: ignore[union-attr]
                antecedent_noun.signal = None  # type: ignore[union-attr]  # "autor del incendio que calcinó el domingo": a complement
        told_of = toll_of or antecedent_noun
        disaster = told_of
        if shared_disaster is not None and _timex_in_clause(s, seg_index, timexes) and not _timex_in_clause(s, shared_disaster.segment, timexes):
            # "killed 188 people and destroyed thousands of homes on Tuesday": the date its
            # damage is told with is the storm's
            shared_disaster.verb, shared_disaster.tense, shared_disaster.light_start = verb, verb.tense, verb.start
        if told_of.place is None:  # type: ignore[union-attr]
            # "after Typhoon Kalmaegi killed 188 people in the Philippines": where its toll was
            told_of.place = _place_in_clause(s, seg.host, vt, told_of, lexicon)  # type: ignore[union-attr,arg-type]
        return disaster  # "an earthquake and tsunami that killed 18,000 people": the tsunami's toll
    own_phrase = _subject_text(s, vt, verb, m, source, event, found, mentions, timexes, lexicon)
    if m.generic and not subject and m.subject_text and m.subject_text.split(" ", 1)[0].lower() in lexicon.negative_determiners:
        return disaster  # "said no deaths had been linked to the defect": denied, no act
    # (a participle has no subject of its own: "según la encuesta Cadem publicada el domingo, Jara ...")
    record = None if subject and verb.tense is not Tense.PARTICIPLE else _record_before_participle(s, vt, verb, lexicon)
    if record is not None:
        # "after the report released last week": a reduced passive, the report is made public ("Release of the report")
        m.obj, m.obj_start, m.subject_text, m.passive, m.subject = record, None, None, True, []
        if lemma in lexicon.record_participle_kinds:
            # "a deal first announced in May 2023": its announcement, an act, no one's statement
            m.kind, m.source = lexicon.record_participle_kinds[lemma], "verb"
        m.own_subject = True  # (no one carried from before releases it: "A supplier report released in June found")
    if m.subject_text is None and lexicon.bare_reporting.get(lemma) == kind and _thing_pronoun_before(s, vt, lexicon) and is_passive(verb, lexicon.language):
        # "the amount could rise before it is officially reported in March": the amount is published
        m.subject_text = _earlier_np_subject(s, seg_index, lexicon)
    # "A Gaza ceasefire took effect on Sunday": a light verb made a predicate, as "came into force"
    predicate = is_light and m.generic and _predicate_object_after(s, lemma, vt_end, lexicon)
    if source == "verb" and before_nouns and (not is_light or predicate):
        noun = before_nouns[-1]
        between = range(s.token_at(noun.np_end - 1) + 1 if noun.np_end else s.token_at(noun.end), vt)
        next_to_verb = all(k in s.timex_tokens or s.low[k] in fw.clitic or fw.adverb(s.low[k]) for k in between)
        if not next_to_verb and by_word is not None and by_word == noun.kind and len(before_nouns) == 1 and _event_noun_opening_clause(s, seg, before_nouns, lexicon) is noun:
            # "A crash on the highway killed five people": the crash's toll past its own complement
            next_to_verb = True
        if not next_to_verb and by_word is not None and by_word == noun.kind and _event_noun_before_asides(s, seg_index, before_nouns, lexicon) is noun:
            next_to_verb = True  # "The storm, in 2017, destroyed 300 homes": past the aside
        # "el acuerdo (, valorado en 15 millones,) entrará en vigor": what befalls it, no new
        # agreement (one dated on its phrase, "firmado el 3 de diciembre", stays)
        befalls = m.generic and (_fixed_after(s, vt_end, lexicon) or predicate) and (next_to_verb or _participle_aside(s, between)) and not any(k in s.timex_tokens for k in range(s.token_at(noun.start), vt))
        if noun.verb is None and (next_to_verb or _adjective_of_name(s, between, lexicon)) and noun.lemma in lexicon.sitting_bodies:
            # "El pleno del Parlamento aprobó la ley", "la asamblea se reunió": the body acts, named by its "de X"
            # ("El Pleno del Parlamento andaluz debatirá": past the name's adjective); a
            # second verb after it finds it gone already
            mentions[:] = [x for x in mentions if x is not noun]
            m.subject = [r for r in noun.subject if r.name] or _body_of_named_sitting(s, s.token_at(noun.start), lexicon)
            if not m.subject and s.words[s.token_at(noun.start)][:1].isupper():
                # "La Asamblea de Extremadura se constituirá": the body as written
                m.subject_text = _phrase_before(s, s.token_at(noun.np_end - 1), lexicon) if noun.np_end else None
        elif noun.verb is None and (next_to_verb or befalls or reflexive and lemma in lexicon.move_verbs and _participle_aside(s, between)) and not _begins_another_verb(s, lemma, vt_end, lexicon) and not _complement_of_head(s, s.token_at(noun.start), lexicon):
            # ("The meeting, first set for Nov. 4, was moved to Nov. 18": the meeting moved)
            if coordinated and s.token_at(noun.start) >= seg.t0:
                m.subject_text, own_phrase = None, True  # "and talks broke down": the noun is this clause's subject
            # "un seísmo destruyó la ciudad de Agadir": the quake is dated and placed by its clause
            noun.verb, noun.tense, noun.light_start, noun.source, noun.own_subject = verb, verb.tense, verb.start, "light", True
            if noun.place is None and lemma in lexicon.place_objects:
                noun.place = _object_place(s, vt_end, clause_hi, lexicon)
            if noun.place is None and (by_word or by_subject) == noun.kind:
                # "Typhoon Kalmaegi killed 188 people in the Philippines": where it struck
                noun.place = _place_in_clause(s, seg.host, vt, noun, lexicon)
            if (by_word or by_subject) == noun.kind:
                disaster = noun
                if noun.place is None and lexicon.verb_kinds.get(lemma, ("",))[0] in lexicon.needs_place:
                    noun.place = _seat_reached(s, vt_end, lexicon)  # "los presupuestos llegaron al Congreso": where they are
                if lemma not in lexicon.tells_of_disaster:
                    return disaster  # "the earthquake struck": the verb only tells of the quake
                # "Hurricane Melissa made landfall": one event, the storm's, titled by its clause
                mentions.remove(noun)
                t_noun = s.token_at(noun.start)
                first = t_noun - 1 if t_noun > 0 and s.low[t_noun - 1] in fw.article else t_noun
                m.kind, m.subject, m.subject_text = noun.kind, [], s.text[s.starts[first] : noun.np_end]
            elif befalls:
                mentions.remove(noun)
            elif reflexive or inner is not None and s.low[inner[0]].endswith(tuple(fw.reflexive)):
                if m.generic:
                    return disaster  # "la huelga se repetirá los días 24 y 25": the strike, told by its noun
                # "el acuerdo se firmó el 2 de enero": one event, the signing ("la mesa
                # sectorial volverá a reunirse el 18": the meeting, as "se reunirá")
                mentions.remove(noun)
    if by_subject and antecedent_word is not None and not reflexive and antecedent_text and not subject:
        m.subject_text = antecedent_text  # "los trabajos, que comenzaron en septiembre": the works begin
    elif reflexive and m.generic and antecedent_text and not subject and not by_subject and is_passive(verb, lexicon.language) and passive_present(lemma, False, lexicon.language) is not None:
        # "The bill, which was introduced in September, passed": an act of no kind, the bill
        # is introduced, its subject as in "The bill was introduced" (a kind's noun titles
        # it with its object: "Vote on her budget"; "se" makes it the object)
        m.subject_text = antecedent_text
    elif (reflexive or by_subject) and antecedent_text and not subject:
        # "el decreto de convocatoria, que se publicará el martes": what is published
        m.obj, m.obj_start = antecedent_text, None
    if lemma in lexicon.quantity_verbs and frame is not None and _audience(s, vt, vt_end, lexicon):
        return disaster  # "el museo recibió a 85.000 visitantes": a figure, no match
    if lemma in lexicon.quantity_verbs and frame is None:
        nxt = vt_end
        while nxt < len(s.low) and (nxt in s.timex_tokens or fw.adverb(s.low[nxt]) or _date_preposition(s, nxt, lexicon)):
            nxt += 1  # past the date: "se moderó en octubre hasta el 3,1 %"
        if lemma in lexicon.measure_moves and nxt < len(s.low) and (s.low[nxt] in fw.until or s.low[nxt] in fw.to):
            nxt += 1  # "se moderó en octubre hasta el 3,1 %", "eased to 3.1%": the level reached
        nxt += 1 if nxt < len(s.low) and (s.low[nxt] in fw.indefinite or s.low[nxt] in fw.definite) else 0
        score = nxt + (1 if nxt < len(s.low) and s.low[nxt] in fw.by else 0)
        if score + 2 < len(s.words) and s.words[score].isdigit() and s.words[score + 1] == "-" and s.words[score + 2].isdigit():
            pass  # "venció por 2-1": a score, the match is won
        elif nxt < len(s.words) and (s.words[nxt][:1].isdigit() or s.low[nxt] in fw.quantity_word or kind in lexicon.opponent_kinds and _measured_object(s, nxt, lexicon)):
            if lemma in lexicon.money_results and _money_figure(s, nxt, lexicon):
                m.kind, m.generic = lexicon.generic_kind, True  # "ganó 142 millones de euros entre enero y septiembre": a result, when dated
            elif lemma in lexicon.percent_moves and _percentage_at(s, nxt, lexicon):
                m.kind = lexicon.percent_moves[lemma]  # "La acción ha perdido un 20 % desde el lunes": a fall
            elif lemma not in lexicon.measure_moves or not s.words[nxt][:1].isdigit():
                return disaster  # "gana un 4,6 %", "ganó más": a figure, not a victory
            else:
                m.kind = lexicon.measure_moves[lemma]  # "Prices rose 3% in October": dated, a move
    # "no pierde desde agosto, cuando cayó ante el Valencia": who lost is the subject
    # of the clause "cuando" explains, not the one named last
    after_when = not subject and seg.opener in fw.when and verb.finite
    if (coordinated or after_when) and not own_phrase:
        m.subject = [Ref("", pronoun="coordinated")]
    m.also = not lexicon.also.isdisjoint(s.low[seg.t0 : vt])
    # the object, participants and place
    object_spans = _object_pass(s, m, vt_end, clause_hi, lemma, kind, source, frame, inner, coordinated, pronoun_kind, seg_index, noun_mentions, mentions, lexicon)
    if coordinated and m.reflexive and not m.generic and m.obj is not None and m.subject_text is not None and not own_phrase and kind not in ("meeting", "talks") and m.obj.split(" ", 1)[0].lower() not in lexicon.prepositions:
        # "La huelga comenzó el lunes y se cancelaron 300 vuelos": a passive, the flights
        # what was cancelled ("y se comprometieron a recurrir" keeps its subject)
        m.subject_text = None
    if m.obj is not None and lexicon.other_counts and m.obj.split(" ", 1)[0].lower() in lexicon.other_counts:
        m.obj = _other_count_noun(s, m, mentions, lexicon)
    if antecedent_text and subject and subject[0].start is not None and m.obj_start is not None and verb.end <= m.obj_start <= subject[0].start < subject[-1].start + len(subject[-1].text) <= m.obj_start + len(m.obj or ""):
        m.obj, m.obj_start = _lower_article(antecedent_text, lexicon), None  # "el contrato, que ganó Lockheed": Lockheed's subject, the contract won
    if m.obj is None and source == "verb" and subject and not reflexive and passive is None:
        m.obj = _relative_antecedent_object(s, seg_index, vt, vt_end, noun_mentions, lexicon)  # "la ley ..., que el Parlamento aprobó el pasado jueves"
    if m.obj is not None and m.subject_text is not None and _antecedent_named_again(m.obj, lexicon) == m.subject_text:
        m.obj = None  # "una enmienda ..., que se debatirá": the antecedent is the subject of "se", not also its object
    if _object_is_inverted_subject(s, seg, vt, verb, m, lexicon) or _reporter_closing_sentence(s, seg, vt, vt_end, m, lexicon):
        m.subject_text, m.obj, m.obj_start = m.obj, None, None  # "A partir del lunes cambia el horario"
    if m.obj is not None and lexicon.office_terms.get(f"{lemma} {m.obj.lower()}") == kind:
        m.obj_in_kind = True  # "Dio clases hasta 1979": the word that makes the post ("Docencia", not "Docencia de clases")
    if not _verb_final(s, vt, verb, m, kind, source, event, subject, object_spans, noun_spans, timexes, lexicon):
        return disaster
    mentions.append(m)
    return disaster


def _object_pass(s: Sentence, m: Mention, vt_end: int, limit: int, lemma: str, kind: str, source: str, frame: str | None, inner: tuple[int, Verb] | None, coordinated: bool, pronoun_kind: str | None, seg_index: int, noun_mentions: dict[int, Mention], mentions: list[Mention], lexicon: Lexicon) -> list[range]:
    """The object, participants and place after the verb at vt, up to limit, written into m
    (an act ordered to the object goes into mentions); the spans read as objects, where no
    place is to be found. Each step reads the words at t by the parts in order: what is no
    object (_object_skip), who takes part or is received (_object_participants), what
    completes an object (_object_completion), a place or what its opener leads to
    (_place_or_opponent_after_opener, _object_past_opener), who is faced or the means
    (_object_facing_or_by), and the object itself (_object_phrase); each gives the
    next token, None to ask the next part, or _OBJECT_STOP."""
    fw = lexicon.fw
    object_spans: list[range] = []
    t = vt_end
    steps = 0
    if pronoun_kind is not None and lemma in lexicon.place_objects:
        start = t
        while start < limit and start in s.timex_tokens:
            start += 1
        m.place, end = _place_after(s, start, limit, lexicon)  # "after it struck the Philippines": where the storm struck
        t = end if m.place is not None else t
    while t < limit and steps < 8:
        steps += 1
        word = s.low[t]
        nxt = _object_skip(s, m, t, limit, word, source, lexicon)
        if nxt is None and source == "reporting" and m.obj is None:
            nxt = _occasion_phrase_end(s, t, limit, lexicon)
        if nxt is None and source == "reporting" and m.obj is None and lemma in lexicon.reported_after_of:
            nxt = _reported_after_of(s, m, t, limit, lexicon)
        if nxt is None:
            nxt = _object_participants(s, m, t, limit, word, vt_end, lemma, kind, source, frame, object_spans, lexicon)
        if nxt is None and _onset_before_date(s, t, lexicon):
            break  # "Rail workers will strike starting Monday": when, no object
        if nxt is None:
            nxt = _object_completion(s, m, t, limit, word, lemma, source, frame, seg_index, noun_mentions, mentions, lexicon)
        if nxt is None and word in fw.place_openers and t + 1 < limit:
            nxt = _place_or_opponent_after_opener(s, m, t, limit, word, vt_end, kind, object_spans, lexicon)
            if nxt is None:
                nxt = _object_past_opener(s, m, t, limit, word, kind, source, inner, object_spans, lexicon)
        if nxt is None and inner and t == inner[0] - 1 and word in fw.complementiser:
            nxt = _obligation_object(s, m, t, limit, inner, lexicon)
        if nxt is None and inner and lemma in lexicon.declaring and t == inner[0] - bool(lexicon.declaring[lemma]):
            nxt = _obligation_object(s, m, t, limit, inner, lexicon)  # "dieron por estabilizado el incendio", "declaró extinguido el incendio"
        if nxt is None and inner and lemma in lexicon.plan_holders and t == inner[0] - 1 and s.low[t] not in lexicon.fw.complementiser:
            nxt = _obligation_object(s, m, t, limit, inner, lexicon)  # "tiene previsto abrir la fábrica"
        if nxt is None:
            nxt = _object_facing_or_by(s, m, t, limit, word, source, lexicon)
        if nxt is None and word == lexicon.dated_asking.get(lemma):
            nxt = _thing_asked_for(s, m, t, limit, lexicon)
        if nxt is None and m.obj is None and word == lexicon.preposition_objects.get(lemma) and _only_dates_between(s, vt_end, t, lexicon):
            # "the company learned of the breach": its object ("She learned on Monday of the plan": past the date)
            nxt = _thing_asked_for(s, m, t, limit, lexicon)
        if nxt is None:
            nxt = _object_phrase(s, m, t, limit, word, vt_end, lemma, kind, source, coordinated, mentions, lexicon)
        if nxt == _OBJECT_STOP:
            break
        t = nxt
    return object_spans


def _only_dates_between(s: Sentence, lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether the tokens from lo to hi are only dates and their prepositions ("on Monday")."""
    return all(k in s.timex_tokens or _date_preposition(s, k, lexicon) for k in range(lo, hi))


# what a part of `_object_pass` returns where the phrases after the verb end
_OBJECT_STOP = -1


def _thing_asked_for(s: Sentence, m: Mention, t: int, limit: int, lexicon: Lexicon) -> int | None:
    """"asked the government for $5 billion in aid": what is asked, after its word at t,
    completes the object (or is it: "asked for a meeting"); the token after it, or None."""
    end, _refs, _text = noun_phrase(s, t + 1, limit, lexicon)
    if end <= t + 1:
        return None
    if end + 1 < limit and s.low[end] in lexicon.fw.in_ and end + 1 not in s.chunk_at and end + 1 not in s.timex_tokens:
        end = max(end, noun_phrase(s, end + 1, limit, lexicon)[0])  # "$5 billion in aid": one amount
    phrase = s.span_text(t, end)
    if m.obj is None:
        m.obj, m.obj_start = phrase, s.starts[t]
    else:
        m.obj += " " + phrase
    return end


def _object_before_occasion(s: Sentence, m: Mention, occasion: Mention, lexicon: Lexicon) -> bool:
    """Whether the object of the reporting verb m is a phrase told before the occasion
    noun, no clause ("El ministro anunció la subida en la rueda de prensa celebrada el
    lunes": the rise is what was announced, the press conference where)."""
    t = s.token_at(cast(int, m.obj_start))
    return occasion.start > cast(int, m.obj_start) and s.low[t] not in lexicon.fw.complementiser


def _occasion_phrase_end(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> int | None:
    """"anunció el lunes en una rueda de prensa la subida de ...": the occasion a
    reporting verb was said at, between it and what it reports, is no object; the
    token after it (and after a date of its own), or None."""
    if s.low[t] not in lexicon.fw.place_openers:
        return None
    k = t + 1
    if k < limit and s.low[k] in lexicon.determiners:
        k += 1
    for occasion in lexicon.occasions:
        words = occasion.split()
        if " ".join(s.low[k : k + len(words)]) == occasion:
            end = k + len(words)
            while end < limit and end in s.timex_tokens:
                end += 1
            return end
    return None


def _reported_after_of(s: Sentence, m: Mention, t: int, limit: int, lexicon: Lexicon) -> int | None:
    """"La ministra informó hoy del cierre de la planta": what a verb reports after "de",
    written into m with its "de"; the token after it, or None ("informó de que ...":
    a clause said, no object)."""
    fw = lexicon.fw
    if not (s.low[t] in fw.of or s.low[t] in fw.contraction_of) or t + 1 >= limit or s.low[t + 1] in fw.complementiser:
        return None
    end, _refs, _text = noun_phrase(s, t + 1, limit, lexicon)
    if end <= t + 1:
        return None
    m.obj, m.obj_start = s.span_text(t, end), s.starts[t]
    return end


def _object_skip(s: Sentence, m: Mention, t: int, limit: int, word: str, source: str, lexicon: Lexicon) -> int | None:
    """Words after a verb that are no object, for `_object_pass`: a date and its words,
    an adverb, a length before a signal, a unit after a price, a capacity, a comparison
    (a duration opening a verb's object is read as the object: "decretó tres días de
    luto"); the token after them, or None."""
    fw = lexicon.fw
    if t in s.duration_tokens and m.obj is None and source == "verb" and (t == 0 or t - 1 not in s.duration_tokens) and t + 1 < limit and s.low[t + 1] not in fw.after and s.low[t + 1] not in lexicon.prepositions:
        end, _refs, text = noun_phrase(s, t, limit, lexicon)  # "decretó tres días de luto"
        if end > t + 1:
            m.obj, m.obj_start = s.span_text(t, end), s.starts[t]
            return end
    if t in s.timex_tokens or fw.adverb(word) or word in lexicon.also or word in fw.skip_adverb:
        return t + 1  # "will vote again on Friday": no object
    if _length_before_signal(s, t, lexicon):
        return t + 1  # "a statement released hours after the arrest": how long after, no object
    if _per_unit_after_figure(s, t, limit, lexicon):
        return t + 2  # "settled at $65.16 a barrel": the unit a price is per, no object
    if _leads_into_date(s, t, limit, lexicon):
        return t + 2  # "se repetirán los días 24 y 25": the date's own words, no object
    if t + 1 < limit and _date_preposition(s, t, lexicon, durations=False):
        after = t + 1
        while after < limit and after in s.timex_tokens:
            after += 1
        ranged = after + 1 < limit and after + 1 in s.timex_tokens  # "del 17 al 20": a range goes on
        if after < limit and not ranged and (s.low[after] in fw.np_articles or s.low[after] in lexicon.prepositions or s.low[after] in fw.contraction or s.words[after][:1].isupper() or s.words[after][:1].isdigit()):
            return after  # "aprobará en marzo un plan", "recibió en marzo al Barcelona": past the date and its preposition, the object
    if t > 0 and t - 1 in s.timex_tokens and _genitive(s, t, lexicon):
        return t + 2  # "won Sunday's elections": the date's possessive ending
    if word in fw.as_ and source == "verb" and t + 2 < limit and (
        m.obj is not None and (common_word(s, t + 1, limit, lexicon) or s.participle_at(t + 1))
        or m.obj is None and s.low[t + 2] in fw.to_any and (common_word(s, t + 1, limit, lexicon) or s.participle_at(t + 1))
    ):
        return t + 2  # "citó a declarar como testigo a ...", "citó como investigado al alcalde": the capacity, then the one called
    if word in fw.with_ and t + 1 < limit and s.low[t + 1] in fw.comparison:
        return t + 2  # "con respecto al año anterior": a comparison, no one taking part
    if m.obj is None and s.words[t] == ",":
        return _aside_before_object_end(s, t, limit, lexicon)
    return None


def _aside_before_object_end(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> int | None:
    """"El Gobierno ha aprobado hoy, en el Consejo de Ministros, el real decreto": a phrase
    opened by a preposition and set off by commas between a verb and its object is no
    object; the token after its closing comma when an article opens the object there."""
    if t + 1 >= limit or s.low[t + 1] not in lexicon.prepositions or s.low[t + 1] in lexicon.fw.of_any:
        return None
    for k in range(t + 2, min(limit, t + 12)):
        if k in s.verb_at and s.verb_at[k].finite:
            return None
        if s.words[k] == ",":
            return k + 1 if k + 1 < limit and s.low[k + 1] in lexicon.fw.np_articles else None
    return None


def _object_participants(s: Sentence, m: Mention, t: int, limit: int, word: str, vt_end: int, lemma: str, kind: str, source: str, frame: str | None, object_spans: list[range], lexicon: Lexicon) -> int | None:
    """Who takes part ("with"), the verb's particle, the person or body after "to"
    ("recibió al primer ministro", "acudirá al Tribunal Constitucional"), for
    `_object_pass`; the token after them, or None."""
    fw = lexicon.fw
    if word in fw.with_ and t + 1 < limit:
        end, refs, text = _participants(s, t + 1, limit, lexicon)
        if _tells_means(s, t, limit, lexicon):
            return max(end, t + 1)  # "con los votos a favor de PP y Vox": how, no one taking part
        if not refs and "%" in text:
            return max(end, t + 1)  # "won with 41% of the vote": a figure, no participant
        m.participants += refs or ([Ref(text, None, start=s.starts[t + 1])] if text else [])
        return max(end, t + 1)
    if t == vt_end and word in lexicon.particles.get(lemma, ()):
        m.particle = s.words[t]  # "will be sworn in on July 28"
        return t + 1
    if word == lexicon.title_words.get("recipients", {}).get(kind) and t + 1 < limit and not m.participants:
        end, refs, text = _participants(s, t + 1, limit, lexicon)
        if refs or text:  # "awarded the prize to Maria Ruiz": who receives it
            m.participants += refs or [Ref(text, None, start=s.starts[t + 1])]
            return max(end, t + 1)
    if t == vt_end and m.obj is None and source == "verb" and lexicon.title_words.get("place_by_verb", {}).get(lemma) == word and t + 1 < limit:
        k = _skip_determiners(s, t + 1, limit, lexicon)
        chunk = s.chunks[s.chunk_at[k]] if k in s.chunk_at else None
        if chunk is not None and any(entity is not None and entity.type in _BODY_TYPES for _t0, _t1, entity, _text in chunk.parts):
            # "Suecia ingresó en la OTAN": the body joined, what the title tells, no place
            m.obj, m.obj_start = s.span_text(t, chunk.t1), s.starts[t]
            object_spans.append(range(t, chunk.t1))
            return chunk.t1
    if word in fw.to_any and t + 1 < limit and m.obj is None and source == "verb" and kind not in lexicon.personal_objects:
        k = _skip_determiners(s, t + 1, limit, lexicon)
        while k < limit and s.low[k] in fw.quantifier:
            k += 1
        if k < limit and _is_role(s, k, lexicon):
            # "recibió al primer ministro de Japón, Shigeru Ishiba": the one received, not a place
            end, refs, _text = noun_phrase(s, t + 1, limit, lexicon)
            person = next((r for r in refs if r.name), None)
            preposition = s.words[t] if s.low[t] in fw.to else min(fw.to)  # "al" -> "a" before a name
            m.obj = f"{preposition} {person.text}" if person is not None else s.span_text(t, end)
            m.obj_start = s.starts[t]
            object_spans.append(range(t, end))
            return max(end, t + 1)
        # ("acuden a las urnas este domingo": a common noun that ends its phrase; "a
        # disposición judicial" is a fixed complement, read below)
        if frame is not None and k < limit and (k in s.chunk_at or _ends_phrase(s, k, limit, lexicon)) and _frame_kind(s, t, lemma, lexicon) == frame:
            # "acudirá al Tribunal Constitucional": the body the kind was read from, no
            # place; "acuden a las urnas": the common noun it was read from
            end = s.chunks[s.chunk_at[k]].t1 if k in s.chunk_at else k + 1
            m.obj, m.obj_start = s.span_text(t, end), s.starts[t]
            object_spans.append(range(t, end))
            return end
    return None


_BODY_TYPES = frozenset({"org", "group"})


def _ends_phrase(s: Sentence, k: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether the word at k ends its phrase: a date, a preposition, a mark or the limit next."""
    return k + 1 >= limit or k + 1 in s.timex_tokens or s.low[k + 1] in lexicon.prepositions or not s.words[k + 1][0].isalnum()


def _object_completion(s: Sentence, m: Mention, t: int, limit: int, word: str, lemma: str, source: str, frame: str | None, seg_index: int, noun_mentions: dict[int, Mention], mentions: list[Mention], lexicon: Lexicon) -> int | None:
    """What completes the object read, for `_object_pass`: what is said of it ("found
    Sean Combs guilty"), a fixed predicate ("entra en vigor"), what the object is to do
    ("ordered both sides to file briefs": the act goes into mentions); the token after
    it, or None."""
    fw = lexicon.fw
    verdict = None
    if m.obj is not None and source == "verb":
        said_at = (_after_age(s, t - 1) if s.words[t] == "," else None) or t  # "found Sarah Holt, 41, guilty"
        verdict = next((p for p in lexicon.object_predicates.get(s.low[said_at], ()) if tuple(s.low[said_at : said_at + len(p)]) == p), None)
    if verdict:  # "found Sean Combs guilty": the object, then what is said of it
        m.obj += " " + s.span_text(said_at, said_at + len(verdict))  # type: ignore[operator]  # a verdict: after an object
        return said_at + len(verdict)
    fixed = next((p for p in lexicon.fixed_complements.get(word, ()) if tuple(s.low[t : t + len(p)]) == p), None) if m.obj is None and source == "verb" else None
    if fixed:  # "entra en vigor", "sale en libertad": the predicate, kept whole
        end = t + len(fixed)
        m.obj, m.obj_start = s.span_text(t, end), s.starts[t]
        m.obj_in_kind = frame is not None
        if lemma in lexicon.fixed_complement_takers and end < limit:
            # "dejó en libertad a Molina", "puso en marcha el plan": the object after it
            k = end + (s.low[end] in fw.to or s.low[end] in fw.contraction_to)
            if k < limit and k not in s.timex_tokens and (s.low[k] in fw.np_articles or k in s.chunk_at or s.low[end] in fw.contraction_to):
                after, _refs, _text = noun_phrase(s, k, limit, lexicon)
                if after > k:
                    m.obj = s.span_text(t, after)
                    return after
        return end
    if m.obj is not None and lemma in lexicon.object_infinitive and word in fw.to and t + 1 < limit and infinitive_after_mark(s.low[t + 1], lexicon.language):
        # "ordered both sides to file briefs": what the object is to do completes it
        end, _refs, _text = noun_phrase(s, t + 2, limit, lexicon)
        mentions += _ordered_acts(s, s.token_at(m.obj_start) if m.obj_start is not None else None, t + 1, limit, seg_index, m.hypothetical, noun_mentions, lexicon)
        m.obj += " " + s.span_text(t, max(end, t + 2))
        m.obj_infinitive_start = s.starts[t]
        return max(end, t + 2)
    return None


def _place_or_opponent_after_opener(s: Sentence, m: Mention, t: int, limit: int, word: str, vt_end: int, kind: str, object_spans: list[range], lexicon: Lexicon) -> int | None:
    """After a place opener at t ("en", "to", "at"), for `_object_pass`: the place, or
    the one it names when no place is meant (a team by its city, who got an award, the
    opponent at its ground); the token after it, or None."""
    fw = lexicon.fw
    ref, nxt = _place_after(s, t + 1, limit, lexicon)
    if ref is not None and ref.entity is None and (kind in lexicon.opponent_kinds or kind == "match") and (m.obj is None or _is_score(m.obj)) and _away_opponent(s, t, lexicon):
        ref = None  # "The Lakers play at Golden State": the team away, no place (read below)
    if ref is not None and word in fw.to_any and kind in lexicon.opponent_kinds:
        # "lost 3-2 to Valencia", "venció a Francia": a team named after its city or country
        object_spans.append(range(t, nxt))
        ref = None
    if ref is not None and word in fw.in_ and kind in lexicon.received_with_en and m.obj is None and all(k in s.timex_tokens for k in range(vt_end, t)):
        # "el galardón recayó en Carmen Maura": who got it, no place
        m.obj, m.obj_start = s.span_text(t, nxt), s.starts[t]
        object_spans.append(range(t, nxt))
        return nxt
    if ref is not None and (_origin_of_motion(s, t, kind, lexicon) or _on_route(s, t, kind, m.lemma, lexicon)):
        return nxt  # "arrived from Paris": where it set out, no place of the arrival
    if ref is not None:
        m.place = m.place or ref
        past = _past_parenthesis(s, nxt)
        return past if past <= limit else nxt  # "en Barakaldo (Bizkaia) a un hombre"
    if (kind in lexicon.opponent_kinds or kind == "match") and t + 1 in s.chunk_at and (_club(s, s.chunks[s.chunk_at[t + 1]], lexicon) or (m.obj is None or _is_score(m.obj)) and _away_opponent(s, t, lexicon)):
        # "lost 2-1 at Newcastle United", "play at Golden State": the opponent, at its ground
        phrase = s.span_text(t, nxt)
        m.obj = phrase if m.obj is None else f"{m.obj} {phrase}" if _is_score(m.obj) else m.obj
        m.obj_start = m.obj_start if m.obj_start is not None else s.starts[t]
        object_spans.append(range(t, nxt))
        return nxt
    return None


def _obligation_object(s: Sentence, m: Mention, t: int, limit: int, inner: tuple[int, Verb], lexicon: Lexicon) -> int:
    """"tuvo que suspender la sesión": the infinitive an obligation joins by "que" at t,
    and its object, are the object; the token after them, for `_object_pass`."""
    m.obj, end = _infinitive_and_object(s, t, limit, inner, lexicon)
    m.obj_start, m.obj_infinitive = s.starts[t], True
    return end


def _infinitive_and_object(s: Sentence, t: int, limit: int, inner: tuple[int, Verb], lexicon: Lexicon) -> tuple[str, int]:
    """The words from t to the infinitive of `inner` and its object, past a date or a named
    place between them ("tiene que aprobar el próximo martes en el Consejo de Ministros el
    decreto": "que aprobar el decreto"); the token after them."""
    k = after = inner[0] + 1
    fw = lexicon.fw
    while k < limit:
        if k in s.timex_tokens and k not in s.duration_tokens or _date_preposition(s, k, lexicon, durations=False):
            k += 1
            continue
        name = k + 1 + (k + 2 < limit and s.low[k + 1] in fw.article)
        if s.low[k] in fw.place_openers and name < limit and name in s.chunk_at and s.chunks[s.chunk_at[name]].t0 == name:
            k = s.chunks[s.chunk_at[name]].t1  # "en el Consejo de Ministros": where, no object
            continue
        break
    end, _refs, _text = noun_phrase(s, k, limit, lexicon)
    if k > after and end > k:
        return f"{s.span_text(t, after)} {s.span_text(k, end)}", end
    end, _refs, _text = noun_phrase(s, after, limit, lexicon)
    return s.span_text(t, max(end, after)), max(end, after)


def _object_past_opener(s: Sentence, m: Mention, t: int, limit: int, word: str, kind: str, source: str, inner: tuple[int, Verb] | None, object_spans: list[range], lexicon: Lexicon) -> int:
    """After a place opener at t that opens no place, for `_object_pass`: the phrase
    after it read as the object, the person, the setting passed over, or a date; the
    token after it, or _OBJECT_STOP where the object ends."""
    fw = lexicon.fw
    if word in fw.to and source == "reporting":
        end, _refs, _text = noun_phrase(s, t + 1, limit, lexicon)
        return max(end, t + 1)
    if word in fw.to_any and _opens_date(s, t + 1, lexicon):
        return t + 2  # "juzgará a partir del 3 de noviembre": "a partir" is part of the date
    if word in fw.to_any and inner and t == inner[0] - 1:
        # "comenzó a subir los tipos", "volvió el jueves a subir": the infinitive and its object
        end, _refs, _text = noun_phrase(s, s.token_at(inner[1].end), limit, lexicon)
        m.obj = s.span_text(t, max(end, inner[0] + 1))
        m.obj_start, m.obj_infinitive = s.starts[t], True
        return max(end, inner[0] + 1)
    if kind == "visit" and word in fw.to_any and m.obj is None and t + 1 in s.chunk_at:
        end = s.chunks[s.chunk_at[t + 1]].t1  # "visitará al Rayo Vallecano": a name, no place, is the one visited
        m.obj, m.obj_start = s.span_text(t, end), s.starts[t]
        object_spans.append(range(t, end))
        return end
    if (kind in lexicon.personal_objects or source == "verb" and m.generic) and word in fw.to_any:
        # "condenó a 20 años de cárcel a Karim B.": the person first
        end, refs, text = noun_phrase(s, t + 1, limit, lexicon)
        if end <= t + 1:
            return _OBJECT_STOP  # "lo grabaron a las 22.47 horas": a time after "a", no one
        phrase = s.span_text(t, end)
        if m.obj is None:
            m.obj = phrase
            m.obj_start = s.starts[t]
        elif m.obj_start is not None and s.token_at(m.obj_start) + 1 in s.verb_at and len(m.obj.split()) == 2 and len(phrase.split()) > 1:
            m.obj += " " + phrase  # "citó a declarar ... a la exconsellera": the one called, after the call
        elif refs and m.obj.split(" ", 1)[0].lower() in fw.to_any and len(m.obj) + len(phrase) < 60:
            m.obj = phrase + " " + m.obj
        elif _is_score(m.obj):  # "venció 2-1 al Sevilla": the score, then the one beaten
            m.obj = m.obj + " " + phrase
        return max(end, t + 1)
    if word in fw.in_ and m.obj is None and (kind in lexicon.personal_objects or source == "verb"):
        # past the setting, to the object: "derrotó en la final al italiano Sinner",
        # "presentará el jueves en el Congreso el balance del ingreso mínimo vital"
        end, _refs, _text = noun_phrase(s, t + 1, limit, lexicon)
        # "en la ciudad deportiva su libro": a determiner after the noun opens the object
        end = next((k for k in range(t + 3, end) if s.low[k] in fw.np_articles and s.low[k - 1] not in lexicon.prepositions and s.low[k - 1] not in fw.contraction), end)
        if end > t + 1 and end < limit and (kind in lexicon.personal_objects and s.low[end] in fw.to_any or source == "verb" and s.low[end] in fw.np_articles):
            return end
    if word in fw.in_ and m.obj is not None and _holding_before(s, t, lexicon):
        end, _refs, _text = noun_phrase(s, t + 1, limit, lexicon)  # "its stake in Nvidia": one object
        if end > t + 1:
            m.obj += " " + s.span_text(t, end)
            return end
    return _OBJECT_STOP


def _object_facing_or_by(s: Sentence, m: Mention, t: int, limit: int, word: str, source: str, lexicon: Lexicon) -> int | None:
    """Who is faced ("ante", "contra"), the means ("por teléfono"), the manner before
    the object ("sin concurso"), for `_object_pass`; the token after them, or None."""
    fw = lexicon.fw
    if word in fw.facing and t + 1 < limit and (m.obj is None or _is_score(m.obj)) and source == "verb":
        # "comparecerá ante el Parlamento Europeo", "jugará contra el Valencia", "perdió 2-1 ante el Betis"
        start = t + 2 if t + 2 < limit and s.low[t + 1] in fw.to_any else t + 1  # "frente a la sede"
        end, _refs, _text = noun_phrase(s, start, limit, lexicon)
        if end > start:
            if m.obj is None:
                m.obj, m.obj_start = s.span_text(t, end), s.starts[t]
            else:
                m.obj += " " + s.span_text(t, end)
            return end
    if word in fw.by and t + 1 < limit and source == "verb" and not m.subject and (m.subject_text or m.obj) and m.verb is not None and is_passive(m.verb, lexicon.language) and t + 1 not in s.timex_tokens:
        # "The deal was approved by the European Commission": who did it, no object (a
        # named subject stays the one the title tells of: "Smith was arrested by police";
        # "He was arrested by police" tells no one the police arrest)
        end, refs, _text = noun_phrase(s, t + 1, limit, lexicon)
        if refs:
            m.agents += refs
            return max(end, t + 1)
    if word in fw.by and t + 1 < limit and source == "verb" and t + 1 not in s.chunk_at:
        # "habló por teléfono con su homólogo", "venció por 4-1 al Barcelona"
        end, _refs, _text = noun_phrase(s, t + 1, limit, lexicon)
        return max(end, t + 1)
    if word in fw.without and m.obj is None and source == "verb":
        manner = _manner_before_object(s, t, limit, lexicon)
        if manner is not None:  # "adjudicó sin concurso un contrato de limpieza": how, then the object
            return manner
    return None


def _object_phrase(s: Sentence, m: Mention, t: int, limit: int, word: str, vt_end: int, lemma: str, kind: str, source: str, coordinated: bool, mentions: list[Mention], lexicon: Lexicon) -> int:
    """The object at t, for `_object_pass`, unless a preposition, a clause mark or a
    verb ends the phrases after the verb: a governed verb, the one met, what was
    reported, a noun phrase (or the place visited); the token after it, or
    _OBJECT_STOP."""
    fw = lexicon.fw
    approximate = _approximate_figure(s, t, limit, lexicon)  # "recall about 120,000 vehicles"
    if word in lexicon.prepositions and not approximate or word in fw.contraction_of or word in fw.complementiser or s.words[t] in ',;:()"«»“”—–.':
        return _OBJECT_STOP
    if word in fw.time_preposition or word in lexicon.near_time_openers and t + 1 < limit and s.low[t + 1] in fw.time_preposition:
        return _OBJECT_STOP  # "protestó un día después de que...", "llegó poco antes de": the relation, not an object
    if word in lexicon.states_until and kind == lexicon.states_until[word]:
        return _OBJECT_STOP  # "The museum will remain closed until Monday": the state, no object
    if _bound_words_from(s, t, t + 1, lexicon) == t:
        return _OBJECT_STOP  # "will launch no later than Dec. 5", "no antes de 2027": the date's bound, no object
    # "acordaron ampliar el gasoducto", "began serving a sentence": a verb governed as object
    governed = t in s.verb_at and (s.verb_at[t].tense is Tense.INFINITIVE or s.verb_at[t].tense is Tense.GERUND and t == vt_end)
    if t in s.verb_token and not governed:
        return _OBJECT_STOP
    if m.obj is None and source == "verb" and governed:
        end, _refs, text = noun_phrase(s, s.token_at(s.verb_at[t].end), limit, lexicon)
        m.obj = s.span_text(t, max(end, t + 1))
        m.obj_start = s.starts[t]
        return max(end, t + 1)
    if m.obj is None and source == "verb" and lemma in lexicon.object_participants:
        k = t  # "will meet Russian President Vladimir Putin": the one met
        while k + 1 < limit and (s.low[k] in lexicon.demonyms or s.low[k] in lexicon.title_role_words or k not in s.chunk_at and getattr(lexicon.entities.get(s.low[k]), "type", None) == "country"):
            k += 1  # "U.S. President Donald Trump": the country, the title, the name
        end, refs, text = noun_phrase(s, k, limit, lexicon)
        if refs:
            m.participants += refs
            return max(end, t + 1)
    if m.obj is None and source == "reporting" and lemma in lexicon.content_reporting and t not in s.chunk_at:
        # "anunció la disolución de las Cortes y la convocatoria de elecciones"
        end, refs, text = noun_phrase(s, t, limit, lexicon)
        if text and not refs:
            if end + 1 < limit and s.low[end] in fw.and_ and s.low[end + 1] in fw.article:
                end2, _refs2, text2 = noun_phrase(s, end + 1, limit, lexicon)
                if text2:
                    end = end2
            m.obj = s.span_text(t, end)
            m.obj_start = s.starts[t]
        return _OBJECT_STOP
    if m.obj is None and source == "verb":
        end, refs, text = noun_phrase(s, t, limit, lexicon)
        bound = _bound_words_from(s, t, end, lexicon)
        if bound < end:  # "publicará sus resultados no antes del 5 de diciembre": the results
            end, text = bound, s.span_text(t, bound)
        if refs and kind in ("visit", "trip") and refs[0].entity is not None and refs[0].entity.is_place:
            m.place = m.place or refs[0]  # "visitará Madrid"
            return max(end, t + 1)
        if text:
            more = _percent_words_end(s, end, limit, lexicon)
            if more > end:
                end, text = more, s.span_text(t, more)  # "ganó el martes un 1,5 por ciento": the whole figure
            more = _participle_complement_end(s, end, limit, lexicon)
            if more > end:
                end, text = more, s.span_text(t, more)  # "inaugura una exposición dedicada a Goya": what it is
            m.obj = text
            m.obj_start = s.starts[t]
            if text.lower() in fw.object_pronoun and (coordinated or s.segments[m.segment].opener in fw.but):
                # "suspended bullet train services ... and resumed them": the same object
                # ("filed a motion, but the judge denied it": the motion)
                m.obj = next((_definite_again(x.obj, lexicon) for x in reversed(mentions) if x.sentence == s.index and x.source == "verb" and x.obj), text)
            return max(end, t + 1)
    return _OBJECT_STOP


def _bound_words_from(s: Sentence, t: int, end: int, lexicon: Lexicon) -> int:
    """The first token in [t, end) opening the words that bound a date right after them
    ("no later than Dec. 5", "no antes de 2027"), else `end`."""
    for j in range(t + 1, min(len(s.low), end + 3)):
        if j in s.timex_tokens:
            first, side = lexicon.deadline_before(s.low, j)
            if side is not None and t <= first < end:
                return first
    return end


def _participle_complement_end(s: Sentence, end: int, limit: int, lexicon: Lexicon) -> int:
    """Where the complement of a participle of participle_complements ending an object
    phrase at `end` ends, when a preposition other than a time one opens it ("una
    exposición dedicada a Goya"), else `end`."""
    participle = s.verb_of(end - 1) if end >= 1 else None
    if participle is None or participle.tense is not Tense.PARTICIPLE or participle.lemma not in lexicon.participle_complements:
        return end  # ("los últimos 717 jets construidos a AirTran": the verb's, who gets them)
    if not (end < limit - 1 and s.low[end] in lexicon.prepositions and s.low[end] not in lexicon.fw.time_preposition and end + 1 not in s.timex_tokens):
        return end
    more, _refs, text = noun_phrase(s, end + 1, limit, lexicon)
    return more if text and more - end <= 5 else end


def _modifying_nouns(s: Sentence, nouns: list[tuple[int, int, str, str, bool]], lexicon: Lexicon) -> set[int]:
    """The event nouns of one word written between a determiner (or the sentence's
    start) and another event noun, where the language puts a noun's modifiers before
    it: the word tells which one the second is and is no event of its own ("a
    sentencing hearing", "Opening statements"; not "after hearing statements")."""
    if not lexicon.names_before_nouns:
        return set()
    low, words = s.low, s.words
    return {
        t0 - 1
        for t0, _t1, _kind, _lemma, _plural in nouns
        if t0 and low[t0 - 1] in lexicon.nouns and low[t0 - 1] not in lexicon.adjective_event_words and (t0 == 1 or low[t0 - 2] in lexicon.determiners and words[t0 - 1].islower())
    }


def _name_before_noun(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether a name of one word stands between the event noun at token t and its
    determiner, where the language puts a noun's modifiers before it: it tells which
    one ("an Ebola outbreak", "the Gaza ceasefire")."""
    if not lexicon.names_before_nouns or t < 2 or s.low[t - 2] not in lexicon.determiners:
        return False
    word = s.words[t - 1]
    return word[:1].isupper() and word.isalpha() and t - 1 not in s.verb_token and t - 1 not in s.timex_tokens


def _noun_mention(s: Sentence, t0: int, t1: int, kind: str, lemma: str, plural: bool, noun_ends: set[int], not_arguments: set[int], lexicon: Lexicon) -> Mention | None:
    """The mention of one event noun with its complements, signal and skips; a noun
    that is no argument of its clause's verb goes into not_arguments. None for a noun
    after "sin"/"without"."""
    fw = lexicon.fw
    if lemma in lexicon.played_nouns and _played(s, t1, s.segment_of[t0], lexicon):
        kind = "match"
    if lemma in lexicon.campaign_nouns and _campaign_clause(s, s.segment_of[t0], lexicon):
        kind = "campaign_rally"  # "Supporters held a rally for the candidate": votes sought, no protest
    m = Mention(
        sentence=s.index, paragraph=s.paragraph, start=s.starts[t0], end=s.ends[t1 - 1], kind=kind,
        source="noun", lemma=lemma, noun=s.span_text(t0, t1), plural=plural, segment=s.segment_of[t0],
        in_quote=s.in_quote[t0],
    )
    if modifiers := _modifier_complement(s, t0, lexicon):
        m.noun = s.span_text(t0 - modifiers, t1)  # titled with it: "Subway strike"
    if s.low[t0] in lexicon.elided_event_words:
        # "and another in Los Angeles": titled by the noun it stands for, dated only by a date
        # after it (the clause's first is the one before's)
        m.noun, m.clause_dated = lemma, False
    if t1 - t0 == 1 and s.low[t0] in lexicon.ordinal_event_words and lemma != s.low[t0]:
        m.noun = f"{lexicon.ordinal_event_words[s.low[t0]]} {lemma}"  # "el segundo, el lunes 15": "Segundo debate"
    count = _count_before(s, t0, lexicon) if plural else None
    if count is not None:
        m.several, m.noun = True, s.span_text(count, t1)  # titled with its count: "Tres derrotas"
    before = s.low[t0 - 1] if t0 > 0 else ""
    if before in fw.possessive or before in fw.possessive_first:
        m.subject.append(Ref(before, pronoun="1" if before in fw.possessive_first else "3", start=s.starts[t0 - 1]))
    _noun_complements(s, m, t0, t1, lexicon)
    named = [r for r in m.subject + ([m.place] if m.place is not None else []) if r.start == s.starts[t0 - 1]]
    if _name_before_noun(s, t0, lexicon) and (not named or kind in lexicon.impersonal and m.place is None):
        # titled with it: "Ebola outbreak" (an actor's name or a place is told as such:
        # "Vote of the House", "Attack in Paris")
        m.noun = s.span_text(t0 - 1, t1)
    _titled_by_its_name(s, m, t0, lexicon)
    if count is not None and any(s.low[k] in lexicon.rolling_series for k in (count - 1, count + 1) if 0 <= k < t0):
        m.specific = False  # "los dos últimos encuentros de la selección": no one event its complement names
    pointing = before in fw.demonstrative_after_preposition and t0 > 1 and s.low[t0 - 2] in lexicon.prepositions  # "At that meeting"
    m.anaphoric = not m.specific and ((before in fw.anaphoric or pointing) and not m.subject or before in fw.possessive)
    if before in fw.time_preposition and t1 - t0 == 1 and s.words[t0].islower() and _measured_from(s, t0, lexicon):
        m.specific, m.anaphoric = False, True  # "two weeks before launch": a bare noun is the one told
    # "No es el primer incendio en el polígono": a ranking denied, no event of its own
    m.hypothetical = _denied_ranking(s, t0, lexicon)
    if _commemorated(s, t0, lexicon):
        m.specific, m.clause_dated = False, False  # "el bicentenario de la muerte del pintor": long past, not told here
    if _counted_example(s, t0 if count is None else count, noun_ends, lexicon):
        m.specific, m.clause_dated = False, False  # "58 complaints, including three crashes": what the complaints tell
    if count is not None and lexicon.tally_verbs and _counted_tally(s, count, lexicon):
        m.specific, m.clause_dated = False, False  # "linked the fault to at least 40 accidents": a tally
    m.signal = _signal_before(s, t0, lexicon)
    part = _part_of(s, t0, lexicon) if m.signal is not None else None
    if part is not None:
        # "adelantará al lunes la segunda fase de la campaña": the campaign's next part,
        # under the part's own signal ("durante la segunda fase de la campaña")
        m.signal = _signal_before(s, part, lexicon)
    length = _length_of(s, t0, lexicon) if m.signal is not None and part is None else None
    if length is not None:
        # "ha convocado tres jornadas de huelga los días 24, 25 y 26": the strike's length, no frame
        m.signal = _signal_before(s, length, lexicon)
    if m.signal is not None and _subject_of_signalled_clause(s, t0, lexicon):
        m.signal = None  # "after talks with the carrier collapsed late Monday night": the clause's subject, dated by it
    m.occasion = lemma in lexicon.occasions
    before_phrase = _word_before_phrase(s, t0, lexicon)
    if before_phrase in fw.without:
        return None  # "aprobó el lunes sin debate la ley", "terminaron sin acuerdo": none was held
    if lexicon.alternatives and _alternative_not_taken(s, t0, lexicon):
        m.hypothetical = True  # "instead of pursuing acquisitions": not done
    if before_phrase in fw.according_to or _noun_after_according_to(s, t0, lexicon):
        not_arguments.add(t0)
        # "ha condenado ..., según una sentencia conocida hoy": the source of what is told
        m.anaphoric = m.anaphoric or not m.specific and before in fw.indefinite
    if before_phrase in fw.facing or before_phrase in fw.from_ or before_phrase in fw.until:
        # "el recurso presentado en marzo contra la sentencia", "el decimosexto desde la
        # invasión": the ruling and the invasion came before, a bound is no date
        m.clause_dated = False
    elif before_phrase in fw.for_ and _purpose_of_noun(s, t0, lexicon):
        m.clause_dated = False  # "comprar las entradas para el derbi a partir del lunes": the sale's date
    elif before_phrase in fw.by and _participle_before(s, _token_before_phrase(s, t0, lexicon)):
        m.clause_dated = False  # "Los vecinos desalojados por el incendio pudieron regresar el martes": the cause, before
    if m.name and m.signal is not None and m.signal[0] != "during" and t1 in s.chunk_at and non_finite_clause_head(s.low[t1 - 1], lexicon.language):
        _gerund_clause(s, m, t1, lexicon)
    return m


class _SentenceNouns(NamedTuple):
    """The event nouns of one sentence, found once and read by every verb of it."""

    mentions: dict[int, Mention]  # by the noun's first token
    # "según el acuerdo": a noun behind a preposition other than a/en/de is no
    # subject or object of the clause's verb
    not_arguments: set[int]
    clause_of: dict[int, list[tuple[int, Mention]]]  # each clause's nouns, by its host segment
    spans: list[range]  # the tokens of each noun's phrase


def _noun_pass(s: Sentence, lexicon: Lexicon) -> _SentenceNouns:
    """The event nouns of the sentence, nested ones dropped, gathered by clause."""
    nouns = find_nouns(s, lexicon)
    noun_mentions: dict[int, Mention] = {}
    not_arguments: set[int] = set()
    noun_ends = {t1 - 1 for _t0, t1, _kind, _lemma, _plural in nouns}
    modifiers = _modifying_nouns(s, nouns, lexicon)
    for t0, t1, kind, lemma, plural in nouns:
        if t0 in modifiers:
            continue
        m = _noun_mention(s, t0, t1, kind, lemma, plural, noun_ends, not_arguments, lexicon)
        if m is not None:
            noun_mentions[t0] = m
            if t0 - 1 in modifiers:
                m.noun = s.span_text(t0 - 1, t1)  # "a sentencing hearing": one hearing, titled with it
    for t in _nested(noun_mentions) | _restated_in_brackets(s, noun_mentions):
        del noun_mentions[t]
    fw = lexicon.fw
    for t, m in noun_mentions.items():
        seg = s.segments[m.segment]
        if seg.opener in fw.if_ and s.low[seg.t0] == seg.opener and any(s.low[k] in fw.existential for k in range(seg.t0 + 1, t)):
            # "podría desconvocarse si hay acuerdo antes del viernes": no agreement told
            # ("If the union cancels the strike planned for Friday": the strike is)
            m.hypothetical = True
    _refs_of_inner_event(noun_mentions)
    # each clause's nouns, gathered once: every verb of the clause asks for them
    clause_of: dict[int, list[tuple[int, Mention]]] = {}
    for t, m in noun_mentions.items():
        host = s.segments[m.segment].host
        clause_of.setdefault(host, []).append((t, m))
        host_verbs = s.segments[host].verbs
        m.clause_tense = host_verbs[0].tense if host_verbs else None
    _crimes_held_for(s, noun_mentions, lexicon)
    _stance_nouns(s, noun_mentions, lexicon)
    noun_spans = [range(s.token_at(m.start), s.token_at(m.np_end - 1) + 1) for m in noun_mentions.values()]
    return _SentenceNouns(noun_mentions, not_arguments, clause_of, noun_spans)


def extract(s: Sentence, lexicon: Lexicon, timexes: list[Timex]) -> list[Mention]:
    """The event mentions of one sentence, in text order."""
    nouns = _noun_pass(s, lexicon)
    noun_mentions = nouns.mentions
    mentions: list[Mention] = list(noun_mentions.values())

    disaster: Mention | None = None  # the disaster the last clause told by its subject ("The storm killed 188")
    for vt, verb in s.verb_at.items():
        if verb.lemma is not None:  # a verb out of the lexicon tells no event
            disaster = _verb_pass(s, vt, verb, nouns, mentions, disaster, timexes, lexicon)
    mentions += _anchor_gerunds(s, timexes, mentions, noun_mentions, lexicon)
    mentions += _deadlines_given(s, timexes, lexicon)
    _event_held_with(s, mentions, noun_mentions, lexicon)
    _only_possible(s, mentions, lexicon)
    _possible_if(s, mentions, lexicon)
    if lexicon.subject_trips:
        _trips_of_the_subject(s, mentions, lexicon)
    mentions.sort(key=lambda m: m.start)
    return [m for m in mentions if m.source != "consumed"]


def _trips_of_the_subject(s: Sentence, mentions: list[Mention], lexicon: Lexicon) -> None:
    """A trip noun with no one of its own after "before"/"after" in a clause whose verb
    has a named subject is that subject's ("The Nuggets will host Memphis on Wednesday
    before a five-game road trip that starts March 10 in Boston": the Nuggets' trip)."""
    for noun in mentions:
        if noun.lemma not in lexicon.subject_trips or noun.subject or noun.verb_subject or noun.source == "verb":
            continue
        k = s.token_at(noun.start) - 1
        while k > 0 and s.words[k][:1].islower() and s.low[k] not in lexicon.fw.time_preposition and s.low[k] not in lexicon.prepositions and k not in s.verb_token:
            k -= 1  # past "a five-game road"
        if k <= 0 or s.low[k] not in lexicon.fw.time_preposition:
            continue
        host = s.segments[s.segment_of[k]].host
        verb = next((m for m in mentions if m.source == "verb" and m.verb is not None and m.verb.end <= s.starts[k] and s.segments[s.segment_of[s.token_at(m.verb.start)]].host == host), None)
        if verb is not None and any(r.name for r in verb.subject):
            noun.subject = [r for r in verb.subject if r.name]


def _only_possible(s: Sentence, mentions: list[Mention], lexicon: Lexicon) -> None:
    """A verb of threatening before its word ("amenaza con una huelga el lunes", "amenazan
    con convocar paros") or of permission in the conditional ("podría convocar una huelga
    el lunes"): what follows it in its clause, and the threat itself, are only possible;
    the date is the threatened act's (see the tagger's deciding verbs)."""
    for vt, verb in s.verb_at.items():
        links = lexicon.threatening.get(verb.lemma or "")
        permitted = verb.lemma in lexicon.permission and verb.tense is Tense.CONDITIONAL
        if links is None and not permitted:
            continue
        t = s.token_at(verb.end - 1) + 1
        threat = links is not None and t < len(s.low) and s.low[t] in links
        if not (threat or permitted):
            continue
        lo, hi = s.clause_range(s.segment_of[vt])
        first = verb.start if threat else s.starts[lo]  # "La huelga podría comenzar el lunes"; "La huelga amenaza con paralizar" is one
        # "podría desconvocar la huelga del jueves", "podría obligar a suspender el concierto":
        # the calling off is possible, the event still planned
        putting_off = not threat and any(
            lexicon.verb_kinds.get(other.lemma or "", (None, None))[0] in _PUT_OFF_NOUN_KINDS or other.lemma in lexicon.averting
            for k, other in s.verb_at.items() if lo <= k < hi and other is not verb
        )
        for m in mentions:
            if first <= m.start < s.ends[hi - 1] and (not putting_off or m.kind in _PUT_OFF_NOUN_KINDS):
                m.possible = True


def _possible_if(s: Sentence, mentions: list[Mention], lexicon: Lexicon) -> None:
    """What a dated main clause says will happen if a condition before it is met ("Si
    ningún candidato supera el 50 %, habrá una segunda vuelta el 14 de diciembre"; "If
    talks fail, the union will strike on Monday") is set for its day but only possible;
    undated or in the conditional it is no event at all (see `_condition_met`)."""
    for i, seg in enumerate(s.segments):
        if seg.opener not in lexicon.fw.if_ or not _opening_condition(s, seg, lexicon):
            continue
        if any(v.tense not in _UNREAL for v in seg.verbs):
            continue  # "si entonces ganó, ...": a past fact taken up, no condition ahead
        main = next((k for k in range(i + 1, len(s.segments)) if s.segments[k].opener is None), None)
        if main is None:
            continue
        lo, hi = s.starts[seg.t1 - 1], s.ends[s.clause_range(main)[1] - 1]
        for m in mentions:
            if lo < m.start < hi and (m.tense is None or m.tense in _UNREAL):
                m.possible = True


def _event_held_with(s: Sentence, mentions: list[Mention], noun_mentions: dict[int, Mention], lexicon: Lexicon) -> None:
    """An event noun heading the phrase after "con" that another event took as who
    takes part is how that event is done, no event of its own ("cerrará la campaña el
    viernes 21 con un acto en la plaza": one closing, the act in its title); it is
    consumed."""
    for m in mentions:
        for ref in m.participants:
            if ref.start is None:
                continue
            k = s.token_at(ref.start)
            if k == 0 or s.low[k - 1] not in lexicon.fw.with_:
                continue
            inner = noun_mentions.get(_skip_determiners(s, k, len(s.low), lexicon))
            if inner is None or inner is m or inner.source != "noun":
                continue
            after = s.token_at(inner.end - 1) + 1
            if lexicon.names_before_nouns and after < len(s.low) and s.words[after].isalpha() and s.words[after].islower() and s.low[after] not in lexicon.prepositions:
                continue  # "met with the summit organizers": the noun after is the head
            inner.source = "consumed"


def _deadlines_given(s: Sentence, timexes: list[Timex], lexicon: Lexicon) -> list[Mention]:
    """A deadline told as time given up to a day for an act ("Los contribuyentes tienen
    hasta el 15 de diciembre para presentar la declaración": a deadline ending that day,
    as "el plazo vence el 15"); "tenían hasta el lunes" counts from another day, and no
    act to do is no deadline ("tiene hasta el lunes libre")."""
    if not lexicon.deadline_noun:
        return []
    found = []
    for vt, verb in s.verb_at.items():
        given = _time_given(s, verb, timexes, lexicon)
        if given is None or not given.until:
            continue
        infinitive = s.verb_at.get(given.purpose + 1)
        if infinitive is None or infinitive.tense is not Tense.INFINITIVE or _negated(s, vt, s.token_at(verb.end - 1), lexicon):
            continue
        found.append(Mention(
            sentence=s.index, paragraph=s.paragraph, start=verb.start, end=verb.end, kind="expiry", source="light",
            lemma=lexicon.deadline_noun, noun=lexicon.deadline_noun, verb=verb, tense=verb.tense, segment=s.segment_of[vt],
            light_start=verb.start, subject_text=_np_subject(s, vt, lexicon), in_quote=s.in_quote[vt], clause_dated=False, deadline_end=given.allowed,
        ))
    return found


class _TimeGiven(NamedTuple):
    allowed: Timex  # the length given ("diez días") or the last day ("el 15 de diciembre")
    until: bool  # a last day, after "hasta"/"until"
    purpose: int  # the token of the word before the act to do ("para", "to")


def _time_given(s: Sentence, verb: Verb, timexes: list[Timex], lexicon: Lexicon) -> _TimeGiven | None:
    """Time given from now to do an act: a verb of [states] time_allowed in the present
    or future, a length or "hasta"/"until" and a date, then the act ("El condenado tiene
    diez días para ingresar en prisión", "dispone de un mes para recurrir", "Los
    contribuyentes tienen hasta el 15 de diciembre para", "Prosecutors have until Friday
    to file", "has ten days to appeal"); None otherwise ("tenía diez días": counted from
    another day)."""
    if verb.lemma not in lexicon.time_allowed or verb.tense not in (Tense.PRESENT, Tense.FUTURE):
        return None
    fw = lexicon.fw
    k = s.token_at(verb.end - 1) + 1
    if k < len(s.low) and s.low[k] in fw.of:
        k += 1  # "dispone de un mes"
    until = k < len(s.low) and s.low[k] in fw.until
    first = end = k + until
    tokens = s.timex_tokens if until else s.duration_tokens
    while end in tokens:
        end += 1
    if end == first or end >= len(s.low) or s.low[end] not in lexicon.time_allowed_purpose:
        return None
    start = s.starts[first]
    allowed = next((x for x in timexes if x.start == start and (x.interval is not None if until else x.type is TimexType.DURATION)), None)
    return _TimeGiven(allowed, until, end) if allowed is not None else None


def _ordered_act(s: Sentence, obj: int | None, t: int, limit: int, segment: int, hypothetical: bool, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> Mention | None:
    """What the object (from token `obj`) of an order is told to do by the infinitive
    at token t, with a deadline after it ("ordered Greer to surrender his passport by
    Friday", "asked prosecutors to file briefs by Friday"): an act of its own, done by
    that object and due by then (the order keeps its own date). None with no deadline
    before `limit`, or when the infinitive is an event noun already ("urged members to
    vote by Friday")."""
    lemma = s.low[t]
    kind = lexicon.verb_kinds.get(lemma, (None, None))[0]
    presenting = lemma in lexicon.presenting and t + 2 < limit and s.low[t + 1] in lexicon.fw.to  # "to report to prison"
    if obj is None or t in noun_mentions or kind is None and not (_act_lemma(lemma, lexicon) or presenting):
        return None
    particle = t + 2 < limit and s.low[t + 1] in lexicon.particles.get(lemma, ())  # "to turn over her phone records"
    end = max(noun_phrase(s, t + 1 + (presenting or particle), limit, lexicon)[0], t + 1)
    due = next((k for k in range(end, limit) if k in s.timex_tokens and k - 1 not in s.timex_tokens and lexicon.deadline_before(s.low, k)[1] in ("by", "before")), None)
    if due is None:
        return None
    _end, refs, text = noun_phrase(s, obj, t - 1, lexicon)
    if text.lower() in lexicon.fw.object_pronoun:
        return None  # "urged them to leave by Monday": whom the text does not say here
    kind = kind or lexicon.generic_kind
    verb = Verb(s.starts[t], s.ends[t], s.words[t], Tense.INFINITIVE, lemma)
    return Mention(
        sentence=s.index, paragraph=s.paragraph, start=verb.start, end=verb.end, kind=kind, source="verb", lemma=lemma,
        verb=verb, tense=Tense.INFINITIVE, segment=segment, subject=[r for r in refs if r.name or r.role],
        subject_text=None if refs else text or None, obj=s.span_text(t + 1, end) if end > t + 1 else None,
        obj_start=s.starts[t + 1] if end > t + 1 else None, hypothetical=hypothetical, in_quote=s.in_quote[t],
        generic=kind == lexicon.generic_kind,
    )


def _ordered_acts(s: Sentence, obj: int | None, t: int | None, limit: int, segment: int, hypothetical: bool, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> list[Mention]:
    """The acts of `_ordered_act` for the infinitive at token t and the ones joined to
    it ("ordered Miller to pay restitution and to report to prison by Jan. 15"): each
    with the deadline written before the next one, so "by Jan. 15" is the report's."""
    acts = []
    while t is not None:
        following = _joined_infinitive(s, t + 1, limit, lexicon)
        act = _ordered_act(s, obj, t, following[0] if following else limit, segment, hypothetical, noun_mentions, lexicon)
        if act is not None:
            act.due_from = act.start
            acts.append(act)
        t = following[1] if following else None
    return acts


def _joined_infinitive(s: Sentence, k: int, limit: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The coordinator and the infinitive after it ("and to report", "and report") from
    token k on, before `limit`, or None."""
    fw = lexicon.fw
    for c in range(k, limit - 1):
        if s.words[c] in ";:()":
            return None
        if s.low[c] in fw.coordinator:
            v = c + 1 + (s.low[c + 1] in fw.to)
            if v < limit and v - 1 not in s.timex_tokens and infinitive_after_mark(s.low[v], lexicon.language) and s.verb_of(v) is None:
                return c, v
    return None


def _told_to(s: Sentence, vt_end: int, limit: int, lexicon: Lexicon) -> int | None:
    """The "to" token after the object a verb tells to do something ("asked prosecutors
    to file briefs"), or None."""
    end = noun_phrase(s, vt_end, limit, lexicon)[0]
    if end > vt_end and end + 1 < limit and s.low[end] in lexicon.fw.to and infinitive_after_mark(s.low[end + 1], lexicon.language):
        return end
    return None


def _is_count(word: str, lexicon: Lexicon) -> bool:
    """A count of two or more: "tres", "varios", "several", "12"."""
    return word in lexicon.series_counts or word.isdecimal() and int(word) >= 2  # ("²" is a digit, no number)


def _counted_example(s: Sentence, first: int, noun_ends: set[int], lexicon: Lexicon) -> bool:
    """Whether the noun phrase opening at token `first` follows "including" after a
    counted noun that names no event ("after receiving 58 complaints, including three
    crashes"): an example of what those tell, no event of the clause."""
    k = first - 1
    if k < 3 or s.low[k] not in lexicon.fw.including or s.words[k - 1] != ",":
        return False
    # the counted noun, maybe with a complement after it ("58 complaints from owners, including")
    for head in range(k - 2, max(k - 6, 1), -1):
        if s.words[head] in ",;:()" or s.verb_of(head) is not None:
            return False
        if s.words[head - 1][:1].isdigit():
            return head not in noun_ends
    return False


def _counted_tally(s: Sentence, count: int, lexicon: Lexicon) -> bool:
    """Whether the count at token `count` follows "to"/"with" after a verb that ties
    something to events ("a report linked the fault to at least 40 accidents"), a few
    words back in its clause: a tally of events, none of them told."""
    k = count - 1
    while k > 0 and s.low[k] in lexicon.tally_count_words:
        k -= 1  # "at least", "more than", "nearly"
    if k < 2 or not (s.low[k] in lexicon.fw.to or s.low[k] in lexicon.fw.with_):
        return False
    for t in range(k - 1, max(k - 6, 0) - 1, -1):
        verb = s.verb_of(t)
        if verb is not None and verb.lemma in lexicon.tally_verbs:
            return True  # (a noun read as a verb between, "the defect", goes by)
        if s.words[t] in ",;:":
            return False
    return False


def _count_before(s: Sentence, t0: int, lexicon: Lexicon) -> int | None:
    """The token of a count of two or more written before the event noun at t0
    ("tres derrotas", "varios nuevos ataques", "12 strikes"), or None. A year is
    no count ("en 2024 ataques")."""
    t = t0 - 1
    for _ in range(2):  # one adjective may stand between: "tres nuevas derrotas"
        if t < 0 or t in s.timex_tokens:
            return None
        if _is_count(s.low[t], lexicon):
            return t
        if s.low[t] not in lexicon.fw.quantifier:
            return None
        t -= 1
    return None


def _counted_object(s: Sentence, t0: int, lexicon: Lexicon) -> bool:
    """Whether a verb's object starting at token t0 is a counted plural event noun
    ("ha llevado a cabo tres ataques", "carried out several strikes")."""
    for t in range(t0 + 1, min(t0 + 4, len(s.low))):
        found = lexicon.nouns.get(s.low[t])
        if found is not None and found[2]:
            return _count_before(s, t, lexicon) is not None
    return False


NO_EVENT = "none"  # the kind in [verb_objects] of a verb no event with that object
_SUBJUNCTIVE = frozenset({Tense.SUBJUNCTIVE, Tense.IMPERFECT_SUBJUNCTIVE})
_DUE = frozenset({Tense.PRESENT, Tense.FUTURE})  # an obligation still to be met
_UNREAL = frozenset({Tense.PRESENT, Tense.FUTURE, Tense.CONDITIONAL, Tense.GOING_TO, Tense.INFINITIVE})  # what a condition may lead to


def _concessive(s: Sentence, seg: Segment, lexicon: Lexicon) -> bool:
    """Whether a clause opened by "si" grants a fact ("si bien aprobó el decreto")."""
    return seg.opener in lexicon.fw.if_ and seg.t0 + 1 < len(s.low) and s.low[seg.t0 + 1] in lexicon.fw.concessive_after_if


def _opening_condition(s: Sentence, seg: Segment, lexicon: Lexicon) -> bool:
    """Whether a clause opened by "si"/"if" is a condition opening the sentence or a part
    of it ("; si ..."), no concessive "si bien"."""
    return (seg.t0 == 0 or s.words[seg.t0 - 1] in ",;:") and not _concessive(s, seg, lexicon)


def _condition_met(s: Sentence, seg_index: int, verb: Verb, lexicon: Lexicon) -> bool:
    """Whether the main clause of `verb` follows a condition that opens the sentence or
    a part of it ("; si ningún candidato obtiene la confianza ..., se convocarán nuevas
    elecciones"): what happens only if it is met is no event."""
    seg = s.segments[seg_index]
    if seg.opener is not None or verb.tense not in _UNREAL:
        return False
    for k in range(seg_index - 1, -1, -1):
        before = s.segments[k]
        if before.opener in lexicon.fw.if_:
            return _opening_condition(s, before, lexicon)
        if before.opener is None:
            return False  # a main clause between: the condition is another's
    return False


def _set_in_segment(s: Sentence, seg: Segment, timexes: list[Timex]) -> bool:
    """Whether a recurring time phrase ("cada hora", "every day") lies in `seg` (an
    adjective names a thing's rate: "300 daily flights starting Monday")."""
    lo, hi = s.starts[seg.t0], s.starts[seg.t1 - 1]
    return any(timex.type is TimexType.SET and timex.start is not None and lo <= timex.start <= hi and " " in timex.text for timex in timexes)


def _bare_plural_antecedent(s: Sentence, seg: Segment, lexicon: Lexicon) -> bool:
    """Whether `seg` is a relative clause right after a plural noun with no determiner
    ("ofrecerá autobuses que saldrán"): it says what things of a sort do, no one act."""
    t = seg.t0 - 1
    if seg.opener not in lexicon.fw.relative or t < 1 or not s.words[t].isalpha() or not s.words[t].islower() or t in s.verb_token:
        return False
    before = s.low[t - 1]
    bare = t - 1 in s.verb_token or before in lexicon.prepositions
    return bare and _plural_word(s.low[t], lexicon)


def _day_in_segment(s: Sentence, seg: Segment, timexes: list[Timex]) -> bool:
    """Whether a timex in `seg` names a day: a date, or a clock time written with one
    ("el lunes a las 6.00"; "a las 6.00" alone takes the DCT's day)."""
    lo, hi = s.starts[seg.t0], s.starts[seg.t1 - 1]
    return any(timex.start is not None and lo <= timex.start <= hi and (timex.type is TimexType.DATE or timex.type is TimexType.TIME and "+" in (timex.rule or "")) for timex in timexes)


def _dated_segment(s: Sentence, seg: Segment) -> bool:
    """Whether a date (no duration) lies in `seg` ("la huelga comenzará el lunes")."""
    return any(k in s.timex_tokens and k not in s.duration_tokens for k in range(seg.t0, seg.t1))


def _end_subject_noun(s: Sentence, verb: Verb, before_nouns: list[Mention], lexicon: Lexicon) -> None:
    """"The agreement expires on Dec. 31": the verb tells the subject's end, and the
    subject noun is no event of its own on that date."""
    vt = s.token_at(verb.start)
    for noun in before_nouns[-1:]:
        before = _before_adverbs(s, vt - 1, 0, lexicon)
        # ("Talks between Halden and a parts supplier collapsed": the sides end the phrase)
        if noun.verb in (None, verb) and noun.signal is None and (s.token_at(noun.np_end - 1) == before or _event_noun_between_sides(s, s.token_at(noun.start), before + 1, lexicon)):
            noun.verb = verb
            noun.source = "consumed"


def _sides_of_ended(s: Sentence, m: Mention, verb: Verb, before_nouns: list[Mention]) -> None:
    """"Talks between Ford and the UAW collapsed on Friday", "Las conversaciones entre el
    Gobierno y los sindicatos se rompieron el lunes": the sides of the ended noun, no
    subject of the collapse, take part in it (its actors); "and talks broke down late last
    week": the noun, a coordinated clause's subject, is the title's."""
    if m.subject or m.participants:
        return
    for noun in before_nouns[-1:]:
        if noun.verb is not verb or noun.source != "consumed":
            continue
        if m.subject_text is None and noun.start >= s.starts[s.segments[m.segment].t0]:
            m.subject_text = s.text[noun.start : max(noun.end, noun.np_end)]
        m.participants = list(noun.participants)


def _ended_anchor_subject(s: Sentence, verb: Verb, same_clause: list[tuple[int, Mention]], lexicon: Lexicon) -> None:
    """"Two days after talks collapsed on Monday": the subject noun of an ending verb in
    the clause after "after"/"before" keeps the signal (the length measures from the
    clause), but the collapse is the event told, not talks held that day."""
    vt = s.token_at(verb.start)
    for _t, noun in same_clause:
        if noun.verb is None and noun.start < verb.start and noun.signal is not None and noun.signal[0] in ("after", "before") \
                and s.token_at(noun.np_end - 1) == _before_adverbs(s, vt - 1, 0, lexicon):
            noun.verb = verb
            noun.source = "consumed"


def _length_before_signal(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether token t is a bare unit of time right before "after"/"before" ("released
    hours after the arrest"): a length from the event, no object."""
    if s.low[t] not in lexicon.unit_words or t + 1 >= len(s.low):
        return False
    return any(relation in ("after", "before") and len(words) == 1 for relation, words, _before in lexicon.signal_index.get(s.low[t + 1], ()))


def _record_due(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether the copula at vt says a record is due on a date ("The jobs report is due
    Friday", "Producer prices are due out on Thursday", "The consumer price index for
    November is due on Dec. 18": past the period the record covers)."""
    due = lexicon.due_release
    if not due or s.verb_at[vt].tense not in (Tense.PRESENT, Tense.FUTURE) or vt_end >= len(s.low) or s.low[vt_end] not in due["words"] or vt == 0:
        return False
    record = vt - 1
    while record > 0 and record in s.timex_tokens:
        record -= 1
    if record < vt - 1 and record > 0 and s.low[record] in lexicon.prepositions:
        record -= 1
    if s.low[record] not in due["records"]:
        return False
    t = vt_end + 1
    while t < len(s.low) and s.low[t] in due["gap"]:
        t += 1
    return t in s.timex_tokens


def _is_score(text: str) -> bool:
    """A match result as an object: "2-1", "3 - 0"."""
    goals = text.split("-")
    return len(goals) == 2 and all(g.strip().isdigit() for g in goals)


def _gerund_clause(s: Sentence, m: Mention, t1: int, lexicon: Lexicon) -> None:
    """"a week after meeting Xi in Beijing": the name after a gerund is the one it is
    done with, not the event's name; its subject is the clause's."""
    m.name, m.specific = None, False
    m.participants += _chunk_refs(s, s.chunk_at[t1], lexicon)
    host_verbs = s.segments[s.segments[m.segment].host].verbs
    if host_verbs and not m.subject:
        m.subject = _subject_before(s, s.token_at(host_verbs[0].start), lexicon)


def _joined_to_passive(s: Sentence, seg_index: int, verb: Verb, vt_end: int, lexicon: Lexicon) -> bool:
    """"Holt was arrested in July and charged in November": a coordinated participle
    with no object of its own ("were called and arrested two men" is active) after a
    passive in the clause before."""
    if seg_index == 0 or not s.segments[seg_index - 1].verbs:
        return False
    if vt_end < len(s.low) and not (s.low[vt_end] in lexicon.prepositions or vt_end in s.timex_tokens or not s.low[vt_end].isalpha()):
        return False
    return shares_passive(verb, s.segments[seg_index - 1].verbs[-1], lexicon.language)


def _negative_subject(s: Sentence, t0: int, vt: int, lexicon: Lexicon) -> bool:
    """"No one visited Paris", "None of the passengers survived": a subject that denies
    the event, between the clause's start and its verb with no other verb after it."""
    firsts = _phrase_firsts(lexicon.negative_subjects)  # only at one of their first words are the tuples built
    for k in range(vt - 1, t0 - 1, -1):
        if s.verb_of(k) is not None:
            return False
        if s.low[k] in firsts and any(tuple(s.low[k : k + len(p)]) == p for p in lexicon.negative_subjects):
            return True
    return False


def _negated(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """"no se celebrará", "did not visit", "might never be released": a negation just
    before the verb (or its clitic) or among the verb's own words."""
    low, negation = s.low, lexicon.negation
    before = vt - 1
    loose = lexicon.loose_adverb_suffix
    while before > 0 and vt - before <= 2 and (lexicon.fw.adverb(low[before]) or low[before] in lexicon.fw.skip_adverb or loose and low[before].endswith(loose)) and low[before] not in negation:
        before -= 1  # "never fully recovered", "no totalmente"
    if before >= 0 and (low[before] in negation or (low[before] in lexicon.fw.clitic and before > 0 and low[before - 1] in negation)):
        return True
    # "didn’t" is written with either apostrophe
    return any(low[k].replace("’", "'") in negation for k in range(vt, vt_end))


def not_until(s: Sentence, vt: int, lexicon: Lexicon) -> int | None:
    """The token of the date after "hasta"/"until" in the clause of the negated verb at
    vt, which then happens on that date, not before ("el episodio no terminará hasta el fin
    de semana", "will not decide until Monday"), or None (no such date, or another verb
    first)."""
    if not _negated(s, vt, s.token_at(s.verb_at[vt].end - 1) + 1, lexicon):
        return None
    segment = s.segment_of[vt]
    for k in range(s.token_at(s.verb_at[vt].end - 1) + 1, min(len(s.low) - 1, vt + 10)):
        if s.segment_of[k] != segment or k in s.verb_token or s.low[k] in lexicon.negation:
            return None  # ("no decidió nada hasta el lunes": nothing was)
        if s.low[k] in lexicon.fw.until and k + 1 in s.timex_tokens:
            return k + 1
    return None


def _factual_que(s: Sentence, seg, lexicon: Lexicon) -> bool:
    """"después de que el Gobierno aprobara": a "que" whose subjunctive tells what
    happened (the words before it are one of the lexicon's factual_subjunctive)."""
    if s.low[seg.t0] != seg.opener:
        return False
    if any(tuple(s.low[max(0, seg.t0 - len(words)) : seg.t0]) == words for words in lexicon.factual_subjunctive):
        return True
    # "un día antes de que los pilotos inicien una huelga": a length counts it off a dated event
    return any(seg.t0 > len(words) and tuple(s.low[seg.t0 - len(words) : seg.t0]) == words and seg.t0 - len(words) - 1 in s.timex_tokens for words in lexicon.factual_after_length)


def _with_noun_after(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether "with" and a word follow token k, past a date: "responded in April with
    duties", "respondió el lunes con aranceles"."""
    while k + 1 < len(s.low) and (k in s.timex_tokens or k + 1 in s.timex_tokens and s.low[k] in lexicon.fw.in_):
        k += 1  # past "in April", "en abril", "el lunes"
    return k + 1 < len(s.low) and s.low[k] in lexicon.fw.with_ and s.words[k + 1][:1].isalnum()


def _planned_que(s: Sentence, seg, lemma: str | None, lexicon: Lexicon) -> bool:
    """"El Gobierno prevé que la cumbre se celebre el 1 de enero": a "que" right after a
    verb of planning, whose subjunctive `lemma` tells the plan (as "prevé celebrar"), no
    wish; a figure foreseen is no plan ("prevé que la economía crezca un 2 %")."""
    t0 = seg.t0
    if lemma in lexicon.quantity_verbs or s.low[t0] != seg.opener or t0 == 0 or s.verb_token.get(t0 - 1) is None:
        return False
    return s.verb_at[s.verb_token[t0 - 1]].lemma in lexicon.planning


def _passive_of_event_noun(subject: list[Ref], noun: Mention | None, lemma: str, reflexive: bool, lexicon: Lexicon) -> bool:
    """Whether a relative clause in the passive with "se" is said of the event noun
    before it, not of the name that ends that noun's phrase ("un acuerdo con Junts que se
    firmó el lunes"): the name is inside the phrase and the verb's kind fits the noun's."""
    if not reflexive or noun is None or not subject:
        return False
    if not all(r.start is not None and r.start > noun.start for r in subject):
        return False
    # ("la reunión con Junts, que se aplazó": a verb of scheduling fits any event)
    return lemma in lexicon.scheduling or lexicon.same_or_compatible(noun.kind, lexicon.verb_kinds.get(lemma, ("",))[0])


def _que_after_signal(s: Sentence, seg, lexicon: Lexicon) -> bool:
    """Whether the "que" opening the clause closes a signal of time ("un día antes de
    que los diputados inicien el debate", "después de que"): a conjunction, no relative
    of the noun before it."""
    if s.low[seg.t0] != seg.opener:
        return False
    return any(seg.t0 >= len(words) and tuple(s.low[seg.t0 - len(words) : seg.t0]) == words for words in lexicon.factual_subjunctive + lexicon.factual_after_length)


def _planned_subject(s: Sentence, verb: Verb, same_clause: list[tuple[int, Mention]], lexicon: Lexicon) -> tuple[Mention | None, bool]:
    """The event noun before a passive of a topic or scheduling verb ("La comparecencia
    fue solicitada", "La reunión fue convocada"), and whether it is a topic; (None, False)
    when the verb is no such passive."""
    if not verb.finite or verb.lemma not in lexicon.fw.passive_auxiliary:
        return None, False
    participle = s.verb_at.get(s.token_at(verb.end))
    if participle is None or participle.tense is not Tense.PARTICIPLE:
        return None, False
    topic = participle.lemma in lexicon.topic
    if not topic and participle.lemma not in lexicon.scheduling:
        return None, False
    return next((n for _t, n in reversed(same_clause) if n.end <= verb.start), None), topic


def _recurring_body_subject(s: Sentence, verb: Verb, same_clause: list[tuple[int, Mention]], lexicon: Lexicon) -> Mention | None:
    """The named event held each year right before a verb of an act of its own kind or a
    reporting verb, which its name does as a body ("El Festival de Cine de Sevilla
    presentó ayer su programación"; "inauguró ayer su edición" opens the festival), or None."""
    if not same_clause or not verb.finite:
        return None
    lemma = verb.lemma
    if not (lemma in lexicon.verb_kinds or lemma in lexicon.reporting):
        return None
    if lemma in lexicon.opening or lemma in lexicon.lasting or lemma in lexicon.closing or lemma in lexicon.title_words.get("closing_nouns", {}):
        return None
    noun = next((n for _t, n in reversed(same_clause) if n.end <= verb.start), None)
    if noun is None or noun.kind not in lexicon.recurring or noun.name is None or noun.verb is not None:
        return None
    between = range(s.token_at(noun.end - 1) + 1, s.token_at(verb.start))
    return None if any(k in s.verb_token or s.words[k] in ",;:" for k in between) else noun


def _passive_participle(s: Sentence, vt: int, verb: Verb, lexicon: Lexicon) -> Verb | None:
    """"fue detenido", "han sido evacuados": the participle of an event verb after a
    finite passive auxiliary, or None."""
    if not verb.finite or verb.lemma not in lexicon.fw.passive_auxiliary:
        return None
    k = s.token_at(verb.end)
    while k < len(s.low) and (k in s.timex_tokens or lexicon.fw.adverb(s.low[k]) or s.low[k] in lexicon.fw.skip_adverb):
        k += 1  # "fue finalmente detenido"
    participle = s.verb_at.get(k)
    if participle is None or participle.tense is not Tense.PARTICIPLE:
        return None
    if participle.lemma not in lexicon.verb_kinds and not _done_to_someone(participle.lemma, lexicon) and not (participle.lemma in lexicon.light and _passive_frame(s, vt, participle.lemma, lexicon)):
        return None  # (a light verb's frame read from its subject: "El nuevo fichaje será presentado", "presentar fichaje")
    return participle


def _frame_subject_consumed(noun_mentions: dict[int, Mention], t: int, frame: str | None) -> None:
    """The event noun a passive's frame was read from is what is done to, no event of
    its own: "El nuevo fichaje será presentado el jueves" is the player's presentation,
    not a signing."""
    noun = noun_mentions.get(t)
    if frame is not None and noun is not None and noun.kind != frame and noun.verb is None:
        noun.source = "consumed"


def _frame_object_consumed(s: Sentence, t: int, lemma: str, frame: str, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> None:
    """The event noun a light verb's frame was read from, as its object after the "a" of
    a person, is someone the act is done to, no event of its own, as in the passive
    (`_frame_subject_consumed`): "El club presentará al nuevo fichaje el lunes" is the
    player's presentation, not a signing ("convocó una huelga": the strike still is one)."""
    frames = lexicon.verb_objects.get(lemma, {})
    fw = lexicon.fw
    while t < len(s.low) and (t in s.timex_tokens or fw.adverb(s.low[t]) or _date_preposition(s, t, lexicon, durations=False)):
        t += 1  # "presentará el lunes a su nuevo fichaje"
    if t >= len(s.low) or s.low[t] not in fw.to_any:
        return
    for k in range(t + 1, min(len(s.low), t + 5)):
        noun = noun_mentions.get(k)
        if noun is not None:
            if s.segment_of[k] == s.segment_of[t] and frames.get(noun.lemma) == frame and noun.kind != frame and noun.verb is None:
                noun.source = "consumed"
            return


def _manner_before_object(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> int | None:
    """The token after a bare noun phrase of manner opened by "sin" at t when an
    object with its article follows it ("adjudicó sin concurso un contrato", "aprobó
    sin debate la ley"); None when what follows is no object ("actuó sin permiso")."""
    k = t + 1
    if k >= limit or s.low[k] in lexicon.fw.np_articles or k in s.verb_token:
        return None  # "sin la autorización": a phrase of its own, read no further
    while k < limit and k - t <= 3 and s.words[k][:1].isalpha() and s.low[k] not in lexicon.fw.np_articles and s.low[k] not in lexicon.prepositions and k not in s.verb_token:
        k += 1
    if k < limit and s.low[k] in lexicon.fw.np_articles and k > t + 1:
        return k
    return None


def _time_allowed(s: Sentence, vt: int, verb: Verb, timexes: list[Timex], lexicon: Lexicon) -> tuple[Timex, int] | None:
    """The length of time given to do what the infinitive at vt tells, counted from now,
    and the token of the verb that gives it (see `_time_given`: "El condenado tiene diez
    días para ingresar en prisión"); None otherwise."""
    if verb.tense is not Tense.INFINITIVE or vt < 3:
        return None
    k = vt - 2
    while k > 0 and k not in s.verb_at:
        k -= 1  # back to the verb that gives the time, past the length
    owner = s.verb_at.get(k)
    given = _time_given(s, owner, timexes, lexicon) if owner is not None else None
    if given is None or given.until and given.allowed.type is not TimexType.DATE or given.purpose != vt - 1:
        return None  # ("tienen hasta el viernes para recurrir": up to that day, as "has until Friday to")
    if _negated(s, k, s.token_at(owner.end - 1), lexicon):  # type: ignore[union-attr]
        return None  # "no tienen hasta el 15 de diciembre para presentar": no time given
    return given.allowed, k


def _allowed_act(s: Sentence, vt: int, verb: Verb, seg_index: int, timexes: list[Timex], noun_mentions: dict[int, Mention], lexicon: Lexicon) -> Mention | None:
    """The act after the time given to do it (see `_time_given`) when the sentence reads
    it as no verb, as English "to" + infinitive ("Prosecutors have until Friday to file
    formal charges", "The defendant has ten days to appeal"): still to be done by then.
    None otherwise (an infinitive read as a verb goes through `_time_allowed`; an event
    noun is its own mention)."""
    given = _time_given(s, verb, timexes, lexicon)
    t = given.purpose + 1 if given is not None else 0
    if given is None or given.until and given.allowed.type is not TimexType.DATE or t >= len(s.low) or t in noun_mentions or t in s.verb_at:
        return None
    allowed = given.allowed
    lemma = s.low[t]
    kind = lexicon.verb_kinds.get(lemma, (None, None))[0] or _frame_kind(s, t + 1, lemma, lexicon)
    if kind is None and not _act_lemma(lemma, lexicon) or kind == NO_EVENT:
        return None
    end = _object_end(s, t, seg_index)
    kind = kind or lexicon.generic_kind
    infinitive = Verb(s.starts[t], s.ends[t], s.words[t], Tense.INFINITIVE, lemma)
    subject = _subject_before(s, vt, lexicon)
    m = Mention(
        sentence=s.index, paragraph=s.paragraph, start=infinitive.start, end=infinitive.end, kind=kind, source="verb", lemma=lemma,
        verb=infinitive, tense=Tense.FUTURE, segment=seg_index, subject=subject, subject_text=None if subject else _np_subject(s, vt, lexicon),
        obj=s.span_text(t + 1, end) if end > t + 1 else None, obj_start=s.starts[t + 1] if end > t + 1 else None,
        in_quote=s.in_quote[t], generic=kind == lexicon.generic_kind,
    )
    m.time_allowed, m.clause_dated = allowed, False
    return m


def _own_day_after(s: Sentence, noun: Mention, lexicon: Lexicon) -> bool:
    """Whether "de" + a date follows the event noun: its own day ("la reunión del jueves")."""
    k = s.token_at(noun.end - 1) + 1
    return k + 1 < len(s.low) and s.low[k] in lexicon.fw.of_any and k + 1 in s.timex_tokens


def _purpose_goal_nouns(s: Sentence, vt: int, verb: Verb, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> None:
    """"convocará a los sindicatos para presentar unos Presupuestos": an event noun with an
    indefinite article right after the infinitive of a purpose clause is what the act is
    for, not yet there: a topic, with no date of the clause's and no event of its own
    whatever its complements ("para asistir a la cumbre" names one that is)."""
    fw = lexicon.fw
    if verb.tense is not Tense.INFINITIVE or vt < 1 or s.low[vt - 1] not in fw.purpose:
        return
    k = s.token_at(verb.end - 1) + 1
    if k + 1 < len(s.low) and s.low[k] in fw.indefinite and k + 1 in noun_mentions and noun_mentions[k + 1].verb is None:
        noun = noun_mentions[k + 1]
        noun.topic, noun.clause_dated, noun.clause_tense, noun.specific = True, False, None, False


def _summoned_act(s: Sentence, vt: int, verb: Verb, seg_index: int, mentions: list[Mention], lexicon: Lexicon) -> Mention | None:
    """The act a verb of summoning calls someone to by "a" + the infinitive at vt ("la
    jueza lo había citado a declarar como investigado el 2 de diciembre", "citó al alcalde
    a declarar"): done by the one summoned, still to come from the summons; a date after
    the infinitive is that act's, and the summons (already in mentions) keeps none of it.
    None when no such verb governs the infinitive."""
    fw = lexicon.fw
    if verb.tense is not Tense.INFINITIVE or verb.lemma is None or vt < 2 or s.low[vt - 1] not in fw.to:
        return None
    k = vt - 2
    while k > max(s.segments[seg_index].t0, vt - 8) and k not in s.verb_token and s.words[k].isalpha():
        k -= 1  # "citó al alcalde a declarar": past the one summoned
    summons = s.verb_of(k)
    if summons is None or summons.lemma not in lexicon.summoning or not summons.finite:
        return None
    lemma = verb.lemma
    kind = lexicon.verb_kinds.get(lemma, (None, None))[0] or _frame_kind(s, vt + 1, lemma, lexicon) or ("statement" if lemma in lexicon.reporting else None)
    if kind is None or kind == NO_EVENT:
        return None
    summons_next = s.token_at(summons.end - 1) + 1
    summons_end = _past_date(s, summons_next, lexicon)  # "citó el lunes al alcalde"
    subject: list[Ref] = []
    subject_text = None
    obj_from = vt + 1
    after = vt + 3 if vt + 3 < len(s.low) and s.low[vt + 1] in fw.as_ else vt + 1  # "a declarar como testigo al ministro"
    opener = summons_end  # the "a"/"al" before the one summoned
    if summons_end < vt - 1 and s.low[summons_end] in fw.to_any:
        _end, subject, subject_text = _summoned_phrase(s, summons_end + 1, vt - 1, lexicon)  # "citó al alcalde a declarar"
    elif after < len(s.low) and s.low[after] in fw.to_any:
        opener = after
        phrase_end, subject, subject_text = _summoned_phrase(s, after + 1, s.segments[seg_index].t1, lexicon)  # "a declarar al alcalde"
        obj_from = phrase_end if after == vt + 1 else vt + 1
    elif s.token_at(summons.start) > 0 and s.low[s.token_at(summons.start) - 1] in fw.clitic and s.low[s.token_at(summons.start) - 1] not in fw.reflexive:
        subject = _sentence_subject_before(s, s.token_at(summons.start), lexicon)  # "El alcalde dimitió tras ... que la jueza lo citó"
    if not subject and not subject_text:
        return None
    if not subject and s.low[opener] in fw.contractions:
        subject_text = f"{fw.contractions[s.low[opener]]} {subject_text}"  # "al exconsejero": "el exconsejero"
    end = after if after > vt + 1 and obj_from == vt + 1 and subject_text else _object_end(s, obj_from - 1, seg_index)  # "como testigo", before the one summoned
    m = Mention(
        sentence=s.index, paragraph=s.paragraph, start=verb.start, end=verb.end, kind=kind, source="verb", lemma=lemma,
        verb=verb, tense=Tense.INFINITIVE if summons.direction == "past" else Tense.FUTURE, segment=seg_index, subject=subject, subject_text=None if subject else subject_text,
        obj=s.span_text(obj_from, end) if end > obj_from else None, obj_start=s.starts[obj_from] if end > obj_from else None,
        in_quote=s.in_quote[vt],
    )
    dated_after = any(t in s.timex_tokens for t in range(vt + 1, s.segments[seg_index].t1))
    m.clause_dated = dated_after  # "citó ayer a declarar al fiscal": the summons' day, not the testimony's
    if dated_after and not any(t in s.timex_tokens for t in range(summons_next, vt)):
        for told in mentions:
            if told.verb is summons:
                told.clause_dated = False  # the date is the act's, not the summons'
    return m


def _summoned_phrase(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> tuple[int, list[Ref], str]:
    """The noun phrase of the one summoned at token t (`noun_phrase`), with the name in a
    common noun phrase as its ref ("a la exconsellera Salomé Pradas": Salomé Pradas)."""
    end, refs, text = noun_phrase(s, t, limit, lexicon)
    if not refs:
        name = next((s.chunk_at[k] for k in range(t, end) if k in s.chunk_at), None)
        refs = _chunk_refs(s, name, lexicon) if name is not None else []
    return end, refs, text


def _sentence_subject_before(s: Sentence, t: int, lexicon: Lexicon) -> list[Ref]:
    """The subject of the first finite verb of the sentence before token t, of another
    clause: the one a clitic after it stands for ("El alcalde dimitió tras conocerse que la
    jueza lo había citado")."""
    first = next((k for k in sorted(s.verb_at) if k < t and s.verb_at[k].finite), None)
    if first is None or s.segment_of[first] == s.segment_of[t]:
        return []
    return _subject_before(s, first, lexicon)


def _object_end(s: Sentence, t: int, seg_index: int) -> int:
    """The end of the object after the verb at token t that the sentence does not read
    as a verb, up to the clause's end ("to file formal charges": "charges" may read as
    a verb)."""
    end = t + 1
    while end < min(s.segments[seg_index].t1, t + 7) and s.words[end] not in ".,;:" and end not in s.timex_tokens:
        end += 1
    return end


def _anchor_gerunds(s: Sentence, timexes: list[Timex], mentions: list[Mention], noun_mentions: dict[int, Mention], lexicon: Lexicon) -> list[Mention]:
    """The acts a gerund opening a relation's anchor tells ("arrested the man on
    Saturday, a week after releasing CCTV images": the release a week before), done by
    the subject of the clause the anchor hangs from; the sentence reads no verb there."""
    found = []
    taken = {m.start for m in mentions}
    for timex in timexes:
        relation = timex.relation
        if relation is None or relation.anchor.start is None or relation.anchor.end is None or relation.anchor.start >= relation.anchor.end or relation.anchor.start in taken:
            continue  # (an anchor cut off at the text's end is empty)
        t = s.token_at(relation.anchor.start)
        if not 0 <= t < len(s.low) or t in s.verb_at or t in noun_mentions or s.starts[t] != relation.anchor.start:
            continue
        read = read_verbs(s.text, s.starts[t], s.ends[t], lexicon.language)
        if len(read) != 1 or read[0].tense is not Tense.GERUND or read[0].lemma is None:
            continue
        lemma = read[0].lemma
        # the object's frame first, as for a finite verb ("before returning a verdict": a ruling, no journey)
        kind = _frame_kind(s, t + 1, lemma, lexicon) or lexicon.verb_kinds.get(lemma, (None, None))[0]
        if kind is None and not _act_lemma(lemma, lexicon) or kind == NO_EVENT:
            continue
        seg_index = s.segment_of[t]
        host = s.segments[s.segments[seg_index].host]
        subject = _subject_before(s, s.token_at(host.verbs[0].start), lexicon) if host.verbs else []
        end = _object_end(s, t, seg_index)
        while end > t + 1 and (s.low[end - 1] in lexicon.near_time_openers or end in s.timex_tokens and _date_preposition(s, end - 1, lexicon)):
            end -= 1  # "returning a verdict on Tuesday", "shortly after noon": the date's words, no object
        for k in range(t + 1, end) if kind != lexicon.verb_kinds.get(lemma, (None, None))[0] else ():
            noun = noun_mentions.get(k)
            if noun is not None and noun.kind == kind and noun.verb is None:
                noun.source = "consumed"  # "returning a verdict": the ruling the frame tells, no second one
        kind = kind or lexicon.generic_kind
        found.append(Mention(
            sentence=s.index, paragraph=s.paragraph, start=read[0].start, end=read[0].end, kind=kind, source="verb", lemma=lemma,
            verb=read[0], tense=Tense.GERUND, segment=seg_index, subject=subject,
            obj=s.span_text(t + 1, end) if end > t + 1 else None, obj_start=s.starts[t + 1] if end > t + 1 else None,
            in_quote=s.in_quote[t], generic=kind == lexicon.generic_kind,
        ))
    return found


def _office_term(s: Sentence, lemma: str, vt_end: int, lexicon: Lexicon) -> str | None:
    """The kind of the office held that the verb tells, by its lemma alone ("gobernar") or
    with the word after it ("dar clases"), or None."""
    if lemma in lexicon.office_terms:
        return lexicon.office_terms[lemma]
    if lemma not in lexicon.office_term_verbs or vt_end >= len(s.low):
        return None
    return lexicon.office_terms.get(f"{lemma} {s.low[vt_end]}")


def _until_date_in_clause(s: Sentence, seg_index: int, lexicon: Lexicon) -> bool:
    """Whether a date after "hasta" closes the clause's state ("dio clases hasta 1979")."""
    lo, hi = s.clause_range(seg_index)
    return any(k in s.timex_tokens and k not in s.duration_tokens and s.low[k - 1] in lexicon.fw.until for k in range(lo + 1, hi))


def _bounded_both_sides(s: Sentence, seg_index: int, lexicon: Lexicon) -> bool:
    """Whether the clause holds a stretch written by both its ends: "entre 2011 y
    2019", "desde 2011 hasta 2019" (a first date after "entre" or "desde", "y" or
    "hasta", the second date; "la región de 1995 a 2015" may be the region of 1995)."""
    lo, hi = s.clause_range(seg_index)
    fw = lexicon.fw
    dated = [k for k in range(lo, hi) if k in s.timex_tokens and k not in s.duration_tokens]
    for k in dated:
        if k - 1 < lo or s.low[k - 1] not in fw.between and s.low[k - 1] not in fw.from_ or k - 1 in s.timex_tokens:
            continue
        end = k
        while end + 1 < hi and end + 1 in s.timex_tokens:
            end += 1
        if end + 2 < hi and (s.low[end + 1] in fw.and_ or s.low[end + 1] in fw.until) and end + 2 in s.timex_tokens and end + 2 not in s.duration_tokens:
            return True
    return False


def _reporter_phrase(s: Sentence, seg_index: int, mentions: list[Mention], lexicon: Lexicon) -> str | None:
    """The common noun phrase subject of the reporting verb that a "que" clause with no
    subject of its own reports: "Su abogado anunció que acudirá al Constitucional" (he
    will); a name is carried by the actors, as for any dropped subject."""
    reporter = next((x for x in reversed(mentions) if x.sentence == s.index and x.segment < seg_index and x.source in ("reporting", "verb")), None)
    if reporter is None or reporter.source != "reporting" or reporter.subject or seg_index - reporter.segment > 1 or reporter.verb is None:
        return None
    # what is told opens right after the verb, past a date ("anunció hoy que"): not a
    # relative clause on a noun ("declared the end of an outbreak that killed 45")
    between = range(s.token_at(reporter.verb.end), s.segments[seg_index].t0)
    if any(k not in s.timex_tokens and not lexicon.fw.adverb(s.low[k]) and s.low[k] not in lexicon.fw.skip_adverb for k in between):
        return None
    return reporter.subject_text


def _done_to_someone(lemma: str | None, lexicon: Lexicon) -> bool:
    """Whether the verb is an event only when done to someone ("condenar a 20 años"
    in [verb_objects], while "condenar el atentado" is a statement): its passive ("fue
    condenado en 2021") is that event, done to the subject."""
    frames = lexicon.verb_objects.get(lemma or "", {})
    return any(word in frames for word in lexicon.fw.to_any)


def _dated_participle_aside(s: Sentence, vt: int, verb: Verb, lexicon: Lexicon) -> bool:
    """"El acusado, detenido en marzo de 2024, ...", "interrogó a un sospechoso, detenido
    el lunes": an event verb's participle opening a clause set off by a comma after a noun
    phrase, with a date of its own."""
    if verb.lemma not in lexicon.verb_kinds:
        return False
    seg_index = s.segment_of[vt]
    seg = s.segments[seg_index]
    dates_from = seg.t0
    first = _first_of_paired_aside(s, vt, lexicon)
    if first is not None:  # the second of two, as the first
        dates_from = vt
        seg_index, seg = first, s.segments[first]
        vt = seg.t0
    if vt != seg.t0:
        return False
    if seg_index == 0:
        # "Arrested on Monday, the man ...": no subject before it, so no preterite
        participle = verb.tense is Tense.PARTICIPLE or verb.tense is Tense.PRETERITE and may_be_participle(verb.text, lexicon.language)
        if not participle or _opening_aside_head(s, lexicon) is None:
            return False
        if vt + 1 < seg.t1 and vt + 1 not in s.timex_tokens and s.low[vt + 1] in lexicon.fw.article:
            return False  # "Convocada la huelga para el lunes, ...": the participle's own subject, no aside
    elif verb.tense is not Tense.PARTICIPLE and not _bare_past_participle(s, vt, verb, lexicon):
        return False
    elif s.words[seg.t0 - 1] != ",":
        return False
    elif s.segments[seg_index - 1].verbs:
        head = _aside_head(s, seg_index, lexicon)
        if head is None:
            return False  # "la policía lo buscó durante meses, detenido ...": no noun phrase before
        if any(word.lower() in lexicon.nouns for word in head.split()[1:2]):
            return False  # "mantienen la huelga, convocada el 2 de diciembre": the event noun's date
    # "Courtois, lesionado desde el 10 de enero, ...": a state since then, no event
    return any(
        k in s.timex_tokens and k not in s.duration_tokens and k - 1 not in s.timex_tokens and s.low[k - 1] not in lexicon.fw.from_
        for k in range(dates_from, s.segments[s.segment_of[dates_from]].t1)
    )


def _bare_past_participle(s: Sentence, vt: int, verb: Verb, lexicon: Lexicon) -> bool:
    """Whether a past form read as finite is a participle by what follows it: a date or
    a preposition, no object ("questioned a suspect, arrested on Monday"; "arrested him
    on Monday" is a second act of the subject)."""
    nxt = s.token_at(verb.end)
    return verb.tense is Tense.PRETERITE and may_be_participle(s.low[vt], lexicon.language) and nxt < len(s.low) and (nxt in s.timex_tokens or s.low[nxt] in lexicon.prepositions)


def _first_of_paired_aside(s: Sentence, vt: int, lexicon: Lexicon) -> int | None:
    """The segment of the first participle aside when the participle at vt follows it
    after "y"/"and" ("nacida hacia 1535 y fallecida en Palermo en 1625"), else None."""
    seg_index = s.segment_of[vt]
    seg = s.segments[seg_index]
    if vt == seg.t0 + 1 and seg.opener in lexicon.fw.coordinator and seg_index > 0 and s.participle_at(s.segments[seg_index - 1].t0):
        return seg_index - 1
    return None


def _aside_head(s: Sentence, seg_index: int, lexicon: Lexicon) -> str | None:
    """The noun phrase an aside is set off from: "El acusado" in "El acusado, detenido..."."""
    if seg_index == 0:
        return _opening_aside_head(s, lexicon)
    before = s.segments[seg_index - 1]
    if before.verbs:
        # "interrogó a un sospechoso, detenido el lunes": the phrase closing the clause
        return _agreeing_phrase_before(s, s.segments[seg_index].t0 - 2, s.low[s.segments[seg_index].t0], lexicon)
    begin = before.t0 + (before.opener is not None and s.low[before.t0] == before.opener)  # "que el acusado, detenido ..."
    begin += begin < before.t1 and s.low[begin] in lexicon.fw.according_to  # "Según el último informe ..., publicado el viernes"
    end = s.segments[seg_index].t0 - 1
    # a name counts as one word: "el último informe del Instituto de Salud Carlos III"
    if end - begin - sum(s.chunks[c].t1 - s.chunks[c].t0 - 1 for c in {s.chunk_at[k] for k in range(begin, end) if k in s.chunk_at}) > 8:
        return None
    return s.span_text(begin, end) or None


def _opening_aside_head(s: Sentence, lexicon: Lexicon) -> str | None:
    """The subject of the clause after an aside that opens the sentence, which the aside
    tells of: "el empresario" in "Detenido el lunes en Lisboa, el empresario será
    extraditado"; None when no clause with its subject before its verb follows."""
    if len(s.segments) < 2 or s.words[s.segments[0].t1 - 1] != "," or not s.segments[1].verbs or s.segments[1].opener is not None:
        return None
    vt = s.token_at(s.segments[1].verbs[0].start)
    while vt > s.segments[1].t0 and s.low[vt - 1] in lexicon.fw.clitic:
        vt -= 1  # "Olmedo se trasladó": the subject without its clitic
    return _patient(s, vt, lexicon)


def _patient(s: Sentence, vt: int, lexicon: Lexicon) -> str | None:
    """The phrase before a passive verb, as written ("Dos hombres", "El partido")."""
    fw = lexicon.fw
    seg = s.segments[s.segment_of[vt]]
    end = vt
    while end > seg.t0 and (end - 1 in s.timex_tokens or fw.adverb(s.low[end - 1]) or s.low[end - 1] in fw.skip_adverb):
        end -= 1
    if end - 1 > seg.t0 and end in s.timex_tokens and s.low[end - 1] in lexicon.prepositions:
        while end < vt and end in s.timex_tokens:
            end += 1  # "The consumer price index for November is due": the period is the record's
    begin = seg.t0 + (1 if seg.opener is not None and s.low[seg.t0] == seg.opener else 0)
    while begin < end and (s.low[begin] in fw.coordinator or s.words[begin] in ",;:"):
        begin += 1
    if begin >= end or end - begin > 8:
        return None
    for k in range(begin, end):
        verb = s.verb_of(k)
        if s.words[k] in ',;:()"«»“”' or verb is not None and verb.finite:
            return None
    return s.span_text(begin, end)


def _fronted_phrase(s: Sentence, seg_index: int, lexicon: Lexicon) -> str | None:
    """The noun phrase set off by commas before this clause, past asides and
    relative clauses: "El conductor, de 58 años, fue detenido", "El conductor que
    huyó el lunes fue detenido" -> "El conductor"."""
    k = seg_index - 1
    while k >= 0 and (not s.segments[k].verbs and s.segments[k].opener is None or s.segments[k].opener in lexicon.fw.relative):
        seg = s.segments[k]
        if seg.opener is not None:
            k -= 1
            continue
        end = seg.t1 - 1 if s.words[seg.t1 - 1] in ",;:" else seg.t1
        if end > seg.t0 and s.low[seg.t0] in lexicon.fw.article and _apposed_to_phrase(s, k, lexicon):
            k -= 1  # "El vuelo de prueba del A380, el mayor jet del mundo, ha sido retrasado": the flight
            continue
        if end > seg.t0 and s.low[seg.t0] in lexicon.fw.article:
            stop, _refs, text = noun_phrase(s, seg.t0, end, lexicon)
            if seg.t0 + 1 < stop < end and (s.low[stop] in lexicon.fw.contraction or s.low[stop] in lexicon.fw.of_any):
                return text  # "El vuelo de prueba del nuevo superjumbo Airbus A380,": the phrase up to its second "de"
            return text if stop == end and text else None
        k -= 1
    return None


def _apposed_to_phrase(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether segment k, set off by commas, follows a phrase opened by an article and
    closed by a comma, with no verb: an apposition to it ("El vuelo, el primero del
    nuevo avión, ...")."""
    if k == 0:
        return False
    before = s.segments[k - 1]
    return not before.verbs and before.opener is None and before.t1 == s.segments[k].t0 and s.words[before.t1 - 1] == "," and s.low[before.t0] in lexicon.fw.article


def _may_be_generic(s: Sentence, verb: Verb, lexicon: Lexicon) -> bool:
    """Whether a verb the lexicon has no kind for may make a clause event: a finite
    verb in the indicative that is not a state, a copula or a modal."""
    lemma = verb.lemma
    if verb.finite and verb.tense not in _SUBJUNCTIVE and _pronominal_event(s, verb, lexicon):
        return True
    # "después de que la Consejería rechazara el lunes su propuesta": a subjunctive that tells what happened
    # ("prevé que la ley entre en vigor el 1 de enero": a plan)
    seg = s.segments[s.segment_of[s.token_at(verb.start)]]
    told = verb.tense not in _SUBJUNCTIVE or _factual_que(s, seg, lexicon) or _planned_que(s, seg, lemma, lexicon)
    return bool(verb.finite and lemma and _act_lemma(lemma, lexicon) and told)


def _may_be_act(s: Sentence, verb: Verb, allowed: tuple[Timex, int] | None, lexicon: Lexicon) -> bool:
    """Whether a verb the lexicon has no kind for may make a clause event (see
    `_may_be_generic`), or is the act of an infinitive given time to be done ("Los grupos
    tienen hasta el 1 de diciembre para presentar enmiendas", as "have until Friday to
    file objections")."""
    return _may_be_generic(s, verb, lexicon) or allowed is not None and _act_lemma(verb.lemma, lexicon) or _signalled_date_end(s, s.token_at(verb.start), verb, lexicon) is not None


def _signalled_date_end(s: Sentence, vt: int, verb: Verb, lexicon: Lexicon) -> int | None:
    """For an infinitive or gerund right after "antes de"/"tras"/"before"/"after" with a
    date of its own in its clause ("antes de trasladarse a Madrid en 1954", "after moving
    to London in 1961"), an act then, as a finite verb with that date would be: the token
    after that date; else None."""
    if verb.tense not in (Tense.INFINITIVE, Tense.GERUND) or not _act_lemma(verb.lemma, lexicon) or vt == 0:
        return None
    found = _signal_ending_at(s, vt - 1, lexicon)
    if found is None or found[0] not in ("before", "after"):
        return None
    seg = s.segments[s.segment_of[vt]]
    vt_end = s.token_at(verb.end - 1) + 1
    end = next((k for k in range(vt_end, min(seg.t1, vt_end + 8)) if k in s.timex_tokens and k not in s.duration_tokens), None)
    if end is None:
        return None
    while end in s.timex_tokens:
        end += 1
    return end


def _act_lemma(lemma: str | None, lexicon: Lexicon) -> bool:
    """Whether a verb the lexicon has no kind for tells an act, not a state, a saying
    or a topic ("expect a decision": the decision is what happens)."""
    return lemma not in lexicon.states and lemma not in lexicon.reporting and (lemma not in lexicon.topic or lemma in lexicon.dated_topic_events)


def _pronominal_event(s: Sentence, verb: Verb, lexicon: Lexicon) -> bool:
    """"se constituirán", "se debatirá": a state or topic verb that is an act with "se"."""
    vt = s.token_at(verb.start)
    return verb.lemma in lexicon.pronominal_events and vt > 0 and s.low[vt - 1] in lexicon.fw.reflexive


def _said_at_occasion(s: Sentence, seg_index: int, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> bool:
    """"explicó en rueda de prensa que ...", "dijo en un comunicado que ...", "explicó
    en la rueda de prensa posterior a la reunión que ...": a "que" closing the clause
    where a reporting verb names its occasion opens what was said, not a relative
    clause about the occasion."""
    before = s.segments[seg_index].t0 - 1
    if before < 0:
        return False
    host = s.segment_of[before]
    # the occasion is where the saying was, after a preposition: "pidió la comparecencia de
    # la presidenta en la Asamblea, que debatirá": what is asked for, and a relative after it
    if not any(m.lemma in lexicon.occasions and s.segment_of[(t := s.token_at(m.start))] == host and s.low[_token_before_phrase(s, t, lexicon)] in lexicon.prepositions for m in noun_mentions.values()):
        return False
    return any(verb.lemma in lexicon.reporting for verb in s.segments[host].verbs)


def _names_competition(s: Sentence, segment: int, lexicon: Lexicon) -> bool:
    """Whether the segment's clause names a sports competition ("en la Liga de Campeones")."""
    lo, hi = s.clause_range(segment)
    return any(entity is not None and entity.type == "competition" for chunk in s.chunks if lo <= chunk.t0 < hi for _t0, _t1, entity, _text in chunk.parts)


def _per_unit_after_figure(s: Sentence, t: int, limit: int, lexicon: Lexicon) -> bool:
    """Whether token t is an indefinite article right after a figure, before one noun
    that ends the phrase ("$65.16 a barrel", "$4 a gallon"): the unit it is per."""
    if not (0 < t and t + 1 < limit and s.low[t] in lexicon.fw.indefinite and s.words[t - 1][:1].isdigit()):
        return False
    return t + 2 >= len(s.words) or not s.words[t + 2].isalpha() or s.low[t + 2] in lexicon.prepositions


def _named_opponent(s: Sentence, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether a name follows the verb, past a date, with no article before it
    ("face Brentford on Dec. 3", "play Bayern Munich"; "faces a lawsuit" has none)."""
    t = vt_end
    while t < len(s.low) and (t in s.timex_tokens or _date_preposition(s, t, lexicon)):
        t += 1
    return t < len(s.words) and s.words[t][:1].isupper() and s.low[t] not in lexicon.function_words and t not in s.verb_token


def _past_dates(s: Sentence, t: int, lexicon: Lexicon) -> int:
    """The token after the dates and their prepositions from token t ("play on Friday at
    Golden State": at "at")."""
    while t < len(s.low) and (t in s.timex_tokens or _date_preposition(s, t, lexicon)):
        t += 1
    return t


def _away_opponent(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether token t is "at" before a name, right after it, that the gazetteer knows as
    no place and that ends in no venue word: in a match, the opponent at its ground ("The
    Lakers play at Golden State"; "at Boston", "at Madison Square Garden", "at the Forum"
    are places)."""
    if t + 1 >= len(s.low) or s.low[t] not in lexicon.away_prepositions or t + 1 not in s.chunk_at:
        return False
    chunk = s.chunks[s.chunk_at[t + 1]]
    if chunk.t0 != t + 1 or s.words[chunk.t1 - 1] in lexicon.venue_words or fold(chunk.text) in lexicon.venues:
        return False
    return not any(p[2] is not None and (p[2].is_place or not p[2].is_actor) for p in chunk.parts)


def _state_until(s: Sentence, vt_end: int, lexicon: Lexicon) -> str | None:
    """The kind of the state a word of absence or closing tells, after the copula or a
    verb of lasting and before "until" + a date ("will be out until mid-December": an
    absence; "Los colegios permanecerán cerrados hasta el viernes": a closure), or None."""
    for size in (3, 2, 1):  # "estuvo en prisión preventiva hasta 2009", "estará de baja hasta enero", "will be out until mid-December"
        if not (vt_end + size + 1 < len(s.low) and s.low[vt_end + size] in lexicon.fw.until and vt_end + size + 1 in s.timex_tokens):
            continue
        words = " ".join(s.low[vt_end : vt_end + size])
        kind = "absence" if words in lexicon.absence_words else lexicon.states_until.get(words)
        if kind is not None:
            return kind
    return None


def _with_named_person(s: Sentence, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether "with" and a name follow the verb ("appear with Governor Brian Kemp";
    "with his lawyer", "with a delay" have none)."""
    return vt_end + 1 < len(s.words) and s.low[vt_end] in lexicon.fw.with_ and s.words[vt_end + 1][:1].isupper() and s.low[vt_end + 1] not in lexicon.function_words


def _sports_sentence(s: Sentence, lexicon: Lexicon) -> bool:
    """Whether the sentence names a sports competition or a game ("in the Champions
    League", "a midweek fixture"): the sentence of a match between two names."""
    # ("before a five-game road trip": a hyphened count of games names them too)
    return any(w in lexicon.match_words or "-" in w and w.rsplit("-", 1)[1] in lexicon.match_words for w in s.low) or any(
        entity is not None and entity.type == "competition" for chunk in s.chunks for _t0, _t1, entity, _text in chunk.parts
    )


def _counted_phrase(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the phrase at t opens with a number or a quantifier ("50 personas", "varios vecinos")."""
    return s.words[t][:1].isdigit() or s.low[t] in lexicon.fw.quantifier or s.low[t] in lexicon.series_counts


def _crimes_held_for(s: Sentence, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> None:
    """A crime noun a few words after what someone is held for ("a man suspected of a
    string of armed robberies", "served four years in prison for burglary") came before
    the clause: it takes none of the clause's dates."""
    if not lexicon.crime_reasons:
        return
    crime_ends = _phrase_ends(lexicon.crime_reasons)  # most words end no phrase: the tuples are built only at those
    for t, noun in noun_mentions.items():
        for back in range(1, 6):
            k = t - back
            if k < 1 or k in s.verb_token and s.verb_of(k).finite or s.words[k] in ",;:":  # type: ignore[union-attr]
                break
            if s.low[k] in crime_ends and any(k + 1 >= len(p) and tuple(s.low[k + 1 - len(p) : k + 1]) == p for p in lexicon.crime_reasons):
                noun.clause_dated, noun.held_for = False, True
                break


def _stance_nouns(s: Sentence, noun_mentions: dict[int, Mention], lexicon: Lexicon) -> None:
    """An event noun after a stance ("votó a favor de la huelga entre el 20 y el 24 de
    octubre", "se manifestaron en contra de la reforma") is what the stance is about:
    its clause's date is the vote's, not the strike's."""
    if not lexicon.stances:
        return
    for t, noun in noun_mentions.items():
        if stance_before(s, t, lexicon):
            noun.topic, noun.clause_dated, noun.clause_tense = True, False, None


def stance_before(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether a stance ("a favor de", "en contra del") stands right before the noun at
    token t, past its article."""
    k = t - 1
    if k > 0 and s.low[k] in lexicon.fw.article:
        k -= 1
    if k < 0 or s.low[k] not in _phrase_ends(lexicon.stances):
        return False  # most nouns follow no stance's last word: no tuple built
    return any(k + 1 >= len(p) and tuple(s.low[k + 1 - len(p) : k + 1]) == p for p in lexicon.stances)


@functools.lru_cache(maxsize=64)
def _phrase_ends(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The last words of `phrases` (a lexicon's, read once): a word that is none of them
    ends none of the phrases."""
    return frozenset(p[-1] for p in phrases if p)


@functools.lru_cache(maxsize=64)
def _phrase_firsts(phrases: frozenset[tuple[str, ...]] | tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first words of `phrases` (a lexicon's, read once): a word that is none of
    them opens none of the phrases."""
    return frozenset(p[0] for p in phrases if p)


def _blamed_nouns(s: Sentence, t: int, seg_index: int, same_clause: list[tuple[int, Mention]], lexicon: Lexicon) -> None:
    """The nouns after the "de" + infinitive of a verb of blaming (from token t):
    "acusaron a la consejera de romper la negociación" tells no talks of that date."""
    hi = s.clause_range(seg_index)[1]
    blamed = None
    for k in range(t, hi - 1):
        if s.low[k] in lexicon.fw.of:
            after = k + 1 + (s.words[k + 1] in "\"«“")  # de "romper la negociación"
            verb = s.verb_at.get(after)
            if verb is not None and verb.tense is Tense.INFINITIVE:
                blamed = k
                break
    if blamed is None:
        return
    for k, noun in same_clause:
        if k > blamed:
            noun.topic = True
            noun.clause_dated = False
            noun.clause_tense = None


def _played(s: Sentence, t1: int, segment: int, lexicon: Lexicon) -> bool:
    """Whether the clause of a noun ending at t1 tells of a game: it names a
    competition, a score ("2-1") or, after the noun, an opponent ("ante el Betis")."""
    if _names_competition(s, segment, lexicon):
        return True
    lo, hi = s.clause_range(segment)
    if any(s.words[k + 1] == "-" and s.words[k].isdigit() and s.words[k + 2].isdigit() for k in range(lo, hi - 2)):
        return True
    facing = next((k for k in range(t1, hi - 1) if s.low[k] in lexicon.fw.facing), None)
    return facing is not None and _skip_determiners(s, facing + 1, hi, lexicon) in s.chunk_at


def _campaign_clause(s: Sentence, segment: int, lexicon: Lexicon) -> bool:
    """Whether the clause of a noun names a race for votes ("for the candidate", "the
    senator's reelection campaign")."""
    lo, hi = s.clause_range(segment)
    return any(s.low[k] in lexicon.campaign_cues for k in range(lo, hi))


def _with_se_or_person(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """"se reunió", "reunirse", "reunió a los ministros": the verb has "se" before or
    on it, or "a" + someone after it."""
    if _with_se(s, vt, vt_end, lexicon):
        return True
    return _to_someone(s, vt_end, lexicon) and not _audience(s, vt, vt_end, lexicon)


def _with_se(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """"se reunió", "reunirse", "mudándose": the verb has "se" before or on it."""
    fw = lexicon.fw
    verb = s.verb_at.get(vt)
    enclitic = verb is not None and verb.tense in (Tense.INFINITIVE, Tense.GERUND)  # not "reuniese"
    return vt > 0 and s.low[vt - 1] in fw.reflexive or enclitic and any(s.low[t].endswith(tuple(fw.reflexive)) for t in range(vt, vt_end))


def _audience(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """"el festival reunió a 85.000 espectadores", "el museo recibió a 85.000
    visitantes": a thing counts the people it drew, a figure ("Sánchez reunió a 20
    empresarios" and "el presidente recibió a 20 empresarios" met them)."""
    t = _after_to(s, vt_end, lexicon)
    if t is None or not _crowd(s, t, lexicon):
        return False
    subject = _np_subject(s, vt, lexicon) or _relative_antecedent_phrase(s, vt, lexicon) or _coordinated_np_subject(s, vt, lexicon)
    return subject is not None and _head(subject, lexicon).lower() not in lexicon.roles


def _coordinated_np_subject(s: Sentence, vt: int, lexicon: Lexicon) -> str | None:
    """The common noun phrase subject of the clause before the "y" that opens the clause of
    the verb at vt, which writes none ("La protesta se celebró sin incidentes y reunió a
    unas 3.000 personas": the protest), or None."""
    seg_index = s.segment_of[vt]
    seg = s.segments[seg_index]
    if seg.opener not in lexicon.fw.coordinator or vt != seg.t0 + 1 or seg_index == 0:
        return None
    before = s.segments[seg.host] if seg.host != seg_index else s.segments[seg_index - 1]
    if not before.verbs:
        return None
    return _np_subject(s, s.token_at(before.verbs[0].start), lexicon)


def _relative_antecedent_phrase(s: Sentence, vt: int, lexicon: Lexicon) -> str | None:
    """The noun phrase before the "que" opening the clause of the verb at vt ("La feria,
    que el año pasado reunió a más de 30.000 visitantes": the fair), or None."""
    seg = s.segments[s.segment_of[vt]]
    if seg.opener not in lexicon.fw.relative or seg.t0 < 1:
        return None
    t = seg.t0 - 1 - (s.words[seg.t0 - 1] == ",")
    return _phrase_before(s, t, lexicon) if t >= 0 else None


def _to_someone(s: Sentence, vt_end: int, lexicon: Lexicon) -> bool:
    """"reunió a los ministros", "detuvo el lunes a tres personas": "a" + someone
    right after the verb, past a date."""
    return _after_to(s, vt_end, lexicon) is not None


def _after_to(s: Sentence, vt_end: int, lexicon: Lexicon) -> int | None:
    """The token after an "a" written right after the verb, past a date and a place,
    or None."""
    t = vt_end
    while t < len(s.low):
        if t in s.timex_tokens:  # "reunió el lunes a los ministros"
            t += 1
        elif s.low[t] in lexicon.fw.to_any and _opens_date(s, t + 1, lexicon):
            t += 2  # "reunirá a partir del lunes 65 obras": the date's "a partir"
        elif s.low[t] in lexicon.fw.in_ and t + 1 in s.chunk_at:
            place, after = _place_after(s, t + 1, len(s.low), lexicon)
            if place is None:
                break
            t = _past_parenthesis(s, after)  # "detuvo ayer en Barakaldo (Bizkaia) a un hombre"
        else:
            break
    return t + 1 if t < len(s.low) and s.low[t] in lexicon.fw.to_any else None


def _past_parenthesis(s: Sentence, t: int) -> int:
    """The token after a short aside in brackets at t ("Barakaldo (Bizkaia)"), else t."""
    if t < len(s.words) and s.words[t] == "(":
        close = next((k for k in range(t + 1, min(len(s.words), t + 6)) if s.words[k] == ")"), None)
        if close is not None:
            return close + 1
    return t


def _crowd(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the phrase at t counts people who hold no role ("a 85.000
    espectadores", "a más de 200 invitados"): an audience gathered, not people met
    ("a tres ministros" are met)."""
    modifier = next((m for m in lexicon.count_modifiers if tuple(s.low[t : t + len(m)]) == m), ())
    t += len(modifier)
    if t >= len(s.low) or not (s.words[t][:1].isdigit() or s.low[t] in lexicon.series_counts):
        return False
    return not _is_role(s, t + 1, lexicon)


def _object_left_out(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the verb ending before token t goes straight, past a date, to its "a"
    complement, its object left out ("que atribuyó ayer a problemas informáticos")."""
    while t < len(s.low) and t in s.timex_tokens:
        t += 1
    return t < len(s.low) and s.low[t] in lexicon.fw.to_any


def _declared_participle(s: Sentence, t: int, lemma: str, lexicon: Lexicon) -> tuple[int, Verb] | None:
    """"los bomberos dieron por estabilizado el incendio": (token, verb) of the participle
    a declaring verb governs through its preposition at t, whose act the subject
    declares done; or None."""
    preposition = lexicon.declaring.get(lemma)
    if preposition:  # "dar por"; "declarar" takes it bare ("se declaró extinguido")
        if t >= len(s.low) or s.low[t] != preposition:
            return None
        t += 1
    verb = s.verb_at.get(t) if preposition is not None else None
    if verb is None or verb.tense is not Tense.PARTICIPLE or verb.lemma is None:
        return None
    return t, verb


def _aspect_infinitive(s: Sentence, t: int, lemma: str, lexicon: Lexicon, tense: Tense | None = None) -> tuple[int, Verb] | None:
    """"comenzó a subir", "volvió a ganar": (token, verb) of the infinitive an aspect
    verb governs through its preposition ("will begin buying": of the gerund right after it); "deberá comparecer": the one a verb of
    obligation governs bare, due now or later ("debía terminar en diciembre" was
    due and may not have happened); "prevé licitar", "tiene previsto abrir": the one a
    plan in the present or future governs; or None."""
    plan = _plan_infinitive_start(s, t, lemma, lexicon, tense)
    if plan is not None:
        t = plan  # the token before the infinitive
    elif lemma in lexicon.obligation:
        if tense not in _DUE and not (tense is Tense.PRETERITE and lemma in lexicon.obligation_met):
            return None
        if lemma not in lexicon.obligation_by_que:
            t -= 1  # no preposition between
        elif t >= len(s.low) or s.low[t] not in lexicon.fw.complementiser:
            return None  # "tendrá que comparecer"; "tiene diez días" is no obligation
    elif lemma in lexicon.aspect_gerund:
        verb = s.verb_at.get(t) if t < len(s.low) else None
        return (t, verb) if verb is not None and verb.tense is Tense.GERUND and verb.lemma is not None else None
    elif lemma not in lexicon.aspect:
        return None
    else:
        while t < len(s.low) and (t in s.timex_tokens and t not in s.duration_tokens or _date_preposition(s, t, lexicon, durations=False)):
            t += 1  # "obligó el domingo a desalojar", "agreed on Monday to buy"
        if t >= len(s.low) or s.low[t] not in lexicon.fw.to and s.low[t] not in lexicon.fw.of:
            return None
    if t + 1 >= len(s.low):
        return None
    verb = s.verb_at.get(t + 1)
    if verb is None or verb.tense is not Tense.INFINITIVE or verb.lemma is None:
        return None
    if lemma in lexicon.permission and s.low[t + 1].endswith(tuple(lexicon.fw.reflexive)):
        return None  # "la exposición podrá visitarse hasta junio": open to all, no act
    return t + 1, verb


def _period_closed(s: Sentence, t: int, lemma: str | None, lexicon: Lexicon) -> bool:
    """Whether the verb of `lemma` ending before token t closes a period, its date the object
    and "con" after it ("cerrará el año con un déficit del 2,5 %": what the year ends with)."""
    if lemma not in lexicon.period_closings or t not in s.timex_tokens or t in s.duration_tokens:
        return False
    period = False
    while t < len(s.low) and t in s.timex_tokens:
        period = period or s.low[t] in lexicon.closed_periods or len(s.low[t]) == 4 and s.low[t].isdigit()
        t += 1
    return period and t < len(s.low) and s.low[t] in lexicon.fw.with_


def _plan_infinitive_start(s: Sentence, t: int, lemma: str, lexicon: Lexicon, tense: Tense | None) -> int | None:
    """The token before the infinitive a plan in the present or future governs from token t
    after its verb ("El Ayuntamiento prevé licitar las obras", "tiene previsto abrir la
    fábrica": the participle's token); None when the verb plans nothing."""
    if tense not in _DUE:
        return None  # "preveía abrir la fábrica": a plan of then, perhaps dropped
    if lemma in lexicon.planning:
        return t - 1  # no preposition between
    if lemma in lexicon.plan_holders and t < len(s.low):
        participle = s.verb_at.get(t)
        if participle is not None and participle.tense is Tense.PARTICIPLE and participle.lemma in lexicon.plan_participles:
            return t
    return None


def _frame_kind(s: Sentence, t: int, lemma: str | None, lexicon: Lexicon) -> str | None:
    """The kind a verb takes with a given complement ("subir los tipos": a rate rise;
    "condenar a 20 años": a conviction): [verb_objects] keyed by the verb and the
    first word after it or the head of its object."""
    frames = lexicon.verb_objects.get(lemma or "")
    if not frames:
        return None
    if t < len(s.low) and s.verb_at.get(t) is not None and s.verb_at[t].tense is Tense.INFINITIVE:
        t += 1  # "comenzó a subir" was given the infinitive's token
    while t < len(s.low) and (t in s.timex_tokens and t not in s.duration_tokens or lexicon.fw.adverb(s.low[t]) or s.low[t] in lexicon.fw.clitic or s.low[t] in lexicon.also or _date_preposition(s, t, lexicon, durations=False)):
        t += 1  # past a date and its preposition: "rechazó en septiembre un recurso"; past "además"
    while t + 1 < len(s.low) and s.low[t] in lexicon.fw.to_any and _opens_date(s, t + 1, lexicon):
        t += 2  # "recibirán a partir del miércoles un correo": the date's words, no one received
        while t < len(s.low) and t in s.timex_tokens:
            t += 1
    t = _place_before_object(s, t, lexicon)  # "presentará el 2 de diciembre en las Corts los presupuestos"
    if t >= len(s.low) or s.low[t] in lexicon.fw.complementiser or s.low[t] in lexicon.fw.of_any and t + 1 < len(s.low) and s.low[t + 1] in lexicon.fw.complementiser:
        return None  # "reported that sales fell", "advirtió de que": a clause, no object
    words = [s.low[t]]
    head = _skip_determiners(s, t, min(len(s.low), t + 6), lexicon)
    if head < len(s.low):
        words.append(s.low[head])
    words += s.low[head + 1 : head + 3]  # "decretó tres días de luto": the noun after "de"
    past_date = _past_date(s, head + 1, lexicon)
    if past_date > head + 1 and past_date < len(s.low):
        words.append(s.low[past_date])  # "charged him on Monday with murder": the word after the date
    if _genitive(s, head + 1, lexicon):
        words += s.low[head + 3 : head + 5]  # "meet Ukraine's financing needs": the possessed noun
    after_age = _after_age(s, head)
    if after_age is not None:
        words.append(s.low[after_age])  # "found Sarah Holt, 41, guilty"
    if s.low[t] in lexicon.fw.to_any:
        # "recibió al primer ministro": the one received before the preposition
        k = _skip_determiners(s, t + 1, min(len(s.low), t + 6), lexicon)
        while k < len(s.low) and s.low[k] in lexicon.fw.quantifier:
            k += 1
        if k < len(s.low):
            words.insert(0, s.low[k])
    if words[0] in lexicon.particles.get(lemma or "", ()) and lemma in lexicon.particle_event_objects and not _event_noun_after(s, t + 1, lexicon):
        return None  # "pushed back the protesters": no postponement
    freedom = None if lexicon.freedoms.keys().isdisjoint(words) else next((k for k in range(t, min(len(s.low), head + 3)) if s.low[k] in lexicon.freedoms), None)
    if freedom is not None and _freedom_to_act(s, freedom, lexicon):
        words = [word for word in words if word != s.low[freedom]]  # "quedó en libertad de elegir": no release
    for word in words:
        kind = frames.get(word) or frames.get(word.rstrip("s")) or frames.get(word + "s")
        if kind:
            return kind
    return None


def _freedom_to_act(s: Sentence, k: int, lexicon: Lexicon) -> bool:
    """Whether the frame noun at k names a freedom to do something ("libertad de elegir",
    "libertad para negociar", "libertad de voto"; see [freedoms])."""
    if k + 2 >= len(s.low) or not (s.low[k + 1] in lexicon.fw.of_any or s.low[k + 1] in lexicon.time_allowed_purpose):
        return False
    after = s.verb_at.get(k + 2)
    return after is not None and after.tense is Tense.INFINITIVE or s.low[k + 2] in lexicon.freedoms[s.low[k]]


def _in_participle_aside_before(s: Sentence, t: int, vt: int) -> bool:
    """Whether token t lies in an aside opened by a participle that closes before the verb
    at vt ("El cuñado, detenido en octubre de 2023 en Alicante, será juzgado")."""
    if t >= vt:
        return False
    opening = next((k for k in range(t - 1, max(-1, t - 12), -1) if s.words[k] == ","), None)
    closing = next((k for k in range(t + 1, vt) if s.words[k] == ","), None)
    return opening is not None and closing is not None and _participle_aside(s, range(opening, closing + 1))


def _place_before_object(s: Sentence, t: int, lexicon: Lexicon) -> int:
    """Token t, or the token after a place's name opened by "en" at t when an object
    follows it with its article ("presentará en las Corts los presupuestos": the budget)."""
    fw = lexicon.fw
    if t + 1 >= len(s.low) or s.low[t] not in fw.in_:
        return t
    k = t + 2 if s.low[t + 1] in fw.definite else t + 1
    if k not in s.chunk_at:
        return t
    end = s.chunks[s.chunk_at[k]].t1
    return end if end < len(s.low) and (s.low[end] in fw.definite or s.low[end] in fw.indefinite or s.low[end] in fw.possessive) else t


def _named_in_quotes(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun phrase opening at token t is followed by a quoted word in lower
    case, what it is named: "called the strike "reckless"" (not "called a strike for
    Friday", nor a title in quotes: "called the "Save Our Jobs" strike")."""
    k = _skip_determiners(s, t, min(len(s.low), t + 6), lexicon)
    end = min(len(s.low), k + 4)
    while k < end and s.words[k].isalpha() and s.low[k] not in lexicon.prepositions and k not in s.timex_tokens:
        k += 1
    return k > t and k + 1 < len(s.words) and s.words[k] in ('"', "“") and s.words[k + 1][:1].islower()


def _past_date(s: Sentence, t: int, lexicon: Lexicon) -> int:
    """The token after a date (and its preposition) opening at token t; t when none does."""
    while t < len(s.low) and (t in s.timex_tokens and t not in s.duration_tokens or _date_preposition(s, t, lexicon, durations=False)):
        t += 1
    return t


def moves_by_particle(s: Sentence, verb: Verb, lexicon: Lexicon) -> bool:
    """Whether the verb and the particle right after it move an event as a verb of moving
    does ("The vote has been put off until June"; temporal.toml move_phrases)."""
    if not lexicon.move_phrases or verb.lemma is None:
        return False
    t = s.token_at(verb.end - 1) + 1
    return t < len(s.low) and f"{verb.lemma} {s.low[t]}" in lexicon.move_phrases


def _moving_particle(s: Sentence, t: int, lemma: str, lexicon: Lexicon) -> bool:
    """Whether the word at token t is the particle that makes the light verb before it one
    of moving an event: "The vote has been put off until June" (the vote, moved; "will put
    its bill to a vote" holds it)."""
    return lemma in lexicon.particle_event_objects and t < len(s.low) and s.low[t] in lexicon.particles.get(lemma, ())


def _event_noun_after(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Whether the noun phrase opening at token t is headed by an event noun ("the
    launch of its mission", "its Artemis II launch")."""
    t = _skip_determiners(s, t, min(len(s.low), t + 6), lexicon)
    while t < len(s.low) and s.low[t] in lexicon.fw.possessive:
        t += 1
    for k in range(t, min(t + 4, len(s.low))):
        if s.low[k] in lexicon.nouns and k not in s.timex_tokens:
            return True  # (a month is no noun: "was pushed back to March")
        if s.low[k] in lexicon.fw.of or not s.words[k][:1].isalnum():
            return False  # past the head: "the launch of", "the crowd,"
    return False


def _passive_frame(s: Sentence, vt: int, lemma: str | None, lexicon: Lexicon) -> str | None:
    """[verb_objects] for a passive verb: keyed by the noun before it, past a relative
    pronoun, what is done to ("a tsunami advisory that was lifted early Tuesday")."""
    frames = lexicon.verb_objects.get(lemma or "")
    k = vt - 1
    if k > 0 and s.low[k] in lexicon.fw.relative:
        k -= 1
    if not frames or k < 0:
        return None
    if s.words[k] == ",":
        k = _word_before_aside(s, k, lexicon)  # "The prize, worth 50,000 euros, will be awarded"
    word = s.low[k]
    frame = frames.get(word) or frames.get(word.rstrip("s"))
    head = _head_before_complement(s, k, lexicon) if frame is None else None
    # "The prize for financial journalism, worth 10,000 pounds, will be awarded": the phrase's head
    return frames.get(s.low[head]) if head is not None else frame


def _head_before_complement(s: Sentence, k: int, lexicon: Lexicon) -> int | None:
    """The noun before the preposition that opens the complement ending at token k,
    within a few words and no comma: "prize" in "The prize for financial journalism"."""
    for j in range(k - 1, max(0, k - 5), -1):
        if s.words[j] in ",;:" or j in s.timex_tokens:
            return None
        if s.low[j] in lexicon.prepositions:
            return j - 1 if j > 0 and s.words[j - 1][:1].isalpha() else None
    return None


def _names_frame_noun(ref: Ref, lemma: str, frame: str, lexicon: Lexicon) -> bool:
    """Whether a subject's name ends in the noun a passive's frame is keyed on: what is
    done, no actor ("The Nobel Peace Prize will be awarded": the prize awarded)."""
    words = ref.text.lower().split()
    return bool(words) and lexicon.verb_objects.get(lemma, {}).get(words[-1]) == frame


def _word_before_aside(s: Sentence, comma: int, lexicon: Lexicon) -> int:
    """The token before an aside that the comma at `comma` closes, set off between a
    subject and its verb, with no verb of its own, a participle's or a saying's ("The
    prize, worth 50,000 euros, will be awarded": "prize"); `comma` when there is none."""
    opening = next((k for k in range(comma - 2, max(0, comma - 8), -1) if s.words[k] == ","), None)
    if opening is None or opening < 1 or _aside_end(s, opening) != comma:
        return comma
    if _verb_past_verbless_aside(s, opening) is not None or _verb_past_told_aside(s, opening, lexicon) is not None or _participle_aside(s, range(opening, comma + 1)):
        return opening - 1
    return comma


def _says_nothing(s: Sentence, t: int, lexicon: Lexicon) -> bool:
    """Is nothing said after token t but a date, its preposition and adverbs, to the
    end of the sentence (no object, no quote, no clause)?"""
    while t < len(s.low) and (t in s.timex_tokens or lexicon.fw.adverb(s.low[t]) or _date_preposition(s, t, lexicon)):
        t += 1
    return t >= len(s.low) or s.words[t] in (".", "!") and t == len(s.low) - 1


def _after_age(s: Sentence, t: int) -> int | None:
    """The token after an age set off by commas after the name at t ("Sarah Holt, 41,
    guilty"), or None."""
    k = t
    while k + 1 < len(s.words) and s.words[k + 1][:1].isupper():
        k += 1  # the rest of the name
    if k + 4 < len(s.words) and s.words[k + 1] == "," and s.words[k + 2].isdigit() and s.words[k + 3] == ",":
        return k + 4
    return None


def _np_subject(s: Sentence, vt: int, lexicon: Lexicon, bare: bool = False) -> str | None:
    """A common noun phrase written right before the verb as its subject ("La
    próxima edición del torneo se jugará"), for titles; None when there is none."""
    fw = lexicon.fw
    seg = s.segments[s.segment_of[vt]]
    end = vt
    while end > seg.t0 and (s.low[end - 1] in fw.clitic or s.low[end - 1] in lexicon.negation or end - 1 in s.timex_tokens or fw.adverb(s.low[end - 1]) or s.low[end - 1] in fw.skip_adverb):
        end -= 1
        if end in s.timex_tokens and end > seg.t0 and (s.low[end - 1] in fw.in_ or s.low[end - 1] in fw.of_any or s.low[end - 1] in lexicon.prepositions):
            end -= 1  # "A 7.4 quake in the same area in March 2022 killed", "Retail sales for October will be released": the date's preposition goes with it
    begin = seg.t0
    if seg.opener is not None and begin < end and s.low[begin] == seg.opener and seg.opener not in fw.relative_determiner:
        begin += 1  # "cuando un seísmo destruyó" ("cuyo plazo ... termina": read as "whose" below)
    # "que el año pasado el festival reunió": a date opening the clause is no part of its subject
    while begin < end and (s.low[begin] in fw.coordinator or s.low[begin] in fw.as_ or s.words[begin] in ",;:" or begin in s.timex_tokens or _date_preposition(s, begin, lexicon)):
        begin += 1
    if begin + 1 < end and _after_dateline(s, begin + 1):
        begin += 1  # "LONDON (Reuters) - Oil prices rose": the dash ends the dateline
    # (a verb further back leaves a phrase too long to be a subject: looking no further
    # keeps long clauses linear)
    said = next((k for k in range(end - 1, max(begin, end - 12) - 1, -1) if k in s.verb_at), None)
    reported_bare = False
    if said is not None and vt < len(s.low) and s.low[vt] in fw.to and s.verb_at.get(vt) is not None:
        begin = s.token_at(s.verb_at[said].end)  # "expect the central bank to cut rates": the object does the act
    elif said is not None and s.verb_at[said].lemma in lexicon.reporting and s.verb_at[said].tense is not Tense.PARTICIPLE:
        # ("El condenado tiene diez días": a participle after its article is the noun)
        begin = s.token_at(s.verb_at[said].end)  # "the minister said the group would meet": "the group"
        # "said bullet train services between Tokyo and Aomori were suspended": a bare
        # phrase in lower case opens what was said
        reported_bare = begin < end and not s.words[begin][:1].isupper() and s.low[begin] not in lexicon.function_words
    # ("Talks between the airline and the pilots' union broke down": the two sides, however long)
    sides = begin < end and 8 < end - begin <= 14 and _event_noun_between_sides(s, begin, end, lexicon)
    if begin < end and end - begin > 8 and not sides:
        # "El incendio forestal declarado el pasado sábado en la sierra de Espadán ha
        # calcinado": a participle after the noun opens what is said of it
        # ("la peor caída registrada en un mismo día desde que se reabrieron": a clause
        # opened inside leaves no subject)
        described = next((k for k in range(begin + 2, min(end - 1, begin + 5)) if k in s.verb_at and s.verb_at[k].tense is Tense.PARTICIPLE
                          and (s.low[k + 1] in lexicon.prepositions or k + 1 in s.timex_tokens)), None)
        if described is not None and not any(s.low[k] in fw.complementiser or s.low[k] in fw.relative for k in range(described, end)):
            end = described
    if begin < end and end - begin > 8 and not sides:
        end = _long_subject_cut(s, begin, end, lexicon)
    if begin >= end or end - begin > 8 and not sides:
        return None
    # a bare phrase is a subject after a verb-subject frame ("Oil prices rallied"), when
    # its head names a group or thing ("Markets fell", "Expertos del FMI advirtieron"), or
    # when it opens the sentence with a word the text writes in lower case ("Inflation rose")
    core = _place_list_complement(s, begin, end, lexicon)  # "Bus and train drivers | in Chicago"
    bare = bare or begin == 0 and (s.low[0] in s.common or _common_pair(s, core, lexicon) or _lower_case_head(s, core, lexicon)) and s.low[0] not in lexicon.function_words
    # "Flight attendants to strike Thursday, airline cancels 900 flights": a headline's clause
    # after a comma opens on its bare subject
    bare = bare or s.index == 0 and begin > 0 and s.words[begin - 1] == "," and 1 <= core - begin <= 3 and all(
        s.words[k].isalpha() and s.words[k].islower() and s.low[k] not in lexicon.function_words for k in range(begin, core))
    # "CHICAGO (AP) — Flight attendants at ... will walk": the text opens after its dateline
    bare = bare or _after_dateline(s, begin) and 2 <= core - begin <= 3 and s.low[begin] not in lexicon.function_words and all(
        s.words[k].isalpha() and s.words[k].islower() and s.low[k] not in lexicon.function_words for k in range(begin + 1, core))
    # "Dos personas murieron"; "Ambos países firmaron" points back at the ones named before
    counted = (s.low[begin] in fw.quantifier or s.low[begin] in lexicon.cardinals) and s.low[begin] not in fw.both  # ("and one person died")
    whose = begin < end and s.low[begin] in fw.relative_determiner  # "cuyas primeras obras comenzarán"
    begin += whose
    # ("Pre-orders of the recently announced iPhone 4 began", "Stock markets around the
    # world fell": a nameless head and its complement)
    nobody = core - begin <= 4 or any(s.low[k] in lexicon.prepositions for k in range(begin + 1, min(begin + 3, end)))
    if not (whose or s.low[begin] in fw.article or s.low[begin] in lexicon.determiners or counted or reported_bare or core - begin <= 4 and bare or nobody and _names_nobody(_head(s.span_text(begin, end), lexicon).lower(), begin, s, lexicon) or _name_possessive_opening(s, begin, end, lexicon)
            or _event_noun_between_sides(s, begin, end, lexicon)):
        return None
    # "The treaty signed on Monday takes effect": a participle with its complement after
    # the noun is said of it, no part of the subject's title
    end = next((k for k in range(begin + 2, end) if k in s.verb_at and s.verb_at[k].tense is Tense.PARTICIPLE and s.low[k + 1] in lexicon.prepositions), end)
    # a participle after a noun describes it ("El paro registrado subió"); after an
    # article it is the noun ("El jurado dará a conocer su fallo")
    if any(s.words[k] in ',;:()"«»“”' or k in s.verb_token and not _describes_noun_before(s, k, begin, lexicon) and not _participle_noun(s, k, begin, lexicon) and not _noun_purpose(s, k, begin, lexicon) and not _participle_after_article(s, k, begin, lexicon) or k in s.timex_tokens and not _length_modifier(s, k, end) and not _adverb_before_participle(s, k, end, lexicon) for k in range(begin, end)):
        return None
    return s.span_text(begin, end)


def _event_noun_between_sides(s: Sentence, begin: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the phrase at begin..end is a bare event noun and the two sides "between"
    names ("Talks between Halden and a parts supplier collapsed"): a subject, however long."""
    head = begin + (begin + 1 < end and s.low[begin + 1] in lexicon.nouns)  # "Peace talks between"
    return head + 3 < end and s.low[head] in lexicon.nouns and s.low[head + 1] in lexicon.fw.between and any(s.low[k] in lexicon.fw.and_ for k in range(head + 3, end - 1))


def _long_subject_cut(s: Sentence, begin: int, end: int, lexicon: Lexicon) -> int:
    """Where a subject phrase over eight words is cut for a title: before the last
    preposition within its first eight words when what follows it is plain words, no
    verb, date, mark or word opening a clause ("cuyo plazo para resolver las reclamaciones sobre el censo
    termina": "plazo para resolver las reclamaciones"); `end` when none (too long)."""
    fw = lexicon.fw
    first = s.low[begin]
    if not (first in fw.article or first in lexicon.determiners or first in fw.relative_determiner):
        return end
    for k in range(min(begin + 8, end - 1), begin + 2, -1):
        if s.low[k] in lexicon.prepositions or s.low[k] in fw.of_any or s.low[k] in fw.contraction:
            tail = range(k, end)
            if any(t in s.verb_at or t in s.timex_tokens or not s.words[t][:1].isalpha() or s.low[t] in fw.np_stop or s.low[t] in fw.clitic for t in tail):
                return end
            return k
    return end


def _after_dateline(s: Sentence, t: int) -> bool:
    """Whether token t opens the text after a dateline: "CHICAGO (AP) —", "ATLANTA, Nov
    11 (Reuters) -" (capitalised words, figures and marks, then a dash)."""
    if t < 2 or s.words[t - 1] not in ("—", "–", "-") or t > 12:
        return False
    return all(not w[:1].isalpha() or w[:1].isupper() for w in s.words[: t - 1])


def _name_possessive_opening(s: Sentence, begin: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the phrase opens with a one-word name and its possessive ending, then
    common words ("Arsenal's last league title came"): the name is a determiner, the
    thing its own the subject."""
    k = begin + 1
    if not (k + 2 < end and s.words[begin][:1].isupper() and s.words[k] in ("'", "’") and s.low[k + 1] in lexicon.fw.genitive):
        return False
    return all(s.words[t].isalpha() and s.words[t].islower() for t in range(k + 2, end))


def _names_nobody(head: str, begin: int, s: Sentence, lexicon: Lexicon) -> bool:
    """Whether a subject's head is a group noun that names nobody ("Markets"), or
    opens the sentence as a plural noun of people ("Technicians will replace")."""
    if head in lexicon.nameless:
        return True
    return begin == 0 and bool(lexicon.plural_agent_endings) and head == s.low[0] and head.endswith(lexicon.plural_agent_endings) and head not in lexicon.demonyms and not capitalised_inside(s.common, head)


def _length_modifier(s: Sentence, k: int, end: int) -> bool:
    """Whether token k is part of a hyphened length before a noun of the phrase
    ending at token `end` ("The yield on the 10-year note fell"): a modifier, no date."""
    if k not in s.duration_tokens:
        return False
    first = last = k
    while first - 1 in s.duration_tokens:
        first -= 1
    while last + 1 in s.duration_tokens:
        last += 1
    return last + 1 < end and "-" in s.words[first : last + 1] and s.words[last + 1][:1].isalpha()


def _noun_purpose(s: Sentence, k: int, begin: int, lexicon: Lexicon) -> bool:
    """Whether token k is an infinitive after a purpose word or "de" that follows a noun
    ("El plazo para presentar alegaciones", "cuyo plazo para resolver", "El último intento
    de aprobar unas cuentas"): the noun's complement."""
    verb = s.verb_of(k)
    return k - 2 >= begin and verb is not None and verb.tense is Tense.INFINITIVE and (s.low[k - 1] in lexicon.fw.purpose or s.low[k - 1] in lexicon.fw.of and k - 2 not in s.verb_token)


def _describes_noun_before(s: Sentence, k: int, begin: int, lexicon: Lexicon) -> bool:
    """Whether token k is a participle describing the noun before it ("El paro
    registrado"); after an article it is the noun itself ("el partido")."""
    return k - 1 > begin and s.participle_at(k) and s.low[k - 1] not in lexicon.fw.article and s.low[k - 1] not in lexicon.determiners


def _adverb_before_participle(s: Sentence, k: int, end: int, lexicon: Lexicon) -> bool:
    """Whether token k is a one-word time adverb between an article and a participle that
    modifies a noun of the phrase ending at token `end` ("Pre-orders of the recently
    announced iPhone 4 began Tuesday": "recently" is the announcing's, no date of the clause)."""
    return (0 < k < end - 2 and k - 1 not in s.timex_tokens and k + 1 not in s.timex_tokens
            and (lexicon.fw.adverb(s.low[k]) or bool(lexicon.loose_adverb_suffix) and s.low[k].endswith(lexicon.loose_adverb_suffix))
            and (s.participle_at(k + 1) or k + 1 not in s.verb_token and s.words[k + 1].isalpha() and s.words[k + 1].islower())
            and (s.low[k - 1] in lexicon.fw.article or s.low[k - 1] in lexicon.determiners))


def _participle_after_article(s: Sentence, k: int, begin: int, lexicon: Lexicon) -> bool:
    """Whether token k is a participle standing as a noun after an article inside the
    phrase's complement ("Las ayudas a los afectados se pagarán": the people affected),
    no event noun."""
    return begin + 1 < k and s.low[k - 1] in lexicon.fw.article and s.participle_at(k) and s.low[k] not in lexicon.nouns


def _participle_noun(s: Sentence, k: int, begin: int, lexicon: Lexicon) -> bool:
    """Whether token k is a participle standing as a noun right after the phrase's
    article ("El jurado"); an event noun ("el atentado") is the event, no subject of
    its own, unless it is one only when dated ("El partido se jugó el 3 de diciembre")."""
    noun = lexicon.nouns.get(s.low[k])
    return k - 1 == begin and s.participle_at(k) and (s.low[begin] in lexicon.fw.article or s.low[begin] in lexicon.determiners) and (noun is None or noun[1] in lexicon.needs_date)


def _place_complement(s: Sentence, begin: int, end: int, lexicon: Lexicon) -> int:
    """Where a place complement closing the phrase begin..end starts ("drivers in
    Chicago": "in"), else end: the place says where, the words before it who."""
    for k in range(end - 2, begin, -1):
        if s.low[k] in lexicon.place_prepositions:
            return k if all(s.words[j][:1].isupper() for j in range(k + 1, end)) else end
        if not s.words[k][:1].isupper():
            return end
    return end


def _noun_before_participle(s: Sentence, begin: int, t: int) -> int:
    """The word before a participle phrase that ends at token t and describes it, past
    begin, no mark or finite verb between ("outbreak" in "An outbreak linked to
    cucumbers"): the noun the verb after the phrase is said of; else t."""
    for k in range(t, max(begin + 1, t - 7), -1):
        if not s.words[k][:1].isalnum() or k in s.verb_token and not s.participle_at(k):
            return t
        if s.participle_at(k) and s.words[k - 1].isalpha():
            return k - 1
    return t


def _place_list_complement(s: Sentence, begin: int, end: int, lexicon: Lexicon) -> int:
    """As `_place_complement`, with names joined by "and" or a comma ("Knife crime in
    England and Wales": "in")."""
    for k in range(end - 2, begin, -1):
        if s.low[k] in lexicon.place_prepositions:
            return k if s.words[k + 1][:1].isupper() and s.words[end - 1][:1].isupper() else end
        if not (s.words[k][:1].isupper() or s.low[k] in lexicon.fw.and_ or s.words[k] == ","):
            return end
    return end


def _place_phrase_start(s: Sentence, begin: int, end: int, lexicon: Lexicon) -> int:
    """As `_place_complement`, with an article allowed before the name ("el aviso
    naranja por nevadas en el Pirineo": "en")."""
    fw = lexicon.fw
    for k in range(end - 2, begin, -1):
        if s.low[k] in lexicon.place_prepositions and not (s.low[k] in fw.of_any and s.words[k - 1][:1].isupper()):
            name = [j for j in range(k + 1, end) if not (j == k + 1 and s.low[j] in fw.definite)]
            return k if name and s.words[name[0]][:1].isupper() and all(s.words[j][:1].isupper() or s.low[j] in fw.of_any for j in name) else end
        # "en la Comunidad de Madrid": an article after the preposition, "de" inside the name
        if not (s.words[k][:1].isupper() or s.low[k] in fw.of_any and s.words[k + 1][:1].isupper() or k - 1 > begin and s.low[k] in fw.definite and s.low[k - 1] in lexicon.place_prepositions):
            return end
    return end


def _common_pair(s: Sentence, end: int, lexicon: Lexicon) -> bool:
    """Whether the sentence opens with a word coordinated with common nouns in lower
    case ("Inflación y paro bajaron"): that first word is a common noun too."""
    rest = s.low[1:end]
    return len(rest) >= 2 and rest[0] in lexicon.fw.coordinator and all(
        s.words[k].islower() and s.low[k] not in lexicon.function_words for k in range(2, end))


def _lower_case_head(s: Sentence, end: int, lexicon: Lexicon) -> bool:
    """Whether the sentence opens with a short phrase whose words after the first are
    common nouns in lower case ("Knife crime in England and Wales rose"): no name, a
    common phrase."""
    if not 2 <= end <= 3 or fold(s.low[end - 1]) in lexicon.nouns:
        return False
    # an event's own phrase ("High winds knocked out power") is told by its noun
    if any(tuple(s.low[: len(words)]) == words for words, *_rest in lexicon.multiword.get(s.low[0], ())):
        return False
    return all(s.words[k].isalpha() and s.words[k].islower() and s.low[k] not in lexicon.function_words for k in range(1, end))


def _dated_relative(s: Sentence, seg, vt: int, verb: Verb, antecedent: str, lexicon: Lexicon) -> bool:
    """Whether the relative clause `seg` opens right before its verb at vt, a date or a
    preposition right after it and a date later: it tells what the antecedent does then,
    not what it is ("una tregua que entrará en vigor el domingo")."""
    after = s.token_at(verb.end - 1) + 1
    if after < len(s.low) and after not in s.timex_tokens and s.low[after] not in lexicon.prepositions:
        return False  # "el terremoto más fuerte que ha sufrido el país desde 1960": the country's
    if antecedent.rsplit(" ", 1)[-1].lower() in lexicon.fw.quantifier:
        return False  # "the last of many which took place during the weekend"
    return vt - seg.t0 <= 1 and any(k in s.timex_tokens and k not in s.duration_tokens for k in range(vt + 1, seg.t1))


def _relative_subject(s: Sentence, seg, vt_end: int, verb: Verb, phrase: str, lexicon: Lexicon, restrictive: bool = False) -> bool:
    """Whether the phrase before a relative clause set off by a comma is its verb's
    subject: "el marco fiscal, que entrará en vigor", not "el acuerdo, que firmaron"
    (the verb does not agree: "que" is its object) nor "el contrato, que ganó
    Lockheed" (a name after the verb is its subject). Restrictive clauses ("el
    segundo modelo que utiliza ...") describe rather than narrate: left out, unless
    `restrictive` (an event verb after a person's relative: "a man who killed three
    people" did it)."""
    if seg.t0 == 0 or s.words[seg.t0 - 1] != "," and not restrictive:
        return False
    k = vt_end
    while k < len(s.low) and (k in s.timex_tokens or lexicon.fw.adverb(s.low[k]) or s.low[k] in lexicon.fw.skip_adverb):
        k += 1
    if k in s.chunk_at:
        return False
    endings = tuple(lexicon.genders.get("plural_verb_endings", ())) if lexicon.genders else ()
    return not endings or verb.text.lower().endswith(endings) == _plural_word(phrase.split(" ", 1)[0], lexicon)


def _nameless_subject(s: Sentence, vt: int, lexicon: Lexicon) -> bool:
    """Whether the subject before the verb is a group noun that names nobody: "Markets
    were closed on Monday" is news of its own, not the toll of an event before."""
    phrase = _np_subject(s, vt, lexicon)
    return phrase is not None and _head(phrase, lexicon).lower() in lexicon.nameless


def _sequenced(s: Sentence, seg: Segment, vt: int, lexicon: Lexicon) -> bool:
    """Whether the clause of the verb at vt opens after a comma on an adverb of what came
    next and then the verb, so shares the subject before it ("The mission was first
    scheduled for November 2024, then slipped to September 2025")."""
    if seg.opener is not None or seg.t0 == 0 or s.words[seg.t0 - 1] != "," or vt == seg.t0:
        return False
    return all(s.low[k] in lexicon.fw.sequence for k in range(seg.t0, vt))


def _coordinated_after_comma(s: Sentence, seg: Segment, vt: int, lexicon: Lexicon) -> bool:
    """Whether the clause of the verb at vt opens after a comma with "y" right before
    its verb, so shares the subject before it ("Los pasajeros recibirán un correo, y
    podrán cambiar su billete": the passengers; "y la campaña arrancará" has its own;
    the caller leaves out the verbs whose subject comes after them, "y murieron 50
    personas")."""
    if seg.opener is not None or seg.t0 == 0 or s.words[seg.t0 - 1] != "," or s.low[seg.t0] not in lexicon.fw.and_:
        return False
    return all(s.low[k] in lexicon.fw.clitic or s.low[k] in lexicon.negation for k in range(seg.t0 + 1, vt))


def _np_subject_before_aside(s: Sentence, seg_index: int, vt: int, lexicon: Lexicon) -> str | None:
    """The common noun phrase opening the sentence before a verbless aside, when the
    verb's clause opens right after the aside ("El juicio, previsto para el 3 de
    diciembre, se aplaza"): the phrase is the verb's subject."""
    seg = s.segments[seg_index]
    if seg_index < 2 or seg.t0 == 0 or s.words[seg.t0 - 1] != ",":
        return None
    if any(s.low[k] not in lexicon.fw.clitic and s.low[k] not in lexicon.negation for k in range(seg.t0, vt)):
        return None
    first = s.segments[0]
    between = s.segments[1:seg_index]
    told = seg_index == 2 and _told_aside_segment(s, 1, lexicon)  # "The union, officials said, will hold a strike"
    if first.t0 != 0 or first.verbs or not told and (_subject_before_asides(s, seg_index) is None or any(b.opener is not None for b in between)):
        return None
    opener = between[0].t0
    # "Her last book, a memoir, came out": an apposition of a few words, no verb
    apposition = len(between) == 1 and s.low[opener] in lexicon.fw.article and between[0].t1 - opener <= 6 and (s.low[0] in lexicon.fw.article or s.low[0] in lexicon.fw.possessive)
    if not told and not apposition and not (s.participle_at(opener) or s.low[opener] in lexicon.revised_plan_words or s.low[opener] in lexicon.due_words or s.low[opener] in lexicon.aside_adjectives):
        return None  # "Several banks, particularly those in the UK, cut": no aside of the noun's own ("The delivery, originally due in June, was delayed": one)
    if first.t1 < 2 or s.words[first.t1 - 1] != ",":
        return None
    return _np_subject(s, first.t1 - 1, lexicon)


_OPENING_QUOTES = frozenset('«“"')
_CLOSING_QUOTES = frozenset('»”"')


def _np_subject_before_title(s: Sentence, seg_index: int, vt: int, lexicon: Lexicon) -> str | None:
    """The noun phrase opening the sentence before the quoted title of what it names, when
    the verb's clause opens right after the title ("Su última novela, «La casa del río»,
    apareció", "La película "Los domingos" se estrenará"): the phrase and the title are
    the subject."""
    seg = s.segments[seg_index]
    if seg_index == 0 or any(s.low[k] not in lexicon.fw.clitic and s.low[k] not in lexicon.negation for k in range(seg.t0, vt)):
        return None
    close = seg.t0 - 1 - (s.words[seg.t0 - 1] == ",")
    if close < 2 or s.words[close] not in _CLOSING_QUOTES:
        return None
    opening = next((k for k in range(close - 1, 0, -1) if s.words[k] in _OPENING_QUOTES), None)
    if opening is None or close - opening > 8 or not s.words[opening + 1][:1].isupper() or any(s.verb_of(k) is not None for k in range(opening, close)):
        return None
    end = opening - (s.words[opening - 1] == ",")
    fw = lexicon.fw
    if not 2 <= end <= 6 or s.low[0] not in fw.article and s.low[0] not in fw.possessive or any(s.verb_of(k) is not None or not s.words[k].isalpha() for k in range(end)):
        # 'Netflix's "Frankenstein" premiered': the title alone
        return s.span_text(opening + 1, close) if s.in_quote[opening + 1] and close - opening > 1 else None
    return f"{s.span_text(0, end)} {s.span_text(opening, close + 1)}"


def _np_subject_before_acronym(s: Sentence, seg_index: int, vt: int, lexicon: Lexicon) -> str | None:
    """The common noun phrase opening the sentence right before an acronym in brackets,
    when the verb's clause opens after it ("La comisión de seguimiento (CCE) aprobó"):
    the verb's subject, also past a participle aside after it ("(CIL), creada por el
    gobierno municipal, celebrará"). (A name there is the subject `_subject_before` finds.)"""
    seg = s.segments[seg_index]
    if seg_index < 2 or any(s.low[k] not in lexicon.fw.clitic and s.low[k] not in lexicon.negation for k in range(seg.t0, vt)):
        return None
    k = seg_index - 1
    while k > 1 and not s.segments[k].verbs and s.segments[k].opener is None and (s.segments[k].t1 - s.segments[k].t0 == 1 and s.words[s.segments[k].t0] == "," or s.participle_at(s.segments[k].t0)):
        k -= 1
    aside, first = s.segments[k], s.segments[k - 1]
    if aside.t1 - aside.t0 != 3 or not _bracketed_only(s, aside.t0, aside.t1) or not s.words[aside.t0 + 1][:1].isupper():
        return None
    if k != 1 or first.verbs or first.opener is not None or any(k in s.chunk_at or k in s.verb_token for k in range(first.t0, first.t1)):
        return None
    if first.t1 - first.t0 > 10 or s.low[first.t0] not in lexicon.fw.article or any(not s.words[k].isalpha() for k in range(first.t0, first.t1)):
        return None
    return s.span_text(first.t0, first.t1)


def _thing_pronoun_before(s: Sentence, vt: int, lexicon: Lexicon) -> bool:
    """Whether the word before the verb at vt is a subject pronoun that stands for a thing,
    one that is an object pronoun as well ("it"; "he", "they" are people or groups)."""
    fw = lexicon.fw
    return vt > 0 and s.low[vt - 1] in fw.subject_pronoun and s.low[vt - 1] in fw.object_pronoun


def _earlier_np_subject(s: Sentence, seg_index: int, lexicon: Lexicon) -> str | None:
    """The common noun phrase subject of the nearest earlier clause with a verb, for a
    coordinated verb that shares it ("Prices soared in the 1990s and fell ...")."""
    for k in range(seg_index - 1, -1, -1):
        verbs = s.segments[k].verbs
        if verbs:
            return _np_subject(s, s.token_at(verbs[0].start), lexicon)
    return None


def _refs_of_inner_event(noun_mentions: dict[int, Mention]) -> None:
    """"Las lluvias forzaron la suspensión del partido del domingo entre el Celta y el
    Getafe": the names after the event a noun of calling off keeps are that event's
    (the match's sides), not the suspension's."""
    for outer in noun_mentions.values():
        if outer.kind not in _PUT_OFF_NOUN_KINDS or outer.obj_start is None:
            continue
        inner = min((n.start for n in noun_mentions.values() if n is not outer and outer.obj_start <= n.start < outer.np_end), default=None)
        if inner is not None:
            outer.subject = [r for r in outer.subject if r.start < inner]
            outer.participants = [r for r in outer.participants if r.start < inner]


def _nested(noun_mentions: dict[int, Mention]) -> set[int]:
    """Nouns inside another noun's complement: "la firma de una declaración" is one
    event (a signing), not a signing and a statement."""
    nested = set()
    for t, inner in noun_mentions.items():
        for outer in noun_mentions.values():
            if outer is not inner and outer.obj_start is not None and outer.obj_start <= inner.start < outer.np_end and outer.kind not in _PUT_OFF_NOUN_KINDS:
                nested.add(t)  # ("la suspensión del concierto del sábado": the concert stays, called off by it)
    return nested


def _restated_in_brackets(s: Sentence, noun_mentions: dict[int, Mention]) -> set[int]:
    """Nouns that only restate the one before them in brackets: "el expediente de
    regulación de empleo (ERE)" is one layoff plan, read from its full name."""
    restated: set[int] = set()
    ends: dict[int, Mention] | None = None  # the noun phrase ending at each token, read once
    for t, inner in noun_mentions.items():
        last = s.token_at(max(inner.end, inner.np_end) - 1)
        if t < 2 or s.words[t - 1] != "(" or last + 1 >= len(s.words) or s.words[last + 1] != ")":
            continue
        if ends is None:
            ends = {s.token_at(max(m.end, m.np_end) - 1): m for m in noun_mentions.values()}
        outer = ends.get(t - 2)
        if outer is not None and outer is not inner and outer.kind == inner.kind:
            restated.add(t)
    return restated


def _has_content(s: Sentence, vt: int, vt_end: int, seg_index: int, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a reporting verb reports something: a "que" clause, a quote, a colon,
    or a content object for verbs that take one ("informó de 15 nuevos casos")."""
    if any(s.in_quote) or '"' in s.words or "«" in s.words:
        return True
    if vt_end < len(s.words) and (s.words[vt_end] == ":" or s.low[vt_end] in lexicon.fw.complementiser):
        return True
    if vt > 0 and s.low[vt - 1] in lexicon.fw.according_to:
        return True  # "costará 30 millones, según explicó el lunes la ministra": the rest of the sentence
    nxt = seg_index + 1
    if nxt < len(s.segments) and s.segments[nxt].opener in lexicon.fw.complementiser and not (lemma in lexicon.dated_topic_events and _relative_after_object(s, vt_end, s.segments[nxt].t0, lexicon)):
        return True
    if _trailing_attribution(s, vt, vt_end, lexicon) or _inverted_attribution(s, vt, vt_end, lexicon):
        return True
    if vt > 0 and s.low[vt - 1] in lexicon.content_pronouns:
        return True  # "Así lo dijo el ministro el lunes": what the sentences before tell
    if _reports_through_aside(s, vt, vt_end, lexicon):
        return True  # "The strike, union leaders said on Monday, will begin on December 1"
    return lemma in lexicon.content_reporting


def _reports_through_aside(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether the reporting verb from vt to vt_end closes an aside set off by commas
    between a subject and its verb, the clause it tells: "The strike, union leaders said
    on Monday, will begin on December 1"."""
    end = next((k for k in range(vt_end, min(len(s.words), vt_end + 5)) if s.words[k] == ","), None)
    if end is None or _told_verb_ending_aside(s, end, lexicon) != vt_end - 1:
        return False
    opening = next((k for k in range(vt - 1, max(0, vt - 6), -1) if s.words[k] == ","), None)
    return opening is not None and _verb_past_told_aside(s, opening, lexicon) is not None


def _moves_to_new_day(s: Sentence, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether a move target and its date follow the verb ending before vt_end in its
    clause, before any "que" or stop ("adelantará al próximo lunes la vacunación",
    "adelantó la vacunación al lunes"; "adelantó que la vacunación empezará el lunes" tells)."""
    found = False
    for k in range(vt_end, len(s.low) - 1):
        if s.low[k] in lexicon.fw.complementiser:
            return False  # ("adelantó a las 10.00 que ...": what was told)
        if s.words[k] in ",;:" or s.verb_at.get(k) is not None and s.verb_at[k].finite:
            break
        found = found or fold(s.low[k]) in lexicon.move_targets and k + 1 in s.timex_tokens
    return found


def _relative_after_object(s: Sentence, vt_end: int, opener: int, lexicon: Lexicon) -> bool:
    """Whether the clause opened at token `opener` is a relative on the object before it,
    after a comma, and no content: "El PSOE exigió ayer un tercer debate, que la presidenta
    rechazó el lunes" (a topic verb's act; "dijo ayer, que ..." keeps its date before the
    comma)."""
    before = opener - 2  # the word before the comma
    return (opener - 1 > vt_end and s.words[opener - 1] == "," and s.low[opener] in lexicon.fw.relative
            and before not in s.timex_tokens and before not in s.verb_token and s.words[before].isalpha())


def _asks_for(s: Sentence, vt_end: int, lemma: str, lexicon: Lexicon) -> bool:
    """Whether a verb of asking has the word of what is asked within a few words after it,
    before any break: "asked the government for $5 billion", "asked on Monday for aid";
    True for any verb not of asking."""
    word = lexicon.dated_asking.get(lemma)
    if word is None:
        return True
    for k in range(vt_end, min(len(s.low), vt_end + 6)):
        if s.low[k] == word:
            return True
        if s.words[k] in ",;:()\"«»“”" or s.low[k] in lexicon.fw.if_:
            return False
    return False


def _trailing_attribution(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether the reporting verb at vt closes its sentence after a comma, its subject
    between, what was said before the comma: "Arsenal will be without Odegaard for three
    weeks, manager Mikel Arteta said on Tuesday"; the statement it was said in may follow
    ("the National Hurricane Center said in an advisory issued at 4 a.m.")."""
    k = vt_end
    if k + 2 < len(s.low) and s.low[k] in lexicon.fw.in_ and s.low[k + 1] in lexicon.fw.article and lexicon.nouns.get(s.low[k + 2], ("", ""))[0] == "statement":
        k += 3
        k += 1 if k < len(s.low) and s.verb_token.get(k) == k else 0  # "issued"
    if not _says_nothing(s, k, lexicon):
        return False
    comma = next((k for k in range(vt - 1, max(-1, vt - 8), -1) if s.words[k] in ",;:()\"«»“”"), None)
    if comma is None or s.words[comma] != "," or comma + 1 >= vt or any(k in s.verb_token for k in range(comma + 1, vt)):
        return False
    return any(v.finite and v.start < s.starts[comma] for v in s.verbs)


def _inverted_attribution(s: Sentence, vt: int, vt_end: int, lexicon: Lexicon) -> bool:
    """Whether the reporting verb at vt opens the sentence's last clause right after a
    comma, what was said before it, and only its subject after it, past a date: "El
    Gobierno aprobará el decreto el jueves, dijo ayer el portavoz"."""
    if vt < 2 or s.words[vt - 1] != "," or not any(v.finite and v.start < s.starts[vt - 1] for v in s.verbs):
        return False
    k = vt_end
    while k < len(s.low) and (k in s.timex_tokens or lexicon.fw.adverb(s.low[k])):
        k += 1
    if k >= len(s.low) or not (s.low[k] in lexicon.fw.definite or k in s.chunk_at):
        return False
    end, _refs, _text = noun_phrase(s, k, len(s.low), lexicon)
    while end < len(s.low) and end - k < 6 and s.words[end].isalpha() and s.words[end].islower() and end not in s.verb_token:
        end += 1  # "el portavoz parlamentario": its adjectives
    return end > k and (end >= len(s.low) or s.words[end] in ".;")


def _timex_in_clause(s: Sentence, seg_index: int, timexes: list[Timex]) -> bool:
    host = s.segments[seg_index].host
    for timex in timexes:
        if timex.start is None or timex.interval is None:
            continue
        t = s.token_at(timex.start)
        if t < len(s.words) and s.segments[s.segment_of[t]].host == host:
            return True
    return False


def _other_anchors(s: Sentence, verb: Verb, timexes: list[Timex]) -> list[range]:
    """The tokens of the relation anchors that do not hold `verb`: "dimitió después
    de participar en la cumbre de Bruselas" -> the summit's place is not the resignation's."""
    return [
        range(s.token_at(r.anchor.start), s.token_at(r.anchor.end - 1) + 1)
        for r in (timex.relation for timex in timexes)
        if r is not None and not r.anchor.start <= verb.start < r.anchor.end and s.start <= r.anchor.start < s.end
    ]


def _in_relation_anchor(s: Sentence, verb: Verb, timexes: list[Timex]) -> bool:
    for timex in timexes:
        relation = timex.relation
        if relation is not None and relation.anchor.start <= verb.start < relation.anchor.end:
            return True
    return False
