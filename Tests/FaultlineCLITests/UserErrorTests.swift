import Foundation
import Testing

/// Fails the test when faultline crashed or printed a Swift runtime trap instead of a message.
func expectNoCrash(_ result: FaultlineResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!result.killed, "faultline died of a signal: \(result)", sourceLocation: sourceLocation)
    for sign in ["Fatal error", "Stack dump", "Current stack trace", "Illegal instruction", "Segmentation fault", "💣"] {
        #expect(!result.stderr.contains(sign), "stderr shows a crash (\(sign)): \(result.stderr)", sourceLocation: sourceLocation)
    }
}

/// A mistake a person makes, the exit status the README documents for it, and phrases the message must hold.
struct UserMistake: CustomTestStringConvertible, Sendable {
    let name: String
    let arguments: [String]
    let status: Int32
    let phrases: [String]

    var testDescription: String { name }

    static let all: [UserMistake] = [
        UserMistake(name: "missing input file", arguments: ["ingest", "--db", "new.db", "nosuch.jsonl"],
                    status: 66, phrases: ["no such file: nosuch.jsonl", "check the path"]),
        UserMistake(name: "unknown report", arguments: ["report", "--db", "samples.db", "top-erors"],
                    status: 64, phrases: [#"no report named "top-erors""#, "did you mean top-errors?", "faultline report --list"]),
        UserMistake(name: "store missing for a report", arguments: ["report", "--db", "nosuch.db", "summary"],
                    status: 66, phrases: ["no store at nosuch.db", "faultline ingest --db nosuch.db <logs>"]),
        UserMistake(name: "bad --field name", arguments: ["ingest", "--db", "new.db", "--field", "nosuch=a.b", "samples/flint.jsonl"],
                    status: 64, phrases: ["bad field mapping 'nosuch=a.b'", "unknown field name 'nosuch'", "status, body"]),
        UserMistake(name: "bad --field form", arguments: ["ingest", "--db", "new.db", "--field", "status", "samples/flint.jsonl"],
                    status: 64, phrases: ["bad field mapping 'status'", "NAME=dotted.path"]),
        UserMistake(name: "bad --since", arguments: ["report", "--db", "samples.db", "summary", "--since", "lastweek"],
                    status: 64, phrases: [#"cannot read "lastweek" as a time"#, "2026-11-22", "24h", "yesterday"]),
        UserMistake(name: "bad --since unit", arguments: ["report", "--db", "samples.db", "top-errors", "--since", "3x"],
                    status: 64, phrases: [#""x" is not a unit"#, "m (minutes)"]),
        UserMistake(name: "--since not before --until",
                    arguments: ["report", "--db", "samples.db", "timeline", "--since", "2026-11-23", "--until", "2026-11-22"],
                    status: 64, phrases: ["is not before until", "swap them"]),
        UserMistake(name: "unknown option", arguments: ["report", "--db", "samples.db", "summary", "--frobnicate"],
                    status: 64, phrases: ["Unknown option '--frobnicate'", "faultline report --help"]),
        UserMistake(name: "filter a report does not take", arguments: ["report", "--db", "samples.db", "rejects", "--provider", "flint"],
                    status: 64, phrases: ["the rejects report does not take provider", "it takes limit"]),
        UserMistake(name: "request report without an id", arguments: ["report", "--db", "samples.db", "request"],
                    status: 64, phrases: ["needs a request id", "faultline report request ID"]),
        UserMistake(name: "report without a name", arguments: ["report", "--db", "samples.db"],
                    status: 64, phrases: ["name a report to run", "faultline report --list"]),
        UserMistake(name: "bad --bucket", arguments: ["report", "--db", "samples.db", "timeline", "--bucket", "week"],
                    status: 64, phrases: ["--bucket takes hour or day"]),
        UserMistake(name: "bad --format", arguments: ["report", "--db", "samples.db", "summary", "--format", "xml"],
                    status: 64, phrases: ["xml", "--format"]),
        UserMistake(name: "bad --max-rejects", arguments: ["ingest", "--db", "new.db", "--max-rejects", "lots", "samples"],
                    status: 64, phrases: ["--max-rejects takes a count (100) or a percentage (1%)"]),
        UserMistake(name: "unknown catalog provider", arguments: ["catalog", "--provider", "stripe"],
                    status: 64, phrases: ["unknown provider 'stripe'", "flint"]),
        UserMistake(name: "classify a missing file", arguments: ["classify", "nosuch-body.json"],
                    status: 66, phrases: ["cannot read nosuch-body.json", "help:"]),
        UserMistake(name: "query file missing", arguments: ["query", "--db", "samples.db", "nosuch.sql"],
                    status: 66, phrases: ["cannot read nosuch.sql", "no such file"]),
        UserMistake(name: "query with invalid SQL", arguments: ["query", "--db", "samples.db", "broken.sql"],
                    status: 64, phrases: ["SQLite rejected the statement", "no such table: nosuch"]),
        UserMistake(name: "query that writes", arguments: ["query", "--db", "samples.db", "writes.sql"],
                    status: 64, phrases: ["read-only"]),
        UserMistake(name: "report written over the store", arguments: ["report", "--db", "samples.db", "summary", "--output", "samples.db"],
                    status: 64, phrases: ["refusing to write the report over the store", "another file name"]),
        UserMistake(name: "a field mapped twice", arguments: ["ingest", "--db", "new.db", "--field", "status=a", "--field", "status=b", "samples/flint.jsonl"],
                    status: 64, phrases: ["status is mapped twice"]),
    ]
}

@Suite("Mistakes get a clear message on stderr, nothing on stdout, and the documented exit status")
struct UserErrorTests {
    @Test("each mistake", arguments: UserMistake.all)
    func mistakeIsReportedClearly(_ mistake: UserMistake) throws {
        let store = try SampleStore()
        try store.directory.write("broken.sql", "SELECT * FROM nosuch;\n")
        try store.directory.write("writes.sql", "DELETE FROM events;\n")
        let result = try faultline(mistake.arguments, in: store.directory.url)
        #expect(result.status == mistake.status, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        for phrase in mistake.phrases {
            #expect(result.stderr.contains(phrase), "stderr lacks \(phrase.debugDescription): \(result.stderr)")
        }
        expectNoCrash(result)
        // A failed ingest must not leave a store behind, and a failed report must not create one.
        #expect(!FileManager.default.fileExists(atPath: store.directory.path("new.db")))
        #expect(!FileManager.default.fileExists(atPath: store.directory.path("nosuch.db")))
    }

    @Test("a damaged gzip keeps the lines before the damage and exits 65, so a nightly job notices")
    func damagedInputExitsWithDataError() throws {
        let directory = try TemporaryDirectory()
        try directory.copySamples()
        let whole = try Data(contentsOf: directory.url.appendingPathComponent("samples/nightly-2026-11-22.jsonl.gz"))
        try whole.prefix(whole.count / 2).write(to: directory.url.appendingPathComponent("cut.jsonl.gz"))
        let result = try faultline("ingest", "--db", "cut.db", "--json", "cut.jsonl.gz", in: directory.url)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("cut.jsonl.gz is damaged"), "\(result.stderr)")
        #expect(try jsonObject(result.stdoutData)["damaged"]?.integer == 1)
        #expect((try jsonObject(result.stdoutData)["lines"]?.integer ?? 0) > 0)
        expectNoCrash(result)
        // The same store still reads fine, and the file shows as damaged in it.
        let summary = try faultline("report", "--db", "cut.db", "summary", "--format", "json", in: directory.url)
        #expect(summary.status == 0, "\(summary)")
    }

    @Test("--max-rejects 1 on bad-lines.jsonl exits 65, and the readable lines and the rejects are still stored")
    func tooManyRejectsStillStoresTheLines() throws {
        let directory = try TemporaryDirectory()
        try directory.copySamples()
        let result = try faultline("ingest", "--db", "bad.db", "--max-rejects", "1", "--json", "samples/bad-lines.jsonl",
                                   in: directory.url)
        #expect(result.status == 65, "\(result)")
        #expect(result.stderr.contains("6 of 12 lines were rejected, more than --max-rejects allows"), "\(result.stderr)")
        #expect(result.stderr.contains("faultline report rejects"), "\(result.stderr)")
        expectNoCrash(result)

        let rejects = try faultline("report", "--db", "bad.db", "rejects", "--format", "json", in: directory.url)
        #expect(rejects.status == 0, "\(rejects)")
        #expect(try jsonRows(rejects.stdoutData).map { $0["line"]?.integer } == [3, 4, 5, 6, 10, 11])

        let summary = try faultline("report", "--db", "bad.db", "summary", "--format", "json", in: directory.url)
        let all = try #require(try jsonRows(summary.stdoutData).first { $0["provider"]?.text == "all" })
        #expect(all["lines"]?.integer == 4, "2 errors and 2 successes")
        #expect(all["errors"]?.integer == 2)
        #expect(all["rejected"]?.integer == 6)

        // The same file again adds nothing: the run that exited 65 had committed everything.
        let again = try faultline("ingest", "--db", "bad.db", "--json", "samples/bad-lines.jsonl", in: directory.url)
        #expect(again.status == 0, "\(again)")
        #expect(try jsonObject(again.stdoutData)["skipped_lines"]?.integer == 12)
    }
}
