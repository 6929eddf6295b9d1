import FaultlineStore
import FaultlineTime
import Foundation

/// Last night at a glance: the built-in reports that answer "how did it go?", run over one window.
///
/// ```swift
/// let night = try Night.compose(runner: runner, parameters: ReportParameters(since: "yesterday", until: "today"))
/// let page = NightlyPage.html(night)
/// ```
///
/// Every section is a report's own `ResultTable`, exactly as `faultline report NAME` prints it, so the
/// page and the digest show the columns the queries give; only the charts read particular columns
/// (by name), and leave out what a table does not have.
public struct Night: Sendable {
    /// The window every section covers: `since <= ts < until`, as the store writes times; nil for open.
    public let since: String?
    public let until: String?
    /// The provider filter, if one was given.
    public let provider: String?
    /// How many rows the ranked sections show.
    public let limit: Int
    /// Hours for a window of up to three days, days beyond: the errors-over-time chart stays readable.
    public let bucket: TimelineBucket
    /// The sections in page order.
    public let sections: [NightSection]
    /// Errors per bucket and code, for the chart (not shown as a table).
    public let timeline: ResultTable

    /// The section built from report `name`, if the night has it.
    public func section(_ name: String) -> NightSection? { sections.first { $0.report == name } }

    /// The parameters `faultline report nightly` takes.
    public static let parameterNames = ["since", "until", "provider", "limit", "baseline_days", "baseline_since", "baseline_until"]

    /// Rows per ranked section when no limit is given.
    public static let defaultLimit = 10

    /// The window when `--since` is not given: the day before `--until`, or else the 24 whole hours that
    /// end with the newest error's hour (whole hours, so error rates over counted lines are exact).
    static let defaultLength = UTCTime.millisecondsPerDay

    /// Runs the reports for one window.
    /// - Parameters:
    ///   - parameters: since, until, provider, limit and baseline; others are refused, because a night is
    ///     the whole picture (a code or endpoint filter belongs to the single reports).
    ///   - now: the instant relative times (`24h`) count back from.
    /// - Throws: `ReportError` for parameters the night does not take or cannot read, `StoreError` if SQLite fails.
    public static func compose(runner: ReportRunner, parameters: ReportParameters, now: Date = Date()) throws -> Night {
        let refused = parameters.given.filter { !parameterNames.contains($0) }
        guard refused.isEmpty else {
            throw ReportError.unsupportedParameters(subject: "the nightly report", given: refused, accepted: ["since", "until", "provider", "limit", "baseline"])
        }
        let bindings = try parameters.bindings(now: now)
        var until = bindings["until"]?.stringValue
        var since = bindings["since"]?.stringValue
        let end = try until.map { try TimestampParser.milliseconds(from: $0) }
            ?? newestErrorTime(runner).map(endOfHour)
        if since == nil, let end {
            since = UTCTime.format(milliseconds: end - defaultLength)
            until = UTCTime.format(milliseconds: end)
        }
        var length = Int64.max
        if let since, let end { length = end - (try TimestampParser.milliseconds(from: since)) }
        let bucket: TimelineBucket = length <= 3 * UTCTime.millisecondsPerDay ? .hour : .day
        let limit = parameters.limit ?? defaultLimit

        let window = ReportParameters(since: since, until: until, provider: parameters.provider)
        var ranked = window
        ranked.limit = limit
        var changes = window
        changes.baseline = parameters.baseline
        var timeline = window
        timeline.bucket = bucket

        func run(_ report: String, _ given: ReportParameters, showing: Int? = nil) throws -> NightSection {
            NightSection(report: report, parameters: given,
                         table: try runner.run(report: report, parameters: given, now: now), showing: showing)
        }
        let sections = [
            try run("summary", window),
            try run("top-errors", ranked),
            try run("retryability", window),
            // Every code's rows (one per code at most), so the findings above these tables count the whole
            // window; the tables show the first `limit` rows.
            try run("retries", window, showing: limit),
            try run("changes", changes, showing: limit),
            try run("endpoints", ranked),
        ]
        return Night(since: since, until: until, provider: parameters.provider, limit: limit, bucket: bucket,
                     sections: sections, timeline: try runner.run(report: "timeline", parameters: timeline, now: now))
    }

