/// Migration 001: the tables, indexes and view that reports and people's own SQL are written against.
///
/// Shipped: never edit this text (see `Migration`). The names here are public interface; report SQL
/// files and users' queries depend on them.
enum InitialSchema {
    static let sql = """
        CREATE TABLE sources (               -- one row per input file (identified by content, see fingerprint)
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL,                -- as given, '-' for standard input
          fingerprint TEXT NOT NULL,         -- hash of the first head_bytes decompressed bytes
          head_bytes INTEGER NOT NULL,
          compressed INTEGER NOT NULL CHECK (compressed IN (0,1)),
          bytes_done INTEGER NOT NULL DEFAULT 0,   -- decompressed bytes fully accounted for
          lines_done INTEGER NOT NULL DEFAULT 0,
          errors INTEGER NOT NULL DEFAULT 0, successes INTEGER NOT NULL DEFAULT 0,
          rejects INTEGER NOT NULL DEFAULT 0, blanks INTEGER NOT NULL DEFAULT 0, redactions INTEGER NOT NULL DEFAULT 0,
          damaged TEXT,                      -- null, or why reading stopped early
          first_ingested_at TEXT NOT NULL, last_ingested_at TEXT NOT NULL,
          CHECK (lines_done = errors + successes + rejects + blanks)
        );
        CREATE INDEX sources_fingerprint ON sources(fingerprint);

        CREATE TABLE error_kinds (           -- one row per distinct classification outcome
          id INTEGER PRIMARY KEY, provider TEXT NOT NULL, code TEXT NOT NULL, category TEXT,
          retryable INTEGER CHECK (retryable IN (0,1)), retry_basis TEXT NOT NULL,
          known INTEGER NOT NULL CHECK (known IN (0,1)),
          guidance TEXT);

        CREATE TABLE messages (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);

        CREATE TABLE endpoints (id INTEGER PRIMARY KEY, host TEXT NOT NULL DEFAULT '', path TEXT NOT NULL,
          UNIQUE (host, path));

        CREATE TABLE events (                -- one row per error line
          id INTEGER PRIMARY KEY,
          ts TEXT,                           -- UTC, 'YYYY-MM-DDTHH:MM:SS.sssZ' (always 3 fraction digits so text order = time order); null if the line had none
          kind_id INTEGER NOT NULL REFERENCES error_kinds(id),
          status INTEGER, request_id TEXT, idempotency_key TEXT, method TEXT,
          endpoint_id INTEGER REFERENCES endpoints(id), message_id INTEGER REFERENCES messages(id),
          param TEXT, decline_code TEXT, format TEXT NOT NULL,
          source_id INTEGER NOT NULL REFERENCES sources(id), line INTEGER NOT NULL, byte_offset INTEGER NOT NULL,
          UNIQUE (source_id, line));
        CREATE INDEX events_ts ON events(ts);
        CREATE INDEX events_request_id ON events(request_id);
        CREATE INDEX events_kind ON events(kind_id);

        CREATE TABLE traffic (               -- lines that were not errors, counted, not stored
          hour TEXT NOT NULL,                -- 'YYYY-MM-DDTHH:00:00Z', '' when the line had no time
          provider TEXT NOT NULL, method TEXT NOT NULL DEFAULT '', endpoint_id INTEGER NOT NULL DEFAULT 0,
          status_class TEXT NOT NULL,        -- '1xx','2xx','3xx' or 'none'
          count INTEGER NOT NULL,
          PRIMARY KEY (hour, provider, method, endpoint_id, status_class)) WITHOUT ROWID;

        CREATE TABLE rejects (id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources(id),
          line INTEGER NOT NULL, byte_offset INTEGER NOT NULL, reason TEXT NOT NULL, excerpt TEXT NOT NULL,
          UNIQUE (source_id, line));

        CREATE TABLE ingest_runs (id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT,
          files INTEGER NOT NULL DEFAULT 0, lines INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0,
          successes INTEGER NOT NULL DEFAULT 0, rejects INTEGER NOT NULL DEFAULT 0, blanks INTEGER NOT NULL DEFAULT 0,
          skipped_lines INTEGER NOT NULL DEFAULT 0, redactions INTEGER NOT NULL DEFAULT 0, outcome TEXT);

        CREATE VIEW errors AS                -- the flat view reports and people query
          SELECT e.id, e.ts, k.provider, k.code, k.category, k.retryable, k.retry_basis, k.known, k.guidance,
                 e.status, e.request_id, e.idempotency_key, e.method, ep.host, ep.path AS endpoint, m.text AS message,
                 e.param, e.decline_code, e.format, s.path AS source_file, e.line, e.byte_offset
          FROM events e JOIN error_kinds k ON k.id = e.kind_id
          LEFT JOIN endpoints ep ON ep.id = e.endpoint_id LEFT JOIN messages m ON m.id = e.message_id
          JOIN sources s ON s.id = e.source_id;
        """
}
