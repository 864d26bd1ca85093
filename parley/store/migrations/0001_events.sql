-- The first schema: articles (with their near-duplicate links and MinHash signatures),
-- real-world events, the mentions that report them, and the feeds being watched.
-- Written in the SQL that DuckDB and PostgreSQL share; `?` is the placeholder.

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    url TEXT,
    content_hash TEXT NOT NULL,
    title TEXT,
    published TEXT,
    source TEXT,
    text TEXT NOT NULL,
    duplicate_of TEXT,
    n_events INTEGER NOT NULL,
    signature TEXT,
    origin TEXT,
    pipeline_version TEXT,
    ingested_at TEXT NOT NULL
);

CREATE INDEX articles_url ON articles (url);

CREATE INDEX articles_hash ON articles (content_hash);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    event_type TEXT NOT NULL,
    mode TEXT,
    quad TEXT,
    score DOUBLE PRECISION,
    aux_mode TEXT,
    happened BOOLEAN NOT NULL,
    date TEXT,
    day TEXT,
    actor_keys TEXT NOT NULL,
    recipient_keys TEXT NOT NULL,
    actor_label TEXT,
    recipient_label TEXT,
    location_name TEXT,
    location_country TEXT,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    evidence TEXT NOT NULL,
    article_id TEXT NOT NULL,
    record TEXT NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL
);

CREATE INDEX events_day ON events (day);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    source TEXT,
    record TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE INDEX mentions_event ON mentions (event_id);

CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    modified TEXT,
    checked_at TEXT,
    status TEXT
);
