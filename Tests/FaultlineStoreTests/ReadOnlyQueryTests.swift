import FaultlineStore
import Foundation
import Testing

/// `faultline query` runs people's SQL on a read-only connection: it may read the store, and nothing else.
@Suite("Read-only queries")
struct ReadOnlyQueryTests {
    func store(in dir: TemporaryDirectory) throws -> Store {
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1)], endOffset: 100), to: source)
        writer.close()
        return try Store.openReadOnly(path: dir.path("store.db"))
    }

    @Test func vacuumIntoAnotherFileIsRefusedAndWritesNothing() throws {
        let dir = try TemporaryDirectory()
        let target = dir.path("copy.db")
        let error = storeError { _ = try store(in: dir).query("VACUUM INTO '\(target)'") }
        #expect(error?.reason == .readOnly)
        #expect(error?.description.contains("SQL may only read it") == true)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func attachingAnotherFileIsRefused() throws {
        let dir = try TemporaryDirectory()
        let other = dir.path("other.db")
        let store = try store(in: dir)
        let error = storeError { _ = try store.query("ATTACH '\(other)' AS other") }
        #expect(error?.reason == .readOnly)
        #expect(error?.description.contains("ATTACH") == true)
        #expect(!FileManager.default.fileExists(atPath: other))
    }

    @Test func fts3TokenizerAndLoadExtensionAreRefused() throws {
        let dir = try TemporaryDirectory()
        let store = try store(in: dir)
        for sql in ["SELECT hex(fts3_tokenizer('simple'))", "SELECT load_extension('x')"] {
            let error = storeError { _ = try store.query(sql) }
            #expect(error?.description.contains("refused") == true, "\(sql): \(String(describing: error))")
        }
    }

    @Test func settingsCannotBeChanged() throws {
        let dir = try TemporaryDirectory()
        let store = try store(in: dir)
        for sql in ["PRAGMA user_version = 99", "PRAGMA writable_schema = ON", "PRAGMA query_only = OFF", "PRAGMA journal_mode = DELETE"] {
            #expect(storeError { _ = try store.query(sql) }?.reason == .readOnly, "\(sql)")
        }
        #expect(try store.query("PRAGMA user_version").rows.first?.first?.int64Value == Int64(store.schemaVersion))
    }

    @Test func readingStillWorks() throws {
        let dir = try TemporaryDirectory()
        let store = try store(in: dir)
        #expect(try store.query("SELECT count(*) FROM events").rows == [[.integer(1)]])
        #expect(try store.query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 3) SELECT sum(x) FROM n").rows == [[.integer(6)]])
        #expect(try !store.query("PRAGMA table_info(events)").rows.isEmpty)
        #expect(try store.query("SELECT count(*) FROM errors").rows == [[.integer(1)]])
    }
}
