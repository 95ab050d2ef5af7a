"""The events stage's view of the language data: event words, signals, and the
gazetteer of places, organisations and leaders, compiled once per language."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from operator import methodcaller
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from timeline import lang
from timeline.reading import verbs as verb_forms


# Event kinds that last: a window holding the DCT means one is under way, and a closing
# verb tells its end ("The strike ended", "cerrará la campaña": "Cierre de campaña").
# Kinds of events done on one day: one told "between" two days is somewhere in them
# ("a launch window between Dec. 3 and Dec. 10"), no stretch it fills.
ONE_DAY_KINDS = frozenset({"arrival", "return", "departure", "signing", "ratification", "approval", "veto", "launch", "delivery", "publication", "release", "announcement", "ruling", "appointment", "resignation", "dismissal", "death", "arrest", "acquittal", "conviction", "sentencing", "inauguration", "premiere", "rate_hike", "rate_cut", "rate_hold", "rate_decision"})
LASTING_KINDS = frozenset({"visit", "trip", "summit", "conference", "war", "strike", "protest", "trial", "talks", "storm", "flood", "fire", "evacuation", "construction", "festival", "exhibition", "exam", "holiday", "campaign", "season", "term", "investigation"})

_PLAIN = str.maketrans("áéíóúàèìòùäëïöüâêîôûñç", "aeiouaeiouaeiouaeiounc")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-insensitive key for names: "Moscú" and "MOSCU" meet. (Common
    words are compared in lower case with their accents.)"""
    return fold_text(text)


def fold_text(text: str) -> str:
    """`fold` without the cache, for long texts."""
    lowered = text.casefold().translate(_PLAIN)
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFD", lowered)
        lowered = "".join(c for c in decomposed if not unicodedata.combining(c))
    return lowered.replace(" .", ".")


