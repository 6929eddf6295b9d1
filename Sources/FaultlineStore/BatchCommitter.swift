/// Writes one `Batch` inside the caller's transaction: events, traffic counts, rejects, and the source's
/// progress. Statements are prepared once and reused for every batch, because batches are the hot path.
final class BatchCommitter {
    private let db: Database
    private let interner: Interner
    private let insertEvents: GroupedStatement
    /// The ids of the rows of the INSERT being bound.
    private var rows: [EventIDs] = []
    /// The kind id of each event of the batch so far, for the events that share an earlier one's kind.
    private var eventKinds: [Int64] = []
    /// The batch's contributions to `error_hours` rows, merged into `openHours` once the batch is written.
    private var batchHours: [HourKey: Int] = [:]
    private var batchHourCounts: [BatchHourCount] = []
    private let upsertTraffic: GroupedStatement
    private let insertReject: Statement
    private let advanceSource: Statement
    private let insertSuccesses: GroupedStatement
    private let upsertHours: GroupedStatement
    /// Loaded from the store when the first success candidate arrives, then kept up to date.
    private var failures: RecentFailures?

    init(db: Database) throws {
        self.db = db
        interner = try Interner(db: db)
        insertEvents = try GroupedStatement(db: db, columns: 15) { rows in
            // OR FAIL: with the default ABORT, SQLite keeps a statement journal (a copy of every page the
            // statement changes) to undo a multi-row INSERT that fails halfway; a failure here rolls back the
            // whole transaction anyway.
            """
            INSERT OR FAIL INTO events (hour, request_id, source_id, line, ms, kind_id, status, idempotency_key, method,
                                        endpoint_id, message_id, param, decline_code, format_id, byte_offset)
            VALUES \(GroupedStatement.values(rows: rows, columns: 15))
            """
        }
        upsertTraffic = try GroupedStatement(db: db, columns: 6) { rows in
            """
            INSERT INTO traffic (hour, provider, method, endpoint_id, status_class, count)
            VALUES \(GroupedStatement.values(rows: rows, columns: 6))
            ON CONFLICT (hour, provider, method, endpoint_id, status_class) DO UPDATE SET count = count + excluded.count
            """
        }
        insertSuccesses = try GroupedStatement(db: db, columns: 7) { rows in
            // OR FAIL, so this multi-row INSERT needs no statement journal (see `insertEvents`).
            """
            INSERT OR FAIL INTO success_attempts (id, ts_ms, status, request_id, idempotency_key, byte_offset)
            VALUES \(GroupedStatement.values(rows: rows, columns: 7) { b in
                "((?\(b + 1) << 40) | ?\(b + 2), " + (3...7).map { "?\(b + $0)" }.joined(separator: ", ") + ")"
            })
            """
        }
        // An hour is timed or not as a whole (hour '' has no ms), so min and max never meet a NULL beside a
        // number. Every SET expression sees the row as it was before the update.
        upsertHours = try GroupedStatement(db: db, columns: 8) { rows in
            """
            INSERT INTO error_hours (hour, kind_id, endpoint_id, count, first_ms, last_ms, last_request_ms, last_request_id)
            VALUES \(GroupedStatement.values(rows: rows, columns: 8))
            ON CONFLICT (hour, kind_id, endpoint_id) DO UPDATE SET count = count + excluded.count,
              first_ms = min(first_ms, excluded.first_ms), last_ms = max(last_ms, excluded.last_ms),
              last_request_ms = CASE WHEN \(Self.excludedRequestIsNewer) THEN excluded.last_request_ms ELSE last_request_ms END,
              last_request_id = CASE WHEN \(Self.excludedRequestIsNewer) THEN excluded.last_request_id ELSE last_request_id END
            """
        }
        insertReject = try db.prepare(
            "INSERT INTO rejects (source_id, line, byte_offset, reason, excerpt) VALUES (?1, ?2, ?3, ?4, ?5)",
            persistent: true)
        // `bytes_done <= ?2` refuses a batch that would move a source backwards: resuming relies on
        // bytes_done only ever growing.
        advanceSource = try db.prepare("""
            UPDATE sources SET bytes_done = ?2, lines_done = lines_done + ?3, errors = errors + ?4,
              successes = successes + ?5, rejects = rejects + ?6, blanks = blanks + ?7,
              redactions = redactions + ?8, open_line_offset = ?9, last_ingested_at = \(SQLTime.now)
            WHERE id = ?1 AND bytes_done <= ?2
            """, persistent: true)
    }

