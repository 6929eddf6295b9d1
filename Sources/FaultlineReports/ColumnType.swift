/// What a report column holds, as declared in a query header; it decides how each format renders it.
///
/// SQLite itself only knows storage classes, so a header says what the numbers and texts mean:
/// `retryable boolean` turns 0/1 into false/true, `share real` stays a raw number in CSV and JSON.
public enum ColumnType: String, Sendable, CaseIterable {
    /// Whole numbers: counts, ranks, line numbers.
    case integer
    /// Fractions such as shares and rates, kept as raw numbers (0.1234, not 12.3%).
    case real
    /// Anything else, including text taken from the logs.
    case text
    /// 0, 1 or NULL in SQL; true, false or empty/null when rendered.
    case boolean
    /// UTC RFC 3339 text, as the store keeps it (`2026-11-22T08:00:00.000Z`).
    case time

    /// Numbers are right-aligned in tables and never altered by CSV-injection neutralisation.
    public var isNumeric: Bool { self == .integer || self == .real }
}
