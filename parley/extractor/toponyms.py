"""Toponym candidates: spans of a parsed text that may name a place.

The small model's labels are not trusted alone (it calls Mariupol an ORG and Khan Younis a
PERSON): every named entity that could be a place, and every run of proper nouns it left
unlabelled, is a candidate; `parley.resolve.geoparse` decides with the gazetteer and the
rest of the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.records import Toponym

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span

LABELS = ("GPE", "LOC", "FAC", "ORG", "PERSON", "NORP")
# Places need only NER, tags and sentence starts; the parser is most of the parse's time.
UNUSED_PIPES = ("parser", "lemmatizer")


def unnamed(ent: Span, cased: bool) -> bool:
    """An entity in lower case in a text that has capitals: in written English a name has one, so
    "the west bank of the river" names no place (the small model may still label it)."""
    return cased and ent.text.islower()


def doc_toponyms(doc: Doc, offset: int = 0) -> list[Toponym]:
    """Candidates in text order; `offset` is where the parsed piece starts in its article."""
    out: list[Toponym] = []
    covered: set[int] = set()
    text = doc.text  # spaCy joins the tokens anew at every `doc.text`: once, not once per use
    cased = any(c.isupper() for c in text)
    for ent in doc.ents:
        if ent.label_ in LABELS and not unnamed(ent, cased):
            out.append(Toponym(ent.text, ent.start_char + offset, ent.end_char + offset, ent.label_))
            covered.update(range(ent.start, ent.end))
    run: list = []
    for tok in [*doc, None]:
        if tok is not None and tok.i not in covered and tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() \
                and not (run and "\n" in run[-1].whitespace_):
            run.append(tok)
            continue
        if run:
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            out.append(Toponym(text[start:end], start + offset, end + offset, "PROPN"))
            run = []
        if tok is not None and tok.i not in covered and tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper():
            run.append(tok)
    out.sort(key=lambda t: t.start)
    return out
