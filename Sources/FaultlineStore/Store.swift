import Foundation

/// The read side of a store, for reports and people's own SQL: read-only, never takes the ingest lock.
///
/// Because writers use WAL, a Store sees every batch committed before each query starts, even while an
/// ingest is running. Queries are serialised by an internal lock, so a Store may be shared between tasks.
public final class Store: @unchecked Sendable {
    public let path: String
    /// Number of migrations the store has applied (`PRAGMA user_version`).
    public let schemaVersion: Int
    private let db: Database
    private let mutex = NSLock()

    private init(db: Database, schemaVersion: Int) {
        self.db = db
        self.path = db.path
        self.schemaVersion = schemaVersion
    }

    /// Opens an existing store read-only (SQLITE_OPEN_READONLY).
    ///
    /// A missing file, or a file without faultline's tables, fails with "no store at PATH — run
    /// `faultline ingest --db PATH <logs>` first"; a file that is not SQLite at all says so.
    public static func openReadOnly(path: String) throws -> Store {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StoreError.noStore(path: path)
        }
        if isDirectory.boolValue { throw StoreError.notAStore(path: path, detail: "it is a directory") }
        do {
            let db = try Database(path: path, mode: .readOnly)
            try Migrator().checkReadable(db)
            return Store(db: db, schemaVersion: Migration.all.count)
        } catch let error as StoreError where [.readOnly, .cannotOpen].contains(error.reason) && !folderIsWritable(path) {
            return try openImmutable(path: path)
        }
    }

    /// A WAL store needs a `-shm` file beside it, even to be read; in a folder the reader cannot write (or on a
    /// read-only medium) SQLite cannot make one. Nothing can be writing to such a store (an ingest needs its lock
    /// file in that folder), so it is read as immutable, which needs no `-shm`. Commits still in a `-wal` file
    /// would be invisible that way, so such a store is refused with what to do instead.
    private static func openImmutable(path: String) throws -> Store {
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        if wal > 0 {
            throw StoreError.misuse("cannot read \(path): its folder is read-only and \(path)-wal holds commits not yet "
                + "copied into the store, which SQLite can only read with a -shm file beside it; copy the store and its "
                + "-wal file into a folder you may write, or run any report there once as a user who may")
        }
        let db = try Database(path: path, mode: .readOnly, immutable: true)
        try Migrator().checkReadable(db)
        return Store(db: db, schemaVersion: Migration.all.count)
    }

    private static func folderIsWritable(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return FileManager.default.isWritableFile(atPath: folder)
    }

    /// A freshly migrated, empty store in memory, refusing writes: for checking report SQL against the
    /// current schema without touching the disk.
    public static func emptyInMemory() throws -> Store {
        let db = try Database(path: ":memory:", mode: .readWrite)
        try Migrator().migrate(db)
        // query_only makes this behave like a read-only file.
        try db.execute("PRAGMA query_only = ON")
        return Store(db: db, schemaVersion: Migration.all.count)
    }

    /// Stops the query running now: it fails with a StoreError whose reason is `.interrupted`. Callable from any
    /// thread (a signal handler's queue), without waiting for the query.
    public func interrupt() {
        db.interrupt()
    }

    /// Queries still running `limit` from now fail with a StoreError whose reason is `.interrupted`.
    public func stopQueries(after limit: Duration) {
        let (seconds, attoseconds) = limit.components
        let nanoseconds = UInt64(max(seconds, 0)) * 1_000_000_000 + UInt64(max(attoseconds, 0) / 1_000_000_000)
        mutex.withLock { db.stopStatements(afterNanoseconds: nanoseconds) }
    }

    /// True when nothing has been ingested yet (no sources), so reports can say so instead of printing
    /// empty tables.
    public var isEmpty: Bool {
        get throws {
            try mutex.withLock { try db.scalar("SELECT NOT EXISTS (SELECT 1 FROM sources)")?.int64Value == 1 }
        }
    }

    /// Runs one SQL statement and returns all its rows.
    ///
    /// Parameters are bound by name: `[ "since": .text("2024-05-01") ]` fills `:since` (keys may also be
    /// written with their prefix, `":since"`). Parameters in the SQL but not in the dictionary are NULL, so
    /// reports can write `(:provider IS NULL OR provider = :provider)`; extra keys are ignored.
    public func query(_ sql: String, parameters: [String: SQLValue] = [:]) throws -> QueryResult {
        try mutex.withLock {
            let statement = try db.prepare(sql)
            try bind(parameters, to: statement)
            let count = statement.columnCount
            let columns = (0..<count).map { statement.columnName(at: $0) }
            var rows: [[SQLValue]] = []
            while try statement.step() {
                rows.append((0..<count).map { statement.value(at: $0) })
            }
            return QueryResult(columns: columns, rows: rows)
        }
    }

    /// Compiles `sql` without running it: catches syntax errors and unknown tables or columns.
    public func prepareOnly(_ sql: String) throws {
        try mutex.withLock { _ = try db.prepare(sql) }
    }

    private func bind(_ parameters: [String: SQLValue], to statement: Statement) throws {
        guard statement.parameterCount > 0 else { return }
        for index in 1...statement.parameterCount {
            guard let name = statement.parameterName(at: index) else { continue } // bare `?` stays NULL
            let bare = String(name.dropFirst())
            if let value = parameters[bare] ?? parameters[name] {
                try statement.bind(value, at: index)
            }
        }
    }
}