# the types of the gazetteer's entities that are places (actors' types too: titles.Actor)
PLACE_TYPES = frozenset({"country", "city", "region"})


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing the gazetteer knows: a country, city, region, organisation or leader."""

    name: str  # canonical name
    type: str  # country | city | region | org | group | person | competition
    country: str | None = None  # the country it belongs to or stands for
    short: str | None = None  # title form: "EE.UU.", "UE"
    agency: bool = False  # a news agency: never an actor of the reported events

    @property
    def is_place(self) -> bool:
        return self.type in PLACE_TYPES

    @property
    def is_actor(self) -> bool:
        """A news agency only reports events; a competition is what a match is
        played in ("cayó ante el Liverpool en la Liga de Campeones")."""
        return not self.agency and self.type != "competition"


# The roles function words play in the events rules. Each language lists its
# words for every role in events.toml [function_words]; the rules test roles,
# never the words of one language.
FUNCTION_ROLES = (
    "definite", "indefinite", "contraction_of", "contraction_to", "possessive", "possessive_first",
    "demonstrative", "quantifier", "neuter", "of", "to", "in", "from", "toward", "until", "with",
    "by", "between", "for", "without", "after", "according_to", "and", "or", "nor", "but",
    "relative", "complementiser", "when", "where", "as", "although", "because", "if", "while",
    "clitic", "reflexive", "skip_adverb", "not_opener", "not_before_complementiser", "name_particle",
    "noun_modifier", "role_modifier", "role_complement", "participation", "quantity_word",
    "date_modifier", "place_of_noun", "copula", "gap_stop", "parenthetical", "facing", "time_noun", "passive_auxiliary",
    "genitive", "object_pronoun", "time_preposition", "both", "subject_pronoun", "comparison", "comparative",
    "first_person_subject", "relative_determiner", "person_relative", "approximator", "sequence", "including", "alongside",
    "concessive_after_if", "term_noun", "absolute_opener", "demonstrative_after_preposition", "existential",
    "thing_possessive",
)


@dataclass(frozen=True)
class FunctionWords:
    """Function words by role (see FUNCTION_ROLES); composite roles are unions."""

    roles: dict[str, frozenset[str]]
    name_connectors: tuple[tuple[str, ...], ...]
    adverb_suffix: str | None
    contractions: dict[str, str]  # contraction -> the definite article it holds ("del" -> "el")

    if TYPE_CHECKING:  # the role attributes __post_init__ sets, as the rules read them (not __init__ arguments)
        definite: frozenset[str] = field(init=False)
        indefinite: frozenset[str] = field(init=False)
        contraction_of: frozenset[str] = field(init=False)
        contraction_to: frozenset[str] = field(init=False)
        possessive: frozenset[str] = field(init=False)
        possessive_first: frozenset[str] = field(init=False)
        demonstrative: frozenset[str] = field(init=False)
        demonstrative_after_preposition: frozenset[str] = field(init=False)
        existential: frozenset[str] = field(init=False)
        thing_possessive: frozenset[str] = field(init=False)
        quantifier: frozenset[str] = field(init=False)
        neuter: frozenset[str] = field(init=False)
        of: frozenset[str] = field(init=False)
        to: frozenset[str] = field(init=False)
        in_: frozenset[str] = field(init=False)
        from_: frozenset[str] = field(init=False)
        toward: frozenset[str] = field(init=False)
        until: frozenset[str] = field(init=False)
        with_: frozenset[str] = field(init=False)
        by: frozenset[str] = field(init=False)
        between: frozenset[str] = field(init=False)
        for_: frozenset[str] = field(init=False)
        without: frozenset[str] = field(init=False)
        after: frozenset[str] = field(init=False)
        according_to: frozenset[str] = field(init=False)
        and_: frozenset[str] = field(init=False)
        but: frozenset[str] = field(init=False)
        relative: frozenset[str] = field(init=False)
        complementiser: frozenset[str] = field(init=False)
        when: frozenset[str] = field(init=False)
        where: frozenset[str] = field(init=False)
        as_: frozenset[str] = field(init=False)
        although: frozenset[str] = field(init=False)
        if_: frozenset[str] = field(init=False)
        while_: frozenset[str] = field(init=False)
        clitic: frozenset[str] = field(init=False)
        reflexive: frozenset[str] = field(init=False)
        skip_adverb: frozenset[str] = field(init=False)
        not_opener: frozenset[str] = field(init=False)
        not_before_complementiser: frozenset[str] = field(init=False)
        name_particle: frozenset[str] = field(init=False)
        noun_modifier: frozenset[str] = field(init=False)
        role_modifier: frozenset[str] = field(init=False)
        role_complement: frozenset[str] = field(init=False)
        participation: frozenset[str] = field(init=False)
        quantity_word: frozenset[str] = field(init=False)
        date_modifier: frozenset[str] = field(init=False)
        place_of_noun: frozenset[str] = field(init=False)
        copula: frozenset[str] = field(init=False)
        gap_stop: frozenset[str] = field(init=False)
        parenthetical: frozenset[str] = field(init=False)
        facing: frozenset[str] = field(init=False)
        time_noun: frozenset[str] = field(init=False)
        passive_auxiliary: frozenset[str] = field(init=False)
        genitive: frozenset[str] = field(init=False)
        object_pronoun: frozenset[str] = field(init=False)
        time_preposition: frozenset[str] = field(init=False)
        both: frozenset[str] = field(init=False)
        subject_pronoun: frozenset[str] = field(init=False)
        comparison: frozenset[str] = field(init=False)
        comparative: frozenset[str] = field(init=False)
        first_person_subject: frozenset[str] = field(init=False)
        relative_determiner: frozenset[str] = field(init=False)
        person_relative: frozenset[str] = field(init=False)
        approximator: frozenset[str] = field(init=False)
        sequence: frozenset[str] = field(init=False)
        including: frozenset[str] = field(init=False)
        concessive_after_if: frozenset[str] = field(init=False)
        term_noun: frozenset[str] = field(init=False)
        absolute_opener: frozenset[str] = field(init=False)
        article: frozenset[str] = field(init=False)
        contraction: frozenset[str] = field(init=False)
        of_any: frozenset[str] = field(init=False)
        surname_particle: frozenset[str] = field(init=False)  # the lower-case words of a surname ("de" in "Luis de Guindos"; "of" joins no person's)
        to_any: frozenset[str] = field(init=False)
        coordinator: frozenset[str] = field(init=False)
        purpose: frozenset[str] = field(init=False)
        anaphoric: frozenset[str] = field(init=False)
        np_articles: frozenset[str] = field(init=False)
        before_signal: frozenset[str] = field(init=False)
        range_start: frozenset[str] = field(init=False)
        range_end: frozenset[str] = field(init=False)
        np_stop: frozenset[str] = field(init=False)
        place_openers: frozenset[str] = field(init=False)
        place_lead: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        # each role as a plain attribute (read in the inner loops): fw.of, fw.in_
        # (a trailing "_" for the Python keywords: in_, and_, for_, if_, as_ ...)
        for role, words in self.roles.items():
            object.__setattr__(self, role, words)
            object.__setattr__(self, role + "_", words)
        # adverb(word): a C-level test, asked for most tokens the rules walk over
        object.__setattr__(self, "adverb", methodcaller("endswith", self.adverb_suffix) if self.adverb_suffix else _never)

    def adverb(self, word: str) -> bool:  # replaced per instance by __post_init__
        return bool(self.adverb_suffix) and word.endswith(self.adverb_suffix)  # type: ignore[arg-type]


def _never(_word: str) -> bool:
    return False


def _function_words(data: dict) -> FunctionWords:
    roles = {role: frozenset(w.lower() for w in data.get(role, ())) for role in FUNCTION_ROLES}
    r = roles
    # composite roles the rules use often
    roles["article"] = r["definite"] | r["indefinite"]
    roles["contraction"] = r["contraction_of"] | r["contraction_to"]
    roles["of_any"] = r["of"] | r["contraction_of"]
    roles["to_any"] = r["to"] | r["contraction_to"]
    roles["coordinator"] = r["and"] | r["or"] | r["nor"]
    roles["purpose"] = r["for"] | r["without"]
    roles["anaphoric"] = r["definite"] | r["demonstrative"]
    roles["np_articles"] = r["definite"] | r["indefinite"] | r["possessive"]
    # what a relation signal may stand before: "tras la", "durante su", "antes de estos"
    roles["before_signal"] = roles["np_articles"] | r["possessive_first"] | r["demonstrative"] | r["quantifier"] | r["demonstrative_after_preposition"]
    # the words around a range of dates: "del 4 al 10", "entre el 4 y el 10", "from ... until"
    roles["range_start"] = r["from"] | r["contraction_of"] | r["between"] | r["of"]
    roles["range_end"] = r["until"] | r["contraction_to"] | r["and"] | r["to"]
    roles["np_stop"] = (
        r["relative"] | r["complementiser"] | r["when"] | r["as"] | r["and"] | r["or"] | r["but"]
        | r["although"] | r["because"] | r["if"] | r["while"] | r["according_to"] | r["neuter"]
        | r["time_preposition"] | r["alongside"]
    )
    roles["place_openers"] = r["in"] | r["to"] | r["contraction_to"] | r["from"] | r["toward"]
    roles["place_lead"] = roles["place_openers"] | r["of"]  # "de" too, after a place noun ("la ciudad de")
    connectors = tuple(sorted((tuple(c.lower().split()) for c in data.get("name_connectors", ())), key=len, reverse=True))
    roles["surname_particle"] = frozenset(w for c in connectors for w in c) - roles["of_any"]
    contractions = {}
    for word in sorted(r["contraction_of"] | r["contraction_to"]):  # (a set: sorted, so the dict is the same in every run)
        contractions[word] = data.get("contraction_article", {}).get(word, "")
    return FunctionWords(roles, connectors, data.get("adverb_suffix"), contractions)


@dataclass(frozen=True)
class PersonGender:
    """The words that tell one person's gender (gender.toml), each mapped to "f" or
    "m": subject pronouns, articles before a role noun, titles before a name, and
    given names (folded)."""

    pronouns: dict[str, str] = field(default_factory=dict)
    articles: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    given_names: dict[str, str] = field(default_factory=dict)


def _person_gender(data) -> PersonGender:
    def table(section: str, key=str.lower) -> dict[str, str]:
        words = data.get(section, {})
        return {key(w): g for g, name in (("f", "feminine"), ("m", "masculine")) for w in words.get(name, ())}

    return PersonGender(table("pronouns"), table("articles"), table("titles"), table("given_names", fold))


@dataclass(frozen=True)
class Lexicon:
    language: str
    verb_kinds: dict[str, tuple[str, str | None]]  # lemma -> (kind, title noun or None)
    reporting: frozenset[str]
    reporting_noun: str
    content_reporting: frozenset[str]  # reporting verbs that take their content as an object
    content_pronouns: frozenset[str]  # pronouns before a reporting verb that stand for what it says ("Así lo dijo")
    bare_reporting: dict[str, str]  # reporting verb -> the kind it names said with nothing after it
    listener_reporting: frozenset[str]  # reporting verbs told to someone before their clause ("told lawmakers the bill would")
    responding: frozenset[str]  # reporting verbs that are acts before "with" + a noun ("responded in April with duties")
    light: frozenset[str]
    scheduling: frozenset[str]
    scheduling_kinds: frozenset[str]  # the kinds of the scheduling verbs with one ("postponement"): what moves its object
    carriers: frozenset[str]  # event verbs that are light before an event noun ("lanzó tres ataques")
    tells_of_disaster: dict[str, frozenset[str]]  # verb -> objects: a clause that titles the disaster its subject names ("made landfall")
    introduces: frozenset[str]  # light verbs whose definite object is a new event ("presidió la cumbre")
    topic: frozenset[str]
    nouns: dict[str, tuple[str, str, bool]]  # form in lower case, accents kept -> (kind, lemma, plural)
    multiword: dict[str, list[tuple[tuple[str, ...], str, str, bool]]]  # first word -> [(words, kind, lemma, plural)]
    needs_complement: frozenset[str]
    needs_place: frozenset[str]
    quantity_verbs: frozenset[str]
    measure_moves: dict[str, str]  # quantity verb -> kind when a figure follows ("rose 3%": growth)
    percent_moves: dict[str, str]  # quantity verb -> kind when a percentage follows ("perdió un 20 %": fall)
    percent_words: tuple[tuple[str, ...], ...]  # what makes a figure a percentage ("%", "por ciento")
    measured: frozenset[str]  # words after a quantity verb that make it a measure
    not_events: tuple[tuple[str, ...], ...]
    kind_nouns: dict[str, tuple[str, str]]
    frames: frozenset[str]
    same_event: frozenset[frozenset[str]]
    compatible: dict[str, frozenset[str]]
    opens: dict[str, frozenset[str]]
    happens_at: dict[str, frozenset[str]]  # kind -> kinds of the event it takes place at
    acts: frozenset[str]
    later_rounds: frozenset[str]  # nouns of a later round of an election ("segunda vuelta", "runoff"): never the first round's event
    signals: dict[str, tuple[tuple[str, ...], ...]]
    signal_index: dict[str, list[tuple[str, tuple[str, ...], tuple[str, ...]]]]  # last word -> (relation, words, words before)
    also: frozenset[str]
    negation: frozenset[str]
    negative_subjects: frozenset[tuple[str, ...]]  # "no one", "nobody": a subject that denies its clause
    hypothetical: frozenset[str]
    possibility: frozenset[str]  # modals that make their verb a possibility ("might be released")
    factual_subjunctive: tuple[tuple[str, ...], ...]  # words before "que", each split
    factual_after_length: tuple[tuple[str, ...], ...]  # words before "que" after a length ("un día antes de que"), each split
    agent_participles: frozenset[str]
    occur: frozenset[str]
    opening: frozenset[str]  # verbs of occurring that open an event ("arrancó el viernes")
    lasting: frozenset[str]  # verbs that carry it on to a bound ("y se prolongará hasta el 15")
    place_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    street_nouns: frozenset[str]  # place nouns that are part of the name after them ("plaza Nueva")
    holding_nouns: frozenset[str]  # "stake in": an unknown name after their "in" is a company, no place
    home_nouns: frozenset[str]  # where a return goes, written with a possessive too ("regresaron a sus viviendas")
    destination_kinds: frozenset[str]  # motions whose unknown name after their preposition is a place ("travel to Dunmore")
    club_words: frozenset[str]  # a name ending in one is a club, no place ("Newcastle United")
    away_prepositions: frozenset[str]  # before a team's name in a match, its ground: the opponent ("play at Golden State")
    venue_words: frozenset[str]  # a name ending in one is a venue, a place even there ("at Madison Square Garden")
    venues: frozenset[str]  # grounds known by a name alone, places ("at Wembley"), folded
    not_places: frozenset[str]  # folded names after "en" that are no place ("en Infantil", a school stage)
    stopwords: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    clause_openers: frozenset[str]
    trigger_words: frozenset[str]  # every word that can start a trigger or take part in one
    strong_words: frozenset[str]  # words that are events by themselves: event nouns and event verb forms
    reporting_words: frozenset[str]  # forms of reporting verbs
    reasons: dict[str, str]
    # gazetteer
    entities: dict[str, Entity]  # folded name or alias -> entity
    entity_max_words: int
    entity_starts: dict[str, int]  # folded first word of a name -> most words of a name starting with it
    leader_variants: tuple[tuple[str, frozenset[str], Entity], ...]  # (variant as written, its folded words, leader)
    demonyms: dict[str, str]  # folded demonym form -> country
    leaders: dict[str, Entity]  # folded name variant -> leader (type person)
    leader_short: dict[str, str]  # leader -> the surname titles use ("Sánchez")
    leader_roles: frozenset[str]
    roles: frozenset[str]  # every role noun, folded
    role_max_words: int
    collective: frozenset[str]
    nameless: frozenset[str] = frozenset()  # group nouns that name nobody ("markets", "sources", "expertos")
    plural_agent_endings: tuple[str, ...] = ()  # endings of plural nouns of people ("technicians")
    seated: frozenset[str] = frozenset()  # bodies that never travel ("tribunal", "parlamento")
    company_nouns: frozenset[str] = frozenset()  # "la empresa": the company the article is about
    sources: frozenset[str] = frozenset()  # those who tell what others do ("fuentes")
    adjective_roles: frozenset[str] = frozenset()  # role words that are also adjectives ("fiscal", "general")
    function_words: frozenset[str] = frozenset()  # stopwords, determiners, prepositions and every fw role: never a noun
    capital_of: dict[str, str] = field(default_factory=dict)
    leader_by_name: dict[str, Entity] = field(default_factory=dict)  # canonical name -> leader
    leaders_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # country -> leaders' names, in data order
    role_first_words: frozenset[str] = frozenset()  # the first word of every role
    not_events_by_word: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = field(default_factory=dict)  # word -> (its offset, phrase)
    # The function words of the language by the role the rules give them.
    fw: FunctionWords = field(default_factory=lambda: _function_words({}))
    # "during" signals too weak to frame an event alone ("en", "de"): a complement
    weak_signals: frozenset[str] = frozenset()
    # signals after a duration that relate it to an event ("dos días después de")
    duration_after: tuple[str, ...] = ()
    duration_before: tuple[str, ...] = ()
    # a length counted down to an event ("faltan diez días para", "a diez días de las",
    # "with ten days to go before"): see events.toml [signals] countdown_*
    countdown_verbs: frozenset[str] = frozenset()
    countdown_links: tuple[str, ...] = ()
    countdown_at: frozenset[str] = frozenset()
    countdown_at_links: tuple[str, ...] = ()
    countdown_after: tuple[str, ...] = ()
    loose_adverb_suffix: str = ""  # see events.toml [function_words]
    # clause events the lexicon has no kind for ("action")
    generic_kind: str = "action"
    states: frozenset[str] = frozenset()  # verbs that are no event, even dated
    pronominal_events: frozenset[str] = frozenset()  # states or topic verbs that are acts with "se"
    reflexive_kinds: dict[str, str] = field(default_factory=dict)  # lemma -> kind with "se" only ("se manifestaron": a protest)
    reflexive_states: frozenset[str] = frozenset()  # verbs that are states with "se" ("se remontan a")
    time_spending: frozenset[str] = frozenset()  # verbs that are states before a length of time ("pasó dos meses en prisión")
    link_verbs: frozenset[str] = frozenset()  # verbs that say what the subject comes to be, no act of a pronoun's ("She became the first woman")
    period_closings: frozenset[str] = frozenset()  # "cerrará el año con un déficit": a figure at the period's end, no act
    closed_periods: frozenset[str] = frozenset()  # the periods those close ("año"; a year's number also)
    time_allowed: frozenset[str] = frozenset()  # states before a length and "para" + infinitive: time given ("tiene diez días para")
    time_allowed_purpose: frozenset[str] = frozenset()  # the word before the act to do in that time ("para", "to")
    threatening: dict[str, frozenset[str]] = field(default_factory=dict)  # verb -> the word before what it threatens ("amenazar con")
    freedoms: dict[str, frozenset[str]] = field(default_factory=dict)  # frame noun -> what it is a freedom of ("libertad de voto")
    paired_subjects: frozenset[str] = frozenset()  # "y otro": the other of a pair, told in the same circumstance ("Un trabajador murió y otro resultó herido el lunes")
    reported_after_of: frozenset[str] = frozenset()  # reporting verbs whose content follows "de" ("informó del cierre")
    other_counts: frozenset[str] = frozenset()  # "y se retrasaron otros 200": a count whose noun is the one counted before
    deadline_noun: str = ""  # the noun that names the time given up to a day ("tienen hasta el 15 de diciembre para": a "plazo")
    cardinals: frozenset[str] = frozenset()  # numbers in words ("uno", "tres"): "Uno de los arrestados" is a count, no name
    bound_limits: tuple[tuple[str, ...], ...] = ()  # between a bound and its date: "desde al menos 2022"
    office_term_verbs: frozenset[str] = frozenset()  # the verbs of the two-word office_terms ("dar" of "dar clases")
    office_terms: dict[str, str] = field(default_factory=dict)  # office states bounded on both sides: a term ("gobernó entre 2011 y 2019")
    state_participles: frozenset[str] = frozenset()  # verbs whose participle after a noun tells a state ("afectados")
    held_participles: frozenset[str] = frozenset()  # verbs whose participle after "en" + a noun dates the act held there ("celebrado el martes")
    with_se_or_person: frozenset[str] = frozenset()  # event verbs that need "se" or "a" + someone ("reunir")
    hurt_own_body: frozenset[str] = frozenset()  # verbs of hurting that are events only in the passive or on one's own body ("sprained his wrist")
    blames: frozenset[str] = frozenset()  # "acusar": nouns after its "de" + infinitive are what is blamed
    played_nouns: frozenset[str] = frozenset()  # meeting nouns that are a match when the clause is played ("encuentro ante el Betis")
    campaign_nouns: frozenset[str] = frozenset()  # protest nouns that are a campaign rally when the clause names a race for votes ("a rally for the candidate")
    campaign_cues: frozenset[str] = frozenset()  # the words of that race ("candidate", "campaign")
    part_nouns: frozenset[str] = frozenset()  # "la segunda fase de la campaña": a part of the event, no frame around it
    competition_matches: frozenset[str] = frozenset()  # verbs that are a match in a clause naming a competition ("visitar")
    opponent_matches: frozenset[str] = frozenset()  # verbs that are a match before a name in a sports sentence ("face Brentford")
    joint_appearances: frozenset[str] = frozenset()  # verbs that are an act before "with" + a name ("appear with Governor Brian Kemp")
    negative_determiners: frozenset[str] = frozenset()  # "no": an event noun after it is denied ("no deaths")
    record_participles: frozenset[str] = frozenset()  # verbs whose past form after a record noun is a reduced passive ("industry data published on Friday")
    announced_records: frozenset[str] = frozenset()  # nouns of dealings made public that a participle of announcing may describe ("a deal first announced in May 2023")
    record_participle_kinds: dict[str, str] = field(default_factory=dict)  # of those verbs, the kind they tell there ("announce": an announcement, no statement)
    harm_by_dated_subject: frozenset[str] = frozenset()  # harm verbs that share the date before their event-noun subject ("The Nov. 2 attack killed five people")
    absence_words: frozenset[str] = frozenset()  # words after a copula and before "until" that tell an absence ("will be out until mid-December")
    coming_period_links: frozenset[str] = frozenset()  # before a coming length the act holds for ("para las próximas 48 horas")
    coming_words: frozenset[str] = frozenset()  # words of a length still to come ("próximas")
    period_setting_verbs: frozenset[str] = frozenset()  # verbs whose act holds for a coming period ("activar", "suspender")
    states_until: dict[str, str] = field(default_factory=dict)  # word of a state before "until" + a date -> its kind ("cerrados": a closure)
    state_onset_verbs: frozenset[str] = frozenset()  # of those, the ones that tell the state's onset ("quedaron suspendidas")
    lasting_state_verbs: frozenset[str] = frozenset()  # verbs that, as the copula, tell a state before it ("permanecerán cerrados")
    match_words: frozenset[str] = frozenset()  # words that make a sentence a sports one ("fixture", "derby")
    with_person: frozenset[str] = frozenset()  # ... that need "a" + someone or a passive ("detener"; "bear": "was born")
    dated_topic_events: frozenset[str] = frozenset()  # topic verbs that are acts in a dated clause
    dated_asking: dict[str, str] = field(default_factory=dict)  # ... only with the word of what is asked ("asked for")
    presenting: frozenset[str] = frozenset()  # reporting verbs that before "to" tell going there ("to report to prison")
    moving_reporting: dict[str, str] = field(default_factory=dict)  # reporting verbs that before a new day move their object ("adelantará al lunes la vacunación")
    within_length: frozenset[str] = frozenset()  # before a length, the event falls inside it ("within the next two weeks")
    length_after_told: frozenset[str] = frozenset()  # after such a length, it counts from the day told before ("en los quince días siguientes")
    gap_relatives: frozenset[str] = frozenset()  # relative words a verb right after has the antecedent as subject ("that killed")
    crime_reasons: tuple[tuple[str, ...], ...] = ()  # before a crime, what someone is held for ("suspected of", "in prison for")
    stances: tuple[tuple[str, ...], ...] = ()  # before an event noun, a stance on it ("a favor de la huelga"): no date of its clause
    modifier_complements: dict[str, frozenset[str]] = field(default_factory=dict)  # kind of a noun -> words before it that complete it ("a subway strike") or say which ("a cholera outbreak")
    adjective_event_words: frozenset[str] = frozenset()  # event nouns that before another one describe it ("a final dress rehearsal")
    made_known: dict[str, frozenset[str]] = field(default_factory=dict)  # needs_complement noun -> verbs that with "se" make it the event ("el fallo se conocerá")
    object_infinitive: frozenset[str] = frozenset()  # verbs whose object "to" + infinitive tells what it is to do ("ordered both sides to file briefs")
    noun_periods: frozenset[str] = frozenset()  # between a common noun and a date, the noun's period ("its forecast for 2026")
    aside_adjectives: frozenset[str] = frozenset()  # open an aside as a participle does (", payable on Dec. 15")
    preposition_objects: dict[str, str] = field(default_factory=dict)  # verbs whose object follows their preposition ("learned of the breach")
    complement_adjectives: frozenset[str] = frozenset()  # open a "de" complement before its noun ("de largo alcance")
    awaiting: frozenset[str] = frozenset()  # verbs whose event-noun object is the clause's event ("await the meeting")
    reference_values: frozenset[tuple[str, ...]] = frozenset()  # a value measured against, whose date is its own ("its closing price on Friday")
    alternatives: frozenset[tuple[str, ...]] = frozenset()  # before a noun, an alternative not taken ("instead of pursuing acquisitions")
    # the tagger's future direction cues as word tuples ("a partir de", "para"): a date
    # after one is what a scheduling verb plans, not the act
    future_cues: frozenset[tuple[str, ...]] = frozenset()
    # lang temporal.toml: verbs that move an event to a new date, and the words before the old and new dates
    move_verbs: frozenset[str] = frozenset()
    move_phrases: frozenset[str] = frozenset()  # a verb's lemma and its particle that move an event ("put off")
    move_origins: frozenset[str] = frozenset()
    revised_plan_words: frozenset[str] = frozenset()  # lang temporal.toml: "prevista inicialmente para el 4": a plan given up
    due_words: frozenset[str] = frozenset()  # lang temporal.toml: "due" before a date ("originally due in June")
    move_targets: frozenset[str] = frozenset()
    calling_verbs: frozenset[str] = frozenset()  # lang temporal.toml: "convocaron paros los días 24 y 25": the strikes' days
    aspect: frozenset[str] = frozenset()  # "comenzar a", "volver a" + infinitive
    aspect_gerund: frozenset[str] = frozenset()  # "begin buying": the gerund's event
    object_relatives: frozenset[str] = frozenset()  # "el retraso, que atribuyó a ...": the antecedent is the object
    measure_nouns: frozenset[str] = frozenset()  # "un plan para reducir las emisiones, que entrará en vigor": the relative's antecedent
    measure_acts: frozenset[str] = frozenset()  # "una moción a la Mesa, que se votará": what is done to the measure
    product_nouns: frozenset[str] = frozenset()  # nouns of made things before their name ("el sistema operativo Mac OS X Lion")
    naming_nouns: frozenset[str] = frozenset()  # nouns whose name follows them and names the thing ("el premio Cervantes"): no actor
    inverted_subject_verbs: frozenset[str] = frozenset()  # verbs of change whose subject may follow them ("A partir del lunes cambia el horario")
    declaring: dict[str, str] = field(default_factory=dict)  # "dar" -> "por": "dieron por estabilizado el incendio", the participle's act
    obligation: frozenset[str] = frozenset()  # "deber", "poder" + a bare infinitive: the infinitive's event, due or allowed
    permission: frozenset[str] = frozenset()  # of those, "poder": with "se" on the infinitive, what is open to all ("podrá visitarse")
    obligation_met: frozenset[str] = frozenset()  # of those, "tener": "tuvo que suspender" tells the act done
    obligation_by_que: frozenset[str] = frozenset()  # of those, "tener": "tendrá que comparecer", joined by "que"
    plan_participles: frozenset[str] = frozenset()  # "el derbi, previsto para el 4 de enero": the noun's date
    held_bodies: dict[str, str] = field(default_factory=dict)  # "el Consejo Europeo, que se celebrará el jueves": a summit
    participle_complements: frozenset[str] = frozenset()  # "una exposición dedicada a Goya": the object's own words
    date_setting_verbs: frozenset[str] = frozenset()  # "ha fijado para el 3 de diciembre la vista": the noun's day
    days_before_dates: frozenset[str] = frozenset()  # "para los días 9 y 10": words of a date's own, not of the gap before it
    plan_words_after_noun: frozenset[str] = frozenset()  # "the strike planned for Friday": written forms, the date after them the noun's
    denying: frozenset[str] = frozenset()  # verbs that deny what the clause after them tells ("denied that it had cancelled")
    averting: frozenset[str] = frozenset()  # verbs whose object event does not happen ("evitó una huelga")
    planning: frozenset[str] = frozenset()  # "prever" + a bare infinitive: the infinitive's event, planned
    summoning: frozenset[str] = frozenset()  # "citar" + "a" + infinitive: the act the one summoned is called to
    plan_holders: frozenset[str] = frozenset()  # "tener" + a plan participle + infinitive: "tiene previsto abrir"
    open_to_visitors: frozenset[str] = frozenset()  # infinitives after "se podrá" that date the noun before ("que podrá visitarse del 18 de noviembre")
    convening: frozenset[str] = frozenset()  # kinds a scheduling verb takes from the body it calls: the date is theirs
    verb_objects: dict[str, dict[str, str]] = field(default_factory=dict)  # lemma -> {complement word -> kind}
    verb_subjects: dict[str, dict[str, str]] = field(default_factory=dict)  # lemma -> {subject head -> kind}
    impersonal: frozenset[str] = frozenset()  # kinds nobody does: no actor from a verb's subject
    ends_subject: frozenset[str] = frozenset()  # kinds that end what their subject names ("The agreement expires")
    unit_words: frozenset[str] = frozenset()  # lang units.toml: the words of calendar and clock units ("hours")
    short_lengths: frozenset[str] = frozenset()  # bare lengths of less than a day before "after" ("hours after the arrest")
    due_release: dict = field(default_factory=dict)  # a record "due" on a date: its release ("The jobs report is due Friday")
    occasions: frozenset[str] = frozenset()  # statement nouns naming an occasion ("rueda de prensa")
    rolling_series: frozenset[str] = frozenset()  # "los dos últimos encuentros": a run counted from now
    means_nouns: frozenset[str] = frozenset()  # "con los votos de ...": how, not who takes part
    received_with_en: frozenset[str] = frozenset()  # kinds whose "en + X" right after the verb is who receives ("recayó en")
    commemorations: frozenset[str] = frozenset()  # "aniversario": the event after its "de" is long past
    sitting_bodies: frozenset[str] = frozenset()  # meeting nouns that also name the body sitting ("el pleno aprobó")
    sessions_of_body: frozenset[str] = frozenset()  # of these, sittings of the body named after them ("Pleno del Gobierno")
    putting_off_noun_verbs: frozenset[str] = frozenset()  # verbs that, in the past, do the calling off their object noun tells ("forzó la suspensión del concierto")
    convened_kinds: frozenset[str] = frozenset()  # kinds of a verb whose object event is held by its subject ("convocó una asamblea")
    held_at_kinds: frozenset[str] = frozenset()  # kinds of a sitting an act is done at, told by the act ("en su reunión semanal, aprobó")
    named_place_kinds: frozenset[str] = frozenset()  # kinds no one does: a name after their "de" is where ("el incendio de Cortes de Pallás")
    known_object_kinds: frozenset[str] = frozenset()  # kinds of an act done to an event already told: "recurrirá la sentencia el lunes" (no ruling that day)
    one_person_kinds: frozenset[str] = frozenset()  # kinds done to one person: "la hospitalización del artista" tells the one of the singer named before
    recurring: frozenset[str] = frozenset()  # kinds held each year: events only when named or held
    # words before a date that make it a bound of the event: "before" (the event comes
    # before the date), "by" (on it at the latest), "after" (after it)
    deadlines: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)  # by last word
    onset_kinds: frozenset[str] = frozenset()  # kinds of an act on a service that takes effect on the date after an onset word ("cancelled 200 flights starting Monday")
    tally_by: frozenset[str] = frozenset()  # floor words that, before a past act, tell the day it had come by ("as of Friday, 40 had been sickened")
    near_time_openers: frozenset[str] = frozenset()  # "shortly" of "shortly before": no object of a verb
    onsets: frozenset[tuple[str, ...]] = frozenset()  # floor words that tell when a lasting event begins ("starting")
    future_onsets: frozenset[tuple[str, ...]] = frozenset()  # bound words that are onsets under a future verb ("reforzará desde el miércoles")
    time_antecedents: frozenset[str] = frozenset()  # "la última vez que ...": the clause is dated by the main one
    date_setting_nouns: frozenset[str] = frozenset()  # "fijó la fecha para las elecciones": a date set for what follows
    counted: frozenset[str] = frozenset()  # after a number, a count, not events ("12 votes")
    resuming: frozenset[str] = frozenset()  # verbs that take an event up again, said of it ("The strike resumed on Monday")
    ability: frozenset[str] = frozenset()  # modals of ability: a present act they open is ahead ("Owners can check ... from Wednesday")
    since_rankings: frozenset[str] = frozenset()  # words that make "since" a ranking's bound ("its first annual loss since 1992")
    holding: frozenset[str] = frozenset()  # verbs whose object event noun needs no complement ("would hold a strike on Nov. 20")
    entering: frozenset[str] = frozenset()  # light verbs only before a preposition and an event noun ("went on strike")
    fixed_light: dict[str, tuple[str, ...]] = field(default_factory=dict)  # light verbs only before these words ("llevar a cabo")
    pro_verbs: frozenset[str] = frozenset()  # light verbs that stand for a verb said before ("como ya hizo")
    ordinals: frozenset[str] = frozenset()  # "quinto": opens a ranking aside ("El Athletic, quinto en LaLiga, suma")
    series_counts: frozenset[str] = frozenset()  # counts of two or more before a plural event noun: a series ("tres", "several")
    count_modifiers: frozenset[tuple[str, ...]] = frozenset()  # words that make a count approximate or a bound ("más de", "unos")
    needs_determiner: frozenset[str] = frozenset()  # nouns that are events only after a determiner ("el temporal")
    needs_date: frozenset[str] = frozenset()  # nouns that are events only with their own date ("el partido del sábado")
    subject_trips: frozenset[str] = frozenset()  # trip nouns after "before"/"after" that are the clause subject's ("before a road trip")
    needs_bound_date: frozenset[str] = frozenset()  # period nouns that are events only as they begin or end on a date ("The regular season ends on April 12")
    period_modifiers: frozenset[str] = frozenset()  # periods set before an event noun as its date ("a weekend shooting")
    needs_until: frozenset[str] = frozenset()  # nouns that are events only with "hasta + date" after them ("plazo hasta el 15 de enero")
    deadline_date_links: frozenset[str] = frozenset()  # words right after such a noun that give its last day as well ("a deadline of Dec. 15")
    matter_heads: frozenset[str] = frozenset()  # words whose "por/de" + event noun is the matter they concern ("el juicio por el incendio")
    matter_links: frozenset[str] = frozenset()
    warnings: frozenset[str] = frozenset()  # nouns whose "por"/"de" + event noun is what is feared ("aviso rojo por lluvias")
    warning_links: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()  # verbs whose "de" + event noun is what is feared ("advirtió de lluvias")
    completing_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # needs_complement noun -> verbs whose subject it is that tell which one ("The strike hit the port")
    completing_objects: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # ... verbs that tell it with one of these objects only ("hit the port")
    completing_vetoes: dict[str, frozenset[str]] = field(default_factory=dict)  # ... unless its sentence has one of these words ("killing two")
    needs_cue: dict[str, frozenset[str]] = field(default_factory=dict)  # nouns that are events only with one of their words in the sentence ("investigación" + "denuncia")
    titled_by_kind: frozenset[str] = frozenset()  # nouns of where an event happens, titled by its kind ("urnas": "Elecciones")
    attributive_kinds: frozenset[str] = frozenset()  # kinds whose noun before a common noun describes it ("a World Cup shirt")
    year_covered: frozenset[str] = frozenset()  # kinds whose year names what they cover ("los presupuestos de 2026")
    named_by_period: frozenset[str] = frozenset()  # kinds whose date in their phrase says which one ("las vacaciones de Navidad")
    closing: frozenset[str] = frozenset()  # verbs that end it on their date ("y terminará el 12 de marzo")
    ended: tuple[tuple[str, ...], ...] = ()  # words that tell an event noun ended on its clause's date ("quedó hoy visto para sentencia")
    place_objects: frozenset[str] = frozenset()  # verbs whose object is the place an event strikes
    personal_objects: frozenset[str] = frozenset()  # kinds whose "a + X" is the one it happens to
    opponent_kinds: frozenset[str] = frozenset()  # kinds whose "a/to + X" is the opponent, never a place
    # gender of kind nouns for their article (Spanish: by ending, exceptions as data)
    genders: dict = field(default_factory=dict)
    # Words titles are built with ("y"/"and", "con"/"with", "en"/"in", ...).
    title_words: dict = field(default_factory=dict)
    money_results: frozenset[str] = frozenset()  # quantity verbs whose amount of money, dated, is a result ("ganó 142 millones de euros")
    money_words: frozenset[str] = frozenset()  # currencies, by name or sign
    measured_amounts: frozenset[str] = frozenset()  # words of a large amount between the figure and its currency ("millones")
    # by first word (asked at every word after a verb): phrase -> part of the predicate
    fixed_complements: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # "en vigor": not a place
    fixed_complement_takers: frozenset[str] = frozenset()  # verbs whose object follows the fixed complement ("puso en marcha el plan")
    object_predicates: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # "guilty" after "found Sean Combs"
    predicate_objects: frozenset[str] = frozenset()  # a light verb's lemma and the bare noun that makes it a predicate ("take effect")
    particles: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> the adverbs that complete it ("sworn in")
    particle_event_objects: frozenset[str] = frozenset()  # lemmas whose particle frame needs an event noun object ("pushed back the launch")
    naming_verbs: frozenset[str] = frozenset()  # verbs that name their object something ("called the strike "reckless"")
    # English puts a name or a possessive before the event noun ("the US-Central
    # Asia summit", "Tokayev's visit").
    names_before_nouns: bool = False
    subject_before_verb: bool = False  # English order: a phrase right before the verb, opening its clause, is its subject
    hodiernal_perfect: bool = False  # the present perfect tells today's act ("ha activado el aviso")
    ended_states: bool = False  # a past state told only by its end is an event with no start ("estuvo de baja hasta marzo")
    object_participants: frozenset[str] = frozenset()  # "meet X": X takes part
    implicit_complementiser: str | None = None  # the "that" a reported clause may leave out ("said he would")
    title_role_words: frozenset[str] = frozenset()  # role words written before a name ("President")
    institution_words: frozenset[str] = frozenset()  # after a demonym, an institution's name ("Swiss National Bank")
    paired_field_heads: frozenset[str] = frozenset()  # a body's name may go on past "y" ("Federación de Municipios y Provincias")
    honorifics: frozenset[str] = frozenset()  # titles abbreviated with a dot before a name ("Mrs. Smith")
    company_endings: frozenset[str] = frozenset()  # last words of companies' names ("Keystone Brands"): no surnames
    announced_plans: frozenset[str] = frozenset()  # kinds a verb of announcing tells as plans: the date after them is the announcing's ("announced 10,000 job cuts on Monday")
    institution_nouns: frozenset[str] = frozenset()  # the noun a body's name ends on ("Supreme Court"): no person
    other_event_words: frozenset[str] = frozenset()  # "In a separate ruling": another event, no restatement
    elided_event_words: frozenset[str] = frozenset()  # "a rally on Friday and another on Saturday": one more of the noun before
    named_event_heads: dict[str, str] = field(default_factory=dict)  # last word of a name -> its event kind ("Cannes Film Festival")
    named_heads_not_events: frozenset[str] = frozenset()  # such names that are no event ("Western Conference"), folded
    ordinal_event_words: dict[str, str] = field(default_factory=dict)  # "dos debates: el primero ..., el segundo ...": ordinal -> its form before a noun
    tally_verbs: frozenset[str] = frozenset()  # "linked the fault to at least 40 accidents": a count of events, none told
    tally_count_words: frozenset[str] = frozenset()  # "to at least 40 accidents": words between "to" and the count
    definite_article: str | None = None
    person_gender: PersonGender = field(default_factory=PersonGender)  # for pronoun coreference

    def article(self, noun: str, plural: bool) -> str:
        """The definite article of a kind noun (Spanish: by ending, exceptions as data)."""
        if self.definite_article:
            return self.definite_article
        feminine, plural_noun = lang.load(self.language).noun_gender(noun)
        return self.genders["articles"][(2 if plural or plural_noun else 0) + feminine]

    def compatible_kinds(self, kind: str) -> frozenset[str]:
        """The kinds a mention of `kind` may merge with (itself included)."""
        return self.compatible.get(kind) or frozenset((kind,))

    def same_or_compatible(self, a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in self.same_event

    def deadline_before(self, low: list[str], k: int) -> tuple[int, str | None]:
        """(first token, side) of the deadline words ("antes de", "by") that end right
        before token k of the lower-cased words `low`; (k, None) if none do."""
        for words, side in self.deadlines.get(low[k - 1], ()) if k > 0 else ():
            if k >= len(words) and tuple(low[k - len(words) : k]) == words:
                return k - len(words), side
        return k, None


def _plural(noun: str, language: str = "es") -> str:
    if language == "en":
        if noun.endswith(("s", "x", "ch", "sh")):
            return noun + "es" if not noun.endswith("s") else noun
        if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
            return noun[:-1] + "ies"
        return noun + "s"
    if noun.endswith(("s", "x")):
        return noun
    if noun.endswith("z"):
        return noun[:-1] + "ces"
    if noun[-1] in "aeiouáéó":
        return noun + "s"
    # -ión, -én lose the accent: reunión -> reuniones
    stressed = {"ión": "iones", "én": "enes", "án": "anes", "ín": "ines", "ón": "ones"}
    for ending, replacement in stressed.items():
        if noun.endswith(ending):
            return noun[: -len(ending)] + replacement
    return noun + "es"


def demonym_forms(masculine: str, language: str = "es") -> list[str]:
    """ruso -> ruso, rusa, rusos, rusas; francés -> francesa, franceses...; marroquí -> marroquíes.
    English: Russian -> Russian, Russians (Chinese, Swiss stay)."""
    m = masculine
    if language == "en":
        return [m] if m.endswith(("ese", "ss", "sh", "ch", "i")) else [m, m + "s"]
    if m.endswith("o"):
        return [m, m[:-1] + "a", m + "s", m[:-1] + "as"]
    if m.endswith(("e", "a")):
        return [m, m + "s"]
    if m[-1] in "íú":
        return [m, m + "es", m + "s"]
    for accented, plain in (("és", "es"), ("án", "an"), ("ón", "on"), ("ín", "in"), ("ís", "is")):
        if m.endswith(accented):
            stem = m[: -len(accented)] + plain
            return [m, stem + "a", stem + "es", stem + "as"]
    return [m, m + "a", m + "es", m + "as"]


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


@functools.cache
def load(language: str) -> Lexicon | None:
    """The compiled lexicon, or None for a language without event data. The data read
    first (verb kinds, event nouns, signal phrases, the gazetteer, the leaders) is
    shared by several fields; each kind of data then gives its fields (`_verb_fields`,
    `_noun_fields`, ... `_trigger_fields`)."""
    data = lang.load(language)
    events = data.get("events")
    direction_cues = (data.get("temporal") or {}).get("direction_cues", {})  # the temporal data's, shared
    if not events:
        return None
    people = data.get("people")
    words = data.get("verbs").get("words", {})
    fw = _function_words(events.get("function_words", {}))
    verb_kinds = _verb_kinds(events)
    nouns, multiword = _event_nouns(events, language)
    signals = _signal_phrases(events)
    entities, demonyms, capital_of = _gazetteer(data.get("places"), language)
    leaders, leader_short = _leaders(people)
    return Lexicon(
        language=language,
        **_verb_fields(events, verb_kinds),
        **_state_fields(events),
        **_noun_fields(events, nouns, multiword),
        **_relation_fields(events["relations"]),
        **_signal_fields(events, signals, fw),
        **_place_fields(events, entities, leaders, demonyms, capital_of),
        **_people_fields(data, people, leaders, leader_short, fw),
        **_word_fields(events, words, fw, data.get("language")),
        **_complement_fields(events),
        **_option_fields(events),
        **_direction_fields(direction_cues),
        **_number_fields(data, events),
        **_trigger_fields(language, events, verb_kinds, nouns, multiword),
    )


def _phrase_set(items) -> frozenset[str]:
    """Phrases as lower-case words joined by one space."""
    return frozenset(" ".join(_words(item)) for item in items)


def _verb_kinds(events: Mapping[str, Any]) -> dict[str, tuple[str, str | None]]:
    """The event verbs: lemma -> (kind, title noun or None)."""
    verb_kinds: dict[str, tuple[str, str | None]] = {}
    for lemma, value in events["verbs"].items():
        if isinstance(value, str):
            verb_kinds[lemma] = (value, None)
        else:
            verb_kinds[lemma] = (value[0], value[1])
    return verb_kinds


def _event_nouns(events: Mapping[str, Any], language: str) -> tuple[dict[str, tuple[str, str, bool]], dict[str, list]]:
    """The event nouns, singular and plural: one-word ones by form, longer ones by
    their first word, the longest first."""
    nouns: dict[str, tuple[str, str, bool]] = {}
    multiword: dict[str, list] = {}
    for noun, kind in events["nouns"].items():
        parts = _words(noun)
        plural = _plural(noun.split()[0], language) + (noun[len(noun.split()[0]) :] if " " in noun else "")
        if len(parts) == 1:
            # entries are singular, except plural-only nouns ("elecciones", "contactos")
            nouns.setdefault(parts[0], (kind, noun, noun.endswith("s")))
            nouns.setdefault(plural.lower(), (kind, noun, True))
        else:
            for form, is_plural in ((noun, False), (plural, True)):
                w = _words(form)
                multiword.setdefault(w[0], []).append((w, kind, noun, is_plural))
    for entries in multiword.values():
        entries.sort(key=lambda e: -len(e[0]))
    return nouns, multiword


def _signal_phrases(events: Mapping[str, Any]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The relation signals by name, each a tuple of words, the longest first."""
    return {
        name: tuple(sorted((_words(s) for s in events["signals"].get(name, ())), key=len, reverse=True))
        for name in ("during", "after", "before", "beside", "infinitive_events", "infinitive_clauses")
    }


