/// What decided whether an error is retryable.
///
/// Every catalog entry and every classification names its basis, so a reader can tell a provider's explicit
/// statement from a rule faultline applied on the provider's behalf.
public enum RetryBasis: String, Sendable, Codable, CaseIterable {
    /// The provider's document states it for this very code ("Retryable" / "Not retryable").
    case catalog
    /// The provider's document gives a rule by HTTP status (e.g. "retry 429 and 5xx, never 400/401/403/404").
    case statusRule = "status_rule"
    /// The gRPC status code definitions (UNAVAILABLE is transient, INVALID_ARGUMENT is not, ...).
    case grpcConvention = "grpc_convention"
    /// No provider recognised: the generic HTTP rule (429, 500, 502, 503, 504 retryable; other 4xx not).
    case httpStatus = "http_status"
    /// Nothing in the document or the standard it follows decides; `retryable` is null.
    case undetermined
}