    /// Whether the upserted row's last request is newer than the stored one's (later, or as late with a larger id).
    private static let excludedRequestIsNewer = """
        excluded.last_request_id IS NOT NULL AND (last_request_id IS NULL
          OR (coalesce(excluded.last_request_ms, 0), excluded.last_request_id) > (coalesce(last_request_ms, 0), last_request_id))
        """

    /// Hourly and traffic counts of the batches written in the open transaction, summed so that each counter
    /// row is written once per transaction, by `finish()`.
    private var openHours: [HourKey: HourCount] = [:]
    /// The request ids of `openHours`, appended as they change; cleared with it.
    private var hourTexts: [UInt8] = []
    private var openTraffic: [TrafficKey: Int] = [:]

    /// Writes one batch of a source inside the caller's transaction; `finish()` must follow before it commits.
    /// The caller owns the transaction, so a throw here leaves nothing once it rolls back.
    func write(_ batch: Batch, to sourceID: Int64) throws {
        try insertEvents(batch.packedEvents, sourceID: sourceID)
        try insertSuccesses(batch.successCandidates, sourceID: sourceID)
        for (key, count) in batch.traffic { openTraffic[key, default: 0] += count }
        try insertRejects(batch.rejects, sourceID: sourceID)
        try advance(sourceID, by: batch)
    }

    /// Writes the counters summed since the transaction began; call it last, just before COMMIT.
    func finish() throws {
        try upsert(openHours)
        try upsert(openTraffic)
        openHours.removeAll(keepingCapacity: true)
        hourTexts.removeAll(keepingCapacity: true)
        openTraffic.removeAll(keepingCapacity: true)
    }

    /// The caller rolled back: ids interned during the transaction are gone.
    func rolledBack() {
        interner.forgetAll()
        openHours.removeAll()
        hourTexts.removeAll()
        openTraffic.removeAll()
        // Failures remembered from the rolled-back batch would only make extra candidates match: harmless,
        // but reloading keeps the set exactly what the store says.
        failures = nil
    }

    private func insertEvents(_ events: PackedEvents, sourceID: Int64) throws {
        guard !events.isEmpty else { return }
        batchHours.removeAll(keepingCapacity: true)
        batchHourCounts.removeAll(keepingCapacity: true)
        eventKinds.removeAll(keepingCapacity: true)
        // Texts are bound straight from the batch's buffer, so every statement runs while it is pinned.
        try events.text.withUnsafeBytes { text in
            let texts = PackedText(events: events, bytes: text)
            try insertEvents.run(count: events.count) { s, group in
                try insert(group, of: texts, with: s, sourceID: sourceID)
            }
            mergeBatchHours(texts)
        }
    }

