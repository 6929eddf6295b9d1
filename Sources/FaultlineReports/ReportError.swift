/// A report failure worded for the person running faultline: what went wrong, where, and what to do.
///
/// The CLI prints `description` as is. Callers that need to branch (exit codes) switch on `reason`;
/// the cases behind it are private so new ones can be added without breaking anyone.
public struct ReportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Broad classes of failure, stable enough to switch on.
    public enum Reason: Sendable, Equatable {
        /// No built-in report has that name.
        case unknownReport
        /// A parameter is malformed, missing, or not taken by the report.
        case badParameter
        /// A query file's comment header cannot be read.
        case badHeader
        /// The store exists but nothing has been ingested into it.
        case emptyStore
        /// A query file cannot be read.
        case unreadableFile
    }

    private enum Kind: Sendable, Equatable {
        case unknownReport(name: String, known: [String])
        case unsupportedParameters(subject: String, given: [String], accepted: [String])
        case missingParameter(report: String, parameter: String, usage: String)
        case badHeader(origin: String, line: Int, detail: String)
        case badTime(text: String, detail: String)
        case badLimit(Int)
        case emptyWindow(since: String, until: String)
        case emptyStore(path: String)
        case unreadableFile(path: String, detail: String)
    }

    private let kind: Kind

    private init(_ kind: Kind) { self.kind = kind }

    static func unknownReport(_ name: String, known: [String]) -> ReportError {
        ReportError(.unknownReport(name: name, known: known))
    }
    /// - Parameter subject: what refuses them, as a sentence starts: "the top-errors report", "mine.sql".
    static func unsupportedParameters(subject: String, given: [String], accepted: [String]) -> ReportError {
        ReportError(.unsupportedParameters(subject: subject, given: given, accepted: accepted))
    }
    static func missingParameter(report: String, parameter: String, usage: String) -> ReportError {
        ReportError(.missingParameter(report: report, parameter: parameter, usage: usage))
    }
    static func badHeader(origin: String, line: Int, _ detail: String) -> ReportError {
        ReportError(.badHeader(origin: origin, line: line, detail: detail))
    }
    static func badTime(_ text: String, _ detail: String) -> ReportError { ReportError(.badTime(text: text, detail: detail)) }
    static func badLimit(_ limit: Int) -> ReportError { ReportError(.badLimit(limit)) }
    static func emptyWindow(since: String, until: String) -> ReportError { ReportError(.emptyWindow(since: since, until: until)) }
    static func emptyStore(path: String) -> ReportError { ReportError(.emptyStore(path: path)) }
    static func unreadableFile(_ path: String, _ detail: String) -> ReportError {
        ReportError(.unreadableFile(path: path, detail: detail))
    }

    /// Which broad class of failure this is.
    public var reason: Reason {
        switch kind {
        case .unknownReport: return .unknownReport
        case .unsupportedParameters, .missingParameter, .badTime, .badLimit, .emptyWindow: return .badParameter
        case .badHeader: return .badHeader
        case .emptyStore: return .emptyStore
        case .unreadableFile: return .unreadableFile
        }
    }

    /// The whole message, ready to print.
    public var description: String {
        switch kind {
        case .unknownReport(let name, let known):
            let guess = ReportNames.closest(to: name, among: known).map { "did you mean \($0)? " } ?? ""
            return "there is no report named \"\(name)\"; \(guess)Reports: \(known.joined(separator: ", ")) "
                + "(`faultline report --list` says what each answers)"
        case .unsupportedParameters(let subject, let given, let accepted):
            let takes = accepted.isEmpty ? "it takes none" : "it takes \(accepted.joined(separator: ", "))"
            return "\(subject) does not take \(given.joined(separator: ", ")); \(takes)"
        case .missingParameter(let report, let parameter, let usage):
            return "the \(report) report needs a \(parameter): \(usage)"
        case .badHeader(let origin, let line, let detail):
            return "\(origin):\(line): cannot read the query header: \(detail)"
        case .badTime(let text, let detail):
            return "cannot read \"\(text)\" as a time: \(detail). \(TimeExpression.examples)"
        case .badLimit(let limit):
            return "the limit must be 0 or more, not \(limit)"
        case .emptyWindow(let since, let until):
            return "since (\(since)) is not before until (\(until)), so no event can match; swap them or widen the window"
        case .emptyStore(let path):
            return "the store at \(path) holds no logs yet; run `faultline ingest --db \(path) <logs>` first"
        case .unreadableFile(let path, let detail):
            return "cannot read \(path): \(detail)"
        }
    }
}
