/// A statement over many rows of VALUES, prepared for `rowsPerStatement` rows and for one, so that a long list
/// of rows runs as few statement executions as possible.
///
/// Each execution of a statement opens and closes a cursor per index and runs SQLite's end-of-statement
/// bookkeeping, which costs about as much as writing a row; a statement with 32 rows pays that once for all of
/// them. Row r of a group binds parameters `?(columns·r + 1)` … `?(columns·r + columns)`.
final class GroupedStatement {
    static let rowsPerStatement = 32

    let columns: Int32
    private let full: Statement
    private let single: Statement

    /// - Parameter sql: the statement's SQL for a number of rows; `values(rows:)` writes its VALUES list.
    init(db: Database, columns: Int32, sql: (_ rows: Int) -> String) throws {
        self.columns = columns
        full = try db.prepare(sql(Self.rowsPerStatement), persistent: true)
        single = try db.prepare(sql(1), persistent: true)
    }

    /// `(?1, ?2, …), (…)` for `rows` rows of `columns` parameters, each row written by `row` from its first
    /// parameter's number minus one (`?\(base + 1)` is the row's first parameter). Without `row`, each row is
    /// its parameters in order.
    static func values(rows: Int, columns: Int32, row: ((_ base: Int) -> String)? = nil) -> String {
        let columns = Int(columns)
        let row = row ?? { base in "(" + (1...columns).map { "?\(base + $0)" }.joined(separator: ", ") + ")" }
        return (0..<rows).map { row($0 * columns) }.joined(separator: ",\n       ")
    }

    /// Splits rows `0..<count` into groups and runs the statement for each: `bind` binds the group's rows
    /// (row `i` at parameter offset `(i - group.lowerBound) * columns`), then the statement runs and its
    /// bindings are cleared, since they may point into memory the caller reuses.
    func run(count: Int, bind: (_ statement: Statement, _ group: Range<Int>) throws -> Void) throws {
        var start = 0
        while start < count {
            let statement = count - start >= Self.rowsPerStatement ? full : single
            let group = start..<(statement === full ? start + Self.rowsPerStatement : start + 1)
            defer { statement.clearBindings() }
            try bind(statement, group)
            try statement.run()
            start = group.upperBound
        }
    }
}
