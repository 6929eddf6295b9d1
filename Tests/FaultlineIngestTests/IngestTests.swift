import Foundation
import Testing

@testable import FaultlineIngest

@Suite struct IngestTests {
    @Test func everyLineOfTheSamplesIsAccountedForExactlyOnce() throws {
        let fixture = try IngestFixture()
        let summary = try fixture.ingest([IngestFixture.samples.path])
        let expectedLines = try FileManager.default.contentsOfDirectory(atPath: IngestFixture.samples.path)
            .filter { $0.hasSuffix(".jsonl") }
            .map { try String(contentsOf: IngestFixture.samples.appendingPathComponent($0), encoding: .isoLatin1).split(separator: "\n", omittingEmptySubsequences: false).count - 1 }
            .reduce(0, +)
        #expect(summary.isBalanced)
        #expect(summary.lines >= expectedLines + 369)  // plus the gzipped dump's 369 lines
        let stored = try fixture.accounted()
        #expect(stored.lines == summary.lines)
        #expect(stored.errors == summary.errors && stored.rejects == summary.rejects && stored.blanks == summary.blanks)
        #expect(try fixture.int("SELECT count(*) FROM events") == summary.errors)
        #expect(try fixture.int("SELECT count(*) FROM rejects") == summary.rejects)
        #expect(try fixture.int("SELECT sum(count) FROM traffic") == summary.successes)
    }

    @Test func reingestingTheSameFilesAddsNothing() throws {
        let fixture = try IngestFixture()
        let first = try fixture.ingest([IngestFixture.samples.path])
        let second = try fixture.ingest([IngestFixture.samples.path])
        #expect(second.lines == 0 && second.errors == 0)
        #expect(second.skippedLines == first.lines)
        #expect(second.skippedFiles == first.files)
        #expect(try fixture.int("SELECT count(*) FROM events") == first.errors)
    }

