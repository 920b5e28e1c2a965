-- Which normalisation the full-text indexes were built with. Indexed text and queries must be
-- normalised alike; when the rule changes (app/text.py), the application rebuilds the indexes once
-- from the stored records and raises the number (app/search_upkeep.py). 1 = the rules before app/text.py.
CREATE TABLE search_text_version (
    name    TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO search_text_version (name, version) VALUES ('search_text', 1);
