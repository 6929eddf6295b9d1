import Foundation
import Testing

/// SQL run with `faultline query` to compare two stores: everything an ingest writes, keyed by content
/// rather than by row ids (which may differ between a straight run and an interrupted one).
enum StoreContents {
    static let queries: [(name: String, sql: String)] = [
        ("sources", """
            SELECT path, compressed, bytes_done, lines_done, errors, successes, rejects, blanks, redactions, damaged
            FROM sources ORDER BY path
            """),
        ("totals", """
            SELECT (SELECT count(*) FROM sources) AS sources,
                   (SELECT count(*) FROM events) AS events,
                   (SELECT count(DISTINCT source_id || ':' || line) FROM events) AS event_lines,
                   (SELECT coalesce(sum(count), 0) FROM traffic) AS traffic,
                   (SELECT count(*) FROM rejects) AS rejects,
                   (SELECT sum(lines_done) FROM sources) AS lines
            """),
        ("events", """
            SELECT source_file, line, byte_offset, ts, provider, code, retryable, status, request_id, method,
                   host, endpoint, message, param, fingerprint
            FROM errors ORDER BY source_file, line
            """),
        ("error_hours", """
            SELECT h.hour, k.provider, k.code, coalesce(ep.host, '') || coalesce(ep.path, '') AS endpoint, h.count,
                   h.first_ms, h.last_ms, h.last_request_ms, h.last_request_id
            FROM error_hours h JOIN error_kinds k ON k.id = h.kind_id LEFT JOIN endpoints ep ON ep.id = h.endpoint_id
            ORDER BY 1, 2, 3, 4, 5
            """),
        ("success_attempts", """
            SELECT s.path, a.id & 0xFFFFFFFFFF AS line, a.byte_offset, a.ts_ms, a.status, a.request_id, a.idempotency_key
            FROM success_attempts a JOIN sources s ON s.id = a.id >> 40 ORDER BY s.path, line
            """),
        ("traffic", """
            SELECT t.hour, t.provider, t.method, coalesce(ep.host, '') || coalesce(ep.path, '') AS endpoint,
                   t.status_class, t.count
            FROM traffic t LEFT JOIN endpoints ep ON ep.id = t.endpoint_id
            ORDER BY 1, 2, 3, 4, 5
            """),
        // Parents are not checked row by row while ingesting: every id must still point at a row.
        ("foreign_keys", "PRAGMA foreign_key_check"),
        ("rejects", """
            SELECT s.path, r.line, r.byte_offset, r.reason, r.excerpt
            FROM rejects r JOIN sources s ON s.id = r.source_id ORDER BY s.path, r.line
            """),
    ]

    /// Each query's CSV output (raw, so it is the data as stored), plus two reports, keyed by name.
    static func read(_ db: String, in directory: TemporaryDirectory) throws -> [String: String] {
        var contents: [String: String] = [:]
        for (name, sql) in queries {
            let file = try directory.write("compare-\(name).sql", sql)
            let result = try faultline("query", "--db", db, "--format", "csv", "--csv-raw", file, in: directory.url)
            guard result.status == 0 else { throw FixtureError("query \(name) failed: \(result)") }
            contents[name] = result.stdout
        }
        for report in ["summary", "top-errors", "retries", "changes"] {
            let result = try faultline("report", "--db", db, report, "--format", "json", in: directory.url)
            guard result.status == 0 else { throw FixtureError("report \(report) failed: \(result)") }
            contents[report] = result.stdout
        }
        return contents
    }
}

@Suite("kill -9 during ingest loses nothing and counts nothing twice")
struct InterruptedIngestTests {
    @Test("an ingest killed at least three times and then finished stores exactly what one uninterrupted ingest stores")
    func killedIngestResumesToTheSameStore() throws {
        let directory = try TemporaryDirectory()
        let generated = try GeneratedLogs.write(into: directory)

        // Store A: one uninterrupted run, timed to place the kills.
        let started = Date()
        let straight = try faultline("ingest", "--db", "a.db", "--quiet", "--json", GeneratedLogs.folder, in: directory.url)
        let duration = Date().timeIntervalSince(started)
        try #require(straight.status == 0, "\(straight)")
        let summaryA = try jsonObject(straight.stdoutData)
        #expect(summaryA["lines"]?.integer == Int64(generated), "every generated line is read once")
        #expect(summaryA["files"]?.integer == Int64(GeneratedLogs.files + 1))

        // Store B: killed at different points of its run (early, later, in between), restarted each time.
        // The delays are shares of A's run time, so the kills land while B still has work left on a fast
        // machine and on a busy one; each restart resumes, so the shares add up to less than one run.
        var kills = 0
        var completedEarly = false
        for share in [0.04, 0.12, 0.25, 0.18, 0.1, 0.1] where kills < 4 {
            let run = try RunningFaultline(["ingest", "--db", "b.db", "--quiet", "--json", GeneratedLogs.folder],
                                           in: directory.url)
            Thread.sleep(forTimeInterval: max(0.02, share * duration))
            run.kill()
            let result = run.finish()
            if result.killed {
                #expect(result.status == SIGKILL)
                kills += 1
            } else {
                #expect(result.status == 0, "\(result)")
                completedEarly = true
                break
            }
        }
        #expect(kills >= 3, "only \(kills) kills landed while the ingest was running (completed early: \(completedEarly))")

        let last = try faultline("ingest", "--db", "b.db", "--quiet", "--json", GeneratedLogs.folder, in: directory.url)
        try #require(last.status == 0, "\(last)")
        let summaryB = try jsonObject(last.stdoutData)
        let linesB = (summaryB["lines"]?.integer ?? 0) + (summaryB["skipped_lines"]?.integer ?? 0)
        #expect(linesB == Int64(generated), "the last run reads what the killed ones did not commit, and skips the rest")
        #expect((summaryB["skipped_lines"]?.integer ?? 0) > 0, "the killed runs had committed part of the logs: \(last.stdout)")

        let contentsA = try StoreContents.read("a.db", in: directory)
        let contentsB = try StoreContents.read("b.db", in: directory)
        for name in contentsA.keys.sorted() {
            let a = contentsA[name] ?? "", b = contentsB[name] ?? ""
            #expect(a == b, "\(name) differs after kill -9:\n\(Golden.firstDifference(expected: Data(a.utf8), actual: Data(b.utf8)))")
        }

        #expect(try CSVReader.rows(contentsB["foreign_keys"] ?? "").rows.isEmpty, "every stored id points at a row")
        #expect(!(contentsB["foreign_keys"] ?? "").isEmpty, "the foreign key check ran")

        // And the straight run's numbers are the store's numbers.
        let totals = try CSVReader.rows(contentsA["totals"] ?? "").rows.first ?? [:]
        #expect(totals["events"] == summaryA["errors"].flatMap { $0.integer }.map(String.init))
        #expect(totals["event_lines"] == totals["events"], "one event per error line")
        #expect(totals["traffic"] == summaryA["successes"].flatMap { $0.integer }.map(String.init))
        #expect(totals["rejects"] == summaryA["rejects"].flatMap { $0.integer }.map(String.init))
        #expect(totals["lines"] == String(generated))
    }
}