    /// Interns and binds the rows of `group`, for the caller to run.
    private func insert(_ group: Range<Int>, of texts: PackedText, with s: Statement, sourceID: Int64) throws {
        let events = texts.events
        rows.removeAll(keepingCapacity: true)
        for e in group {
            let f = events.fixed[e]
            let kind = f.sameKindAs >= 0 ? eventKinds[Int(f.sameKindAs)] : try interner.kindID(
                provider: texts[e, .provider] ?? PackedText.empty, code: texts[e, .code] ?? PackedText.empty,
                category: texts[e, .category], retryable: f.retryable < 0 ? nil : f.retryable == 1,
                retryBasis: texts[e, .retryBasis] ?? PackedText.empty, known: f.known, guidance: texts[e, .guidance])
            eventKinds.append(kind)
            let endpoint = try interner.endpointID(host: texts[e, .host], path: texts[e, .endpoint])
            let message = try texts[e, .message].map { try interner.messageID($0, fingerprint: texts[e, .fingerprint]) }
            let format = try interner.formatID(texts[e, .format] ?? PackedText.empty)
            countHour(e, of: texts, kind: kind, endpoint: endpoint ?? 0)
            if let key = OperationKey.of(idempotencyKey: texts[e, .idempotencyKey], requestID: texts[e, .requestID]) {
                failures?.insert(OperationKey.hash(key))
            }
            rows.append(EventIDs(kind: kind, endpoint: endpoint, message: message, format: format))
        }
        // A missing text field binds as NULL; `base` is never nil, so an empty one binds as ''.
        let base = texts.base
        // Every parameter is bound for every row, so no binding from an earlier group survives.
        for (index, (e, ids)) in zip(group, rows).enumerated() {
            let p = Int32(index) * insertEvents.columns
            let f = events.fixed[e]
            try bindHour(f.hasTime ? f.hour : nil, to: s, at: p + 1)
            // Part of the primary key, which cannot be NULL: '' stands for no request id.
            try s.bindNoCopy(texts.span(e, .requestID) ?? TextSpan(offset: 0, count: 0), base: base, at: p + 2)
            try s.bind(sourceID, at: p + 3)
            try s.bind(f.line, at: p + 4)
            try s.bind(texts.millisecond(e), at: p + 5)
            try s.bind(ids.kind, at: p + 6)
            try s.bind(f.hasStatus ? f.status : nil, at: p + 7)
            try s.bindNoCopy(texts.span(e, .idempotencyKey), base: base, at: p + 8)
            try s.bindNoCopy(texts.span(e, .method), base: base, at: p + 9)
            try s.bind(ids.endpoint, at: p + 10)
            try s.bind(ids.message, at: p + 11)
            try s.bindNoCopy(texts.span(e, .param), base: base, at: p + 12)
            try s.bindNoCopy(texts.span(e, .declineCode), base: base, at: p + 13)
            try s.bind(ids.format, at: p + 14)
            try s.bind(f.byteOffset, at: p + 15)
        }
    }

    /// Adds event `e` to this batch's count for its hour, kind and endpoint.
    private func countHour(_ e: Int, of texts: PackedText, kind: Int64, endpoint: Int64) {
        let f = texts.events.fixed[e]
        let key = HourKey(hour: f.hasTime ? f.hour : nil, kind: kind, endpoint: endpoint)
        if let index = batchHours[key] {
            batchHourCounts[index].add(e, of: texts)
        } else {
            batchHours[key] = batchHourCounts.count
            var count = BatchHourCount(key: key)
            count.add(e, of: texts)
            batchHourCounts.append(count)
        }
    }

    /// Folds this batch's hourly counts into the transaction's, copying a request id only when it becomes the
    /// row's newest.
    private func mergeBatchHours(_ texts: PackedText) {
        for batch in batchHourCounts {
            var open = openHours[batch.key] ?? HourCount()
            open.count += batch.count
            if let first = batch.firstMS { open.firstMS = min(open.firstMS ?? first, first) }
            if let last = batch.lastMS { open.lastMS = max(open.lastMS ?? last, last) }
            if let e = batch.newest, let request = texts[e, .requestID] {
                let ms = texts.millisecond(e)
                let isNewer = open.newest.map { kept in
                    hourTexts.withUnsafeBytes { isLater(ms, request, than: kept.ms, UnsafeRawBufferPointer(rebasing: $0[kept.id.range])) }
                }
                if isNewer ?? true { open.newest = HourCount.Request(ms: ms, id: keepHourText(request)) }
            }
            openHours[batch.key] = open
        }
        batchHours.removeAll(keepingCapacity: true)
        batchHourCounts.removeAll(keepingCapacity: true)
    }

