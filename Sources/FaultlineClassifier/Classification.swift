/// What the classifier says about one response: whose error it is, which code, and whether a retry can succeed.
public struct Classification: Sendable, Equatable {
    public var provider: Provider
    /// The body shape recognised.
    public var format: BodyFormat
    /// The provider's code verbatim (`RATE_LIMIT_EXCEEDED`, `INVALID_ARGUMENT`), or `HTTP_<status>` when the
    /// body names none.
    public var code: String
    public var category: String?
    /// true, false, or nil when nothing decides.
    public var retryable: Bool?
    public var retryBasis: RetryBasis
    public var httpStatus: Int?
    public var requestID: String?
    public var message: String?
    public var param: String?
    public var declineCode: String?
    /// The code is in the provider's catalog.
    public var known: Bool
    /// What to do about it.
    public var guidance: String?
    /// The catalog entry that decided category, retryability and guidance (the most specific one: a decline
    /// code's entry over its failure code's, a message variant over its plain code).
    public var entry: CatalogEntry?

    public init(
        provider: Provider, format: BodyFormat, code: String, category: String? = nil, retryable: Bool? = nil,
        retryBasis: RetryBasis, httpStatus: Int? = nil, requestID: String? = nil, message: String? = nil,
        param: String? = nil, declineCode: String? = nil, known: Bool = false, guidance: String? = nil,
        entry: CatalogEntry? = nil
    ) {
        self.provider = provider
        self.format = format
        self.code = code
        self.category = category
        self.retryable = retryable
        self.retryBasis = retryBasis
        self.httpStatus = httpStatus
        self.requestID = requestID
        self.message = message
        self.param = param
        self.declineCode = declineCode
        self.known = known
        self.guidance = guidance
        self.entry = entry
    }
}

/// The shape of a response body.
public enum BodyFormat: String, Sendable, CaseIterable {
    /// `{"error": {"code": ..., "message": ...}}` (Flint nested, StableGenius).
    case errorEnvelope = "error_envelope"
    /// `{"code": "...", "message": "..."}` at the top level (Flint flat).
    case flatError = "flat_error"
    /// RFC 7807 / 9457 problem details (Cashier).
    case problemJSON = "problem_json"
    /// `{"error": "invalid_token", "error_description": ...}` (Flexiti, OAuth style).
    case oauthError = "oauth_error"
    /// `{"error": "wrong_inputs", "field_errors": [...]}` (Flexiti input errors).
    case fieldErrors = "field_errors"
    /// `{"message": ..., "code": <gRPC status number>}` (Synaptopay).
    case grpcStatus = "grpc_status"
    /// A `payment_error` object inside a response (Synaptopay payment intents).
    case paymentError = "payment_error"
    /// JSON in no known error shape.
    case json
    case html
    case text
    case empty
}
