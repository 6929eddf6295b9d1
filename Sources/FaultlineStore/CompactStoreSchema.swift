/// Migration 005: events, hourly counts and kept retries in about half the bytes: times as integers, events
/// clustered by hour and request id (the table is its own index), body formats by id.
///
/// Shipped: never edit this text (see `Migration`).
enum CompactStoreSchema {
    static let sql = """
        -- A stored error cost 187 bytes: 107 in its row, where the time alone was 24 characters and the body
        -- format 12, and 49 more in events_hour_request_id, which repeated the hour and the request id. Now the
        -- rows themselves are ordered by hour and request id (a WITHOUT ROWID table), so there is no second
        -- copy; the time is the hour (an integer) plus milliseconds into it; the format is a small id.
        --
        -- Times: `hour` counts whole hours since 1970-01-01T00:00Z (rounded down, so negative before 1970) and
        -- is '' when the line had no time, like error_hours.hour before; `ms` is milliseconds into that hour,
        -- NULL without a time. The `errors` view shows them as ts text, as before. In SQL, for a text time t:
        --   julianday(t) * 86400000, rounded, is milliseconds since the Julian epoch (always positive); integer
        --   division by 3600000 gives its hour, minus 58574100 (the hours from that epoch to 1970) the `hour`;
        --   the remainder is `ms`.
        CREATE TABLE formats (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);   -- body formats ('problem_json', …)
        INSERT INTO formats (name) SELECT DISTINCT format FROM events ORDER BY format;

        DROP VIEW errors;
        ALTER TABLE events RENAME TO events_v4;
        CREATE TABLE events (                -- one row per error line
          hour INTEGER NOT NULL,             -- hours since 1970-01-01T00:00Z of the line's time; '' without one
          request_id TEXT NOT NULL,          -- '' without one
          source_id INTEGER NOT NULL REFERENCES sources(id), line INTEGER NOT NULL,
          ms INTEGER,                        -- milliseconds into the hour; NULL without a time
          kind_id INTEGER NOT NULL REFERENCES error_kinds(id),
          status INTEGER, idempotency_key TEXT, method TEXT,
          endpoint_id INTEGER REFERENCES endpoints(id), message_id INTEGER REFERENCES messages(id),
          param TEXT, decline_code TEXT, format_id INTEGER NOT NULL REFERENCES formats(id),
          byte_offset INTEGER NOT NULL,
          PRIMARY KEY (hour, request_id, source_id, line)) WITHOUT ROWID;
        INSERT INTO events (hour, request_id, source_id, line, ms, kind_id, status, idempotency_key, method, endpoint_id,
                            message_id, param, decline_code, format_id, byte_offset)
          SELECT coalesce(CAST(round(julianday(e.ts) * 86400000) AS INTEGER) / 3600000 - 58574100, ''),
                 coalesce(e.request_id, ''), e.source_id, e.line,
                 CAST(round(julianday(e.ts) * 86400000) AS INTEGER) % 3600000,
                 e.kind_id, e.status, e.idempotency_key, e.method, e.endpoint_id, e.message_id, e.param, e.decline_code,
                 f.id, e.byte_offset
          FROM events_v4 e JOIN formats f ON f.name = e.format
          ORDER BY 1, 2, 3, 4;
        DROP TABLE events_v4;
        -- `WHERE request_id = ?` alone skips from one hour to the next through the table (a skip-scan), which
        -- SQLite plans only when sqlite_stat1 says that an hour holds many rows (ANALYZE replaces this row).
        ANALYZE sqlite_schema;
        DELETE FROM sqlite_stat1 WHERE tbl = 'events';
        INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('events', 'sqlite_autoindex_events_1', '1000000 1000 1 1 1');

        -- The same times in the hourly counts. last_request_ms and last_request_id are the time (into the hour)
        -- and request id of the hour's newest event with a request id (the larger id when two share a time).
        ALTER TABLE error_hours RENAME TO error_hours_v4;
        CREATE TABLE error_hours (
          hour INTEGER NOT NULL,             -- as events.hour
          kind_id INTEGER NOT NULL REFERENCES error_kinds(id),
          endpoint_id INTEGER NOT NULL DEFAULT 0,   -- 0: no endpoint
          count INTEGER NOT NULL,
          first_ms INTEGER, last_ms INTEGER, -- the hour's earliest and latest event, milliseconds into it
          last_request_ms INTEGER, last_request_id TEXT,
          PRIMARY KEY (hour, kind_id, endpoint_id)) WITHOUT ROWID;
        INSERT INTO error_hours (hour, kind_id, endpoint_id, count, first_ms, last_ms, last_request_ms, last_request_id)
          SELECT hour, kind_id, endpoint_id, count(*), min(ms), max(ms),
                 max(CASE WHEN newest = 1 AND request_id <> '' THEN ms END),
                 max(CASE WHEN newest = 1 AND request_id <> '' THEN request_id END)
          FROM (SELECT hour, kind_id, coalesce(endpoint_id, 0) AS endpoint_id, ms, request_id,
                       row_number() OVER (PARTITION BY hour, kind_id, coalesce(endpoint_id, 0)
                                          ORDER BY request_id = '', ms DESC, request_id DESC) AS newest
                FROM events)
          GROUP BY hour, kind_id, endpoint_id;
        DROP TABLE error_hours_v4;

        -- Kept retries: the time as milliseconds since 1970 (ts_ms), and the id as events' used to be,
        -- (source_id << 40) | line, which keeps each line's row unique without a second index.
        ALTER TABLE success_attempts RENAME TO success_attempts_v4;
        CREATE TABLE success_attempts (
          id INTEGER PRIMARY KEY,            -- (source_id << 40) | line
          ts_ms INTEGER,                     -- milliseconds since 1970-01-01T00:00Z; NULL without a time
          status INTEGER, request_id TEXT, idempotency_key TEXT,
          byte_offset INTEGER NOT NULL);
        INSERT INTO success_attempts (id, ts_ms, status, request_id, idempotency_key, byte_offset)
          SELECT (source_id << 40) | line, CAST(round((julianday(ts) - 2440587.5) * 86400000) AS INTEGER), status,
                 request_id, idempotency_key, byte_offset
          FROM success_attempts_v4 ORDER BY source_id, line;
        DROP TABLE success_attempts_v4;

        CREATE VIEW errors AS                -- the flat view reports and people query; columns as before
          SELECT (e.source_id << 40) | e.line AS id,
                 strftime('%Y-%m-%dT%H:%M:%fZ', (e.hour * 3600000 + e.ms) / 1000.0, 'unixepoch') AS ts,
                 k.provider, k.code, k.category, k.retryable, k.retry_basis, k.known, k.guidance,
                 e.status, nullif(e.request_id, '') AS request_id, e.idempotency_key, e.method, ep.host,
                 ep.path AS endpoint, m.text AS message, e.param, e.decline_code, fm.name AS format,
                 s.path AS source_file, e.line, e.byte_offset, f.text AS fingerprint
          FROM events e JOIN error_kinds k ON k.id = e.kind_id
          JOIN formats fm ON fm.id = e.format_id
          LEFT JOIN endpoints ep ON ep.id = e.endpoint_id LEFT JOIN messages m ON m.id = e.message_id
          LEFT JOIN fingerprints f ON f.id = m.fingerprint_id
          JOIN sources s ON s.id = e.source_id;
        """
}
