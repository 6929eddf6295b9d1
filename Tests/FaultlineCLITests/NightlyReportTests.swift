// `faultline report nightly` and `--format html`: golden files on the samples, the formats it refuses,
// markup in the logs, and the page's size on a store with many codes and endpoints.
import Foundation
import Testing

@Suite("report nightly and --format html")
struct NightlyReportTests {
    @Test("the sample night as a page, a Markdown digest and terminal tables matches its golden files")
    func sampleNightMatchesGoldenFiles() throws {
        let store = try SampleStore()
        for (format, fileExtension) in [("html", "html"), ("markdown", "md"), ("table", "txt")] {
            let result = try store.report("nightly", "--format", format)
            #expect(result.status == 0, "\(result)")
            #expect(result.stderr.isEmpty, "\(result)")
            try Golden.check(result.stdoutData, against: "nightly.\(fileExtension)")
        }
        let page = try store.report("nightly", "--format", "html").stdout
        for section in ["over-time", "summary", "top-errors", "retryability", "retries", "changes", "endpoints"] {
            #expect(page.contains("<section id=\"\(section)\">"), "no section \(section)")
        }
        #expect(page.components(separatedBy: "<svg class=\"chart").count - 1 == 3)
    }

    @Test("--output writes the page to a file, the same bytes as standard output")
    func outputWritesThePage() throws {
        let store = try SampleStore()
        let written = try store.report("nightly", "--format", "html", "--output", "night.html")
        #expect(written.status == 0, "\(written)")
        #expect(written.stdout.isEmpty)
        let printed = try store.report("nightly", "--format", "html")
        #expect(FileManager.default.contents(atPath: store.directory.path("night.html")) == printed.stdoutData)
    }

    @Test("every report renders as a table page", arguments: ["summary", "top-errors"])
    func reportsAsHTMLMatchGoldenFiles(_ name: String) throws {
        let store = try SampleStore()
        let result = try store.report(name, "--format", "html")
        #expect(result.status == 0, "\(result)")
        try Golden.check(result.stdoutData, against: "\(name).html")
    }

    @Test("nightly refuses csv and json, and filters that belong to single reports, with exit status 64")
    func refusesWhatItCannotDo() throws {
        let store = try SampleStore()
        for format in ["csv", "json"] {
            let result = try store.report("nightly", "--format", format)
            #expect(result.status == 64, "\(result)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("the nightly report is several tables and charts, so it has no \(format) form"), "\(result)")
            #expect(result.stderr.contains("help: use --format html, markdown or table"), "\(result)")
        }
        let code = try store.report("nightly", "--code", "CARD_DECLINED")
        #expect(code.status == 64, "\(code)")
        #expect(code.stderr.contains("the nightly report does not take code; it takes since, until, provider, limit, baseline"), "\(code)")
        let failOn = try store.report("nightly", "--fail-on", "new")
        #expect(failOn.status == 64, "\(failOn)")
    }

    /// A log whose error code, message and path are markup.
    static let hostileLog = """
        {"timestamp":"2026-11-22T10:00:00Z","provider":"flint","method":"POST","path":"/v1/<script>alert(2)</script>","status":400,"request_id":"req_<img src=x>","response_body":{"error":{"code":"<script>alert(1)</script>","message":"\\"><img src=x onerror=alert(1)>"}}}
        {"timestamp":"2026-11-22T11:00:00Z","provider":"flint","method":"GET","path":"/v1/charges","status":200,"response_body":{"id":"ch_1"}}

        """

    @Test("markup in a code, message, path or request id is shown as text, never as HTML")
    func hostileLogTextIsEscaped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("hostile.jsonl", Self.hostileLog)
        let ingest = try faultline("ingest", "--db", "h.db", "--quiet", "hostile.jsonl", in: directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        var pages = [try faultline("report", "--db", "h.db", "nightly", "--format", "html", in: directory.url).stdout]
        for report in ["top-errors", "top-messages", "endpoints", "requests", "changes"] {
            pages.append(try faultline("report", "--db", "h.db", report, "--format", "html", in: directory.url).stdout)
        }
        for page in pages {
            #expect(!page.contains("<script"), "\(page)")
            #expect(!page.contains("<img"), "\(page)")
        }
        #expect(pages[0].contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(pages[0].contains("<title>Errors per hour, by code</title>"))
        let digest = try faultline("report", "--db", "h.db", "nightly", "--format", "markdown", in: directory.url).stdout
        #expect(!digest.contains("<script"))
        #expect(digest.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("the page's size depends on the window, not on how many lines or codes the store holds")
    func pageStaysSmallWithManyCodesAndEndpoints() throws {
        let directory = try TemporaryDirectory()
        var lines = ""
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for n in 0..<6000 {
            let word = String([letters[n % 26], letters[(n / 26) % 26], letters[(n / 676) % 26]])
            let hour = n % 72
            let time = String(format: "2026-11-%02dT%02d:%02d:00Z", 20 + hour / 24, hour % 24, n % 60)
            lines += #"{"timestamp":"\#(time)","provider":"flint","method":"POST","path":"/v1/\#(word)/go","status":500,"request_id":"req_\#(n)","response_body":{"error":{"code":"E_\#(word.uppercased())","message":"failed \#(word) number \#(n)"}}}"# + "\n"
        }
        try directory.write("many.jsonl", lines)
        let ingest = try faultline("ingest", "--db", "m.db", "--quiet", "many.jsonl", in: directory.url)
        #expect(ingest.status == 0, "\(ingest)")
        let page = try faultline("report", "--db", "m.db", "nightly", "--since", "2026-11-20", "--until", "2026-11-23",
                                 "--format", "html", in: directory.url)
        #expect(page.status == 0, "\(page)")
        // 6000 distinct codes and endpoints over 72 hours: ranked sections stop at --limit (10), the chart at
        // seven codes and "other", one column per hour.
        #expect(page.stdoutData.count < 150_000, "the page is \(page.stdoutData.count) bytes")
        #expect(page.stdout.contains("<li><i class=\"k7\"></i>5993 other codes"))
        #expect(page.stdout.components(separatedBy: "<rect class=\"s").count - 1 <= 72 * 8)
    }
}
