/// Migration 004: one index on events, by hour and request id, in place of the index on ts and the index on
/// request_id; ingest appends to it.
///
/// Shipped: never edit this text (see `Migration`).
enum HourlyEventIndexSchema {
    static let sql = """
        -- events_request_id took one insert at a random place per stored error: request ids come in no order,
        -- so each landed on a different page of an index as large as all of them, and that cost ingest about
        -- a quarter of its time. Led by the hour of ts, new entries land on the last few pages instead, since
        -- logs come in time order. The same index finds an hour's events, which is all that events_ts served
        -- (reports read whole hours from error_hours and only part-hours from events), so that index goes too:
        -- ingest writes one index entry per stored error instead of two.
        DROP INDEX events_ts;
        DROP INDEX events_request_id;
        CREATE INDEX events_hour_request_id ON events(substr(ts, 1, 13), request_id);

        -- `WHERE request_id = ?` alone still uses this index: SQLite skips from one hour to the next in it (a
        -- skip-scan), which it plans only when sqlite_stat1 says that an hour holds many rows. This row says
        -- so (about a thousand events an hour); running ANALYZE replaces it with measured figures.
        ANALYZE sqlite_schema;
        DELETE FROM sqlite_stat1 WHERE idx = 'events_hour_request_id';
        INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('events', 'events_hour_request_id', '1000000 1000 1');
        """
}
