"""The dashboard in a real browser: `parley serve` on a small hand-made store, driven by headless
Chromium over the DevTools protocol (its --remote-debugging-pipe: the standard library is enough).

The store is built by hand (no model loaded), with the founding example's kind of events. Skipped when
no Chromium is installed, except under CI (CI=true), which installs it and must run these.
"""

from __future__ import annotations

import base64
import dataclasses
import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from parley.records import Actor, Article, Event, Evidence, Place, Provenance
from parley.store import Ingested, Store
from parley.store.dedup import content_hash

# -- the store -----------------------------------------------------------------------------------------

KULEBA = Actor("Dmytro Kuleba", "Dmytro Kuleba", "UKR", "GOV")
LAVROV = Actor("Sergei Lavrov", "Sergei Lavrov", "RUS", "GOV")
UKR_GOV = Actor("Ukraine", "Ukraine", "UKR", "GOV")
RUS_MIL = Actor("Russian forces", "Russia", "RUS", "MIL")
UN = Actor("the United Nations", "United Nations", None, "IGO")
ANTALYA = Place("Antalya", "Antalya", "TUR", 36.8969, 30.7133)
MARIUPOL = Place("Mariupol", "Mariupol", "UKR", 47.0951, 37.5413)
KYIV = Place("Kyiv", "Kyiv", "UKR", 50.4501, 30.5234)

TALKS = "Dmytro Kuleba and Sergei Lavrov failed to hold talks in Antalya on Thursday."
SHELLING = "Russian forces shelled the humanitarian corridor near Mariupol, officials said."
AGREED = "Kuleba said both sides agreed to keep talking in the same format."
AID = "The United Nations sent aid convoys to Kyiv on Saturday."
INJECTED = 'Aid reaches Kyiv <img src=x onerror="document.body.dataset.pwned=1">'


def event(kind: str, text: str, sentence: str, trigger: str, actor=(), recipient=(), *, article: str,
          aux: str | None = None, location: Place | None = None) -> Event:
    """An event whose evidence and trigger offsets point into the article text, as extraction makes them."""
    start = text.index(sentence)
    at = start + sentence.index(trigger)
    return Event(event_type=kind, trigger=trigger, evidence=Evidence(sentence, start, start + len(sentence)),
                 provenance=Provenance(article, at, at + len(trigger), "test", "p", "k"), aux_mode=aux,
                 actor=tuple(actor), recipient=tuple(recipient), location=location)


def article(id: str, title: str, text: str, events: list[Event], *, source: str, published: str,
            url: str) -> Ingested:
    art = Article(id=id, text=text, title=title, published=published, source=source, url=url, events=tuple(events))
    return Ingested(art, content_hash(text))


def build_store(path: str) -> None:
    antalya = " ".join([TALKS, SHELLING, AGREED])
    kyiv = AID + " Convoys had waited at the border for a week."
    with Store.open(path) as store:
        store.add([
            article("antalya-talks", "No ceasefire after talks in Antalya", antalya, [
                event("CONSULT", antalya, TALKS, "hold talks", [KULEBA], [LAVROV], article="antalya-talks",
                      aux="negation", location=ANTALYA),
                event("ASSAULT", antalya, SHELLING, "shelled", [RUS_MIL], [UKR_GOV], article="antalya-talks",
                      location=MARIUPOL),
                event("AGREE", antalya, AGREED, "agreed", [KULEBA], [LAVROV], article="antalya-talks",
                      location=ANTALYA),
            ], source="Reuters", published="2022-03-10", url="https://example.org/news/antalya-talks"),
            article("kyiv-aid", INJECTED, kyiv, [
                dataclasses.replace(event("AID", kyiv, AID, "sent", [UN], [UKR_GOV], article="kyiv-aid",
                                          location=KYIV), confidence=0.93),  # as coded with --learned
            ], source="AP", published="2022-03-12", url="https://example.org/news/kyiv-aid"),
        ])


# -- the browser ---------------------------------------------------------------------------------------

def find_chromium() -> str | None:
    for name in (os.environ.get("PARLEY_CHROMIUM"), "chromium", "chromium-browser", "google-chrome",
                 "google-chrome-stable"):
        if name and (path := shutil.which(name)):
            return path
    return None


