/// What decided whether an error is retryable.
///
/// Every catalog entry and every classification names its basis, so a reader can tell a provider's explicit
/// statement from a rule faultline applied on the provider's behalf. Only `catalog` is *stated*: the
/// document says it for this very code, and the entry's `basisNote` quotes the document. Every other basis
/// is *inferred*, and names the rule it was inferred by.
public enum RetryBasis: String, Sendable, Codable, CaseIterable {
    /// Stated: the provider's document says it for this very code ("Retryable" / "Not retryable").
    case catalog
    /// Inferred from the document's description or resolution of the code ("Payment method is temporarily
    /// unavailable", "Use a unique idempotency key"), where the document gives no rule for its status.
    case codeDescription = "code_description"
    /// Inferred from the provider's document's rule by HTTP status (e.g. "retry 429 and 5xx, never 400/401/403/404").
    case statusRule = "status_rule"
    /// Inferred from the gRPC status code definitions (UNAVAILABLE is transient, INVALID_ARGUMENT is not, ...).
    case grpcConvention = "grpc_convention"
    /// No provider recognised: the generic HTTP rule (429, 500, 502, 503, 504 retryable; other 4xx not).
    case httpStatus = "http_status"
    /// Nothing in the document or the standard it follows decides; `retryable` is null.
    case undetermined

    /// True when the provider's document states the retryability of the code itself.
    public var isStated: Bool { self == .catalog }
}
