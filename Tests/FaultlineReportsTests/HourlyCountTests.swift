import FaultlineReports
import FaultlineStore
import Foundation
import Testing

/// top-errors and retryability read whole hours from `error_hours` and the window's part-hours from
/// `events`; whatever the window, their counts must equal counting the events directly.
@Suite struct HourlyCountTests {
    let fixture: ReportFixture
    let runner: ReportRunner

    /// 300 events over about 25 hours, at minutes and seconds that land on, just before and just after
    /// hour boundaries, over three kinds and two endpoints, some without a time.
    init() throws {
        fixture = try ReportFixture()
        let writer = try StoreWriter(path: fixture.path)
        let source = try writer.createSource(path: "api.log", fingerprint: "f1", headBytes: 4096, compressed: false)
        let kinds: [ReportFixture.Kind] = [.cardDeclined, .rateLimit, .unknown500]
        var events: [ErrorEventRecord] = []
        for n in 1...300 {
            let seconds = (n * 317) % (25 * 3600)
            let ts = n % 29 == 0 ? nil : Self.timestamp(seconds + (n % 7 == 0 ? 3599 : 0))
            events.append(ReportFixture.event(n, ts, kinds[n % 3], request: "req_\(n)",
                                              endpoint: n % 2 == 0 ? "/v1/charges" : "/v1/refunds"))
        }
        try writer.commit(Batch(events: events, linesRead: events.count, endOffset: 30_000), to: source)
        writer.close()
        runner = try ReportRunner.open(storePath: fixture.path)
    }

    /// The time `seconds` after 2026-11-21T00:00:00Z (less than two days).
    static func timestamp(_ seconds: Int) -> String {
        let s = seconds % 86400
        return String(format: "2026-11-%02dT%02d:%02d:%02d.000Z", 21 + seconds / 86400, s / 3600, s % 3600 / 60, s % 60)
    }

    static let windows: [(String?, String?)] = [
        (nil, nil),
        ("2026-11-21T03:00:00Z", "2026-11-21T09:00:00Z"),        // whole hours only
        ("2026-11-21T03:20:00Z", "2026-11-21T09:40:00Z"),        // part-hours at both ends
        ("2026-11-21T05:10:00Z", "2026-11-21T05:50:00Z"),        // inside one hour
        ("2026-11-21T05:10:00Z", "2026-11-21T06:10:00Z"),        // across one boundary, no whole hour
        ("2026-11-21T05:59:59.999Z", "2026-11-21T06:00:00.001Z"),
        ("2026-11-21T07:30:00Z", nil),
        (nil, "2026-11-21T07:30:00Z"),
        (nil, "2026-11-21T07:00:00Z"),
    ]

    @Test(arguments: windows.indices)
    func topErrorsCountsEqualCountingEvents(window: Int) throws {
        let (since, until) = Self.windows[window]
        let parameters = ReportParameters(since: since, until: until)
        let bindings = try parameters.bindings(now: Date())
        let direct = try runner.store.query("""
            SELECT code, count(*) FROM errors
            WHERE (:since IS NULL OR ts >= :since) AND (:until IS NULL OR ts < :until)
            GROUP BY code ORDER BY code
            """, parameters: bindings).rows.map { "\($0[0].stringValue ?? "") \($0[1].int64Value ?? 0)" }
        let table = try runner.run(report: "top-errors", parameters: parameters)
        let reported = zip(table.strings("code"), table.strings("count")).map { "\($0 ?? "") \($1 ?? "")" }.sorted()
        #expect(reported == direct, "window \(since ?? "-") .. \(until ?? "-")")

        let verdicts = try runner.run(report: "retryability", parameters: parameters)
        let total = verdicts.strings("count").compactMap { Int($0 ?? "") }.reduce(0, +)
        #expect(total == direct.compactMap { Int($0.split(separator: " ").last!) }.reduce(0, +))
    }

