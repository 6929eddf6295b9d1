import Foundation
import Testing

/// A store made by ingesting one of the crafted logs in `Fixtures/`:
/// - `week.jsonl`: seven baseline days (2026-11-14T12:00 to 2026-11-21T12:00) and the 24 hours after them.
///   Per baseline day: flint INTERNAL_ERROR ×1, RATE_LIMIT_EXCEEDED ×2, stablegenius invalid_api_key ×1,
///   flexiti not_enough_credit ×1, and synaptopay UNAVAILABLE on three of the days. In the window:
///   INTERNAL_ERROR ×12, RATE_LIMIT_EXCEEDED ×2, cashier SESSION_EXPIRED ×2 (never seen before),
///   not_enough_credit ×5; the newest line is at 2026-11-22T12:00.
/// - `retries.jsonl`: one operation per retry outcome, and unknown codes whose messages do and do not merge.
final class FixtureStore {
    let directory: TemporaryDirectory
    let db = "fixture.db"

    init(_ fixture: String) throws {
        directory = try TemporaryDirectory()
        let source = FaultlineBinary.packageRoot.appendingPathComponent("Tests/FaultlineCLITests/Fixtures/\(fixture)")
        try directory.write(fixture, try Data(contentsOf: source))
        let ingest = try faultline("ingest", "--db", db, "--quiet", fixture, in: directory.url)
        guard ingest.status == 0 else { throw FixtureError("ingesting \(fixture) failed: \(ingest)") }
    }

    func run(_ arguments: String...) throws -> FaultlineResult {
        try faultline(["report", "--db", db] + arguments, in: directory.url)
    }

    /// The report as CSV records keyed by their first columns (`provider code` or as given), header dropped.
    func rows(_ arguments: String..., key columns: Int = 2) throws -> [String: [String: String]] {
        let result = try faultline(["report", "--db", db, "--format", "csv"] + arguments, in: directory.url)
        guard result.status == 0 else { throw FixtureError("report failed: \(result)") }
        let records = try CSVReader.records(result.stdout)
        let header = records[0]
        var rows: [String: [String: String]] = [:]
        for record in records.dropFirst() {
            rows[record.prefix(columns).joined(separator: " ")] = Dictionary(uniqueKeysWithValues: zip(header, record))
        }
        return rows
    }
}

@Suite("changes: what is new, spiking or gone against the baseline")
struct ChangesReportTests {
    let store: FixtureStore
    init() throws { store = try FixtureStore("week.jsonl") }

    @Test func everyStatusAgainstTheDefaultWeekBefore() throws {
        let rows = try store.rows("changes", "--all")
        #expect(rows["cashier SESSION_EXPIRED"]?["status"] == "new")
        #expect(rows["cashier SESSION_EXPIRED"]?["baseline_daily_avg"] == "0.0")
        #expect(rows["cashier SESSION_EXPIRED"]?["ratio"] == "")
        #expect(rows["flint INTERNAL_ERROR"]?["status"] == "spike")
        #expect(rows["flint INTERNAL_ERROR"]?["count"] == "12")
        #expect(rows["flint INTERNAL_ERROR"]?["ratio"] == "12.0")
        #expect(rows["flint INTERNAL_ERROR"]?["first_seen"] == "2026-11-14T13:05:00.000Z")
        #expect(rows["stablegenius invalid_api_key"]?["status"] == "gone")
        // Five times its baseline, but fewer than --min-count (10) events: noise, not a spike.
        #expect(rows["flexiti not_enough_credit"]?["status"] == "steady")
        #expect(rows["flint RATE_LIMIT_EXCEEDED"]?["status"] == "steady")
        // Absent now but seen on only three of the seven days: not "gone".
        #expect(rows["synaptopay UNAVAILABLE"]?["status"] == "steady")
        #expect(rows["synaptopay UNAVAILABLE"]?["baseline_daily_avg"] == "0.43")
    }

    @Test func steadyCodesAreListedOnlyWithAll() throws {
        let result = try store.run("changes", "--format", "csv")
        let statuses = try CSVReader.records(result.stdout).dropFirst().map { $0[2] }
        #expect(statuses == ["new", "spike", "gone"])
    }

    @Test func spikeRatioAndMinCountDecideWhatIsASpike() throws {
        #expect(try store.rows("changes", "--all", "--spike-ratio", "15")["flint INTERNAL_ERROR"]?["status"] == "steady")
        #expect(try store.rows("changes", "--all", "--min-count", "13")["flint INTERNAL_ERROR"]?["status"] == "steady")
        #expect(try store.rows("changes", "--min-count", "5")["flexiti not_enough_credit"]?["status"] == "spike")
    }

    @Test func aShorterOrExplicitBaseline() throws {
        // 3 days before the window: UNAVAILABLE was seen on 2026-11-19 only, invalid_api_key every day.
        let short = try store.rows("changes", "--all", "--baseline", "3d")
        #expect(short["synaptopay UNAVAILABLE"]?["status"] == "steady")
        #expect(short["stablegenius invalid_api_key"]?["status"] == "gone")
        #expect(short["flint INTERNAL_ERROR"]?["baseline_daily_avg"] == "1.0")
        // A baseline that saw none of the codes makes everything in the window new.
        let empty = try store.rows("changes", "--baseline", "2026-10-01..2026-10-08")
        #expect(Set(empty.values.compactMap { $0["status"] }) == ["new"])
        #expect(empty.count == 4)
    }

