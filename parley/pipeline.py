"""The pipeline: clean -> annotate -> extract -> resolve, for one article or a stream."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from parley import __version__
from parley.annotate import load_nlp, model_version
from parley.clean import content_spans, parser_text
from parley.extractor.candidates import Candidate, DocFacts
from parley.extractor.events import Rules, doc_facts, merge_facts
from parley.extractor.lexicon import Lexicon, default_lexicon, load_lexicon
from parley.learn.classifier import EventClassifier, default_classifier
from parley.learn.combine import combine_many
from parley.records import Article, ArticleInput, PlaceMention, Toponym
from parley.resolve.coding import ArticleCoder, Resolver, code_article
from parley.resolve.places import Gazetteer

Read = tuple[list[Candidate], DocFacts]  # what the rules find in one parsed piece of an article
CLASSIFIER_ARTICLES = 64  # articles whose sentences the classifier reads in one call


@dataclass(frozen=True)
class Pipeline:
    """Everything extraction needs, passed in so tests and users can swap parts."""

    nlp: Any
    lexicon: Lexicon
    resolver: Resolver
    gazetteer: Gazetteer
    knowledge_version: str
    classifier: EventClassifier | None = None  # None: rules only
    min_confidence: float = 0.0  # events the classifier is less sure of are left out

    @property
    def pipeline_version(self) -> str:
        return f"parley-{__version__}+{model_version(self.nlp)}"

    def run(self, articles: Iterable[ArticleInput], batch_size: int = 16, n_process: int = 1,
            on_error: Callable[[str], None] | None = None) -> Iterator[Article]:
        """Extract a stream of articles in order. An article the rules fail on is reported through
        `on_error` and comes out without events; the rest of the stream goes on."""
        def texts() -> Iterator[tuple[str, tuple[ArticleInput, list[tuple[int, int]], int, bool]]]:
            for a in articles:
                parts = pieces(parser_text(a.text))
                spans = content_spans(a.text)  # once per article, shared by its pieces
                for n, (offset, text) in enumerate(parts):
                    yield text, (a, spans, offset, n == len(parts) - 1)

        # Each piece is read into plain records at once and its Doc let go: memory stays flat.
        read: list[Read | BaseException] = []
        pending: list[tuple[list[Read | BaseException], ArticleInput]] = []
        for doc, (art, spans, offset, last) in self.nlp.pipe(texts(), as_tuples=True, batch_size=batch_size,
                                                             n_process=n_process):
            try:
                read.append(self.read(doc, spans, offset))
            except Exception as exc:  # noqa: BLE001 - reported below, with the article
                read.append(exc)
            if not last:
                continue
            pending.append((read, art))
            read = []
            # The classifier reads the sentences of many articles at once: the more it has, the
            # closer in length the sentences it batches together, and the less it pads (64
            # articles rather than 16 took a quarter off its time on the extract benchmark).
            if self.classifier is None or len(pending) >= CLASSIFIER_ARTICLES:
                yield from self._finish(pending, on_error)
                pending = []
        yield from self._finish(pending, on_error)

    def _finish(self, pending: list[tuple[list[Read | BaseException], ArticleInput]],
                on_error: Callable[[str], None] | None) -> Iterator[Article]:
        found = [[c for p in parts if not isinstance(p, BaseException) for c in p[0]] for parts, _ in pending]
        try:
            typed = self._typed(found, [art.text for _, art in pending])
        except Exception as exc:  # noqa: BLE001 - the rules' events are still good
            if on_error is None:
                raise
            on_error(f"the classifier failed on {len(pending)} article(s) ({type(exc).__name__}: {exc}); "
                     "their events are typed by the rules alone, without confidence")
            typed = [[c for c in cands if c.event_type] for cands in found]
        for (parts, art), candidates in zip(pending, typed, strict=True):
            try:
                failed = next((p for p in parts if isinstance(p, BaseException)), None)
                if failed is not None:
                    raise failed
                yield self._code(candidates, [p[1] for p in parts if not isinstance(p, BaseException)], art)
            except Exception as exc:  # noqa: BLE001 - one bad article must not end a corpus run
                if on_error is None:
                    raise
                on_error(f"{art.origin or art.id}: extraction failed ({type(exc).__name__}: {exc}); "
                         "written without events")
                yield Article(id=art.id, text=art.text, title=art.title, published=art.published,
                              source=art.source, url=art.url)

    def _typed(self, candidates: list[list[Candidate]], texts: list[str]) -> list[list[Candidate]]:
        if self.classifier is None:
            return candidates
        return combine_many(list(zip(candidates, texts, strict=True)), self.classifier, self.min_confidence)

    def code(self, doc: Any, art: ArticleInput) -> Article:
        """Code an article parsed as one Doc."""
        return self.assemble([self.read(doc, content_spans(art.text), 0)], art)

    def read(self, doc: Any, spans: list[tuple[int, int]], offset: int) -> Read:
        """What the rules find in one parsed piece of an article, `offset` characters in;
        `spans` are the article's own text (boilerplate left out)."""
        return (Rules(self.lexicon).doc_candidates(doc, spans, offset, predicates=self.classifier is not None),
                doc_facts(doc, spans, offset))

    def assemble(self, parts: list[Read], art: ArticleInput) -> Article:
        [candidates] = self._typed([[c for found, _ in parts for c in found]], [art.text])
        return self._code(candidates, [facts for _, facts in parts], art)

    def _code(self, candidates: list[Candidate], facts: list[DocFacts], art: ArticleInput) -> Article:
        coder = ArticleCoder(self.resolver, self.gazetteer, art.id, art.text, art.published, self.pipeline_version,
                             self.knowledge_version)
        coder.learn(merge_facts(facts))
        events = code_article(candidates, coder)
        return Article(id=art.id, text=art.text, title=art.title, published=art.published, source=art.source,
                       url=art.url, events=tuple(events))


