/// One built-in report: a `queries/NAME.sql` file compiled into the binary, with its header read.
public struct Report: Sendable, Equatable {
    /// The file name without `.sql`; what `faultline report NAME` takes.
    public let name: String
    /// The question the report answers, for `faultline report --list`.
    public let answers: String
    /// The parameters the SQL reads (without `:`); others given on the command line are refused.
    public let parameters: [String]
    /// The result columns in SELECT order, with the types that drive rendering.
    public let columns: [ReportColumn]
    /// The whole file, header included, exactly as `sqlite3 faultline.db < queries/NAME.sql` runs it.
    public let sql: String

    /// Reads a report from its file. Unlike a user's own SQL, a built-in report must declare every
    /// header key, and its `name:` must match its file name.
    /// - Throws: `ReportError` (reason `.badHeader`).
    init(fileName: String, sql: String) throws {
        let origin = "queries/\(fileName).sql"
        let header = try QueryHeader.parse(sql, origin: origin)
        func missing(_ key: String) -> ReportError {
            ReportError.badHeader(origin: origin, line: 1, "a report must declare `-- \(key):`")
        }
        guard let name = header.name else { throw missing("name") }
        guard name == fileName else {
            throw ReportError.badHeader(origin: origin, line: 1, "`name: \(name)` differs from the file name `\(fileName)`")
        }
        guard let answers = header.answers, !answers.isEmpty else { throw missing("answers") }
        guard let parameters = header.parameters else { throw missing("parameters") }
        guard let columns = header.columns else { throw missing("columns") }
        self.name = name
        self.answers = answers
        self.parameters = parameters
        self.columns = columns
        self.sql = sql
    }

    /// True when the report reads `parameter` (`"since"`, `"request_id"`…).
    public func takes(_ parameter: String) -> Bool { parameters.contains(parameter) }
}