def _add_entity(entities: dict[str, Entity], name: str, entity: Entity) -> None:
    entities.setdefault(fold(name), entity)


def _gazetteer(places: Mapping[str, Any], language: str) -> tuple[dict[str, Entity], dict[str, str], dict[str, str]]:
    """The places, competitions, organisations and groups by folded name (the first
    entry of a name wins), the demonyms' countries, and each capital's country."""
    entities: dict[str, Entity] = {}
    demonyms: dict[str, str] = {}
    capital_of: dict[str, str] = {}
    for country, info in places["countries"].items():
        entity = Entity(country, "country", country, info.get("short"))
        _add_entity(entities, country, entity)
        for alias in info.get("aliases", ()):
            _add_entity(entities, alias, entity)
        for form in demonym_forms(info["demonym"], language) + list(info.get("demonyms", ())):
            demonyms.setdefault(form.lower(), country)
        if "capital" in info:
            _add_entity(entities, info["capital"], Entity(info["capital"], "city", country))
            capital_of[info["capital"]] = country
        for city in info.get("cities", ()):
            _add_entity(entities, city, Entity(city, "city", country))
    for country, cities in places["cities"].items():
        for city in cities:
            _add_entity(entities, city, Entity(city, "city", country))
    for region in places["regions"]["names"]:
        _add_entity(entities, region, Entity(region, "region"))
    for competition, info in places.get("competitions", {}).items():
        entity = Entity(competition, "competition")
        _add_entity(entities, competition, entity)
        for alias in info.get("aliases", ()):
            _add_entity(entities, alias, entity)
    for org, info in places["organisations"].items():
        entity = Entity(org, "org", info.get("country"), info.get("short"), bool(info.get("agency")))
        _add_entity(entities, org, entity)
        for alias in info.get("aliases", ()):
            _add_entity(entities, alias, entity)
    for group, info in places.get("groups", {}).items():
        entity = Entity(group, "group", info.get("country"), info.get("short"))
        _add_entity(entities, group, entity)
        for alias in info.get("aliases", ()):
            _add_entity(entities, alias, entity)
    return entities, demonyms, capital_of