    /// Appends a request id to `hourTexts`.
    private func keepHourText(_ text: UnsafeRawBufferPointer) -> TextSpan {
        let start = hourTexts.count
        hourTexts.append(contentsOf: text.bindMemory(to: UInt8.self))
        return TextSpan(offset: start, count: hourTexts.count - start)
    }

    private func upsert(_ hours: [HourKey: HourCount]) throws {
        let entries = Array(hours)
        try hourTexts.withUnsafeBytes { texts in
            let base = nonNilBase(texts)
            try upsertHours.run(count: entries.count) { s, group in
                for (index, (key, count)) in entries[group].enumerated() {
                    let p = Int32(index) * upsertHours.columns
                    try bindHour(key.hour, to: s, at: p + 1)
                    try s.bind(key.kind, at: p + 2)
                    try s.bind(key.endpoint, at: p + 3)
                    try s.bind(count.count, at: p + 4)
                    try s.bind(count.firstMS, at: p + 5)
                    try s.bind(count.lastMS, at: p + 6)
                    try s.bind(count.newest?.ms, at: p + 7)
                    try s.bindNoCopy(count.newest?.id, base: base, at: p + 8)
                }
            }
        }
    }

    /// Binds an `hour` column: the hour number, or '' for lines without a time (it is part of primary keys,
    /// which cannot be NULL).
    private func bindHour(_ hour: Int64?, to s: Statement, at index: Int32) throws {
        if let hour { try s.bind(hour, at: index) } else { try s.bind("", at: index) }
    }

    /// Stores the candidates whose operation key belongs to an earlier failure (this batch's events included).
    private func insertSuccesses(_ candidates: SuccessCandidates, sourceID: Int64) throws {
        guard candidates.count > 0 else { return }
        if failures == nil { failures = try loadRecentFailures() }
        guard let failures, !failures.isEmpty else { return }
        let kept = candidates.entries.filter { failures.contains($0.keyHash) }
        try candidates.text.withUnsafeBytes { text in
            let base = nonNilBase(text)
            try insertSuccesses.run(count: kept.count) { s, group in
                for (index, entry) in kept[group].enumerated() {
                    let p = Int32(index) * insertSuccesses.columns
                    try s.bind(sourceID, at: p + 1)
                    try s.bind(entry.line, at: p + 2)
                    try s.bind(entry.millis, at: p + 3)
                    try s.bind(entry.status, at: p + 4)
                    try s.bindNoCopy(entry.requestID.map { TextSpan(offset: $0.lowerBound, count: $0.count) }, base: base, at: p + 5)
                    try s.bindNoCopy(entry.idempotencyKey.map { TextSpan(offset: $0.lowerBound, count: $0.count) }, base: base,
                                     at: p + 6)
                    try s.bind(entry.byteOffset, at: p + 7)
                }
            }
        }
    }

    /// The operation keys of the newest stored failures, so a retry that succeeds in a later file or run
    /// still finds the failure it follows.
    private func loadRecentFailures() throws -> RecentFailures {
        var recent = RecentFailures()
        let s = try db.prepare("""
            SELECT coalesce(nullif(idempotency_key, ''), request_id) FROM events
            WHERE coalesce(nullif(idempotency_key, ''), request_id) <> '' ORDER BY hour DESC LIMIT ?1
            """)
        try s.bind(recent.generationSize, at: 1)
        var keys: [UInt64] = []
        while try s.step() { keys.append(s.withText(at: 0) { OperationKey.hash($0) }) }
        for key in keys.reversed() { recent.insert(key) }
        return recent
    }