    /// The end of the hour `milliseconds` lies in (the next hour's start).
    static func endOfHour(_ milliseconds: Int64) -> Int64 {
        (UTCTime.hourAndMillisecond(milliseconds).hour + 1) * UTCTime.millisecondsPerHour
    }

    /// The newest timed error's time in milliseconds since 1970, from the last hour error_hours has (a
    /// lookup on its key, as changes.sql does); nil when no error has a time.
    static func newestErrorTime(_ runner: ReportRunner) throws -> Int64? {
        let table = try runner.run(sql: """
            SELECT max(hour * 3600000 + last_ms) AS at FROM error_hours
            WHERE hour = (SELECT max(hour) FROM error_hours WHERE hour <> '')
            """, origin: "the nightly report's window")
        guard case .integer(let at)? = table.rows.first?.first else { return nil }
        return at
    }
}

/// One part of the night: a built-in report, the parameters it ran with, and its rows.
public struct NightSection: Sendable {
    /// The report's name (`top-errors`).
    public let report: String
    public let parameters: ReportParameters
    /// Every row the report gave.
    public let table: ResultTable
    /// How many of them the page and the digest show; nil for all.
    public let showing: Int?

    public init(report: String, parameters: ReportParameters, table: ResultTable, showing: Int? = nil) {
        self.report = report
        self.parameters = parameters
        self.table = table
        self.showing = showing
    }

    /// Tables wider than this lose their time columns in the page and the digest, so the rest (guidance
    /// above all) fits a screen; `command` prints them whole.
    static let narrowColumns = 8

    /// The rows shown, and the columns: all of them, but a wide table's time columns (`leftOut`).
    public var shown: ResultTable {
        let rows = showing.map { Array(table.rows.prefix($0)) } ?? table.rows
        let kept = table.columns.indices.filter { !leftOut.contains(table.columns[$0].name) }
        return ResultTable(columns: kept.map { table.columns[$0] }, rows: rows.map { row in kept.map { row[$0] } })
    }

    /// The columns `shown` leaves out.
    public var leftOut: [String] {
        guard table.columns.count > Self.narrowColumns else { return [] }
        return table.columns.filter { $0.type == .time }.map(\.name)
    }

    /// How many rows are left out of `shown`, if any.
    public var hiddenRows: Int? {
        guard let showing, table.rows.count > showing else { return nil }
        return table.rows.count - showing
    }

    /// The heading the page and the digest give it.
    public var title: String {
        switch report {
        case "summary": return "Providers"
        case "top-errors": return "Top errors"
        case "retryability": return "Could they be retried?"
        case "retries": return "What retrying did, and would have saved"
        case "changes": return "New and spiking against the baseline"
        case "endpoints": return "Worst endpoints"
        default: return report
        }
    }

    /// The command that prints this section on its own, for people who want all its rows or another format.
    public var command: String {
        var words = ["faultline", "report", report]
        if let since = parameters.since { words += ["--since", since] }
        if let until = parameters.until { words += ["--until", until] }
        if let provider = parameters.provider { words += ["--provider", ShellWord.quoted(provider)] }
        if let baseline = parameters.baseline { words += ["--baseline", ShellWord.quoted(baseline)] }
        if let bucket = parameters.bucket { words += ["--bucket", bucket.rawValue] }
        if let limit = parameters.limit { words += ["--limit", String(limit)] }
        return words.joined(separator: " ")
    }
}

/// A value quoted for a POSIX shell when it needs to be, so a printed command can be pasted as is.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_./:,=@%+".unicodeScalars.contains($0)
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
