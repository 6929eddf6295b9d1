// Every built-in report, run on a fresh store of samples/, in every output format, compared with the files in
// Golden/ (see Golden.swift; re-record with FAULTLINE_RECORD_GOLDEN=1). Reports that count back from "now"
// are run with absolute --since/--until or none, so the files never go stale.
import Foundation
import Testing

/// One report invocation and the golden file name it is kept under (`<golden>.txt`, `.csv`, `.json`, `.md`).
struct ReportRun: CustomTestStringConvertible, Sendable {
    let golden: String
    let arguments: [String]

    var testDescription: String { golden }

    init(_ golden: String, _ arguments: [String]? = nil) {
        self.golden = golden
        self.arguments = arguments ?? [golden]
    }

    /// The retry storm in nightly-2026-11-22.jsonl.gz: eight rate-limit errors of one request in 14 seconds.
    static let stormRequest = "req_storm7f3k2m9q1z"

    static let all: [ReportRun] = [
        ReportRun("summary"),
        ReportRun("top-errors"),
        ReportRun("retryability"),
        ReportRun("requests"),
        ReportRun("request", ["request", stormRequest]),
        ReportRun("endpoints"),
        ReportRun("new-codes"),
        ReportRun("rejects"),
        ReportRun("timeline"),
        ReportRun("changes"),
        ReportRun("retries"),
        ReportRun("unknown"),
        ReportRun("top-messages", ["top-messages", "--limit", "12"]),
        // Filters, with absolute times only.
        ReportRun("timeline-day", ["timeline", "--bucket", "day"]),
        ReportRun("top-errors-flint-morning",
                  ["top-errors", "--provider", "flint", "--since", "2026-11-22T06:00:00Z", "--until", "2026-11-22T12:00:00Z"]),
        ReportRun("summary-window", ["summary", "--since", "2026-11-22T10:00:00Z", "--until", "2026-11-22T11:00:00Z"]),
        ReportRun("requests-limit", ["requests", "--limit", "5"]),
    ]
}

enum FormatFile: String, CaseIterable, Sendable {
    case table, csv, json, markdown

    var fileExtension: String {
        switch self {
        case .table: return "txt"
        case .csv: return "csv"
        case .json: return "json"
        case .markdown: return "md"
        }
    }
}

@Suite("Reports on the samples match their golden files")
struct GoldenReportTests {
    @Test("each report prints its golden output in table, csv, json and markdown", arguments: ReportRun.all)
    func reportMatchesGoldenFiles(_ run: ReportRun) throws {
        let store = try SampleStore()
        for format in FormatFile.allCases {
            let result = try store.report(run.arguments + ["--format", format.rawValue])
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr.isEmpty, "\(result)")
            try Golden.check(result.stdoutData, against: "\(run.golden).\(format.fileExtension)")
        }
    }

    @Test("table is the default format, and a pipe gets full-width tables whatever COLUMNS says")
    func defaultFormatIsAFullWidthTable() throws {
        let store = try SampleStore()
        let narrow = try faultline(["report", "--db", store.db, "top-errors"], in: store.directory.url,
                                   environment: ["COLUMNS": "40"])
        #expect(narrow.status == 0)
        try Golden.check(narrow.stdoutData, against: "top-errors.txt")
    }

    @Test("every report that --list names has golden files")
    func everyListedReportIsCovered() throws {
        let directory = try TemporaryDirectory()
        let list = try faultline("report", "--list", "--format", "json", in: directory.url)
        #expect(list.status == 0)
        let names = try jsonRows(list.stdoutData).map { $0["name"]?.text ?? "" }
        #expect(names.count >= 9)
        let covered = Set(ReportRun.all.map { $0.arguments[0] })
        for name in names {
            #expect(covered.contains(name), "report \(name) has no golden files: add it to ReportRun.all")
        }
    }

    @Test("report --list, in every format")
    func reportListMatchesGoldenFiles() throws {
        let directory = try TemporaryDirectory()
        for format in FormatFile.allCases {
            let result = try faultline("report", "--list", "--format", format.rawValue, in: directory.url)
            #expect(result.status == 0, "\(result)")
            try Golden.check(result.stdoutData, against: "report-list.\(format.fileExtension)")
        }
    }
}

@Suite("Report numbers on the samples agree with each other")
struct ReportConsistencyTests {
    @Test("summary, top-errors and retryability count the same 472 errors, and shares sum to 1")
    func countsAddUpAcrossReports() throws {
        let store = try SampleStore()
        let summary = try jsonRows(store.report("summary", "--format", "json").stdoutData)
        let all = try #require(summary.first { $0["provider"]?.text == "all" })
        let providers = summary.filter { $0["provider"]?.text != "all" }
        #expect(all["errors"]?.integer == 472)
        #expect(all["lines"]?.integer == 1137)
        #expect(all["rejected"]?.integer == 6)
        #expect(providers.compactMap { $0["errors"]?.integer }.reduce(0, +) == 472)
        #expect(providers.compactMap { $0["lines"]?.integer }.reduce(0, +) == 1137)

        let top = try jsonRows(store.report("top-errors", "--format", "json").stdoutData)
        #expect(top.compactMap { $0["count"]?.integer }.reduce(0, +) == 472)
        let topShares = top.compactMap { $0["share"]?.real }.reduce(0, +)
        #expect(abs(topShares - 1) < 0.005, "top-errors shares sum to \(topShares)")
        #expect(top.map { $0["rank"]?.integer } == (1...top.count).map { Int64($0) })

        let retry = try jsonRows(store.report("retryability", "--format", "json").stdoutData)
        #expect(retry.map { $0["retryable"]?.text } == ["true", "false", "unknown"])
        #expect(retry.compactMap { $0["count"]?.integer }.reduce(0, +) == 472)
        let retryShares = retry.compactMap { $0["share"]?.real }.reduce(0, +)
        #expect(abs(retryShares - 1) < 0.0005, "retryability shares sum to \(retryShares)")

        let timeline = try jsonRows(store.report("timeline", "--format", "json").stdoutData)
        #expect(timeline.compactMap { $0["count"]?.integer }.reduce(0, +) == 472, "every sample event has a time")

        let storm = try jsonRows(store.report("request", ReportRun.stormRequest, "--format", "json").stdoutData)
        #expect(storm.count == 8)
        #expect(Set(storm.compactMap { $0["code"]?.text }) == ["RATE_LIMIT_EXCEEDED"])
    }
}
