import FaultlineStore

/// How a value reads as text, shared by every format so a number or a boolean looks the same in all.
enum CellFormat {
    /// The value as text for its column's type, or nil for NULL (each format shows NULL its own way).
    ///
    /// Booleans read as true/false whatever number SQLite holds (non-zero is true, as in SQL); numbers
    /// are printed raw, never as percentages or with thousands separators, so CSV and JSON stay
    /// machine-readable. A value whose storage class does not fit its column is printed as it is.
    static func text(_ value: SQLValue, as type: ColumnType) -> String? {
        switch value {
        case .null: return nil
        case .integer(let number): return type == .boolean ? String(number != 0) : String(number)
        case .real(let number): return type == .boolean ? String(number != 0) : text(number)
        case .text(let text): return text
        }
    }

    /// Shortest text that reads back as the same Double (`0.1234`, `1.0`, `1e-05`); JSON's and
    /// spreadsheets' names for the values that are not numbers.
    static func text(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        return String(number)
    }
}
