import CSQLite

/// A store failure worded for the person running faultline: what failed, SQLite's own words, and what to do next.
///
/// The CLI prints `description` as is, so every case ends with an action rather than a code.
/// Callers that need to branch (exit codes, retries) use `reason` instead of parsing the text.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    /// Broad classes of failure, stable enough to switch on.
    public enum Reason: Sendable, Equatable {
        case noStore, notAStore, newerStore, olderStore, damaged
        case writerBusy, locked, diskFull, readOnly, io, cannotOpen
        case invalidSQL, constraint, misuse, other
        /// Stopped on purpose (Ctrl-C, a time limit): the caller knows which, and words it.
        case interrupted
    }

    private enum Kind: Sendable {
        case sqlite(code: Int32, message: String, path: String, sql: String?, readOnlyConnection: Bool)
        case noStore(path: String)
        case notAStore(path: String, detail: String)
        case newerStore(path: String, version: Int, known: Int, unknownMigrations: [String])
        case olderStore(path: String, version: Int, known: Int)
        case inconsistent(path: String, detail: String)
        case writerBusy(path: String, pid: Int32?, waited: Duration)
        case lockFile(path: String, systemMessage: String)
        case misuse(String)
    }

    private let kind: Kind

    private init(_ kind: Kind) { self.kind = kind }

    static func sqlite(code: Int32, message: String, path: String, sql: String?, readOnly: Bool) -> StoreError {
        StoreError(.sqlite(code: code, message: message, path: path, sql: sql, readOnlyConnection: readOnly))
    }
    static func noStore(path: String) -> StoreError { StoreError(.noStore(path: path)) }
    static func notAStore(path: String, detail: String) -> StoreError { StoreError(.notAStore(path: path, detail: detail)) }
    static func newerStore(path: String, version: Int, known: Int, unknownMigrations: [String]) -> StoreError {
        StoreError(.newerStore(path: path, version: version, known: known, unknownMigrations: unknownMigrations))
    }
    static func olderStore(path: String, version: Int, known: Int) -> StoreError {
        StoreError(.olderStore(path: path, version: version, known: known))
    }
    static func inconsistent(path: String, detail: String) -> StoreError { StoreError(.inconsistent(path: path, detail: detail)) }
    static func writerBusy(path: String, pid: Int32?, waited: Duration) -> StoreError {
        StoreError(.writerBusy(path: path, pid: pid, waited: waited))
    }
    static func lockFile(path: String, systemMessage: String) -> StoreError {
        StoreError(.lockFile(path: path, systemMessage: systemMessage))
    }
    static func misuse(_ message: String) -> StoreError { StoreError(.misuse(message)) }

    /// SQLite's extended result code, when SQLite reported the failure.
    public var sqliteCode: Int32? {
        if case .sqlite(let code, _, _, _, _) = kind { return code }
        return nil
    }

    /// SQLite's own message, when SQLite reported the failure.
    public var sqliteMessage: String? {
        if case .sqlite(_, let message, _, _, _) = kind { return message }
        return nil
    }

    /// The statement that failed, when there was one.
    public var sql: String? {
        if case .sqlite(_, _, _, let sql, _) = kind { return sql }
        return nil
    }

    public var reason: Reason {
        switch kind {
        case .noStore: return .noStore
        case .notAStore: return .notAStore
        case .newerStore: return .newerStore
        case .olderStore: return .olderStore
        case .inconsistent: return .damaged
        case .writerBusy: return .writerBusy
        case .lockFile: return .cannotOpen
        case .misuse: return .misuse
        case .sqlite(let code, _, _, _, _):
            switch code & 0xFF {
            case SQLITE_FULL: return .diskFull
            case SQLITE_BUSY, SQLITE_LOCKED: return .locked
            case SQLITE_NOTADB: return .notAStore
            case SQLITE_CORRUPT: return .damaged
            case SQLITE_READONLY, SQLITE_AUTH: return .readOnly
            case SQLITE_CANTOPEN: return .cannotOpen
            case SQLITE_IOERR: return .io
            case SQLITE_INTERRUPT: return .interrupted
            case SQLITE_CONSTRAINT: return .constraint
            case SQLITE_ERROR: return .invalidSQL
            case SQLITE_MISUSE, SQLITE_RANGE: return .misuse
            default: return .other
            }
        }
    }

    public var description: String {
        switch kind {
        case .noStore(let path):
            return "no store at \(path) — run `faultline ingest --db \(path) <logs>` first"
        case .notAStore(let path, let detail):
            return "\(path) is not a faultline store (\(detail)); choose another --db path"
        case .newerStore(let path, let version, let known, let unknown):
            let names = unknown.isEmpty ? "" : "; unknown migrations: \(unknown.joined(separator: ", "))"
            return "\(path) was written by a newer faultline (schema version \(version), this faultline knows up to "
                + "\(known)\(names)); upgrade faultline, or use another --db path"
        case .olderStore(let path, let version, let known):
            return "\(path) uses an older store format (schema version \(version), current is \(known)) and is open "
                + "read-only; run `faultline ingest --db \(path) <logs>` once to upgrade it"
        case .inconsistent(let path, let detail):
            return "\(path) has a damaged migration history (\(detail)); restore it from a backup, "
                + "or move it aside and ingest the logs again"
        case .writerBusy(let path, let pid, let waited):
            let who = pid.map { "another ingest (pid \($0))" } ?? "another ingest"
            let check = pid.map { " (check with `ps -p \($0)`)" } ?? ""
            return "\(who) is writing to \(path); waited \(waited.formattedSeconds) for it to finish. "
                + "Re-run when it is done\(check), or use another --db path"
        case .lockFile(let path, let systemMessage):
            return "cannot create the ingest lock file \(path): \(systemMessage); check that the directory exists and is writable"
        case .misuse(let message):
            return message
        case .sqlite(let code, let message, let path, let sql, let readOnlyConnection):
            return Self.describe(code: code, message: message, path: path, sql: sql, readOnlyConnection: readOnlyConnection)
        }
    }

    private static func describe(code: Int32, message: String, path: String, sql: String?, readOnlyConnection: Bool) -> String {
        let sqlite = "(SQLite: \(message))"
        switch code & 0xFF {
        case SQLITE_FULL:
            return "could not write to \(path): the disk is full; free space and re-run: ingest resumes where it stopped \(sqlite)"
        case SQLITE_BUSY, SQLITE_LOCKED:
            return "\(path) is locked by another program and stayed locked for 5 s; wait for it to finish, then re-run \(sqlite)"
        case SQLITE_NOTADB:
            return "\(path) is not a faultline store (not an SQLite database)"
        case SQLITE_CORRUPT:
            return "\(path) is damaged \(sqlite); restore it from a backup, or move it aside and ingest the logs again"
        case SQLITE_AUTH:
            return "refused\(quoted(sql)): \(ReadOnlyAuthorizer.rule) \(sqlite)"
        case SQLITE_READONLY where readOnlyConnection:
            return "cannot change \(path): it is open read-only, for reports; queries may only read\(quoted(sql)) \(sqlite)"
        case SQLITE_READONLY:
            return "cannot write to \(path): the file or its directory is read-only; fix the permissions or use another --db path \(sqlite)"
        case SQLITE_CANTOPEN:
            return "cannot open \(path) \(sqlite); check that its directory exists and that you may read (and, to ingest, write) it"
        case SQLITE_IOERR:
            return "reading or writing \(path) failed \(sqlite); check the disk, then re-run: ingest resumes where it stopped"
        case SQLITE_CONSTRAINT:
            return "the store refused data that breaks its rules \(sqlite)\(quoted(sql)); nothing of that write was kept. "
                + "This is a faultline bug: please report it"
        case SQLITE_ERROR where message.hasPrefix("not authorized"):
            return "refused\(quoted(sql)): \(ReadOnlyAuthorizer.rule) \(sqlite)"
        case SQLITE_ERROR:
            return "SQLite rejected the statement: \(message)\(quoted(sql)); check it against the store's tables (see the `errors` view)"
        default:
            return "SQLite failed on \(path) (code \(code)): \(message)\(quoted(sql))"
        }
    }

    /// Quotes a statement compactly; whole report queries would drown the message.
    private static func quoted(_ sql: String?) -> String {
        guard let sql else { return "" }
        let flat = sql.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return " in `\(flat.count > 160 ? String(flat.prefix(157)) + "..." : flat)`"
    }
}

extension Duration {
    /// "0.3 s", "30 s": people read lock waits in seconds.
    fileprivate var formattedSeconds: String {
        let (seconds, attoseconds) = components
        let tenths = attoseconds / 100_000_000_000_000_000
        return tenths == 0 ? "\(seconds) s" : "\(seconds).\(tenths) s"
    }
}