    @Test("new-codes counts and first times equal reading the events directly", arguments: [
        ("2026-11-20T23:00:00Z", nil),
        ("2026-11-20T23:59:59.999Z", "2026-11-21T07:30:00Z"),          // part-hours at both ends
        ("2026-11-20T22:10:00Z", "2026-11-21T00:05:00Z"),              // the first events fall in a part-hour
        ("2026-11-21T00:00:00Z", "2026-11-21T03:00:00Z"),              // whole hours only
        ("2026-11-20T23:30:00Z", "2026-11-21T00:00:10Z"),              // before every first event
        ("2026-11-21T00:00:20Z", nil),                                 // after some first events
    ] as [(String, String?)])
    func newCodesEqualCountingEvents(since: String, until: String?) throws {
        let parameters = ReportParameters(since: since, until: until)
        let bindings = try parameters.bindings(now: Date())
        let direct = try runner.store.query("""
            WITH firsts AS (SELECT provider, code, min(ts) AS first_ever FROM errors WHERE ts IS NOT NULL
                            GROUP BY provider, code)
            SELECT e.code, count(*), min(e.ts) FROM errors e JOIN firsts f ON f.provider = e.provider AND f.code = e.code
            WHERE f.first_ever >= :since AND (:until IS NULL OR f.first_ever < :until)
              AND e.ts >= :since AND (:until IS NULL OR e.ts < :until)
            GROUP BY e.provider, e.code ORDER BY e.code
            """, parameters: bindings).rows.map { $0.map { $0.stringValue ?? "\($0.int64Value ?? -1)" }.joined(separator: " ") }
        let table = try runner.run(report: "new-codes", parameters: parameters)
        let reported = table.rows.indices.map { i in
            [table.strings("code")[i], table.strings("count")[i], table.strings("first_seen")[i]]
                .map { $0 ?? "" }.joined(separator: " ")
        }.sorted()
        #expect(reported == direct, "window \(since) .. \(until ?? "-")")
    }

    /// Run by hand (`sqlite3 store < queries/top-errors.sql`), a window may be bound as a bare date or a time
    /// without milliseconds; the part-hours at its edges must still be found in their hours.
    @Test(arguments: [("2026-11-21", "2026-11-21T07:30"), ("2026-11-21T03:20:00Z", "2026-11-22"), ("2026-11-20", nil)]
          as [(String, String?)])
    func topErrorsByHandCountsEdgesGivenInShortForms(since: String, until: String?) throws {
        let bindings: [String: SQLValue] = [":since": .text(since), ":until": until.map { .text($0) } ?? .null]
        let direct = try runner.store.query("""
            SELECT code, count(*) FROM errors WHERE ts >= :since AND (:until IS NULL OR ts < :until)
            GROUP BY code ORDER BY code
            """, parameters: bindings).rows.map { "\($0[0].stringValue ?? "") \($0[1].int64Value ?? 0)" }
        let sql = try ReportCatalog.builtIn.report(named: "top-errors").sql
        let reported = try runner.store.query(sql, parameters: bindings).rows
            .map { "\($0[2].stringValue ?? "") \($0[5].int64Value ?? 0)" }.sorted()
        #expect(reported == direct)
        #expect(!direct.isEmpty)
    }

    /// `request` looks the id up hour by hour (and among the events without a time).
    @Test(arguments: ["req_1", "req_29", "req_58", "req_300", "req_none"])
    func requestFindsEveryEventOfTheID(id: String) throws {
        let direct = try runner.store.query("SELECT ts FROM errors WHERE request_id = :id ORDER BY ts IS NULL, ts",
                                            parameters: [":id": .text(id)]).rows.map { $0[0].stringValue ?? "-" }
        var parameters = ReportParameters()
        parameters.requestID = id
        let table = try runner.run(report: "request", parameters: parameters)
        #expect(table.strings("ts").map { $0 ?? "-" } == direct)
        #expect(direct.count == (id == "req_none" ? 0 : 1))
    }

    @Test func firstAndLastSeenComeFromTheEventsInTheWindow() throws {
        let parameters = ReportParameters(since: "2026-11-21T03:20:00Z", until: "2026-11-21T09:40:00Z")
        let bindings = try parameters.bindings(now: Date())
        let direct = try runner.store.query("""
            SELECT code, min(ts), max(ts) FROM errors WHERE ts >= :since AND ts < :until GROUP BY code ORDER BY code
            """, parameters: bindings).rows.map { $0.map { $0.stringValue ?? "" }.joined(separator: " ") }
        let table = try runner.run(report: "top-errors", parameters: parameters)
        let reported = table.rows.indices.map { i in
            [table.strings("code")[i], table.strings("first_seen")[i], table.strings("last_seen")[i]]
                .map { $0 ?? "" }.joined(separator: " ")
        }.sorted()
        #expect(reported == direct)
    }
}