class Browser:
    """Headless Chromium over --remote-debugging-pipe: DevTools protocol messages are JSON, each ended
    by a NUL byte, read by the browser on fd 3 and written by it on fd 4."""

    def __init__(self, executable: str, profile: str, size: tuple[int, int] = (1400, 1000)):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The browser's ends go to fds 3 and 4 in the child, by a Python trampoline (dash cannot name fds
        # above 9); moved above 9 first, so that neither sits on 3 or 4 and is overwritten by the other.
        to_browser_r, from_browser_w = (self._high(fd) for fd in (to_browser_r, from_browser_w))
        args = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
            f"--window-size={size[0]},{size[1]}", f"--user-data-dir={profile}", "--remote-debugging-pipe",
            "about:blank",
        ]
        trampoline = (f"import os, sys; os.dup2({to_browser_r}, 3); os.dup2({from_browser_w}, 4); "
                      "os.execv(sys.argv[1], sys.argv[1:])")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", trampoline, executable, *args],
            pass_fds=(to_browser_r, from_browser_w), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self._done = threading.Condition()
        self.errors: list[str] = []  # the page's uncaught exceptions, console errors, CSP and network errors
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.call(domain, session=True)
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=size[0], height=size[1],
                  deviceScaleFactor=1, mobile=False)

    @staticmethod
    def _high(fd: int) -> int:
        high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
        os.close(fd)
        return high

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._from_browser, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                if "id" in message:
                    with self._done:
                        self._replies[message["id"]] = message
                        self._done.notify_all()
                elif message.get("method") == "Runtime.exceptionThrown":
                    details = message["params"]["exceptionDetails"]
                    self.errors.append((details.get("exception") or {}).get("description") or details.get("text"))
                elif message.get("method") == "Log.entryAdded" and message["params"]["entry"]["level"] == "error":
                    # CSP violations, failed requests (a missing asset), deprecations taken as errors
                    entry = message["params"]["entry"]
                    self.errors.append(f"{entry['source']}: {entry['text']} {entry.get('url', '')}".strip())
                elif message.get("method") == "Runtime.consoleAPICalled" and message["params"]["type"] == "error":
                    self.errors.append(" ".join(str(a.get("value", a.get("description")))
                                                for a in message["params"]["args"]))
        with self._done:  # the browser went away: wake every caller
            self._done.notify_all()

    def call(self, method: str, session: bool = False, timeout: float = 20, **params: Any) -> dict[str, Any]:
        self._next += 1
        ident = self._next
        message: dict[str, Any] = {"id": ident, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        try:
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            raise RuntimeError(f"Chromium exited (status {self.proc.poll()}) before {method}") from None
        deadline = time.monotonic() + timeout
        with self._done:
            while ident not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or not self._reader.is_alive():
                    raise TimeoutError(f"Chromium did not answer {method} in {timeout} s")
                self._done.wait(left)
            reply = self._replies.pop(ident)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 15) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if value := self.js(expression):
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {expression}; page errors: {self.errors}")

    def load(self, url: str) -> None:
        self.errors.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def open(self, url: str) -> int:
        """Loads the page and waits until all four panels have drawn; the page's own first-render time (ms)."""
        self.load(url)
        return int(self.wait_for("document.body.dataset.rendered === 'true' && document.body.dataset.renderMs"))

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except (TimeoutError, RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass


# -- fixtures ------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chromium() -> str:
    path = find_chromium()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed: CI installs Debian's chromium package for the dashboard tests")
        pytest.skip("Chromium is not installed (apt-get install chromium) -- the dashboard's browser tests need it")
    return path


@pytest.fixture(scope="module")
def server(chromium, tmp_path_factory) -> Iterator[str]:  # no browser, no need for a server
    """`parley serve` on the hand-made store, on a free loopback port; its base URL."""
    db = str(tmp_path_factory.mktemp("store") / "events.duckdb")
    build_store(db)
    port = free_port()
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "parley.cli", "serve", "--db", db, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"parley serve did not come up: {log.read().decode(errors='replace')[-2000:]}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def browser(chromium, tmp_path_factory) -> Iterator[Browser]:
    b = Browser(chromium, str(tmp_path_factory.mktemp("chromium-profile")))
    yield b
    b.close()


# -- the tests -----------------------------------------------------------------------------------------

PANELS = """(() => {
  const rows = [...document.querySelectorAll('#events tbody tr')];
  const data = (id) => ({...document.getElementById(id).dataset});
  return {
    types: rows.map(r => r.dataset.type),
    rows: rows.map(r => r.innerText),
    triggers: [...document.querySelectorAll('#events mark.trigger')].map(m => m.textContent),
    table: data('events'), map: data('map'), timeline: data('timeline'), network: data('network'),
    markers: document.querySelectorAll('#map .leaflet-marker-icon').length,
    countries: document.querySelectorAll('#map path.leaflet-interactive, #map svg path').length,
    canvases: ['timeline', 'network'].map(id => document.querySelectorAll('#' + id + ' canvas').length),
    totals: document.getElementById('totals').textContent,
    filterError: document.getElementById('filter-error').hidden ? null
      : document.getElementById('filter-error').textContent,
  };
})()"""


def test_the_founding_events_fill_all_four_panels(server, browser, capsys):
    ms = browser.open(server + "/")
    with capsys.disabled():  # shown in every run, not only with -s
        print(f"\ndashboard first render (navigation start to all four panels drawn): {ms} ms")
    page = browser.js(PANELS)
    assert sorted(page["types"]) == ["AGREE", "AID", "ASSAULT", "CONSULT"]
    assert page["table"]["total"] == "4" and page["table"]["state"] == "ready"
    consult = next(r for r in page["rows"] if "CONSULT" in r)
    assert "negation" in consult and "Dmytro Kuleba" in consult and "Sergei Lavrov" in consult
    assert "Antalya" in consult and "Reuters" in consult
    assert {"hold talks", "shelled", "agreed", "sent"} == set(page["triggers"])  # the trigger is highlighted
    assert page["map"]["points"] == "4" and page["markers"] >= 1  # points or clusters drawn
    assert page["countries"] > 100  # the offline base layer of country shapes
    browser.js("document.querySelector('#map .point').dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    popup = browser.wait_for("document.querySelector('.leaflet-popup-content')?.textContent")
    assert any(kind in popup for kind in ("CONSULT", "ASSAULT", "AGREE", "AID")) and "1 source" in popup
    assert page["timeline"]["days"] == "3" and page["timeline"]["events"] == "4"  # 10 to 12 March
    assert page["network"]["edges"] == "3"  # UKR->RUS (talks, agreement), RUS->UKR, United Nations->UKR
    assert page["canvases"] == [1, 1]  # ECharts drew both charts
    assert "2 articles" in page["totals"] and "4 events" in page["totals"]
    assert page["filterError"] is None
    assert browser.errors == []
    assert ms < 10_000


def test_a_filter_in_the_url_narrows_every_panel(server, browser):
    browser.open(server + "/?type=ASSAULT")
    page = browser.js(PANELS)
    assert page["types"] == ["ASSAULT"]
    assert page["table"]["total"] == "1"
    assert page["map"]["points"] == "1"
    assert page["timeline"]["events"] == "1" and page["timeline"]["days"] == "1"
    assert page["network"]["edges"] == "1"
    assert browser.js("document.querySelector('select[name=type]').value") == "ASSAULT"
    # Applying another filter from the form updates the URL (a shareable link) and the panels.
    browser.js("document.querySelector('select[name=type]').value = ''; "
               "document.querySelector('input[name=actor]').value = 'UKR'; "
               "document.querySelector('#filters button[type=submit]').click()")
    browser.wait_for("document.getElementById('events').dataset.total === '2' "
                     "&& document.body.dataset.loading === 'false'")
    assert browser.js("location.search") == "?actor=UKR"
    assert sorted(browser.js(PANELS)["types"]) == ["AGREE", "CONSULT"]


def test_the_confidence_filter_keeps_the_events_the_classifier_is_sure_of(server, browser):
    browser.open(server + "/?min_confidence=0.9")
    page = browser.js(PANELS)
    assert page["types"] == ["AID"] and page["table"]["total"] == "1"  # the others were coded without it
    assert browser.js("document.querySelector('select[name=min_confidence]').value") == "0.9"


def test_a_bad_filter_shows_the_api_message_next_to_the_filters(server, browser):
    browser.load(server + "/?since=2022-03-20&until=2022-03-01")
    message = browser.wait_for("!document.getElementById('filter-error').hidden "
                               "&& document.getElementById('filter-error').textContent")
    assert "since" in message and "after" in message
    assert browser.js("document.getElementById('events').dataset.state") == "error"


def test_a_row_opens_its_article_with_every_trigger_marked(server, browser):
    browser.open(server + "/")
    browser.js("document.querySelector('#events tr[data-type=ASSAULT]').click()")
    browser.wait_for("document.getElementById('article').dataset.state === 'ready'")
    view = browser.js("""(() => ({
      title: document.getElementById('article-title').textContent,
      meta: document.getElementById('article-meta').textContent,
      events: [...document.querySelectorAll('#article-events li')].map(li => li.textContent),
      triggers: [...document.querySelectorAll('#article-text mark.trigger')].map(m => m.textContent),
      sentences: document.querySelectorAll('#article-text .evidence-mark').length,
      text: document.getElementById('article-text').textContent,
      url: location.search,
    }))()""")
    assert view["title"] == "No ceasefire after talks in Antalya"
    assert "Reuters" in view["meta"] and "2022-03-10" in view["meta"]
    assert "https://example.org/news/antalya-talks" in view["meta"]
    assert [e.split()[0] for e in view["events"]] == ["CONSULT", "ASSAULT", "AGREE"]  # in text order
    assert view["triggers"] == ["hold talks", "shelled", "agreed"]
    assert view["sentences"] >= 3 and view["text"].startswith(TALKS)
    assert view["url"] == "?article=antalya-talks"


def test_text_from_the_store_is_never_markup(server, browser):
    browser.open(server + "/?article=kyiv-aid")
    browser.wait_for("document.getElementById('article').dataset.state === 'ready'")
    assert browser.js("document.getElementById('article-title').textContent") == INJECTED
    assert browser.js("document.querySelectorAll('#article img').length") == 0
    assert browser.js("document.body.dataset.pwned") is None
