/// The comment header that opens a query file: what the query is called, what it answers, which
/// parameters it reads and what its columns mean.
///
/// The header is the run of `--` comment lines (and blank lines) before the first line of SQL. In it,
/// `-- key: value` lines with the keys below are read; any other comment is prose for people:
///
/// ```sql
/// -- name: top-errors
/// -- answers: Which errors hurt us most? One row per error code, most frequent first.
/// -- parameters: since, until, provider, code, endpoint, limit
/// -- columns: rank integer, provider text, retryable boolean, share real, first_seen time
/// ```
///
/// Every key is optional, so a user's own SQL without any header still runs; its column types then
/// come from the values. A key that is present must be well formed, because a half-read header would
/// render the wrong types silently.
public struct QueryHeader: Sendable, Equatable {
    /// The report's name (`top-errors`), used by `faultline report NAME`.
    public var name: String?
    /// One or two sentences: the question the query answers.
    public var answers: String?
    /// Parameter names without their `:` (`since`, `limit`), in the order written; nil when not declared.
    public var parameters: [String]?
    /// The result columns with their types, in SELECT order; nil when not declared.
    public var columns: [ReportColumn]?

    public init(name: String? = nil, answers: String? = nil, parameters: [String]? = nil, columns: [ReportColumn]? = nil) {
        self.name = name
        self.answers = answers
        self.parameters = parameters
        self.columns = columns
    }

    /// True when the SQL declared nothing at all.
    public var isEmpty: Bool { name == nil && answers == nil && parameters == nil && columns == nil }

    /// Reads the header of `sql`.
    /// - Parameter origin: where the SQL came from (a file path), for error messages.
    /// - Throws: `ReportError` (reason `.badHeader`) naming `origin:line` when a known key is malformed
    ///   or repeated.
    public static func parse(_ sql: String, origin: String = "query") throws -> QueryHeader {
        var header = QueryHeader()
        var seen: Set<String> = []
        // Line by line up to the first line of SQL only: splitting the whole text into lines first went through
        // every Character of every query, a millisecond or two at the start of each `faultline report`.
        // isNewline also matches "\r\n", one Character in Swift; empty lines count, keeping line numbers right.
        var rest = Substring(sql)
        var number = 0
        while !rest.isEmpty {
            number += 1
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end].trimmingWhitespace()
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            if line.isEmpty { continue }
            guard line.hasPrefix("--") else { break }
            guard let (key, value) = field(in: line.dropFirst(2)), Key(rawValue: key) != nil else { continue }
            guard seen.insert(key).inserted else {
                throw ReportError.badHeader(origin: origin, line: number, "`\(key):` appears twice")
            }
            switch Key(rawValue: key)! {
            case .name:
                guard !value.isEmpty else { throw ReportError.badHeader(origin: origin, line: number, "`name:` is empty") }
                header.name = value
            case .answers:
                header.answers = value
            case .parameters:
                header.parameters = try parameters(value, origin: origin, line: number)
            case .columns:
                header.columns = try columns(value, origin: origin, line: number)
            }
        }
        return header
    }

    private enum Key: String {
        case name, answers, parameters, columns
    }

    /// Splits `key: value` when the text before the colon is a single lowercase-able word.
    private static func field(in comment: Substring) -> (key: String, value: String)? {
        let text = comment.trimmingWhitespace()
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon]
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" || $0 == "-" }) else { return nil }
        return (key.lowercased(), String(text[text.index(after: colon)...].trimmingWhitespace()))
    }

    private static func parameters(_ value: String, origin: String, line: Int) throws -> [String] {
        var names: [String] = []
        for item in value.split(separator: ",").map({ $0.trimmingWhitespace() }) where !item.isEmpty {
            // `:since` is how the SQL spells it; accept that too.
            let name = item.hasPrefix(":") ? String(item.dropFirst()) : String(item)
            guard let first = name.first, first.isLetter || first == "_",
                  name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw ReportError.badHeader(origin: origin, line: line,
                    "`\(item)` is not a parameter name; write names like `since, limit`, separated by commas")
            }
            guard !names.contains(name) else {
                throw ReportError.badHeader(origin: origin, line: line, "parameter `\(name)` is listed twice")
            }
            names.append(name)
        }
        return names
    }

    private static func columns(_ value: String, origin: String, line: Int) throws -> [ReportColumn] {
        let types = ColumnType.allCases.map(\.rawValue).joined(separator: ", ")
        var columns: [ReportColumn] = []
        for item in value.split(separator: ",").map({ $0.trimmingWhitespace() }) where !item.isEmpty {
            let words = item.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.count >= 2, let type = ColumnType(rawValue: words.last!.lowercased()) else {
                throw ReportError.badHeader(origin: origin, line: line,
                    "`\(item)` needs a name and a type, like `count integer` (types: \(types))")
            }
            // A name may have spaces (`"error rate" real`); quotes are how SQL wrote it, not part of it.
            var name = words.dropLast().joined(separator: " ")
            if name.count >= 2, let first = name.first, first == name.last, first == "\"" || first == "`" {
                name = String(name.dropFirst().dropLast())
            }
            guard !columns.contains(where: { $0.name == name }) else {
                throw ReportError.badHeader(origin: origin, line: line, "column `\(name)` is listed twice")
            }
            columns.append(ReportColumn(name, type))
        }
        guard !columns.isEmpty else {
            throw ReportError.badHeader(origin: origin, line: line, "`columns:` lists no columns; write `name type, …`")
        }
        return columns
    }
}
