"""The pipeline: clean -> annotate -> extract -> resolve, for one article or a stream."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from parley import __version__
from parley.annotate import load_nlp, model_version
from parley.clean import content_spans
from parley.extractor.events import doc_candidates, doc_facts
from parley.extractor.lexicon import Lexicon, default_lexicon
from parley.records import Article, ArticleInput
from parley.resolve.coding import ArticleCoder, Resolver, code_article
from parley.resolve.places import Gazetteer


@dataclass(frozen=True)
class Pipeline:
    """Everything extraction needs, passed in so tests and users can swap parts."""

    nlp: Any
    lexicon: Lexicon
    resolver: Resolver
    gazetteer: Gazetteer
    knowledge_version: str

    @property
    def pipeline_version(self) -> str:
        return f"parley-{__version__}+{model_version(self.nlp)}"

    def run(self, articles: Iterable[ArticleInput], batch_size: int = 16, n_process: int = 1,
            on_error: Callable[[str], None] | None = None) -> Iterator[Article]:
        """Extract a stream of articles in order. An article the rules fail on is reported through
        `on_error` and comes out without events; the rest of the stream goes on."""
        def texts() -> Iterator[tuple[str, ArticleInput]]:
            for a in articles:
                yield a.text, a

        for doc, art in self.nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
            try:
                yield self.code(doc, art)
            except Exception as exc:  # noqa: BLE001 - one bad article must not end a corpus run
                if on_error is None:
                    raise
                on_error(f"{art.origin or art.id}: extraction failed ({type(exc).__name__}: {exc}); "
                         "written without events")
                yield Article(id=art.id, text=art.text, title=art.title, published=art.published,
                              source=art.source, url=art.url)

    def code(self, doc: Any, art: ArticleInput) -> Article:
        spans = content_spans(art.text)
        candidates = doc_candidates(doc, self.lexicon, spans)
        coder = ArticleCoder(self.resolver, self.gazetteer, art.id, art.text, art.published, self.pipeline_version,
                             self.knowledge_version)
        coder.learn(doc_facts(doc, spans))
        events = code_article(candidates, coder)
        return Article(id=art.id, text=art.text, title=art.title, published=art.published, source=art.source,
                       url=art.url, events=tuple(events))


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    from parley.resolve.actors import ActorResolver

    resolver = ActorResolver.default()
    lexicon = default_lexicon()
    kv = f"triggers-{lexicon.version}+actors-{getattr(resolver, 'version', 'unversioned')}"
    return Pipeline(nlp=load_nlp(), lexicon=lexicon, resolver=resolver, gazetteer=Gazetteer.default(),
                    knowledge_version=kv)


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
