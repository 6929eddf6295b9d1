// The nightly page rendered by a real browser: headless Chromium loads the file (no network: every host name
// resolves to nothing) and prints the DOM it built, which must hold the top codes and the charts.
//
// Without Chromium the tests are skipped, with the reason in the test output; CI (.ci/run) installs it and
// sets FAULTLINE_REQUIRE_CHROMIUM=1, which turns a missing browser into a failure instead.
// FAULTLINE_CHROMIUM=/path/to/chrome picks another browser binary; FAULTLINE_CHROMIUM=none acts as if there were none.
import Foundation
import Testing

enum Chromium {
    /// The browser: `FAULTLINE_CHROMIUM` if set (`none` for no browser), else the first of the usual names on `PATH`.
    static let path: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["FAULTLINE_CHROMIUM"], !given.isEmpty { return given == "none" ? nil : given }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    static var isRequired: Bool { ProcessInfo.processInfo.environment["FAULTLINE_REQUIRE_CHROMIUM"] == "1" }

    static var shouldRun: Bool { path != nil || isRequired }

    /// The DOM Chromium built from `file`, serialised. Its profile lives in `directory`.
    static func dumpDOM(_ file: String, in directory: TemporaryDirectory) throws -> String {
        guard let path else {
            throw FixtureError("chromium is required (FAULTLINE_REQUIRE_CHROMIUM=1) but not installed: apt-get install chromium, or set FAULTLINE_CHROMIUM")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(directory.path("chromium-profile"))",
            "--dump-dom", URL(fileURLWithPath: file).absoluteString,
        ]
        let output = directory.url.appendingPathComponent("dom.html")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(90)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            throw FixtureError("chromium did not finish within 90 s")
        }
        guard process.terminationStatus == 0 else { throw FixtureError("chromium exited with status \(process.terminationStatus)") }
        return try String(contentsOf: output, encoding: .utf8)
    }
}

@Suite("The nightly page in headless Chromium", .enabled(if: Chromium.shouldRun, "chromium is not installed, so the page is not checked in a browser (apt-get install chromium, or set FAULTLINE_CHROMIUM)"))
struct NightlyBrowserTests {
    @Test("Chromium builds the page's sections, the top codes' rows and three SVG charts, with nothing fetched")
    func sampleNightRendersInChromium() throws {
        let store = try SampleStore()
        let written = try store.report("nightly", "--format", "html", "--output", "night.html")
        #expect(written.status == 0, "\(written)")
        let dom = try Chromium.dumpDOM(store.directory.path("night.html"), in: store.directory)

        let top = try jsonRows(try store.report("top-errors", "--limit", "3", "--format", "json").stdoutData)
        let codes = top.compactMap { $0["code"]?.text }
        #expect(codes.count == 3)
        for code in codes {
            #expect(dom.contains("<td>\(code)</td>"), "the DOM has no table cell for \(code)")
        }
        #expect(dom.components(separatedBy: "<svg class=\"chart").count - 1 == 3)
        #expect(dom.contains("<svg class=\"chart columns\""))
        #expect(dom.components(separatedBy: "<rect class=\"s").count - 1 > 24, "the errors-over-time chart has no columns")
        for label in [">retryable</text>", ">not retryable</text>", ">flint</text>"] {
            #expect(dom.contains(label), "the DOM has no chart label \(label)")
        }
        for id in ["over-time", "summary", "top-errors", "retryability", "retries", "changes", "endpoints"] {
            #expect(dom.contains("<section id=\"\(id)\">"))
        }
        #expect(!dom.contains("<script"))
    }

    @Test("markup from the logs stays text in the browser's DOM")
    func hostileLogTextStaysText() throws {
        let directory = try TemporaryDirectory()
        try directory.write("hostile.jsonl", NightlyReportTests.hostileLog)
        _ = try faultline("ingest", "--db", "h.db", "--quiet", "hostile.jsonl", in: directory.url)
        let written = try faultline("report", "--db", "h.db", "nightly", "--format", "html", "--output", "h.html", in: directory.url)
        #expect(written.status == 0, "\(written)")
        let dom = try Chromium.dumpDOM(directory.path("h.html"), in: directory)
        #expect(!dom.contains("<script"))
        #expect(!dom.contains("<img"))
        #expect(dom.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
    }
}
