import FaultlineTime
import Foundation
import Testing

@testable import FaultlineStore

@Suite("Hourly counts, kept success attempts and fingerprints")
struct RollupAndAttemptTests {
    /// error_hours as the events say it should be: the newest request is the one with the greatest
    /// (ms, request_id), looked up per row here rather than by the writer's running comparisons.
    static let hourlyFromEvents = """
        SELECT hour, kind_id, coalesce(endpoint_id, 0) AS endpoint, count(*), min(ms), max(ms),
               (SELECT n.ms FROM events n WHERE n.hour = e.hour AND n.kind_id = e.kind_id
                  AND coalesce(n.endpoint_id, 0) = coalesce(e.endpoint_id, 0) AND n.request_id <> ''
                ORDER BY n.ms DESC, n.request_id DESC LIMIT 1),
               (SELECT max(n.request_id) FROM events n WHERE n.hour = e.hour AND n.kind_id = e.kind_id
                  AND coalesce(n.endpoint_id, 0) = coalesce(e.endpoint_id, 0) AND n.request_id <> ''
                  AND n.ms IS (SELECT max(m.ms) FROM events m WHERE m.hour = e.hour AND m.kind_id = e.kind_id
                                 AND coalesce(m.endpoint_id, 0) = coalesce(e.endpoint_id, 0) AND m.request_id <> ''))
        FROM events e GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """
    static let hourlyStored = """
        SELECT hour, kind_id, endpoint_id, count, first_ms, last_ms, last_request_ms, last_request_id
        FROM error_hours ORDER BY 1, 2, 3
        """

    /// The store's `hour` of a time written as text.
    static func hour(_ ts: String) -> SQLValue {
        .integer(UTCTime.hourAndMillisecond(UTCTime.milliseconds(formatted: ts)!).hour)
    }