def _leaders(people: Mapping[str, Any]) -> tuple[dict[str, Entity], dict[str, str]]:
    """The leaders by each folded variant of their name, and the one-word name each
    is known by, when one is listed."""
    leaders: dict[str, Entity] = {}
    leader_short: dict[str, str] = {}
    for name, info in people["leaders"].items():
        single = [v for v in info.get("names", ()) if " " not in v and "-" not in v]
        if single:
            leader_short[name] = single[0]
        entity = Entity(name, "person", info["country"])
        for variant in [name, *info.get("names", ())]:
            leaders.setdefault(fold(variant), entity)
    return leaders, leader_short


def _trigger_fields(language: str, events: Mapping[str, Any], verb_kinds: dict[str, tuple[str, str | None]], nouns: dict[str, tuple[str, str, bool]], multiword: dict[str, list]) -> dict:
    """The words that may open an event (every form of an event, reporting or light
    verb, and the nouns), the strong ones (event verbs and nouns), and the forms of the
    reporting verbs."""
    verb_lexicon = verb_forms._LEXICONS[language]() if language in verb_forms._LEXICONS else None
    trigger_lemmas = set(verb_kinds) | set(events["reporting"]["verbs"]) | set(events["light"]["verbs"])
    trigger_words = set(nouns)
    trigger_words.update(multiword)
    strong_words = set(trigger_words)
    reporting_words = set()
    reporting_lemmas = set(events["reporting"]["verbs"])
    if verb_lexicon is not None:
        for form, (lemma, _tense) in verb_lexicon.forms.items():
            if lemma in trigger_lemmas:
                trigger_words.add(form.lower())
            if lemma in verb_kinds:
                strong_words.add(form.lower())
            if lemma in reporting_lemmas:
                reporting_words.add(form.lower())
    return dict(
        trigger_words=frozenset(trigger_words),
        strong_words=frozenset(strong_words),
        reporting_words=frozenset(reporting_words),
    )


