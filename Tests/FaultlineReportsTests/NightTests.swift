import FaultlineStore
import Foundation
import Testing
@testable import FaultlineReports

/// `Night.compose` on the hand-made store of `ReportFixture`, whose newest event is 2026-11-23T08:00:00.000Z.
@Suite struct NightTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func eachSectionIsItsReportsOwnTableOverTheSameWindow() throws {
        let (fixture, runner) = try ReportFixture.filled()
        defer { withExtendedLifetime(fixture) {} }
        let night = try Night.compose(runner: runner, parameters: ReportParameters(since: "2026-11-21", until: "2026-11-24"), now: Self.now)
        #expect(night.sections.map(\.report) == ["summary", "top-errors", "retryability", "retries", "changes", "endpoints"])
        #expect(night.since == "2026-11-21T00:00:00.000Z")
        #expect(night.until == "2026-11-24T00:00:00.000Z")
        for section in night.sections {
            // Whatever columns a query gives, the section has them: the page is built on the report's table.
            #expect(section.table == (try runner.run(report: section.report, parameters: section.parameters, now: Self.now)))
            #expect(section.parameters.since == night.since)
            #expect(section.parameters.until == night.until)
        }
        #expect(night.section("top-errors")?.parameters.limit == Night.defaultLimit)
        // The findings count every code, so retries and changes run unlimited and show the first rows.
        #expect(night.section("changes")?.parameters.limit == nil && night.section("changes")?.showing == Night.defaultLimit)
        #expect(night.section("retries")?.parameters.limit == nil && night.section("retries")?.showing == Night.defaultLimit)
        #expect(night.bucket == .hour)
        #expect(night.timeline == (try runner.run(report: "timeline", parameters: ReportParameters(since: night.since, until: night.until, bucket: .hour), now: Self.now)))
    }

    @Test func withoutSinceTheWindowIsTheDayEndingWithTheNewestErrorsHour() throws {
        let (fixture, runner) = try ReportFixture.filled()
        defer { withExtendedLifetime(fixture) {} }
        let night = try Night.compose(runner: runner, parameters: ReportParameters(), now: Self.now)
        #expect(night.since == "2026-11-22T09:00:00.000Z")
        #expect(night.until == "2026-11-23T09:00:00.000Z")
        #expect(NightlyPage.heading(night) == "Last night’s errors")
        let chart = NightCharts.errorsOverTime(night)
        #expect(chart.labels.count == 24)
        #expect(chart.labels.first == "11-22 09h")
        // Over two days, the axis names midnight by its date and noon.
        #expect(chart.ticks.map(\.column) == [3, 15])
        #expect(chart.ticks.map(\.text) == ["12:00", "11-23"])
        // 09:00 card_declined and rate_limit, 11:00 unknown_500, 23:59 card_declined, 08:00 the next day refused.
        let totals = chart.labels.indices.map { column in chart.series.reduce(0) { $0 + $1.values[column] } }
        #expect(totals.reduce(0, +) == 5)
        #expect(totals[0] == 2 && totals[2] == 1 && totals[14] == 1 && totals[23] == 1)
        #expect(chart.series.map(\.label).first == "card_declined (stripe)")
    }

    @Test func aLongWindowIsChartedByDay() throws {
        let (fixture, runner) = try ReportFixture.filled()
        defer { withExtendedLifetime(fixture) {} }
        let night = try Night.compose(runner: runner, parameters: ReportParameters(since: "2026-11-01", until: "2026-12-01"), now: Self.now)
        #expect(night.bucket == .day)
        #expect(NightlyPage.heading(night) == "Errors in the window")
        let chart = NightCharts.errorsOverTime(night)
        #expect(chart.labels.count == 30)
        #expect(chart.labels[20] == "11-21")
        #expect(chart.ticks.map(\.text) == ["11-01", "11-06", "11-11", "11-16", "11-21", "11-26"])
    }

    @Test func refusesFiltersThatBelongToSingleReports() throws {
        let (fixture, runner) = try ReportFixture.filled()
        defer { withExtendedLifetime(fixture) {} }
        #expect {
            try Night.compose(runner: runner, parameters: ReportParameters(code: "card_declined"), now: Self.now)
        } throws: { error in
            "\(error)" == "the nightly report does not take code; it takes since, until, provider, limit, baseline"
        }
    }

    @Test func retriesTotalsCountEveryCodeWhileTheTableShowsTheFirstRows() throws {
        let (fixture, runner) = try ReportFixture.filled()
        defer { withExtendedLifetime(fixture) {} }
        let night = try Night.compose(runner: runner, parameters: ReportParameters(since: "2026-11-21", until: "2026-11-24", limit: 1), now: Self.now)
        let retries = try #require(night.section("retries"))
        #expect(retries.table.rows.count > 1)
        #expect(retries.shown.rows.count == 1)
        #expect(retries.hiddenRows == retries.table.rows.count - 1)
        let operations = retries.table.values(of: "operations").compactMap { value -> Int64? in
            if case .integer(let number) = value { return number } else { return nil }
        }.reduce(0, +)
        #expect(NightlyText.headline(retries)?.hasPrefix("Of \(operations) failed operations") == true)
    }

    @Test func aWideTableLeavesItsTimesOutOfThePageAndSaysSo() throws {
        let (fixture, runner) = try ReportFixture.filled()
        defer { withExtendedLifetime(fixture) {} }
        let night = try Night.compose(runner: runner, parameters: ReportParameters(), now: Self.now)
        let top = try #require(night.section("top-errors"))
        #expect(top.leftOut == ["first_seen", "last_seen"])
        #expect(top.shown.columns.map(\.name) == top.table.columns.map(\.name).filter { !top.leftOut.contains($0) })
        #expect(top.shown.columns.contains { $0.name == "guidance" })
        #expect(NightlyText.omissions(top) == "Not shown here: the columns first_seen and last_seen; the command below prints them.")
        #expect(night.section("changes")?.leftOut == [])
    }

    @Test func thePageHasTheThreeChartsAndEverySection() throws {
        let (fixture, runner) = try ReportFixture.filled()
        defer { withExtendedLifetime(fixture) {} }
        let page = NightlyPage.html(try Night.compose(runner: runner, parameters: ReportParameters(), now: Self.now))
        #expect(page.components(separatedBy: "<svg class=\"chart").count - 1 == 3)
        for id in ["over-time", "summary", "top-errors", "retryability", "retries", "changes", "endpoints"] {
            #expect(page.contains("<section id=\"\(id)\">"))
        }
        #expect(page.contains("<text class=\"label\" x=\"92\" y=\"47\" text-anchor=\"end\">not retryable</text>"))
        #expect(page.contains("$ faultline report top-errors --since 2026-11-22T09:00:00.000Z --until 2026-11-23T09:00:00.000Z --limit 10"))
        for fetching in ["<script", "<link", "<img", "src=", "url(", "@import"] {
            #expect(!page.contains(fetching))
        }
    }

    @Test func chartAxesUseRoundNumbers() {
        #expect([0, 1, 2, 3, 7, 10, 11, 39, 50, 51, 999, 1001].map(SVGChart.niceCeiling) == [1, 1, 2, 5, 10, 10, 20, 50, 50, 100, 1000, 2000])
    }

    @Test func textBarsScaleToTheLargestValueInEighths() {
        let bars = NightlyDigest(markdown: false).bars([("a", 8, ""), ("bb", 1, "(x)"), ("c", 0, "")])
        #expect(bars == """
            a   ██████████████████████████████  8
            bb  ███▊                            1 (x)
            c                                   0


            """)
        #expect(NightlyDigest(markdown: true).bars([("`x`", 1, "")]).hasPrefix("```text\n'x'  "))
    }
}
