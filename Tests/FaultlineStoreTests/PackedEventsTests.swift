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
            ts: "", provider: "", code: "", retryable: false, retryBasis: "", known: false, format: "", line: 9,
            byteOffset: 1)
        let packed = PackedEvents([full, sparse, notRetryable])
        #expect(packed.count == 3)
        #expect(packed.records == [full, sparse, notRetryable])
        #expect(packed.string(1, .requestID) == "" && packed.string(1, .idempotencyKey) == nil)
        #expect(Batch(events: [sparse, full], endOffset: 10).events == [sparse, full])
    }
}
