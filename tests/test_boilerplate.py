"""Boilerplate filtering: furniture out, every real sentence in, offsets untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.clean import content_spans, is_boilerplate_line, load_patterns, parser_text

FURNITURE = [
    "Also Read | Ministers to meet in Geneva next month",
    "ALSO READ: Border crossing reopens",
    "READ MORE: What the ceasefire means",
    "Read more:",
    "Related: Rebels claim control of airport",
    "RELATED ARTICLES",
    "Recommended",
    "Sign up for our newsletter",
    "Sign up to Morning Brief, our free daily newsletter",
    # scraped as one line, longer than the 400 characters other furniture may have
    "skip past newsletter promotion Sign up to Evening Brief Free daily newsletter Our evening email sums up"
    " the day Enter your email address Sign up " + "Privacy Notice: newsletters may carry adverts. " * 8
    + "after newsletter promotion",
    "Subscribe to our YouTube channel",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Click here to get the app",
    "Follow us on Twitter",
    "Share this article",
    "Facebook Twitter Linkedin Mail",
    "(Photo: Reuters)",
    "Photo: Jane Doe / Reuters",
    "Image caption Residents inspect the damage",
    "FILE PHOTO: Soldiers stand guard at a checkpoint. REUTERS/John Roe/File Photo",
    "Soldiers stand guard at a checkpoint. Photograph: John Roe/AP",
    "(Reuters)",
    "© 2023 Example News. All rights reserved.",
    "Copyright 2023 Example Media",
    "Watch: Drone footage of the port",
    "Listen: Our podcast on the war",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "By Jane Doe and John Roe",
    "Updated at 14.30 BST",
    "Source: Al Jazeera and news agencies",
]

SENTENCES = [
    "Rebels said on Tuesday they had seized the airport.",
    "KYIV, March 3 (Reuters) - Shelling hit the city centre overnight, officials said.",
    "By Monday, troops had advanced to the river.",
    "Related talks are expected to begin in Geneva next week.",
    "Readers in the capital reported explosions near the ministry.",
    "Photographers were barred from the courtroom.",
    "Subscribers to the state broadcaster saw the speech live.",
    "The advertisement campaign was funded by the ministry, the report said.",
    "Watch groups said the vote was marred by fraud.",
    "Copyright disputes have not slowed the talks.",
    "Sources said the convoy had crossed the border.",
    "Updated figures show 20 people were killed in the strike.",
    "Published in 2019, the report documented abuses by both sides.",
    "Follow-up talks are planned for May.",
    "Share prices in Moscow fell after the announcement.",
    "Click-through rates on the ministry's website were not disclosed.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", SENTENCES)
def test_real_sentences_are_kept(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_spans_index_original_text() -> None:
    text = (
        "  Rebels seized the airport on Tuesday.\r\n"
        "\r\n"
        "Also Read | Ministers to meet in Geneva\r\n"
        "\n"
        "The army said it would respond.\n"
        "Government officials denied the claim.\n"
        "\n"
        "Advertisement\n"
        "Talks resume next week.   "
    )
    spans = content_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Rebels seized the airport on Tuesday.",
        "The army said it would respond.\nGovernment officials denied the claim.",
        "Talks resume next week.",
    ]


def test_no_boilerplate_gives_one_span() -> None:
    text = "First paragraph.\n\nSecond paragraph.\n"
    assert content_spans(text) == [(0, len(text) - 1)]


def test_empty_and_all_boilerplate() -> None:
    assert content_spans("") == []
    assert content_spans("Advertisement\n\nRead more:\n") == []


def test_wrapped_sentence_continuation_is_kept() -> None:
    text = "Officials in the region now\nsubscribe to the view that talks failed.\n"
    assert [text[s:e] for s, e in content_spans(text)] == [text.strip()]


def test_user_patterns_extend_the_defaults(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "patterns:\n  - pattern: '^from our partners$'\n    why: widget label of one outlet\n",
        encoding="utf-8",
    )
    patterns = load_patterns([extra])
    assert is_boilerplate_line("From our partners", patterns)
    assert not is_boilerplate_line("From our partners")
    assert is_boilerplate_line("Advertisement", patterns)


def test_invalid_user_pattern_is_reported(tmp_path: Path) -> None:
    extra = tmp_path / "broken.yaml"
    extra.write_text("patterns:\n  - pattern: '([unclosed'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.yaml: pattern #1"):
        load_patterns([extra])


@pytest.mark.parametrize("text,read", [
    ("LAGOS (Reuters) - Police fired tear gas.", "LAGOS.            Police fired tear gas."),
    ("HARARE, Zimbabwe -- Troops deployed.", "HARARE, Zimbabwe.   Troops deployed."),
    ("AFP - Talks resumed.", "      Talks resumed."),
    ("KYIV, March 3 (Reuters) - Shelling went on.", "KYIV, March 3.            Shelling went on."),
    ("Intro.\nQUITO (AP) - Protesters marched.", "Intro.\nQUITO.       Protesters marched."),
    ("The talks - held in Geneva - failed.", "The talks - held in Geneva - failed."),
    ("Saudi-led forces struck Sanaa.", "Saudi-led forces struck Sanaa."),
])
def test_the_parser_reads_datelines_as_sentences_of_their_own(text: str, read: str) -> None:
    assert parser_text(text) == read
    assert len(parser_text(text)) == len(text)  # offsets into the original stay valid


@pytest.mark.parametrize("text,read", [
    ("<Advanced Cardio Inc> is suing it.", " Advanced Cardio Inc  is suing it."),
    ("Kinder-Care Inc <KNDR> said it would sell <Acme Foods Corp>.",
     "Kinder-Care Inc        said it would sell  Acme Foods Corp ."),
    ("The vote was 5 < 7 > 3 in theory.", "The vote was 5 < 7 > 3 in theory."),
])
def test_the_parser_reads_reuters_bracketed_names_without_brackets(text: str, read: str) -> None:
    # The bracket itself was taken for the subject: "'>' is suing SciMed".
    assert parser_text(text) == read
    assert len(parser_text(text)) == len(text)