PIECE = 20_000  # characters parsed at once: spaCy's memory grows fast with document length


def pieces(text: str, size: int = PIECE) -> list[tuple[int, str]]:
    """Split a long text at paragraph (else line, else sentence) breaks into parseable pieces,
    each with its offset, so a book-length input costs time, not all the memory there is."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "))
        end = start + (cut + 1 if cut > size // 2 else size)
        out.append((start, text[start:end]))
        start = end
    out.append((start, text[start:]))
    return out


@lru_cache(maxsize=2)
def default_pipeline(resolver: Resolver | None = None, learned: bool = False,
                     extra_words: tuple[Path, ...] = ()) -> Pipeline:
    """The shipped pipeline; pass a resolver (an `ActorResolver` with `add_entries` applied)
    to code actors with your own entries, `learned=True` for the classifier's confidence
    and its events where no rule fired, and `extra_words` (files shaped like
    knowledge/words.yaml) to add words to the rules' word classes."""
    from parley.resolve.actors import ActorResolver

    resolver = resolver or ActorResolver.default()
    lexicon = load_lexicon(extra_words=extra_words) if extra_words else default_lexicon()
    classifier = default_classifier() if learned else None
    kv = f"triggers-{lexicon.version}+words-{lexicon.words_version}"
    kv += f"+actors-{getattr(resolver, 'version', 'unversioned')}"
    if classifier is not None:
        kv += f"+{classifier.version}"
    return Pipeline(nlp=load_nlp(), lexicon=lexicon, resolver=resolver, gazetteer=Gazetteer.default(),
                    knowledge_version=kv, classifier=classifier)


def extract(text: str, published: str | None = None, *, id: str = "text", title: str | None = None,
            source: str | None = None, url: str | None = None, pipeline: Pipeline | None = None) -> Article:
    """Extract the events of one article. `published` (YYYY-MM-DD) anchors relative dates."""
    pipe = pipeline or default_pipeline()
    art = ArticleInput(id=id, text=text, title=title, published=published, source=source, url=url)
    return next(pipe.run([art]))


def extract_many(articles: Iterable[ArticleInput], pipeline: Pipeline | None = None, batch_size: int = 16,
                 n_process: int = 1) -> Iterator[Article]:
    pipe = pipeline or default_pipeline()
    yield from pipe.run(articles, batch_size=batch_size, n_process=n_process)


# -- places (geoparsing) -----------------------------------------------------------------------------

def locate_many(articles: Iterable[ArticleInput], geoparser: Any = None, batch_size: int = 32,
                n_process: int = 1) -> Iterator[tuple[ArticleInput, list[PlaceMention]]]:
    """The places named in each article, in order (`parley places`)."""
    from parley.extractor.toponyms import UNUSED_PIPES, doc_toponyms
    from parley.resolve.geoparse import Geoparser

    geo = geoparser or Geoparser()
    nlp = load_nlp()

    def texts() -> Iterator[tuple[str, tuple[ArticleInput, int, bool]]]:
        for a in articles:
            parts = pieces(parser_text(a.text))
            for n, (offset, text) in enumerate(parts):
                yield text, (a, offset, n == len(parts) - 1)

    found: list[Toponym] = []
    disable = [p for p in UNUSED_PIPES if p in nlp.pipe_names]
    for doc, (art, offset, last) in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process,
                                             disable=disable):
        found.extend(doc_toponyms(doc, offset))
        if last:
            yield art, geo.locate(art.text, found)
            found = []
