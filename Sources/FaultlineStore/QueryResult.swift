/// The complete result of a report query: column names in SELECT order and every row.
public struct QueryResult: Sendable, Equatable {
    public let columns: [String]
    public let rows: [[SQLValue]]

    public init(columns: [String], rows: [[SQLValue]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The position of a column by name (first match), for callers that address columns by name.
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// The values of one column, top to bottom; empty if there is no such column.
    public func values(of column: String) -> [SQLValue] {
        guard let index = columnIndex(column) else { return [] }
        return rows.map { $0[index] }
    }
}
