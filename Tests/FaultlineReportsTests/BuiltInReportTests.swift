import FaultlineReports
import FaultlineStore
import Testing

/// Each built-in report over `ReportFixture`'s store, with the answers worked out by hand.
@Suite struct BuiltInReportTests {
    let fixture: ReportFixture
    let runner: ReportRunner

    init() throws {
        (fixture, runner) = try ReportFixture.filled()
    }

    @Test func topErrorsRanksByCountWithSharesOfAllErrors() throws {
        let table = try runner.run(report: "top-errors")
        #expect(table.strings("rank") == ["1", "2", "3", "4"])
        #expect(table.strings("code") == ["card_declined", "rate_limit", "refused", "unknown_500"])
        #expect(table.strings("count") == ["4", "2", "1", "1"])
        #expect(table.values(of: "share") == [.real(0.5), .real(0.25), .real(0.125), .real(0.125)])
        #expect(table.strings("retryable") == ["0", "1", "0", nil])
        #expect(table.rows[0] == [
            1, "stripe", "card_declined", "card", 0, 4, 0.5, "2026-11-21T10:00:00.000Z",
            "2026-11-22T23:59:59.999Z", "req_c", "Ask for another card",
        ])
    }

    @Test func topErrorsSampleIsTheNewestTimedRequest() throws {
        let table = try runner.run(report: "top-errors", parameters: ReportParameters(code: "rate_limit"))
        // req_a is at 09:10 on the 22nd; req_d has no time, so it is not "newest".
        #expect(table.strings("sample_request_id") == ["req_a"])
        #expect(table.values(of: "share") == [.real(1.0)])
    }

    @Test func topErrorsWindowIsSinceInclusiveUntilExclusive() throws {
        let parameters = ReportParameters(since: "2026-11-21T10:30:00Z", until: "2026-11-22T23:59:59.999Z")
        let table = try runner.run(report: "top-errors", parameters: parameters)
        // card_declined: lines 2 and 3 (line 4 is exactly at until); events without a time are out.
        // Equal counts are ordered by provider, then code.
        #expect(table.strings("code") == ["card_declined", "unknown_500", "rate_limit"])
        #expect(table.strings("count") == ["2", "1", "1"])
        #expect(table.values(of: "share") == [.real(0.5), .real(0.25), .real(0.25)])
    }

    @Test func topErrorsFiltersByProviderEndpointAndLimit() throws {
        let adyen = try runner.run(report: "top-errors", parameters: ReportParameters(provider: "adyen"))
        #expect(adyen.strings("code") == ["refused", "unknown_500"])
        #expect(adyen.values(of: "share") == [.real(0.5), .real(0.5)])

        let byPath = try runner.run(report: "top-errors", parameters: ReportParameters(endpoint: "/v1/charges"))
        let byHostAndPath = try runner.run(report: "top-errors", parameters: ReportParameters(endpoint: "api.stripe.com/v1/charges"))
        #expect(byPath.strings("count") == ["4", "1"])
        #expect(byHostAndPath == byPath)

        let top = try runner.run(report: "top-errors", parameters: ReportParameters(limit: 1))
        #expect(top.strings("code") == ["card_declined"])
        #expect(try runner.run(report: "top-errors", parameters: ReportParameters(limit: 0)).rows.isEmpty)
    }

    @Test func retryabilityAlwaysHasTrueFalseUnknownRows() throws {
        let table = try runner.run(report: "retryability")
        #expect(table.rows == [
            ["true", 2, 0.25, 1, "rate_limit (stripe)"],
            ["false", 5, 0.625, 2, "card_declined (stripe)"],
            ["unknown", 1, 0.125, 1, "unknown_500 (adyen)"],
        ])
        let none = try runner.run(report: "retryability", parameters: ReportParameters(provider: "nobody"))
        #expect(none.rows == [["true", 0, 0.0, 0, nil], ["false", 0, 0.0, 0, nil], ["unknown", 0, 0.0, 0, nil]])
    }

    @Test func requestsListsTheMostFailingRequestsFirst() throws {
        let table = try runner.run(report: "requests")
        #expect(table.rows == [
            ["req_a", 3, "card_declined, rate_limit", "stripe", "2026-11-21T10:00:00.000Z", "2026-11-22T09:10:00.000Z"],
            ["req_c", 1, "card_declined", "stripe", "2026-11-22T23:59:59.999Z", "2026-11-22T23:59:59.999Z"],
            ["req_b", 1, "card_declined", "stripe", "2026-11-21T10:30:00.000Z", "2026-11-21T10:30:00.000Z"],
            ["req_d", 1, "rate_limit", "stripe", nil, nil],
        ])
        let limited = try runner.run(report: "requests", parameters: ReportParameters(code: "card_declined", limit: 1))
        #expect(limited.rows == [["req_a", 2, "card_declined", "stripe", "2026-11-21T10:00:00.000Z", "2026-11-22T09:00:00.000Z"]])
    }

    @Test func requestShowsEveryEventOfOneRequestInTimeOrder() throws {
        let table = try runner.run(report: "request", parameters: ReportParameters(requestID: "req_a"))
        #expect(table.strings("ts") == ["2026-11-21T10:00:00.000Z", "2026-11-22T09:00:00.000Z", "2026-11-22T09:10:00.000Z"])
        #expect(table.strings("source") == ["api.log:1", "api.log:3", "api.log:5"])
        #expect(table.strings("endpoint") == Array(repeating: "api.stripe.com/v1/charges", count: 3))
        #expect(table.strings("idempotency_key") == Array(repeating: "idem_req_a", count: 3))
        #expect(table.strings("message") == ["message 1", "message 3", "message 5"])
        #expect(try runner.run(report: "request", parameters: ReportParameters(requestID: "nope")).rows.isEmpty)
    }

    @Test func summaryCountsLinesPerProviderAndAnAllRow() throws {
        let table = try runner.run(report: "summary")
        #expect(table.rows == [
            ["stripe", 12, 4, 6, 0.5, nil, "2026-11-21T10:00:00.000Z", "2026-11-22T23:59:59.999Z"],
            ["adyen", 5, 0, 2, 0.4, nil, "2026-11-22T11:00:00.000Z", "2026-11-23T08:00:00.000Z"],
            ["all", 17, 4, 8, 0.4706, 1, "2026-11-21T10:00:00.000Z", "2026-11-23T08:00:00.000Z"],
        ])
    }

    @Test func summaryWindowSelectsWholeHoursOfCountedLines() throws {
        // Since 10:30 on the 21st: the 10:00 hour of stripe traffic overlaps the window, so it counts.
        let table = try runner.run(report: "summary", parameters: ReportParameters(since: "2026-11-21T10:30:00Z", provider: "stripe"))
        #expect(table.rows == [
            ["stripe", 10, 3, 4, 0.4, nil, "2026-11-21T10:00:00.000Z", "2026-11-22T23:59:59.999Z"],
            ["all", 10, 3, 4, 0.4, nil, "2026-11-21T10:00:00.000Z", "2026-11-22T23:59:59.999Z"],
        ])
    }

    @Test func timelineCountsPerHourOrDayInTimeOrder() throws {
        let hours = try runner.run(report: "timeline", parameters: ReportParameters(since: "2026-11-22"))
        #expect(hours.rows == [
            ["2026-11-22T09:00:00Z", "stripe", "card_declined", 1],
            ["2026-11-22T09:00:00Z", "stripe", "rate_limit", 1],
            ["2026-11-22T11:00:00Z", "adyen", "unknown_500", 1],
            ["2026-11-22T23:00:00Z", "stripe", "card_declined", 1],
            ["2026-11-23T08:00:00Z", "adyen", "refused", 1],
        ])
        let days = try runner.run(report: "timeline", parameters: ReportParameters(bucket: .day))
        #expect(days.rows == [
            ["2026-11-21T00:00:00Z", "stripe", "card_declined", 2],
            ["2026-11-22T00:00:00Z", "stripe", "card_declined", 2],
            ["2026-11-22T00:00:00Z", "adyen", "unknown_500", 1],
            ["2026-11-22T00:00:00Z", "stripe", "rate_limit", 1],
            ["2026-11-23T00:00:00Z", "adyen", "refused", 1],
        ])
    }

    @Test func endpointsAddCountedLinesToErrors() throws {
        let table = try runner.run(report: "endpoints")
        #expect(table.rows == [
            ["api.stripe.com/v1/charges", "POST", 11, 5, 0.4545, "card_declined (stripe)"],
            ["/pay", "GET", 5, 2, 0.4, "refused (adyen)"],
            [nil, nil, 1, 1, 1.0, "rate_limit (stripe)"],
        ])
        let declines = try runner.run(report: "endpoints", parameters: ReportParameters(code: "card_declined", endpoint: "/v1/charges"))
        #expect(declines.rows == [["api.stripe.com/v1/charges", "POST", 10, 4, 0.4, "card_declined (stripe)"]])
    }

    @Test func rejectsListsUnreadableLinesWithTheirExcerpt() throws {
        let table = try runner.run(report: "rejects")
        #expect(table.rows == [["api.log", 12, 1100, "not JSON", "=cmd|' /C calc'!A0"]])
    }

    @Test func newCodesDefaultsToTheDayBeforeTheNewestEvent() throws {
        // Newest event: 2026-11-23T08:00; card_declined was first seen on the 21st, so it is not new.
        let table = try runner.run(report: "new-codes")
        #expect(table.strings("code") == ["rate_limit", "unknown_500", "refused"])
        #expect(table.strings("first_seen") == ["2026-11-22T09:10:00.000Z", "2026-11-22T11:00:00.000Z", "2026-11-23T08:00:00.000Z"])
        #expect(table.strings("count") == ["1", "1", "1"])
    }

    @Test func newCodesSinceAndUntilBoundWhenACodeFirstAppeared() throws {
        let table = try runner.run(report: "new-codes", parameters: ReportParameters(since: "2026-11-20", until: "2026-11-22"))
        #expect(table.rows == [["stripe", "card_declined", "card", 0, 2, "2026-11-21T10:00:00.000Z", "Ask for another card"]])
        let later = try runner.run(report: "new-codes", parameters: ReportParameters(since: "2026-11-22T10:00:00Z"))
        #expect(later.strings("code") == ["unknown_500", "refused"])
    }

    @Test func renderedReportKeepsTypes() throws {
        let table = try runner.run(report: "top-errors", parameters: ReportParameters(limit: 1))
        let json = JSONRenderer().render(table)
        #expect(json.contains("\"retryable\": false, \"count\": 4, \"share\": 0.5"))
        let csv = CSVRenderer().render(table)
        #expect(csv.hasSuffix("1,stripe,card_declined,card,false,4,0.5,2026-11-21T10:00:00.000Z,2026-11-22T23:59:59.999Z,req_c,Ask for another card\r\n"))
    }
}
