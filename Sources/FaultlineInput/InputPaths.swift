#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns command-line arguments into the list of inputs to read.
///
/// Nightly logs arrive as a folder of rotated files, a shell glob, a single file,
/// or a pipe, and people quote globs (so the shell does not expand them) as often
/// as they don't. Everything is resolved up front so that a typo fails the run
/// before anything is ingested, with a message that says what to do.
public enum InputPaths {
    /// Extensions a folder contributes (each also with `.gz` after it). Compared case-insensitively.
    public static let logExtensions = [".jsonl", ".ndjson", ".json", ".log"]

    /// Expands `arguments` in order.
    ///
    /// - A folder contributes its files (not subfolders, not hidden files) whose names
    ///   end in a log extension, optionally followed by `.gz`, sorted by name.
    /// - An argument that does not exist as a path but contains `*`, `?` or `[` is a
    ///   glob pattern; it contributes the files it matches (folders it matches are skipped),
    ///   sorted by name, whatever their extension, since the user chose them.
    /// - `-` is standard input.
    /// - Anything else must be a readable file (pipes and `/dev/fd/N` are accepted).
    ///
    /// A file reached twice (same device and inode, whatever the spelling) appears once,
    /// at its first position. An empty argument list gives an empty result: whether that
    /// means "read standard input" is the caller's decision.
    public static func expand(_ arguments: [String]) throws -> [InputPath] {
        try resolve(arguments).inputs
    }

    /// What `resolve` found: the inputs to read, and the folder or glob entries passed over unread.
    public struct Expansion: Sendable, Equatable {
        public var inputs: [InputPath] = []
        /// Entries of a folder or glob that are not regular files (FIFOs, sockets, devices): opening a FIFO
        /// nobody writes to blocks forever, with the ingest lock held, so they are skipped and counted instead.
        /// Named explicitly on the command line, a FIFO is read (`<(zcat dump.gz)` is one).
        public var notRegular: [(path: String, kind: String)] = []

        public static func == (a: Expansion, b: Expansion) -> Bool {
            a.inputs == b.inputs && a.notRegular.map(\.path) == b.notRegular.map(\.path)
                && a.notRegular.map(\.kind) == b.notRegular.map(\.kind)
        }
    }

    /// `expand`, also returning the folder and glob entries skipped because they are not regular files.
    public static func resolve(_ arguments: [String]) throws -> Expansion {
        var result: [InputPath] = []
        var notRegular: [(path: String, kind: String)] = []
        var seen = Set<FileIdentity>()
        var sawStandardInput = false

        func add(_ path: String, _ identity: FileIdentity) {
            if seen.insert(identity).inserted { result.append(.file(path)) }
        }

        for argument in arguments {
            if argument == "-" {
                if !sawStandardInput { result.append(.standardInput) }
                sawStandardInput = true
                continue
            }
            var info = stat()
            if stat(argument, &info) == 0 {
                if isDirectory(info) {
                    for (path, identity) in try folderContents(argument, notRegular: &notRegular) { add(path, identity) }
                } else {
                    try checkReadable(argument)
                    add(argument, FileIdentity(info))
                }
                continue
            }
            let code = errno
            if code == EACCES {
                throw InputError.unreadable(path: argument, reason: InputError.reason(errno: code))
            }
            if isGlobPattern(argument) {
                for (path, identity) in try globMatches(argument, notRegular: &notRegular) { add(path, identity) }
            } else if code == ENOENT || code == ENOTDIR {
                throw InputError.noSuchFile(path: argument)
            } else {
                throw InputError.unreadable(path: argument, reason: InputError.reason(errno: code))
            }
        }
        return Expansion(inputs: result, notRegular: notRegular)
    }

    /// Whether a file name is one a folder contributes: a log extension, optionally followed by `.gz`.
    public static func isLogFileName(_ name: String) -> Bool {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        return logExtensions.contains { lower.hasSuffix($0) && lower.count > $0.count }
    }

    static func isGlobPattern(_ argument: String) -> Bool {
        argument.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    private static func folderContents(
        _ folder: String, notRegular: inout [(path: String, kind: String)]
    ) throws -> [(String, FileIdentity)] {
        guard let dir = opendir(folder) else {
            throw InputError.unreadable(path: folder, reason: InputError.reason(errno: errno))
        }
        defer { closedir(dir) }
        var names: [String] = []
        var others = 0
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name.hasPrefix(".") { continue }  // ".", "..", editor and rsync temporaries
            if isLogFileName(name) { names.append(name) } else { others += 1 }
        }
        var files: [(String, FileIdentity)] = []
        for name in names.sorted(by: byteOrder) {
            let path = InputError.joined(folder, name)
            var info = stat()
            guard stat(path, &info) == 0 else { continue }  // vanished or dangling link
            if isDirectory(info) { others += 1; continue }
            if let kind = specialKind(info) { notRegular.append((path, kind)); others += 1; continue }
            try checkReadable(path)
            files.append((path, FileIdentity(info)))
        }
        if files.isEmpty {
            throw InputError.noLogFilesInFolder(path: folder, otherFiles: others)
        }
        return files
    }

    private static func globMatches(
        _ pattern: String, notRegular: inout [(path: String, kind: String)]
    ) throws -> [(String, FileIdentity)] {
        var matches = glob_t()
        defer { globfree(&matches) }
        let status = glob(pattern, 0, nil, &matches)
        if status == GLOB_NOMATCH {
            throw InputError.noMatches(pattern: pattern, foldersMatched: 0)
        }
        if status != 0 {
            throw InputError.unreadable(path: pattern, reason: "the folder could not be listed")
        }
        var paths: [String] = []
        for index in 0..<Int(matches.gl_pathc) {
            if let cPath = matches.gl_pathv[index] { paths.append(String(cString: cPath)) }
        }
        var files: [(String, FileIdentity)] = []
        var folders = 0
        for path in paths.sorted(by: byteOrder) {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if isDirectory(info) { folders += 1; continue }
            if let kind = specialKind(info) { notRegular.append((path, kind)); continue }
            try checkReadable(path)
            files.append((path, FileIdentity(info)))
        }
        if files.isEmpty {
            throw InputError.noMatches(pattern: pattern, foldersMatched: folders)
        }
        return files
    }

    /// Fails early, with the OS's reason, rather than halfway through a run.
    private static func checkReadable(_ path: String) throws {
        if access(path, R_OK) != 0 {
            throw InputError.unreadable(path: path, reason: InputError.reason(errno: errno))
        }
    }

    /// What a folder entry is when it is neither a regular file nor a folder, else nil.
    static func specialKind(_ info: stat) -> String? {
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "not a regular file"
        }
    }

    private static func isDirectory(_ info: stat) -> Bool {
        (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Byte order, so the result does not depend on the locale or on Unicode normalisation.
    private static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