def _verb_fields(events: Mapping[str, Any], verb_kinds: dict[str, tuple[str, str | None]]) -> dict:
    """The verbs' sections: kinds, reporting and light verbs, what their objects and subjects make."""
    return dict(
        verb_kinds=verb_kinds,
        reflexive_kinds=dict(events.get("reflexive_verbs", {})),
        reporting=frozenset(events["reporting"]["verbs"]),
        reporting_noun=events["reporting"]["noun"],
        content_reporting=frozenset(events["reporting"]["content"]),
        content_pronouns=frozenset(events["reporting"].get("content_pronouns", ())),
        bare_reporting=dict(events["reporting"].get("bare", {})),
        listener_reporting=frozenset(events["reporting"].get("listener", ())),
        responding=frozenset(events["reporting"].get("responding", ())),
        presenting=frozenset(events["reporting"].get("presenting", ())),
        moving_reporting=dict(events["reporting"].get("moving", {})),
        light=frozenset(events["light"]["verbs"]),
        pro_verbs=frozenset(events["light"].get("pro_verbs", ())),
        scheduling=frozenset(events["light"]["scheduling"]),
        convening=frozenset(events["light"].get("convening", ())),
        scheduling_kinds=frozenset(verb_kinds[lemma][0] for lemma in events["light"]["scheduling"] if lemma in verb_kinds),
        carriers=frozenset(events["light"].get("carriers", ())),
        introduces=frozenset(events["light"].get("introduces", ())),
        tells_of_disaster={verb: frozenset(objects) for verb, objects in events.get("disaster_clauses", {}).items()},
        topic=frozenset(events["light"]["topic"]),
        blames=frozenset(events["reporting"].get("blames", ())),
        awaiting=frozenset(events["light"].get("awaiting", ())),
        aspect=frozenset(events.get("light", {}).get("aspect", ())),
        aspect_gerund=frozenset(events.get("light", {}).get("aspect_gerund", ())),
        declaring=dict(events.get("light", {}).get("declaring", {})),
        object_relatives=frozenset(events.get("light", {}).get("object_relatives", ())),
        measure_nouns=frozenset(events.get("light", {}).get("measure_nouns", ())),
        measure_acts=frozenset(events.get("light", {}).get("measure_acts", ())),
        product_nouns=frozenset(fold(w) for w in events.get("light", {}).get("product_nouns", ())),
        naming_nouns=frozenset(fold(w) for w in events.get("light", {}).get("naming_nouns", ())),
        inverted_subject_verbs=frozenset(events.get("light", {}).get("inverted_subject_verbs", ())),
        obligation=frozenset(events.get("light", {}).get("obligation", ())) | frozenset(events.get("light", {}).get("permission", ())),
        permission=frozenset(events.get("light", {}).get("permission", ())),
        obligation_met=frozenset(events.get("light", {}).get("obligation_met", ())),
        obligation_by_que=frozenset(events.get("light", {}).get("obligation_by_que", ())),
        open_to_visitors=frozenset(events.get("light", {}).get("open_to_visitors", ())),
        plan_participles=frozenset(events.get("light", {}).get("plan_participles", ())),
        plan_words_after_noun=frozenset(events.get("light", {}).get("plan_words_after_noun", ())),
        participle_complements=frozenset(events.get("light", {}).get("participle_complements", ())),
        date_setting_verbs=frozenset(events.get("light", {}).get("date_setting_verbs", ())),
        days_before_dates=frozenset(events.get("light", {}).get("days_before_dates", ())),
        denying=frozenset(events.get("light", {}).get("denying", ())),
        averting=frozenset(events.get("light", {}).get("averting", ())),
        planning=frozenset(events.get("light", {}).get("planning", ())),
        summoning=frozenset(events.get("light", {}).get("summoning", ())),
        plan_holders=frozenset(events.get("light", {}).get("plan_holders", ())),
        verb_objects=_verb_objects(events.get("verb_objects", {})),
        verb_subjects=_verb_objects(events.get("verb_subjects", {}), folded=True),
    )


