import Foundation

/// The `faultline` executable that `swift build --build-tests` put next to the test bundle, run as a
/// subprocess the way a person or a cron job runs it.
enum FaultlineBinary {
    /// Where the binary is: the first of `folders` that holds one.
    static let url: URL = {
        for folder in folders {
            let candidate = folder.appendingPathComponent("faultline")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return folders[0].appendingPathComponent("faultline")
    }()

    /// Where to look. The test bundle (`…/debug/faultlinePackageTests.xctest`) sits in the products folder
    /// next to the package's executables, whatever `--scratch-path` or configuration built it; on Linux the
    /// bundle is the running executable itself, on macOS a bundle that `xctest` loaded.
    static let folders: [URL] = {
        var folders: [URL] = []
        let testBundle = Bundle(for: BundleMarker.self).bundleURL
        if testBundle.pathExtension == "xctest" { folders.append(testBundle.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            folders.append(executable.deletingLastPathComponent())
        }
        folders.append(Bundle.main.bundleURL)
        // Last resort: the default build folder of a fresh clone.
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        return folders
    }()

    /// Writing to a pipe whose reader has gone raises SIGPIPE, which would end the whole test process.
    static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// A class of this module: its bundle is the test bundle.
    private final class BundleMarker {}

    /// The package's root folder (`samples/` lives there).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What every run gets: the caller's environment without anything that would change faultline's
    /// behaviour (`FAULTLINE_DB`), and a fixed terminal width. stdout is a file, not a terminal, so tables
    /// come out at full width whatever `COLUMNS` says; it is set so that a change to that rule shows up.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["FAULTLINE_DB"] = nil
        environment["COLUMNS"] = "120"
        environment["NO_COLOR"] = "1"
        return environment
    }
}

/// What one run of faultline printed and how it ended.
struct FaultlineResult: CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    /// True when the process was ended by a signal (`status` is then the signal number).
    let killed: Bool
    let stdoutData: Data
    let stderr: String

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }

    var description: String {
        "faultline \(arguments.joined(separator: " ")) → \(killed ? "signal" : "status") \(status)\n"
            + "stdout: \(stdout.prefix(2000))\nstderr: \(stderr.prefix(2000))"
    }
}

/// A faultline process that was started and not yet waited for.
final class RunningFaultline {
    let arguments: [String]
    let process = Process()
    private let stdoutURL: URL
    private let stderrURL: URL

    /// Starts faultline (or a copy of it at `executable`). Output goes to files: pipes would block a process
    /// that prints more than a pipe holds while nobody reads.
    init(
        _ arguments: [String], in directory: URL, stdin: Data? = nil, environment: [String: String] = [:],
        executable: URL = FaultlineBinary.url
    ) throws {
        self.arguments = arguments
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw FixtureError("no faultline executable at \(executable.path) (looked in \(FaultlineBinary.folders.map(\.path))); "
                + "build it with `swift build --build-tests`")
        }
        let name = UUID().uuidString
        stdoutURL = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-cli-\(name).out")
        stderrURL = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-cli-\(name).err")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = FaultlineBinary.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        // Standard input is a pipe, as in `echo … | faultline classify`. What tests send is far smaller than a
        // pipe's buffer, so writing it all at once cannot block; a process that exits without reading it must
        // not take the test runner down with SIGPIPE.
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice
        FaultlineBinary.ignoreBrokenPipes
        try process.run()
        if let input, let stdin {
            try? input.fileHandleForWriting.write(contentsOf: stdin)
            try? input.fileHandleForWriting.close()
        }
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Sends SIGKILL: no handler runs, nothing is flushed, exactly like `kill -9`.
    func kill() {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the process to end and collects what it printed.
    func finish() -> FaultlineResult {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
        }
        return FaultlineResult(
            arguments: arguments,
            status: process.terminationStatus,
            killed: process.terminationReason == .uncaughtSignal,
            stdoutData: (try? Data(contentsOf: stdoutURL)) ?? Data(),
            stderr: String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self))
    }
}

/// Runs faultline to completion in `directory`.
@discardableResult
func faultline(
    _ arguments: String..., in directory: URL, stdin: Data? = nil, environment: [String: String] = [:]
) throws -> FaultlineResult {
    try faultline(arguments, in: directory, stdin: stdin, environment: environment)
}

@discardableResult
func faultline(
    _ arguments: [String], in directory: URL, stdin: Data? = nil, environment: [String: String] = [:]
) throws -> FaultlineResult {
    try RunningFaultline(arguments, in: directory, stdin: stdin, environment: environment).finish()
}
