-- Portable SQL: the same migration runs on SQLite and PostgreSQL.
CREATE TABLE article (
    id           VARCHAR(255) PRIMARY KEY,
    content_hash VARCHAR(64)  NOT NULL UNIQUE,
    source       TEXT,
    title        TEXT,
    analysis     TEXT         NOT NULL,
    stored_at    VARCHAR(40)  NOT NULL
);

CREATE TABLE story (
    id   VARCHAR(64) PRIMARY KEY,
    body TEXT        NOT NULL
);

CREATE TABLE event (
    id    VARCHAR(64) PRIMARY KEY,
    story VARCHAR(64) NOT NULL,
    body  TEXT        NOT NULL
);

CREATE INDEX event_story ON event (story);