def _state_fields(events: Mapping[str, Any]) -> dict:
    """The [states] section: verbs of a state and of time spent or allowed."""
    return dict(
        states=frozenset(events.get("states", {}).get("verbs", ())),
        pronominal_events=frozenset(events.get("states", {}).get("pronominal_events", ())),
        reflexive_states=frozenset(events.get("states", {}).get("reflexive_states", ())),
        time_spending=frozenset(events.get("states", {}).get("time_spending", ())),
        link_verbs=frozenset(events.get("states", {}).get("links", ())),
        period_closings=frozenset(events.get("states", {}).get("period_closings", ())),
        closed_periods=frozenset(events.get("states", {}).get("closed_periods", ())),
        time_allowed=frozenset(events.get("states", {}).get("time_allowed", ())),
        time_allowed_purpose=frozenset(events.get("states", {}).get("time_allowed_purpose", ())),
        freedoms={noun: frozenset(words) for noun, words in events.get("freedoms", {}).items()},
        threatening={verb: frozenset(words) for verb, words in events.get("light", {}).get("threatening", {}).items()},
        deadline_noun=events.get("states", {}).get("deadline_noun", ""),
        office_terms=dict(events.get("states", {}).get("office_terms", {})),
        office_term_verbs=frozenset(key.split(" ", 1)[0] for key in events.get("states", {}).get("office_terms", {}) if " " in key),
        state_participles=frozenset(events.get("states", {}).get("state_participles", ())),
        held_participles=frozenset(events.get("states", {}).get("held_participles", ())),
        with_se_or_person=frozenset(events.get("states", {}).get("with_se_or_person", ())),
        hurt_own_body=frozenset(events.get("states", {}).get("hurt_own_body", ())),
        with_person=frozenset(events.get("states", {}).get("with_person", ())),
        dated_topic_events=frozenset(events.get("states", {}).get("dated_topic_events", ())),
        dated_asking=dict(events.get("states", {}).get("dated_asking", {})),
    )


