import Foundation
import Testing

@Suite("ingest accounts for every line and says so")
struct IngestSummaryTests {
    @Test("ingest --json of the samples prints one JSON object whose counts add up to the lines read")
    func jsonSummaryCountsEveryLineOnce() throws {
        let directory = try TemporaryDirectory()
        try directory.copySamples()
        let result = try faultline("ingest", "--db", "samples.db", "--json", "samples", in: directory.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty, "no progress line and no human summary when stderr is not a terminal and --json is given")
        let summary = try jsonObject(result.stdoutData)
        let expected: [String: Int64] = [
            "files": 7, "lines": 1145, "errors": 472, "successes": 665, "rejects": 6, "blanks": 2,
            "skipped_lines": 0, "skipped_files": 0, "redactions": 11, "damaged": 0,
        ]
        for (key, value) in expected {
            #expect(summary[key]?.integer == value, "\(key)")
        }
        #expect(summary["store"]?.text == "samples.db")
        #expect(result.stdout.hasSuffix("}\n") && result.stdout.filter { $0 == "\n" }.count == 1, "one line")
    }

    @Test("ingesting the same files again adds nothing")
    func secondIngestSkipsEverything() throws {
        let directory = try TemporaryDirectory()
        try directory.copySamples()
        try faultline("ingest", "--db", "samples.db", "--quiet", "samples", in: directory.url)
        let again = try faultline("ingest", "--db", "samples.db", "--json", "samples", in: directory.url)
        #expect(again.status == 0, "\(again)")
        let summary = try jsonObject(again.stdoutData)
        #expect(summary["lines"]?.integer == 0)
        #expect(summary["skipped_lines"]?.integer == 1145)
        #expect(summary["skipped_files"]?.integer == 7)
    }

    @Test("without --json the summary is for people, on stderr, and stdout stays empty")
    func humanSummaryGoesToStandardError() throws {
        let directory = try TemporaryDirectory()
        try directory.copySamples()
        let result = try faultline("ingest", "--db", "samples.db", "samples", in: directory.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("ingested 7 files into samples.db in "), "\(result.stderr)")
        for line in ["  lines read        1145", "  errors stored     472", "  successes counted 665",
                     "  rejected          6  (see: faultline report rejects)", "  blank             2", "  redactions        11"] {
            #expect(result.stderr.contains(line + "\n"), "\(line): \(result.stderr)")
        }
    }

    @Test("ingest - reads standard input and stores what ingesting the file stores")
    func ingestReadsStandardInput() throws {
        let directory = try TemporaryDirectory()
        try directory.copySamples()
        let flint = try Data(contentsOf: directory.url.appendingPathComponent("samples/flint.jsonl"))
        let piped = try faultline(["ingest", "--db", "stdin.db", "--json", "-"], in: directory.url, stdin: flint)
        let read = try faultline("ingest", "--db", "file.db", "--json", "samples/flint.jsonl", in: directory.url)
        #expect(piped.status == 0 && read.status == 0, "\(piped)\n\(read)")
        let fromPipe = try jsonObject(piped.stdoutData), fromFile = try jsonObject(read.stdoutData)
        #expect(fromPipe["lines"]?.integer == 184)
        for key in ["lines", "errors", "successes", "rejects", "blanks", "redactions"] {
            #expect(fromPipe[key] == fromFile[key], "\(key)")
        }
        let reports = try ["stdin.db", "file.db"].map {
            try faultline("report", "--db", $0, "top-errors", "--format", "csv", in: directory.url).stdout
        }
        #expect(reports[0] == reports[1])
    }
}
