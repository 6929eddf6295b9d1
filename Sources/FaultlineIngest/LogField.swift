/// The fields faultline reads from a log line, and where shippers usually put them.
public enum LogField: String, CaseIterable, Sendable {
    case status
    case body
    case requestID = "request_id"
    case timestamp
    case method
    case path
    case provider
    case idempotencyKey = "idempotency_key"

    /// Dotted paths tried in order; the first present wins.
    var defaultPaths: [[String]] {
        switch self {
        case .status:
            return ["status", "status_code", "statusCode", "http_status", "response.status", "response.status_code", "http.status_code"].map(Self.split)
        case .body:
            return ["response_body", "body", "response.body", "http.response.body"].map(Self.split)
        case .requestID:
            return ["request_id", "requestId", "req_id"].map(Self.split)
        case .timestamp:
            return ["timestamp", "ts", "time", "@timestamp", "date"].map(Self.split)
        case .method:
            return ["method", "http.method", "request.method"].map(Self.split)
        case .path:
            return ["path", "url", "http.url", "request.path", "request.url"].map(Self.split)
        case .provider:
            return ["provider", "service"].map(Self.split)
        case .idempotencyKey:
            return ["idempotency_key"].map(Self.split)
        }
    }

    /// A header looked up case-insensitively under `headers`, `response.headers` and `request.headers` when no
    /// field path matched.
    var headerName: String? {
        switch self {
        case .requestID: return "x-request-id"
        case .idempotencyKey: return "idempotency-key"
        default: return nil
        }
    }

    /// Position in `allCases`, for tables indexed by field.
    var index: Int {
        switch self {
        case .status: return 0
        case .body: return 1
        case .requestID: return 2
        case .timestamp: return 3
        case .method: return 4
        case .path: return 5
        case .provider: return 6
        case .idempotencyKey: return 7
        }
    }

    static let headerContainers: [[String]] = [["headers"], ["response", "headers"], ["request", "headers"]]

    static func split(_ dotted: String) -> [String] {
        dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }
}
