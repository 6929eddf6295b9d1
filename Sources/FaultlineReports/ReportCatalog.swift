/// The built-in reports, read from the queries compiled into the binary.
///
/// ```swift
/// let report = try ReportCatalog.builtIn.report(named: "top-errors")
/// print(report.answers)
/// ```
public struct ReportCatalog: Sendable {
    /// Every report, ordered by name.
    public let reports: [Report]

    /// Reads each file's header.
    /// - Parameter files: `(name, sql)` pairs, the name being the file name without `.sql`.
    /// - Throws: `ReportError` (reason `.badHeader`) for the first file whose header is incomplete or malformed.
    public init(files: [(name: String, sql: String)]) throws {
        reports = try files.map { try Report(fileName: $0.name, sql: $0.sql) }.sorted { $0.name < $1.name }
    }

    /// The reports compiled from `queries/*.sql`.
    ///
    /// The build tool refuses a query without a `name:` line, and the test suite parses every embedded
    /// header, so a binary that was built and tested cannot get here with a broken one.
    public static let builtIn: ReportCatalog = {
        do {
            return try ReportCatalog(files: EmbeddedQueries.files)
        } catch {
            preconditionFailure("a built-in report query is malformed: \(error)")
        }
    }()

    /// The names `faultline report NAME` accepts, in order.
    public var names: [String] { reports.map(\.name) }

    /// The report called `name`.
    /// - Throws: `ReportError` (reason `.unknownReport`) listing the known names and the nearest one.
    public func report(named name: String) throws -> Report {
        guard let report = reports.first(where: { $0.name == name }) else {
            throw ReportError.unknownReport(name, known: names)
        }
        return report
    }

    /// What `faultline report --list` prints: each report's name, question and parameters, as a table
    /// that renders in every output format.
    public var list: ResultTable {
        ResultTable(
            columns: [ReportColumn("name", .text), ReportColumn("answers", .text), ReportColumn("parameters", .text)],
            rows: reports.map { [.text($0.name), .text($0.answers), .text($0.parameters.joined(separator: ", "))] }
        )
    }
}
