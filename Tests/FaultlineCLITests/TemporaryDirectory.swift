import Foundation

/// A folder of its own for each test, removed when the test is done. faultline runs with it as its
/// current directory, so paths stored in the store (`samples/flint.jsonl`) are the same on every machine.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("faultline-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` to `name` (folders created as needed) and returns the file's path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    /// Copies the package's `samples/` folder here, as `samples/`.
    func copySamples() throws {
        try FileManager.default.copyItem(
            at: FaultlineBinary.packageRoot.appendingPathComponent("samples"), to: url.appendingPathComponent("samples"))
    }
}

/// A fresh store holding every file of `samples/`, ingested with the path `samples` from the folder's root:
/// what the golden files show.
final class SampleStore {
    let directory: TemporaryDirectory
    /// The store's file name, relative to `directory`.
    let db = "samples.db"

    init() throws {
        directory = try TemporaryDirectory()
        try directory.copySamples()
        let ingest = try faultline("ingest", "--db", db, "--quiet", "samples", in: directory.url)
        guard ingest.status == 0 else { throw FixtureError("ingesting the samples failed: \(ingest)") }
    }

    /// Runs `faultline report NAME ARGS… --db samples.db` in the store's folder.
    func report(_ arguments: [String]) throws -> FaultlineResult {
        try faultline(["report", "--db", db] + arguments, in: directory.url)
    }

    func report(_ arguments: String...) throws -> FaultlineResult { try report(arguments) }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
