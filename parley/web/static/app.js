/* Parley dashboard: four views of one filtered set of events (map, timeline, network, table) and an
 * article view. Vanilla JS, no inline script (works under Content-Security-Policy default-src 'self').
 * Every piece of data reaches the page through textContent or attributes, never as HTML. */
"use strict";

(function () {
  const QUADS = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];
  const QUAD_COLOURS = {
    "verbal-cooperation": "#7fbf4d",
    "material-cooperation": "#1b7837",
    "verbal-conflict": "#f39c34",
    "material-conflict": "#c8281e",
  };
  const NO_QUAD = "#8c8c8c";
  const QUAD_NAMES = {
    "verbal-cooperation": "verbal cooperation",
    "material-cooperation": "material cooperation",
    "verbal-conflict": "verbal conflict",
    "material-conflict": "material conflict",
  };
  const FILTERS = ["actor", "recipient", "country", "type", "quad", "aux", "min_confidence", "since", "until"];
  const PAGE = 50;
  const PANELS = ["map", "timeline", "network", "events"];

  const $ = (id) => document.getElementById(id);
  const form = $("filters");

  /* ---------- small helpers ---------- */

  // el("a", {href: x, class: "y"}, "text", child): attributes are set with setAttribute (never markup),
  // strings become text nodes.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // Only http(s) links from the data become hrefs (no javascript: or data: URLs).
  function safeUrl(url) {
    if (!url) return null;
    try {
      const u = new URL(url, location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function extLink(url, text) {
    const href = safeUrl(url);
    if (!href) return document.createTextNode(text || "");
    return el("a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, text || href);
  }

  function host(url) {
    try { return new URL(url).host; } catch (e) { return ""; }
  }

  function actorText(actors) {
    return (actors || []).map((a) => (a.name || a.text) + (a.country || a.sector
      ? ` (${[a.country, a.sector].filter(Boolean).join(" ")})` : "")).join(", ");
  }

  function placeText(loc) {
    if (!loc) return "";
    return (loc.name || loc.text) + (loc.country ? ` (${loc.country})` : "");
  }

  function eventDay(e) {
    return e.date || ((e.article && e.article.published) || "").slice(0, 10);
  }

  const fmt = new Intl.NumberFormat("en");
  const n = (x) => fmt.format(x);
  const plural = (x, word) => `${n(x || 0)} ${word}${x === 1 ? "" : "s"}`;

  class ApiError extends Error {
    constructor(status, detail) {
      super(detail);
      this.status = status;
    }
  }

  async function api(path, params) {
    const qs = params ? params.toString() : "";
    let res;
    try {
      res = await fetch(path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
    } catch (e) {
      throw new ApiError(0, "the server cannot be reached (" + e.message + ")");
    }
    if (!res.ok) {
      let detail = res.statusText || "error";
      try {
        const body = await res.json();
        if (typeof body.detail === "string") detail = body.detail;
        else if (Array.isArray(body.detail)) {
          detail = body.detail.map((d) => [(d.loc || []).slice(1).join("."), d.msg].filter(Boolean).join(": "))
            .join("; ");
        }
      } catch (e) { /* not JSON */ }
      throw new ApiError(res.status, detail);
    }
    return res.json();
  }

  /* ---------- filters <-> URL ---------- */

  function stateFromUrl() {
    const q = new URLSearchParams(location.search);
    const s = { filters: {}, page: Math.max(0, parseInt(q.get("page") || "0", 10) || 0),
      normalise: q.get("normalise") === "true", article: q.get("article") || null };
    for (const k of FILTERS) {
      const values = q.getAll(k).filter((v) => v !== "");
      if (values.length) s.filters[k] = values.join(",");
    }
    return s;
  }

  function urlFromState(s) {
    const q = new URLSearchParams();
    for (const k of FILTERS) if (s.filters[k]) q.set(k, s.filters[k]);
    if (s.page) q.set("page", String(s.page));
    if (s.normalise) q.set("normalise", "true");
    if (s.article) q.set("article", s.article);
    const qs = q.toString();
    return location.pathname + (qs ? "?" + qs : "");
  }

  // The API parameters of the filters: actor/recipient/country accept comma lists, sent as repeated values.
  function filterParams(filters) {
    const q = new URLSearchParams();
    for (const k of FILTERS) {
      const v = filters[k];
      if (!v) continue;
      if (k === "actor" || k === "recipient" || k === "country") {
        for (const part of v.split(",").map((x) => x.trim()).filter(Boolean)) q.append(k, part);
      } else {
        q.set(k, v.trim());
      }
    }
    return q;
  }

  function fillForm(filters) {
    for (const k of FILTERS) {
      const field = form.elements[k];
      const v = filters[k] || "";
      if (field.tagName === "SELECT" && v && ![...field.options].some((o) => o.value === v)) {
        field.append(el("option", { value: v }, v)); // a value typed in the URL stays visible
      }
      field.value = v;
    }
  }

  function formFilters() {
    const f = {};
    for (const k of FILTERS) {
      const v = (form.elements[k].value || "").trim();
      if (v) f[k] = v;
    }
    return f;
  }

  let state = stateFromUrl();

  function navigate(next, replace) {
    state = next;
    const url = urlFromState(state);
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  }

  function showFilterError(message) {
    const box = $("filter-error");
    box.textContent = message || "";
    box.hidden = !message;
  }

  /* ---------- panel status ---------- */

  function setStatus(panel, kind, message) {
    const target = panel === "events" ? $("events") : $(panel);
    target.dataset.state = kind;
    const box = document.querySelector(`.status[data-for="${panel}"]`);
    box.textContent = message || "";
    box.className = "status " + kind;
    box.hidden = !message;
  }

  // Each panel's latest request: an answer to an older one (filters changed meanwhile) is dropped.
  const tickets = {};
  const ticket = (panel) => (tickets[panel] = (tickets[panel] || 0) + 1);
  const current = (panel, t) => tickets[panel] === t;

  const firstRender = { pending: new Set(PANELS), done: false };

  function drawn(panel) {
    if (firstRender.done) return;
    firstRender.pending.delete(panel);
    if (firstRender.pending.size === 0) {
      firstRender.done = true;
      // After the browser has painted the last panel: the time from navigation start to a usable page.
      requestAnimationFrame(() => setTimeout(() => {
        const ms = Math.round(performance.now());
        performance.mark("parley-rendered");
        document.body.dataset.renderMs = String(ms);
        document.body.dataset.rendered = "true";
      }, 0));
    }
  }

  /* ---------- header: store totals ---------- */

  async function loadHealth() {
    const box = $("totals");
    try {
      const h = await api("/api/health");
      const s = h.store || {};
      box.textContent = `Store: ${plural(s.articles, "article")} (${plural(s.duplicates, "near-duplicate")}), `
        + `${plural(s.events, "event")} from ${plural(s.mentions, "mention")}, ${plural(s.sources, "outlet")}`
        + ` · Parley ${h.version || "?"} · ${h.writable ? "writable" : "read-only"}`;
      box.dataset.articles = String(s.articles || 0);
      box.dataset.events = String(s.events || 0);
    } catch (e) {
      box.textContent = "Store totals unavailable: " + e.message;
      box.classList.add("error");
    }
  }

  async function loadActorList() {
    try {
      const data = await api("/api/actors", new URLSearchParams({ limit: "200" }));
      const list = $("actor-list");
      list.replaceChildren(...(data.actors || []).map((a) => el("option", { value: a.label },
        `${a.as_actor} as actor, ${a.as_recipient} as recipient`)));
    } catch (e) { /* suggestions are optional */ }
  }

  /* ---------- (a) map ---------- */

  let map = null;
  let clusters = null;
  let baseLayer = Promise.resolve();

  function legend() {
    const ul = $("legend");
    ul.replaceChildren(...QUADS.map((q) => {
      const dot = el("span", { class: "dot" });
      dot.style.background = QUAD_COLOURS[q];
      return el("li", {}, dot, QUAD_NAMES[q]);
    }));
  }

  function initMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5,
      attributionControl: true, preferCanvas: false });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    map.setView([30, 20], 1.5);
    baseLayer = fetch("/static/vendor/countries.geojson").then((r) => r.json()).then((geo) => {
      L.geoJSON(geo, {
        interactive: false,
        style: { color: "#b9b9b9", weight: 0.6, fillColor: "#f3f1ec", fillOpacity: 1 },
      }).addTo(map).bringToBack();
      map.getContainer().dataset.countries = String(geo.features.length);
    }).catch(() => { /* a map without the base layer still shows the points */ });
    clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 40,
      iconCreateFunction: clusterIcon,
    });
    map.addLayer(clusters);
  }

  // A cluster is a disc split by quad (conic gradient), with its event count.
  function clusterIcon(cluster) {
    const counts = {};
    for (const m of cluster.getAllChildMarkers()) counts[m.options.quad] = (counts[m.options.quad] || 0) + 1;
    const total = cluster.getChildCount();
    let at = 0;
    const stops = [];
    for (const q of [...QUADS, ""]) {
      const c = counts[q] || 0;
      if (!c) continue;
      const to = at + (c / total) * 360;
      stops.push(`${QUAD_COLOURS[q] || NO_QUAD} ${at}deg ${to}deg`);
      at = to;
    }
    const size = total < 10 ? 30 : total < 100 ? 36 : total < 1000 ? 44 : 52;
    const disc = el("div", { class: "cluster" }, el("span", {}, n(total)));
    disc.style.background = `conic-gradient(${stops.join(", ")})`;
    disc.style.width = disc.style.height = size + "px";
    return L.divIcon({ html: disc, className: "cluster-icon", iconSize: [size, size] });
  }

  function pointIcon(quad) {
    return L.divIcon({ className: "point point-" + (quad || "none"), iconSize: [12, 12] });
  }

  function popup(p) {
    const [id, , , quad, type, place, sources] = p;
    const wrap = el("div", { class: "popup" },
      el("strong", {}, type || "?"), " ",
      el("span", { class: "quad-tag" }, QUAD_NAMES[quad] || "no quad"),
      el("br"),
      place || "unnamed place", el("br"),
      `${sources} ${sources === 1 ? "source" : "sources"}`, el("br"),
      el("a", { href: "#", class: "open-event", onclick: (ev) => { ev.preventDefault(); openEvent(id); } },
        "open the article"),
      " · ",
      el("a", { href: "/api/events/" + encodeURIComponent(id), target: "_blank", rel: "noopener" }, "event JSON"));
    return wrap;
  }

  async function loadMap(params) {
    setStatus("map", "loading", "Loading…");
    const mine = ticket("map");
    const data = await api("/api/map", params);
    await baseLayer;
    if (!current("map", mine)) return; // a newer request for this panel was made meanwhile
    clusters.clearLayers();
    const markers = [];
    for (const p of data.points || []) {
      const [, lat, lon, quad] = p;
      if (lat === null || lon === null) continue;
      const m = L.marker([lat, lon], { icon: pointIcon(quad), quad: quad || "", keyboard: false });
      m.bindPopup(() => popup(p));
      markers.push(m);
    }
    clusters.addLayers(markers);
    const box = $("map");
    box.dataset.points = String(markers.length);
    box.dataset.totalLocated = String(data.total_located ?? markers.length);
    $("map-note").textContent = `${n(markers.length)} located events`
      + (data.total_located > markers.length ? ` (of ${n(data.total_located)})` : "");
    if (markers.length) {
      const bounds = clusters.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), { maxZoom: 6, animate: false });
    }
    setStatus("map", "ready", markers.length ? "" : "No located events match the filters.");
    drawn("map");
  }

  async function openEvent(id) {
    try {
      const data = await api("/api/events/" + encodeURIComponent(id));
      openArticle(data.event.article ? data.event.article.id : data.event.provenance.article_id, id);
    } catch (e) {
      showFilterError("Event " + id + ": " + e.message);
    }
  }

  /* ---------- (b) timeline ---------- */

  let timeline = null;

  // A day as the local midnight ECharts' time axis uses for dates.
  function dayMs(day) {
    const [y, m, d] = day.split("-").map(Number);
    return new Date(y, (m || 1) - 1, d || 1).getTime();
  }
  const UNIT_MS = { day: 864e5, week: 7 * 864e5, month: 30.4 * 864e5 };

  function bucketOf(day, unit) {
    if (unit === "day") return day;
    if (unit === "month") return day.slice(0, 7) + "-01";
    const d = new Date(day + "T00:00:00Z"); // week: its Monday
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  }

  async function loadTimeline(params) {
    setStatus("timeline", "loading", "Loading…");
    const q = new URLSearchParams(params);
    q.set("normalise", state.normalise ? "true" : "false");
    const mine = ticket("timeline");
    const data = await api("/api/timeline", q);
    if (!current("timeline", mine)) return;
    const days = data.days || [];
    // A few events with far-off dates (an anniversary, a year read as a date) would squash the rest
    // into one bar: the bucket size follows the days holding the central 90% of the events and the
    // days articles were published, and the chart opens zoomed on those (the slider reaches the rest).
    const weights = days.map((_, i) => Object.values(data.series || {}).reduce((t, s) => t + (s[i] || 0), 0));
    const all = weights.reduce((a, b) => a + b, 0);
    let lo = 0, hi = days.length - 1;
    if (all > 0) {
      let seen = 0;
      while (lo < hi && seen + weights[lo] <= all * 0.05) seen += weights[lo++];
      seen = 0;
      while (hi > lo && seen + weights[hi] <= all * 0.05) seen += weights[hi--];
    }
    (data.articles || []).forEach((a, i) => {
      if (a && weights[i]) { lo = Math.min(lo, i); hi = Math.max(hi, i); }
    });
    const spanOf = (a, b) => (days.length ? (dayMs(days[b]) - dayMs(days[a])) / 864e5 : 0);
    const span = spanOf(lo, hi);
    const unit = span > 1100 ? "month" : span > 240 ? "week" : "day";
    const zoomed = days.length > 0 && spanOf(0, days.length - 1) > Math.max(span * 1.5, span + 60);
    // Buckets: raw counts add up; a normalised value is turned back into counts and articles to add up.
    const buckets = new Map();
    days.forEach((day, i) => {
      const key = bucketOf(day, unit);
      if (!buckets.has(key)) buckets.set(key, { articles: 0, raw: {}, anyNull: false });
      const b = buckets.get(key);
      const arts = (data.articles || [])[i];
      b.articles += arts || 0;
      for (const quad of Object.keys(data.series || {})) {
        const v = data.series[quad][i];
        if (v === null || v === undefined) continue;
        const count = data.normalised && arts ? v * arts : v;
        b.raw[quad] = (b.raw[quad] || 0) + count;
      }
    });
    const keys = [...buckets.keys()].sort();
    const quads = [...QUADS, ...Object.keys(data.series || {}).filter((q) => !QUADS.includes(q))]
      .filter((q) => (data.series || {})[q]);
    const series = quads.map((quad) => ({
      name: QUAD_NAMES[quad] || (quad || "no quad"),
      type: "bar",
      stack: "events",
      barMaxWidth: 28,
      itemStyle: { color: QUAD_COLOURS[quad] || NO_QUAD },
      emphasis: { focus: "series" },
      data: keys.map((k) => {
        const b = buckets.get(k);
        const raw = b.raw[quad] || 0;
        const v = data.normalised ? (b.articles ? raw / b.articles : null) : Math.round(raw);
        return [dayMs(k), v === null ? null : Math.round(v * 1000) / 1000];
      }),
    }));
    if (!timeline) timeline = echarts.init($("timeline"), null, { renderer: "canvas" });
    timeline.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 36, bottom: keys.length > 30 || zoomed ? 60 : 30 },
      legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (items) => {
          const list = Array.isArray(items) ? items : [items];
          if (!list.length) return "";
          const d = new Date(list[0].value[0]);
          const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-`
            + String(d.getDate()).padStart(2, "0");
          const head = unit === "day" ? day : unit === "week" ? "week of " + day : day.slice(0, 7);
          // series names are this page's own constants; values are numbers
          return [head, ...list.filter((p) => p.value[1]).map((p) => `${p.marker}${p.seriesName}: `
            + (data.normalised ? Number(p.value[1]).toFixed(3) : n(p.value[1])))].join("<br>");
        },
      },
      xAxis: { type: "time", minInterval: UNIT_MS[unit], axisLabel: { hideOverlap: true },
        // half a bucket of room each side, so the first and last bars are whole
        min: keys.length ? dayMs(keys[0]) - UNIT_MS[unit] * (keys.length < 8 ? 2 : 0.6) : null,
        max: keys.length ? dayMs(keys[keys.length - 1]) + UNIT_MS[unit] * (keys.length < 8 ? 2 : 0.6) : null },
      yAxis: { type: "value", name: data.normalised ? "events per article" : "events",
        nameTextStyle: { fontSize: 11, align: "left" }, minInterval: data.normalised ? 0 : 1 },
      dataZoom: keys.length > 30 || zoomed ? [
        { type: "inside", filterMode: "filter" },
        { type: "slider", height: 18, bottom: 8, filterMode: "filter", labelFormatter: "" },
      ].map((z) => (zoomed ? { ...z, startValue: dayMs(bucketOf(days[lo], unit)) - UNIT_MS[unit],
        endValue: dayMs(bucketOf(days[hi], unit)) + UNIT_MS[unit] } : z)) : [],
      series,
    }, { notMerge: true });
    const box = $("timeline");
    box.dataset.days = String(days.length);
    box.dataset.events = String(Math.round(quads.reduce((t, q) => t + (data.series[q] || []).reduce((a, v, i) =>
      a + (v === null ? 0 : data.normalised ? v * ((data.articles || [])[i] || 0) : v), 0), 0)));
    box.dataset.normalised = String(!!data.normalised);
    $("timeline-note").textContent = !days.length ? ""
      : `${days[lo]} to ${days[hi]}, by ${unit}` + (zoomed ? ` (all: ${days[0]} to ${days[days.length - 1]})` : "");
    setStatus("timeline", "ready", days.length ? "" : "No dated events match the filters.");
    drawn("timeline");
  }

  /* ---------- (c) network ---------- */

  let network = null;

  // -10 red .. 0 grey .. +10 green
  function scoreColour(score) {
    if (score === null || score === undefined) return "#9a9a9a";
    const t = Math.max(-1, Math.min(1, score / 10));
    const grey = [154, 154, 154];
    const end = t < 0 ? [200, 40, 30] : [27, 120, 55];
    const a = Math.abs(t);
    const c = grey.map((g, i) => Math.round(g + (end[i] - g) * a));
    return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
  }

  async function loadNetwork(params) {
    setStatus("network", "loading", "Loading…");
    const q = new URLSearchParams(params);
    q.set("top", "60");
    const mine = ticket("network");
    const data = await api("/api/network", q);
    if (!current("network", mine)) return;
    const nodes = data.nodes || [];
    const edges = data.edges || [];
    const maxNode = Math.max(1, ...nodes.map((x) => x.events));
    const maxEdge = Math.max(1, ...edges.map((x) => x.events));
    if (!network) {
      network = echarts.init($("network"), null, { renderer: "canvas" });
      network.on("click", (p) => {
        if (p.dataType === "node") {
          const actors = String(p.data.id).split("+").join(",");
          applyFilters({ ...state.filters, actor: actors });
        }
      });
    }
    network.setOption({
      animationDurationUpdate: 300,
      tooltip: {
        formatter: (p) => {
          // ECharts renders a string formatter as HTML: escape the labels.
          const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
          if (p.dataType === "edge") {
            const d = p.data;
            return `${esc(d.source)} → ${esc(d.target)}<br>${d.events} events, mean score `
              + `${d.score === null ? "?" : esc(d.score)}`;
          }
          return `${esc(p.data.id)}: ${p.data.events} events (click to filter)`;
        },
      },
      series: [{
        type: "graph",
        layout: "force",
        roam: true,
        draggable: true,
        force: { repulsion: nodes.length > 30 ? 90 : 140, edgeLength: [25, 90], gravity: 0.25 },
        label: { show: true, position: "right", fontSize: 11, color: "#333" },
        labelLayout: { hideOverlap: true },
        edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: 6,
        emphasis: { focus: "adjacency", lineStyle: { width: 4 } },
        data: nodes.map((x) => ({
          id: x.id, name: x.id, events: x.events, value: x.events,
          symbolSize: 8 + 30 * Math.sqrt(x.events / maxNode),
          itemStyle: { color: "#4a6fa5", borderColor: "#fff", borderWidth: 1 },
        })),
        links: edges.map((x) => ({
          source: x.source, target: x.target, events: x.events, score: x.score, value: x.events,
          lineStyle: { color: scoreColour(x.score), width: 1 + 5 * (x.events / maxEdge), opacity: 0.85,
            curveness: 0.15 },
        })),
      }],
    }, { notMerge: true });
    const box = $("network");
    box.dataset.nodes = String(nodes.length);
    box.dataset.edges = String(edges.length);
    $("network-note").textContent = `${n(nodes.length)} actors, ${n(edges.length)} dyads`;
    setStatus("network", "ready", nodes.length ? "" : "No actor-to-recipient pairs match the filters.");
    drawn("network");
  }

  /* ---------- (d) event table ---------- */

  // The evidence sentence with the trigger marked: the trigger's offsets are article offsets,
  // the sentence starts at evidence.start.
  function evidenceNode(e) {
    const ev = e.evidence || { text: "", start: 0, end: 0 };
    const text = ev.text || "";
    const prov = e.provenance || {};
    const from = (prov.trigger_start ?? -1) - (ev.start || 0);
    const to = (prov.trigger_end ?? -1) - (ev.start || 0);
    const span = el("span", { class: "evidence" });
    if (from >= 0 && to > from && to <= text.length) {
      span.append(text.slice(0, from), el("mark", { class: "trigger" }, text.slice(from, to)), text.slice(to));
    } else {
      span.append(text);
    }
    return span;
  }

  function outletNode(e) {
    const a = e.article || {};
    const name = a.source || host(a.url) || a.id || "";
    return a.url ? extLink(a.url, name) : document.createTextNode(name);
  }

  async function loadTable(params) {
    setStatus("events", "loading", "Loading…");
    const q = new URLSearchParams(params);
    q.set("limit", String(PAGE));
    q.set("offset", String(state.page * PAGE));
    q.set("order", "day");
    const mine = ticket("events");
    const data = await api("/api/events", q);
    if (!current("events", mine)) return;
    const total = data.total || 0;
    if (state.page > 0 && state.page * PAGE >= total) { // a page past the end (shared link, new filters)
      navigate({ ...state, page: Math.max(0, Math.ceil(total / PAGE) - 1) }, true);
      return loadTable(params);
    }
    const rows = (data.events || []).map((e) => {
      const tr = el("tr", { tabindex: "0", dataset: { id: e.id, type: e.event_type,
        article: (e.article && e.article.id) || (e.provenance && e.provenance.article_id) || "" },
      title: "Open the article" },
      el("td", { class: "nowrap" }, eventDay(e)),
      el("td", {}, el("span", { class: "type-tag" }, dotFor(e.quad), e.event_type),
        e.mode ? el("div", { class: "sub" }, e.mode) : null),
      el("td", {}, e.aux_mode ? el("span", { class: "aux aux-" + e.aux_mode }, e.aux_mode) : ""),
      el("td", {}, actorText(e.actor)),
      el("td", {}, actorText(e.recipient)),
      el("td", {}, placeText(e.location)),
      el("td", { class: "num", title: `${e.num_mentions} mentions in ${e.num_articles} articles` },
        String(e.num_sources ?? "")),
      el("td", { class: "evidence-cell" }, evidenceNode(e)),
      el("td", {}, outletNode(e)));
      return tr;
    });
    const table = $("events");
    table.tBodies[0].replaceChildren(...rows);
    table.dataset.total = String(total);
    table.dataset.rows = String(rows.length);
    const first = total ? state.page * PAGE + 1 : 0;
    $("page-info").textContent = `${n(first)}–${n(state.page * PAGE + rows.length)} of ${n(total)}`;
    $("prev").disabled = state.page === 0;
    $("next").disabled = (state.page + 1) * PAGE >= total;
    $("table-note").textContent = `${n(total)} events`;
    const csv = new URLSearchParams(params);
    csv.set("format", "csv");
    csv.set("limit", "1000");
    $("csv").href = "/api/events?" + csv.toString();
    setStatus("events", "ready", total ? "" : "No events match the filters.");
    drawn("events");
  }

  function dotFor(quad) {
    const dot = el("span", { class: "dot", title: QUAD_NAMES[quad] || "no quad" });
    dot.style.background = QUAD_COLOURS[quad] || NO_QUAD;
    return dot;
  }

  /* ---------- article view ---------- */

  // The text cut at every evidence and trigger boundary; each piece knows which events' sentences
  // and triggers cover it.
  function markedText(text, events) {
    const cuts = new Set([0, text.length]);
    const clamp = (x) => Math.max(0, Math.min(text.length, x | 0));
    const spans = events.map((e, i) => {
      const ev = e.evidence || {};
      const prov = e.provenance || {};
      const s = { i, es: clamp(ev.start), ee: clamp(ev.end), ts: clamp(prov.trigger_start),
        te: clamp(prov.trigger_end) };
      for (const x of [s.es, s.ee, s.ts, s.te]) cuts.add(x);
      return s;
    });
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      const piece = text.slice(a, b);
      const inSentence = spans.filter((s) => s.es <= a && b <= s.ee && s.ee > s.es);
      const inTrigger = spans.filter((s) => s.ts <= a && b <= s.te && s.te > s.ts);
      if (inTrigger.length) {
        frag.append(el("mark", { class: "trigger", dataset: { events: inTrigger.map((s) => s.i).join(" ") },
          title: inTrigger.map((s) => events[s.i].event_type).join(", ") }, piece));
      } else if (inSentence.length) {
        frag.append(el("span", { class: "evidence-mark", dataset: {
          events: inSentence.map((s) => s.i).join(" ") } }, piece));
      } else {
        frag.append(piece);
      }
    }
    return frag;
  }

  let articleRequest = 0;

  async function openArticle(articleId, eventId, fromHistory) {
    if (!articleId) return;
    if (!fromHistory && state.article !== articleId) navigate({ ...state, article: articleId });
    const panel = $("article");
    panel.hidden = false;
    panel.dataset.state = "loading";
    panel.dataset.article = articleId;
    const status = $("article-status");
    status.hidden = false;
    status.className = "status loading";
    status.textContent = "Loading…";
    $("article-title").textContent = articleId;
    $("article-meta").replaceChildren();
    $("article-events").replaceChildren();
    $("article-text").replaceChildren();
    const ticket = ++articleRequest;
    let data;
    try {
      data = await api("/api/articles/" + encodeURIComponent(articleId));
    } catch (e) {
      if (ticket !== articleRequest) return;
      status.className = "status error";
      status.textContent = e.status === 404 ? `No article ${articleId} in this store.` : e.message;
      panel.dataset.state = "error";
      return;
    }
    if (ticket !== articleRequest) return;
    const a = data.article || {};
    const events = data.events || [];
    $("article-title").textContent = a.title || a.id || articleId;
    const meta = [];
    meta.push(el("span", {}, a.source || host(a.url) || "unknown outlet"));
    if (a.published) meta.push(" · ", el("time", {}, a.published));
    if (a.url) meta.push(" · ", extLink(a.url, a.url));
    if (a.duplicate_of) {
      meta.push(" · near-copy of ", el("a", { href: "#", onclick: (ev) => { ev.preventDefault();
        openArticle(a.duplicate_of); } }, a.duplicate_of));
    }
    meta.push(el("span", { class: "sub" }, ` · id ${a.id}`));
    $("article-meta").replaceChildren(...meta);
    $("article-events").replaceChildren(...events.map((e, i) => el("li", {
      dataset: { index: String(i), id: e.id || "" }, class: e.id === eventId ? "current" : null,
      onclick: () => focusTrigger(i) },
    dotFor(e.quad || quadOf(e.event_type)), el("strong", {}, e.event_type),
    e.mode ? ` (${e.mode})` : "", e.aux_mode ? [" ", el("span", { class: "aux aux-" + e.aux_mode }, e.aux_mode)] : "",
    " ", actorText(e.actor) || "?", " → ", actorText(e.recipient) || "?",
    e.location ? ` · ${placeText(e.location)}` : "", " · ", el("q", {}, e.trigger || ""),
    e.confidence != null ? el("span", { class: "sub" }, ` · confidence ${e.confidence.toFixed(2)}`) : "")));
    const textBox = $("article-text");
    textBox.replaceChildren(markedText(a.text || "", events));
    status.hidden = !!events.length;
    status.className = "status";
    status.textContent = events.length ? "" : "No events were coded from this article.";
    panel.dataset.state = "ready";
    panel.dataset.events = String(events.length);
    if (eventId) {
      const i = events.findIndex((e) => e.id === eventId);
      if (i >= 0) focusTrigger(i);
    }
  }

  function focusTrigger(i) {
    const box = $("article-text");
    for (const m of box.querySelectorAll(".focus")) m.classList.remove("focus");
    const hits = [...box.querySelectorAll("[data-events]")].filter((m) => m.dataset.events.split(" ")
      .includes(String(i)));
    for (const m of hits) m.classList.add("focus");
    const trigger = hits.find((m) => m.tagName === "MARK") || hits[0];
    if (trigger) trigger.scrollIntoView({ block: "center", behavior: "smooth" });
    for (const li of $("article-events").children) li.classList.toggle("current", li.dataset.index === String(i));
  }

  function closeArticle(fromHistory) {
    $("article").hidden = true;
    articleRequest++;
    if (!fromHistory && state.article) navigate({ ...state, article: null });
  }

  const TYPE_QUAD = { // parley/knowledge/ontology.yaml
    AGREE: "verbal-cooperation", CONSULT: "verbal-cooperation", SUPPORT: "verbal-cooperation",
    CONCEDE: "verbal-cooperation", COOPERATE: "material-cooperation", AID: "material-cooperation",
    RETREAT: "material-cooperation", REQUEST: "verbal-conflict", ACCUSE: "verbal-conflict",
    REJECT: "verbal-conflict", THREATEN: "verbal-conflict", PROTEST: "material-conflict",
    SANCTION: "material-conflict", MOBILIZE: "material-conflict", COERCE: "material-conflict",
    ASSAULT: "material-conflict",
  };
  const quadOf = (type) => TYPE_QUAD[type] || null;

  /* ---------- loading everything ---------- */

  let generation = 0;

  async function loadAll() {
    const mine = ++generation;
    fillForm(state.filters);
    $("normalise").checked = state.normalise;
    showFilterError("");
    document.body.dataset.loading = "true";
    const params = filterParams(state.filters);
    const jobs = [
      ["map", loadMap], ["timeline", loadTimeline], ["network", loadNetwork], ["events", loadTable],
    ].map(([panel, load]) => load(params).catch((e) => {
      if (mine !== generation) return;
      setStatus(panel, "error", e.status === 422 ? "Check the filters." : "Could not load: " + e.message);
      if (e.status === 422) showFilterError(e.message);
      throw e;
    }));
    const results = await Promise.allSettled(jobs);
    if (mine !== generation) return;
    document.body.dataset.loading = "false";
    const errors = results.filter((r) => r.status === "rejected").map((r) => r.reason);
    const unprocessable = errors.find((e) => e.status === 422);
    if (unprocessable) showFilterError(unprocessable.message);
    else if (errors.length) showFilterError("Some panels could not load: " + errors[0].message);
  }

  function applyFilters(filters) {
    navigate({ ...state, filters, page: 0 });
    loadAll();
  }

  /* ---------- wiring ---------- */

  function start() {
    legend();
    try {
      initMap();
    } catch (e) {
      setStatus("map", "error", "The map could not start: " + e.message);
    }
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      applyFilters(formFilters());
    });
    $("reset").addEventListener("click", () => {
      form.reset();
      applyFilters({});
    });
    $("normalise").addEventListener("change", (ev) => {
      navigate({ ...state, normalise: ev.target.checked });
      loadTimeline(filterParams(state.filters)).catch((e) => setStatus("timeline", "error", e.message));
    });
    $("prev").addEventListener("click", () => {
      if (state.page === 0) return;
      navigate({ ...state, page: state.page - 1 });
      loadTable(filterParams(state.filters)).catch((e) => setStatus("events", "error", e.message));
    });
    $("next").addEventListener("click", () => {
      navigate({ ...state, page: state.page + 1 });
      loadTable(filterParams(state.filters)).catch((e) => setStatus("events", "error", e.message));
    });
    const tbody = $("events").tBodies[0];
    const openRow = (tr) => tr && openArticle(tr.dataset.article, tr.dataset.id);
    tbody.addEventListener("click", (ev) => {
      if (ev.target.closest("a")) return; // the outlet link opens the source itself
      openRow(ev.target.closest("tr"));
    });
    tbody.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && ev.target.tagName === "TR") openRow(ev.target);
    });
    $("article-close").addEventListener("click", () => closeArticle());
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && !$("article").hidden) closeArticle();
    });
    window.addEventListener("popstate", () => {
      const before = JSON.stringify([state.filters, state.page, state.normalise]);
      state = stateFromUrl();
      if (state.article) openArticle(state.article, null, true);
      else closeArticle(true);
      if (JSON.stringify([state.filters, state.page, state.normalise]) !== before) loadAll();
    });
    window.addEventListener("resize", () => {
      if (timeline) timeline.resize();
      if (network) network.resize();
    });
    loadHealth();
    loadActorList();
    loadAll();
    if (state.article) openArticle(state.article, null, true);
  }

  if (typeof L === "undefined" || typeof echarts === "undefined") {
    document.addEventListener("DOMContentLoaded", () => showFilterError(
      "The page's scripts did not load (static/vendor missing?)."));
  }
  start();
})();
