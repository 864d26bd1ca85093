-- The first report's article fields, kept on the event: listing events (the API's and the
-- dashboard's most frequent query) then reads one table, with no join to articles.

ALTER TABLE events ADD COLUMN article_title TEXT;

ALTER TABLE events ADD COLUMN article_published TEXT;

ALTER TABLE events ADD COLUMN article_source TEXT;

ALTER TABLE events ADD COLUMN article_url TEXT;

UPDATE events SET article_title = a.title, article_published = a.published, article_source = a.source,
    article_url = a.url
FROM articles a WHERE a.id = events.article_id;
