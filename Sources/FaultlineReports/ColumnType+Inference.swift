import FaultlineStore

extension ColumnType {
    /// The type a column's values suggest, for SQL that declares no `columns:`: integer when every
    /// non-NULL value is an integer, real when they are all numbers, text otherwise (and for all-NULL).
    ///
    /// Booleans and times look like integers and text in SQLite, so only a header can declare them.
    public static func inferred<S: Sequence>(from values: S) -> ColumnType where S.Element == SQLValue {
        var sawInteger = false, sawReal = false
        for value in values {
            switch value {
            case .null: continue
            case .integer: sawInteger = true
            case .real: sawReal = true
            case .text: return .text
            }
        }
        if sawReal { return .real }
        return sawInteger ? .integer : .text
    }
}
