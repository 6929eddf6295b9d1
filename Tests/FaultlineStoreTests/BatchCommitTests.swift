import FaultlineStore
import FaultlineTime
import Testing

@Suite("Committing batches")
struct BatchCommitTests {
    @Test("a committed batch shows up in events, the errors view and the source's counters")
    func commitStoresEverything() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        let batch = Batch(
            events: [sampleEvent(line: 1), sampleEvent(line: 4), sampleEvent(line: 9, message: "No such customer")],
            traffic: [TrafficKey(hour: "2024-05-01T10:00:00Z", provider: "stripe", method: "GET", host: "api.stripe.com",
                                 endpoint: "/v1/customers", statusClass: "2xx"): 5],
            rejects: [RejectRecord(line: 7, byteOffset: 600, reason: "not JSON", excerpt: "{\"oops")],
            blanks: 1, successes: 5, redactions: 2, linesRead: 10, endOffset: 1_000)
        try writer.commit(batch, to: source)
        writer.close()

        let path = dir.path("store.db")
        let store = try Store.openReadOnly(path: path)
        let row = try #require(try store.query("""
            SELECT bytes_done, lines_done, errors, successes, rejects, blanks, redactions, damaged FROM sources
            """).rows.first)
        #expect(row == [.integer(1_000), .integer(10), .integer(3), .integer(5), .integer(1), .integer(1), .integer(2), .null])
        #expect(try count("SELECT count(*) FROM events", in: path) == 3)
        #expect(try count("SELECT count(*) FROM rejects", in: path) == 1)

        let errors = try store.query("""
            SELECT provider, code, category, retryable, host, endpoint, message, status, request_id, source_file, line, byte_offset
            FROM errors WHERE line = 9
            """)
        #expect(errors.rows == [[.text("stripe"), .text("card_declined"), .text("card"), .integer(0),
                                 .text("api.stripe.com"), .text("/v1/charges"), .text("No such customer"), .integer(402),
                                 .text("req_9"), .text("api.log"), .integer(9), .integer(800)]])
    }

    @Test("events that share an earlier event's kind are stored with that kind's id, across statements")
    func sharedKindsAreStoredWithTheirKind() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        var batch = eventsBatch([sampleEvent(line: 1), sampleEvent(line: 2, code: "expired_card")], endOffset: 0)
        for line in 3...80 {
            let earlier = line % 2  // 1: shares event 1's kind (expired_card), 0: event 0's (card_declined)
            batch.packedEvents.append(
                sameKindAs: earlier, millis: UTCTime.milliseconds(formatted: "2024-05-01T11:00:00.000Z"), status: 402, requestID: .string("req_\(line)"),
                idempotencyKey: .none, method: "POST", host: nil, endpoint: "/v1/charges", message: nil, fingerprint: nil,
                param: nil, declineCode: nil, format: "json", line: line, byteOffset: Int64(line) * 100)
        }
        batch.linesRead = 80
        batch.endOffset = 8_100
        try writer.commit(batch, to: source)
        writer.close()

        let store = try Store.openReadOnly(path: dir.path("store.db"))
        #expect(try store.query("SELECT code, count(*) FROM errors GROUP BY code ORDER BY code").rows
            == [[.text("card_declined"), .integer(40)], [.text("expired_card"), .integer(40)]])
        #expect(try store.query("SELECT count(*) FROM error_kinds").rows == [[.integer(2)]])
        #expect(try store.query("""
            SELECT count(*) FROM errors WHERE line >= 3 AND code <> CASE line % 2 WHEN 1 THEN 'expired_card' ELSE 'card_declined' END
            """).rows == [[.integer(0)]])
    }

    @Test("a batch of several multi-row INSERTs plus a remainder stores each event with its own values and parents")
    func largeBatchesKeepEveryRow() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        // Two full statements' worth of rows, then a remainder written row by row.
        let rowCount = 2 * 32 + 7
        let events = (1...rowCount).map { line in
            sampleEvent(line: line, message: "Message \(line % 5)", code: line.isMultiple(of: 3) ? "expired_card" : "card_declined",
                        endpoint: "/v1/charges/\(line % 4)", ts: "2024-05-01T10:\(line % 6)\(line % 10):00.000Z")
        }
        try writer.commit(eventsBatch(events, endOffset: Int64(rowCount) * 100), to: source)
        writer.close()

        let path = dir.path("store.db")
        let rows = try Store.openReadOnly(path: path).query("""
            SELECT line, byte_offset, request_id, code, message, endpoint, ts FROM errors ORDER BY line
            """).rows
        #expect(rows == events.map { event in
            [.integer(Int64(event.line)), .integer(event.byteOffset), .text(event.requestID!), .text(event.code),
             .text(event.message!), .text(event.endpoint!), .text(event.ts!)]
        })
        #expect(try count("SELECT sum(count) FROM error_hours", in: path) == Int64(rowCount))
        #expect(try Store.openReadOnly(path: path).query("PRAGMA foreign_key_check").rows.isEmpty)
    }

    @Test("findSource returns the progress a resumed ingest continues from")
    func findSourceReportsProgress() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1), sampleEvent(line: 2)], endOffset: 200), to: source)
        try writer.commit(Batch(blanks: 1, successes: 2, linesRead: 3, endOffset: 350), to: source)

        let found = try #require(try writer.findSource(fingerprint: "abc123", headBytes: 4096))
        #expect(found.id == source)
        #expect(found.bytesDone == 350)
        #expect(found.linesDone == 5)
        #expect(found.errors == 2 && found.successes == 2 && found.blanks == 1 && found.rejects == 0)
        #expect(found.compressed == false)
        #expect(found.firstIngestedAt.hasSuffix("Z") && found.firstIngestedAt.count == 24)
        #expect(try writer.findSource(path: "api.log")?.id == source)
        #expect(try writer.findSource(fingerprint: "abc123", headBytes: 1024) == nil)
        #expect(try writer.findSource(path: "other.log") == nil)
    }

    @Test("the same message, endpoint and kind are stored once, across batches and reopens")
    func valuesAreInterned() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("store.db")
        do {
            let (writer, source) = try writerWithSource(in: dir)
            // NULL category and guidance: SQLite's UNIQUE would not dedupe these, the writer must.
            let kindWithNulls = { (line: Int) in sampleEvent(line: line, category: nil, retryable: nil, guidance: nil) }
            try writer.commit(eventsBatch([kindWithNulls(1), kindWithNulls(2)], endOffset: 200), to: source)
            try writer.commit(eventsBatch([kindWithNulls(3)], endOffset: 300), to: source)
        }
        let writer = try StoreWriter(path: path)
        let source = try #require(try writer.findSource(path: "api.log")).id
        try writer.commit(eventsBatch([
            sampleEvent(line: 4, category: nil, retryable: nil, guidance: nil),
            sampleEvent(line: 5, category: nil, retryable: nil, guidance: "Ask the customer for another card."),
        ], endOffset: 500), to: source)
        writer.close()

        #expect(try count("SELECT count(*) FROM events", in: path) == 5)
        #expect(try count("SELECT count(*) FROM messages", in: path) == 1)
        #expect(try count("SELECT count(*) FROM endpoints", in: path) == 1)
        #expect(try count("SELECT count(*) FROM error_kinds", in: path) == 2)
    }

    @Test("events without message or endpoint store NULL references, '' text stays '', and an empty request id is none")
    func missingValuesStayNull() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        var event = sampleEvent(line: 1, message: nil, host: nil, endpoint: nil, ts: nil)
        event.requestID = ""
        event.idempotencyKey = ""
        try writer.commit(eventsBatch([event], endOffset: 100), to: source)
        writer.close()

        let store = try Store.openReadOnly(path: dir.path("store.db"))
        let row = try store.query("SELECT ts, message, host, endpoint, idempotency_key, request_id FROM errors").rows
        #expect(row == [[.null, .null, .null, .null, .text(""), .null]])
        #expect(try store.query("SELECT hour, request_id, ms FROM events").rows == [[.text(""), .text(""), .null]])
    }

    @Test("traffic counts for the same key add up across batches")
    func trafficUpsertAdds() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        let charges = TrafficKey(hour: "2024-05-01T10:00:00Z", provider: "stripe", method: "POST",
                                 host: "api.stripe.com", endpoint: "/v1/charges", statusClass: "2xx")
        let noEndpoint = TrafficKey(hour: nil, provider: "stripe", method: nil, host: nil, endpoint: nil, statusClass: "none")
        try writer.commit(Batch(traffic: [charges: 3, noEndpoint: 1], successes: 4, linesRead: 4, endOffset: 400), to: source)
        try writer.commit(Batch(traffic: [charges: 4], successes: 4, linesRead: 4, endOffset: 800), to: source)
        writer.close()

        let rows = try Store.openReadOnly(path: dir.path("store.db")).query("""
            SELECT t.hour, t.method, t.endpoint_id, ep.path, t.status_class, t.count
            FROM traffic t LEFT JOIN endpoints ep ON ep.id = t.endpoint_id ORDER BY t.count
            """).rows
        #expect(rows == [
            [.text(""), .text(""), .integer(0), .null, .text("none"), .integer(1)],
            [.text("2024-05-01T10:00:00Z"), .text("POST"), .integer(1), .text("/v1/charges"), .text("2xx"), .integer(7)],
        ])
    }

    @Test("damage and ingest runs are recorded")
    func damageAndRunsAreRecorded() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        let run = try writer.startRun()
        try writer.markDamaged(sourceID: source, reason: "gzip stream truncated at byte 5120")
        try writer.finishRun(id: run, totals: RunTotals(files: 1, lines: 10, errors: 3, successes: 5, rejects: 1,
                                                         blanks: 1, skippedLines: 20, redactions: 2), outcome: "ok")
        writer.close()

        let store = try Store.openReadOnly(path: dir.path("store.db"))
        #expect(try store.query("SELECT damaged FROM sources").rows == [[.text("gzip stream truncated at byte 5120")]])
        let runRow = try #require(try store.query("""
            SELECT files, lines, errors, successes, rejects, blanks, skipped_lines, redactions, outcome,
                   finished_at >= started_at FROM ingest_runs
            """).rows.first)
        #expect(runRow == [1, 10, 3, 5, 1, 1, 20, 2, "ok", 1])
    }
}
