import FaultlineReports
import FaultlineStore
import Foundation

/// A small store written through the store's own write API, with numbers chosen so every report's
/// counts, shares and orderings can be worked out by hand (see the comments on `events`).
///
/// stripe   card_declined (retryable false): 4 events, 2026-11-21 and 2026-11-22, on POST /v1/charges
///          rate_limit    (retryable true):  2 events, one of them without a time or endpoint
/// adyen    unknown_500   (retryable NULL):  1 event on GET /pay
///          refused       (retryable false): 1 event on GET /pay, the newest event of all
/// traffic  stripe POST /v1/charges: 6 lines; adyen GET /pay: 3 lines. One rejected line.
final class ReportFixture {
    let directory: URL
    let path: String

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("faultline-reports-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("faultline.db").path
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes the events, traffic and reject described above, then opens a runner on the store.
    static func filled() throws -> (ReportFixture, ReportRunner) {
        let fixture = try ReportFixture()
        let writer = try StoreWriter(path: fixture.path)
        let source = try writer.createSource(path: "api.log", fingerprint: "f1", headBytes: 4096, compressed: false)
        let traffic: [TrafficKey: Int] = [
            TrafficKey(hour: "2026-11-21T10:00:00Z", provider: "stripe", method: "POST", host: "api.stripe.com",
                       endpoint: "/v1/charges", statusClass: "2xx"): 6,
            TrafficKey(hour: "2026-11-22T11:00:00Z", provider: "adyen", method: "GET", host: nil,
                       endpoint: "/pay", statusClass: "2xx"): 3,
        ]
        let rejects = [RejectRecord(line: 12, byteOffset: 1100, reason: "not JSON", excerpt: "=cmd|' /C calc'!A0")]
        try writer.commit(Batch(events: events, traffic: traffic, rejects: rejects, successes: 9,
                                linesRead: events.count + 9 + 1, endOffset: 1200), to: source)
        writer.close()
        return (fixture, try ReportRunner.open(storePath: fixture.path))
    }

    static let events: [ErrorEventRecord] = [
        event(1, "2026-11-21T10:00:00.000Z", .cardDeclined, request: "req_a"),
        event(2, "2026-11-21T10:30:00.000Z", .cardDeclined, request: "req_b"),
        event(3, "2026-11-22T09:00:00.000Z", .cardDeclined, request: "req_a"),
        event(4, "2026-11-22T23:59:59.999Z", .cardDeclined, request: "req_c"),
        event(5, "2026-11-22T09:10:00.000Z", .rateLimit, request: "req_a"),
        event(6, nil, .rateLimit, request: "req_d", method: nil, host: nil, endpoint: nil),
        event(7, "2026-11-22T11:00:00.000Z", .unknown500, request: nil, method: "GET", host: nil, endpoint: "/pay"),
        event(8, "2026-11-23T08:00:00.000Z", .refused, request: nil, method: "GET", host: nil, endpoint: "/pay"),
    ]

    /// The error kinds used above.
    enum Kind {
        case cardDeclined, rateLimit, unknown500, refused

        var fields: (provider: String, code: String, category: String?, retryable: Bool?, guidance: String?) {
            switch self {
            case .cardDeclined: return ("stripe", "card_declined", "card", false, "Ask for another card")
            case .rateLimit: return ("stripe", "rate_limit", "rate_limit", true, "Retry with backoff")
            case .unknown500: return ("adyen", "unknown_500", nil, nil, nil)
            case .refused: return ("adyen", "refused", "card", false, "Do not retry")
            }
        }
    }

    static func event(
        _ line: Int, _ ts: String?, _ kind: Kind, request: String?, method: String? = "POST",
        host: String? = "api.stripe.com", endpoint: String? = "/v1/charges"
    ) -> ErrorEventRecord {
        let k = kind.fields
        return ErrorEventRecord(
            ts: ts, provider: k.provider, code: k.code, category: k.category, retryable: k.retryable,
            retryBasis: "catalog", known: true, guidance: k.guidance, status: 402, requestID: request,
            idempotencyKey: request.map { "idem_\($0)" }, method: method, host: host, endpoint: endpoint,
            message: "message \(line)", param: nil, declineCode: nil, format: "json",
            line: line, byteOffset: Int64(line - 1) * 100)
    }
}
