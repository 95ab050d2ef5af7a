"""Event titles built from a mention directly, for paths the corpora cannot reach
through the pipeline today."""

from __future__ import annotations

from timeline.events import lexicon as lexicons
from timeline.events.mentions import Mention
from timeline.events.titles import title


def _verb_mention(kind: str, lemma: str, obj: str) -> Mention:
    m = Mention(sentence=0, paragraph=0, start=0, end=6, kind=kind, source="verb", lemma=lemma)
    m.obj = obj
    return m


def test_verb_noun_titles_only_its_own_kind() -> None:
    es = lexicons.load("es")
    # a verb read as a plain act is no event of its kind: titled by the verb
    act = _verb_mention(es.generic_kind, "reunir", "a 85.000 espectadores")
    assert not title(act, [], None, es, [act]).startswith("Reunión")
    meeting = _verb_mention("meeting", "reunir", "")
    assert title(meeting, [], None, es, [meeting]).startswith("Reunión")
