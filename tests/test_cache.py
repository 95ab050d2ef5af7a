"""The cache of derived data (`timeline.cache`): it saves time and never changes a result."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from timeline import cache, lang
from timeline.reading import verbs


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _never() -> dict:
    raise AssertionError("built again although the cache holds it")


def test_built_once_then_read(folder):
    assert cache.derived("table", [b"data"], lambda: {"a": [1, 2]}) == {"a": [1, 2]}
    assert cache.derived("table", [b"data"], _never) == {"a": [1, 2]}
    assert [p.name[:6] for p in folder.iterdir()] == ["table-"]


def test_changed_sources_rebuild_and_the_stale_file_goes(folder):
    cache.derived("table", [b"data"], lambda: {"version": 1})
    assert cache.derived("table", [b"data", b"more"], lambda: {"version": 2}) == {"version": 2}
    assert len(list(folder.glob("table-*.json"))) == 1
    # the boundary between sources is part of the key
    assert cache.derived("table", [b"datam", b"ore"], lambda: {"version": 3}) == {"version": 3}


def test_other_names_are_left_alone(folder):
    cache.derived("table", [b"data"], lambda: 1)
    cache.derived("table-es", [b"data"], lambda: 2)
    cache.derived("table", [b"other"], lambda: 3)
    assert cache.derived("table-es", [b"data"], _never) == 2


def test_a_damaged_file_is_rebuilt(folder):
    cache.derived("table", [b"data"], lambda: {"a": 1})
    (stored,) = folder.iterdir()
    stored.write_text('{"a": ', "utf-8")  # cut short
    assert cache.derived("table", [b"data"], lambda: {"a": 1}) == {"a": 1}
    assert cache.derived("table", [b"data"], _never) == {"a": 1}


def test_an_unwritable_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "cache"))
    assert cache.derived("table", [b"data"], lambda: [1]) == [1]
    assert blocker.read_text("utf-8") == "not a folder"
    assert not list(tmp_path.glob("**/*.part"))


def test_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = []
    for _ in range(2):
        cache.derived("table", [b"data"], lambda: built.append(1) or len(built))
    assert built == [1, 1]
    assert not list(tmp_path.iterdir())


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("TIMELINE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.folder() == tmp_path / "timeline"


@pytest.mark.parametrize("code", ["es", "en"])
def test_language_data_read_back_equals_the_toml(folder, code):
    parsed = {
        entry.name[: -len(".toml")]: tomllib.loads(entry.read_text("utf-8"))
        for entry in resources.files("timeline.lang").joinpath(code).iterdir()
        if entry.name.endswith(".toml")
    }
    key = lang.sources(code)
    assert cache.derived(f"language-{code}", key, lambda: parsed) == parsed
    assert cache.derived(f"language-{code}", key, _never) == parsed
    assert {stem: dict(table) for stem, table in lang.load(code).data.items()} == parsed


def test_spanish_forms_read_back_equal_the_built_ones(folder):
    built = verbs._analysis_table()
    first, second = verbs._spanish_forms(), verbs._spanish_forms()  # built and stored, then read
    assert list(first.items()) == list(second.items())
    assert len(first) == len(built["forms"]) > 40_000
    assert first["llegó"] == ("llegar", verbs.Tense.PRETERITE)
    assert first["volverán"] == ("volver", verbs.Tense.FUTURE)
    # one tuple per (lemma, tense), shared by its forms, as the lexicon always built it
    assert first["llegó"] is first["llegaron"]
