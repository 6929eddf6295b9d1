import Foundation
@testable import FaultlineStore

/// A directory of its own for each test, removed when the test is done.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("faultline-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// An error event with plausible defaults; tests override what they check.
func sampleEvent(
    line: Int, message: String? = "Your card was declined.", code: String = "card_declined",
    category: String? = "card", retryable: Bool? = false, guidance: String? = nil,
    host: String? = "api.stripe.com", endpoint: String? = "/v1/charges", ts: String? = "2024-05-01T10:00:00.000Z"
) -> ErrorEventRecord {
    ErrorEventRecord(
        ts: ts, provider: "stripe", code: code, category: category, retryable: retryable,
        retryBasis: "catalog", known: true, guidance: guidance, status: 402,
        requestID: "req_\(line)", idempotencyKey: nil, method: "POST", host: host, endpoint: endpoint,
        message: message, param: nil, declineCode: "generic_decline", format: "json",
        line: line, byteOffset: Int64(line - 1) * 100)
}

/// A batch holding only `events`, with the line count that keeps the sources CHECK satisfied.
func eventsBatch(_ events: [ErrorEventRecord], endOffset: Int64) -> Batch {
    Batch(events: events, linesRead: events.count, endOffset: endOffset)
}

/// Opens a writer on a new store with one source; returns both.
func writerWithSource(in directory: TemporaryDirectory, name: String = "store.db") throws -> (StoreWriter, Int64) {
    let writer = try StoreWriter(path: directory.path(name))
    let source = try writer.createSource(path: "api.log", fingerprint: "abc123", headBytes: 4096, compressed: false)
    return (writer, source)
}

/// A single number from a read-only connection, as reports would see it.
func count(_ sql: String, in path: String) throws -> Int64 {
    let result = try Store.openReadOnly(path: path).query(sql)
    return result.rows.first?.first?.int64Value ?? -1
}

/// Runs `body` and returns the StoreError it throws, or nil if it threw nothing (or something else).
func storeError(_ body: () throws -> Void) -> StoreError? {
    do {
        try body()
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        return nil
    }
}

/// A store at `path` as an older faultline left it: the first `migrations` migrations applied, one source
/// (`a.log`, id 1) and one kind (flint CARD_DECLINED, id 1), then `events`, SQL that inserts its events.
func olderStore(at path: String, migrations: Int, events: String) throws {
    let db = try Database(path: path, mode: .readWrite)
    try Migrator(Array(Migration.all.prefix(migrations))).migrate(db)
    try db.execute("""
        INSERT INTO sources (path, fingerprint, head_bytes, compressed, first_ingested_at, last_ingested_at)
          VALUES ('a.log', 'f', 10, 0, '', '');
        INSERT INTO error_kinds (provider, code, retry_basis, known) VALUES ('flint', 'CARD_DECLINED', 'catalog', 1);
        \(events)
        """)
}
