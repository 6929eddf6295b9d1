import ArgumentParser
import FaultlineReports

/// The filters every report understands (where they make sense).
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("From this time on: a date (2026-11-22), an RFC 3339 time, or relative (24h, 7d, yesterday).", valueName: "time"))
    var since: String?

    @Option(help: ArgumentHelp("Before this time (same forms as --since).", valueName: "time"))
    var until: String?

    @Option(help: "Only this provider (flint, stablegenius, cashier, flexiti, synaptopay, unknown).")
    var provider: String?

    @Option(help: "Only this error code.")
    var code: String?

    @Option(help: ArgumentHelp("Only this endpoint template, e.g. /v1/payment_intents/{id}/confirm.", valueName: "template"))
    var endpoint: String?

    @Option(help: "At most this many rows.")
    var limit: Int?

    @Option(help: "timeline buckets: hour (default) or day.")
    var bucket: String?

    func validate() throws {
        if let bucket, TimelineBucket(rawValue: bucket) == nil {
            throw ValidationError("--bucket takes hour or day, not '\(bucket)'")
        }
        if let limit, limit < 0 { throw ValidationError("--limit takes a number of rows (0 or more)") }
    }

    /// The filters as report parameters; `validate()` has already checked them.
    func parameters(requestID: String? = nil) -> ReportParameters {
        ReportParameters(
            since: since, until: until, provider: provider, code: code, endpoint: endpoint, limit: limit,
            requestID: requestID, bucket: bucket.flatMap(TimelineBucket.init(rawValue:)))
    }
}
