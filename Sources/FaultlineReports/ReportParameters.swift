import FaultlineStore
import Foundation

/// The filters a report run can take, as given on the command line, and their SQL bindings.
///
/// Reports read them as named parameters (`:since`, `:provider`…). A parameter left nil is bound NULL,
/// which every query reads as "no filter". Values are always bound, never pasted into SQL text.
public struct ReportParameters: Sendable, Equatable {
    /// Earliest event time to include (inclusive), as typed: see `TimeExpression`.
    public var since: String?
    /// Time to stop before (exclusive), as typed: see `TimeExpression`.
    public var until: String?
    /// Only this provider (`stripe`).
    public var provider: String?
    /// Only this error code.
    public var code: String?
    /// Only this endpoint: its path (`/v1/charges`) or host and path (`api.stripe.com/v1/charges`).
    public var endpoint: String?
    /// At most this many rows.
    public var limit: Int?
    /// The request id for the `request` report.
    public var requestID: String?
    /// Hour or day buckets for the `timeline` report.
    public var bucket: TimelineBucket?
    /// The `changes` report's baseline: a length before the window (`7d`) or a range (`2026-11-01..2026-11-08`).
    public var baseline: String?
    /// How many times its baseline rate a code must reach to count as a spike (`changes`).
    public var spikeRatio: Double?
    /// The fewest events in the window for a spike (`changes`).
    public var minCount: Int?
    /// List every row, not only the notable ones (`changes`: steady codes too).
    public var all: Bool

    public init(
        since: String? = nil, until: String? = nil, provider: String? = nil, code: String? = nil,
        endpoint: String? = nil, limit: Int? = nil, requestID: String? = nil, bucket: TimelineBucket? = nil,
        baseline: String? = nil, spikeRatio: Double? = nil, minCount: Int? = nil, all: Bool = false
    ) {
        self.since = since
        self.until = until
        self.provider = provider
        self.code = code
        self.endpoint = endpoint
        self.limit = limit
        self.requestID = requestID
        self.bucket = bucket
        self.baseline = baseline
        self.spikeRatio = spikeRatio
        self.minCount = minCount
        self.all = all
    }

    /// Every parameter name a query can read, in the order help texts list them.
    /// `--baseline` binds `baseline_days` (a length) or `baseline_since` and `baseline_until` (a range).
    public static let names = ["since", "until", "provider", "code", "endpoint", "limit", "request_id", "bucket",
                               "baseline_days", "baseline_since", "baseline_until", "spike_ratio", "min_count", "all"]

    /// Names (as the SQL spells them) of the parameters that were given.
    public var given: [String] {
        let range = baseline?.contains("..") == true
        let present = [since != nil, until != nil, provider != nil, code != nil, endpoint != nil, limit != nil,
                       requestID != nil, bucket != nil, baseline != nil && !range, range, range, spikeRatio != nil,
                       minCount != nil, all]
        return zip(Self.names, present).filter(\.1).map(\.0)
    }

    /// The values to bind, keyed by parameter name; parameters not given are absent, so bound NULL.
    /// - Parameter now: the instant relative times (`24h`, `yesterday`) count back from.
    /// - Throws: `ReportError` (reason `.badParameter`) for an unreadable time, a negative limit, or a
    ///   window whose start is not before its end.
    public func bindings(now: Date) throws -> [String: SQLValue] {
        var values: [String: SQLValue] = [:]
        let sinceTime = try since.map { try TimeExpression.parse($0, now: now) }
        let untilTime = try until.map { try TimeExpression.parse($0, now: now) }
        if let sinceTime, let untilTime, sinceTime >= untilTime {
            throw ReportError.emptyWindow(since: sinceTime, until: untilTime)
        }
        if let limit, limit < 0 { throw ReportError.badLimit(limit) }
        values["since"] = sinceTime.map(SQLValue.text)
        values["until"] = untilTime.map(SQLValue.text)
        values["provider"] = provider.map(SQLValue.text)
        values["code"] = code.map(SQLValue.text)
        values["endpoint"] = endpoint.map(SQLValue.text)
        values["limit"] = limit.map { SQLValue.integer(Int64($0)) }
        values["request_id"] = requestID.map(SQLValue.text)
        values["bucket"] = bucket.map { SQLValue.text($0.rawValue) }
        if let baseline {
            if baseline.contains("..") {
                let ends = baseline.components(separatedBy: "..")
                guard ends.count == 2 else { throw ReportError.badTime(baseline, "a range is START..END, e.g. 2026-11-01..2026-11-08") }
                let start = try TimeExpression.parse(ends[0], now: now)
                let end = try TimeExpression.parse(ends[1], now: now)
                guard start < end else { throw ReportError.emptyWindow(since: start, until: end) }
                values["baseline_since"] = .text(start)
                values["baseline_until"] = .text(end)
            } else {
                let milliseconds = try TimeExpression.duration(baseline)
                guard milliseconds > 0 else { throw ReportError.badTime(baseline, "the baseline must be longer than zero") }
                values["baseline_days"] = .real(Double(milliseconds) / 86_400_000)
            }
        }
        values["spike_ratio"] = spikeRatio.map(SQLValue.real)
        values["min_count"] = minCount.map { SQLValue.integer(Int64($0)) }
        if all { values["all"] = .integer(1) }
        return values
    }
}
