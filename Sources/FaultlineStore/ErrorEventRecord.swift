/// One classified error line, as the ingest pipeline hands it to the store (one `events` row).
///
/// Plain strings rather than classifier types, so the store depends on no other faultline module.
/// `provider`…`guidance` become an `error_kinds` row, `host`/`endpoint` an `endpoints` row and `message`
/// a `messages` row; the store interns each so repeated values are stored once.
public struct ErrorEventRecord: Sendable, Hashable {
    /// UTC, `YYYY-MM-DDTHH:MM:SS.sssZ` (exactly three fraction digits), or nil if the line had no time.
    public var ts: String?
    public var provider: String
    public var code: String
    public var category: String?
    public var retryable: Bool?
    public var retryBasis: String
    public var known: Bool
    public var guidance: String?
    public var status: Int?
    public var requestID: String?
    public var idempotencyKey: String?
    public var method: String?
    /// Empty or nil when the log gave only a path.
    public var host: String?
    /// The request path; with `host` nil as well, the event has no endpoint.
    public var endpoint: String?
    public var message: String?
    /// The message's shape (see `MessageFingerprint`), stored once per distinct message.
    public var fingerprint: String?
    public var param: String?
    public var declineCode: String?
    /// The log format the line was parsed as (e.g. "json").
    public var format: String
    /// 1-based line number in the decompressed input.
    public var line: Int
    /// Offset of the line's first byte in the decompressed input.
    public var byteOffset: Int64

    public init(
        ts: String?, provider: String, code: String, category: String? = nil, retryable: Bool? = nil,
        retryBasis: String, known: Bool, guidance: String? = nil, status: Int? = nil,
        requestID: String? = nil, idempotencyKey: String? = nil, method: String? = nil,
        host: String? = nil, endpoint: String? = nil, message: String? = nil, fingerprint: String? = nil, param: String? = nil,
        declineCode: String? = nil, format: String, line: Int, byteOffset: Int64
    ) {
        self.ts = ts
        self.provider = provider
        self.code = code
        self.category = category
        self.retryable = retryable
        self.retryBasis = retryBasis
        self.known = known
        self.guidance = guidance
        self.status = status
        self.requestID = requestID
        self.idempotencyKey = idempotencyKey
        self.method = method
        self.host = host
        self.endpoint = endpoint
        self.message = message
        self.fingerprint = fingerprint
        self.param = param
        self.declineCode = declineCode
        self.format = format
        self.line = line
        self.byteOffset = byteOffset
    }
}
