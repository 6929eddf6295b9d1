import Foundation
import FaultlineIngest
import FaultlineInput
import FaultlineStore

/// A temporary directory with a store, and helpers to write logs, ingest them and count what landed.
final class IngestFixture {
    let directory: URL
    var storePath: String { directory.appendingPathComponent("test.db").path }

    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    func write(_ name: String, _ lines: [String], newlineAtEnd: Bool = true) throws -> String {
        let url = directory.appendingPathComponent(name)
        let text = lines.joined(separator: "\n") + (newlineAtEnd ? "\n" : "")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func append(_ path: String, _ lines: [String]) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((lines.joined(separator: "\n") + "\n").utf8))
        try handle.close()
    }

    @discardableResult
    func ingest(_ paths: [String], _ configure: (inout IngestOptions) -> Void = { _ in }) throws -> IngestSummary {
        var options = IngestOptions(storePath: storePath, lockTimeout: .seconds(5))
        configure(&options)
        return try Ingester(options: options).run(try InputPaths.expand(paths))
    }

    func rows(_ sql: String) throws -> [[SQLValue]] {
        try Store.openReadOnly(path: storePath).query(sql).rows
    }

    func int(_ sql: String) throws -> Int {
        Int(try rows(sql).first?.first?.int64Value ?? -1)
    }

    func texts(_ sql: String) throws -> [String?] {
        try rows(sql).map { row in
            if case .text(let s) = row[0] { return s }
            if case .integer(let i) = row[0] { return String(i) }
            return nil
        }
    }

    /// Lines the store accounts for, per outcome: errors, successes, rejects, blanks (from the sources table).
    func accounted() throws -> (lines: Int, errors: Int, successes: Int, rejects: Int, blanks: Int) {
        let row = try rows("SELECT sum(lines_done), sum(errors), sum(successes), sum(rejects), sum(blanks) FROM sources")[0]
        let v = row.map { Int($0.int64Value ?? 0) }
        return (v[0], v[1], v[2], v[3], v[4])
    }
}

/// A log line in the flat layout, as JSON text.
func flatLine(_ status: Int, body: String? = nil, requestID: String = "req_1", time: String = "2026-11-22T10:00:00Z", path: String = "/v1/payment_intents") -> String {
    var line = #"{"timestamp":"\#(time)","provider":"flint","method":"POST","path":"\#(path)","status":\#(status),"request_id":"\#(requestID)""#
    if let body { line += #","response_body":\#(body)"# }
    return line + "}"
}
