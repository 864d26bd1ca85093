"""The lexicon files: the shipped ones load, a user's words extend the rules, and a broken file
gets a message naming the file and what to fix, not a traceback."""

from __future__ import annotations

import dataclasses
from dataclasses import fields
from pathlib import Path

import pytest

from parley.extractor.lexicon import WORDS, LexiconError, Words, load_lexicon, load_words
from parley.pipeline import extract


def write(tmp_path: Path, text: str, name: str = "words.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_word_classes_are_all_there_and_include_each_other():
    words, version = load_words()
    assert version != "unversioned"
    assert all(getattr(words, f.name) for f in fields(Words))  # no class is empty
    assert words.hosted <= words.person_heads  # `also: [hosted]`
    assert words.crowds | words.inquirers <= words.kept_out


@pytest.mark.parametrize("sentence", [
    "Norway sent 40 snowmobiles to Ukraine.",
    "Norway gave Ukraine 40 snowmobiles.",
])
def test_extra_words_extend_what_the_rules_read(pipeline, tmp_path, sentence):
    extra = write(tmp_path, "classes:\n  aid_objects:\n    words: [snowmobile]\n", "mine.yaml")
    lexicon = load_lexicon(extra_words=[extra])
    assert "+extra-" in lexicon.words_version  # the events' provenance shows the words were extended
    before = extract(sentence, "2024-01-01", pipeline=pipeline).events
    after = extract(sentence, "2024-01-01", pipeline=dataclasses.replace(pipeline, lexicon=lexicon)).events
    assert [e.event_type for e in before] == []
    assert [(e.event_type, [a.country for a in e.actor], [a.country for a in e.recipient]) for e in after] == [
        ("AID", ["NOR"], ["UKR"])]


@pytest.mark.parametrize(("text", "message"), [
    ("classes:\n  aid_object:\n    words: [tent]\n", "unknown word class 'aid_object'"),
    ("classes:\n  aid_objects: [tent]\n", "classes.aid_objects needs a list under 'words'"),
    ("classes:\n  aid_objects:\n    also: [nothing]\n", "names unknown class 'nothing'"),
    ("- just a list\n", "expected a mapping"),
    ("classes: [a, b]\n", "'classes' must map"),
    ("classes:\n  aid_objects: {words: [tent\n", "cannot read word classes"),
    ("classes:\n  aid_objects:\n    words: [tent]\n  aid_objects:\n    words: [rice]\n",
     "'aid_objects' is given twice"),  # the second would silently replace the first
])
def test_a_broken_extra_words_file_is_named_with_the_fix(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(LexiconError, match=message) as info:
        load_words(extra=[path])
    assert str(path) in str(info.value)


def test_a_words_file_missing_classes_says_which(tmp_path):
    path = write(tmp_path, "version: x\nclasses:\n  aid_objects:\n    words: [tent]\n")
    with pytest.raises(LexiconError, match=r"missing word classes .*aid_verbs") as info:
        load_words(path)
    assert str(WORDS) in str(info.value)  # where to copy them from


def test_classes_that_include_each_other_are_refused(tmp_path):
    text = WORDS.read_text(encoding="utf-8").replace("  hosted:\n", "  hosted:\n    also: [person_heads]\n", 1)
    path = write(tmp_path, text)
    with pytest.raises(LexiconError, match="include each other: hosted -> person_heads -> hosted"):
        load_words(path)


def test_a_trigger_given_twice_is_refused(tmp_path):
    text = "version: x\nphrases:\n  suspend tariff: RETREAT\n  suspend tariff: CONCEDE\n"
    path = write(tmp_path, text, "triggers.yaml")
    with pytest.raises(LexiconError, match="'suspend tariff' is given twice"):
        load_lexicon(path)


def test_a_trigger_of_no_plover_type_is_refused(tmp_path):
    path = write(tmp_path, "version: x\nverbs:\n  parley: TALK\n", "triggers.yaml")
    with pytest.raises(LexiconError, match="'TALK' is not a PLOVER event type"):
        load_lexicon(path)