    private func upsert(_ traffic: [TrafficKey: Int]) throws {
        let entries = traffic.filter { $0.value != 0 }.map { $0 }
        try upsertTraffic.run(count: entries.count) { s, group in
            for (index, (key, count)) in entries[group].enumerated() {
                try bind(key, count: count, to: s, from: Int32(index) * upsertTraffic.columns + 1)
            }
        }
    }

    /// Binds a traffic key as (hour, provider, method, endpoint_id, status_class) and `count`, from parameter
    /// `first` on.
    private func bind(_ key: TrafficKey, count: Int, to s: Statement, from first: Int32 = 1) throws {
        // Traffic without an endpoint uses endpoint_id 0: it is part of the primary key, which cannot be NULL.
        let endpoint = try interner.endpointID(host: key.host, path: key.endpoint) ?? 0
        try s.bind(key.hour, at: first)
        try s.bind(key.provider, at: first + 1)
        try s.bind(key.method, at: first + 2)
        try s.bind(endpoint, at: first + 3)
        try s.bind(key.statusClass, at: first + 4)
        try s.bind(count, at: first + 5)
    }

    private func insertRejects(_ rejects: [RejectRecord], sourceID: Int64) throws {
        for reject in rejects {
            try insertReject.bind(sourceID, at: 1)
            try insertReject.bind(reject.line, at: 2)
            try insertReject.bind(reject.byteOffset, at: 3)
            try insertReject.bind(reject.reason, at: 4)
            try insertReject.bind(reject.excerpt, at: 5)
            try insertReject.run()
        }
    }

    private func advance(_ sourceID: Int64, by batch: Batch) throws {
        let s = advanceSource
        try s.bind(sourceID, at: 1)
        try s.bind(batch.endOffset, at: 2)
        try s.bind(batch.linesRead, at: 3)
        try s.bind(batch.eventCount, at: 4)
        try s.bind(batch.successes, at: 5)
        try s.bind(batch.rejects.count, at: 6)
        try s.bind(batch.blanks, at: 7)
        try s.bind(batch.redactions, at: 8)
        try s.bind(batch.openLineOffset, at: 9)
        try s.run()
        guard db.changes == 1 else {
            throw StoreError.misuse("cannot commit to source \(sourceID): it does not exist, or its bytes_done is "
                + "already past \(batch.endOffset) (batches must be committed in file order)")
        }
    }

