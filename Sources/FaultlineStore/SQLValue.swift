/// One SQLite value as reports see it: the four storage classes the schema uses.
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var isNull: Bool { self == .null }

    /// The integer, if this is one; reals are not truncated silently.
    public var int64Value: Int64? {
        if case .integer(let v) = self { return v }
        return nil
    }

    /// The number as a Double, for integers and reals alike (averages and counts mix in reports).
    public var doubleValue: Double? {
        switch self {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        default: return nil
        }
    }

    /// The text, if this is text.
    public var stringValue: String? {
        if case .text(let v) = self { return v }
        return nil
    }
}

extension SQLValue: CustomStringConvertible {
    /// Plain rendering for tables and CSV: NULL is empty, numbers as Swift prints them.
    public var description: String {
        switch self {
        case .null: return ""
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .text(let v): return v
        }
    }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByNilLiteral, ExpressibleByBooleanLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(nilLiteral: ()) { self = .null }
    /// Booleans are stored as 0/1, as in the schema.
    public init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
}
