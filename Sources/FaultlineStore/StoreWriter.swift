import Foundation

/// The write side of a store, used by `faultline ingest`: sources, batches and run records.
///
/// Opening takes the exclusive ingest lock, creates the file if needed, switches it to WAL (so reports can
/// read while ingest writes) and applies pending migrations. All methods are serialised by an internal
/// lock, so one writer may be shared between tasks; only one process at a time can hold a writer.
public final class StoreWriter: @unchecked Sendable {
    public let path: String
    private let mutex = NSLock()
    private var writerLock: WriterLock?
    private var db: Database?
    private var committer: BatchCommitter?
    private var checkpointer: WALCheckpointer?
    /// True while batches staged with `stage` wait for `commitStaged`.
    private var staging = false

    /// Opens (creating if needed) the store at `path` for writing.
    /// - Parameter lockTimeout: how long to wait for another ingest into the same store to finish before
    ///   failing with a StoreError naming its pid.
    public init(path: String, lockTimeout: Duration = .zero) throws {
        self.path = path
        // Lock before touching the database, so two ingests cannot even race the migrations.
        let lock = try WriterLock(storePath: path, timeout: lockTimeout)
        let db = try Database(path: path, mode: .readWrite)
        let migrator = Migrator()
        try migrator.preflight(db)
        try Self.configure(db)
        try migrator.migrate(db)
        self.committer = try BatchCommitter(db: db)
        if path != ":memory:" { checkpointer = try WALCheckpointer(path: path) }
        self.db = db
        self.writerLock = lock
    }

    deinit { closeLocked() }

    /// WAL lets readers see the last committed batch while a new one is written; synchronous=NORMAL is
    /// still crash-safe in WAL mode (a power loss can only drop the latest commits, which resume redoes).
    private static func configure(_ db: Database) throws {
        // Larger pages make the events indexes cheaper to maintain (about 15% faster ingest).
        // SQLite only honours this on a new, empty file, before WAL is switched on; existing stores keep theirs.
        try db.execute("PRAGMA page_size = 16384")
        let mode = try db.scalar("PRAGMA journal_mode = WAL")?.stringValue
        if mode != "wal" && db.path != ":memory:" {
            throw StoreError.misuse("\(db.path): SQLite could not switch the store to WAL mode (it reports "
                + "\(mode ?? "nothing")); is it on a network filesystem? Use a local disk for --db")
        }
        // Foreign keys are not enforced row by row: every id the writer stores comes from a row it just found
        // or inserted (the interner), and checking four parents per event cost a fifth of the insert time and
        // made SQLite journal each multi-row INSERT. Tests run `PRAGMA foreign_key_check` on their stores.
        try db.execute("""
            PRAGMA synchronous = NORMAL;
            PRAGMA foreign_keys = OFF;
            PRAGMA cache_size = -8192;
            PRAGMA journal_size_limit = 67108864;
            """)
        // WALCheckpointer copies the WAL into the store after each commit; this only bounds the WAL should it
        // fall behind.
        try db.execute("PRAGMA wal_autocheckpoint = \(WALCheckpointer.writerCheckpointPages)")
    }

    /// Closes the database and gives up the ingest lock. Later calls throw.
    public func close() {
        mutex.withLock { closeLocked() }
    }

    private func closeLocked() {
        checkpointer?.stop()
        checkpointer = nil
        committer = nil
        db = nil // statements are gone, so this closes the connection (and checkpoints the WAL)
        writerLock?.release()
        writerLock = nil
    }

    // MARK: Sources

    /// The source whose first `headBytes` decompressed bytes hash to `fingerprint`: the same file seen
    /// before, perhaps under another name or grown since.
    ///
    /// A file rewritten in place is read again as a new source with the same fingerprint, so several sources
    /// can match: the newest one read under `path` wins (that is the file as it now stands), else the oldest.
    public func findSource(fingerprint: String, headBytes: Int, preferringPath path: String? = nil) throws -> SourceRecord? {
        try withDatabase { db in
            let s = try db.prepare("""
                SELECT \(SourceRecord.columns) FROM sources WHERE fingerprint = ?1 AND head_bytes = ?2
                ORDER BY CASE WHEN path = ?3 THEN -id ELSE id END LIMIT 1
                """)
            try s.bind(fingerprint, at: 1)
            try s.bind(headBytes, at: 2)
            try s.bind(path, at: 3)
            return try s.step() ? SourceRecord(row: s) : nil
        }
    }

