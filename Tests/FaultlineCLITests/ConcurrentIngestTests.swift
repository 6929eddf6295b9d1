import Foundation
import Testing

@Suite("A second ingest into a store that is being written")
struct ConcurrentIngestTests {
    /// Waits until `run` holds the ingest lock: the lock file names its pid.
    static func waitForLock(of run: RunningFaultline, store: String, in directory: TemporaryDirectory) throws {
        let lockFile = directory.path(store + ".ingest-lock")
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: lockFile, encoding: .utf8),
                text.trimmingCharacters(in: .whitespacesAndNewlines) == String(run.pid) {
                return
            }
            guard run.isRunning else { throw FixtureError("the first ingest ended before it was seen holding the lock") }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw FixtureError("the first ingest never took the lock")
    }

    @Test("with --wait 0 it fails at once with status 75 naming the running ingest; reports still read; with --wait it runs after")
    func secondIngestWaitsOrFailsWhileReportsRead() throws {
        let directory = try TemporaryDirectory()
        try directory.copySamples()
        try GeneratedLogs.write(into: directory)
        try directory.write("extra.jsonl", AwkwardMessages.logText)
        let seeded = try faultline("ingest", "--db", "s.db", "--quiet", "samples", in: directory.url)
        try #require(seeded.status == 0, "\(seeded)")

        let first = try RunningFaultline(["ingest", "--db", "s.db", "--quiet", GeneratedLogs.folder], in: directory.url)
        defer { first.kill() }
        try Self.waitForLock(of: first, store: "s.db", in: directory)

        let busy = try faultline("ingest", "--db", "s.db", "--wait", "0", "--quiet", "extra.jsonl", in: directory.url)
        #expect(busy.status == 75, "\(busy)")
        #expect(busy.stdout.isEmpty)
        #expect(busy.stderr.contains("another ingest (pid \(first.pid)) is writing to s.db"), "\(busy.stderr)")
        #expect(busy.stderr.contains("Re-run when it is done"), "\(busy.stderr)")
        expectNoCrash(busy)

        let reading = try faultline("report", "--db", "s.db", "summary", "--format", "json", in: directory.url)
        #expect(reading.status == 0, "\(reading)")
        #expect(try jsonRows(reading.stdoutData).contains { $0["provider"]?.text == "all" })

        let waiting = try RunningFaultline(
            ["ingest", "--db", "s.db", "--wait", "60", "--quiet", "--json", "extra.jsonl"], in: directory.url)
        #expect(first.isRunning, "the checks above ran while the first ingest was writing")
        let firstResult = first.finish()
        let waitingResult = waiting.finish()
        #expect(firstResult.status == 0, "\(firstResult)")
        #expect(waitingResult.status == 0, "\(waitingResult)")
        let extra = try jsonObject(waitingResult.stdoutData)
        #expect(extra["lines"]?.integer == Int64(AwkwardMessages.cases.count + AwkwardMessages.rejectedLines.count))

        // The runs did not overlap: the waiting one started (took the lock) after the first had finished.
        let runsSQL = try directory.write("runs.sql", "SELECT started_at, finished_at, files, outcome FROM ingest_runs ORDER BY id")
        let runs = try CSVReader.rows(faultline("query", "--db", "s.db", "--format", "csv", runsSQL, in: directory.url).stdout).rows
        #expect(runs.count == 3, "the refused ingest recorded no run: \(runs)")
        if runs.count == 3 {
            #expect(runs.allSatisfy { $0["outcome"] == "ok" })
            let firstFinished = try #require(runs[1]["finished_at"]), waitingStarted = try #require(runs[2]["started_at"])
            #expect(waitingStarted >= firstFinished, "waiting ingest started \(waitingStarted), first finished \(firstFinished)")
        }
    }
}