    @Test func hourlyCountsMatchTheEventsAcrossBatches() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([
            sampleEvent(line: 1, ts: "2026-11-20T10:05:00.000Z"),
            sampleEvent(line: 2, ts: "2026-11-20T10:59:59.999Z"),
            sampleEvent(line: 3, code: "expired_card", ts: "2026-11-20T11:00:00.000Z"),
            sampleEvent(line: 4, endpoint: "/v1/refunds", ts: nil),
        ], endOffset: 400), to: source)
        try writer.commit(eventsBatch([
            sampleEvent(line: 5, ts: "2026-11-20T10:01:00.000Z"),
            sampleEvent(line: 6, ts: "2026-11-20T10:30:00.000Z"),
        ], endOffset: 600), to: source)
        writer.close()
        let store = try Store.openReadOnly(path: dir.path("store.db"))
        let stored = try store.query(Self.hourlyStored).rows
        #expect(stored == (try store.query(Self.hourlyFromEvents).rows))
        // Hours sort before '' (no time): integers before text.
        #expect(stored.map { $0[0] } == [Self.hour("2026-11-20T10:00:00.000Z"), Self.hour("2026-11-20T11:00:00.000Z"), .text("")])
        #expect(stored.map { $0[3] } == [.integer(4), .integer(1), .integer(1)])
        #expect(stored[0][4] == .integer(60_000) && stored[0][5] == .integer(3_599_999))
        #expect(stored[0][6] == .integer(3_599_999) && stored[0][7] == .text("req_2"))
        #expect(stored[2][4] == .null && stored[2][6] == .null && stored[2][7] == .text("req_4"))
    }

    @Test("hourly counts written many keys per statement, over keys both new and already stored, match the events")
    func manyHourlyKeysPerCommitMatchTheEvents() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        // 80 distinct hours per batch: more than two multi-row upserts' worth, then the same hours again
        // (updates), shifted so that half of the second batch's hours are new.
        func hours(from first: Int, lines: ClosedRange<Int>) -> [ErrorEventRecord] {
            lines.map { line in
                let hour = first + line % 80
                let day = 1 + hour / 24, clock = hour % 24
                let ts = "2026-11-\(day < 10 ? "0" : "")\(day)T\(clock < 10 ? "0" : "")\(clock):\(10 + line % 50):00.000Z"
                return sampleEvent(line: line, code: line.isMultiple(of: 2) ? "expired_card" : "card_declined", ts: ts)
            }
        }
        try writer.commit(eventsBatch(hours(from: 0, lines: 1...200), endOffset: 20_000), to: source)
        try writer.commit(Batch(events: hours(from: 40, lines: 201...400), linesRead: 200, endOffset: 40_000), to: source)
        writer.close()
        let store = try Store.openReadOnly(path: dir.path("store.db"))
        let stored = try store.query(Self.hourlyStored).rows
        #expect(stored.count == 120)
        #expect(stored == (try store.query(Self.hourlyFromEvents).rows))
    }

    @Test func upgradingAStoreFillsItsHourlyCountsFromItsEvents() throws {
        let dir = try TemporaryDirectory()
        let path = dir.path("old.db")
        try olderStore(at: path, migrations: 2, events: """
            INSERT INTO events (ts, kind_id, request_id, format, source_id, line, byte_offset) VALUES
              ('2026-11-20T10:00:00.000Z', 1, 'req_a', 'json', 1, 1, 0),
              ('2026-11-20T10:10:00.000Z', 1, 'req_b', 'json', 1, 2, 10);
            """)
        try StoreWriter(path: path).close()
        let store = try Store.openReadOnly(path: path)
        #expect(try store.query(Self.hourlyStored).rows == [[Self.hour("2026-11-20T10:00:00.000Z"), .integer(1), .integer(0),
            .integer(2), .integer(0), .integer(600_000), .integer(600_000), .text("req_b")]])
    }

    @Test func aSuccessIsKeptOnlyWhenItsOperationFailedBefore() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        var failed = sampleEvent(line: 1)
        failed.idempotencyKey = "idem_1"
        var first = Batch(events: [failed], successes: 2, linesRead: 3, endOffset: 300)
        first.successCandidates.add(request: "req_2", key: "idem_1", line: 2, millis: 1_763_805_600_123)  // the retry
        first.successCandidates.add(request: "req_3", key: "idem_other", line: 3, millis: nil)             // unrelated
        try writer.commit(first, to: source)
        var later = Batch(successes: 2, linesRead: 2, endOffset: 500)
        later.successCandidates.add(request: "req_1", key: nil, line: 4, millis: nil)        // the failure is named by its key, not req_1
        later.successCandidates.add(request: "req_9", key: "idem_1", line: 5, millis: nil)   // another retry, next batch
        try writer.commit(later, to: source)
        writer.close()

        let kept = try Store.openReadOnly(path: dir.path("store.db"))
            .query("SELECT id & 0xFFFFFFFFFF, ts_ms, request_id, idempotency_key FROM success_attempts ORDER BY id").rows
        #expect(kept == [[.integer(2), .integer(1_763_805_600_123), .text("req_2"), .text("idem_1")],
                         [.integer(5), .null, .text("req_9"), .text("idem_1")]])
    }

    /// Ingest writes times with UTCTime, and the errors view shows stored ones with SQLite's strftime: the same text.
    @Test func timesAreWrittenAsSQLiteWritesThem() throws {
        let db = try Database(path: ":memory:", mode: .readWrite)
        var generator = SystemRandomNumberGenerator()
        let values = [0, 1, 999, 1_000, 86_399_999, 1_794_700_876_206, 253_402_300_799_999]
            + (0..<3000).map { _ in Int64.random(in: 0..<253_402_300_800_000, using: &generator) }
        for milliseconds in values {
            var bytes = [UInt8](repeating: 0, count: UTCTime.formattedCount)
            bytes.withUnsafeMutableBufferPointer { UTCTime.write(milliseconds: milliseconds, to: $0.baseAddress!) }
            let sqlite = try db.scalar("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', \(milliseconds) / 1000.0, 'unixepoch')")
            #expect(sqlite == .text(String(decoding: bytes, as: UTF8.self)), "\(milliseconds)")
        }
    }

    @Test func aFailureFromAnEarlierRunIsRemembered() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        try writer.commit(eventsBatch([sampleEvent(line: 1)], endOffset: 100), to: source)  // request id req_1, no key
        writer.close()

        let again = try StoreWriter(path: dir.path("store.db"))
        var retry = Batch(successes: 1, linesRead: 1, endOffset: 200)
        retry.successCandidates.add(request: "req_1", key: nil, line: 2, millis: nil)
        try again.commit(retry, to: source)
        again.close()
        #expect(try count("SELECT count(*) FROM success_attempts", in: dir.path("store.db")) == 1)
    }

    @Test func takingBackAnErrorLineRecountsItsHour() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        var batch = eventsBatch([sampleEvent(line: 1, ts: "2026-11-20T10:00:00.000Z"),
                                 sampleEvent(line: 2, ts: "2026-11-20T10:30:00.000Z")], endOffset: 200)
        batch.openLineOffset = 100
        try writer.commit(batch, to: source)
        let lineAgain = eventsBatch([sampleEvent(line: 2, ts: "2026-11-20T10:30:00.000Z")], endOffset: 200)
        try writer.reopenLastLine(of: source, line: 2, at: 100, outcome: lineAgain)
        writer.close()
        let store = try Store.openReadOnly(path: dir.path("store.db"))
        #expect(try store.query(Self.hourlyStored).rows == (try store.query(Self.hourlyFromEvents).rows))
        #expect(try count("SELECT sum(count) FROM error_hours", in: dir.path("store.db")) == 1)
    }

    @Test func messagesAreStoredWithTheirFingerprint() throws {
        let dir = try TemporaryDirectory()
        let (writer, source) = try writerWithSource(in: dir)
        var a = sampleEvent(line: 1, message: "No such customer: 'cus_A1'")
        a.fingerprint = "No such customer: '<value>'"
        var b = sampleEvent(line: 2, message: "No such customer: 'cus_B2'")
        b.fingerprint = "No such customer: '<value>'"
        try writer.commit(eventsBatch([a, b], endOffset: 200), to: source)
        writer.close()
        let rows = try Store.openReadOnly(path: dir.path("store.db"))
            .query("SELECT fingerprint, count(*), count(DISTINCT message) FROM errors GROUP BY 1").rows
        #expect(rows == [[.text("No such customer: '<value>'"), .integer(2), .integer(2)]])
    }
}

extension SuccessCandidates {
    mutating func add(request: String?, key: String?, line: Int, millis: Int64?) {
        var request = request
        var key = key
        func bytes(_ text: inout String?, _ body: (UnsafeRawBufferPointer?) -> Void) {
            guard text != nil else { return body(nil) }
            text!.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
        bytes(&request) { r in
            bytes(&key) { k in
                append(requestID: r, idempotencyKey: k, line: line, byteOffset: Int64(line) * 100, millis: millis, status: 200)
            }
        }
    }
}