    /// Takes back the last line counted for a source (line `number`, starting at `offset`), so that it can be
    /// read again: its event or reject row is deleted, or, for a success or blank, `outcome` (the same line
    /// processed again) says which counter to decrement. The caller owns the transaction.
    func retract(line number: Int, at offset: Int64, outcome: Batch, from sourceID: Int64) throws {
        // events is keyed by hour and request id first: the line read again gives both.
        var deletedEvents = 0
        if outcome.packedEvents.count == 1 {
            let event = outcome.packedEvents.fixed[0]
            let hour = event.hasTime ? event.hour : nil
            let events = try db.prepare("""
                DELETE FROM events WHERE hour = ?1 AND request_id = ?2 AND source_id = ?3 AND line = ?4
                RETURNING kind_id, coalesce(endpoint_id, 0)
                """)
            try bindHour(hour, to: events, at: 1)
            try events.bind(outcome.packedEvents.string(0, .requestID) ?? "", at: 2)
            try events.bind(sourceID, at: 3)
            try events.bind(number, at: 4)
            var counted: (kind: Int64, endpoint: Int64)?
            while try events.step() {
                deletedEvents += 1
                counted = (events.int64(at: 0), events.int64(at: 1))
            }
            if let counted { try recount(hour: hour, kind: counted.kind, endpoint: counted.endpoint) }
        }
        let keptSuccess = try db.prepare("DELETE FROM success_attempts WHERE id = (?1 << 40) | ?2")
        try keptSuccess.bind(sourceID, at: 1)
        try keptSuccess.bind(number, at: 2)
        try keptSuccess.run()
        let rejects = try db.prepare("DELETE FROM rejects WHERE source_id = ?1 AND line = ?2")
        try rejects.bind(sourceID, at: 1)
        try rejects.bind(number, at: 2)
        try rejects.run()
        let deletedRejects = db.changes
        var successes = 0
        var blanks = 0
        if deletedEvents + deletedRejects == 0 {
            successes = outcome.successes
            blanks = outcome.blanks
            for (key, count) in outcome.traffic {
                let s = try db.prepare("""
                    UPDATE traffic SET count = count - ?6
                    WHERE hour = ?1 AND provider = ?2 AND method = ?3 AND endpoint_id = ?4 AND status_class = ?5
                    """)
                try bind(key, count: count, to: s)
                try s.run()
                guard db.changes == 1 else { throw StoreError.misuse("line \(number) of source \(sourceID) is not in the traffic counts it should be in") }
            }
            try db.execute("DELETE FROM traffic WHERE count <= 0")
        }
        guard deletedEvents + deletedRejects + successes + blanks == 1 else {
            throw StoreError.misuse("line \(number) of source \(sourceID) cannot be taken back: its outcome is not what reading it again gives")
        }
        let s = try db.prepare("""
            UPDATE sources SET bytes_done = ?2, lines_done = lines_done - 1, errors = errors - ?4,
              rejects = rejects - ?5, successes = successes - ?6, blanks = blanks - ?7,
              redactions = max(0, redactions - ?8), open_line_offset = NULL, last_ingested_at = \(SQLTime.now)
            WHERE id = ?1 AND lines_done = ?3 AND open_line_offset = ?2
            """)
        try s.bind(sourceID, at: 1)
        try s.bind(offset, at: 2)
        try s.bind(number, at: 3)
        try s.bind(deletedEvents, at: 4)
        try s.bind(deletedRejects, at: 5)
        try s.bind(successes, at: 6)
        try s.bind(blanks, at: 7)
        try s.bind(outcome.redactions, at: 8)
        try s.run()
        guard db.changes == 1 else { throw StoreError.misuse("source \(sourceID) has no open last line \(number) at \(offset)") }
    }

    /// Rebuilds one `error_hours` row from the events after one of them was taken back.
    private func recount(hour: Int64?, kind: Int64, endpoint: Int64) throws {
        let delete = try db.prepare("DELETE FROM error_hours WHERE hour = ?1 AND kind_id = ?2 AND endpoint_id = ?3")
        try bindHour(hour, to: delete, at: 1)
        try delete.bind(kind, at: 2)
        try delete.bind(endpoint, at: 3)
        try delete.run()
        let insert = try db.prepare("""
            WITH hour_events AS (
              SELECT ms, request_id FROM events WHERE hour = ?1 AND kind_id = ?2 AND coalesce(endpoint_id, 0) = ?3
            ),
            newest AS (
              SELECT ms, request_id FROM hour_events WHERE request_id <> '' ORDER BY ms DESC, request_id DESC LIMIT 1
            )
            INSERT INTO error_hours (hour, kind_id, endpoint_id, count, first_ms, last_ms, last_request_ms, last_request_id)
            SELECT ?1, ?2, ?3, count(*), min(ms), max(ms), (SELECT ms FROM newest), (SELECT request_id FROM newest)
            FROM hour_events
            HAVING count(*) > 0
            """)
        try bindHour(hour, to: insert, at: 1)
        try insert.bind(kind, at: 2)
        try insert.bind(endpoint, at: 3)
        try insert.run()
    }
}

/// The interned ids of one `events` row.
private struct EventIDs {
    var kind: Int64
    var endpoint: Int64?
    var message: Int64?
    var format: Int64
}

