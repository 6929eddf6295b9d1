import Foundation

/// Copies committed pages from the WAL into the store on a thread and connection of its own, so that the
/// writer does not wait for it.
///
/// A checkpoint run by the writer's own COMMIT (SQLite's default) stopped the committing thread for the copy
/// and two fsyncs every 16 MB of WAL; that thread also parses, and with it stopped the parsing threads soon
/// filled every slot too, so both cores idled meanwhile. A PASSIVE checkpoint on another connection never
/// blocks the writer: it copies the frames committed so far while the writer appends new ones, and the writer
/// starts the WAL over once all were copied. The writer keeps a far larger automatic checkpoint of its own, so
/// the WAL stays bounded even if this thread falls behind.
final class WALCheckpointer: @unchecked Sendable {
    /// WAL pages (of the store's page size) after which the writer checkpoints by itself.
    static let writerCheckpointPages = 4000

    private let db: Database
    private let condition = NSCondition()
    private let done = DispatchSemaphore(value: 0)
    // Guarded by `condition`.
    private var requested = false
    private var stopping = false

    /// Opens a second connection to the (already created and migrated) store at `path` and starts the thread.
    init(path: String) throws {
        db = try Database(path: path, mode: .readWrite)
        let thread = Thread { [self] in run() }
        thread.name = "wal-checkpoint"
        thread.start()
    }

    /// Asks for a checkpoint of everything committed so far; returns at once.
    func request() {
        condition.withLock {
            requested = true
            condition.signal()
        }
    }

    /// Lets a running checkpoint finish, then stops the thread.
    func stop() {
        condition.withLock {
            stopping = true
            condition.signal()
        }
        done.wait()
    }

    private func run() {
        while true {
            condition.lock()
            while !requested, !stopping { condition.wait() }
            let stop = stopping
            requested = false
            condition.unlock()
            if stop { break }
            // A failed checkpoint leaves the pages in the WAL, where readers still find them; the writer's own
            // automatic checkpoint or the next request copies them.
            _ = try? db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        }
        done.signal()
    }
}