    /// The distinct `head_bytes` of sources whose fingerprint covers fewer than `limit` bytes: files that were
    /// shorter than a full fingerprint when first read, and may have grown and been renamed since.
    public func shortHeadLengths(below limit: Int) throws -> [Int] {
        try withDatabase { db in
            let s = try db.prepare("SELECT DISTINCT head_bytes FROM sources WHERE head_bytes < ?1 ORDER BY head_bytes DESC")
            try s.bind(limit, at: 1)
            var lengths: [Int] = []
            while try s.step() { lengths.append(s.int(at: 0)) }
            return lengths
        }
    }

    /// The most recent source ingested under `path`.
    public func findSource(path: String) throws -> SourceRecord? {
        try withDatabase { db in
            let s = try db.prepare("SELECT \(SourceRecord.columns) FROM sources WHERE path = ?1 ORDER BY id DESC LIMIT 1")
            try s.bind(path, at: 1)
            return try s.step() ? SourceRecord(row: s) : nil
        }
    }

    /// The source with this id, as it stands now.
    public func source(id: Int64) throws -> SourceRecord? {
        try withDatabase { db in
            let s = try db.prepare("SELECT \(SourceRecord.columns) FROM sources WHERE id = ?1")
            try s.bind(id, at: 1)
            return try s.step() ? SourceRecord(row: s) : nil
        }
    }

    /// Notes the hash of the bytes of a plain file just before `offset` (see `SourceRecord.tailHash`).
    public func recordTail(of sourceID: Int64, offset: Int64, hash: String) throws {
        try withDatabase { db in
            let s = try db.prepare("UPDATE sources SET tail_offset = ?2, tail_hash = ?3 WHERE id = ?1")
            try s.bind(sourceID, at: 1)
            try s.bind(offset, at: 2)
            try s.bind(hash, at: 3)
            try s.run()
        }
    }

    /// Records a new input file with nothing ingested yet; returns its id.
    public func createSource(path: String, fingerprint: String, headBytes: Int, compressed: Bool) throws -> Int64 {
        try withDatabase { db in
            let s = try db.prepare("""
                INSERT INTO sources (path, fingerprint, head_bytes, compressed, first_ingested_at, last_ingested_at)
                VALUES (?1, ?2, ?3, ?4, \(SQLTime.now), \(SQLTime.now))
                """)
            try s.bind(path, at: 1)
            try s.bind(fingerprint, at: 2)
            try s.bind(headBytes, at: 3)
            try s.bind(compressed, at: 4)
            try s.run()
            return db.lastInsertRowID
        }
    }

    /// Notes why reading a source stopped early (truncated gzip, unreadable bytes…).
    /// - Parameter reason: nil clears an earlier mark, once a repaired copy has been read to its end.
    public func markDamaged(sourceID: Int64, reason: String?) throws {
        try withDatabase { db in
            let s = try db.prepare("UPDATE sources SET damaged = ?2, last_ingested_at = \(SQLTime.now) WHERE id = ?1")
            try s.bind(sourceID, at: 1)
            try s.bind(reason, at: 2)
            try s.run()
            guard db.changes == 1 else { throw StoreError.misuse("cannot mark source \(sourceID) damaged: no such source") }
        }
    }

    // MARK: Batches

    /// Stores a batch in one transaction: all of it or, if anything fails or the process dies, none of it.
    /// Resuming from the source's `bytes_done`/`lines_done` therefore counts every line exactly once.
    public func commit(_ batch: Batch, to sourceID: Int64) throws {
        try commit([batch], to: sourceID)
    }

    /// Stores consecutive batches of one source in one transaction, in order: all of them or none.
    public func commit(_ batches: [Batch], to sourceID: Int64) throws {
        for batch in batches { try stage(batch, to: sourceID) }
        try commitStaged()
    }

