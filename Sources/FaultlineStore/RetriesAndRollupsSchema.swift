/// Migration 003: message fingerprints, the successful attempts retry chains need, and hourly error
/// counts that keep the common reports fast on large stores.
///
/// Shipped: never edit this text (see `Migration`).
enum RetriesAndRollupsSchema {
    static let sql = """
        -- A message with its ids, numbers, amounts, quoted values and emails replaced by placeholders
        -- (see MessageFingerprint): messages that differ only in those share one.
        CREATE TABLE fingerprints (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);
        ALTER TABLE messages ADD COLUMN fingerprint_id INTEGER REFERENCES fingerprints(id);

        -- Successful attempts of operations that failed before: the same idempotency key or, without one,
        -- the same request id as an earlier error. Other success lines are only counted (traffic).
        CREATE TABLE success_attempts (
          id INTEGER PRIMARY KEY,
          ts TEXT,                           -- same form as events.ts
          status INTEGER, request_id TEXT, idempotency_key TEXT,
          source_id INTEGER NOT NULL REFERENCES sources(id), line INTEGER NOT NULL, byte_offset INTEGER NOT NULL,
          UNIQUE (source_id, line));

        -- events counted per hour, error kind and endpoint, kept up to date by ingest in the same
        -- transaction as the events themselves.
        CREATE TABLE error_hours (
          hour TEXT NOT NULL,                -- 'YYYY-MM-DDTHH' (the first 13 characters of ts), '' without a time
          kind_id INTEGER NOT NULL REFERENCES error_kinds(id),
          endpoint_id INTEGER NOT NULL DEFAULT 0,   -- 0: no endpoint
          count INTEGER NOT NULL,
          first_ts TEXT, last_ts TEXT,
          last_request TEXT,                 -- ts || request_id of the newest event with a request id
          PRIMARY KEY (hour, kind_id, endpoint_id)) WITHOUT ROWID;
        INSERT INTO error_hours (hour, kind_id, endpoint_id, count, first_ts, last_ts, last_request)
          SELECT coalesce(substr(ts, 1, 13), ''), kind_id, coalesce(endpoint_id, 0), count(*), min(ts), max(ts),
                 max(coalesce(ts, '0000-00-00T00:00:00.000Z') || request_id)
          FROM events GROUP BY 1, 2, 3;

        -- events again, lighter to write: the id is (source_id << 40) | line, which makes each line's row unique
        -- without a UNIQUE index, and the kind index goes (error_hours answers per-kind questions).
        DROP VIEW errors;
        CREATE TABLE events_v3 (             -- one row per error line
          id INTEGER PRIMARY KEY,            -- (source_id << 40) | line
          ts TEXT,                           -- UTC, 'YYYY-MM-DDTHH:MM:SS.sssZ' (always 3 fraction digits so text order = time order); null if the line had none
          kind_id INTEGER NOT NULL REFERENCES error_kinds(id),
          status INTEGER, request_id TEXT, idempotency_key TEXT, method TEXT,
          endpoint_id INTEGER REFERENCES endpoints(id), message_id INTEGER REFERENCES messages(id),
          param TEXT, decline_code TEXT, format TEXT NOT NULL,
          source_id INTEGER NOT NULL REFERENCES sources(id), line INTEGER NOT NULL, byte_offset INTEGER NOT NULL,
          CHECK (id = (source_id << 40) | line));
        INSERT INTO events_v3 (id, ts, kind_id, status, request_id, idempotency_key, method, endpoint_id, message_id,
                               param, decline_code, format, source_id, line, byte_offset)
          SELECT (source_id << 40) | line, ts, kind_id, status, request_id, idempotency_key, method, endpoint_id,
                 message_id, param, decline_code, format, source_id, line, byte_offset
          FROM events ORDER BY source_id, line;
        DROP TABLE events;
        ALTER TABLE events_v3 RENAME TO events;
        CREATE INDEX events_ts ON events(ts);
        CREATE INDEX events_request_id ON events(request_id);

        CREATE VIEW errors AS                -- the flat view reports and people query
          SELECT e.id, e.ts, k.provider, k.code, k.category, k.retryable, k.retry_basis, k.known, k.guidance,
                 e.status, e.request_id, e.idempotency_key, e.method, ep.host, ep.path AS endpoint, m.text AS message,
                 e.param, e.decline_code, e.format, s.path AS source_file, e.line, e.byte_offset,
                 f.text AS fingerprint
          FROM events e JOIN error_kinds k ON k.id = e.kind_id
          LEFT JOIN endpoints ep ON ep.id = e.endpoint_id LEFT JOIN messages m ON m.id = e.message_id
          LEFT JOIN fingerprints f ON f.id = m.fingerprint_id
          JOIN sources s ON s.id = e.source_id;
        """
}
