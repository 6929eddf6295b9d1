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

    public init(
        since: String? = nil, until: String? = nil, provider: String? = nil, code: String? = nil,
        endpoint: String? = nil, limit: Int? = nil, requestID: String? = nil, bucket: TimelineBucket? = nil
    ) {
        self.since = since
        self.until = until
        self.provider = provider
        self.code = code
        self.endpoint = endpoint
        self.limit = limit
        self.requestID = requestID
        self.bucket = bucket
    }

    /// Every parameter name a query can read, in the order help texts list them.
    public static let names = ["since", "until", "provider", "code", "endpoint", "limit", "request_id", "bucket"]

    /// Names (as the SQL spells them) of the parameters that were given.
    public var given: [String] {
        let present = [since != nil, until != nil, provider != nil, code != nil, endpoint != nil, limit != nil,
                       requestID != nil, bucket != nil]
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
        return values
    }
}