/// A batch's events with their text buffer pinned: each text field as a buffer of its bytes.
private struct PackedText {
    static var empty: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }

    let events: PackedEvents
    let bytes: UnsafeRawBufferPointer

    var base: UnsafePointer<UInt8> { nonNilBase(bytes) }

    subscript(event: Int, field: PackedEvents.Field) -> UnsafeRawBufferPointer? {
        let s = events.span(event, field)
        guard s.count >= 0 else { return nil }
        guard s.count > 0 else { return Self.empty }
        return UnsafeRawBufferPointer(rebasing: bytes[Int(s.offset)..<Int(s.offset) + Int(s.count)])
    }

    func span(_ event: Int, _ field: PackedEvents.Field) -> TextSpan? {
        let s = events.span(event, field)
        return s.count < 0 ? nil : TextSpan(offset: Int(s.offset), count: Int(s.count))
    }

    /// The event's milliseconds into its hour; nil without a time.
    func millisecond(_ event: Int) -> Int64? {
        let f = events.fixed[event]
        return f.hasTime ? Int64(f.millisecond) : nil
    }
}

/// The buffer's start, never nil even when it is empty: a nil pointer would bind an empty value as NULL.
private func nonNilBase(_ bytes: UnsafeRawBufferPointer) -> UnsafePointer<UInt8> {
    bytes.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) } ?? noBytes
}

// Allocated once and never written.
nonisolated(unsafe) private let noBytes: UnsafePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    p.initialize(to: 0)
    return UnsafePointer(p)
}()

/// Byte order, as SQLite compares text.
private func precedes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    let n = min(a.count, b.count)
    if n > 0, case let c = memcmp(a.baseAddress!, b.baseAddress!, n), c != 0 { return c < 0 }
    return a.count < b.count
}

/// Whether the event (ms, request) is newer than (otherMS, otherRequest) within one hour, as
/// `error_hours.last_request_ms` and `last_request_id` pick it: later, or as late with a larger id. An hour
/// is timed or not as a whole, so both times are nil or neither is.
private func isLater(
    _ ms: Int64?, _ request: UnsafeRawBufferPointer, than otherMS: Int64?, _ otherRequest: UnsafeRawBufferPointer
) -> Bool {
    let (a, b) = (ms ?? 0, otherMS ?? 0)
    return a != b ? a > b : precedes(otherRequest, request)
}

/// One `error_hours` row's key.
private struct HourKey: Hashable {
    /// nil for lines without a time.
    var hour: Int64?
    var kind: Int64
    var endpoint: Int64

    /// One word into the hasher instead of four: every stored error looks its key up.
    func hash(into hasher: inout Hasher) {
        var h = UInt64(bitPattern: hour ?? Int64.min) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ UInt64(bitPattern: kind)) &* 0xC4CE_B9FE_1A85_EC53
        hasher.combine(h ^ UInt64(bitPattern: endpoint))
    }
}

/// One batch's contribution to an `error_hours` row.
private struct BatchHourCount {
    let key: HourKey
    var count = 0
    var firstMS: Int64?
    var lastMS: Int64?
    /// The newest event with a request id (see `isLater`).
    var newest: Int?

    init(key: HourKey) { self.key = key }

    mutating func add(_ e: Int, of texts: PackedText) {
        count += 1
        let ms = texts.millisecond(e)
        if let ms {
            firstMS = min(firstMS ?? ms, ms)
            lastMS = max(lastMS ?? ms, ms)
        }
        // An empty request id is stored as none ('').
        if let request = texts[e, .requestID], !request.isEmpty {
            if newest.map({ isLater(ms, request, than: texts.millisecond($0), texts[$0, .requestID]!) }) ?? true { newest = e }
        }
    }
}

/// The transaction's contribution to an `error_hours` row.
private struct HourCount {
    struct Request {
        var ms: Int64?
        /// A span of `hourTexts`.
        var id: TextSpan
    }

    var count = 0
    var firstMS: Int64?
    var lastMS: Int64?
    /// The newest event with a request id.
    var newest: Request?
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
