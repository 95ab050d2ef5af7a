"""Per-language knowledge, kept as data: one folder of TOML files per language.

`load("es")` returns a read-only view of every file in `timeline/lang/es/`, keyed
by file stem ("calendar", "numerals", ...). Adding a language means adding a
folder of data plus the few rules that data cannot express.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

from timeline import cache


@dataclass(frozen=True)
class Language:
    code: str
    data: Mapping[str, Mapping[str, Any]] = field(repr=False)

    def __getitem__(self, stem: str) -> Mapping[str, Any]:
        try:
            return self.data[stem]
        except KeyError:
            raise KeyError(f"language {self.code!r} has no data file {stem}.toml") from None

    def get(self, stem: str) -> Mapping[str, Any]:
        return self.data.get(stem, MappingProxyType({}))

    def month_name(self, month: int, short: bool = False) -> str:
        """A month's full name, or the abbreviation chronologies use ("nov", "sep"):
        the first variant of at most four letters, else the full name ("May")."""
        names = self["calendar"]["months"][str(month)]
        name = names[0] if not short else next((name for name in names[1:] if len(name) <= 4), names[0])
        return name.capitalize() if self["calendar"].get("capitalised") else name  # English: "Nov", "May"

    def noun_gender(self, noun: str) -> tuple[bool, bool]:
        """(feminine, plural) of a noun phrase's first word by the events data's
        [genders]: the words listed, else the ending ("reunión", "huelga"; "día" is
        masculine); never feminine in a language without genders."""
        genders = self.get("events").get("genders", {})
        head = noun.split(" ", 1)[0].lower()
        feminine = head in genders.get("feminine", ()) or head.endswith(tuple(genders.get("feminine_endings", ()))) and head not in genders.get("masculine", ())
        return bool(genders) and feminine, self.plural_noun(head)

    def plural_noun(self, word: str) -> bool:
        """Whether a noun is plural by the events data's [genders]: the words listed
        either way ("police", "tsunamis"), else its ending ("-s", but "crisis", "país",
        "Congress" are singular)."""
        genders = self.get("events").get("genders", {})
        low = word.lower()
        if not low or low in genders.get("singular", ()):
            return False
        if low in genders.get("plural", ()):
            return True
        return low.endswith(tuple(genders.get("plural_endings", ("s",)))) and not low.endswith(tuple(genders.get("singular_endings", ())))


@functools.cache
def available() -> tuple[str, ...]:
    """Codes of the languages that ship with the package, sorted (read once: the
    package does not change while it runs)."""
    root = resources.files(__name__)
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_")))


@functools.cache
def load(code: str) -> Language:
    """The data of one language; cached, immutable, safe to share between threads."""
    if code not in available():
        raise ValueError(f"unsupported language {code!r} (supported: {', '.join(available())})")
    files = _files(code)
    parsed = cache.derived(f"language-{code}", sources(code), lambda: {stem: tomllib.loads(content.decode("utf-8")) for stem, content in files.items()})
    return Language(code, MappingProxyType({stem: MappingProxyType(table) for stem, table in parsed.items()}))


@functools.cache
def _files(code: str) -> dict[str, bytes]:
    folder = resources.files(__name__).joinpath(code)
    return {entry.name[: -len(".toml")]: entry.read_bytes() for entry in sorted(folder.iterdir(), key=lambda p: p.name) if entry.name.endswith(".toml")}


def sources(code: str) -> list[bytes]:
    """What a language's data is built from (file names and contents): the key of
    anything derived from it (`timeline.cache`)."""
    return [part for stem, content in _files(code).items() for part in (stem.encode(), content)]
