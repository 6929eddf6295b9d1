import FaultlineStore

/// A query's rows with a type for every column: what the renderers turn into table, CSV, JSON or Markdown.
public struct ResultTable: Sendable, Equatable {
    /// Column names (unique) and types, in SELECT order.
    public let columns: [ReportColumn]
    /// Each row has exactly one value per column.
    public let rows: [[SQLValue]]

    public init(columns: [ReportColumn], rows: [[SQLValue]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every row needs one value per column")
        self.columns = columns
        self.rows = rows
    }

    /// Types `result`'s columns: a column declared in `declared` (matched by name) gets the declared
    /// type; any other column gets a type read from its values (see `ColumnType.inferred(from:)`).
    ///
    /// Repeated names (`SELECT count(*), count(*)`) get a `_2`, `_3`… suffix, because JSON keys and
    /// spreadsheet headers must be unique.
    public init(_ result: QueryResult, declared: [ReportColumn]? = nil) {
        var used: Set<String> = []
        var columns: [ReportColumn] = []
        for (index, name) in result.columns.enumerated() {
            let type = declared?.first(where: { $0.name == name })?.type
                ?? ColumnType.inferred(from: result.rows.lazy.map { $0[index] })
            var unique = name
            var suffix = 2
            while used.contains(unique) {
                unique = "\(name)_\(suffix)"
                suffix += 1
            }
            used.insert(unique)
            columns.append(ReportColumn(unique, type))
        }
        self.init(columns: columns, rows: result.rows)
    }

    /// The values of the column called `name`, top to bottom; empty if there is none.
    public func values(of name: String) -> [SQLValue] {
        guard let index = columns.firstIndex(where: { $0.name == name }) else { return [] }
        return rows.map { $0[index] }
    }
}