    @Test func aFileThatHasGrownAddsOnlyItsNewLines() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("app.jsonl", [flatLine(200), flatLine(429, body: #"{"code":"RATE_LIMIT_EXCEEDED","message":"slow"}"#)])
        #expect(try fixture.ingest([path]).lines == 2)
        try fixture.append(path, [flatLine(500, body: #"{"error":{"code":"INTERNAL_ERROR","message":"x"}}"#), flatLine(201)])
        let second = try fixture.ingest([path])
        #expect(second.lines == 2 && second.errors == 1 && second.successes == 1 && second.skippedLines == 2)
        #expect(try fixture.int("SELECT count(*) FROM events") == 2)
        #expect(try fixture.int("SELECT max(line) FROM events") == 3)
    }

    @Test func aLastLineCutOffWhileTheFileWasWrittenIsCountedOnceWholeWhenTheFileGrows() throws {
        let fixture = try IngestFixture()
        let first = flatLine(200, requestID: "req_a")
        let second = flatLine(429, body: #"{"code":"RATE_LIMIT_EXCEEDED","message":"slow"}"#, requestID: "req_b")
        let path = fixture.directory.appendingPathComponent("live.jsonl").path
        try Data((first + "\n" + String(second.prefix(60))).utf8).write(to: URL(fileURLWithPath: path))
        let early = try fixture.ingest([path])
        #expect(early.lines == 2 && early.rejects == 1)
        // The writer finishes the line and adds one more.
        try Data((first + "\n" + second + "\n" + flatLine(500, body: #"{"error":{"code":"INTERNAL_ERROR","message":"x"}}"#) + "\n").utf8)
            .write(to: URL(fileURLWithPath: path))
        let later = try fixture.ingest([path])
        #expect(later.lines == 2 && later.skippedLines == 1)
        let stored = try fixture.accounted()
        #expect(stored.lines == 3 && stored.errors == 2 && stored.successes == 1 && stored.rejects == 0)
        #expect(try fixture.texts("SELECT code FROM errors ORDER BY line") == ["RATE_LIMIT_EXCEEDED", "INTERNAL_ERROR"])
        // Ingesting the finished file again adds nothing.
        #expect(try fixture.ingest([path]).lines == 0)
    }

    @Test func aCompleteLastLineWithoutANewlineIsNotCountedTwiceWhenTheFileGrows() throws {
        let fixture = try IngestFixture()
        let path = fixture.directory.appendingPathComponent("live.jsonl").path
        let a = flatLine(200, requestID: "req_a"), b = flatLine(201, requestID: "req_b")
        try Data((a + "\n" + b).utf8).write(to: URL(fileURLWithPath: path))
        #expect(try fixture.ingest([path]).successes == 2)
        try Data((a + "\n" + b + "\n" + flatLine(202, requestID: "req_c") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let later = try fixture.ingest([path])
        #expect(later.lines == 2)
        #expect(try fixture.accounted().successes == 3)
        #expect(try fixture.int("SELECT sum(count) FROM traffic") == 3)
    }

    @Test func aCompleteLastErrorLineWithoutANewlineIsStoredOnceWhenTheFileGrows() throws {
        let fixture = try IngestFixture()
        let path = fixture.directory.appendingPathComponent("live.jsonl").path
        let a = flatLine(200, requestID: "req_a")
        let b = flatLine(429, body: #"{"code":"RATE_LIMIT_EXCEEDED","message":"slow"}"#, requestID: "req_b")
        try Data((a + "\n" + b).utf8).write(to: URL(fileURLWithPath: path))
        #expect(try fixture.ingest([path]).errors == 1)
        try Data((a + "\n" + b + "\n" + flatLine(500, body: #"{"error":{"code":"INTERNAL_ERROR","message":"x"}}"#) + "\n").utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect(try fixture.ingest([path]).lines == 2)
        #expect(try fixture.accounted().errors == 2)
        #expect(try fixture.texts("SELECT code || ':' || line FROM errors ORDER BY line") == ["RATE_LIMIT_EXCEEDED:2", "INTERNAL_ERROR:3"])
        #expect(try fixture.int("SELECT sum(count) FROM error_hours") == 2)
    }

    @Test func aRenamedCopyIsRecognisedByItsContent() throws {
        let fixture = try IngestFixture()
        let lines = (0..<50).map { flatLine($0 % 5 == 0 ? 503 : 200, requestID: "req_\($0)") }
        let original = try fixture.write("a.jsonl", lines)
        try fixture.ingest([original])
        let renamed = try fixture.write("a.jsonl.1", lines)
        let again = try fixture.ingest([renamed])
        #expect(again.lines == 0 && again.skippedLines == 50)
    }

    @Test func aSmallFileThatGrewAndWasRotatedAddsOnlyItsNewLines() throws {
        let fixture = try IngestFixture()
        let lines = (0..<150).map { flatLine($0 % 7 == 0 ? 502 : 200, requestID: "req_\($0)") }
        let live = try fixture.write("app.log", Array(lines.prefix(100)))
        #expect(try fixture.ingest([live]).lines == 100)
        try FileManager.default.removeItem(atPath: live)
        let rotated = try fixture.write("app.log.1", lines)
        let again = try fixture.ingest([rotated])
        #expect(again.lines == 50 && again.skippedLines == 100)
        #expect(try fixture.accounted().lines == 150)
        #expect(try fixture.int("SELECT count(*) FROM sources") == 1)
    }

    @Test func aTruncatedCopyOfAnIngestedFileAddsNothing() throws {
        let fixture = try IngestFixture()
        let lines = (0..<2_000).map { flatLine($0 % 7 == 0 ? 502 : 200, requestID: "req_\($0)") }
        let path = try fixture.write("big.jsonl", lines)
        let first = try fixture.ingest([path])
        let copy = try fixture.write("big-copy.jsonl", Array(lines.prefix(1_500)))
        let again = try fixture.ingest([copy])
        #expect(first.lines == 2_000 && again.lines == 0)
        #expect(again.rewritten.isEmpty)
        #expect(try fixture.accounted().lines == 2_000)
    }

    /// copytruncate-style: the file keeps its first bytes, is cut short in place, then new lines are appended.
    /// Resuming at the old offset lost every line before it (here all 1,500 of the file's lines).
    @Test func aFileRewrittenShorterInPlaceAndGrownAgainIsReadWholeAndSaidToBeRewritten() throws {
        let fixture = try IngestFixture()
        let lines = (0..<3_000).map { flatLine($0 % 7 == 0 ? 502 : 200, requestID: "req_\($0)") }
        let path = try fixture.write("app.log", lines)
        #expect(try fixture.ingest([path]).lines == 3_000)
        let fresh = (0..<500).map { flatLine(503, requestID: "req_new_\($0)") }
        try fixture.write("app.log", Array(lines.prefix(1_000)) + fresh)
        let again = try fixture.ingest([path])
        #expect(again.lines == 1_500)
        #expect(again.rewritten.map(\.path) == [path])
        #expect(again.rewritten.first?.reason.contains("fewer than the") == true)
        #expect(try fixture.int("SELECT count(*) FROM events WHERE request_id LIKE 'req_new_%'") == 500)
        // The file as it now stands is remembered: growing once more adds only the new lines.
        try fixture.append(path, ["{}"])
        let third = try fixture.ingest([path])
        #expect(third.lines == 1 && third.rewritten.isEmpty && third.skippedLines == 1_500)
    }

    @Test func aFileRewrittenInPlaceToMoreThanItHeldIsReadWhole() throws {
        let fixture = try IngestFixture()
        let lines = (0..<2_000).map { flatLine($0 % 7 == 0 ? 502 : 200, requestID: "req_\($0)") }
        let path = try fixture.write("app.log", lines)
        #expect(try fixture.ingest([path]).lines == 2_000)
        let fresh = (0..<1_500).map { flatLine(503, requestID: "req_rewritten_\($0)x") }
        try fixture.write("app.log", Array(lines.prefix(1_000)) + fresh)
        let again = try fixture.ingest([path])
        #expect(again.lines == 2_500)
        #expect(again.rewritten.map(\.path) == [path])
        #expect(try fixture.accounted().lines == 4_500)
    }

    /// Rewritten with lines of the very same lengths: every old line end is still a line end, only the bytes differ.
    @Test func aFileRewrittenInPlaceWithLinesOfTheSameLengthsIsReadWhole() throws {
        let fixture = try IngestFixture()
        let lines = (0..<2_000).map { flatLine($0 % 7 == 0 ? 502 : 200, requestID: "req_\($0)") }
        let path = try fixture.write("app.log", lines)
        #expect(try fixture.ingest([path]).lines == 2_000)
        let rewritten = lines.prefix(1_000) + lines.dropFirst(1_000).map { $0.replacingOccurrences(of: "req_", with: "rex_") }
        try fixture.write("app.log", Array(rewritten) + [flatLine(503, requestID: "req_after")])
        let again = try fixture.ingest([path])
        #expect(again.lines == 2_001)
        #expect(again.rewritten.first?.reason.contains("are not the ones read from it before") == true)
        // Growing, on the other hand, is still only growing.
        try fixture.append(path, [flatLine(503, requestID: "req_later")])
        let third = try fixture.ingest([path])
        #expect(third.lines == 1 && third.rewritten.isEmpty)
    }

    @Test func readsEveryFieldLayout() throws {
        let fixture = try IngestFixture()
        let body = #"{"error":{"code":"INTERNAL_ERROR","message":"boom"}}"#
        let escaped = body.replacingOccurrences(of: "\"", with: "\\\"")
        let layouts = [
            // flat
            #"{"timestamp":"2026-11-22T10:00:00.5+02:00","method":"post","path":"/v1/payment_intents/pi_3NxAbc123/confirm?x=1","status":500,"request_id":"req_flat","idempotency_key":"idem_1","response_body":\#(body)}"#,
            // nested http, body as a JSON string, headers
            #"{"@timestamp":"2026-11-22T08:00:00.500Z","http":{"method":"POST","url":"https://api.flint.dev/v1/payment_intents/pi_3NxAbc123/confirm","status_code":500,"response":{"body":"\#(escaped)"}},"headers":{"X-Request-ID":"req_http","Idempotency-Key":"idem_2"}}"#,
            // request/response objects, epoch milliseconds
            #"{"ts":1795334400500,"request":{"method":"POST","path":"/v1/payment_intents/pi_3NxAbc123/confirm","headers":{"x-request-id":"req_rr"}},"response":{"status":500,"body":\#(body)}}"#,
            // nanoseconds since the epoch, as some shippers write them
            #"{"time":1795334400500000000,"status":500,"request_id":"req_ns","body":\#(body)}"#,
            // alternative names, epoch seconds
            #"{"time":1795334400,"statusCode":"500","requestId":"req_alt","body":\#(body),"request":{"url":"/v1/payment_intents/12345/confirm"}}"#,
        ]
        let path = try fixture.write("layouts.jsonl", layouts)
        let summary = try fixture.ingest([path])
        #expect(summary.errors == 5 && summary.rejects == 0)
        let rows = try fixture.rows("SELECT request_id, ts, method, endpoint, code, provider, idempotency_key FROM errors WHERE request_id != 'req_ns' ORDER BY line")
        #expect(rows.map { $0[0] } == [.text("req_flat"), .text("req_http"), .text("req_rr"), .text("req_alt")])
        #expect(rows.map { $0[1] } == [.text("2026-11-22T08:00:00.500Z"), .text("2026-11-22T08:00:00.500Z"), .text("2026-11-22T08:00:00.500Z"), .text("2026-11-22T08:00:00.000Z")])
        #expect(try fixture.texts("SELECT ts FROM errors WHERE request_id = 'req_ns'") == ["2026-11-22T08:00:00.500Z"])
        #expect(rows[0][2] == .text("POST"))
        #expect(Set(rows.map { $0[3] }) == [.text("/v1/payment_intents/{id}/confirm")])
        #expect(Set(rows.map { $0[4] }) == [.text("INTERNAL_ERROR")])
        #expect(rows[0][6] == .text("idem_1") && rows[1][6] == .text("idem_2"))
    }

    @Test func aStatusFieldWithoutAnHTTPStatusGivesWayToTheNextCandidate() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("statuses.jsonl", [
            #"{"status":"failed","http_status":500,"body":"oops"}"#,
            #"{"status":null,"response":{"status":502,"body":"<html>bad gateway</html>"}}"#,
            #"{"status":503.0,"body":""}"#,
            #"{"status":"succeeded","note":"no body"}"#,
        ])
        let summary = try fixture.ingest([path])
        #expect(summary.errors == 3 && summary.rejects == 1)
        #expect(try fixture.texts("SELECT code FROM errors ORDER BY line") == ["HTTP_500", "HTTP_502", "HTTP_503"])
        #expect(try fixture.texts("SELECT reason FROM rejects").first??.contains("holds no HTTP status") == true)
    }

    @Test func fieldOverridesReadOtherLayouts() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("custom.jsonl", [#"{"resp":{"code":404,"payload":{"code":"RESOURCE_NOT_FOUND","message":"no"}},"rid":"req_custom"}"#])
        let summary = try fixture.ingest([path]) {
            $0.fields = try! FieldMap.automatic.overriding(with: ["status=resp.code", "body=resp.payload", "request_id=rid"])
        }
        #expect(summary.errors == 1)
        #expect(try fixture.texts("SELECT request_id FROM errors") == ["req_custom"])
    }

    @Test func rejectsEachKindOfBadLineWithItsReasonAndKeepsGoing() throws {
        let fixture = try IngestFixture()
        let summary = try fixture.ingest([IngestFixture.samples.appendingPathComponent("bad-lines.jsonl").path])
        #expect(summary.isBalanced)
        let reasons = Set(try fixture.texts("SELECT reason FROM rejects").compactMap { $0?.split(separator: ":").first.map(String.init) })
        #expect(reasons == ["not_json", "not_object", "no_status_or_body", "invalid_utf8", "nul_byte"])
        #expect(summary.blanks == 2)
        #expect(summary.errors == 2)  // the 402 text body and the final line without a newline
        #expect(try fixture.int("SELECT count(*) FROM rejects WHERE excerpt LIKE '%not json at all%'") == 1)
        // The NUL byte is shown as ␀, so the excerpt is safe in a terminal or a spreadsheet.
        #expect(try fixture.int("SELECT count(*) FROM rejects WHERE instr(excerpt, char(0)) > 0") == 0)
        #expect(try fixture.int("SELECT count(*) FROM rejects WHERE excerpt LIKE '%nul␀byte%'") == 1)
    }

    @Test func rejectsOverlongLinesWithoutHoldingThem() throws {
        let fixture = try IngestFixture()
        let long = flatLine(500, body: #"{"error":{"code":"INTERNAL_ERROR","message":"\#(String(repeating: "x", count: 3_000_000))"}}"#)
        let path = try fixture.write("long.jsonl", [flatLine(200), long, flatLine(200)])
        let summary = try fixture.ingest([path]) { $0.maxLineBytes = 1 << 20 }
        #expect(summary.rejects == 1 && summary.successes == 2)
        #expect(try fixture.texts("SELECT reason FROM rejects").first??.hasPrefix("too_long") == true)
        #expect(try fixture.int("SELECT length(excerpt) FROM rejects") == 256)
    }

    @Test func redactsCardsKeysAndTokensBeforeWriting() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("secrets.jsonl", [
            flatLine(402, body: #"{"code":"REQUEST_FAILED","message":"card 4242-4242-4242-4242 failed for sk_live_abcDEF123456","param":"4000 0566 5566 5556"}"#),
            #"not json Bearer abc.def.ghi 4111111111111111"#,
        ])
        let summary = try fixture.ingest([path])
        #expect(summary.redactions == 5)
        let stored = try fixture.texts("SELECT message || ' ' || param FROM errors").compactMap { $0 }.joined()
            + (try fixture.texts("SELECT excerpt FROM rejects").compactMap { $0 }.joined())
        #expect(!stored.contains("4242") && !stored.contains("sk_live_abc") && !stored.contains("abc.def") && !stored.contains("4111"))
        let plain = try IngestFixture()
        let kept = try plain.ingest([path]) { $0.redactor = Redactor(enabled: false) }
        #expect(kept.redactions == 0)
    }

    @Test func keepsTheLinesBeforeDamageInATruncatedGzipAndFinishesOnceRepaired() throws {
        let fixture = try IngestFixture()
        let whole = try Data(contentsOf: IngestFixture.samples.appendingPathComponent("nightly-2026-11-22.jsonl.gz"))
        let copy = fixture.directory.appendingPathComponent("copy.jsonl.gz")
        try whole.prefix(whole.count / 3).write(to: copy)
        let damaged = try fixture.ingest([copy.path])
        #expect(damaged.damaged.count == 1)
        #expect(damaged.lines > 10 && damaged.isBalanced)
        #expect(try fixture.int("SELECT count(*) FROM sources WHERE damaged IS NOT NULL") == 1)
        // The same file copied again, whole: only the lines after the damage are new.
        try whole.write(to: copy)
        let repaired = try fixture.ingest([copy.path])
        #expect(repaired.damaged.isEmpty)
        #expect(repaired.skippedLines == damaged.lines)
        #expect(repaired.lines + damaged.lines == 369)
        #expect(try fixture.accounted().lines == 369)
    }

    @Test func failsWhenRejectsExceedTheLimitButKeepsWhatWasRead() throws {
        let fixture = try IngestFixture()
        let path = try fixture.write("junk.jsonl", ["junk", "junk", flatLine(200), "junk"])
        #expect(throws: IngestError.self) { try fixture.ingest([path]) { $0.maxRejects = RejectLimit("50%") } }
        #expect(try fixture.accounted().lines == 4)
        let other = try IngestFixture()
        let otherPath = try other.write("junk.jsonl", ["junk", flatLine(200)])
        #expect(try other.ingest([otherPath]) { $0.maxRejects = RejectLimit("1") }.rejects == 1)
    }

    @Test func readersSeeCommittedBatchesWhileIngestWrites() async throws {
        let fixture = try IngestFixture()
        let lines = (0..<200_000).map { flatLine($0 % 10 == 0 ? 500 : 200, body: $0 % 10 == 0 ? #"{"error":{"code":"INTERNAL_ERROR","message":"m"}}"# : nil, requestID: "req_\($0)") }
        let path = try fixture.write("big.jsonl", lines)
        let storePath = fixture.storePath
        let writer = Task.detached {
            try Ingester(options: IngestOptions(storePath: storePath, chunkBytes: 1 << 20)).run([.file(path)])
        }
        var observed: [Int] = []
        for _ in 0..<50 {
            if let count = try? fixture.int("SELECT count(*) FROM events") { observed.append(count) }
            try await Task.sleep(for: .milliseconds(5))
        }
        let summary = try await writer.value
        #expect(summary.errors == 20_000)
        #expect(observed == observed.sorted())
    }
}
