-- The learned classifier's confidence in the event's type (`ingest --learned`), from the report
-- whose record the event keeps: `query --min-confidence` filters on it. Events coded by the rules
-- alone have none.

ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION;

-- Stores written by `ingest --learned` before this column existed: the record ends with the
-- confidence (Event.to_dict writes it last), read here with string functions both databases share.
UPDATE events SET confidence = CAST(rtrim(substring(record FROM position('"confidence": ' IN record) + 14), '}')
    AS DOUBLE PRECISION)
WHERE record LIKE '%"confidence": %';
