import FaultlineReports
import FaultlineStore
import Foundation
import Testing

@Suite struct ReportRunnerTests {
    @Test func missingStoreSaysHowToIngest() throws {
        let fixture = try ReportFixture()
        #expect {
            try ReportRunner.open(storePath: fixture.path)
        } throws: { error in
            "\(error)".contains("faultline ingest --db \(fixture.path)")
        }
    }

    @Test func emptyStoreSaysHowToIngest() throws {
        let fixture = try ReportFixture()
        try StoreWriter(path: fixture.path).close()
        #expect {
            try ReportRunner.open(storePath: fixture.path)
        } throws: { error in
            (error as? ReportError)?.reason == .emptyStore && "\(error)".contains("faultline ingest --db \(fixture.path)")
        }
    }

    @Test func refusesAParameterTheReportDoesNotTake() throws {
        let (_, runner) = try ReportFixture.filled()
        #expect {
            try runner.run(report: "rejects", parameters: ReportParameters(provider: "stripe"))
        } throws: { error in
            (error as? ReportError)?.reason == .badParameter
                && "\(error)" == "the rejects report does not take provider; it takes limit"
        }
    }

    @Test func requestReportNeedsARequestID() throws {
        let (_, runner) = try ReportFixture.filled()
        #expect {
            try runner.run(report: "request")
        } throws: { error in
            "\(error)".contains("faultline report request ID")
        }
    }

    @Test func badTimeIsReportedBeforeTheQueryRuns() throws {
        let (_, runner) = try ReportFixture.filled()
        #expect {
            try runner.run(report: "top-errors", parameters: ReportParameters(since: "last week"))
        } throws: { error in
            (error as? ReportError)?.reason == .badParameter
        }
    }

    @Test func relativeTimesCountBackFromTheGivenNow() throws {
        let (_, runner) = try ReportFixture.filled()
        let now = Date(timeIntervalSince1970: 1_795_420_800) // 2026-11-23T08:00:00Z
        let table = try runner.run(report: "top-errors", parameters: ReportParameters(since: "90m"), now: now)
        #expect(table.strings("code") == ["refused"])
    }

    @Test func userSQLWithoutHeaderIsTypedFromItsValues() throws {
        let (_, runner) = try ReportFixture.filled()
        let table = try runner.run(sql: "SELECT provider, count(*) AS n, avg(status) AS mean, NULL AS empty FROM errors GROUP BY provider ORDER BY provider")
        #expect(table.columns == [
            ReportColumn("provider", .text), ReportColumn("n", .integer), ReportColumn("mean", .real), ReportColumn("empty", .text),
        ])
        #expect(table.rows == [["adyen", 2, 402.0, nil], ["stripe", 6, 402.0, nil]])
    }

    @Test func userSQLFileWithHeaderGetsDeclaredTypesAndParameters() throws {
        let (fixture, runner) = try ReportFixture.filled()
        let file = fixture.directory.appendingPathComponent("mine.sql")
        try """
            -- name: mine
            -- parameters: provider
            -- columns: code text, retryable boolean
            SELECT code, retryable FROM errors WHERE provider = :provider GROUP BY code ORDER BY code;
            """.write(to: file, atomically: true, encoding: .utf8)
        let table = try runner.run(sqlFile: file.path, parameters: ReportParameters(provider: "adyen"))
        #expect(table.columns == [ReportColumn("code", .text), ReportColumn("retryable", .boolean)])
        #expect(CSVRenderer().render(table) == "code,retryable\r\nrefused,false\r\nunknown_500,\r\n")
        #expect {
            try runner.run(sqlFile: file.path, parameters: ReportParameters(limit: 3))
        } throws: { error in
            "\(error)" == "\(file.path) does not take limit; it takes provider"
        }
    }

    @Test func repeatedColumnNamesAreMadeUnique() throws {
        let (_, runner) = try ReportFixture.filled()
        let table = try runner.run(sql: "SELECT 1 AS n, 2 AS n, 3 AS n")
        #expect(table.columns.map(\.name) == ["n", "n_2", "n_3"])
    }

    @Test func userSQLCannotWriteToTheStore() throws {
        let (_, runner) = try ReportFixture.filled()
        #expect {
            try runner.run(sql: "DELETE FROM events")
        } throws: { error in
            (error as? StoreError)?.reason == .readOnly
        }
        #expect(try runner.run(sql: "SELECT count(*) FROM events").rows == [[8]])
    }

    @Test func missingSQLFileIsNamed() throws {
        let (_, runner) = try ReportFixture.filled()
        #expect {
            try runner.run(sqlFile: "/nonexistent/q.sql")
        } throws: { error in
            (error as? ReportError)?.reason == .unreadableFile && "\(error)" == "cannot read /nonexistent/q.sql: no such file"
        }
    }
}
