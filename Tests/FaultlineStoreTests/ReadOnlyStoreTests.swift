import FaultlineStore
import Foundation
import Testing

@Suite("Reading a store")
struct ReadOnlyStoreTests {
    @Test("a missing file tells the user to ingest first")
    func missingStore() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("nowhere.db")
        let error = storeError { _ = try Store.openReadOnly(path: path) }
        #expect(error?.reason == .noStore)
        #expect(error?.description == "no store at \(path) — run `faultline ingest --db \(path) <logs>` first")
        #expect(!FileManager.default.fileExists(atPath: path), "a reader must not create the file")
    }

    @Test("an empty file has no faultline schema and gets the same message")
    func emptyFileIsNoStore() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("empty.db")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(storeError { _ = try Store.openReadOnly(path: path) }?.reason == .noStore)
    }

    @Test("a store with no sources is empty; one with a source is not")
    func emptiness() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let writer = try StoreWriter(path: path)
        #expect(try Store.openReadOnly(path: path).isEmpty)
        _ = try writer.createSource(path: "-", fingerprint: "f", headBytes: 0, compressed: false)
        #expect(try !Store.openReadOnly(path: path).isEmpty)
    }

    @Test("writes through a read-only store fail with a readable message")
    func readOnlyRejectsWrites() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1)], endOffset: 100), to: source)
        writer.close()

        let store = try Store.openReadOnly(path: path)
        let error = storeError { _ = try store.query("DELETE FROM events") }
        #expect(error?.reason == .readOnly)
        #expect(error?.description.contains("faultline opens the store read-only: SQL may only read it") == true)
        #expect(storeError { _ = try store.query("INSERT INTO messages (text) VALUES ('x')") }?.reason == .readOnly)
        #expect(try count("SELECT count(*) FROM events", in: path) == 1)
    }

    @Test("query binds parameters by name; missing ones are NULL and extra ones ignored")
    func namedParameters() throws {
        let store = try Store.emptyInMemory()
        let result = try store.query("SELECT :a AS a, :b AS b, :missing AS missing, @d AS d, :a + 1 AS again",
                                     parameters: ["a": 41, ":b": "text", "d": 2.5, "unused": "ignored"])
        #expect(result.columns == ["a", "b", "missing", "d", "again"])
        #expect(result.rows == [[.integer(41), .text("text"), .null, .real(2.5), .integer(42)]])
    }

    @Test("a NULL parameter lets report SQL make a filter optional")
    func optionalFilters() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1), sampleEvent(line: 2, code: "expired_card")],
                                      endOffset: 200), to: source)
        let store = try Store.openReadOnly(path: path)
        let sql = "SELECT count(*) FROM errors WHERE (:code IS NULL OR code = :code)"
        #expect(try store.query(sql).rows == [[2]])
        #expect(try store.query(sql, parameters: ["code": "expired_card"]).rows == [[1]])
    }

    @Test("prepareOnly validates SQL against the schema without running it")
    func prepareOnlyValidates() throws {
        let store = try Store.emptyInMemory()
        try store.prepareOnly("SELECT provider, code, count(*) FROM errors WHERE ts >= :since GROUP BY 1, 2")
        let unknown = storeError { try store.prepareOnly("SELECT nope FROM errors") }
        #expect(unknown?.reason == .invalidSQL)
        #expect(unknown?.description.contains("no such column: nope") == true)
        #expect(storeError { try store.prepareOnly("SELECT 1; SELECT 2") }?.reason == .invalidSQL)
        try store.prepareOnly("SELECT 1; -- a trailing comment is fine\n")
        #expect(storeError { _ = try store.query("DELETE FROM sources") }?.reason == .readOnly)
    }
}
