/// Writing JSON text: string escaping and one-line objects with keys in a fixed order.
public enum JSONText {
    /// `value` as a JSON string literal, quotes included (control characters escaped, everything else UTF-8).
    public static func quote(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                // Control characters, DEL and the two JavaScript line separators, as \u escapes.
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A JSON value for an optional string, number or boolean.
    public enum Value: Sendable, Equatable {
        case string(String?)
        case int(Int?)
        case double(Double?)
        case bool(Bool?)

        public var text: String {
            switch self {
            case .string(let s): return s.map(JSONText.quote) ?? "null"
            case .int(let i): return i.map(String.init) ?? "null"
            case .double(let d): return d.map { $0.isFinite ? String($0) : "null" } ?? "null"
            case .bool(let b): return b.map { $0 ? "true" : "false" } ?? "null"
            }
        }
    }

    /// `{"key": value, ...}` in the order given.
    public static func object(_ members: [(String, Value)]) -> String {
        "{" + members.map { quote($0.0) + ": " + $0.1.text }.joined(separator: ", ") + "}"
    }
}
