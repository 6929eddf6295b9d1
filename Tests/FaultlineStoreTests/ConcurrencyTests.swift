import FaultlineStore
import Foundation
import Testing

@Suite("Readers and writers side by side")
struct ConcurrencyTests {
    @Test("readers see committed data, not a writer's open transaction, and are not blocked by it")
    func readersSeeCommittedDataDuringWrites() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1)], endOffset: 100), to: source)

        let other = try Database(path: path, mode: .readWrite)
        try other.execute("BEGIN IMMEDIATE")
        try other.execute("""
            INSERT INTO sources (path, fingerprint, head_bytes, compressed, first_ingested_at, last_ingested_at)
            VALUES ('in-flight.log', 'x', 0, 0, '', '')
            """)

        let reader = try Store.openReadOnly(path: path)
        let started = ContinuousClock.now
        #expect(try reader.query("SELECT path FROM sources ORDER BY id").rows == [["api.log"]])
        #expect(try reader.query("SELECT count(*) FROM errors").rows == [[1]])
        #expect(ContinuousClock.now - started < .seconds(1), "WAL readers must not wait for the writer")

        try other.execute("COMMIT")
        #expect(try reader.query("SELECT count(*) FROM sources").rows == [[2]])
    }

    @Test("a second ingest waits for the lock, then fails naming the first one's pid")
    func secondWriterWaitsThenFails() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let first = try StoreWriter(path: path)

        let started = ContinuousClock.now
        let error = storeError { _ = try StoreWriter(path: path, lockTimeout: .milliseconds(300)) }
        let waited = ContinuousClock.now - started
        #expect(error?.reason == .writerBusy)
        #expect(error?.description.contains("another ingest (pid \(getpid())) is writing to \(path)") == true)
        #expect(error?.description.contains("waited 0.3 s") == true)
        #expect(waited >= .milliseconds(300))

        // Reports are unaffected by the ingest lock.
        #expect(try Store.openReadOnly(path: path).isEmpty)

        first.close()
        let second = try StoreWriter(path: path, lockTimeout: .milliseconds(300))
        _ = try second.createSource(path: "b.log", fingerprint: "b", headBytes: 1, compressed: true)
        second.close()
    }

    @Test("a waiting ingest gets the lock as soon as the first one finishes")
    func waitingWriterProceedsWhenFree() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let first = try StoreWriter(path: path)
        // Released from a plain thread: the waiting init below blocks its own thread, and on a busy two-core
        // machine a Task could be queued behind it on the cooperative pool.
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(200)) { first.close() }
        let second = try StoreWriter(path: path, lockTimeout: .seconds(10))
        #expect(try second.findSource(path: "x") == nil)
    }

    @Test("SQLite's own busy error says the store is locked")
    func sqliteBusyIsWorded() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        try StoreWriter(path: path).close()
        let a = try Database(path: path, mode: .readWrite)
        let b = try Database(path: path, mode: .readWrite)
        b.setBusyTimeout(milliseconds: 50)
        try a.execute("BEGIN IMMEDIATE")
        let error = storeError { try b.execute("BEGIN IMMEDIATE") }
        #expect(error?.reason == .locked)
        #expect(error?.description.contains("is locked by another program") == true)
        a.rollbackIfActive()
    }
}
