import CSQLite
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Faults an unlucky or hostile user runs into: each ends with a message and a documented status, never a hang
/// or a crash.
@Suite("Reliability") struct ReliabilityTests {
    /// Opening a FIFO that nobody writes to blocks forever (with the ingest lock held); it is skipped and counted.
    @Test func aFIFOInAnIngestedFolderIsSkippedWithAReasonInsteadOfHanging() throws {
        let directory = try TemporaryDirectory()
        try directory.write("logs/a.jsonl", #"{"status":500,"provider":"flint","body":{"error":{"code":"X"}}}"# + "\n")
        #expect(mkfifo(directory.path("logs/b.jsonl"), 0o644) == 0)
        let running = try RunningFaultline(["ingest", "--db", "x.db", "--quiet", "--json", "logs"], in: directory.url)
        let deadline = Date().addingTimeInterval(20)
        while running.isRunning, Date() < deadline { usleep(20_000) }
        let hung = running.isRunning
        running.kill()
        let result = running.finish()
        #expect(!hung, "ingest hung on a FIFO")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains(#""not_regular": 1"#), "\(result)")
        #expect(result.stdout.contains(#""lines": 1"#), "\(result)")
        let human = try faultline("ingest", "--db", "y.db", "--quiet", "logs", in: directory.url)
        #expect(human.stderr.contains("logs/b.jsonl: a FIFO (named pipe), not a log file"), "\(human)")
    }

    @Test(arguments: [["report", "summary", "--db", "samples.db"], ["report", "top-errors", "--format", "csv", "--db", "samples.db"],
                      ["query", "q.sql", "--db", "samples.db"], ["catalog"], ["classify", "--status", "429", "body.json"]])
    func aFullStandardOutputEndsWithAMessageAndTheWriteErrorStatus(_ command: [String]) throws {
        let store = try SampleStore()
        try store.directory.write("q.sql", "SELECT 1 AS one;\n")
        try store.directory.write("body.json", #"{"error":{"code":"RATE_LIMIT_EXCEEDED"}}"#)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try runWithStandardOutput(command, in: store.directory.url, stdout: full)
        expectNoCrash(result)
        #expect(result.status == 74, "\(result)")
        #expect(result.stderr.contains("cannot write to standard output: no space left on the device"), "\(result)")
    }

    /// SIGPIPE is ignored here (the test process ignores it, and an ignored signal stays ignored in children),
    /// as job runners and some shells do: the write fails with EPIPE instead.
    @Test func aClosedStandardOutputEndsWithAMessageAndTheWriteErrorStatus() throws {
        let store = try SampleStore()
        FaultlineBinary.ignoreBrokenPipes
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try runWithStandardOutput(["report", "timeline", "--db", store.db], in: store.directory.url,
                                               stdout: pipe.fileHandleForWriting)
        expectNoCrash(result)
        #expect(result.status == 74, "\(result)")
        #expect(result.stderr.contains("cannot write to standard output: the program reading it has exited"), "\(result)")
    }

    @Test func aFullStandardOutputFailsTheIngestSummaryToo() throws {
        let directory = try TemporaryDirectory()
        try directory.copySamples()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try runWithStandardOutput(["ingest", "--db", "x.db", "--quiet", "--json", "samples"], in: directory.url, stdout: full)
        expectNoCrash(result)
        #expect(result.status == 74, "\(result)")
    }

    static let reports = ["top-errors", "changes", "retries", "unknown", "top-messages", "retryability", "requests",
                          "summary", "timeline", "endpoints", "rejects", "new-codes"]

    /// A WAL store needs a `-shm` file beside it; a reader who cannot write the folder (a read-only medium, a
    /// shared folder) could not read it at all. Run as an unprivileged user, since root may write anywhere.
    @Test func everyReportReadsAStoreInAFolderTheReaderCannotWrite() throws {
        let store = try SampleStore()
        try store.directory.write("q.sql", "SELECT count(*) AS n FROM errors;\n")
        let folder = store.directory.url.path
        // As a store copied to a read-only medium is: the file alone, no -shm beside it (a cleanly closed store
        // has no -wal; a -shm may outlive the ingest).
        #expect((try? FileManager.default.attributesOfItem(atPath: store.directory.path(store.db + "-wal"))[.size] as? Int) ?? 0 == 0)
        try? FileManager.default.removeItem(atPath: store.directory.path(store.db + "-shm"))
        try? FileManager.default.removeItem(atPath: store.directory.path(store.db + "-wal"))
        #expect(chmod(store.directory.path(store.db), 0o444) == 0)
        #expect(chmod(folder, 0o555) == 0)
        defer { _ = chmod(folder, 0o755) }
        let commands = Self.reports.map { ["report", $0] } + [["report", "request", "req_storm7f3k2m9q1z"], ["query", "q.sql"]]
        for command in commands {
            let result = try runAsUnprivilegedUser(command + ["--db", store.db, "--format", "csv"], in: store.directory.url)
            expectNoCrash(result)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.utf8.count > 4, "\(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: store.directory.path(store.db + "-shm")))
    }

    @Test func aStoreWrittenByANewerFaultlineGetsItsOwnStatus() throws {
        let store = try SampleStore()
        var db: OpaquePointer?
        #expect(sqlite3_open(store.directory.path(store.db), &db) == SQLITE_OK)
        #expect(sqlite3_exec(db, "INSERT INTO schema_migrations (name, applied_at) VALUES ('999_from_the_future', ''); PRAGMA user_version = 999;", nil, nil, nil) == SQLITE_OK)
        sqlite3_close(db)
        for command in [["report", "summary"], ["query", "q.sql"], ["ingest", "--quiet", "samples"]] {
            try store.directory.write("q.sql", "SELECT 1;\n")
            let result = try faultline(command + ["--db", store.db], in: store.directory.url)
            #expect(result.status == 76, "\(result)")
            #expect(result.stderr.contains("was written by a newer faultline"), "\(result)")
            #expect(result.stderr.contains("upgrade faultline"), "\(result)")
        }
    }

    static let endlessQuery = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) AS c FROM n;\n"

    @Test func aQueryLongerThanItsTimeoutIsStoppedWithItsOwnStatus() throws {
        let store = try SampleStore()
        try store.directory.write("endless.sql", Self.endlessQuery)
        let started = Date()
        let result = try faultline("query", "endless.sql", "--db", store.db, "--timeout", "0.5", in: store.directory.url)
        #expect(result.status == 124, "\(result)")
        #expect(result.stderr.contains("ran longer than --timeout 0.5 s"), "\(result)")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func ctrlCStopsALongQueryPromptlyWithAMessage() throws {
        let store = try SampleStore()
        try store.directory.write("endless.sql", Self.endlessQuery)
        let running = try RunningFaultline(["query", "endless.sql", "--db", store.db], in: store.directory.url)
        usleep(1_000_000)
        #expect(running.isRunning)
        let sent = Date()
        _ = Foundation.kill(running.pid, SIGINT)
        while running.isRunning, Date().timeIntervalSince(sent) < 5 { usleep(10_000) }
        let stopped = !running.isRunning
        running.kill()
        let result = running.finish()
        #expect(stopped, "the query went on after Ctrl-C")
        #expect(result.status == 130 && !result.killed, "\(result)")
        #expect(result.stderr.contains("interrupted (Ctrl-C)"), "\(result)")
    }

    /// Runs faultline as `nobody` when this test runs as root (through `setpriv`), else as the current user.
    private func runAsUnprivilegedUser(_ arguments: [String], in directory: URL) throws -> FaultlineResult {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", FaultlineBinary.url.path] + arguments
        } else {
            process.executableURL = FaultlineBinary.url
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = FaultlineBinary.environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return FaultlineResult(arguments: arguments, status: process.terminationStatus,
                               killed: process.terminationReason == .uncaughtSignal, stdoutData: stdout,
                               stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func runWithStandardOutput(_ arguments: [String], in directory: URL, stdout: FileHandle) throws -> FaultlineResult {
        let process = Process()
        process.executableURL = FaultlineBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = FaultlineBinary.environment
        process.standardOutput = stdout
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-cli-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return FaultlineResult(
            arguments: arguments, status: process.terminationStatus, killed: process.terminationReason == .uncaughtSignal,
            stdoutData: Data(), stderr: String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self))
    }
}
