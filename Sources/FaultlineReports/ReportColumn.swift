/// One result column: its name as the SELECT gives it, and the type that drives rendering.
public struct ReportColumn: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var type: ColumnType

    public init(_ name: String, _ type: ColumnType) {
        self.name = name
        self.type = type
    }

    /// `name type`, as written in a header's `columns:` line.
    public var description: String { "\(name) \(type.rawValue)" }
}
