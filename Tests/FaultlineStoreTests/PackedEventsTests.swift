import Testing

@testable import FaultlineStore

@Suite("Error events packed into one byte buffer per batch")
struct PackedEventsTests {
    @Test("every field comes back as it went in, nil and empty text kept apart, in order")
    func recordsRoundTrip() {
        let full = ErrorEventRecord(
            ts: "2026-11-20T10:58:30.240Z", provider: "flint", code: "RATE_LIMIT_EXCEEDED", category: "rate limit",
            retryable: true, retryBasis: "catalog", known: true, guidance: "Retry with backoff.", status: 429,
            requestID: "req_1", idempotencyKey: "idem_ü", method: "POST", host: "api.flint.dev",
            endpoint: "/v1/payment_intents", message: "Rate limit exceeded: 100 requests per second.",
            fingerprint: "Rate limit exceeded: <n> requests per second.", param: "amount", declineCode: "d",
            format: "json", line: 7, byteOffset: 4_000_000_000)
        let sparse = ErrorEventRecord(
            ts: nil, provider: "unknown", code: "HTTP_502", category: nil, retryable: nil, retryBasis: "httpStatus",
            known: false, guidance: nil, status: nil, requestID: "", idempotencyKey: nil, method: "", host: nil,
            endpoint: nil, message: "", fingerprint: nil, param: nil, declineCode: nil, format: "html", line: 8,
            byteOffset: 0)
        let notRetryable = ErrorEventRecord(
            ts: "1969-12-31T23:59:59.999Z", provider: "", code: "", retryable: false, retryBasis: "", known: false, format: "", line: 9,
            byteOffset: 1)
        let packed = PackedEvents([full, sparse, notRetryable])
        #expect(packed.count == 3)
        #expect(packed.records == [full, sparse, notRetryable])
        #expect(packed.string(1, .requestID) == "" && packed.string(1, .idempotencyKey) == nil)
        #expect(Batch(events: [sparse, full], endOffset: 10).events == [sparse, full])
    }

    @Test("an event sharing an earlier event's kind reads back with that kind, and only an equal kind matches")
    func sharedKindsReadBackAsTheirKind() {
        let first = ErrorEventRecord(
            ts: "2026-11-20T10:58:30.240Z", provider: "flint", code: "RATE_LIMIT_EXCEEDED", category: "rate limit",
            retryable: true, retryBasis: "catalog", known: true, guidance: "Retry with backoff.", status: 429,
            requestID: "req_1", idempotencyKey: nil, method: "POST", host: nil, endpoint: "/v1/charges", message: "slow",
            fingerprint: "slow", param: nil, declineCode: nil, format: "json", line: 1, byteOffset: 0)
        var packed = PackedEvents([first])
        packed.append(sameKindAs: 0, millis: nil, status: 503, requestID: .string("req_2"), idempotencyKey: .string("k"), method: nil,
                      host: "api.flint.dev", endpoint: nil, message: nil, fingerprint: nil, param: "amount",
                      declineCode: "d", format: "html", line: 2, byteOffset: 100)
        packed.append(sameKindAs: 1, millis: 0, status: nil, requestID: .none, idempotencyKey: .none, method: nil, host: nil,
                      endpoint: nil, message: nil, fingerprint: nil, param: nil, declineCode: nil, format: "json",
                      line: 3, byteOffset: 200)
        let second = packed.record(1)
        #expect(second.provider == "flint" && second.code == "RATE_LIMIT_EXCEEDED" && second.category == "rate limit")
        #expect(second.retryable == true && second.retryBasis == "catalog" && second.known && second.guidance == "Retry with backoff.")
        #expect(second.requestID == "req_2" && second.ts == nil && second.status == 503 && second.format == "html")
        // A chain of shares points at the first event that has the texts.
        #expect(packed.fixed[1].sameKindAs == 0 && packed.fixed[2].sameKindAs == 0 && packed.fixed[0].sameKindAs == -1)
        #expect(packed.record(2).code == "RATE_LIMIT_EXCEEDED")

        func has(code: String = "RATE_LIMIT_EXCEEDED", category: String? = "rate limit", retryable: Bool? = true,
                 known: Bool = true, guidance: String? = "Retry with backoff.") -> Bool {
            packed.hasKind(0, provider: "flint", code: code, category: category, retryable: retryable,
                           retryBasis: "catalog", known: known, guidance: guidance)
        }
        #expect(has())
        #expect(!has(code: "RATE_LIMIT_EXCEEDEE") && !has(category: nil) && !has(category: "") && !has(retryable: nil))
        #expect(!has(known: false) && !has(guidance: "Retry with backoff!") && !has(guidance: nil))
    }

    @Test("a time given as milliseconds and ids given as borrowed bytes read back as the texts they stand for")
    func timesAndBytesReadBackAsText() {
        var packed = PackedEvents()
        let id = Array("req_7".utf8)
        id.withUnsafeBytes { idBytes in
            packed.append(
                millis: 1_795_334_400_250, provider: "flint", code: "X", category: nil, retryable: nil,
                retryBasis: "catalog", known: false, guidance: nil, status: nil, requestID: .bytes(idBytes),
                idempotencyKey: .none, method: nil, host: nil, endpoint: nil, message: nil, fingerprint: nil, param: nil,
                declineCode: nil, format: "json", line: 1, byteOffset: 0)
        }
        let record = packed.record(0)
        #expect(record.ts == "2026-11-22T08:00:00.250Z" && record.requestID == "req_7" && record.idempotencyKey == nil)
    }
}
