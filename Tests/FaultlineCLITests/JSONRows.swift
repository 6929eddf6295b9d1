import Foundation

/// One JSON value of faultline's output, keeping the JSON type (a number stays a number).
enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case real(Double)
    case text(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .real(value)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// Any number, as a Double.
    var real: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .real(let value): return value
        default: return nil
        }
    }
}

/// The rows of a `--format json` report: an array of objects.
func jsonRows(_ data: Data) throws -> [[String: JSONValue]] {
    try JSONDecoder().decode([[String: JSONValue]].self, from: data)
}

/// One JSON object, e.g. `ingest --json`'s summary.
func jsonObject(_ data: Data) throws -> [String: JSONValue] {
    try JSONDecoder().decode([String: JSONValue].self, from: data)
}
