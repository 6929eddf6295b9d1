import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// One SQLite connection: opening, plain statements, prepared statements and transactions.
///
/// Not thread-safe: the connection is opened without SQLite's own mutex, because the hot ingest path
/// makes many small C calls per row. `StoreWriter` and `Store` serialise access for their callers.
public final class Database {
    /// How to open the file.
    public enum Mode: Sendable, Equatable {
        /// Read and write, creating the file if it is missing.
        case readWrite
        /// Read only; every write fails (SQLITE_READONLY), which is what reports want.
        case readOnly
    }

    /// How a transaction takes its lock.
    public enum TransactionKind: Sendable {
        /// Takes the write lock at BEGIN, so a busy store fails (or waits) before any work is done.
        case immediate
        /// Takes locks on first use; enough for read snapshots.
        case deferred
    }

    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    public static let busyTimeoutMilliseconds: Int32 = 5_000

    public let path: String
    public let mode: Mode
    let handle: OpaquePointer

    /// Process-wide settings, applied once before the first connection opens. Without allocation statistics
    /// SQLite takes no global lock per malloc (about 2 % of ingest's committing thread); statement journals
    /// stay in memory rather than going to temporary files.
    private static let configureSQLite: Void = {
        _ = faultline_sqlite3_disable_memory_statistics()
        _ = faultline_sqlite3_keep_statement_journals_in_memory()
    }()

    /// Opens (or, for `.readWrite`, creates) the database at `path`; `":memory:"` gives a private in-memory one.
    /// A read-only connection may only read the store (`ReadOnlyAuthorizer`).
    /// - Parameter immutable: read-only, from a file nothing can change: SQLite then needs no `-shm` file, which
    ///   a folder the reader cannot write (or a read-only medium) cannot hold.
    public init(path: String, mode: Mode, immutable: Bool = false) throws {
        _ = Self.configureSQLite
        var db: OpaquePointer?
        let access = mode == .readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let name = immutable && mode == .readOnly ? Self.immutableURI(path) : path
        let rc = sqlite3_open_v2(name, &db, access | SQLITE_OPEN_NOMUTEX | (immutable ? SQLITE_OPEN_URI : 0), nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw StoreError.sqlite(code: rc, message: message, path: path, sql: nil, readOnly: mode == .readOnly)
        }
        self.handle = db
        self.path = path
        self.mode = mode
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Self.busyTimeoutMilliseconds)
        if mode == .readOnly { ReadOnlyAuthorizer.install(on: db) }
    }

    private static func isPragma(_ sql: String) -> Bool {
        sql.drop { $0.isWhitespace }.prefix(6).lowercased() == "pragma"
    }

    /// `file:` URI of `path` with `immutable=1`; `%`, `?` and `#` in the path are escaped.
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return "file:\(escaped)?immutable=1"
    }

    deinit {
        // Statements keep their Database alive, so by now none is left and close cannot leave a zombie.
        sqlite3_close_v2(handle)
    }

    /// Makes the statement running now (and any started before the call returns) fail with SQLITE_INTERRUPT.
    /// Safe to call from another thread: it is how Ctrl-C stops a long query.
    public func interrupt() {
        sqlite3_interrupt(handle)
    }

    /// Statements still running `nanoseconds` from now fail with SQLITE_INTERRUPT; nil removes the limit.
    /// Checked every few thousand virtual machine steps, so a statement stops within milliseconds of it.
    public func stopStatements(afterNanoseconds nanoseconds: UInt64?) {
        guard let nanoseconds else {
            sqlite3_progress_handler(handle, 0, nil, nil)
            return
        }
        // The deadline travels as the context pointer's value: no object to keep alive.
        let deadline = Self.monotonicNanoseconds() + nanoseconds
        sqlite3_progress_handler(handle, 4096, { context in
            Database.monotonicNanoseconds() >= UInt64(UInt(bitPattern: context)) ? 1 : 0
        }, UnsafeMutableRawPointer(bitPattern: UInt(deadline)))
    }

    static func monotonicNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// Changes how long this connection waits for another's lock (default 5 s) before SQLITE_BUSY.
    public func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Runs one or more statements that return no rows of interest (DDL, PRAGMA, BEGIN/COMMIT).
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        defer { sqlite3_free(errorMessage) }
        guard rc == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            throw StoreError.sqlite(code: rc, message: message, path: path, sql: sql, readOnly: mode == .readOnly)
        }
    }

    /// Compiles exactly one statement. Trailing whitespace and comments are fine; a second statement is an
    /// error, because silently ignoring it would hide half of a report's SQL.
    /// - Parameter persistent: hint that the statement will be reused many times (ingest's hot path).
    public func prepare(_ sql: String, persistent: Bool = false) throws -> Statement {
        let flags = UInt32(persistent ? SQLITE_PREPARE_PERSISTENT : 0)
        return try sql.withCString { text -> Statement in
            var stmt: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(handle, text, -1, flags, &stmt, &tail)
            guard rc == SQLITE_OK else { throw failure(rc, sql: sql) }
            guard let stmt else { throw StoreError.misuse("the SQL contains no statement: `\(sql)`") }
            let statement = Statement(handle: stmt, database: self, sql: sql)
            // PRAGMAs are left to the authorizer: SQLite counts even reading `PRAGMA journal_mode` as not read-only.
            if mode == .readOnly, sqlite3_stmt_readonly(stmt) == 0, !Self.isPragma(sql) {
                throw StoreError.sqlite(code: SQLITE_AUTH, message: "the statement is not read-only", path: path,
                                        sql: sql, readOnly: true)
            }
            if let tail, tail.pointee != 0 {
                var extra: OpaquePointer?
                let tailRC = sqlite3_prepare_v2(handle, tail, -1, &extra, nil)
                sqlite3_finalize(extra)
                guard tailRC == SQLITE_OK else { throw failure(tailRC, sql: sql) }
                if extra != nil {
                    throw StoreError.sqlite(
                        code: SQLITE_ERROR, message: "expected one SQL statement, found more than one; a query file holds a single SELECT",
                        path: path, sql: sql, readOnly: mode == .readOnly)
                }
            }
            return statement
        }
    }

    /// Runs `body` inside a transaction: committed if it returns, rolled back if it throws.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        try execute(kind == .immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            rollbackIfActive()
            throw error
        }
    }

    /// Rolls back an open transaction, if any. SQLite may already have rolled back by itself
    /// (disk full, I/O errors), in which case a second ROLLBACK would only add a confusing error.
    public func rollbackIfActive() {
        if isInTransaction { _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
    }

    /// True while a transaction is open on this connection.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// First column of the first row, or nil when there is no row; for PRAGMAs and counts.
    public func scalar(_ sql: String) throws -> SQLValue? {
        let statement = try prepare(sql)
        return try statement.step() ? statement.value(at: 0) : nil
    }

    /// Builds a StoreError from the connection's current error state.
    func failure(_ code: Int32, sql: String?) -> StoreError {
        StoreError.sqlite(code: code, message: String(cString: sqlite3_errmsg(handle)),
                          path: path, sql: sql, readOnly: mode == .readOnly)
    }
}
