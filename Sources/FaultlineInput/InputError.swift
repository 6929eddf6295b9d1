#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything that can stop the tool from reading its inputs.
///
/// Each `description` is written for the person at the terminal: what went wrong,
/// why it matters, and what to try next, because these messages are usually the
/// only thing they see of a failed nightly run.
///
/// Damaged gzip data is deliberately *not* an `InputError`: a truncated or corrupt
/// stream still yields the lines before the damage, so it is reported through
/// `ByteSource.damage` / `LineChunker.damage` instead of being thrown.
public enum InputError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A named file (not a glob) does not exist.
    case noSuchFile(path: String)
    /// A glob pattern matched no file. `foldersMatched` counts matches skipped because they were folders.
    case noMatches(pattern: String, foldersMatched: Int)
    /// A folder was named but holds no file with a log extension.
    case noLogFilesInFolder(path: String, otherFiles: Int)
    /// The file or folder exists but cannot be opened or listed.
    case unreadable(path: String, reason: String)
    /// The operating system reported an error while reading.
    case readFailed(path: String, afterBytes: Int64, reason: String)
    /// A resume offset lies past the end of the (decompressed) input.
    case resumeBeyondEnd(path: String, requested: Int64, available: Int64)
    /// Standard input was asked to be opened a second time (e.g. to fingerprint it separately).
    case standardInputNotRepeatable

    public var description: String {
        switch self {
        case .noSuchFile(let path):
            return "no such file: \(path) — check the path; a folder or a quoted glob like 'logs/*.jsonl.gz' also works"
        case .noMatches(let pattern, let folders):
            let folderNote = folders > 0
                ? " (it matched \(folders) folder\(folders == 1 ? "" : "s"), which a pattern does not descend into)"
                : ""
            return "no files match \(pattern)\(folderNote) — check the folder and the pattern; name a folder to take all its .jsonl/.ndjson/.json/.log files (and their .gz versions)"
        case .noLogFilesInFolder(let path, let others):
            let what = others == 0 ? "it is empty" : "it has \(others) other file\(others == 1 ? "" : "s")"
            return "no log files in folder \(path) (\(what)) — a folder contributes only files ending in .jsonl, .ndjson, .json or .log, optionally followed by .gz; name other files directly or with a quoted glob like '\(InputError.joined(path, "*.txt"))'"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason) — check that it exists and that this user may read it (ls -l), or copy it somewhere readable"
        case .readFailed(let path, let after, let reason):
            return "read error in \(path) after \(after) bytes: \(reason) — the disk or network filesystem failed; copy the file locally and run again (already ingested lines are kept)"
        case .resumeBeyondEnd(let path, let requested, let available):
            return "cannot resume \(path) at byte \(requested): it now holds only \(available) bytes — it was truncated or replaced since the last run; ingest it again from the start"
        case .standardInputNotRepeatable:
            return "standard input can be read only once — save it to a file first if it must be read twice"
        }
    }

    /// `strerror` text for an errno value: the OS's own words for the cause.
    static func reason(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
