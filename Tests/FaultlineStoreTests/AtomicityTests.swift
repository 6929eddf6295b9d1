import FaultlineStore
import Testing

@Suite("Batches are all or nothing")
struct AtomicityTests {
    /// Everything a failed batch could have touched, to compare before and after.
    private func snapshot(_ path: String) throws -> QueryResult {
        try Store.openReadOnly(path: path).query("""
            SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM messages), (SELECT count(*) FROM endpoints),
                   (SELECT count(*) FROM error_kinds), (SELECT count(*) FROM rejects),
                   (SELECT coalesce(sum(count), 0) FROM traffic),
                   bytes_done, lines_done, errors, successes, rejects, blanks, redactions
            FROM sources
            """)
    }

    @Test("a batch whose insert fails leaves nothing behind and the source counters unchanged")
    func failedBatchLeavesNothing() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1), sampleEvent(line: 2)], endOffset: 200), to: source)
        let before = try snapshot(path)

        // Line 2 is already stored: its id ((source_id << 40) | line) is taken, which fails after new kinds,
        // endpoints and messages were interned and traffic and rejects queued.
        let bad = Batch(
            events: [sampleEvent(line: 3, message: "brand new", code: "expired_card", endpoint: "/v1/refunds"),
                     sampleEvent(line: 2)],
            traffic: [TrafficKey(hour: "", provider: "stripe", method: "GET", host: "h", endpoint: "/x", statusClass: "2xx"): 1],
            rejects: [RejectRecord(line: 5, byteOffset: 400, reason: "bad", excerpt: "x")],
            successes: 1, linesRead: 4, endOffset: 600)
        let error = storeError { try writer.commit(bad, to: source) }
        #expect(error?.reason == .constraint)
        #expect(error?.description.contains("UNIQUE constraint failed: events.hour, events.request_id, events.source_id, events.line") == true)
        #expect(try snapshot(path) == before)
    }

    @Test("ids interned by a rolled-back batch are not reused for the wrong text afterwards")
    func cachesForgetRolledBackIDs() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1)], endOffset: 100), to: source)
        let failing = eventsBatch([sampleEvent(line: 2, message: "first try", code: "k1", endpoint: "/a"),
                                   sampleEvent(line: 2)], endOffset: 300)
        #expect(storeError { try writer.commit(failing, to: source) } != nil)

        // SQLite hands the rolled-back rowids out again; a stale cache would point "first try" at "second".
        try writer.commit(eventsBatch([sampleEvent(line: 2, message: "second", code: "k2", endpoint: "/b"),
                                       sampleEvent(line: 3, message: "first try", code: "k1", endpoint: "/a")],
                                      endOffset: 300), to: source)
        writer.close()
        let rows = try Store.openReadOnly(path: path)
            .query("SELECT line, message, code, endpoint FROM errors WHERE line > 1 ORDER BY line").rows
        #expect(rows == [[2, "second", "k2", "/b"], [3, "first try", "k1", "/a"]])
    }

    @Test("retrying from the recorded position after a failed batch gives the counts of an uninterrupted run")
    func resumeMatchesUninterruptedRun() throws {
        let dir = try TemporaryDirectory()
        let charges = TrafficKey(hour: "", provider: "stripe", method: "POST", host: nil, endpoint: "/v1/charges", statusClass: "2xx")
        // Lines 1-4 and 5-8 of one file, each batch: 2 errors, 1 success, 1 blank.
        func batch(startingAt first: Int) -> Batch {
            Batch(events: [sampleEvent(line: first), sampleEvent(line: first + 1)], traffic: [charges: 1],
                  blanks: 1, successes: 1, linesRead: 4, endOffset: Int64(first + 3) * 100)
        }
        let (straight, straightSource) = try writerWithSource(in: dir, name: "straight.db")
        try straight.commit(batch(startingAt: 1), to: straightSource)
        try straight.commit(batch(startingAt: 5), to: straightSource)
        straight.close()

        let (resumed, resumedSource) = try writerWithSource(in: dir, name: "resumed.db")
        try resumed.commit(batch(startingAt: 1), to: resumedSource)
        var broken = batch(startingAt: 5)
        broken.events.append(sampleEvent(line: 1)) // fails on UNIQUE (source_id, line) after inserting lines 5-6
        broken.linesRead += 1
        #expect(storeError { try resumed.commit(broken, to: resumedSource) } != nil)
        let position = try #require(try resumed.findSource(path: "api.log"))
        #expect(position.linesDone == 4 && position.bytesDone == 400)
        try resumed.commit(batch(startingAt: position.linesDone + 1), to: resumedSource)
        resumed.close()

        let summary = """
            SELECT (SELECT group_concat(line) FROM (SELECT line FROM events ORDER BY line)),
                   (SELECT sum(count) FROM traffic), bytes_done, lines_done, errors, successes, rejects, blanks
            FROM sources
            """
        #expect(try Store.openReadOnly(path: dir.path("resumed.db")).query(summary)
                == Store.openReadOnly(path: dir.path("straight.db")).query(summary))
    }

    @Test("a batch whose line count does not add up is refused by the sources CHECK")
    func sourcesCheckHolds() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        let (writer, source) = try writerWithSource(in: dir)
        let before = try snapshot(path)
        let miscounted = Batch(events: [sampleEvent(line: 1)], successes: 2, linesRead: 4, endOffset: 400)
        let error = storeError { try writer.commit(miscounted, to: source) }
        #expect(error?.reason == .constraint)
        #expect(error?.sqliteMessage?.contains("CHECK constraint failed") == true)
        #expect(try snapshot(path) == before)

        // The rule is in the schema, so hand-written SQL cannot break it either.
        let raw = try Database(path: path, mode: .readWrite)
        #expect(storeError { try raw.execute("UPDATE sources SET errors = errors + 1") }?.reason == .constraint)
    }

    @Test("a batch that would move a source backwards is refused")
    func sourceNeverMovesBackwards() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1)], endOffset: 500), to: source)
        let error = storeError { try writer.commit(eventsBatch([sampleEvent(line: 2)], endOffset: 400), to: source) }
        #expect(error?.reason == .misuse)
        #expect(try writer.findSource(path: "api.log")?.linesDone == 1)
        #expect(storeError { try writer.commit(eventsBatch([], endOffset: 600), to: 999) }?.reason == .misuse)
    }
}
