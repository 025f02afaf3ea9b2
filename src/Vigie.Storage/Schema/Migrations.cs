namespace Vigie.Storage.Schema;

/// <summary>
/// The store's schema, as an ordered list of migrations. A store records the number of migrations it
/// has applied (PRAGMA user_version) and applies the missing ones in one transaction when opened.
/// Never edit a published migration: append a new one.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: articles with full-text search, rejections, and the tables later stages fill.
        """
        CREATE TABLE articles (
            seq          INTEGER PRIMARY KEY,
            id           TEXT NOT NULL UNIQUE,
            path         TEXT,
            url          TEXT,
            source       TEXT,
            published    TEXT,
            language     TEXT NOT NULL,
            language_confidence REAL NOT NULL,
            title        TEXT,
            text         TEXT NOT NULL,
            sentences    INTEGER NOT NULL,
            tokens       INTEGER NOT NULL,
            ingested_at  TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_language ON articles(language);

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text,
            content = 'articles', content_rowid = 'seq',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;

        CREATE TABLE rejections (
            path         TEXT NOT NULL,
            line         INTEGER NOT NULL DEFAULT 0,
            reason       TEXT NOT NULL,
            advice       TEXT NOT NULL,
            rejected_at  TEXT NOT NULL,
            PRIMARY KEY (path, line)
        );

        CREATE TABLE entities (
            article_seq  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
            local_id     TEXT NOT NULL,
            name         TEXT NOT NULL,
            kind         TEXT NOT NULL,
            country      TEXT,
            kb           TEXT,
            roles        TEXT,
            PRIMARY KEY (article_seq, local_id)
        );
        CREATE INDEX entities_name ON entities(name);
        CREATE INDEX entities_kb ON entities(kb);

        CREATE TABLE mentions (
            article_seq  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
            entity_id    TEXT NOT NULL,
            start        INTEGER NOT NULL,
            end          INTEGER NOT NULL,
            text         TEXT NOT NULL,
            how          TEXT NOT NULL
        );
        CREATE INDEX mentions_article ON mentions(article_seq, entity_id);

        CREATE TABLE quotes (
            article_seq  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
            kind         TEXT NOT NULL,
            start        INTEGER NOT NULL,
            end          INTEGER NOT NULL,
            speaker_id   TEXT,
            cue_start    INTEGER,
            cue_end      INTEGER,
            date         TEXT,
            confidence   REAL NOT NULL
        );
        CREATE INDEX quotes_article ON quotes(article_seq);

        CREATE TABLE times (
            article_seq  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
            start        INTEGER NOT NULL,
            end          INTEGER NOT NULL,
            type         TEXT NOT NULL,
            value        TEXT
        );
        CREATE INDEX times_article ON times(article_seq);

        CREATE TABLE events (
            article_seq  INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
            type         TEXT NOT NULL,
            mode         TEXT,
            sources      TEXT NOT NULL,
            targets      TEXT NOT NULL,
            place_id     TEXT,
            date         TEXT,
            status       TEXT NOT NULL,
            trigger_start INTEGER,
            trigger_end  INTEGER,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            confidence   REAL NOT NULL
        );
        CREATE INDEX events_article ON events(article_seq);
        CREATE INDEX events_type_date ON events(type, date);
        """,

        // 2: quotes keep their words, the words naming the speaker and how they were found.
        """
        ALTER TABLE quotes ADD COLUMN text TEXT NOT NULL DEFAULT '';
        ALTER TABLE quotes ADD COLUMN cue_text TEXT;
        ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
        ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
        ALTER TABLE quotes ADD COLUMN speaker_text TEXT;
        ALTER TABLE quotes ADD COLUMN speaker_clue TEXT NOT NULL DEFAULT 'none';
        CREATE INDEX quotes_speaker ON quotes(speaker_text);
        """,

        // 3: what the times stage says beyond the value (docs/FORMAT.md), and timelines by value.
        """
        ALTER TABLE times ADD COLUMN approximate INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE times ADD COLUMN anchor TEXT;
        ALTER TABLE times ADD COLUMN mod TEXT;
        CREATE INDEX times_value ON times(value);
        """,

        // 4: events keep the words of their actors, place, trigger and evidence, who claims them, and where their date comes from.
        """
        ALTER TABLE events ADD COLUMN source_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN target_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN place_text TEXT;
        ALTER TABLE events ADD COLUMN trigger_text TEXT;
        ALTER TABLE events ADD COLUMN evidence_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN claimed_by TEXT;
        ALTER TABLE events ADD COLUMN date_from TEXT;
        ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1;
        """,
    ];
}