    /// Writes a batch into the open transaction, beginning one if none is open, so that batches need not be
    /// held in memory until their commit. Nothing staged is visible to readers, or survives a crash, before
    /// `commitStaged()`; if writing fails, everything staged since the last commit is rolled back.
    public func stage(_ batch: Batch, to sourceID: Int64) throws {
        try withDatabase(staged: true) { db in
            guard let committer else { throw Self.closedError }
            do {
                if !staging {
                    try db.execute("BEGIN IMMEDIATE")
                    staging = true
                }
                try committer.write(batch, to: sourceID)
            } catch {
                rollBackStaged(db, committer)
                throw error
            }
        }
    }

    /// Commits every batch staged since the last commit, with their counters, in one go.
    public func commitStaged() throws {
        try withDatabase(staged: true) { db in
            guard let committer, staging else { return }
            do {
                try committer.finish()
                try db.execute("COMMIT")
                staging = false
                checkpointer?.request()
            } catch {
                rollBackStaged(db, committer)
                throw error
            }
        }
    }

    /// Drops the batches staged since the last commit (an ingest that fails part-way through a file).
    public func discardStaged() {
        mutex.withLock {
            guard let db, let committer, staging else { return }
            rollBackStaged(db, committer)
        }
    }

    private func rollBackStaged(_ db: Database, _ committer: BatchCommitter) {
        db.rollbackIfActive()
        committer.rolledBack()
        staging = false
    }

    /// Runs `body` in one IMMEDIATE transaction (the write lock taken up front, so a busy store fails before
    /// any work is done); on any error it rolls back and the committer forgets ids interned meanwhile.
    private func inTransaction(_ body: (BatchCommitter) throws -> Void) throws {
        try withDatabase { db in
            guard let committer else { throw Self.closedError }
            do {
                try db.execute("BEGIN IMMEDIATE")
                try body(committer)
                try db.execute("COMMIT")
            } catch {
                db.rollbackIfActive()
                committer.rolledBack()
                throw error
            }
        }
    }

    /// Takes back a source's last line counted, which had no newline then, because the file has grown since:
    /// the line is read again whole from `offset` (its start) by the next batch. One transaction; `outcome`
    /// is that partial line processed again, which says what it was counted as.
    public func reopenLastLine(of sourceID: Int64, line: Int, at offset: Int64, outcome: Batch) throws {
        try inTransaction { try $0.retract(line: line, at: offset, outcome: outcome, from: sourceID) }
    }

    // MARK: Runs

    /// Records the start of an ingest run; returns its id for `finishRun`.
    public func startRun() throws -> Int64 {
        try withDatabase { db in
            try db.execute("INSERT INTO ingest_runs (started_at) VALUES (\(SQLTime.now))")
            return db.lastInsertRowID
        }
    }

    /// Records a run's totals and how it ended (e.g. "ok", "interrupted", "failed: …").
    public func finishRun(id: Int64, totals: RunTotals, outcome: String) throws {
        try withDatabase { db in
            let s = try db.prepare("""
                UPDATE ingest_runs SET finished_at = \(SQLTime.now), files = ?2, lines = ?3, errors = ?4,
                  successes = ?5, rejects = ?6, blanks = ?7, skipped_lines = ?8, redactions = ?9, outcome = ?10
                WHERE id = ?1
                """)
            for (index, value) in [Int(id), totals.files, totals.lines, totals.errors, totals.successes,
                                   totals.rejects, totals.blanks, totals.skippedLines, totals.redactions].enumerated() {
                try s.bind(value, at: Int32(index + 1))
            }
            try s.bind(outcome, at: 10)
            try s.run()
            guard db.changes == 1 else { throw StoreError.misuse("cannot finish ingest run \(id): no such run") }
        }
    }

    // MARK: Helpers

    /// - Parameter staged: true for the calls that work on staged batches; anything else would silently
    ///   become part of their transaction, so it is refused while batches are staged.
    private func withDatabase<T>(staged: Bool = false, _ body: (Database) throws -> T) throws -> T {
        try mutex.withLock {
            guard let db else { throw Self.closedError }
            if staging, !staged {
                throw StoreError.misuse("batches are staged but not committed: call commitStaged() or discardStaged() first")
            }
            return try body(db)
        }
    }

    private static var closedError: StoreError { StoreError.misuse("the store writer was already closed") }
}
