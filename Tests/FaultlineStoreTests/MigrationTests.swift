import Foundation
import Testing

@testable import FaultlineStore

@Suite("Migrations")
struct MigrationTests {
    @Test("a new file gets every table, the errors view and the user_version of every migration")
    func newFileIsMigrated() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("new.db")
        try StoreWriter(path: path).close()

        let store = try Store.openReadOnly(path: path)
        let names = try store.query("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name")
            .rows.compactMap { $0[0].stringValue }
        #expect(names == ["endpoints", "error_hours", "error_kinds", "errors", "events", "fingerprints", "formats", "ingest_runs",
                          "messages", "rejects", "schema_migrations", "sources", "sqlite_stat1", "success_attempts",
                          "traffic"])
        #expect(try store.query("PRAGMA user_version").rows == [[.integer(7)]])
        #expect(try store.query("SELECT name FROM schema_migrations ORDER BY name").rows
            == [[.text("001_initial_schema")], [.text("002_open_last_line")], [.text("003_retries_fingerprints_rollups")],
                [.text("004_hourly_event_index")], [.text("005_compact_store")], [.text("020_error_kinds_by_code")],
                [.text("020_source_tail")]])
        #expect(store.schemaVersion == 7)
    }

    @Test("reopening an up-to-date store applies nothing again")
    func reopeningIsIdempotent() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("again.db")
        try StoreWriter(path: path).close()
        let firstApplied = try Store.openReadOnly(path: path).query("SELECT applied_at FROM schema_migrations")
        Thread.sleep(forTimeInterval: 0.01)
        try StoreWriter(path: path).close()
        try StoreWriter(path: path).close()

        let store = try Store.openReadOnly(path: path)
        #expect(try store.query("SELECT applied_at FROM schema_migrations") == firstApplied)
        #expect(try store.query("PRAGMA user_version").rows == [[.integer(7)]])
    }

    @Test("a request id alone is looked up through the events' key, in a new store and in an upgraded one")
    func requestLookupUsesTheEventsKey() throws {
        let dir = try TemporaryDirectory()
        let upgraded = dir.path("v3.db")
        try olderStore(at: upgraded, migrations: 3, events: """
            INSERT INTO events (id, ts, kind_id, request_id, format, source_id, line, byte_offset) VALUES
              ((1 << 40) | 1, '2026-11-20T10:00:00.000Z', 1, 'req_a', 'json', 1, 1, 0),
              ((1 << 40) | 2, NULL, 1, 'req_a', 'json', 1, 2, 10),
              ((1 << 40) | 3, '2026-11-21T08:00:00.000Z', 1, 'req_b', 'json', 1, 3, 20);
            """)
        try StoreWriter(path: upgraded).close()
        let fresh = dir.path("new.db")
        try StoreWriter(path: fresh).close()

        for path in [upgraded, fresh] {
            let store = try Store.openReadOnly(path: path)
            let plan = try store.query("EXPLAIN QUERY PLAN SELECT * FROM events WHERE request_id = 'req_a'")
                .rows.compactMap { $0.last?.stringValue }
            #expect(plan.contains { $0.contains("USING PRIMARY KEY (ANY(hour) AND request_id=?)") }, "\(plan)")
        }
        let store = try Store.openReadOnly(path: upgraded)
        #expect(try store.query("SELECT line FROM events WHERE request_id = 'req_a' ORDER BY line").rows
            == [[.integer(1)], [.integer(2)]])
        // The table is its own index (WITHOUT ROWID): the hourly index of migration 004 is gone.
        #expect(try store.query("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events'").rows
            == [[.integer(0)]])
    }

    @Test("upgrading to the compact store keeps every event's time, ids and format as the errors view showed them")
    func compactingKeepsWhatTheViewShows() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("v4.db")
        try olderStore(at: path, migrations: 4, events: """
            INSERT INTO events (id, ts, kind_id, request_id, idempotency_key, format, source_id, line, byte_offset) VALUES
              ((1 << 40) | 1, '2026-11-20T10:00:00.000Z', 1, 'req_a', 'k1', 'problem_json', 1, 1, 0),
              ((1 << 40) | 2, NULL, 1, 'req_a', NULL, 'html', 1, 2, 10),
              ((1 << 40) | 3, '2026-11-20T10:59:59.999Z', 1, NULL, '', 'problem_json', 1, 3, 20),
              ((1 << 40) | 4, '1969-12-31T23:59:59.999Z', 1, 'req_c', NULL, 'grpc_status', 1, 4, 4000000000),
              ((1 << 40) | 5, '0001-01-01T00:00:00.000Z', 1, 'req_d', NULL, 'grpc_status', 1, 5, 40);
            INSERT INTO success_attempts (ts, status, request_id, idempotency_key, source_id, line, byte_offset)
              VALUES ('2026-11-20T11:00:00.500Z', 200, 'req_a', 'k1', 1, 6, 50), (NULL, 200, 'req_c', NULL, 1, 7, 60);
            """)
        let shown = "SELECT id, ts, request_id, idempotency_key, format, source_file, line, byte_offset FROM errors ORDER BY id"
        try StoreWriter(path: path).close()

        let store = try Store.openReadOnly(path: path)
        let id = { (line: Int64) in SQLValue.integer(1 << 40 | line) }
        #expect(try store.query(shown).rows == [
            [id(1), .text("2026-11-20T10:00:00.000Z"), .text("req_a"), .text("k1"), .text("problem_json"), .text("a.log"), .integer(1), .integer(0)],
            [id(2), .null, .text("req_a"), .null, .text("html"), .text("a.log"), .integer(2), .integer(10)],
            [id(3), .text("2026-11-20T10:59:59.999Z"), .null, .text(""), .text("problem_json"), .text("a.log"), .integer(3), .integer(20)],
            [id(4), .text("1969-12-31T23:59:59.999Z"), .text("req_c"), .null, .text("grpc_status"), .text("a.log"), .integer(4),
             .integer(4_000_000_000)],
            [id(5), .text("0001-01-01T00:00:00.000Z"), .text("req_d"), .null, .text("grpc_status"), .text("a.log"), .integer(5), .integer(40)],
        ])
        #expect(try store.query("SELECT hour, ms FROM events WHERE line = 4").rows == [[.integer(-1), .integer(3_599_999)]])
        #expect(try store.query("SELECT name FROM formats ORDER BY id").rows
            == [[.text("grpc_status")], [.text("html")], [.text("problem_json")]])
        #expect(try store.query("""
            SELECT hour, count, first_ms, last_ms, last_request_ms, last_request_id FROM error_hours WHERE hour = 498658
            """).rows == [[.integer(498_658), .integer(2), .integer(0), .integer(3_599_999), .integer(0), .text("req_a")]])
        #expect(try store.query("SELECT count, last_request_id FROM error_hours WHERE hour = ''").rows
            == [[.integer(1), .text("req_a")]])
        #expect(try store.query("SELECT id, ts_ms, request_id FROM success_attempts ORDER BY id").rows
            == [[.integer(1 << 40 | 6), .integer(1_795_172_400_500), .text("req_a")], [.integer(1 << 40 | 7), .null, .text("req_c")]])
    }

    @Test("the store is in WAL mode so reports can read during ingest")
    func writerUsesWAL() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("wal.db")
        try StoreWriter(path: path).close()
        #expect(try Store.openReadOnly(path: path).query("PRAGMA journal_mode").rows == [[.text("wal")]])
    }

    @Test("a store written by a newer faultline is refused by writers and readers")
    func newerStoreIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("future.db")
        try StoreWriter(path: path).close()
        do {
            let raw = try Database(path: path, mode: .readWrite)
            try raw.execute("""
                INSERT INTO schema_migrations (name, applied_at) VALUES ('099_from_the_future', '2030-01-01T00:00:00.000Z');
                PRAGMA user_version = 5;
                """)
        }

        let writerError = storeError { _ = try StoreWriter(path: path) }
        #expect(writerError?.reason == .newerStore)
        #expect(writerError?.description.contains("was written by a newer faultline") == true)
        #expect(writerError?.description.contains("099_from_the_future") == true)

        let readerError = storeError { _ = try Store.openReadOnly(path: path) }
        #expect(readerError?.reason == .newerStore)
    }

    @Test("a higher user_version alone also counts as newer")
    func higherUserVersionIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("future-version.db")
        try StoreWriter(path: path).close()
        try Database(path: path, mode: .readWrite).execute("PRAGMA user_version = 99")
        let error = storeError { _ = try StoreWriter(path: path) }
        #expect(error?.reason == .newerStore)
        #expect(error?.description.contains("schema version 99") == true)
    }

    @Test("an SQLite database that is not a faultline store is left alone")
    func foreignDatabaseIsNotMigrated() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("other-app.db")
        try Database(path: path, mode: .readWrite).execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")

        let error = storeError { _ = try StoreWriter(path: path) }
        #expect(error?.reason == .notAStore)
        #expect(error?.description.hasPrefix("\(path) is not a faultline store") == true)
        let untouched = try Database(path: path, mode: .readOnly)
        #expect(try untouched.scalar("SELECT count(*) FROM sqlite_schema") == .integer(1))
        #expect(try untouched.scalar("PRAGMA journal_mode") == .text("delete"))
    }

    @Test("a store in a missing directory fails before creating anything, saying where")
    func missingDirectory() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("no/such/dir/store.db")
        let error = storeError { _ = try StoreWriter(path: path) }
        #expect(error?.reason == .cannotOpen)
        #expect(error?.description.contains("\(path).ingest-lock") == true)
        #expect(error?.description.contains("check that the directory exists") == true)
    }

    @Test("a file that is not SQLite is named as such")
    func nonSQLiteFileIsRefused() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("notes.txt")
        try String(repeating: "these are not the bytes you are looking for\n", count: 50)
            .write(toFile: path, atomically: true, encoding: .utf8)

        let writerError = storeError { _ = try StoreWriter(path: path) }
        #expect(writerError?.description == "\(path) is not a faultline store (not an SQLite database)")
        let readerError = storeError { _ = try Store.openReadOnly(path: path) }
        #expect(readerError?.description == "\(path) is not a faultline store (not an SQLite database)")
    }
}

@Suite("Kind lookups")
struct KindLookupTests {
    /// Each new kind is looked up before it is inserted; a scan of every kind made ingest quadratic in the
    /// distinct codes (40,000 unknown codes took 76 s instead of about 1).
    @Test func aKindIsFoundByItsProviderAndCodeThroughAnIndex() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("kinds.db")
        try StoreWriter(path: path).close()
        let plan = try Database(path: path, mode: .readWrite).prepare("""
            EXPLAIN QUERY PLAN SELECT id FROM error_kinds WHERE provider = ?1 AND code = ?2 AND category IS ?3
              AND retryable IS ?4 AND retry_basis = ?5 AND known = ?6 AND guidance IS ?7 ORDER BY id LIMIT 1
            """)
        var details: [String] = []
        while try plan.step() { details.append(plan.string(at: 3) ?? "") }
        #expect(details.contains { $0.contains("USING INDEX error_kinds_provider_code") }, "\(details)")
    }
}
