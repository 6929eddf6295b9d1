import Foundation

/// Where to find each `LogField` in a line: the defaults, or the user's `--field NAME=dotted.path` overrides.
public struct FieldMap: Sendable {
    private(set) var paths: [LogField: [[String]]]

    /// The built-in detection: every shipper layout faultline knows.
    public static let automatic = FieldMap(paths: Dictionary(uniqueKeysWithValues: LogField.allCases.map { ($0, $0.defaultPaths) }))

    public func paths(for field: LogField) -> [[String]] { paths[field] ?? [] }

    /// Applies overrides such as `status=resp.code` (the field is then read from that path only).
    public func overriding(with specs: [String]) throws -> FieldMap {
        var copy = self
        var given = Set<LogField>()
        for spec in specs {
            let (field, path) = try Self.parse(spec)
            guard given.insert(field).inserted else {
                throw FieldMapError(spec: spec, problem: "\(field.rawValue) is mapped twice", help: "give each field one path")
            }
            copy.paths[field] = [path]
        }
        return copy
    }

    /// Applies a config file: one `NAME=dotted.path` per line, `#` starts a comment.
    public func overriding(withConfigFile path: String) throws -> FieldMap {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw FieldMapError(spec: path, problem: "cannot read the config file", help: "check the path given to --config")
        }
        var specs: [String] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { specs.append(trimmed) }
        }
        return try overriding(with: specs)
    }

    static func parse(_ spec: String) throws -> (LogField, [String]) {
        let names = LogField.allCases.map(\.rawValue).joined(separator: ", ")
        guard let equals = spec.firstIndex(of: "=") else {
            throw FieldMapError(spec: spec, problem: "expected NAME=dotted.path", help: "for example --field status=response.code; NAME is one of \(names)")
        }
        let name = spec[..<equals].trimmingCharacters(in: .whitespaces)
        let dotted = spec[spec.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard let field = LogField(rawValue: name) else {
            throw FieldMapError(spec: spec, problem: "unknown field name '\(name)'", help: "NAME is one of \(names)")
        }
        let path = LogField.split(dotted)
        guard !dotted.isEmpty, !path.contains(where: \.isEmpty) else {
            throw FieldMapError(spec: spec, problem: "the path '\(dotted)' has an empty segment", help: "write object keys separated by single dots, e.g. response.status")
        }
        return (field, path)
    }
}

/// A `--field` or config entry that cannot be used.
public struct FieldMapError: Error, CustomStringConvertible, Sendable {
    public let spec: String
    public let problem: String
    public let help: String

    public var description: String { "bad field mapping '\(spec)': \(problem)\n  help: \(help)" }
}