    @Test func failOnExitsThreeWhenARowMatches() throws {
        let alert = try store.run("changes", "--fail-on", "new,spike")
        #expect(alert.status == 3, "\(alert)")
        #expect(alert.stdout.contains("SESSION_EXPIRED"))
        #expect(alert.stderr.contains("2 rows with status new or spike"))
        let quiet = try store.run("changes", "--provider", "flexiti", "--fail-on", "new,spike")
        #expect(quiet.status == 0, "\(quiet)")
    }

    @Test func failOnIsCheckedBeforeRunning() throws {
        let typo = try store.run("changes", "--fail-on", "new,spikes")
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("--fail-on takes statuses from new, spike, gone, steady, not 'spikes'"))
        let noStatus = try store.run("top-errors", "--fail-on", "new")
        #expect(noStatus.status == 64)
        #expect(noStatus.stderr.contains("needs a report with a status column"))
    }

    @Test func aBadBaselineIsAUsageError() throws {
        let result = try store.run("changes", "--baseline", "lastweek")
        #expect(result.status == 64)
        #expect(result.stderr.contains("cannot read \"lastweek\" as a time"))
    }
}

@Suite("retries: what retrying did, per first error code")
struct RetriesReportTests {
    let store: FixtureStore
    init() throws { store = try FixtureStore("retries.jsonl") }

    @Test func eachOutcome() throws {
        let rows = try store.rows("retries")
        // 500, then 503, then 200 under one idempotency key: counted under its first code.
        #expect(rows["flint INTERNAL_ERROR"]?["recovered"] == "1")
        #expect(rows["flint INTERNAL_ERROR"]?["median_attempts"] == "3.0")
        #expect(rows["flint SERVICE_UNAVAILABLE"] == nil)
        // The same request id failing, then succeeding (no idempotency key).
        #expect(rows["synaptopay UNAVAILABLE"]?["recovered"] == "1")
        // A non-retryable error sent again.
        #expect(rows["stablegenius invalid_currency"]?["wasted"] == "1")
        #expect(rows["stablegenius invalid_currency"]?["median_attempts"] == "2.0")
        // A retryable error never retried.
        #expect(rows["flint RATE_LIMIT_EXCEEDED"]?["gave_up"] == "1")
        #expect(rows["cashier SESSION_EXPIRED"]?["failed"] == "1")
        #expect(rows["flint WIDGET_JAMMED"]?["operations"] == "3")
    }

    @Test func successesOfOperationsThatNeverFailedAreNotStored() throws {
        let kept = try faultline(["query", "--db", store.db, "--format", "csv", "-"], in: store.directory.url,
                                 stdin: Data("SELECT coalesce(idempotency_key, request_id) FROM success_attempts ORDER BY id".utf8))
        #expect(try CSVReader.records(kept.stdout).dropFirst().map { $0[0] } == ["idem_recover1", "req_syn_retry_01"])
    }
}

@Suite("unknown and top-errors --by message: message fingerprints")
struct FingerprintReportTests {
    let store: FixtureStore
    init() throws { store = try FixtureStore("retries.jsonl") }

    @Test func unknownErrorsMergeOnlyWhenTheirMessagesDifferInVariableParts() throws {
        let rows = try store.rows("unknown", key: 3)
        #expect(rows["flint 422 Widget <n> jammed at station <n>"]?["count"] == "2")
        #expect(rows["flint 422 Widget jammed permanently"]?["count"] == "1")
        #expect(rows["flint 404 No ledger for customer '<value>'"]?["sample_message"] == "No ledger for customer 'cus_Q8xL2mVt0aZ1'")
        #expect(rows["flint 502 <n> Bad Gateway"]?["sample_request_id"] == "req_html_gateway1")
        // Catalog codes are not unknown.
        #expect(!rows.keys.contains { $0.contains("Internal server error") })
        #expect(rows.count == 4)
    }

    @Test func topErrorsByMessageSplitsACodeByFingerprint() throws {
        let byCode = try store.rows("top-errors", key: 3)
        #expect(byCode["1 flint WIDGET_JAMMED"]?["count"] == "3")
        let byMessage = try store.rows("top-errors", "--by", "message", key: 4)
        let widget = byMessage.values.filter { $0["code"] == "WIDGET_JAMMED" }.map { "\($0["fingerprint"]!) \($0["count"]!)" }
        #expect(widget.sorted() == ["Widget <n> jammed at station <n> 2", "Widget jammed permanently 1"])
        #expect(try store.run("top-errors", "--by", "message").stdout == (try store.run("top-messages")).stdout)
    }

    @Test func byIsOnlyForTopErrors() throws {
        let result = try store.run("retries", "--by", "message")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--by is for the top-errors report"))
    }
}
