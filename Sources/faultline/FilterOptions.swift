import ArgumentParser
import FaultlineClassifier
import FaultlineReports

/// The filters every report understands (where they make sense).
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("From this time on: a date (2026-11-22), an RFC 3339 time, or relative (24h, 7d, yesterday).", valueName: "time"))
    var since: String?

    @Option(help: ArgumentHelp("Before this time (same forms as --since).", valueName: "time"))
    var until: String?

    @Option(help: "Only this provider (flint, stablegenius, cashier, flexiti, synaptopay, unknown, or one a catalog file added; any case).")
    var provider: String?

    @Option(help: "Only this error code.")
    var code: String?

    @Option(help: ArgumentHelp("Only this endpoint template, e.g. /v1/payment_intents/{id}/confirm.", valueName: "template"))
    var endpoint: String?

    @Option(help: "At most this many rows.")
    var limit: Int?

    @Option(help: "timeline buckets: hour (default) or day.")
    var bucket: String?

    @Option(help: ArgumentHelp("changes: the baseline, a length before the window (default 7d) or a range START..END.", valueName: "length|range"))
    var baseline: String?

    @Option(help: ArgumentHelp("changes: a code whose daily rate is more than this many times its baseline rate is a spike (default 3).", valueName: "ratio"))
    var spikeRatio: Double?

    @Option(help: ArgumentHelp("changes: the fewest events in the window for a spike (default 10).", valueName: "count"))
    var minCount: Int?

    @Flag(help: "changes: also list steady codes.")
    var all = false

    func validate() throws {
        if let bucket, TimelineBucket(rawValue: bucket) == nil {
            throw ValidationError("--bucket takes hour or day, not '\(bucket)'")
        }
        if let limit, limit < 0 { throw ValidationError("--limit takes a number of rows (0 or more)") }
        if let spikeRatio, !(spikeRatio > 0) { throw ValidationError("--spike-ratio takes a number above 0, such as 3 or 1.5") }
        if let minCount, minCount < 0 { throw ValidationError("--min-count takes a number of events (0 or more)") }
    }

    /// The filters as report parameters; `validate()` has already checked them.
    func parameters(requestID: String? = nil) -> ReportParameters {
        ReportParameters(
            since: since, until: until, provider: provider.map(Provider.id(named:)), code: code, endpoint: endpoint, limit: limit,
            requestID: requestID, bucket: bucket.flatMap(TimelineBucket.init(rawValue:)), baseline: baseline,
            spikeRatio: spikeRatio, minCount: minCount, all: all)
    }
}