def _noun_fields(events: Mapping[str, Any], nouns: dict[str, tuple[str, str, bool]], multiword: dict[str, list]) -> dict:
    """The event nouns and the [noun_rules], [kinds], [genders] and [titles] sections."""
    rules = events["noun_rules"]  # (required: most of its lists were read without a default)
    return dict(
        nouns=nouns,
        multiword=multiword,
        needs_complement=frozenset(n.lower() for n in rules["needs_complement"]),
        modifier_complements={noun: frozenset(words) for noun, words in rules.get("modifier_complements", {}).items()},
        adjective_event_words=frozenset(rules.get("adjective_event_words", ())),
        made_known={noun: frozenset(verbs) for noun, verbs in rules.get("made_known", {}).items()},
        not_events=tuple(_words(p) for p in rules["not_events"]),
        needs_place=frozenset(rules["needs_place"]),
        announced_plans=frozenset(rules.get("announced_plans", ())),
        received_with_en=frozenset(rules.get("received_with_en", ())),
        quantity_verbs=frozenset(rules["quantity_verbs"]),
        measure_moves={verb: kind for kind, verbs in rules.get("measure_moves", {}).items() for verb in verbs},
        percent_moves={verb: kind for kind, verbs in rules.get("percent_moves", {}).items() for verb in verbs},
        percent_words=tuple(_words(p) for p in rules.get("percent_words", ())),
        measured=frozenset(rules.get("measured", ())),
        money_results=frozenset(rules.get("money_results", ())),
        money_words=frozenset(rules.get("money_words", ())),
        measured_amounts=frozenset(rules.get("measured_amounts", ())),
        kind_nouns={k: (v[0], v[1]) for k, v in events["kinds"].items()},
        not_events_by_word=_by_word(tuple(_words(p) for p in rules["not_events"])),
        genders=dict(events.get("genders", {})),
        paired_subjects=frozenset(rules.get("paired_subjects", ())),
        other_counts=frozenset(rules.get("other_counts", ())),
        reported_after_of=frozenset(events["reporting"].get("after_of", ())),
        competition_matches=frozenset(rules.get("competition_matches", ())),
        opponent_matches=frozenset(rules.get("opponent_matches", ())),
        joint_appearances=frozenset(rules.get("joint_appearances", ())),
        record_participles=frozenset(rules.get("record_participles", ())),
        announced_records=frozenset(rules.get("announced_records", ())),
        record_participle_kinds=dict(rules.get("record_participle_kinds", {})),
        harm_by_dated_subject=frozenset(rules.get("harm_by_dated_subject", ())),
        absence_words=frozenset(rules.get("absence_words", ())),
        coming_period_links=frozenset(rules.get("coming_period_links", ())),
        coming_words=frozenset(rules.get("coming_words", ())),
        period_setting_verbs=frozenset(rules.get("period_setting_verbs", ())),
        states_until={word: kind for kind, words in rules.get("states_until", {}).items() for word in words},
        lasting_state_verbs=frozenset(rules.get("lasting_state_verbs", ())),
        state_onset_verbs=frozenset(rules.get("state_onset_verbs", ())),
        match_words=frozenset(rules.get("match_words", ())),
        part_nouns=frozenset(rules.get("part_nouns", ())),
        played_nouns=frozenset(rules.get("played_nouns", ())),
        campaign_nouns=frozenset(rules.get("campaign_rally", {}).get("nouns", ())),
        campaign_cues=frozenset(rules.get("campaign_rally", {}).get("cues", ())),
        alternatives=frozenset(tuple(a.split()) for a in rules.get("alternatives", ())),
        held_bodies={fold(k): v for k, v in rules.get("held_bodies", {}).items()},
        sitting_bodies=frozenset(rules.get("sitting_bodies", ())),
        sessions_of_body=frozenset(rules.get("sessions_of_body", ())),
        held_at_kinds=frozenset(rules.get("held_at_kinds", ())),
        one_person_kinds=frozenset(rules.get("one_person_kinds", ())),
        known_object_kinds=frozenset(rules.get("known_object_kinds", ())),
        named_place_kinds=frozenset(rules.get("named_place_kinds", ())),
        convened_kinds=frozenset(rules.get("convened_kinds", ())),
        putting_off_noun_verbs=frozenset(rules.get("putting_off_noun_verbs", ())),
        commemorations=frozenset(rules.get("commemorations", ())),
        rolling_series=frozenset(rules.get("rolling", ())),
        time_antecedents=frozenset(rules.get("time_antecedents", ())),
        date_setting_nouns=frozenset(rules.get("date_setting_nouns", ())),
        counted=frozenset(rules.get("counted", ())),
        needs_determiner=frozenset(fold(n) for n in rules.get("needs_determiner", ())),
        needs_date=frozenset(n.lower() for n in rules.get("needs_date", ())),
        needs_bound_date=frozenset(n.lower() for n in rules.get("needs_bound_date", ())),
        subject_trips=frozenset(n.lower() for n in rules.get("subject_trips", ())),
        period_modifiers=frozenset(n.lower() for n in rules.get("period_modifiers", ())),
        needs_until=frozenset(n.lower() for n in rules.get("needs_until", ())),
        deadline_date_links=frozenset(rules.get("deadline_date_links", ())),
        matter_heads=frozenset(n.lower() for n in rules.get("matter_heads", ())),
        matter_links=frozenset(n.lower() for n in rules.get("matter_links", ())),
        warnings=frozenset(w.lower() for w in rules.get("warnings", ())),
        warning_links=frozenset(w.lower() for w in rules.get("warning_links", ())),
        warning_verbs=frozenset(rules.get("warning_verbs", ())),
        completing_verbs={noun.lower(): frozenset(words) for noun, words in rules.get("completing_verbs", {}).items()},
        completing_objects={noun.lower(): {verb: frozenset(words) for verb, words in verbs.items()} for noun, verbs in rules.get("completing_objects", {}).items()},
        completing_vetoes={noun.lower(): frozenset(w.lower() for w in words) for noun, words in rules.get("completing_vetoes", {}).items()},
        needs_cue={noun.lower(): frozenset(w.lower() for w in words) for noun, words in rules.get("needs_cue", {}).items()},
        titled_by_kind=frozenset(n.lower() for n in rules.get("titled_by_kind", ())),
        attributive_kinds=frozenset(rules.get("attributive_kinds", ())),
        year_covered=frozenset(rules.get("year_covered", ())),
        named_by_period=frozenset(rules.get("named_by_period", ())),
        personal_objects=frozenset(rules.get("personal_objects", ())),
        opponent_kinds=frozenset(rules.get("opponent_kinds", ())),
        title_words=dict(events.get("titles", {})),
    )


def _relation_fields(relations: dict) -> dict:
    """The [relations] section: frames, same events, what opens or recurs."""
    return dict(
        frames=frozenset(relations["frames"]),
        same_event=frozenset(frozenset(pair) for pair in relations["same_event"]),
        compatible=_compatible(relations["same_event"]),
        opens={k: frozenset(v) for k, v in relations["opens"].items()},
        happens_at={k: frozenset(v) for k, v in relations.get("happens_at", {}).items()},
        acts=frozenset(relations["acts"]),
        later_rounds=frozenset(relations["later_rounds"]),
        impersonal=frozenset(relations.get("impersonal", ())),
        ends_subject=frozenset(relations.get("ends_subject", ())),
        due_release={key: value if key in ("kind", "verb") else frozenset(value) for key, value in relations.get("due_release", {}).items()},
        occasions=frozenset(relations.get("occasions", ())),
        recurring=frozenset(relations.get("recurring", ())),
    )


def _signal_fields(events: Mapping[str, Any], signals: dict[str, tuple[tuple[str, ...], ...]], fw: FunctionWords) -> dict:
    """The [signals] section: relation, negation, hypothesis, length and deadline phrases."""
    return dict(
        signals=signals,
        signal_index=_signal_index(signals, fw),
        also=_phrase_set(events["signals"]["also"]),
        negation=_phrase_set(events["signals"]["negation"]),
        negative_subjects=frozenset(tuple(w.lower().split()) for w in events["signals"].get("negative_subjects", ())),
        negative_determiners=frozenset(events["signals"].get("negative_determiners", ())),
        bound_limits=tuple(tuple(w.lower().split()) for w in events["signals"].get("bound_limits", ())),
        hypothetical=_phrase_set(events["signals"]["hypothetical"]),
        possibility=_phrase_set(events["signals"].get("possibility", ())),
        factual_subjunctive=tuple(tuple(w.lower().split()) for w in events["signals"]["factual_subjunctive"]),
        factual_after_length=tuple(tuple(w.lower().split()) for w in events["signals"].get("factual_after_length", ())),
        agent_participles=frozenset(events["signals"]["agent_participles"]),
        occur=_phrase_set(events["signals"]["occur"]),
        opening=_phrase_set(events["signals"].get("opening", ())),
        lasting=_phrase_set(events["signals"].get("lasting", ())),
        resuming=_phrase_set(events["signals"].get("resuming", ())),
        holding=frozenset(events["light"].get("holding", ())),
        entering=frozenset(events["light"].get("entering", ())),
        fixed_light={lemma: tuple(words.split()) for lemma, words in events["light"].get("fixed", {}).items()},
        since_rankings=frozenset(events["signals"].get("since_rankings", ())),
        ability=frozenset(events["signals"].get("ability", ())),
        closing=_phrase_set(events["signals"].get("closing", ())),
        ended=tuple(_words(p) for p in events["signals"].get("ended", ())),
        duration_after=tuple(events["signals"].get("duration_after", ())),
        duration_before=tuple(events["signals"].get("duration_before", ())),
        countdown_verbs=frozenset(events["signals"].get("countdown_verbs", ())),
        countdown_links=tuple(events["signals"].get("countdown_links", ())),
        countdown_at=frozenset(events["signals"].get("countdown_at", ())),
        countdown_at_links=tuple(events["signals"].get("countdown_at_links", ())),
        countdown_after=tuple(events["signals"].get("countdown_after", ())),
        short_lengths=frozenset(events["signals"].get("short_lengths", ())),
        place_objects=frozenset(events["signals"].get("place_objects", ())),
        within_length=frozenset(events["signals"].get("within_length", ())),
        length_after_told=frozenset(events["signals"].get("length_after_told", ())),
        crime_reasons=tuple(tuple(w.lower().split()) for w in events["signals"].get("crime_reasons", ())),
        stances=tuple(tuple(w.lower().split()) for w in events["signals"].get("stances", ())),
        deadlines=_by_last_word(
            (_words(p), side) for key, side in (("deadline_before", "before"), ("deadline_by", "by"), ("floor_on", "from"), ("floor_after", "after"), ("near_time", "near"))
            for p in events["signals"].get(key, ())
        ),
        onset_kinds=frozenset(events["signals"].get("onset_kinds", ())),
        tally_by=frozenset(" ".join(_words(p)) for p in events["signals"].get("tally_by", ())),
        near_time_openers=frozenset(_words(p)[0] for p in events["signals"].get("near_time", ())),
        onsets=frozenset(_words(p) for p in events["signals"].get("onset", ())),
        future_onsets=frozenset(_words(p) for p in events["signals"].get("future_onset", ())),
        weak_signals=frozenset(" ".join(w) for w in signals["during"] if len(w) == 1 and (w[0] in fw.in_ or w[0] in fw.of)),
    )


def _place_fields(events: Mapping[str, Any], entities: dict[str, Entity], leaders: dict[str, Entity], demonyms: dict[str, str], capital_of: dict[str, str]) -> dict:
    """The gazetteer and the [places] section."""
    return dict(
        place_prepositions=_phrase_set(events["places"]["prepositions"]),
        place_nouns=frozenset(n.lower() for n in events["places"]["place_nouns"]),
        street_nouns=frozenset(n.lower() for n in events["places"].get("street_nouns", ())),
        holding_nouns=frozenset(events["places"].get("holding_nouns", ())),
        home_nouns=frozenset(events["places"].get("home_nouns", ())),
        destination_kinds=frozenset(events["places"].get("destination_kinds", ())),
        club_words=frozenset(events["places"].get("club_words", ())),
        away_prepositions=frozenset(events["places"].get("away_prepositions", ())),
        venue_words=frozenset(events["places"].get("venue_words", ())),
        venues=frozenset(fold(v) for v in events["places"].get("venues", ())),
        not_places=frozenset(fold(n) for n in events["places"].get("not_places", ())),
        entities=entities,
        entity_max_words=max(len(k.split()) for k in entities),
        entity_starts=_starts([*entities, *leaders]),
        demonyms=demonyms,
        capital_of=capital_of,
    )


