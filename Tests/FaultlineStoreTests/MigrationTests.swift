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
        #expect(names == ["endpoints", "error_hours", "error_kinds", "errors", "events", "fingerprints", "ingest_runs",
                          "messages", "rejects", "schema_migrations", "sources", "sqlite_stat1", "success_attempts",
                          "traffic"])
        #expect(try store.query("PRAGMA user_version").rows == [[.integer(4)]])
        #expect(try store.query("SELECT name FROM schema_migrations ORDER BY name").rows
            == [[.text("001_initial_schema")], [.text("002_open_last_line")], [.text("003_retries_fingerprints_rollups")],
                [.text("004_hourly_event_index")]])
        #expect(store.schemaVersion == 4)
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
        #expect(try store.query("PRAGMA user_version").rows == [[.integer(4)]])
    }

    @Test("a request id alone is looked up through the hourly index, in a new store and in an upgraded one")
    func requestLookupUsesTheHourlyIndex() throws {
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
            let plan = try store.query("EXPLAIN QUERY PLAN SELECT * FROM errors WHERE request_id = 'req_a'")
                .rows.compactMap { $0.last?.stringValue }
            #expect(plan.contains { $0.contains("USING INDEX events_hour_request_id (ANY(<expr>) AND request_id=?)") },
                    "\(plan)")
        }
        let store = try Store.openReadOnly(path: upgraded)
        #expect(try store.query("SELECT line FROM errors WHERE request_id = 'req_a' ORDER BY line").rows
            == [[.integer(1)], [.integer(2)]])
        #expect(try store.query("SELECT count(*) FROM sqlite_schema WHERE name = 'events_request_id'").rows == [[.integer(0)]])
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
        try Database(path: path, mode: .readWrite).execute("PRAGMA user_version = 7")
        let error = storeError { _ = try StoreWriter(path: path) }
        #expect(error?.reason == .newerStore)
        #expect(error?.description.contains("schema version 7") == true)
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
