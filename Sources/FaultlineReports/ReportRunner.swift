import FaultlineStore
import Foundation

/// Runs built-in reports and people's own SQL files against a store, and types the results.
///
/// ```swift
/// let runner = try ReportRunner.open(storePath: "faultline.db")
/// let table = try runner.run(report: "top-errors", parameters: ReportParameters(since: "24h", limit: 10))
/// print(TableRenderer(width: 100).render(table))
/// ```
///
/// Read-only is enforced by SQLite, not by inspecting SQL: `open` opens the store read-only, so a
/// query file that tries to change anything fails with SQLITE_READONLY.
public struct ReportRunner: Sendable {
    /// The store every query runs against.
    public let store: Store
    /// Where `run(report:)` looks names up; the built-in reports unless a test passes others.
    public let catalog: ReportCatalog

    /// Uses an already opened store as is (tests use an in-memory one).
    public init(store: Store, catalog: ReportCatalog = .builtIn) {
        self.store = store
        self.catalog = catalog
    }

    /// Opens the store at `storePath` read-only.
    /// - Throws: `StoreError` when there is no store there (its message says how to ingest) or it cannot
    ///   be read; `ReportError` (reason `.emptyStore`) when nothing has been ingested yet, because every
    ///   report would print an empty table and look like "no errors".
    public static func open(storePath: String, catalog: ReportCatalog = .builtIn) throws -> ReportRunner {
        let store = try Store.openReadOnly(path: storePath)
        if try store.isEmpty { throw ReportError.emptyStore(path: storePath) }
        return ReportRunner(store: store, catalog: catalog)
    }

    /// Runs the built-in report called `name`.
    /// - Parameters:
    ///   - parameters: filters; giving one the report does not take is an error rather than silently ignored.
    ///   - now: the instant relative times (`24h`) count back from.
    /// - Throws: `ReportError` for an unknown name or bad parameters, `StoreError` if SQLite fails.
    public func run(report name: String, parameters: ReportParameters = ReportParameters(), now: Date = Date()) throws -> ResultTable {
        let report = try catalog.report(named: name)
        try check(parameters, against: report.parameters, of: "the \(report.name) report")
        if report.takes("request_id"), parameters.requestID == nil {
            // The one parameter without a sensible NULL default: "every request" is the requests report.
            throw ReportError.missingParameter(report: report.name, parameter: "request id", usage: "faultline report request ID")
        }
        let result = try store.query(report.sql, parameters: parameters.bindings(now: now))
        return ResultTable(result, declared: report.columns)
    }

    /// Runs a user's own SQL file. Its header is optional; declared columns get their types, the others
    /// are typed from their values, and declared parameters are checked like a report's.
    /// - Throws: `ReportError` if the file cannot be read or its header is malformed, `StoreError` if
    ///   SQLite rejects the SQL (including any attempt to write).
    public func run(sqlFile path: String, parameters: ReportParameters = ReportParameters(), now: Date = Date()) throws -> ResultTable {
        // A FileHandle reads pipes and FIFOs too (`-`, /dev/stdin, <(...)), which FileManager.contents does not.
        let data: Data
        var isDirectory: ObjCBool = false
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else if let handle = FileHandle(forReadingAtPath: path), !(FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            defer { try? handle.close() }
            do {
                data = try handle.readToEnd() ?? Data()
            } catch {
                throw ReportError.unreadableFile(path, "reading failed: \(error.localizedDescription)")
            }
        } else {
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw ReportError.unreadableFile(
                path, !exists ? "no such file" : isDirectory.boolValue ? "it is a directory" : "permission denied")
        }
        guard let sql = String(data: data, encoding: .utf8) else {
            throw ReportError.unreadableFile(path, "it is not UTF-8 text")
        }
        return try run(sql: sql, origin: path, parameters: parameters, now: now)
    }

    /// Runs SQL text with an optional header, as `run(sqlFile:)` does.
    /// - Parameter origin: where the text came from, for error messages (`-` for standard input).
    public func run(sql: String, origin: String = "query", parameters: ReportParameters = ReportParameters(), now: Date = Date()) throws -> ResultTable {
        let header = try QueryHeader.parse(sql, origin: origin)
        if let declared = header.parameters {
            try check(parameters, against: declared, of: origin)
        }
        let result = try store.query(sql, parameters: parameters.bindings(now: now))
        return ResultTable(result, declared: header.columns)
    }

    private func check(_ parameters: ReportParameters, against accepted: [String], of what: String) throws {
        let refused = parameters.given.filter { !accepted.contains($0) }
        guard refused.isEmpty else {
            throw ReportError.unsupportedParameters(subject: what, given: refused, accepted: accepted)
        }
    }
}