def _people_fields(data: lang.Language, people: Mapping[str, Any], leaders: dict[str, Entity], leader_short: dict[str, str], fw: FunctionWords) -> dict:
    """The [people] data: leaders, roles, and the gender of given names."""
    roles = people["roles"]
    role_words = [*roles["leader"], *roles["other"]]
    return dict(
        leader_variants=tuple(
            (variant, frozenset(fold(w) for w in variant.split() if w[:1].isupper()), entity)
            for name, info in people["leaders"].items()
            for variant in [name, *info.get("names", ())]
            for entity in [leaders[fold(name)]]
            if len(variant) > 2
        ),
        leaders=leaders,
        leader_short=leader_short,
        leader_roles=frozenset(r.lower() for r in roles["leader"]),
        roles=frozenset(r.lower() for r in role_words),
        role_max_words=max(len(r.split()) for r in role_words),
        collective=frozenset(c.lower() for c in roles["collective"]),
        nameless=frozenset(r.lower() for r in roles.get("nameless", ())),
        plural_agent_endings=tuple(roles.get("plural_agent_endings", ())),
        honorifics=frozenset(r.lower() for r in roles.get("honorifics", ())),
        company_endings=frozenset(r.lower() for r in roles.get("company_endings", ())),
        institution_nouns=frozenset(r.lower() for r in roles.get("institution_nouns", ())),
        seated=frozenset(r.lower() for r in roles.get("seated", ())),
        company_nouns=frozenset(r.lower() for r in roles.get("company", ())),
        sources=frozenset(r.lower() for r in roles.get("sources", ())),
        adjective_roles=frozenset(r.lower() for r in roles.get("adjectives", ())),
        leader_by_name={entity.name: entity for entity in reversed(leaders.values())},
        leaders_of=_leaders_of(leaders.values()),
        role_first_words=frozenset(r.lower().split(" ")[0] for r in role_words),
        title_role_words=frozenset(
            # one-word roles only: a longer one is stripped whole, or it is part of a name ("Crown Court")
            r.lower() for r in role_words if " " not in r and not any(r.lower() in words for words in fw.roles.values())
        ),
        person_gender=_person_gender(data.get("gender")),
    )


def _word_fields(events: Mapping[str, Any], words: dict, fw: FunctionWords, language_data: Mapping[str, Any]) -> dict:
    """Function words: the verb finder's [words], the stopwords, the events' roles."""
    return dict(
        stopwords=frozenset(w.lower() for w in language_data.get("stopwords", ())),
        determiners=_phrase_set(words.get("determiners", ())),
        # the verb finder's prepositions and every preposition role ("to" is not one
        # for the English verb finder: it marks infinitives)
        prepositions=_phrase_set(words.get("prepositions", ())) | fw.of | fw.to | fw.in_ | fw.from_ | fw.toward | fw.until | fw.with_ | fw.by | fw.between | fw.for_ | fw.without | fw.after,
        clause_openers=_phrase_set(words.get("clause_openers", ())),
        function_words=frozenset().union(*fw.roles.values(), _phrase_set(words.get("determiners", ())), (w.lower() for w in language_data.get("stopwords", ())), _phrase_set(words.get("prepositions", ()))),
        fw=fw,
        loose_adverb_suffix=events["function_words"].get("loose_adverb_suffix", ""),
        gap_relatives=frozenset(events["function_words"].get("gap_relatives", ())),
    )


def _complement_fields(events: Mapping[str, Any]) -> dict:
    """The [complements] section: what completes a verb or a noun."""
    return dict(
        reference_values=frozenset(tuple(a.split()) for a in events.get("complements", {}).get("reference_values", ())),
        object_infinitive=frozenset(events.get("complements", {}).get("object_infinitive", ())),
        noun_periods=frozenset(events.get("complements", {}).get("noun_periods", ())),
        aside_adjectives=frozenset(events.get("complements", {}).get("aside_adjectives", ())),
        preposition_objects=dict(events.get("complements", {}).get("preposition_objects", {})),
        complement_adjectives=frozenset(events.get("complements", {}).get("adjectives", ())),
        fixed_complements=_by_first_word(events.get("complements", {}).get("fixed", ())),
        fixed_complement_takers=frozenset(events.get("complements", {}).get("fixed_takers", ())),
        predicate_objects=frozenset(events.get("complements", {}).get("predicate_objects", ())),
        means_nouns=frozenset(events.get("complements", {}).get("means", ())),
        particles={lemma: frozenset(words) for lemma, words in events.get("complements", {}).get("particles", {}).items()},
        particle_event_objects=frozenset(events.get("complements", {}).get("particle_event_objects", ())),
        naming_verbs=frozenset(events.get("complements", {}).get("naming_verbs", ())),
        object_predicates=_by_first_word(events.get("complements", {}).get("after_object", ())),
    )


def _option_fields(events: Mapping[str, Any]) -> dict:
    """The [options] and [reasons] sections."""
    return dict(
        reasons=dict(events.get("reasons", {})),
        generic_kind=events.get("options", {}).get("generic_kind", "action"),
        names_before_nouns=bool(events.get("options", {}).get("names_before_nouns")),
        subject_before_verb=bool(events.get("options", {}).get("subject_before_verb")),
        hodiernal_perfect=bool(events.get("options", {}).get("hodiernal_perfect")),
        ended_states=bool(events.get("options", {}).get("ended_states", False)),
        institution_words=frozenset(events.get("options", {}).get("institution_words", ())),
        paired_field_heads=frozenset(events.get("options", {}).get("paired_field_heads", ())),
        other_event_words=frozenset(events.get("options", {}).get("other_event_words", ())),
        elided_event_words=frozenset(events.get("options", {}).get("elided_event_words", ())),
        named_event_heads=dict(events.get("options", {}).get("named_event_heads", {})),
        named_heads_not_events=frozenset(fold(name) for name in events.get("options", {}).get("named_heads_not_events", ())),
        ordinal_event_words=dict(events.get("options", {}).get("ordinal_event_words", {})),
        tally_verbs=frozenset(events.get("options", {}).get("tally_verbs", ())),
        tally_count_words=frozenset(events.get("options", {}).get("tally_count_words", ())),
        object_participants=frozenset(events.get("options", {}).get("object_participants", ())),
        implicit_complementiser=events.get("options", {}).get("implicit_complementiser"),
        definite_article=events.get("options", {}).get("definite_article"),
    )


def _direction_fields(direction_cues: dict) -> dict:
    """The temporal data's direction cues the events stage shares."""
    return dict(
        future_cues=frozenset(tuple(fold(c).split()) for c in direction_cues.get("future", ())),
        move_verbs=frozenset(direction_cues.get("move_verbs", ())),
        move_phrases=frozenset(direction_cues.get("move_phrases", ())),
        move_origins=frozenset(fold(w) for w in direction_cues.get("move_origins", ())),
        revised_plan_words=frozenset(fold(w) for w in direction_cues.get("revised_plan_words", ())),
        due_words=frozenset(fold(w) for w in direction_cues.get("due_words", ())),
        calling_verbs=frozenset(direction_cues.get("calling_verbs", ())),
        move_targets=frozenset(fold(w) for w in direction_cues.get("move_targets", ())),
    )


def _number_fields(data: lang.Language, events: Mapping[str, Any]) -> dict:
    """Units and numerals: what counts a series or measures."""
    return dict(
        unit_words=frozenset(data.get("units").get("words", {})),
        ordinals=frozenset(w.lower() for w in data.get("numerals").get("ordinals", {})),
        cardinals=frozenset(w.lower() for w in data.get("numerals").get("cardinals", {})),
        series_counts=frozenset(
            [w.lower() for w, n in data.get("numerals").get("cardinals", {}).items() if n >= 2]
            + [w.lower() for w in events.get("noun_rules", {}).get("series", ())]
        ),
        count_modifiers=frozenset(tuple(m.lower().split()) for m in (data.get("temporal") or {}).get("quantity_mods", {})),
    )


def _by_last_word(entries) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """(words, value) pairs by their last word, longest first: the words before a
    token are then checked only against phrases that end right there."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, value in entries:
        index.setdefault(words[-1], []).append((words, value))
    return {last: tuple(sorted(found, key=lambda entry: -len(entry[0]))) for last, found in index.items()}


def _verb_objects(table: dict[str, str], folded: bool = False) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for key, kind in table.items():
        lemma, _, word = key.partition(" ")
        result.setdefault(lemma, {})[fold(word) if folded else word.lower()] = kind
    return result


def _by_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for phrase in phrases:
        for offset, word in enumerate(phrase):
            index.setdefault(word, []).append((offset, phrase))
    return {word: tuple(entries) for word, entries in index.items()}


def _by_first_word(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases (lower-cased, split) indexed by their first word, in their given order."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.lower().split())
        index.setdefault(words[0], []).append(words)
    return {word: tuple(entries) for word, entries in index.items()}


def _leaders_of(entities) -> dict[str, tuple[str, ...]]:
    result: dict[str, list[str]] = {}
    for entity in entities:
        names = result.setdefault(entity.country, [])
        if entity.name not in names:
            names.append(entity.name)
    return {country: tuple(names) for country, names in result.items()}


def _compatible(pairs: list[list[str]]) -> dict[str, frozenset[str]]:
    result: dict[str, set[str]] = {}
    for a, b in pairs:
        result.setdefault(a, {a}).add(b)
        result.setdefault(b, {b}).add(a)
    return {k: frozenset(v) for k, v in result.items()}


def _signal_index(signals: dict[str, tuple[tuple[str, ...], ...]], fw: FunctionWords) -> dict[str, list]:
    """Signals by their last word, with the contractions of those ending in a
    preposition that contracts (Spanish "de" -> "del"), longest
    first, "after" and "before" before "during"."""
    index: dict[str, list] = {}
    relations = ("beside", "after", "before", "during")  # "además de" is read before "de"
    for relation in relations:
        for words in signals[relation]:
            last = words[-1]
            lasts = [last] + sorted(fw.contraction_of if last in fw.of else fw.contraction_to if last in fw.to else ())
            for last in lasts:
                index.setdefault(last, []).append((relation, words, words[:-1]))
    for entries in index.values():
        entries.sort(key=lambda e: (relations.index(e[0]), -len(e[2])))
    return index


def _starts(names: list[str]) -> dict[str, int]:
    starts: dict[str, int] = {}
    for name in names:
        words = name.replace("-", " - ").split()
        starts[words[0]] = max(starts.get(words[0], 0), len(words))
    return starts


_SPACES = re.compile(r"\s+")


def entity_key(text: str) -> str:
    return fold(_SPACES.sub(" ", text.strip()))
